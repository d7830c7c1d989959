/*
 * The XML codec: shape descriptors <-> XML text.
 *
 * The reader is driven by expat's streaming callbacks and writes straight
 * into the output structs: every open element has a frame on a stack that
 * says what the element is (a structure being filled, a list wrapper, a
 * map entry, a scalar whose text is being gathered, an element on the way
 * to the value, or one being skipped), and each scalar lands in its slot
 * when its element closes. Everything read is allocated in the caller's
 * arena. DOCTYPE and entity declarations stop the parse at once.
 *
 * The writer walks a value recursively and appends to a struct awsc_buf,
 * byte for byte as botocore's ElementTree-based serializer writes it.
 */
#include "xml.h"
#include "protocol.h"

#include <errno.h>
#include <expat.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ITEM(base, i, size) ((void *)((unsigned char *)(base) + (size_t)(i) * (size)))
#define FIELD(base, off)    ((void *)((unsigned char *)(base) + (off)))
#define CFIELD(base, off)   ((const void *)((const unsigned char *)(base) + (off)))

/* expat reports a namespaced name as "URI<sep>local"; local names never
 * hold a space. */
#define NS_SEP ' '

#define MAX_CAPTURES 32

/* ------------------------------------------------------------ shared */

const char *awsc__xml_member_name(const struct awsc_member *m)
{
    const char *wire = awsc_member_wire_name(m);
    const struct awsc_shape *s = awsc_member_shape(m);
    if (strcmp(wire, awsc_member_name(m)) != 0 || !s || !awsc_shape_location_name(s))
        return wire;
    return awsc_shape_location_name(s);
}

bool awsc__xml_member_has_location_name(const struct awsc_member *m)
{
    const struct awsc_shape *s = awsc_member_shape(m);
    return strcmp(awsc_member_wire_name(m), awsc_member_name(m)) != 0 ||
           (s && awsc_shape_location_name(s));
}

const char *awsc__xml_item_name(const struct awsc_shape *list)
{
    const struct awsc_xml_refs *refs = awsc_shape_xml_refs(list);
    const struct awsc_shape *item = awsc_shape_item(list);
    if (refs && awsc_xml_refs_item_name(refs))
        return awsc_xml_refs_item_name(refs);
    return item ? awsc_shape_location_name(item) : NULL;
}

const char *awsc__xml_key_name(const struct awsc_shape *map)
{
    const struct awsc_xml_refs *refs = awsc_shape_xml_refs(map);
    const struct awsc_shape *key = awsc_shape_key(map);
    if (refs && awsc_xml_refs_key_name(refs))
        return awsc_xml_refs_key_name(refs);
    return key ? awsc_shape_location_name(key) : NULL;
}

/* The namespace of a list's items or a map's values: the reference's,
 * else the item shape's. */
static const struct awsc_xml_namespace *item_namespace(const struct awsc_shape *s,
                                                       struct awsc_xml_namespace *ns)
{
    const struct awsc_xml_refs *refs = awsc_shape_xml_refs(s);
    if (refs && awsc_xml_refs_item_namespace(refs, ns))
        return ns;
    return awsc_shape_xml_namespace(awsc_shape_item(s), ns);
}

static const struct awsc_xml_namespace *key_namespace(const struct awsc_shape *map,
                                                      struct awsc_xml_namespace *ns)
{
    const struct awsc_xml_refs *refs = awsc_shape_xml_refs(map);
    const struct awsc_shape *key = awsc_shape_key(map);
    if (refs && awsc_xml_refs_key_namespace(refs, ns))
        return ns;
    return key ? awsc_shape_xml_namespace(key, ns) : NULL;
}

const char *awsc__xml_value_name(const struct awsc_shape *map)
{
    return awsc__xml_item_name(map);
}

bool awsc__xml_flattened(const struct awsc_member *m, const struct awsc_shape *s)
{
    return (m && (m->flags & AWSC_MF_FLATTENED)) || (s->flags & AWSC_SF_FLATTENED);
}

int awsc__xml_timestamp_format(const struct awsc_member *m, const struct awsc_shape *s)
{
    if (m && m->timestamp_format != AWSC_TSFMT_DEFAULT)
        return m->timestamp_format;
    return s ? s->timestamp_format : AWSC_TSFMT_DEFAULT;
}

void awsc__xml_format_timestamp(struct awsc_timestamp t, int fmt, char *out)
{
    switch (fmt) {
    case AWSC_TSFMT_EPOCH: {
        /* whole seconds, the fraction dropped (floor: nsec >= 0) */
        snprintf(out, 40, "%lld", (long long)t.sec);
        return;
    }
    case AWSC_TSFMT_RFC822:
        awsc__ts_format_rfc822(t, out);
        return;
    default: {
        struct awsc_timestamp whole = {t.sec, 0};
        char base[40];
        awsc__ts_format_iso8601(whole, base); /* ...:SSZ */
        int usec = (int)(t.nsec / 1000) % 1000000;
        size_t n = strlen(base);
        if (usec > 0 && n > 0 && n < 30) {
            /* base without its Z, then .uuuuuuZ: at most 29 + 8 bytes */
            memcpy(out, base, n - 1);
            snprintf(out + n - 1, 40 - (n - 1), ".%06dZ", usec);
        } else {
            memcpy(out, base, n + 1);
        }
        return;
    }
    }
}

/* ------------------------------------------------------------- writer */

struct writer {
    struct awsc_buf *out;
    const struct awsc__xml_write_opts *o;
    unsigned max_depth;
    unsigned depth;
    struct awsc_error *err;
};

static int wfail(struct writer *w, const struct awsc__wpath *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int wfail(struct writer *w, const struct awsc__wpath *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status = awsc__wpath_fail(w->err, path, fmt, ap);
    va_end(ap);
    return status;
}

void awsc__xml_put_escaped(struct awsc_buf *out, const char *s, size_t n, bool attribute)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '\r':
            rep = "&#13;";
            break;
        case '"':
            rep = attribute ? "&quot;" : NULL;
            break;
        case '\n':
            rep = attribute ? "&#10;" : NULL;
            break;
        case '\t':
            rep = attribute ? "&#09;" : NULL;
            break;
        default:
            break;
        }
        if (!rep)
            continue;
        awsc__buf_append(out, s + run, i - run);
        awsc__buf_puts(out, rep);
        run = i + 1;
    }
    awsc__buf_append(out, s + run, n - run);
}

/* Text that XML can carry: valid UTF-8 without C0 controls but TAB, LF
 * and CR. */
static int w_check_text(struct writer *w, const struct awsc__wpath *path, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return wfail(w, path,
                         "the string holds the control character 0x%02x (at offset %zu), which "
                         "XML 1.0 cannot carry",
                         c, i);
    }
    if (!awsc__utf8_valid(s, n))
        return wfail(w, path, "the string is not valid UTF-8");
    return AWSC_OK;
}

static void w_namespace(struct writer *w, const struct awsc_xml_namespace *ns)
{
    if (!ns || !ns->uri)
        return;
    if (ns->prefix && *ns->prefix)
        awsc__buf_printf(w->out, " xmlns:%s=\"", ns->prefix);
    else
        awsc__buf_puts(w->out, " xmlns=\"");
    awsc__xml_put_escaped(w->out, ns->uri, strlen(ns->uri), true);
    awsc__buf_putc(w->out, '"');
}

/* The text of a scalar, appended to t (unescaped). */
static int w_scalar_text(struct writer *w, const struct awsc__wpath *path,
                         const struct awsc_shape *s, const struct awsc_member *m, const void *v,
                         struct awsc_buf *t)
{
    switch (s->type) {
    case AWSC_SHAPE_STRING: {
        const char *str = *(const char *const *)v;
        if (!str)
            return wfail(w, path, "the string is NULL");
        size_t n = strlen(str);
        int status = w_check_text(w, path, str, n);
        if (status == AWSC_OK)
            awsc__buf_append(t, str, n);
        return status;
    }
    case AWSC_SHAPE_BLOB: {
        const struct awsc_blob *b = v;
        if (b->len && !b->data)
            return wfail(w, path, "the blob has %zu bytes but data is NULL", b->len);
        awsc__buf_base64(t, b->data, b->len);
        return AWSC_OK;
    }
    case AWSC_SHAPE_BOOLEAN:
        awsc__buf_puts(t, *(const bool *)v ? "true" : "false");
        return AWSC_OK;
    case AWSC_SHAPE_BYTE:
        awsc__buf_printf(t, "%d", (int)*(const int8_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_SHORT:
        awsc__buf_printf(t, "%d", (int)*(const int16_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_INTEGER:
        awsc__buf_printf(t, "%ld", (long)*(const int32_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_LONG:
        awsc__buf_printf(t, "%lld", (long long)*(const int64_t *)v);
        return AWSC_OK;
    case AWSC_SHAPE_FLOAT:
        awsc__put_double_repr(t, (double)*(const float *)v, true);
        return AWSC_OK;
    case AWSC_SHAPE_DOUBLE:
        awsc__put_double_repr(t, *(const double *)v, false);
        return AWSC_OK;
    case AWSC_SHAPE_TIMESTAMP: {
        struct awsc_timestamp ts = *(const struct awsc_timestamp *)v;
        if (ts.nsec < 0 || ts.nsec >= 1000000000)
            return wfail(w, path, "the timestamp's nsec (%ld) is outside 0..999999999",
                         (long)ts.nsec);
        char text[40];
        awsc__xml_format_timestamp(ts, awsc__xml_timestamp_format(m, s), text);
        awsc__buf_puts(t, text);
        return AWSC_OK;
    }
    case AWSC_SHAPE_DOCUMENT:
        return wfail(w, path, "a document has no XML form");
    default:
        return wfail(w, path, "shape %s has unknown type %d", awsc__shape_label(s), (int)s->type);
    }
}

static int w_enter(struct writer *w, const struct awsc__wpath *path)
{
    if (w->depth >= w->max_depth)
        return wfail(w, path, "nested more than %u levels deep (is there a cycle?)", w->max_depth);
    w->depth++;
    return AWSC_OK;
}

static int w_element(struct writer *w, const struct awsc__wpath *path, const char *name,
                     const struct awsc_xml_namespace *ns, const struct awsc_shape *s,
                     const struct awsc_member *m, const void *v, bool top);

/* The items of a list, each as an element named item_name. */
static int w_items(struct writer *w, const struct awsc__wpath *path, const char *item_name,
                   const struct awsc_shape *s, const void *v)
{
    const struct awsc_list_view *l = v;
    if (!l->items && l->count)
        return wfail(w, path, "the list has %zu items but items is NULL", l->count);
    struct awsc_xml_namespace ins;
    for (size_t i = 0; i < l->count; i++) {
        struct awsc__wpath p = {path, NULL, i, false};
        const void *item = ITEM(l->items, i, awsc_shape_item(s)->size);
        if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING && !*(const char *const *)item)
            return wfail(w, &p, "a list item is NULL");
        int status = w_element(w, &p, item_name, item_namespace(s, &ins), awsc_shape_item(s), NULL,
                               item, false);
        if (status != AWSC_OK)
            return status;
    }
    return AWSC_OK;
}

/* The entries of a map, each as an element named entry_name. */
static int w_entries(struct writer *w, const struct awsc__wpath *path, const char *entry_name,
                     const struct awsc_shape *s, const void *v)
{
    const struct awsc_map_view *mv = v;
    if (!mv->entries && mv->count)
        return wfail(w, path, "the map has %zu entries but entries is NULL", mv->count);
    const char *kname = awsc__xml_key_name(s);
    const char *vname = awsc__xml_value_name(s);
    struct awsc_xml_namespace ins, kns;
    for (size_t i = 0; i < mv->count; i++) {
        const void *entry = ITEM(mv->entries, i, awsc_shape_entry_size(s));
        const char *key = *(const char *const *)entry;
        const void *value = CFIELD(entry, awsc_shape_value_offset(s));
        if (!key)
            return wfail(w, path, "the key of entry %zu is NULL", i);
        struct awsc__wpath p = {path, key, 0, true};
        if (awsc_shape_item(s)->type == AWSC_SHAPE_STRING && !*(const char *const *)value)
            return wfail(w, &p, "a map value is NULL");
        int status = w_enter(w, &p);
        if (status != AWSC_OK)
            return status;
        awsc__buf_printf(w->out, "<%s>", entry_name);
        status = w_element(w, &p, kname ? kname : "key", key_namespace(s, &kns), awsc_shape_key(s),
                           NULL, entry, false);
        if (status == AWSC_OK)
            status = w_element(w, &p, vname ? vname : "value", item_namespace(s, &ins),
                               awsc_shape_item(s), NULL, value, false);
        if (status != AWSC_OK)
            return status;
        awsc__buf_printf(w->out, "</%s>", entry_name);
        w->depth--;
    }
    return AWSC_OK;
}

static int w_structure(struct writer *w, const struct awsc__wpath *path, const char *name,
                       const struct awsc_xml_namespace *ns, const struct awsc_shape *s,
                       const void *v, bool top)
{
    int status = w_enter(w, path);
    if (status != AWSC_OK)
        return status;
    awsc__buf_printf(w->out, "<%s", name);
    w_namespace(w, ns);
    /* attributes first: they belong to this element's start tag */
    for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
        const struct awsc_member *m = &awsc_shape_members(s)[i];
        if (!(m->flags & AWSC_MF_XML_ATTRIBUTE) || !awsc__member_is_set(m, v))
            continue;
        if (top && w->o->body_only && m->location != AWSC_LOC_BODY)
            continue;
        struct awsc__wpath p = {path, awsc_member_name(m), 0, false};
        struct awsc_buf t = AWSC_BUF_INIT;
        status = w_scalar_text(w, &p, awsc_member_shape(m), m, CFIELD(v, m->offset), &t);
        if (status == AWSC_OK && t.failed)
            status = awsc__fail(w->err, AWSC_E_NOMEM, "out of memory");
        if (status == AWSC_OK) {
            awsc__buf_printf(w->out, " %s=\"", awsc__xml_member_name(m));
            awsc__xml_put_escaped(w->out, t.data ? t.data : "", t.len, true);
            awsc__buf_putc(w->out, '"');
        }
        awsc__buf_clean_up(&t);
        if (status != AWSC_OK)
            return status;
    }
    awsc__buf_putc(w->out, '>');
    size_t content_at = w->out->len;
    const struct awsc_member *set = NULL; /* a union's member */
    for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
        const struct awsc_member *m = &awsc_shape_members(s)[i];
        if (m->flags & AWSC_MF_XML_ATTRIBUTE)
            continue;
        if (top && w->o->body_only && m->location != AWSC_LOC_BODY)
            continue;
        struct awsc__wpath p = {path, awsc_member_name(m), 0, false};
        const char *mname = awsc__xml_member_name(m);
        struct awsc_xml_namespace own;
        const struct awsc_xml_namespace *mns = awsc_member_xml_namespace(m, &own);
        if (!mns)
            mns = awsc_shape_xml_namespace(awsc_member_shape(m), &own);
        if (!awsc__member_is_set(m, v)) {
            if (w->o->idempotency_tokens && (m->flags & AWSC_MF_IDEMPOTENCY_TOKEN) &&
                awsc_member_shape(m)->type == AWSC_SHAPE_STRING) {
                char token[37];
                awsc__uuid4(token);
                const char *tp = token;
                status = w_element(w, &p, mname, mns, awsc_member_shape(m), m, &tp, false);
                if (status != AWSC_OK)
                    return status;
            }
            continue;
        }
        if (s->flags & AWSC_SF_UNION) {
            if (set)
                return wfail(w, path,
                             "a union takes exactly one member, but both %s and %s are set",
                             awsc_member_name(set), awsc_member_name(m));
            set = m;
        }
        const void *mv = CFIELD(v, m->offset);
        if (awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE ||
            awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT) {
            mv = *(const void *const *)mv; /* members hold these by pointer */
            if (awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT)
                return wfail(w, &p, "a document has no XML form");
        }
        status = w_element(w, &p, mname, mns, awsc_member_shape(m), m, mv, false);
        if (status != AWSC_OK)
            return status;
    }
    if (!w->out->failed && w->out->len == content_at) {
        /* no content: <Name /> as ElementTree writes it */
        w->out->len--;
        if (w->out->data)
            w->out->data[w->out->len] = '\0';
        awsc__buf_puts(w->out, " />");
    } else {
        awsc__buf_printf(w->out, "</%s>", name);
    }
    w->depth--;
    return AWSC_OK;
}

static int w_element(struct writer *w, const struct awsc__wpath *path, const char *name,
                     const struct awsc_xml_namespace *ns, const struct awsc_shape *s,
                     const struct awsc_member *m, const void *v, bool top)
{
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE:
        if (!v)
            return wfail(w, path, "the structure is NULL");
        return w_structure(w, path, name, ns, s, v, top);
    case AWSC_SHAPE_LIST: {
        if (awsc__xml_flattened(m, s))
            return w_items(w, path, name, s, v);
        const char *item_name = awsc__xml_item_name(s);
        int status = w_enter(w, path);
        if (status != AWSC_OK)
            return status;
        awsc__buf_printf(w->out, "<%s", name);
        w_namespace(w, ns);
        const struct awsc_list_view *l = v;
        if (l->count == 0) {
            awsc__buf_puts(w->out, " />");
        } else {
            awsc__buf_putc(w->out, '>');
            status = w_items(w, path, item_name ? item_name : "member", s, v);
            if (status != AWSC_OK)
                return status;
            awsc__buf_printf(w->out, "</%s>", name);
        }
        w->depth--;
        return AWSC_OK;
    }
    case AWSC_SHAPE_MAP: {
        if (awsc__xml_flattened(m, s))
            return w_entries(w, path, name, s, v);
        int status = w_enter(w, path);
        if (status != AWSC_OK)
            return status;
        awsc__buf_printf(w->out, "<%s", name);
        w_namespace(w, ns);
        const struct awsc_map_view *mv = v;
        if (mv->count == 0) {
            awsc__buf_puts(w->out, " />");
        } else {
            awsc__buf_putc(w->out, '>');
            status = w_entries(w, path, "entry", s, v);
            if (status != AWSC_OK)
                return status;
            awsc__buf_printf(w->out, "</%s>", name);
        }
        w->depth--;
        return AWSC_OK;
    }
    default: {
        struct awsc_buf t = AWSC_BUF_INIT;
        int status = w_scalar_text(w, path, s, m, v, &t);
        if (status == AWSC_OK && t.failed)
            status = awsc__fail(w->err, AWSC_E_NOMEM, "out of memory");
        if (status == AWSC_OK) {
            awsc__buf_printf(w->out, "<%s", name);
            w_namespace(w, ns);
            if (t.len == 0) {
                awsc__buf_puts(w->out, " />");
            } else {
                awsc__buf_putc(w->out, '>');
                awsc__xml_put_escaped(w->out, t.data, t.len, false);
                awsc__buf_printf(w->out, "</%s>", name);
            }
        }
        awsc__buf_clean_up(&t);
        return status;
    }
    }
}

int awsc__xml_write(struct awsc_buf *out, const char *name, const struct awsc_xml_namespace *ns,
                    const struct awsc_shape *shape, const void *value,
                    const struct awsc__xml_write_opts *opts, struct awsc_error *err)
{
    static const struct awsc__xml_write_opts DEFAULTS = {false, false, 0};
    if (!out || !name || !*name || !shape || !value)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__xml_write: NULL argument");
    struct writer w = {out, opts ? opts : &DEFAULTS, 0, 0, err};
    w.max_depth = w.o->max_depth ? w.o->max_depth : AWSC__XML_MAX_DEPTH;
    struct awsc_xml_namespace own;
    int status = w_element(&w, NULL, name, ns ? ns : awsc_shape_xml_namespace(shape, &own), shape,
                           NULL, value, true);
    if (status == AWSC_OK && out->failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

/* ------------------------------------------------------------- reader */

enum xkind {
    X_SKIP,   /* unknown to the shape: skipped with everything inside */
    X_PATH,   /* an element on the way to the value's element */
    X_STRUCT, /* a structure: children are its members */
    X_LIST,   /* a list's wrapper: children are its items */
    X_MAP,    /* a map's wrapper: children are its entries */
    X_ENTRY,  /* a map entry: children are the key and the value */
    X_SCALAR  /* a scalar: its text is the value */
};

struct xframe {
    uint8_t kind;
    bool collect;   /* this element's text is gathered */
    bool top;       /* the value's own element */
    bool on_path;   /* X_PATH: the path matches so far */
    int capture;    /* the capture this element fills, or -1 */
    uint32_t alive; /* captures whose path matches so far (bits) */
    size_t text_at; /* where this element's text starts in r->text */
    const struct awsc_shape *shape;
    const struct awsc_member *member; /* the member this value fills */
    void *parent;                     /* the struct that holds member */
    void *value;                      /* struct, list, map, entry or scalar slot */
    /* for error messages */
    size_t index;    /* list item or map entry number, or SIZE_MAX */
    bool is_key;     /* the key element of an entry */
    const void *map; /* a map value's element: its entry (for the key) */
};

struct xreader {
    XML_Parser p;
    struct awsc_arena *arena;
    struct awsc__xml_read_opts *o;
    unsigned max_depth;
    const struct awsc_shape *root_shape;
    void *root;
    size_t path_len;
    size_t capture_len[MAX_CAPTURES];
    bool value_done;
    struct xframe *frames;
    size_t n, cap;
    struct awsc_buf text;
    int status; /* set when a callback stops the parse */
    struct awsc_buf msg;
};

static void path_frames(struct awsc_buf *b, const struct xreader *r)
{
    for (size_t i = 0; i < r->n; i++) {
        const struct xframe *f = &r->frames[i];
        if (f->member)
            awsc__buf_printf(b, "%s%s", b->len ? "." : "", awsc_member_name(f->member));
        if (f->kind == X_ENTRY) {
            const char *key = *(const char *const *)f->value;
            if (key)
                awsc__buf_printf(b, "[\"%.40s%s\"]", key, strlen(key) > 40 ? "..." : "");
            else
                awsc__buf_printf(b, "[entry %zu]", f->index + 1);
        } else if (f->is_key) {
            awsc__buf_puts(b, ".key");
        } else if (!f->map && f->index != SIZE_MAX) {
            awsc__buf_printf(b, "[%zu]", f->index);
        }
    }
}

static int rfail_status(struct xreader *r, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records an error naming the path of the open frames and the position,
 * and stops the parse. Returns 0. */
static int rfail_status(struct xreader *r, int status, const char *fmt, ...)
{
    if (r->status)
        return 0;
    r->status = status;
    XML_StopParser(r->p, XML_FALSE);
    if (status == AWSC_E_NOMEM)
        return 0;
    path_frames(&r->msg, r);
    if (r->msg.len)
        awsc__buf_puts(&r->msg, ": ");
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(&r->msg, fmt, ap);
    va_end(ap);
    awsc__buf_printf(&r->msg, " (line %lu, column %lu)",
                     (unsigned long)XML_GetCurrentLineNumber(r->p),
                     (unsigned long)XML_GetCurrentColumnNumber(r->p) + 1);
    return 0;
}

#define rfail(r, ...) rfail_status((r), AWSC_E_PARSE, __VA_ARGS__)

static int nomem(struct xreader *r)
{
    return rfail_status(r, AWSC_E_NOMEM, "out of memory");
}

static void *r_alloc(struct xreader *r, size_t n)
{
    void *p = awsc__arena_alloc(r->arena, n ? n : 1);
    if (!p)
        nomem(r);
    return p;
}

/* One more element at the end of an array of `size`-byte elements that
 * holds *count. The room is not stored: arrays this reader grows always
 * have room for 4, 8, 16 ... elements, so a count of 0 or a power of two
 * from 4 on means the array is full. */
static void *append(struct xreader *r, void **items, size_t *count, size_t size)
{
    size_t n = *count;
    if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {
        size_t ncap = n == 0 ? 4 : n * 2;
        if (ncap > SIZE_MAX / (size ? size : 1)) {
            nomem(r);
            return NULL;
        }
        void *p = r_alloc(r, ncap * size);
        if (!p)
            return NULL;
        if (n)
            memcpy(p, *items, n * size);
        *items = p;
    }
    *count = n + 1;
    return ITEM(*items, n, size);
}

static const char *local_name(const char *name, bool *namespaced)
{
    const char *sep = strrchr(name, NS_SEP);
    if (namespaced)
        *namespaced = sep != NULL;
    return sep ? sep + 1 : name;
}

/* ---- scalars */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* strtod and friends follow LC_NUMERIC; XML always uses '.'. */
static void to_locale(char *s)
{
    const char *dp = localeconv()->decimal_point;
    char point = dp && dp[0] ? dp[0] : '.';
    if (point != '.')
        for (; *s; s++)
            if (*s == '.')
                *s = point;
}

/* [+-]digits */
static bool integer_syntax(const char *s)
{
    if (*s == '+' || *s == '-')
        s++;
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

/* [+-](digits[.digits*]|.digits)([eE][+-]digits)? */
static bool real_syntax(const char *s)
{
    if (*s == '+' || *s == '-')
        s++;
    bool digits = false;
    while (*s >= '0' && *s <= '9') {
        s++;
        digits = true;
    }
    if (*s == '.') {
        s++;
        while (*s >= '0' && *s <= '9') {
            s++;
            digits = true;
        }
    }
    if (!digits)
        return false;
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-')
            s++;
        if (!(*s >= '0' && *s <= '9'))
            return false;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

static int read_integer(struct xreader *r, const char *text, int64_t min, int64_t max,
                        const char *what, int64_t *out)
{
    if (!integer_syntax(text))
        return rfail(r, "expected %s, got \"%.40s%s\"", what, text, strlen(text) > 40 ? "..." : "");
    errno = 0;
    char *end;
    long long v = strtoll(text, &end, 10);
    if (errno == ERANGE || v < min || v > max)
        return rfail(r, "%.40s is out of range for %s", text, what);
    *out = v;
    return 1;
}

static int read_real(struct xreader *r, char *text, bool single, double *out)
{
    if (strcmp(text, "NaN") == 0 || awsc__strcasecmp(text, "nan") == 0) {
        *out = NAN;
        return 1;
    }
    const char *t = text;
    bool neg = *t == '-';
    if (*t == '-' || *t == '+')
        t++;
    if (awsc__strcasecmp(t, "Infinity") == 0 || awsc__strcasecmp(t, "inf") == 0) {
        *out = neg ? -INFINITY : INFINITY;
        return 1;
    }
    if (!real_syntax(text))
        return rfail(r, "expected a number, got \"%.40s%s\"", text, strlen(text) > 40 ? "..." : "");
    to_locale(text);
    errno = 0;
    *out = single ? (double)strtof(text, NULL) : strtod(text, NULL);
    if (errno == ERANGE && isinf(*out))
        return rfail(r, "%.40s is out of range for a %s", text, single ? "float" : "double");
    return 1;
}

static void mark_present(const struct awsc_member *m, void *parent)
{
    if (m && parent)
        awsc__member_set_has(m, parent, true);
}

/* The text of a scalar element -> its slot. */
static int put_scalar(struct xreader *r, const struct awsc_shape *s, const struct awsc_member *m,
                      void *parent, void *dest, const char *text, size_t len)
{
    if (s->type == AWSC_SHAPE_STRING) {
        char *copy = awsc__arena_strndup(r->arena, text, len);
        if (!copy)
            return nomem(r);
        *(const char **)dest = copy;
        return 1;
    }
    /* everything else: surrounding white space trimmed */
    while (len && is_space(text[0])) {
        text++;
        len--;
    }
    while (len && is_space(text[len - 1]))
        len--;
    if (s->type == AWSC_SHAPE_BLOB) {
        /* base64, white space inside ignored */
        char *clean = r_alloc(r, len + 1);
        uint8_t *data = clean ? r_alloc(r, (len / 4 + 1) * 3) : NULL;
        if (!data)
            return 0;
        size_t n = 0;
        for (size_t i = 0; i < len; i++)
            if (!is_space(text[i]))
                clean[n++] = text[i];
        size_t out_len;
        if (!awsc__base64_decode(clean, n, data, &out_len))
            return rfail(r, "expected base64, got \"%.40s%s\"", clean, n > 40 ? "..." : "");
        struct awsc_blob *b = dest;
        b->data = data;
        b->len = out_len;
        return 1;
    }
    if (len == 0)
        return 1; /* an empty number, boolean or timestamp: unset */
    char buf[64];
    char *t = buf;
    if (len >= sizeof buf) {
        t = awsc__arena_strndup(r->arena, text, len);
        if (!t)
            return nomem(r);
    } else {
        memcpy(buf, text, len);
        buf[len] = '\0';
    }
    int64_t v = 0;
    switch (s->type) {
    case AWSC_SHAPE_BOOLEAN:
        if (strcmp(t, "true") == 0)
            *(bool *)dest = true;
        else if (strcmp(t, "false") == 0)
            *(bool *)dest = false;
        else
            return rfail(r, "expected true or false, got \"%.40s%s\"", t, len > 40 ? "..." : "");
        break;
    case AWSC_SHAPE_BYTE:
        if (!read_integer(r, t, INT8_MIN, INT8_MAX, "a byte (-128..127)", &v))
            return 0;
        *(int8_t *)dest = (int8_t)v;
        break;
    case AWSC_SHAPE_SHORT:
        if (!read_integer(r, t, INT16_MIN, INT16_MAX, "a 16-bit integer", &v))
            return 0;
        *(int16_t *)dest = (int16_t)v;
        break;
    case AWSC_SHAPE_INTEGER:
        if (!read_integer(r, t, INT32_MIN, INT32_MAX, "a 32-bit integer", &v))
            return 0;
        *(int32_t *)dest = (int32_t)v;
        break;
    case AWSC_SHAPE_LONG:
        if (!read_integer(r, t, INT64_MIN, INT64_MAX, "a 64-bit integer", &v))
            return 0;
        *(int64_t *)dest = v;
        break;
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE: {
        double d = 0;
        bool single = s->type == AWSC_SHAPE_FLOAT;
        if (!read_real(r, t, single, &d))
            return 0;
        if (single)
            *(float *)dest = (float)d;
        else
            *(double *)dest = d;
        break;
    }
    case AWSC_SHAPE_TIMESTAMP:
        if (!awsc__ts_parse(t, dest))
            return rfail(r,
                         "\"%.60s%s\" is not a timestamp (ISO 8601, RFC 822 or epoch "
                         "seconds)",
                         t, len > 60 ? "..." : "");
        break;
    default:
        return 1; /* documents have no XML form: ignored */
    }
    mark_present(m, parent);
    return 1;
}

/* ---- frames */

static struct xframe *push(struct xreader *r)
{
    if (r->n == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 16;
        struct xframe *n = awsc__realloc(r->frames, ncap * sizeof *n);
        if (!n) {
            nomem(r);
            return NULL;
        }
        r->frames = n;
        r->cap = ncap;
    }
    struct xframe *f = &r->frames[r->n++];
    memset(f, 0, sizeof *f);
    f->capture = -1;
    f->index = SIZE_MAX;
    f->text_at = r->text.len;
    return f;
}

/* The attribute of an element that an xmlAttribute member names: by
 * local name, namespaced exactly when the member's name has a prefix
 * ("xsi:type"). */
static const char *find_attribute(const char **atts, const char *wire)
{
    const char *colon = strchr(wire, ':');
    const char *want = colon ? colon + 1 : wire;
    for (size_t i = 0; atts && atts[i]; i += 2) {
        bool namespaced;
        const char *local = local_name(atts[i], &namespaced);
        if (namespaced == (colon != NULL) && strcmp(local, want) == 0)
            return atts[i + 1];
    }
    return NULL;
}

/* Sets up f (just pushed) for an element that holds a value of shape s
 * at dest. indirect: dest holds a pointer to the structure. */
static int begin_value(struct xreader *r, struct xframe *f, const struct awsc_shape *s,
                       const struct awsc_member *m, void *parent, void *dest, bool indirect,
                       const char **atts)
{
    f->shape = s;
    f->member = m;
    f->parent = parent;
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE: {
        void *v = dest;
        if (indirect) {
            v = *(void **)dest;
            if (!v) {
                v = r_alloc(r, s->size);
                if (!v)
                    return 0;
                *(void **)dest = v;
            }
        }
        f->kind = X_STRUCT;
        f->value = v;
        for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
            const struct awsc_member *am = &awsc_shape_members(s)[i];
            if (!(am->flags & AWSC_MF_XML_ATTRIBUTE))
                continue;
            const char *text = find_attribute(atts, awsc__xml_member_name(am));
            if (!text)
                continue;
            void *slot = FIELD(v, am->offset);
            if (awsc_member_shape(am)->type == AWSC_SHAPE_STRUCTURE ||
                awsc_member_shape(am)->type == AWSC_SHAPE_LIST ||
                awsc_member_shape(am)->type == AWSC_SHAPE_MAP ||
                awsc_member_shape(am)->type == AWSC_SHAPE_DOCUMENT)
                continue;
            if (!put_scalar(r, awsc_member_shape(am), am, v, slot, text, strlen(text)))
                return 0;
        }
        return 1;
    }
    case AWSC_SHAPE_LIST:
        f->kind = X_LIST;
        f->value = dest;
        return 1;
    case AWSC_SHAPE_MAP:
        f->kind = X_MAP;
        f->value = dest;
        return 1;
    case AWSC_SHAPE_DOCUMENT:
        f->kind = X_SKIP;
        return 1;
    default:
        f->kind = X_SCALAR;
        f->value = dest;
        return 1;
    }
}

/* The member of a structure an element names: botocore's name for it
 * first (for a flattened list with named items, the items' name), then,
 * for flattened lists, the member's own name. */
static const struct awsc_member *struct_member(const struct xframe *f, const char *local,
                                               bool body_only)
{
    const struct awsc_shape *s = f->shape;
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
            const struct awsc_member *m = &awsc_shape_members(
                s)[i]; /* botocore leaves out header and status members; query
                        * members are read from a body that happens to name them */
            if (f->top && body_only &&
                (m->location == AWSC_LOC_HEADER || m->location == AWSC_LOC_HEADERS ||
                 m->location == AWSC_LOC_STATUS_CODE))
                continue;
            bool flat_list = awsc_member_shape(m)->type == AWSC_SHAPE_LIST &&
                             awsc__xml_flattened(m, awsc_member_shape(m));
            const char *item = flat_list ? awsc__xml_item_name(awsc_member_shape(m)) : NULL;
            const char *name;
            if (pass == 0)
                name = item ? item : awsc__xml_member_name(m);
            else if (item)
                name = awsc__xml_member_name(m);
            else
                continue;
            if (strcmp(name, local) == 0)
                return m;
        }
    }
    return NULL;
}

/* A child element of a value frame: what it is. */
static int begin_child(struct xreader *r, struct xframe *parent, struct xframe *f,
                       const char *local, const char **atts)
{
    switch (parent->kind) {
    case X_STRUCT: {
        const struct awsc_member *m = struct_member(parent, local, r->o->body_only);
        if (!m)
            return 1; /* unknown: skipped */
        void *slot = FIELD(parent->value, m->offset);
        const struct awsc_shape *ms = awsc_member_shape(m);
        if (ms->type == AWSC_SHAPE_LIST && awsc__xml_flattened(m, ms)) {
            struct awsc_list_view *l = slot;
            size_t index = l->count;
            void *item = append(r, &l->items, &l->count, awsc_shape_item(ms)->size);
            if (!item)
                return 0;
            f->index = index;
            if (!begin_value(r, f, awsc_shape_item(ms), NULL, NULL, item, false, atts))
                return 0;
            f->member = m; /* for error paths */
            return 1;
        }
        if (ms->type == AWSC_SHAPE_MAP && awsc__xml_flattened(m, ms)) {
            struct awsc_map_view *mv = slot;
            size_t index = mv->count;
            void *entry = append(r, &mv->entries, &mv->count, awsc_shape_entry_size(ms));
            if (!entry)
                return 0;
            f->kind = X_ENTRY;
            f->shape = ms;
            f->member = m;
            f->value = entry;
            f->parent = mv;
            f->index = index;
            return 1;
        }
        bool indirect = ms->type == AWSC_SHAPE_STRUCTURE || ms->type == AWSC_SHAPE_DOCUMENT;
        return begin_value(r, f, ms, m, parent->value, slot, indirect, atts);
    }
    case X_LIST: {
        /* every child is an item, whatever its name (as botocore reads) */
        struct awsc_list_view *l = parent->value;
        const struct awsc_shape *ls = parent->shape;
        size_t index = l->count;
        void *item = append(r, &l->items, &l->count, awsc_shape_item(ls)->size);
        if (!item)
            return 0;
        f->index = index;
        return begin_value(r, f, awsc_shape_item(ls), NULL, NULL, item, false, atts);
    }
    case X_MAP: {
        struct awsc_map_view *mv = parent->value;
        const struct awsc_shape *ms = parent->shape;
        size_t index = mv->count;
        void *entry = append(r, &mv->entries, &mv->count, awsc_shape_entry_size(ms));
        if (!entry)
            return 0;
        f->kind = X_ENTRY;
        f->shape = ms;
        f->value = entry;
        f->parent = mv;
        f->index = index;
        return 1;
    }
    case X_ENTRY: {
        const struct awsc_shape *ms = parent->shape;
        const char *kname = awsc__xml_key_name(ms);
        const char *vname = awsc__xml_value_name(ms);
        if (strcmp(local, kname ? kname : "key") == 0) {
            f->kind = X_SCALAR;
            f->shape = awsc_shape_key(ms);
            f->value = parent->value; /* the key is the entry's first field */
            f->is_key = true;
            return 1;
        }
        if (strcmp(local, vname ? vname : "value") == 0) {
            f->map = parent->value;
            return begin_value(r, f, awsc_shape_item(ms), NULL, NULL,
                               FIELD(parent->value, awsc_shape_value_offset(ms)), false, atts);
        }
        return 1;
    }
    default:
        return 1;
    }
}

static bool path_is(const char *const *path, size_t i, const char *local)
{
    return path && path[i] && strcmp(path[i], local) == 0;
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct xreader *r = ud;
    if (r->status)
        return;
    if (r->n >= r->max_depth) {
        r->n = 0; /* the message names the depth, not a path that long */
        rfail(r, "the XML is nested more than %u levels deep", r->max_depth);
        return;
    }
    size_t depth = r->n;
    struct xframe *parent = depth ? &r->frames[depth - 1] : NULL;
    struct xframe *f = push(r);
    if (!f)
        return;
    parent = depth ? &r->frames[depth - 1] : NULL; /* push may move the stack */
    const char *local = local_name(name, NULL);

    /* the captures */
    uint32_t alive = 0;
    for (size_t i = 0; i < r->o->capture_count; i++) {
        const struct awsc__xml_capture *c = &r->o->captures[i];
        bool matches =
            depth == 0 || ((parent->alive >> i) & 1u && path_is(c->path, depth - 1, local));
        if (!matches)
            continue;
        if (r->capture_len[i] == depth) {
            if (!c->text && f->capture < 0)
                f->capture = (int)i;
        } else {
            alive |= 1u << i;
        }
    }
    f->alive = alive;

    if (depth == 0) {
        char *root = awsc__arena_strdup(r->arena, local);
        if (!root) {
            nomem(r);
            return;
        }
        r->o->root_name = root;
    }

    /* the value's element, or the way to it */
    bool is_value = false;
    if (!r->value_done) {
        if (depth == 0) {
            if (r->path_len == 0)
                is_value = true;
            else
                f->kind = X_PATH, f->on_path = true;
        } else if (parent->kind == X_PATH && parent->on_path &&
                   path_is(r->o->path, depth - 1, local)) {
            if (depth == r->path_len)
                is_value = true;
            else
                f->kind = X_PATH, f->on_path = true;
        }
    }
    if (is_value) {
        r->o->found = true;
        f->top = true;
        if (r->root_shape && !begin_value(r, f, r->root_shape, NULL, NULL, r->root, false, atts))
            return;
        if (!r->root_shape)
            f->kind = X_SKIP;
    } else if (parent && parent->kind >= X_STRUCT && parent->kind != X_SCALAR) {
        if (!begin_child(r, parent, f, local, atts))
            return;
    }
    f->collect = f->kind == X_SCALAR || f->capture >= 0;
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
    (void)name;
    struct xreader *r = ud;
    if (r->status || r->n == 0)
        return;
    struct xframe *f = &r->frames[r->n - 1];
    const char *text = r->text.data ? r->text.data + f->text_at : "";
    size_t len = r->text.len - f->text_at;

    if (f->capture >= 0 && !r->o->captures[f->capture].text) {
        char *copy = awsc__arena_strndup(r->arena, text, len);
        if (!copy) {
            nomem(r);
            return;
        }
        r->o->captures[f->capture].text = copy;
    }
    switch (f->kind) {
    case X_SCALAR:
        if (!put_scalar(r, f->shape, f->member, f->parent, f->value, text, len))
            return;
        break;
    case X_LIST: {
        /* present, even when empty */
        struct awsc_list_view *l = f->value;
        if (!l->items && !(l->items = r_alloc(r, 1)))
            return;
        break;
    }
    case X_MAP: {
        struct awsc_map_view *mv = f->value;
        if (!mv->entries && !(mv->entries = r_alloc(r, 1)))
            return;
        break;
    }
    case X_ENTRY: {
        /* an entry without a key is dropped; it is the map's last one */
        struct awsc_map_view *mv = f->parent;
        if (!*(const char *const *)f->value && mv->count)
            mv->count--;
        break;
    }
    case X_STRUCT:
        if (f->shape->flags & AWSC_SF_UNION) {
            const struct awsc_member *first = NULL;
            for (uint32_t i = 0; i < awsc_shape_member_count(f->shape); i++) {
                const struct awsc_member *m = &awsc_shape_members(f->shape)[i];
                if (!awsc__member_is_set(m, f->value))
                    continue;
                if (first) {
                    rfail(r, "a union takes exactly one member, but both %s and %s are set",
                          awsc_member_name(first), awsc_member_name(m));
                    return;
                }
                first = m;
            }
        }
        break;
    default:
        break;
    }
    if (f->top)
        r->value_done = true;
    r->text.len = f->text_at;
    if (r->text.data)
        r->text.data[r->text.len] = '\0';
    r->n--;
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
    struct xreader *r = ud;
    if (r->status || r->n == 0 || !r->frames[r->n - 1].collect)
        return;
    awsc__buf_append(&r->text, s, (size_t)len);
    if (r->text.failed)
        nomem(r);
}

static void XMLCALL on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                               const XML_Char *pubid, int has_internal_subset)
{
    (void)name, (void)sysid, (void)pubid, (void)has_internal_subset;
    struct xreader *r = ud;
    r->n = 0; /* the message is about the document, not a member */
    rfail(r, "the XML holds a DOCTYPE declaration, which is refused (no DTDs or entity "
             "expansion in responses)");
}

static void XMLCALL on_entity(void *ud, const XML_Char *name, int is_parameter,
                              const XML_Char *value, int value_length, const XML_Char *base,
                              const XML_Char *sysid, const XML_Char *pubid,
                              const XML_Char *notation)
{
    (void)is_parameter, (void)value, (void)value_length, (void)base, (void)sysid, (void)pubid,
        (void)notation;
    struct xreader *r = ud;
    r->n = 0;
    rfail(r,
          "the XML declares the entity \"%.40s\", which is refused (no entity expansion in "
          "responses)",
          name);
}

/*
 * expat's allocations go through the allocator hooks. expat survives a
 * failed allocation, but may then report some other error (an "unbound
 * prefix" when a namespace binding could not be stored): a refusal is
 * remembered here, per thread, so that the parse reports AWSC_E_NOMEM.
 */
static _Thread_local bool expat_refused;

static void *x_malloc(size_t n)
{
    void *p = awsc__malloc(n);
    if (!p)
        expat_refused = true;
    return p;
}

static void *x_realloc(void *ptr, size_t n)
{
    void *p = awsc__realloc(ptr, n);
    if (!p && n)
        expat_refused = true;
    return p;
}

static const XML_Memory_Handling_Suite MEMORY = {x_malloc, x_realloc, awsc__free};

/* The line and column (1-based) of byte offset `at`. */
static void position_of(const uint8_t *xml, size_t at, unsigned long *line, unsigned long *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < at; i++) {
        if (xml[i] == '\n') {
            (*line)++;
            *col = 1;
        } else if ((xml[i] & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

/* The offset of the first byte of s[0..n) that does not start a valid
 * UTF-8 sequence, or n. */
static size_t utf8_error_at(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t len = 1;
        if (s[i] >= 0xF0)
            len = 4;
        else if (s[i] >= 0xE0)
            len = 3;
        else if (s[i] >= 0xC0)
            len = 2;
        if (i + len > n || !awsc__utf8_valid((const char *)s + i, len))
            return i;
        i += len;
    }
    return n;
}

int awsc__xml_read(const uint8_t *xml, size_t len, const struct awsc_shape *shape, void *value,
                   struct awsc_arena *arena, struct awsc__xml_read_opts *opts,
                   struct awsc_error *err)
{
    struct awsc__xml_read_opts none;
    memset(&none, 0, sizeof none);
    if (!opts)
        opts = &none;
    opts->root_name = NULL;
    opts->found = false;
    if ((shape && !value) || !arena || (!xml && len))
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__xml_read: NULL argument");
    if (opts->capture_count > MAX_CAPTURES)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc__xml_read: more than %d captures",
                          MAX_CAPTURES);
    if (len > (size_t)INT32_MAX)
        return awsc__fail(err, AWSC_E_PARSE, "the XML document is too large (%zu bytes)", len);
    if (!xml)
        xml = (const uint8_t *)"";

    /* Responses are UTF-8 whatever they declare; say where they are not. */
    if (!awsc__utf8_valid((const char *)xml, len)) {
        size_t at = utf8_error_at(xml, len);
        unsigned long line, col;
        position_of(xml, at, &line, &col);
        return awsc__fail(err, AWSC_E_PARSE,
                          "the XML is not valid UTF-8: byte 0x%02x at offset %zu (line %lu, "
                          "column %lu)",
                          at < len ? xml[at] : 0u, at, line, col);
    }

    struct xreader r;
    memset(&r, 0, sizeof r);
    r.arena = arena;
    r.o = opts;
    r.max_depth = opts->max_depth ? opts->max_depth : AWSC__XML_MAX_DEPTH;
    r.root_shape = shape;
    r.root = value;
    for (const char *const *p = opts->path; p && *p; p++)
        r.path_len++;
    for (size_t i = 0; i < opts->capture_count; i++) {
        opts->captures[i].text = NULL;
        for (const char *const *p = opts->captures[i].path; p && *p; p++)
            r.capture_len[i]++;
    }

    const XML_Char sep[2] = {NS_SEP, '\0'};
    expat_refused = false;
    XML_Parser p = XML_ParserCreate_MM("UTF-8", &MEMORY, sep);
    if (!p)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    r.p = p;
    XML_SetUserData(p, &r);
    XML_SetElementHandler(p, on_start, on_end);
    XML_SetCharacterDataHandler(p, on_text);
    XML_SetStartDoctypeDeclHandler(p, on_doctype);
    XML_SetEntityDeclHandler(p, on_entity);
    XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);

    enum XML_Status xs = XML_Parse(p, (const char *)xml, (int)len, XML_TRUE);
    struct awsc_buf syntax = AWSC_BUF_INIT;
    if (xs != XML_STATUS_OK && !r.status) {
        enum XML_Error code = XML_GetErrorCode(p);
        unsigned long line = (unsigned long)XML_GetCurrentLineNumber(p);
        unsigned long col = (unsigned long)XML_GetCurrentColumnNumber(p) + 1;
        XML_Index at = XML_GetCurrentByteIndex(p);
        const char *what = XML_ErrorString(code);
        if (code == XML_ERROR_NO_MEMORY)
            r.status = AWSC_E_NOMEM;
        else if (len == 0 || (code == XML_ERROR_NO_ELEMENTS && !r.o->root_name))
            awsc__buf_printf(&syntax, "the response holds no XML element (%zu bytes)", len);
        else if (at >= 0 && (size_t)at >= len)
            awsc__buf_printf(&syntax,
                             "the XML ends before the document is complete (line %lu, column "
                             "%lu: %s)",
                             line, col, what ? what : "unknown error");
        else
            awsc__buf_printf(&syntax, "malformed XML at line %lu, column %lu: %s", line, col,
                             what ? what : "unknown error");
    }
    XML_ParserFree(p);
    awsc__free(r.frames);
    awsc__buf_clean_up(&r.text);

    int status = AWSC_OK;
    if (r.status == AWSC_E_NOMEM || syntax.failed || r.msg.failed || expat_refused)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    else if (r.status)
        status = awsc__fail(err, r.status, "%s", r.msg.data);
    else if (xs != XML_STATUS_OK)
        status = awsc__fail(err, AWSC_E_PARSE, "%s", syntax.data);
    awsc__buf_clean_up(&syntax);
    awsc__buf_clean_up(&r.msg);
    return status;
}
