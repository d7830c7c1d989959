/*
 * The C side of tests/dynamodb/easy_test.py: builds values and conditions
 * through <awsc/dynamodb_easy.h> from specs the test writes, and runs the
 * batch writer, printing what the test compares with boto3 and dynalite.
 *
 *   easy_tool values                   specs on stdin -> JSON or ERROR lines
 *   easy_tool put URL TABLE            specs on stdin: item {pk: "case<i>", v: value} each,
 *                                      read back (GetItem), printed as JSON with the numbers'
 *                                      getters (int64, uint64, double)
 *   easy_tool get URL TABLE N          items case0..case<N-1> printed as above
 *   easy_tool conds                    condition specs on stdin -> JSON lines
 *   easy_tool batch URL TABLE COUNT sync|async [dedup]
 *   easy_tool query URL TABLE PK       every item of a partition, through the paginator
 *   easy_tool bad                      bad input: one line per case, the error
 *
 * Value specs (tokens split by spaces): S:<hex> N:<text> I:<int64>
 * U:<uint64> D:<hex float> B:<hex> T F Z(null) SS:<hex>,.. NS:<text>,..
 * BS:<hex>,.. L<n> <value>*n M<n> (<hex name> <value>)*n.
 * Condition specs: lines of (k|f) <cond>, conds: EQ|NE|LT|LTE|GT|GTE|BW|CT
 * <opnd> <value>, BT <opnd> <value> <value>, IN <opnd> <n> <value>*n, AT
 * <opnd> <type>, EX|NX <opnd>, AND|OR <cond> <cond>, NOT <cond>; operands:
 * K:<hex> A:<hex> SIZE <opnd>.
 */
#include <awsc/dynamodb_easy.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct parser {
    struct awsc_ddb_arena *a;
    char *save;
    const char *bad; /* the spec is malformed */
};

static char *next_token(struct parser *p)
{
    char *t = strtok_r(NULL, " \n", &p->save);
    if (!t)
        p->bad = "spec ends early";
    return t;
}

static char *unhex(struct awsc_ddb_arena *a, const char *h, size_t *len, struct parser *p)
{
    (void)a;
    size_t n = strlen(h) / 2;
    char *out = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        if (sscanf(h + 2 * i, "%2x", &v) != 1)
            p->bad = "bad hex";
        out[i] = (char)v;
    }
    out[n] = 0;
    *len = n;
    return out;
}

static awsc_ddb_value parse_value(struct parser *p, const char *t);

static awsc_ddb_value parse_set(struct parser *p, char kind, const char *list)
{
    char *copy = strdup(list), *save = NULL;
    const char *items[64];
    struct awsc_blob blobs[64];
    char *owned[64];
    size_t n = 0, len = 0;
    for (char *it = strtok_r(copy, ",", &save); it && n < 64; it = strtok_r(NULL, ",", &save)) {
        owned[n] = kind == 'N' ? NULL : unhex(p->a, it, &len, p);
        items[n] = kind == 'N' ? it : owned[n];
        blobs[n] = (struct awsc_blob){(const uint8_t *)owned[n], len};
        n++;
    }
    awsc_ddb_value v = kind == 'S'   ? awsc_ddb_ss(p->a, items, n)
                       : kind == 'N' ? awsc_ddb_ns(p->a, items, n)
                                     : awsc_ddb_bs(p->a, blobs, n);
    for (size_t i = 0; i < n; i++)
        free(owned[i]);
    free(copy);
    return v;
}

static awsc_ddb_value parse_value(struct parser *p, const char *t)
{
    awsc_ddb_value none = {0};
    if (!t)
        return none;
    size_t len;
    if (strncmp(t, "SS:", 3) == 0)
        return parse_set(p, 'S', t + 3);
    if (strncmp(t, "NS:", 3) == 0)
        return parse_set(p, 'N', t + 3);
    if (strncmp(t, "BS:", 3) == 0)
        return parse_set(p, 'B', t + 3);
    if (strncmp(t, "S:", 2) == 0) {
        char *s = unhex(p->a, t + 2, &len, p);
        awsc_ddb_value v = awsc_ddb_s(p->a, s);
        free(s);
        return v;
    }
    if (strncmp(t, "B:", 2) == 0) {
        char *s = unhex(p->a, t + 2, &len, p);
        awsc_ddb_value v = awsc_ddb_b(p->a, s, len);
        free(s);
        return v;
    }
    if (strncmp(t, "N:", 2) == 0)
        return awsc_ddb_n(p->a, t + 2);
    if (strncmp(t, "I:", 2) == 0)
        return awsc_ddb_n_int(p->a, strtoll(t + 2, NULL, 10));
    if (strncmp(t, "U:", 2) == 0)
        return awsc_ddb_n_uint(p->a, strtoull(t + 2, NULL, 10));
    if (strncmp(t, "D:", 2) == 0)
        return awsc_ddb_n_double(p->a, strtod(t + 2, NULL));
    if (strcmp(t, "T") == 0 || strcmp(t, "F") == 0)
        return awsc_ddb_bool(p->a, t[0] == 'T');
    if (strcmp(t, "Z") == 0)
        return awsc_ddb_null(p->a);
    if (t[0] == 'L') {
        size_t n = strtoul(t + 1, NULL, 10);
        awsc_ddb_value *items = calloc(n + 1, sizeof *items);
        for (size_t i = 0; i < n; i++)
            items[i] = parse_value(p, next_token(p));
        awsc_ddb_value v = awsc_ddb_list(p->a, items, n);
        free(items);
        return v;
    }
    if (t[0] == 'M') {
        size_t n = strtoul(t + 1, NULL, 10);
        awsc_ddb_value *values = calloc(n + 1, sizeof *values);
        char **names = calloc(n + 1, sizeof *names);
        for (size_t i = 0; i < n; i++) {
            const char *h = next_token(p);
            names[i] = h ? unhex(p->a, h, &len, p) : strdup("");
            values[i] = parse_value(p, next_token(p));
        }
        awsc_ddb_value v = awsc_ddb_map_of(p->a, (const char *const *)names, values, n);
        for (size_t i = 0; i < n; i++)
            free(names[i]);
        free(names);
        free(values);
        return v;
    }
    p->bad = "unknown value token";
    return none;
}

static awsc_ddb_value parse_line(struct parser *p, char *line)
{
    p->save = NULL;
    p->bad = NULL;
    char *t = strtok_r(line, " \n", &p->save);
    return parse_value(p, t);
}

static void print_error(const char *prefix, int rc, const struct awsc_error *err)
{
    printf("%sERROR %s %s\n", prefix, awsc_status_name(rc), err->message ? err->message : "");
}

/* ------------------------------------------------------------ values */

static int cmd_values(void)
{
    char line[65536];
    while (fgets(line, sizeof line, stdin)) {
        struct awsc_ddb_arena *a = awsc_ddb_arena_new();
        struct parser p = {a, NULL, NULL};
        awsc_ddb_value v = parse_line(&p, line);
        const char *json = awsc_ddb_json(a, &v);
        struct awsc_error err = AWSC_ERROR_INIT;
        int rc = awsc_ddb_arena_error(a, &err);
        if (p.bad)
            printf("BADSPEC %s\n", p.bad);
        else if (rc != AWSC_OK)
            print_error("", rc, &err);
        else
            printf("%s\n", json);
        awsc_error_clean_up(&err);
        awsc_ddb_arena_destroy(a);
    }
    return 0;
}

static struct awsc_client *client_for(const char *url)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_dynamodb_client_new(&cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        exit(1);
    }
    return c;
}

/* Prints {"v": <json>, "int64": ..., "uint64": ..., "double": ...} of an
 * item's "v" attribute; the getters' errors as strings. */
static void print_read_back(struct awsc_client *c, const char *table, const char *pk)
{
    struct awsc_ddb_arena *a = awsc_ddb_arena_new();
    awsc_ddb_value key = awsc_ddb_map(a, 1, "pk", awsc_ddb_s(a, pk));
    struct awsc_dynamodb_get_item_input in = {
        .table_name = table, .key = key.m, .has_consistent_read = true, .consistent_read = true};
    struct awsc_dynamodb_get_item_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_dynamodb_get_item(c, &in, &out, &err);
    if (rc != AWSC_OK) {
        print_error("", rc, &err);
    } else {
        awsc_ddb_value item = AWSC_DDB_ITEM_M(out->item);
        const awsc_ddb_value *v = awsc_ddb_get(&item, "v");
        if (!v) {
            printf("MISSING %s\n", pk);
        } else {
            printf("{\"v\": %s", awsc_ddb_json(a, v));
            if (v->n) {
                int64_t i;
                uint64_t u;
                double d;
                struct awsc_error e = AWSC_ERROR_INIT;
                if (awsc_ddb_get_int64(v, &i, &e) == AWSC_OK)
                    printf(", \"int64\": %" PRId64, i);
                else
                    printf(", \"int64\": \"error\"");
                awsc_error_clean_up(&e);
                if (awsc_ddb_get_uint64(v, &u, &e) == AWSC_OK)
                    printf(", \"uint64\": %" PRIu64, u);
                else
                    printf(", \"uint64\": \"error\"");
                awsc_error_clean_up(&e);
                if (awsc_ddb_get_double(v, &d, &e) == AWSC_OK)
                    printf(", \"double\": \"%a\"", d);
                else
                    printf(", \"double\": \"error\"");
                awsc_error_clean_up(&e);
            }
            printf("}\n");
        }
        awsc_output_free(out);
    }
    awsc_error_clean_up(&err);
    awsc_ddb_arena_destroy(a);
}

static int cmd_put(const char *url, const char *table)
{
    struct awsc_client *c = client_for(url);
    char line[65536];
    int i = 0;
    while (fgets(line, sizeof line, stdin)) {
        struct awsc_ddb_arena *a = awsc_ddb_arena_new();
        struct parser p = {a, NULL, NULL};
        char pk[32];
        snprintf(pk, sizeof pk, "case%d", i++);
        awsc_ddb_value v = parse_line(&p, line);
        awsc_ddb_value item = awsc_ddb_map(a, 2, "pk", awsc_ddb_s(a, pk), "v", v);
        struct awsc_error err = AWSC_ERROR_INIT;
        int rc = awsc_ddb_arena_error(a, &err);
        if (rc == AWSC_OK)
            rc = awsc_ddb_put_item(c, table, &item, &err);
        if (rc != AWSC_OK)
            print_error("", rc, &err);
        else
            print_read_back(c, table, pk);
        awsc_error_clean_up(&err);
        awsc_ddb_arena_destroy(a);
    }
    awsc_client_destroy(c);
    return 0;
}

static int cmd_get(const char *url, const char *table, int n)
{
    struct awsc_client *c = client_for(url);
    for (int i = 0; i < n; i++) {
        char pk[32];
        snprintf(pk, sizeof pk, "case%d", i);
        print_read_back(c, table, pk);
    }
    awsc_client_destroy(c);
    return 0;
}

/* -------------------------------------------------------- conditions */

static const struct awsc_ddb_operand *parse_operand(struct parser *p, const char *t)
{
    if (!t)
        return NULL;
    size_t len;
    if (strcmp(t, "SIZE") == 0)
        return awsc_ddb_size(p->a, parse_operand(p, next_token(p)));
    if ((t[0] == 'K' || t[0] == 'A') && t[1] == ':') {
        char *name = unhex(p->a, t + 2, &len, p);
        const struct awsc_ddb_operand *o =
            t[0] == 'K' ? awsc_ddb_key(p->a, name) : awsc_ddb_attr(p->a, name);
        free(name);
        return o;
    }
    p->bad = "unknown operand token";
    return NULL;
}

static const struct awsc_ddb_cond *parse_cond(struct parser *p, const char *t)
{
    static const struct {
        const char *token;
        const struct awsc_ddb_cond *(*fn)(struct awsc_ddb_arena *, const struct awsc_ddb_operand *,
                                          awsc_ddb_value);
    } CMP[] = {{"EQ", awsc_ddb_eq},          {"NE", awsc_ddb_ne},      {"LT", awsc_ddb_lt},
               {"LTE", awsc_ddb_lte},        {"GT", awsc_ddb_gt},      {"GTE", awsc_ddb_gte},
               {"BW", awsc_ddb_begins_with}, {"CT", awsc_ddb_contains}};
    if (!t)
        return NULL;
    for (size_t i = 0; i < sizeof CMP / sizeof CMP[0]; i++)
        if (strcmp(t, CMP[i].token) == 0) {
            const struct awsc_ddb_operand *o = parse_operand(p, next_token(p));
            return CMP[i].fn(p->a, o, parse_value(p, next_token(p)));
        }
    if (strcmp(t, "BT") == 0) {
        const struct awsc_ddb_operand *o = parse_operand(p, next_token(p));
        awsc_ddb_value lo = parse_value(p, next_token(p));
        return awsc_ddb_between(p->a, o, lo, parse_value(p, next_token(p)));
    }
    if (strcmp(t, "IN") == 0) {
        const struct awsc_ddb_operand *o = parse_operand(p, next_token(p));
        const char *nt = next_token(p);
        size_t n = nt ? strtoul(nt, NULL, 10) : 0;
        awsc_ddb_value *vs = calloc(n + 1, sizeof *vs);
        for (size_t i = 0; i < n; i++)
            vs[i] = parse_value(p, next_token(p));
        const struct awsc_ddb_cond *c = awsc_ddb_is_in(p->a, o, vs, n);
        free(vs);
        return c;
    }
    if (strcmp(t, "AT") == 0) {
        const struct awsc_ddb_operand *o = parse_operand(p, next_token(p));
        return awsc_ddb_attribute_type(p->a, o, next_token(p));
    }
    if (strcmp(t, "EX") == 0)
        return awsc_ddb_exists(p->a, parse_operand(p, next_token(p)));
    if (strcmp(t, "NX") == 0)
        return awsc_ddb_not_exists(p->a, parse_operand(p, next_token(p)));
    if (strcmp(t, "AND") == 0 || strcmp(t, "OR") == 0) {
        const struct awsc_ddb_cond *l = parse_cond(p, next_token(p));
        const struct awsc_ddb_cond *r = parse_cond(p, next_token(p));
        return t[0] == 'A' ? awsc_ddb_and(p->a, l, r) : awsc_ddb_or(p->a, l, r);
    }
    if (strcmp(t, "NOT") == 0)
        return awsc_ddb_not(p->a, parse_cond(p, next_token(p)));
    p->bad = "unknown condition token";
    return NULL;
}

/* s as a JSON string literal (DynamoDB JSON's {"S": ...} unwrapped). */
static void print_jstr(struct awsc_ddb_arena *a, const char *s)
{
    awsc_ddb_value v = awsc_ddb_s(a, s);
    const char *j = awsc_ddb_json(a, &v);
    size_t n = j ? strlen(j) : 0;
    if (n < 8)
        printf("null");
    else
        printf("%.*s", (int)(n - 7), j + 6);
}

static int cmd_conds(void)
{
    char line[65536];
    while (fgets(line, sizeof line, stdin)) {
        struct awsc_ddb_arena *a = awsc_ddb_arena_new();
        struct parser p = {a, NULL, NULL};
        struct awsc_ddb_expressions ex = AWSC_DDB_EXPRESSIONS_INIT;
        struct awsc_error err = AWSC_ERROR_INIT;
        int rc = AWSC_OK;
        const char *texts[16];
        int nt = 0;
        char *t = strtok_r(line, " \n", &p.save);
        while (t && rc == AWSC_OK && nt < 16) {
            bool key = strcmp(t, "k") == 0;
            const struct awsc_ddb_cond *c = parse_cond(&p, next_token(&p));
            rc = awsc_ddb_build(a, &ex, c, key, &texts[nt++], &err);
            t = strtok_r(NULL, " \n", &p.save);
        }
        if (p.bad) {
            printf("BADSPEC %s\n", p.bad);
        } else if (rc != AWSC_OK) {
            print_error("", rc, &err);
        } else {
            printf("{\"exprs\": [");
            for (int i = 0; i < nt; i++) {
                printf("%s", i ? ", " : "");
                print_jstr(a, texts[i]);
            }
            printf("], \"names\": {");
            for (size_t i = 0; i < ex.names.count; i++) {
                printf("%s", i ? ", " : "");
                print_jstr(a, ex.names.entries[i].key);
                printf(": ");
                print_jstr(a, ex.names.entries[i].value);
            }
            printf("}, \"values\": {");
            for (size_t i = 0; i < ex.values.count; i++)
                printf("%s\"%s\": %s", i ? ", " : "", ex.values.entries[i].key,
                       awsc_ddb_json(a, &ex.values.entries[i].value));
            printf("}}\n");
        }
        awsc_error_clean_up(&err);
        awsc_ddb_arena_destroy(a);
    }
    return 0;
}

/* --------------------------------------------------------- batch writer */

struct flush_state {
    bool done;
    int status;
    char message[512];
};

static void on_flushed(void *ud, int status, const struct awsc_error *err)
{
    struct flush_state *f = ud;
    f->done = true;
    f->status = status;
    if (err)
        snprintf(f->message, sizeof f->message, "%s", err->message);
}

/* COUNT items pk "item<i>", n = i, payload; with dedup each key is put
 * twice (the first with payload "stale") and a pkey option set. */
static int cmd_batch(const char *url, const char *table, int count, bool async, bool dedup)
{
    struct awsc_client *c = client_for(url);
    const char *pkeys[] = {"pk"};
    struct awsc_ddb_batch_options o = AWSC_DDB_BATCH_OPTIONS_INIT;
    o.base_delay_ms = 10;
    o.max_delay_ms = 200;
    if (dedup) {
        o.pkeys = pkeys;
        o.pkey_count = 1;
    }
    struct awsc_ddb_batch_writer *w = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = async ? awsc_ddb_batch_writer_new_async(c, table, &o, &w, &err)
                   : awsc_ddb_batch_writer_new(c, table, &o, &w, &err);
    for (int i = 0; i < count && rc == AWSC_OK; i++) {
        struct awsc_ddb_arena *a = awsc_ddb_arena_new();
        char pk[32];
        snprintf(pk, sizeof pk, "item%d", i);
        for (int round = dedup ? 0 : 1; round < 2 && rc == AWSC_OK; round++) {
            awsc_ddb_value item =
                awsc_ddb_map(a, 3, "pk", awsc_ddb_s(a, pk), "n", awsc_ddb_n_int(a, i), "payload",
                             awsc_ddb_s(a, round ? pk : "stale"));
            rc = awsc_ddb_arena_error(a, &err);
            if (rc == AWSC_OK)
                rc = awsc_ddb_batch_put(w, &item, &err);
        }
        awsc_ddb_arena_destroy(a);
    }
    if (rc == AWSC_OK && !async) {
        rc = awsc_ddb_batch_flush(w, &err);
    } else if (rc == AWSC_OK) {
        struct flush_state f = {false, 0, ""};
        rc = awsc_ddb_batch_flush_async(w, on_flushed, &f, &err);
        if (rc == AWSC_OK) {
            while (!f.done && awsc_client_poll(c, 1000) >= 0)
                ;
            rc = f.status;
            if (rc != AWSC_OK)
                printf("ERROR %s %s\n", awsc_status_name(rc), f.message);
        }
    }
    if (rc != AWSC_OK && err.message)
        print_error("", rc, &err);
    struct awsc_ddb_batch_stats s = awsc_ddb_batch_stats(w);
    printf("{\"calls\": %zu, \"written\": %zu, \"resubmitted\": %zu, \"replaced\": %zu, "
           "\"pending\": %zu}\n",
           s.calls, s.written, s.resubmitted, s.replaced, awsc_ddb_batch_pending(w));
    awsc_ddb_batch_writer_destroy(w);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
    return rc == AWSC_OK ? 0 : 1;
}

/* ------------------------------------------------------------- query */

static int cmd_query(const char *url, const char *table, const char *pk)
{
    struct awsc_client *c = client_for(url);
    struct awsc_ddb_arena *a = awsc_ddb_arena_new();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_dynamodb_query_input q = {.table_name = table};
    const struct awsc_ddb_cond *key =
        awsc_ddb_and(a, awsc_ddb_eq(a, awsc_ddb_key(a, "pk"), awsc_ddb_s(a, pk)),
                     awsc_ddb_begins_with(a, awsc_ddb_key(a, "sk"), awsc_ddb_s(a, "r")));
    const struct awsc_ddb_cond *filter =
        awsc_ddb_gte(a, awsc_ddb_attr(a, "n"), awsc_ddb_n_int(a, 10));
    int rc = awsc_ddb_query_where(a, &q, key, filter, &err);
    struct awsc_pager *pager = NULL;
    struct awsc_page_options po = AWSC_PAGE_OPTIONS_INIT;
    po.page_size = 7;
    if (rc == AWSC_OK)
        rc = awsc_dynamodb_query_paginate(c, &q, &po, &pager, &err);
    const struct awsc_dynamodb_attribute_map *item;
    while (rc == AWSC_OK && (rc = awsc_dynamodb_query_next_item(pager, &item, &err)) == AWSC_OK &&
           item) {
        awsc_ddb_value m = AWSC_DDB_ITEM_M(*item);
        printf("%s\n", awsc_ddb_json(a, awsc_ddb_get(&m, "sk")));
    }
    if (rc != AWSC_OK)
        print_error("", rc, &err);
    awsc_pager_destroy(pager);
    /* scan with a filter, through the paginator too */
    struct awsc_dynamodb_scan_input s = {.table_name = table};
    if (rc == AWSC_OK)
        rc = awsc_ddb_scan_where(a, &s, awsc_ddb_lt(a, awsc_ddb_attr(a, "n"), awsc_ddb_n_int(a, 5)),
                                 &err);
    if (rc == AWSC_OK)
        rc = awsc_dynamodb_scan_paginate(c, &s, &po, &pager, &err);
    int scanned = 0;
    while (rc == AWSC_OK && (rc = awsc_dynamodb_scan_next_item(pager, &item, &err)) == AWSC_OK &&
           item)
        scanned++;
    if (rc != AWSC_OK)
        print_error("", rc, &err);
    printf("scan %d\n", scanned);
    awsc_pager_destroy(pager);
    awsc_error_clean_up(&err);
    awsc_ddb_arena_destroy(a);
    awsc_client_destroy(c);
    return rc == AWSC_OK ? 0 : 1;
}

/* --------------------------------------------------------- bad input */

static void report(const char *what, struct awsc_ddb_arena *a)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_ddb_arena_error(a, &err);
    printf("%s\t%s\t%s\n", what, awsc_status_name(rc), err.message ? err.message : "");
    awsc_error_clean_up(&err);
}

static int cmd_bad(void)
{
    static const char *const numbers[] = {
        "1E+126", "-1E+126",  "1E-131", "12345678901234567890123456789012345678.9",
        "NaN",    "Infinity", "",       "1e",
        "--1",    "0x10",     "1.2.3",  "1e999999999999",
    };
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        struct awsc_ddb_arena *a = awsc_ddb_arena_new();
        awsc_ddb_value v = awsc_ddb_n(a, numbers[i]);
        (void)v;
        char what[80];
        snprintf(what, sizeof what, "n(\"%s\")", numbers[i]);
        report(what, a);
        awsc_ddb_arena_destroy(a);
    }
    struct {
        const char *what;
        int which;
    } cases[] = {{"key(\"\")", 0},
                 {"attr(\"\")", 1},
                 {"attr(NULL)", 2},
                 {"attr(\"[0]\") built", 3},
                 {"Attr in key condition", 4},
                 {"ne(Key)", 5},
                 {"ns({})", 6},
                 {"ss dup", 7},
                 {"n_double(inf)", 8},
                 {"map dup", 9},
                 {"is_in(0)", 10},
                 {"batch item without pk", 11}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct awsc_ddb_arena *a = awsc_ddb_arena_new();
        struct awsc_ddb_expressions ex = AWSC_DDB_EXPRESSIONS_INIT;
        struct awsc_error err = AWSC_ERROR_INIT;
        const char *text = NULL;
        const char *ss[] = {"x", "x"};
        int rc = AWSC_OK;
        switch (cases[i].which) {
        case 0:
            awsc_ddb_key(a, "");
            break;
        case 1:
            awsc_ddb_eq(a, awsc_ddb_attr(a, ""), awsc_ddb_s(a, "v"));
            break;
        case 2:
            awsc_ddb_attr(a, NULL);
            break;
        case 3:
            rc = awsc_ddb_build(a, &ex, awsc_ddb_exists(a, awsc_ddb_attr(a, "[0]")), false, &text,
                                &err);
            break;
        case 4:
            rc = awsc_ddb_build(a, &ex, awsc_ddb_eq(a, awsc_ddb_attr(a, "pk"), awsc_ddb_s(a, "v")),
                                true, &text, &err);
            break;
        case 5:
            awsc_ddb_ne(a, awsc_ddb_key(a, "pk"), awsc_ddb_s(a, "v"));
            break;
        case 6:
            awsc_ddb_ns(a, NULL, 0);
            break;
        case 7:
            awsc_ddb_ss(a, ss, 2);
            break;
        case 8:
            awsc_ddb_n_double(a, 1.0 / 0.0);
            break;
        case 9:
            awsc_ddb_map(a, 2, "a", awsc_ddb_s(a, "1"), "a", awsc_ddb_s(a, "2"));
            break;
        case 10:
            awsc_ddb_is_in(a, awsc_ddb_attr(a, "x"), NULL, 0);
            break;
        case 11: {
            struct awsc_ddb_batch_writer *w = NULL;
            const char *pk[] = {"pk"};
            struct awsc_ddb_batch_options o = AWSC_DDB_BATCH_OPTIONS_INIT;
            o.pkeys = pk;
            o.pkey_count = 1;
            struct awsc_config cfg = AWSC_CONFIG_INIT;
            cfg.endpoint_url = "http://127.0.0.1:9";
            cfg.region = "us-east-1";
            struct awsc_client *c = NULL;
            rc = awsc_dynamodb_client_new(&cfg, &c, &err);
            if (rc == AWSC_OK)
                rc = awsc_ddb_batch_writer_new(c, "t", &o, &w, &err);
            awsc_ddb_value item = awsc_ddb_map(a, 1, "other", awsc_ddb_s(a, "v"));
            if (rc == AWSC_OK)
                rc = awsc_ddb_batch_put(w, &item, &err);
            awsc_ddb_batch_writer_destroy(w);
            awsc_client_destroy(c);
            break;
        }
        }
        if (rc != AWSC_OK)
            printf("%s\t%s\t%s\n", cases[i].what, awsc_status_name(rc), err.message);
        else
            report(cases[i].what, a);
        awsc_error_clean_up(&err);
        awsc_ddb_arena_destroy(a);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "values") == 0)
        return cmd_values();
    if (argc >= 4 && strcmp(argv[1], "put") == 0)
        return cmd_put(argv[2], argv[3]);
    if (argc >= 5 && strcmp(argv[1], "get") == 0)
        return cmd_get(argv[2], argv[3], atoi(argv[4]));
    if (argc >= 2 && strcmp(argv[1], "conds") == 0)
        return cmd_conds();
    if (argc >= 6 && strcmp(argv[1], "batch") == 0)
        return cmd_batch(argv[2], argv[3], atoi(argv[4]), strcmp(argv[5], "async") == 0,
                         argc > 6 && strcmp(argv[6], "dedup") == 0);
    if (argc >= 5 && strcmp(argv[1], "query") == 0)
        return cmd_query(argv[2], argv[3], argv[4]);
    if (argc >= 2 && strcmp(argv[1], "bad") == 0)
        return cmd_bad();
    fprintf(stderr, "usage: see the comment at the top of easy_tool.c\n");
    return 2;
}
