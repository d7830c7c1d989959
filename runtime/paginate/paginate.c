/*
 * The pager: pages and items of a paginated operation, driven by a
 * struct awsc_paginator (see <awsc/paginate.h>).
 *
 * A pager holds a deep copy of the input. Before each request it writes
 * the tokens of the next page into the copy's token members; after it, it
 * evaluates the output tokens on the page and keeps them, as JSON text (an
 * object keyed by the input token names, exactly the dict botocore keeps),
 * for the next request, for the repeated-token check and for resume
 * tokens. Sync and async requests share everything but the call.
 */
#include "jp.h"

#include "client/client.h"
#include "protocol/json.h"

#include <stdio.h>
#include <string.h>

#define MAX_PATH           16
#define TRUNCATE_KEY       "boto_truncate_amount"
#define ENCODED_KEYS_KEY   "boto_encoded_keys"
#define MAX_STARTING_TOKEN (1u << 20)

enum async_kind { ASYNC_NONE = 0, ASYNC_PAGE, ASYNC_ITEM };

struct awsc_pager {
    struct awsc_client *client;
    const struct awsc_paginator *pg;
    const struct awsc_operation *op;
    struct awsc_arena *arena; /* the input copy */
    void *input;
    struct awsc_arena *token_arena; /* the token values now in the input */
    int64_t max_items;

    /* The tokens of the next request (NULL: none is left to make), and the
     * items to drop from the start of its page (a starting token's
     * truncate amount). */
    char *next_tokens;
    int64_t next_skip;
    bool resuming; /* the next page is the first after a starting token */
    bool end;      /* no request left to make */
    /* The page most recently received: the tokens it was asked for with
     * and the items dropped from its start. */
    char *cur_tokens;
    int64_t cur_skip;
    /* max_items reached: where a resume token continues */
    bool stopped;
    char *stop_tokens;
    int64_t stop_amount;
    /* the service repeated a token: what every later call returns */
    int pending_status;
    char *pending_message;

    int64_t items;  /* items of the pages received, counted against max_items */
    int64_t pages;  /* pages received */
    int64_t handed; /* items handed out */

    /* next_item: the page being walked */
    void *page;
    const unsigned char *item_base;
    size_t item_size, item_pos, item_count;

    char *resume; /* what awsc_pager_resume_token() returned last */

    /* async */
    bool busy;   /* a request or a delivery timer is pending */
    bool zombie; /* destroyed while busy: freed when it completes */
    void *timer;
    int async_kind;
    awsc_call_trampoline *page_tramp;
    awsc_item_trampoline *item_tramp;
    awsc_fn *cb;
    void *user_data;
};

/* ------------------------------------------------------------ lookups */

const struct awsc_paginator *awsc_service_paginator(const struct awsc_service *svc,
                                                    const char *operation)
{
    if (!svc || !operation)
        return NULL;
    size_t lo = 0, hi = svc->paginator_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct awsc_paginator *pg = &awsc_service_paginators(svc)[mid];
        int c = strcmp(operation, awsc_paginator_name(pg));
        if (c == 0)
            return pg;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Whether pg is one of svc's paginators. */
static bool paginator_of(const struct awsc_service *svc, const struct awsc_paginator *pg)
{
    const struct awsc_paginator *all = svc ? awsc_service_paginators(svc) : NULL;
    return all && pg && pg >= all && pg < all + svc->paginator_count;
}

const struct awsc_operation *awsc_paginator_operation(const struct awsc_service *svc,
                                                      const struct awsc_paginator *pg)
{
    if (!paginator_of(svc, pg) || pg->operation >= svc->operation_count)
        return NULL;
    return awsc_service_operation_at(svc, pg->operation);
}

/* ------------------------------------------------------------- tokens */

static const struct awsc_member *token_member(const struct awsc_pager *p, uint32_t i)
{
    return &awsc_shape_members(awsc_operation_input(p->op))[awsc_paginator_input_token(p->pg, i)];
}

/* Appends "Name": to b. Member names are plain ASCII identifiers. */
static void put_key(struct awsc_buf *b, const char *name)
{
    awsc__json_put_string(b, name, strlen(name));
    awsc__buf_puts(b, ": ");
}

/* The tokens the input holds now, as a JSON object. */
static int tokens_of_input(struct awsc_pager *p, char **out, struct awsc_error *err)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    int status = AWSC_OK;
    awsc__buf_putc(&b, '{');
    for (uint32_t i = 0; i < p->pg->token_count && status == AWSC_OK; i++) {
        const struct awsc_member *m = token_member(p, i);
        if (i)
            awsc__buf_puts(&b, ", ");
        put_key(&b, awsc_member_name(m));
        struct awsc__jv v = awsc__jv_member(m, p->input);
        if (v.kind == AWSC__JV_NULL)
            awsc__buf_puts(&b, "null");
        else
            status = awsc__jv_write_json(&b, &v, err);
    }
    awsc__buf_putc(&b, '}');
    if (status == AWSC_OK && b.failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status != AWSC_OK) {
        awsc__buf_clean_up(&b);
        return status;
    }
    *out = awsc__buf_steal(&b);
    return *out ? AWSC_OK : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

/* Sets the input's token members from a JSON object of tokens (null or
 * missing: the member is left unset, as botocore drops it). */
static int apply_tokens(struct awsc_pager *p, const char *json, struct awsc_error *err)
{
    struct awsc_arena *a = awsc__arena_new();
    void *tmp = a ? awsc__arena_alloc(a, awsc_operation_input(p->op)->size) : NULL;
    if (!tmp) {
        awsc__arena_destroy(a);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    struct awsc__json_opts opts = {.member_names = true};
    int status = awsc__json_read((const uint8_t *)json, strlen(json), awsc_operation_input(p->op),
                                 tmp, a, &opts, err);
    if (status != AWSC_OK) {
        awsc__arena_destroy(a);
        if (status == AWSC_E_NOMEM)
            return status;
        return awsc__fail(
            err, AWSC_E_INVALID_ARG, "%s: the pagination tokens %s do not fit the input: %s",
            awsc_operation_name(p->op), json, err && err->message ? err->message : "");
    }
    for (uint32_t i = 0; i < p->pg->token_count; i++) {
        const struct awsc_member *m = token_member(p, i);
        memcpy((unsigned char *)p->input + m->offset, (unsigned char *)tmp + m->offset,
               awsc__member_slot_size(m));
        if (awsc_member_has_offset(m) != AWSC_NO_PRESENCE)
            memcpy((unsigned char *)p->input + awsc_member_has_offset(m),
                   (unsigned char *)tmp + awsc_member_has_offset(m), sizeof(bool));
    }
    awsc__arena_destroy(p->token_arena);
    p->token_arena = a;
    return AWSC_OK;
}

/* The tokens of the page after `out`, as a JSON object; NULL when there is
 * none (the more-results flag is false, or every token is empty). */
static int next_tokens_of(struct awsc_pager *p, const void *out, char **next,
                          struct awsc_error *err)
{
    *next = NULL;
    struct awsc_arena *a = awsc__arena_new();
    if (!a)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    struct awsc__jv root = awsc__jv_of(awsc_operation_output(p->op), out), v;
    int status = AWSC_OK;
    if (p->pg->more_results_ref) {
        status = awsc__jp_eval(awsc_paginator_more_results(p->pg), &root, a, &v, err);
        if (status != AWSC_OK || awsc__jv_py_false(&v)) {
            awsc__arena_destroy(a);
            return status;
        }
    }
    struct awsc_buf b = AWSC_BUF_INIT;
    bool any = false;
    awsc__buf_putc(&b, '{');
    for (uint32_t i = 0; i < p->pg->token_count && status == AWSC_OK; i++) {
        if (i)
            awsc__buf_puts(&b, ", ");
        put_key(&b, awsc_member_name(token_member(p, i)));
        status = awsc__jp_eval(awsc_paginator_output_token(p->pg, i), &root, a, &v, err);
        if (status != AWSC_OK)
            break;
        if (awsc__jv_py_false(&v)) {
            awsc__buf_puts(&b, "null");
        } else {
            any = true;
            status = awsc__jv_write_json(&b, &v, err);
        }
    }
    awsc__buf_putc(&b, '}');
    awsc__arena_destroy(a);
    if (status == AWSC_OK && b.failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status == AWSC_OK && any && !(*next = awsc__buf_steal(&b)))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    awsc__buf_clean_up(&b);
    return status;
}

/* base64 of the tokens with ", "boto_truncate_amount": N" added when N > 0. */
static char *encode_token(const char *tokens, int64_t amount)
{
    struct awsc_buf j = AWSC_BUF_INIT;
    size_t n = strlen(tokens);
    if (amount > 0 && n >= 2) {
        awsc__buf_append(&j, tokens, n - 1);
        if (n > 2)
            awsc__buf_puts(&j, ", ");
        awsc__buf_printf(&j, "\"" TRUNCATE_KEY "\": %lld}", (long long)amount);
    } else {
        awsc__buf_puts(&j, tokens);
    }
    char *out = NULL;
    if (!j.failed && (out = awsc__malloc(awsc__base64_encoded_len(j.len) + 1)))
        awsc__base64_encode((const uint8_t *)j.data, j.len, out);
    awsc__buf_clean_up(&j);
    return out;
}

/* A starting token: base64 of a JSON object of the input tokens, with
 * botocore's boto_truncate_amount. Sets next_tokens and next_skip. */
static int parse_starting_token(struct awsc_pager *p, const char *token, struct awsc_error *err)
{
    size_t n = strlen(token);
    if (n > MAX_STARTING_TOKEN)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "Bad starting token: %zu bytes is too long", n);
    uint8_t *raw = awsc__malloc(n / 4 * 3 + 4);
    size_t raw_len = 0;
    if (!raw)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (!awsc__base64_decode(token, n, raw, &raw_len)) {
        awsc__free(raw);
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "Bad starting token: \"%.64s\" is not base64 (pass back a token a "
                          "pager returned)",
                          token);
    }
    struct awsc_arena *a = awsc__arena_new();
    struct awsc_document doc;
    struct awsc__json_opts opts = {.member_names = true};
    struct awsc_error perr = AWSC_ERROR_INIT;
    int status = a ? awsc__json_read_document(raw, raw_len, &doc, a, &opts, &perr)
                   : awsc__fail(&perr, AWSC_E_NOMEM, "out of memory");
    awsc__free(raw);
    if (status == AWSC_OK && doc.type != AWSC_DOC_OBJECT)
        status = AWSC_E_PARSE;
    if (status != AWSC_OK) {
        awsc_error_clean_up(&perr);
        awsc__arena_destroy(a);
        return status == AWSC_E_NOMEM
                   ? awsc__fail(err, status, "out of memory")
                   : awsc__fail(err, AWSC_E_INVALID_ARG,
                                "Bad starting token: it does not hold a JSON object");
    }
    awsc_error_clean_up(&perr);
    /* every key is an input token or one of botocore's own */
    for (size_t i = 0; i < doc.count; i++) {
        const char *key = doc.entries[i].key;
        const struct awsc_document *v = &doc.entries[i].value;
        bool known = strcmp(key, ENCODED_KEYS_KEY) == 0;
        if (strcmp(key, TRUNCATE_KEY) == 0) {
            if (v->type != AWSC_DOC_NUMBER || v->number < 0 || v->number > 9e15 ||
                v->number != (double)(int64_t)v->number) {
                awsc__arena_destroy(a);
                return awsc__fail(err, AWSC_E_INVALID_ARG,
                                  "Bad starting token: " TRUNCATE_KEY
                                  " must be a whole number of items");
            }
            p->next_skip = (int64_t)v->number;
            known = true;
        }
        for (uint32_t t = 0; !known && t < p->pg->token_count; t++)
            known = strcmp(key, awsc_member_name(token_member(p, t))) == 0;
        if (!known) {
            awsc__fail(err, AWSC_E_INVALID_ARG,
                       "Bad starting token: \"%s\" is not a pagination token of %s", key,
                       awsc_operation_name(p->op));
            awsc__arena_destroy(a);
            return AWSC_E_INVALID_ARG;
        }
    }
    struct awsc_buf b = AWSC_BUF_INIT;
    struct awsc__json_opts wopts = {.member_names = true, .ascii = true};
    awsc__buf_putc(&b, '{');
    for (uint32_t t = 0; t < p->pg->token_count && status == AWSC_OK; t++) {
        const char *name = awsc_member_name(token_member(p, t));
        const struct awsc_document *v = awsc__document_get(&doc, name);
        if (t)
            awsc__buf_puts(&b, ", ");
        put_key(&b, name);
        if (v && v->type != AWSC_DOC_NULL)
            status = awsc__json_write_document(&b, v, &wopts, err);
        else
            awsc__buf_puts(&b, "null");
    }
    awsc__buf_putc(&b, '}');
    awsc__arena_destroy(a);
    if (status == AWSC_OK && b.failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status == AWSC_OK)
        status = apply_tokens(p, b.data, err);
    if (status == AWSC_OK) {
        awsc__free(p->next_tokens);
        p->next_tokens = awsc__buf_steal(&b);
        p->resuming = true;
        if (!p->next_tokens)
            status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    awsc__buf_clean_up(&b);
    return status;
}

/* ---------------------------------------------------- result keys */

/* The slot of a result key in an output, and its member and parent
 * struct; NULL when a structure on the way is absent. */
static void *key_slot(const struct awsc_pager *p, const struct awsc_jmespath *key, void *out,
                      const struct awsc_member **member, void **parent)
{
    uint16_t path[MAX_PATH];
    size_t depth = awsc__jp_path(key, path, MAX_PATH);
    const struct awsc_shape *s = awsc_operation_output(p->op);
    unsigned char *obj = out;
    for (size_t i = 0; obj && i < depth; i++) {
        if (s->type != AWSC_SHAPE_STRUCTURE || path[i] >= awsc_shape_member_count(s))
            return NULL;
        const struct awsc_member *m = &awsc_shape_members(s)[path[i]];
        if (i + 1 == depth) {
            *member = m;
            *parent = obj;
            return obj + m->offset;
        }
        if (awsc_member_shape(m)->type != AWSC_SHAPE_STRUCTURE)
            return NULL;
        obj = *(unsigned char **)(void *)(obj + m->offset);
        s = awsc_member_shape(m);
    }
    return NULL;
}

static size_t utf8_skip(const char *s, int64_t chars)
{
    size_t i = 0;
    for (int64_t k = 0; s[i] && k < chars; k++) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* How many items a result key holds: list elements, map entries, string
 * characters, structure members (Python's len()). */
static int64_t key_count(const struct awsc_pager *p, const struct awsc_jmespath *key, void *out)
{
    const struct awsc_member *m;
    void *parent;
    void *slot = key_slot(p, key, out, &m, &parent);
    if (!slot || !awsc__member_is_set(m, parent))
        return 0;
    struct awsc__jv v = awsc__jv_member(m, parent);
    if (v.kind == AWSC__JV_STRING) {
        int64_t n = 0;
        for (size_t i = 0; i < v.len; i++)
            n += ((unsigned char)v.string[i] & 0xC0) != 0x80;
        return n;
    }
    return (int64_t)awsc__jv_count(&v);
}

/* Drops the first `drop` items of a result key and keeps at most `keep`
 * (-1: all) of the rest. Lists, maps and strings can be cut. */
static void key_cut(const struct awsc_pager *p, const struct awsc_jmespath *key, void *out,
                    int64_t drop, int64_t keep)
{
    const struct awsc_member *m;
    void *parent;
    void *slot = key_slot(p, key, out, &m, &parent);
    if (!slot || !awsc__member_is_set(m, parent))
        return;
    switch (awsc_member_shape(m)->type) {
    case AWSC_SHAPE_LIST:
    case AWSC_SHAPE_MAP: {
        /* both views are {pointer, count} */
        struct awsc_list_view *l = slot;
        size_t size = awsc_member_shape(m)->type == AWSC_SHAPE_LIST
                          ? awsc_shape_item(awsc_member_shape(m))->size
                          : awsc_shape_entry_size(awsc_member_shape(m));
        size_t d = drop > 0 ? ((size_t)drop < l->count ? (size_t)drop : l->count) : 0;
        l->items = (unsigned char *)l->items + d * size;
        l->count -= d;
        if (keep >= 0 && (size_t)keep < l->count)
            l->count = (size_t)keep;
        break;
    }
    case AWSC_SHAPE_STRING: {
        char **s = slot;
        *s += utf8_skip(*s, drop);
        if (keep >= 0)
            (*s)[utf8_skip(*s, keep)] = '\0'; /* the string lives in the output's arena */
        break;
    }
    default:
        break;
    }
}

/* Empties a secondary result key as botocore does when it cuts a page:
 * [] for a list, "" for a string, 0 for a number, absent otherwise. */
static void key_empty(const struct awsc_pager *p, const struct awsc_jmespath *key, void *out)
{
    const struct awsc_member *m;
    void *parent;
    unsigned char *slot = key_slot(p, key, out, &m, &parent);
    if (!slot || !awsc__member_is_set(m, parent))
        return;
    switch (awsc_member_shape(m)->type) {
    case AWSC_SHAPE_LIST:
        ((struct awsc_list_view *)(void *)slot)->count = 0;
        return;
    case AWSC_SHAPE_STRING:
        *(const char **)(void *)slot = "";
        return;
    case AWSC_SHAPE_BOOLEAN:
    case AWSC_SHAPE_BYTE:
    case AWSC_SHAPE_SHORT:
    case AWSC_SHAPE_INTEGER:
    case AWSC_SHAPE_LONG:
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE:
        memset(slot, 0, awsc_member_shape(m)->size);
        return;
    default:
        memset(slot, 0, awsc__member_slot_size(m));
        awsc__member_set_has(m, parent, false);
        return;
    }
}

static void empty_secondary_keys(const struct awsc_pager *p, void *out)
{
    for (uint32_t i = 1; i < p->pg->result_key_count; i++)
        key_empty(p, awsc_paginator_result_key(p->pg, i), out);
}

/* ------------------------------------------------------------- pages */

static void set_pending(struct awsc_pager *p, int status, char *message)
{
    p->pending_status = status;
    awsc__free(p->pending_message);
    p->pending_message = message;
}

/* A page arrived for the request made with next_tokens: cut it as the
 * starting token and max_items say, and work out the next request. On
 * failure the page is freed and the pager is left as it was. */
static int process_page(struct awsc_pager *p, void *out, struct awsc_error *err)
{
    char *next = NULL;
    int status = next_tokens_of(p, out, &next, err);
    /* where a resume token would continue should max_items cut this page */
    char *stop = NULL;
    if (status == AWSC_OK && p->max_items > 0 && !(stop = awsc__strdup(p->next_tokens)))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status != AWSC_OK) {
        awsc__free(next);
        awsc_output_free(out);
        return status;
    }
    /* the request's tokens become the current page's */
    awsc__free(p->cur_tokens);
    p->cur_tokens = p->next_tokens;
    p->cur_skip = p->next_skip;
    p->next_tokens = NULL;
    p->next_skip = 0;
    p->pages++;
    const struct awsc_jmespath *primary = awsc_paginator_result_key(p->pg, 0);
    if (p->resuming) {
        /* the first page after a starting token: its first items were
         * handed out before, and its other result keys counted in full
         * then (botocore's _handle_first_request) */
        key_cut(p, primary, out, p->cur_skip, -1);
        empty_secondary_keys(p, out);
        p->resuming = false;
    }
    int64_t n = key_count(p, primary, out);
    if (p->max_items > 0 && p->items + n > p->max_items) {
        /* only the first result key is cut; the others stay whole, and a
         * resumed run empties them on its first page */
        int64_t keep = p->max_items - p->items;
        key_cut(p, primary, out, 0, keep);
        p->items = p->max_items;
        p->stopped = true;
        p->stop_tokens = stop;
        p->stop_amount = keep + p->cur_skip;
        p->end = true;
        awsc__free(next);
        return AWSC_OK;
    }
    awsc__free(stop);
    p->items += n;
    if (!next) {
        p->end = true;
    } else if (p->max_items > 0 && p->items == p->max_items) {
        p->stopped = true;
        p->stop_tokens = next;
        p->stop_amount = 0;
        p->end = true;
    } else if (p->cur_tokens && strcmp(next, p->cur_tokens) == 0) {
        /* botocore: "The same next token was received twice" */
        struct awsc_buf b = AWSC_BUF_INIT;
        awsc__buf_printf(&b,
                         "%s.%s returned the same pagination token twice in a row (%s): the "
                         "service would be asked for the same page forever, so the pager "
                         "stops here",
                         awsc_service_service_id(awsc_operation_service(p->op)),
                         awsc_operation_name(p->op), next);
        set_pending(p, AWSC_E_PAGINATION, awsc__buf_steal(&b));
        awsc__buf_clean_up(&b);
        awsc__free(next);
        p->end = true;
    } else {
        p->next_tokens = next;
    }
    return AWSC_OK;
}

/* Before a request: the input gets the next request's tokens. */
static int prepare_request(struct awsc_pager *p, struct awsc_error *err)
{
    if (!p->next_tokens)
        return awsc__fail(err, AWSC_E_INTERNAL, "the pager has no request to make");
    return apply_tokens(p, p->next_tokens, err);
}

static int fetch_sync(struct awsc_pager *p, void **page, struct awsc_error *err)
{
    *page = NULL;
    int status = prepare_request(p, err);
    void *out = NULL;
    if (status == AWSC_OK)
        status = awsc_call(p->client, p->op, p->input, &out, err);
    if (status == AWSC_OK && !out)
        status =
            awsc__fail(err, AWSC_E_INTERNAL, "%s returned no output", awsc_operation_name(p->op));
    if (status == AWSC_OK && (status = process_page(p, out, err)) == AWSC_OK)
        *page = out;
    return status;
}

static int pending_error(const struct awsc_pager *p, struct awsc_error *err)
{
    return awsc__fail(err, p->pending_status, "%s",
                      p->pending_message ? p->pending_message : awsc_strerror(p->pending_status));
}

static void drop_page(struct awsc_pager *p)
{
    awsc_output_free(p->page);
    p->page = NULL;
    p->item_base = NULL;
    p->item_pos = p->item_count = 0;
}

/* next_item walks the page it was handed. */
static int hold_page(struct awsc_pager *p, void *page, struct awsc_error *err)
{
    drop_page(p);
    const struct awsc_member *m;
    void *parent;
    struct awsc_list_view *l = key_slot(p, awsc_paginator_result_key(p->pg, 0), page, &m, &parent);
    p->page = page;
    if (l && awsc_member_shape(m)->type != AWSC_SHAPE_LIST)
        return awsc__fail(
            err, AWSC_E_UNSUPPORTED, "%s pages hand out no items: its result key %s is not a list",
            awsc_operation_name(p->op), awsc_jmespath_text(awsc_paginator_result_key(p->pg, 0)));
    if (l && l->items) {
        p->item_base = l->items;
        p->item_size = awsc_shape_item(awsc_member_shape(m))->size;
        p->item_count = l->count;
    }
    return AWSC_OK;
}

enum step { STEP_ITEM, STEP_END, STEP_ERROR, STEP_FETCH };

/* What the next next_item() does without a request, if anything. */
static enum step item_step(struct awsc_pager *p, const void **item)
{
    *item = NULL;
    if (p->page && p->item_pos < p->item_count) {
        *item = p->item_base + p->item_pos * p->item_size;
        p->item_pos++;
        p->handed++;
        return STEP_ITEM;
    }
    drop_page(p);
    if (p->pending_status)
        return STEP_ERROR;
    return p->end ? STEP_END : STEP_FETCH;
}

static enum step page_step(struct awsc_pager *p)
{
    drop_page(p);
    if (p->pending_status)
        return STEP_ERROR;
    return p->end ? STEP_END : STEP_FETCH;
}

static bool primary_is_list(const struct awsc_pager *p)
{
    uint16_t path[MAX_PATH];
    size_t depth = awsc__jp_path(awsc_paginator_result_key(p->pg, 0), path, MAX_PATH);
    const struct awsc_shape *s = awsc_operation_output(p->op);
    for (size_t i = 0; i < depth; i++) {
        if (s->type != AWSC_SHAPE_STRUCTURE || path[i] >= awsc_shape_member_count(s))
            return false;
        s = awsc_member_shape(&awsc_shape_members(s)[path[i]]);
    }
    return depth > 0 && s->type == AWSC_SHAPE_LIST;
}

/* ------------------------------------------------------------ the API */

static void pager_free(struct awsc_pager *p)
{
    drop_page(p);
    awsc__arena_destroy(p->arena);
    awsc__arena_destroy(p->token_arena);
    awsc__free(p->next_tokens);
    awsc__free(p->cur_tokens);
    awsc__free(p->stop_tokens);
    awsc__free(p->pending_message);
    awsc__free(p->resume);
    awsc__free(p);
}

int awsc_pager_new(struct awsc_client *client, const struct awsc_paginator *pg, const void *input,
                   const struct awsc_page_options *options, struct awsc_pager **pager,
                   struct awsc_error *err)
{
    if (!pager)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_pager_new: pager is NULL");
    *pager = NULL;
    if (!client || !pg)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_pager_new: a client and a paginator are required");
    const struct awsc_service *svc = awsc_client_service(client);
    if (!paginator_of(svc, pg))
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "the paginator of %s does not belong to this %s client: it is not "
                          "one of the service's paginators",
                          awsc_paginator_name(pg), awsc_service_service_id(svc));
    const struct awsc_operation *op = awsc_paginator_operation(svc, pg);
    if (!op || !awsc_operation_input(op) || !awsc_operation_output(op) || !pg->token_count ||
        !pg->result_key_count)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "awsc_pager_new: the paginator of %s.%s is incomplete",
                          awsc_service_service_id(svc), awsc_paginator_name(pg));
    struct awsc_page_options none = AWSC_PAGE_OPTIONS_INIT;
    const struct awsc_page_options *o = options ? options : &none;
    if (o->max_items < 0 || o->page_size < 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "max_items and page_size must not be negative (given %lld and %lld)",
                          (long long)o->max_items, (long long)o->page_size);
    if (o->page_size > 0 && pg->limit_key < 0)
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "PageSize parameter is not supported for the pagination interface for "
                          "this operation (%s has no limit key)",
                          awsc_operation_name(op));

    struct awsc_pager *p = awsc__calloc(1, sizeof *p);
    if (!p)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    p->client = client;
    p->pg = pg;
    p->op = op;
    p->max_items = o->max_items;
    p->arena = awsc__arena_new();
    p->input = p->arena ? awsc__arena_alloc(p->arena, awsc_operation_input(op)->size) : NULL;
    int status = p->input ? AWSC_OK : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status == AWSC_OK && input)
        status = awsc__value_copy(awsc_operation_input(op), p->input, input, p->arena, err);
    if (status == AWSC_OK && o->page_size > 0) {
        /* the limit key, written as JSON so that any number type (or the
         * odd string one) takes it */
        const struct awsc_member *m = &awsc_shape_members(awsc_operation_input(op))[pg->limit_key];
        char json[48];
        snprintf(json, sizeof json,
                 awsc_member_shape(m)->type == AWSC_SHAPE_STRING ? "\"%lld\"" : "%lld",
                 (long long)o->page_size);
        struct awsc__json_opts jo = {.member_names = true};
        status = awsc__json_read((const uint8_t *)json, strlen(json), awsc_member_shape(m),
                                 (unsigned char *)p->input + m->offset, p->arena, &jo, err);
        if (status == AWSC_OK)
            awsc__member_set_has(m, p->input, true);
        if (status != AWSC_OK && status != AWSC_E_NOMEM)
            status =
                awsc__fail(err, AWSC_E_INVALID_ARG, "page size %lld does not fit %s: %s",
                           (long long)o->page_size, awsc_member_name(m), err ? err->message : "");
    }
    if (status == AWSC_OK)
        status = o->starting_token ? parse_starting_token(p, o->starting_token, err)
                                   : tokens_of_input(p, &p->next_tokens, err);
    if (status != AWSC_OK) {
        pager_free(p);
        return status;
    }
    *pager = p;
    return AWSC_OK;
}

void awsc_pager_destroy(struct awsc_pager *p)
{
    if (!p)
        return;
    if (p->timer) {
        awsc_transport_timer_cancel(awsc_client_transport(p->client), p->timer);
        p->timer = NULL;
        p->busy = false;
    }
    if (p->busy) {
        p->zombie = true; /* the request in flight frees it */
        return;
    }
    pager_free(p);
}

static int busy_error(struct awsc_error *err)
{
    return awsc__fail(err, AWSC_E_BUSY, "the pager already has a request in flight");
}

int awsc_pager_next_page(struct awsc_pager *p, void **page, struct awsc_error *err)
{
    if (page)
        *page = NULL;
    if (!p)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_pager_next_page: pager is NULL");
    if (p->busy)
        return busy_error(err);
    switch (page_step(p)) {
    case STEP_ERROR:
        return pending_error(p, err);
    case STEP_END:
        return AWSC_OK;
    default:
        break;
    }
    void *out = NULL;
    int status = fetch_sync(p, &out, err);
    if (status != AWSC_OK)
        return status;
    p->handed += key_count(p, awsc_paginator_result_key(p->pg, 0), out);
    if (page)
        *page = out;
    else
        awsc_output_free(out);
    return AWSC_OK;
}

int awsc_pager_next_item(struct awsc_pager *p, const void **item, struct awsc_error *err)
{
    if (item)
        *item = NULL;
    if (!p)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_pager_next_item: pager is NULL");
    if (p->busy)
        return busy_error(err);
    if (!primary_is_list(p))
        return awsc__fail(
            err, AWSC_E_UNSUPPORTED, "%s pages hand out no items: its result key %s is not a list",
            awsc_operation_name(p->op), awsc_jmespath_text(awsc_paginator_result_key(p->pg, 0)));
    for (;;) {
        const void *it;
        switch (item_step(p, &it)) {
        case STEP_ITEM:
            if (item)
                *item = it;
            return AWSC_OK;
        case STEP_END:
            return AWSC_OK;
        case STEP_ERROR:
            return pending_error(p, err);
        case STEP_FETCH:
            break;
        }
        void *page = NULL;
        int status = fetch_sync(p, &page, err);
        if (status == AWSC_OK)
            status = hold_page(p, page, err);
        if (status != AWSC_OK)
            return status;
    }
}

bool awsc_pager_done(const struct awsc_pager *p)
{
    return !p || ((p->end || p->pending_status) && !(p->page && p->item_pos < p->item_count));
}

int64_t awsc_pager_page_count(const struct awsc_pager *p)
{
    return p ? p->pages : 0;
}

int64_t awsc_pager_item_count(const struct awsc_pager *p)
{
    return p ? p->handed : 0;
}

void *awsc_pager_retain_page(const struct awsc_pager *p)
{
    return p ? awsc_output_retain(p->page) : NULL;
}

const char *awsc_pager_resume_token(const struct awsc_pager *cp)
{
    struct awsc_pager *p = (struct awsc_pager *)(uintptr_t)cp;
    if (!p)
        return NULL;
    awsc__free(p->resume);
    p->resume = NULL;
    if (p->pending_status)
        return NULL;
    if (p->page && p->item_pos < p->item_count && p->cur_tokens)
        p->resume = encode_token(p->cur_tokens, (int64_t)p->item_pos + p->cur_skip);
    else if (p->stopped)
        p->resume = p->stop_tokens ? encode_token(p->stop_tokens, p->stop_amount) : NULL;
    else if (!p->end && p->next_tokens)
        p->resume = encode_token(p->next_tokens, p->next_skip);
    return p->resume;
}

/* ------------------------------------------------------------- async */

static void deliver(struct awsc_pager *p, int status, void *page, const void *item,
                    struct awsc_error *call_err)
{
    /* the callback may destroy the pager or start its next request: take
     * what it needs first */
    int kind = p->async_kind;
    awsc_call_trampoline *pt = p->page_tramp;
    awsc_item_trampoline *it = p->item_tramp;
    awsc_fn *cb = p->cb;
    void *ud = p->user_data;
    p->async_kind = ASYNC_NONE;
    p->busy = false;
    struct awsc_error local = AWSC_ERROR_INIT;
    struct awsc_error *err = NULL;
    if (status != AWSC_OK) {
        if (call_err) {
            err = call_err;
        } else {
            err = &local;
            if (status == p->pending_status)
                pending_error(p, err);
        }
        if (!err->message)
            awsc__fail(err, status, "%s", awsc_strerror(status));
    }
    if (kind == ASYNC_PAGE)
        pt(cb, ud, status, page, err);
    else
        it(cb, ud, status, item, err);
    awsc_error_clean_up(&local);
}

static int fetch_async(struct awsc_pager *p, struct awsc_error *err);

/* next_item_async, once a page is in hand or none is needed. */
static void continue_items(struct awsc_pager *p)
{
    for (;;) {
        const void *item;
        switch (item_step(p, &item)) {
        case STEP_ITEM:
            deliver(p, AWSC_OK, NULL, item, NULL);
            return;
        case STEP_END:
            deliver(p, AWSC_OK, NULL, NULL, NULL);
            return;
        case STEP_ERROR:
            deliver(p, p->pending_status, NULL, NULL, NULL);
            return;
        case STEP_FETCH: {
            struct awsc_error err = AWSC_ERROR_INIT;
            int status = fetch_async(p, &err);
            if (status != AWSC_OK) {
                deliver(p, status, NULL, NULL, &err);
                awsc_error_clean_up(&err);
            }
            return;
        }
        }
    }
}

static void page_arrived(void *ud, int status, void *output, struct awsc_error *err)
{
    struct awsc_pager *p = ud;
    if (p->zombie) {
        awsc_output_free(output);
        pager_free(p);
        return;
    }
    struct awsc_error own = AWSC_ERROR_INIT;
    if (status == AWSC_OK && !output) {
        status =
            awsc__fail(&own, AWSC_E_INTERNAL, "%s returned no output", awsc_operation_name(p->op));
        err = &own;
    }
    if (status == AWSC_OK && (status = process_page(p, output, &own)) != AWSC_OK)
        err = &own;
    if (status != AWSC_OK) {
        deliver(p, status, NULL, NULL, err);
    } else if (p->async_kind == ASYNC_PAGE) {
        p->handed += key_count(p, awsc_paginator_result_key(p->pg, 0), output);
        deliver(p, AWSC_OK, output, NULL, NULL);
    } else if ((status = hold_page(p, output, &own)) != AWSC_OK) {
        deliver(p, status, NULL, NULL, &own);
    } else {
        continue_items(p);
    }
    awsc_error_clean_up(&own);
}

static int fetch_async(struct awsc_pager *p, struct awsc_error *err)
{
    int status = prepare_request(p, err);
    if (status == AWSC_OK)
        status = awsc_call_async(p->client, p->op, p->input, page_arrived, p, err);
    if (status == AWSC_OK)
        p->busy = true;
    return status;
}

static void delivery_timer(void *ud)
{
    struct awsc_pager *p = ud;
    p->timer = NULL;
    if (p->async_kind == ASYNC_ITEM) {
        continue_items(p);
        return;
    }
    if (p->pending_status)
        deliver(p, p->pending_status, NULL, NULL, NULL);
    else
        deliver(p, AWSC_OK, NULL, NULL, NULL); /* the end */
}

/* Completes on the loop without a request. */
static int deliver_later(struct awsc_pager *p, struct awsc_error *err)
{
    struct awsc_transport *t = awsc_client_transport(p->client);
    int status = t ? awsc_transport_timer_add(t, 0, delivery_timer, p, &p->timer) : AWSC_E_NOMEM;
    if (status != AWSC_OK)
        return awsc__fail(err, status, "could not schedule the pager's callback: %s",
                          awsc_strerror(status));
    p->busy = true;
    return AWSC_OK;
}

static void generic_page_trampoline(awsc_fn *cb, void *user_data, int status, void *output,
                                    struct awsc_error *err)
{
    ((awsc_call_cb *)(void (*)(void))cb)(user_data, status, output, err);
}

static void generic_item_trampoline(awsc_fn *cb, void *user_data, int status, const void *item,
                                    struct awsc_error *err)
{
    ((awsc_item_cb *)(void (*)(void))cb)(user_data, status, item, err);
}

static int start_async(struct awsc_pager *p, int kind, awsc_call_trampoline *pt,
                       awsc_item_trampoline *it, awsc_fn *cb, void *user_data,
                       struct awsc_error *err)
{
    if (!p || !cb)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "a pager and a callback are required");
    if (p->busy)
        return busy_error(err);
    if (kind == ASYNC_ITEM && !primary_is_list(p))
        return awsc__fail(
            err, AWSC_E_UNSUPPORTED, "%s pages hand out no items: its result key %s is not a list",
            awsc_operation_name(p->op), awsc_jmespath_text(awsc_paginator_result_key(p->pg, 0)));
    p->async_kind = kind;
    p->page_tramp = pt;
    p->item_tramp = it;
    p->cb = cb;
    p->user_data = user_data;
    bool fetch;
    if (kind == ASYNC_PAGE) {
        fetch = page_step(p) == STEP_FETCH;
    } else {
        fetch = !(p->page && p->item_pos < p->item_count) && !p->pending_status && !p->end;
        if (fetch)
            drop_page(p);
    }
    int status = fetch ? fetch_async(p, err) : deliver_later(p, err);
    if (status != AWSC_OK)
        p->async_kind = ASYNC_NONE;
    return status;
}

int awsc_pager_next_page_async(struct awsc_pager *p, awsc_call_cb *cb, void *user_data,
                               struct awsc_error *err)
{
    return start_async(p, ASYNC_PAGE, generic_page_trampoline, NULL, (awsc_fn *)cb, user_data, err);
}

int awsc_pager_next_item_async(struct awsc_pager *p, awsc_item_cb *cb, void *user_data,
                               struct awsc_error *err)
{
    return start_async(p, ASYNC_ITEM, NULL, generic_item_trampoline, (awsc_fn *)cb, user_data, err);
}

/* -------------------------------------------------------- typed entry */

static int check(const struct awsc_pager *p, const struct awsc_paginator *pg,
                 struct awsc_error *err)
{
    if (!p)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "the pager is NULL");
    if (p->pg != pg) {
        const struct awsc_service *svc = awsc_operation_service(p->op);
        return awsc__fail(err, AWSC_E_INVALID_ARG, "this pager pages through %s.%s, not %s.%s",
                          awsc_service_service_id(svc), awsc_operation_name(p->op),
                          paginator_of(svc, pg) ? awsc_service_service_id(svc)
                                                : "(another service)",
                          pg ? awsc_paginator_name(pg) : "(none)");
    }
    return AWSC_OK;
}

int awsc_pager_next_page_typed(struct awsc_pager *p, const struct awsc_paginator *pg, void *out,
                               struct awsc_error *err)
{
    void *page = NULL;
    int status = check(p, pg, err);
    if (status == AWSC_OK)
        status = awsc_pager_next_page(p, out ? &page : NULL, err);
    if (out)
        memcpy(out, &page, sizeof page);
    return status;
}

int awsc_pager_next_item_typed(struct awsc_pager *p, const struct awsc_paginator *pg,
                               bool string_items, void *out, struct awsc_error *err)
{
    const void *item = NULL;
    int status = check(p, pg, err);
    if (status == AWSC_OK)
        status = awsc_pager_next_item(p, &item, err);
    if (!out)
        return status;
    if (string_items) {
        const char *s = item ? *(const char *const *)item : NULL;
        memcpy(out, &s, sizeof s);
    } else {
        memcpy(out, &item, sizeof item);
    }
    return status;
}

int awsc_pager_collect_typed(struct awsc_pager *p, const struct awsc_paginator *pg, void *out,
                             struct awsc_error *err)
{
    void *output = NULL;
    int status = check(p, pg, err);
    if (status == AWSC_OK)
        status = awsc_pager_collect(p, out ? &output : NULL, err);
    if (out)
        memcpy(out, &output, sizeof output);
    return status;
}

int awsc_pager_next_page_async_typed(struct awsc_pager *p, const struct awsc_paginator *pg,
                                     awsc_call_trampoline *trampoline, awsc_fn *cb, void *user_data,
                                     struct awsc_error *err)
{
    int status = check(p, pg, err);
    if (status == AWSC_OK && !trampoline)
        status = awsc__fail(err, AWSC_E_INVALID_ARG, "a trampoline is required");
    if (status == AWSC_OK)
        status = start_async(p, ASYNC_PAGE, trampoline, NULL, cb, user_data, err);
    return status;
}

int awsc_pager_next_item_async_typed(struct awsc_pager *p, const struct awsc_paginator *pg,
                                     awsc_item_trampoline *trampoline, awsc_fn *cb, void *user_data,
                                     struct awsc_error *err)
{
    int status = check(p, pg, err);
    if (status == AWSC_OK && !trampoline)
        status = awsc__fail(err, AWSC_E_INVALID_ARG, "a trampoline is required");
    if (status == AWSC_OK)
        status = start_async(p, ASYNC_ITEM, NULL, trampoline, cb, user_data, err);
    return status;
}

/* ------------------------------------------------------------ collect */

/* One result key (or non-aggregate key) being gathered. */
struct gathered {
    uint16_t path[MAX_PATH];
    size_t depth;
    bool have;
    bool list, integer, floating, string;
    int64_t isum;
    double fsum;
    struct awsc_buf json; /* list elements, ", "-separated; or the value */
    struct awsc_buf text; /* strings, joined */
};

static int gather(struct awsc_pager *p, struct gathered *g, const struct awsc_jmespath *key,
                  void *page, bool aggregate, struct awsc_error *err)
{
    const struct awsc_member *m;
    void *parent;
    void *slot = key_slot(p, key, page, &m, &parent);
    if (!slot || !awsc__member_is_set(m, parent))
        return AWSC_OK;
    struct awsc__jv v = awsc__jv_member(m, parent);
    int status = AWSC_OK;
    uint8_t t = awsc_member_shape(m)->type;
    if (aggregate && t == AWSC_SHAPE_LIST) {
        g->list = true;
        size_t n = awsc__jv_count(&v);
        const struct awsc_list_view *l = slot;
        for (size_t i = 0; i < n && status == AWSC_OK; i++) {
            struct awsc__jv e = awsc__jv_of(awsc_shape_item(awsc_member_shape(m)),
                                            (const unsigned char *)l->items +
                                                i * awsc_shape_item(awsc_member_shape(m))->size);
            if (g->json.len)
                awsc__buf_puts(&g->json, ", ");
            status = awsc__jv_write_json(&g->json, &e, err);
        }
    } else if (aggregate && (t == AWSC_SHAPE_BYTE || t == AWSC_SHAPE_SHORT ||
                             t == AWSC_SHAPE_INTEGER || t == AWSC_SHAPE_LONG)) {
        g->integer = true;
        g->isum += t == AWSC_SHAPE_LONG ? *(const int64_t *)slot : (int64_t)v.number;
    } else if (aggregate && (t == AWSC_SHAPE_FLOAT || t == AWSC_SHAPE_DOUBLE)) {
        g->floating = true;
        g->fsum += v.number;
    } else if (aggregate && t == AWSC_SHAPE_STRING) {
        g->string = true;
        awsc__buf_append(&g->text, v.string, v.len);
    } else if (!g->have) {
        /* anything else: the first value stays, as in botocore */
        status = awsc__jv_write_json(&g->json, &v, err);
    }
    g->have = true;
    if (status == AWSC_OK && (g->json.failed || g->text.failed))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return status;
}

static int finish_gathered(struct gathered *g, struct awsc_error *err)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    int status = AWSC_OK;
    if (g->list) {
        awsc__buf_putc(&b, '[');
        if (g->json.len)
            awsc__buf_append(&b, g->json.data, g->json.len);
        awsc__buf_putc(&b, ']');
    } else if (g->integer) {
        awsc__buf_printf(&b, "%lld", (long long)g->isum);
    } else if (g->floating) {
        awsc__buf_printf(&b, "%.17g", g->fsum);
    } else if (g->string) {
        struct awsc__jv v = {.kind = AWSC__JV_STRING,
                             .string = g->text.data ? g->text.data : "",
                             .len = g->text.len};
        status = awsc__jv_write_json(&b, &v, err);
    } else if (g->json.len) {
        awsc__buf_append(&b, g->json.data, g->json.len);
    }
    if (status == AWSC_OK && b.failed)
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    awsc__buf_clean_up(&g->json);
    g->json = b;
    return status;
}

/* Writes the object of shape s holding the gathered values at `level` of
 * their paths. */
static void emit_gathered(struct awsc_buf *b, const struct awsc_shape *s, struct gathered *g,
                          size_t n, size_t level)
{
    bool first = true;
    awsc__buf_putc(b, '{');
    for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
        struct gathered *leaf = NULL;
        bool deeper = false;
        for (size_t k = 0; k < n; k++) {
            if (!g[k].have || g[k].depth <= level || g[k].path[level] != i)
                continue;
            if (g[k].depth == level + 1) {
                if (!leaf)
                    leaf = &g[k];
            } else {
                deeper = true;
            }
        }
        if (!leaf && !deeper)
            continue;
        if (!first)
            awsc__buf_puts(b, ", ");
        first = false;
        put_key(b, awsc_member_name(&awsc_shape_members(s)[i]));
        if (leaf)
            awsc__buf_append(b, leaf->json.data ? leaf->json.data : "null",
                             leaf->json.data ? leaf->json.len : 4);
        else
            emit_gathered(b, awsc_member_shape(&awsc_shape_members(s)[i]), g, n, level + 1);
    }
    awsc__buf_putc(b, '}');
}

int awsc_pager_collect(struct awsc_pager *p, void **output, struct awsc_error *err)
{
    if (output)
        *output = NULL;
    if (!p)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_pager_collect: pager is NULL");
    if (p->busy)
        return busy_error(err);
    const struct awsc_paginator *pg = p->pg;
    size_t n = pg->result_key_count + pg->non_aggregate_key_count;
    struct gathered *g = awsc__calloc(n, sizeof *g);
    if (!g)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    for (size_t k = 0; k < n; k++) {
        const struct awsc_jmespath *key =
            k < pg->result_key_count
                ? awsc_paginator_result_key(pg, k)
                : awsc_paginator_non_aggregate_key(pg, k - pg->result_key_count);
        g[k].depth = awsc__jp_path(key, g[k].path, MAX_PATH);
    }
    int status = AWSC_OK;
    bool first = true;
    for (;;) {
        void *page = NULL;
        status = awsc_pager_next_page(p, &page, err);
        if (status != AWSC_OK || !page)
            break;
        for (size_t k = 0; k < n && status == AWSC_OK; k++) {
            bool aggregate = k < pg->result_key_count;
            if (aggregate)
                status = gather(p, &g[k], awsc_paginator_result_key(pg, k), page, true, err);
            else if (first)
                status =
                    gather(p, &g[k], awsc_paginator_non_aggregate_key(pg, k - pg->result_key_count),
                           page, false, err);
        }
        first = false;
        awsc_output_free(page);
        if (status != AWSC_OK)
            break;
    }
    for (size_t k = 0; k < n && status == AWSC_OK; k++)
        if (g[k].have)
            status = finish_gathered(&g[k], err);
    struct awsc_buf b = AWSC_BUF_INIT;
    if (status == AWSC_OK) {
        emit_gathered(&b, awsc_operation_output(p->op), g, n, 0);
        if (b.failed)
            status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    for (size_t k = 0; k < n; k++) {
        awsc__buf_clean_up(&g[k].json);
        awsc__buf_clean_up(&g[k].text);
    }
    awsc__free(g);
    if (status == AWSC_OK) {
        struct awsc_arena *a = awsc__arena_new();
        void *out = a ? awsc__output_new(a, awsc_operation_output(p->op)->size) : NULL;
        struct awsc__json_opts opts = {.member_names = true};
        status = out ? awsc__json_read((const uint8_t *)b.data, b.len, awsc_operation_output(p->op),
                                       out, a, &opts, err)
                     : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        if (status == AWSC_OK && output)
            *output = out;
        else
            awsc__arena_destroy(a);
    }
    awsc__buf_clean_up(&b);
    return status;
}
