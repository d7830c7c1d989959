/*
 * The debug log's view of requests and responses: the values of members
 * the model marks sensitive (AWSC_MF_SENSITIVE on the member,
 * AWSC_SF_SENSITIVE on its shape) are hidden wherever they travel.
 *
 * A body is walked in its wire format with the shape descriptors (JSON
 * with yajl, XML with expat, the query protocols' forms by their parameter
 * names), which gives the byte spans of sensitive values; the body is then
 * copied with each span replaced by "<redacted>" as the format writes it.
 * The log shows the bytes that went on the wire, customizations included,
 * and nothing here runs unless a log function is set.
 *
 * Headers and query parameters are matched by their names; a path that
 * holds a sensitive URI label is hidden whole.
 */
#include "json.h"
#include "protocol.h"
#include "xml.h"

#include <expat.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#define REDACTED  "<redacted>"
#define MAX_DEPTH 256

struct span {
    size_t start, end;
};

struct spans {
    struct span *items;
    size_t count, cap;
    bool failed;
    /* where walking stopped: len when the whole body was read */
    size_t read_to;
};

static void span_add(struct spans *s, size_t start, size_t end)
{
    if (s->failed || end <= start)
        return;
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        struct span *p = awsc__realloc(s->items, cap * sizeof *p);
        if (!p) {
            s->failed = true;
            return;
        }
        s->items = p;
        s->cap = cap;
    }
    s->items[s->count++] = (struct span){start, end};
}

static bool sensitive(const struct awsc_member *m, const struct awsc_shape *s)
{
    return (m && (m->flags & AWSC_MF_SENSITIVE)) || (s && (s->flags & AWSC_SF_SENSITIVE));
}

/* Whether anything under shape is sensitive: shapes are walked once each
 * (the graph has cycles); past a few hundred of them, yes, to be safe. */
#define SEEN_MAX 512
struct seen {
    const struct awsc_shape *items[SEEN_MAX];
    size_t count;
    bool overflow;
};

static bool holds_sensitive(const struct awsc_shape *s, struct seen *seen)
{
    if (!s)
        return false;
    if (s->flags & AWSC_SF_SENSITIVE)
        return true;
    for (size_t i = 0; i < seen->count; i++)
        if (seen->items[i] == s)
            return false;
    if (seen->count == SEEN_MAX) {
        seen->overflow = true;
        return true;
    }
    seen->items[seen->count++] = s;
    for (uint32_t i = 0; i < awsc_shape_member_count(s); i++)
        if ((awsc_shape_members(s)[i].flags & AWSC_MF_SENSITIVE) ||
            holds_sensitive(awsc_member_shape(&awsc_shape_members(s)[i]), seen))
            return true;
    return holds_sensitive(awsc_shape_item(s), seen) || holds_sensitive(awsc_shape_key(s), seen);
}

static bool may_hold_sensitive(const struct awsc_shape *s)
{
    if (!s)
        return false;
    struct seen *seen = awsc__malloc(sizeof *seen);
    if (!seen)
        return true;
    seen->count = 0;
    seen->overflow = false;
    bool r = holds_sensitive(s, seen);
    awsc__free(seen);
    return r;
}

/* ------------------------------------------------------------------ JSON */

enum jkind { J_STRUCT, J_MAP, J_LIST, J_OTHER };

struct jframe {
    enum jkind kind;
    const struct awsc_shape *shape;
    const struct awsc_member *key_member; /* J_STRUCT: the member of the last key */
};

struct jwalk {
    yajl_handle h;
    const uint8_t *body;
    size_t len;
    const struct awsc_shape *root;
    struct jframe frames[MAX_DEPTH];
    size_t depth;
    size_t last_end;     /* where the previous token ended */
    size_t hidden_depth; /* > 0: inside a sensitive container */
    size_t hidden_start;
    struct spans *spans;
    struct awsc__yajl_mem mem; /* yajl's (mem.nomem: its allocator was refused) */
};

/* The member or shape of the value that starts now, and its start. */
static void jvalue(struct jwalk *w, const struct awsc_member **m, const struct awsc_shape **s)
{
    *m = NULL;
    *s = NULL;
    if (w->depth == 0) {
        *s = w->root;
        return;
    }
    struct jframe *f = &w->frames[w->depth - 1];
    if (f->kind == J_STRUCT) {
        *m = f->key_member;
        *s = *m ? awsc_member_shape((*m)) : NULL;
    } else if (f->kind == J_MAP || f->kind == J_LIST) {
        *s = awsc_shape_item(f->shape);
    }
}

static size_t jstart(const struct jwalk *w)
{
    size_t at = w->last_end;
    while (at < w->len && strchr(" \t\r\n,:", w->body[at]))
        at++;
    return at;
}

static int jscalar(void *ud)
{
    struct jwalk *w = ud;
    size_t end = yajl_get_bytes_consumed(w->h);
    if (!w->hidden_depth) {
        const struct awsc_member *m;
        const struct awsc_shape *s;
        jvalue(w, &m, &s);
        if (sensitive(m, s))
            span_add(w->spans, jstart(w), end);
    }
    w->last_end = end;
    return 1;
}

static int jnull(void *ud)
{
    return jscalar(ud);
}

static int jbool(void *ud, int b)
{
    (void)b;
    return jscalar(ud);
}

static int jnumber(void *ud, const char *s, size_t n)
{
    (void)s, (void)n;
    return jscalar(ud);
}

static int jstring(void *ud, const unsigned char *s, size_t n)
{
    (void)s, (void)n;
    return jscalar(ud);
}

static int jopen(struct jwalk *w, bool is_map)
{
    size_t end = yajl_get_bytes_consumed(w->h);
    if (w->hidden_depth) {
        w->hidden_depth++;
    } else {
        const struct awsc_member *m;
        const struct awsc_shape *s;
        jvalue(w, &m, &s);
        if (sensitive(m, s)) {
            w->hidden_depth = 1;
            w->hidden_start = jstart(w);
        } else {
            if (w->depth == MAX_DEPTH)
                return 0;
            enum jkind k = J_OTHER;
            if (s && is_map && s->type == AWSC_SHAPE_STRUCTURE)
                k = J_STRUCT;
            else if (s && is_map && s->type == AWSC_SHAPE_MAP)
                k = J_MAP;
            else if (s && !is_map && s->type == AWSC_SHAPE_LIST)
                k = J_LIST;
            w->frames[w->depth++] = (struct jframe){k, s, NULL};
        }
    }
    w->last_end = end;
    return 1;
}

static int jclose(void *ud)
{
    struct jwalk *w = ud;
    size_t end = yajl_get_bytes_consumed(w->h);
    if (w->hidden_depth) {
        if (--w->hidden_depth == 0)
            span_add(w->spans, w->hidden_start, end);
    } else if (w->depth) {
        w->depth--;
    }
    w->last_end = end;
    return 1;
}

static int jstart_map(void *ud)
{
    return jopen(ud, true);
}

static int jstart_array(void *ud)
{
    return jopen(ud, false);
}

static int jkey(void *ud, const unsigned char *key, size_t n)
{
    struct jwalk *w = ud;
    if (!w->hidden_depth && w->depth && w->frames[w->depth - 1].kind == J_STRUCT) {
        struct jframe *f = &w->frames[w->depth - 1];
        char name[128];
        f->key_member = NULL;
        if (n < sizeof name) {
            memcpy(name, key, n);
            name[n] = '\0';
            f->key_member = awsc_shape_member(f->shape, name);
        }
    }
    w->last_end = yajl_get_bytes_consumed(w->h);
    return 1;
}

static const yajl_callbacks JSON_WALK = {
    .yajl_null = jnull,
    .yajl_boolean = jbool,
    .yajl_number = jnumber,
    .yajl_string = jstring,
    .yajl_start_map = jstart_map,
    .yajl_map_key = jkey,
    .yajl_end_map = jclose,
    .yajl_start_array = jstart_array,
    .yajl_end_array = jclose,
};

static void walk_json(const struct awsc_shape *shape, const uint8_t *body, size_t len,
                      struct spans *spans)
{
    struct jwalk *w = awsc__calloc(1, sizeof *w);
    if (!w) {
        spans->failed = true;
        return;
    }
    yajl_alloc_funcs funcs = {awsc__yajl_malloc, awsc__yajl_realloc, awsc__yajl_free, &w->mem};
    yajl_handle h = yajl_alloc(&JSON_WALK, &funcs, w);
    w->h = h;
    w->body = body;
    w->len = len;
    w->root = shape;
    w->spans = spans;
    yajl_status ys = yajl_parse(h, body, len);
    if (ys == yajl_status_ok)
        ys = yajl_complete_parse(h);
    spans->read_to = ys == yajl_status_ok ? len : w->last_end;
    if (w->hidden_depth) /* cut off inside a sensitive value: hide the rest */
        span_add(spans, w->hidden_start, len);
    yajl_free(h);
    if (w->mem.nomem)
        spans->failed = true;
    awsc__free(w);
}

/* ------------------------------------------------------------------- XML */

enum xkind { X_STRUCT, X_WRAPPER, X_LIST, X_MAP, X_ENTRY, X_OTHER };

struct xframe {
    enum xkind kind;
    const struct awsc_shape *shape;
    bool hides; /* this element's content is a sensitive value */
    size_t content_at;
};

struct xwalk {
    XML_Parser p;
    struct xframe frames[MAX_DEPTH];
    size_t depth;
    size_t hidden; /* > 0: inside a sensitive element */
    const struct awsc_shape *root;
    struct spans *spans;
    bool refused;
};

static const char *local_name(const char *name)
{
    const char *colon = strrchr(name, ':');
    return colon ? colon + 1 : name;
}

static struct xframe frame_for(const struct awsc_shape *s)
{
    enum xkind k = X_OTHER;
    if (s && s->type == AWSC_SHAPE_STRUCTURE)
        k = X_STRUCT;
    else if (s && s->type == AWSC_SHAPE_LIST)
        k = X_LIST;
    else if (s && s->type == AWSC_SHAPE_MAP)
        k = X_MAP;
    return (struct xframe){k, s, false, 0};
}

/* The frame for child element `name` of frame f. */
static struct xframe xchild(const struct xframe *f, const char *name, bool *hide)
{
    *hide = false;
    const struct awsc_shape *s = f->shape;
    switch (f->kind) {
    case X_STRUCT:
    case X_WRAPPER:
        for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
            const struct awsc_member *m = &awsc_shape_members(s)[i];
            const struct awsc_shape *ms = awsc_member_shape(m);
            bool flat = ms && (ms->type == AWSC_SHAPE_LIST || ms->type == AWSC_SHAPE_MAP) &&
                        awsc__xml_flattened(m, ms);
            const char *item = flat && ms->type == AWSC_SHAPE_LIST ? awsc__xml_item_name(ms) : NULL;
            if (strcmp(name, awsc__xml_member_name(m)) != 0 && !(item && strcmp(name, item) == 0))
                continue;
            *hide = sensitive(m, ms);
            if (!flat)
                return frame_for(ms);
            /* a flattened list's element is one item; a map's, one entry */
            if (ms->type == AWSC_SHAPE_LIST) {
                *hide = *hide || sensitive(NULL, awsc_shape_item(ms));
                return frame_for(awsc_shape_item(ms));
            }
            return (struct xframe){X_ENTRY, ms, false, 0};
        }
        /* the wrappers around the value (OpResponse, OpResult, Error)
         * are searched through until its members appear */
        if (f->kind == X_WRAPPER)
            return *f;
        return frame_for(NULL);
    case X_LIST:
        *hide = sensitive(NULL, awsc_shape_item(s));
        return frame_for(awsc_shape_item(s));
    case X_MAP:
        return (struct xframe){X_ENTRY, s, false, 0};
    case X_ENTRY: {
        const char *key = awsc__xml_key_name(s);
        if (strcmp(name, key ? key : "key") == 0)
            return frame_for(awsc_shape_key(s));
        *hide = sensitive(NULL, awsc_shape_item(s));
        return frame_for(awsc_shape_item(s));
    }
    default:
        return frame_for(NULL);
    }
}

static void XMLCALL xstart(void *ud, const XML_Char *name, const XML_Char **atts)
{
    (void)atts;
    struct xwalk *w = ud;
    if (w->depth == MAX_DEPTH) {
        w->refused = true;
        XML_StopParser(w->p, XML_FALSE);
        return;
    }
    struct xframe f;
    bool hide = false;
    if (w->hidden)
        f = frame_for(NULL);
    else if (w->depth == 0)
        f = (struct xframe){w->root ? X_WRAPPER : X_OTHER, w->root, false, 0};
    else
        f = xchild(&w->frames[w->depth - 1], local_name(name), &hide);
    if (hide) {
        f.hides = true;
        f.content_at =
            (size_t)XML_GetCurrentByteIndex(w->p) + (size_t)XML_GetCurrentByteCount(w->p);
        w->hidden++;
    } else if (w->hidden) {
        w->hidden++;
    }
    w->frames[w->depth++] = f;
}

static void XMLCALL xend(void *ud, const XML_Char *name)
{
    (void)name;
    struct xwalk *w = ud;
    if (!w->depth)
        return;
    struct xframe *f = &w->frames[--w->depth];
    if (w->hidden)
        w->hidden--;
    if (f->hides)
        span_add(w->spans, f->content_at, (size_t)XML_GetCurrentByteIndex(w->p));
}

static void XMLCALL xdoctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                             const XML_Char *pubid, int has_internal_subset)
{
    (void)name, (void)sysid, (void)pubid, (void)has_internal_subset;
    struct xwalk *w = ud;
    w->refused = true; /* no DTDs, no entity expansion */
    XML_StopParser(w->p, XML_FALSE);
}

static void *x_malloc(size_t n)
{
    return awsc__malloc(n);
}

static void *x_realloc(void *p, size_t n)
{
    return awsc__realloc(p, n);
}

static const XML_Memory_Handling_Suite X_MEMORY = {x_malloc, x_realloc, awsc__free};

static void walk_xml(const struct awsc_shape *shape, const uint8_t *body, size_t len,
                     struct spans *spans)
{
    struct xwalk *w = awsc__calloc(1, sizeof *w);
    XML_Parser p = w ? XML_ParserCreate_MM("UTF-8", &X_MEMORY, NULL) : NULL;
    if (!p) {
        awsc__free(w);
        spans->failed = true;
        return;
    }
    w->p = p;
    w->root = shape;
    w->spans = spans;
    XML_SetUserData(p, w);
    XML_SetElementHandler(p, xstart, xend);
    XML_SetStartDoctypeDeclHandler(p, xdoctype);
    XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
    enum XML_Status xs =
        len > (size_t)INT32_MAX ? XML_STATUS_ERROR : XML_Parse(p, (const char *)body, (int)len, 1);
    if (xs == XML_STATUS_OK && !w->refused) {
        spans->read_to = len;
    } else {
        XML_Index at = XML_GetCurrentByteIndex(p);
        spans->read_to = at > 0 && (size_t)at <= len ? (size_t)at : 0;
        if (XML_GetErrorCode(p) == XML_ERROR_NO_MEMORY)
            spans->failed = true;
        /* cut off inside a sensitive element: hide the rest */
        for (size_t i = 0; i < w->depth; i++)
            if (w->frames[i].hides) {
                span_add(spans, w->frames[i].content_at, len);
                break;
            }
    }
    XML_ParserFree(p);
    awsc__free(w);
}

/* ------------------------------------------------------------------ forms */

/* The member of structure s a form parameter name segment names: the ec2
 * and query names (queryName, locationName, member name, in either case of
 * the first letter) and, for a flattened list, its items' name. */
static const struct awsc_member *form_member(const struct awsc_shape *s, const char *seg, size_t n)
{
    for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
        const struct awsc_member *m = &awsc_shape_members(s)[i];
        const struct awsc_shape *ms = awsc_member_shape(m);
        const char *names[4] = {awsc_member_query_name(m), awsc__xml_member_name(m),
                                awsc_member_name(m),
                                ms && ms->type == AWSC_SHAPE_LIST ? awsc__xml_item_name(ms) : NULL};
        for (size_t k = 0; k < 4; k++)
            if (names[k] && strlen(names[k]) == n && awsc__strncasecmp(names[k], seg, n) == 0)
                return m;
    }
    return NULL;
}

/* Whether the parameter name key[0..n) holds a sensitive value. */
static bool form_key_sensitive(const struct awsc_shape *s, const char *key, size_t n)
{
    bool in_entry = false;
    while (s && n) {
        const char *dot = memchr(key, '.', n);
        size_t seg = dot ? (size_t)(dot - key) : n;
        bool numeric = seg > 0 && strspn(key, "0123456789") >= seg;
        if (s->type == AWSC_SHAPE_STRUCTURE) {
            const struct awsc_member *m = form_member(s, key, seg);
            if (!m)
                return false;
            if (sensitive(m, awsc_member_shape(m)))
                return true;
            s = awsc_member_shape(m);
        } else if (s->type == AWSC_SHAPE_LIST) {
            if (numeric) { /* Name.member.N, Name.N: item N */
                if (sensitive(NULL, awsc_shape_item(s)))
                    return true;
                s = awsc_shape_item(s);
            }
        } else if (s->type == AWSC_SHAPE_MAP) {
            if (in_entry) { /* .key or .value (or their locationNames) */
                const char *kn = awsc__xml_key_name(s);
                kn = kn ? kn : "key";
                bool is_key = strlen(kn) == seg && awsc__strncasecmp(kn, key, seg) == 0;
                in_entry = false;
                if (!is_key && sensitive(NULL, awsc_shape_item(s)))
                    return true;
                s = is_key ? awsc_shape_key(s) : awsc_shape_item(s);
            } else if (numeric) { /* Name.entry.N, Name.N */
                in_entry = true;
            }
        } else {
            return false;
        }
        if (!dot)
            return false;
        key += seg + 1;
        n -= seg + 1;
    }
    return false;
}

static void walk_form(const struct awsc_shape *shape, const uint8_t *body, size_t len,
                      struct spans *spans)
{
    const char *p = (const char *)body, *end = p + len;
    while (p < end && shape) {
        const char *amp = memchr(p, '&', (size_t)(end - p));
        const char *pair_end = amp ? amp : end;
        const char *eq = memchr(p, '=', (size_t)(pair_end - p));
        /* parameter names are plain: letters, digits, '.', '_' and '-' */
        if (eq && form_key_sensitive(shape, p, (size_t)(eq - p)))
            span_add(spans, (size_t)(eq + 1 - (const char *)body),
                     (size_t)(pair_end - (const char *)body));
        if (!amp)
            break;
        p = amp + 1;
    }
    spans->read_to = len;
}

/* ------------------------------------------------------------ the bodies */

enum format { F_JSON, F_XML, F_FORM, F_RAW };

bool awsc__redact_body(struct awsc_buf *out, int protocol, const struct awsc_shape *shape,
                       bool request, const uint8_t *body, size_t len)
{
    if (protocol == AWSC_PROTO_RPC_V2_CBOR) {
        /* binary: the log says how much, not what */
        awsc__buf_printf(out, "(%zu bytes of CBOR)", len);
        return !out->failed;
    }
    enum format fmt = protocol == AWSC_PROTO_JSON || protocol == AWSC_PROTO_REST_JSON ? F_JSON
                      : protocol == AWSC_PROTO_REST_XML || !request                   ? F_XML
                                                                                      : F_FORM;
    const struct awsc_member *payload = NULL;
    bool rest = protocol == AWSC_PROTO_REST_JSON || protocol == AWSC_PROTO_REST_XML;
    if (rest)
        payload = awsc_shape_payload_member(shape);
    if (payload) {
        /* the body is that member: a structure in the format, else bytes */
        if (awsc_member_shape(payload)->type != AWSC_SHAPE_STRUCTURE)
            fmt = F_RAW;
        if (sensitive(payload, awsc_member_shape(payload))) {
            awsc__buf_printf(out, "%s (%zu bytes)", REDACTED, len);
            return !out->failed;
        }
        shape = awsc_member_shape(payload);
    }
    struct spans spans = {0};
    spans.read_to = len;
    if (len && fmt == F_JSON)
        walk_json(shape, body, len, &spans);
    else if (len && fmt == F_XML)
        walk_xml(shape, body, len, &spans);
    else if (len && fmt == F_FORM)
        walk_form(shape, body, len, &spans);
    if (spans.failed) {
        awsc__free(spans.items);
        return false;
    }
    size_t at = 0;
    for (size_t i = 0; i < spans.count; i++) {
        struct span sp = spans.items[i];
        if (sp.start < at) /* never overlapping; ignore one that would */
            continue;
        awsc__buf_append(out, body + at, sp.start - at);
        awsc__buf_puts(out, fmt == F_JSON  ? "\"" REDACTED "\""
                            : fmt == F_XML ? "&lt;redacted&gt;"
                                           : "%3Credacted%3E");
        at = sp.end;
    }
    size_t read_to = spans.read_to > at ? spans.read_to : at;
    awsc__free(spans.items);
    if (read_to < len && may_hold_sensitive(shape)) {
        /* not well-formed from here: what follows cannot be told apart */
        awsc__buf_append(out, body + at, read_to - at);
        awsc__buf_printf(out,
                         " ... (%zu bytes not shown: unreadable, and the %s may hold "
                         "sensitive values)",
                         len - read_to, awsc__shape_label(shape));
    } else {
        awsc__buf_append(out, body + at, len - at);
    }
    return !out->failed;
}

/* ---------------------------------------------------- headers and the URL */

bool awsc__redact_header(const struct awsc_shape *shape, const char *name)
{
    for (uint32_t i = 0; shape && i < awsc_shape_member_count(shape); i++) {
        const struct awsc_member *m = &awsc_shape_members(shape)[i];
        if (!sensitive(m, awsc_member_shape(m)))
            continue;
        const char *wire = awsc_member_wire_name(m);
        if (m->location == AWSC_LOC_HEADER && awsc__strcasecmp(wire, name) == 0)
            return true;
        if (m->location == AWSC_LOC_HEADERS && awsc__strncasecmp(wire, name, strlen(wire)) == 0)
            return true;
    }
    return false;
}

bool awsc__redact_location(const struct awsc_shape *shape, int location)
{
    for (uint32_t i = 0; shape && i < awsc_shape_member_count(shape); i++) {
        const struct awsc_member *m = &awsc_shape_members(shape)[i];
        if (m->location == location && sensitive(m, awsc_member_shape(m)))
            return true;
    }
    return false;
}

/* Whether the query parameter name[0..n) (encoded) is a sensitive member. */
static bool query_key_sensitive(const struct awsc_shape *input, const char *name, size_t n)
{
    for (uint32_t i = 0; input && i < awsc_shape_member_count(input); i++) {
        const struct awsc_member *m = &awsc_shape_members(input)[i];
        if (m->location != AWSC_LOC_QUERY || !sensitive(m, awsc_member_shape(m)))
            continue;
        /* a map of parameters: its keys are not known here, hide them all */
        if (awsc_member_shape(m)->type == AWSC_SHAPE_MAP)
            return true;
        const char *wire = awsc_member_wire_name(m);
        struct awsc_buf enc = AWSC_BUF_INIT;
        awsc__form_encode(&enc, wire, strlen(wire));
        bool same = enc.data && enc.len == n && memcmp(enc.data, name, n) == 0;
        awsc__buf_clean_up(&enc);
        if (same || (strlen(wire) == n && memcmp(wire, name, n) == 0))
            return true;
    }
    return false;
}

bool awsc__redact_url(struct awsc_buf *out, const struct awsc_shape *input, const char *url)
{
    const char *scheme = strstr(url, "://");
    const char *path = scheme ? strchr(scheme + 3, '/') : NULL;
    const char *query = strchr(url, '?');
    if (path && query && query < path)
        path = NULL;
    if (path && awsc__redact_location(input, AWSC_LOC_URI)) {
        awsc__buf_append(out, url, (size_t)(path - url));
        awsc__buf_puts(out, "/" REDACTED);
    } else {
        awsc__buf_append(out, url, query ? (size_t)(query - url) : strlen(url));
    }
    if (query) {
        const char *p = query + 1;
        awsc__buf_putc(out, '?');
        while (*p) {
            size_t n = strcspn(p, "&");
            const char *eq = memchr(p, '=', n);
            if (eq && query_key_sensitive(input, p, (size_t)(eq - p))) {
                awsc__buf_append(out, p, (size_t)(eq - p) + 1);
                awsc__buf_puts(out, "%3Credacted%3E");
            } else {
                awsc__buf_append(out, p, n);
            }
            p += n;
            if (*p == '&')
                awsc__buf_putc(out, *p++);
        }
    }
    return !out->failed;
}
