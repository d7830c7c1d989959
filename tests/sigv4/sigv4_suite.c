/*
 * Runs every case of the SigV4 test suite (aws4_testsuite, as shipped in
 * botocore's tests/unit/auth) through awsc__sigv4_sign and compares the
 * canonical request (.creq), the string to sign (.sts) and the
 * Authorization header (.authz).
 *
 *   sigv4_suite SUITE_DIR SKIP_FILE
 *
 * A case is a folder holding NAME.req; its name is its path below
 * SUITE_DIR ("normalize-path/get-space"). SKIP_FILE lists cases not run,
 * one per line ("NAME  reason"; '#' starts a comment). The requests are
 * read the way botocore's test_sigv4.py reads them: the request target's
 * path goes to the signer as written and its query is decoded into
 * parameters; the session token, when there is one, is the
 * x-amz-security-token value of the expected canonical request. The last
 * line of output is "N passed, N failed, N skipped".
 */
#include "auth/auth.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ACCESS_KEY "AKIDEXAMPLE"
#define SECRET_KEY "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
#define REGION     "us-east-1"
#define SERVICE    "service"

/* ---- small utilities ---- */

/* printf into a new string (free with awsc__free). */
static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    va_list ap;
    va_start(ap, f);
    awsc__buf_vprintf(&b, f, ap);
    va_end(ap);
    return awsc__buf_steal(&b);
}

static char *read_all(const char *path, size_t *len_out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        awsc__buf_append(&b, chunk, n);
    fclose(f);
    awsc__buf_append(&b, "", 0);
    if (len_out)
        *len_out = b.len;
    return awsc__buf_steal(&b);
}

/* Expected outputs are compared with carriage returns removed, as
 * botocore's test does. */
static char *read_expected(const char *dir, const char *base, const char *ext)
{
    char *path = fmt("%s/%s.%s", dir, base, ext);
    char *s = read_all(path, NULL);
    awsc__free(path);
    if (!s)
        return NULL;
    char *w = s;
    for (char *r = s; *r; r++)
        if (*r != '\r')
            *w++ = *r;
    *w = '\0';
    return s;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* urllib's unquote_plus for one query component. */
static char *unquote_plus(const char *s, size_t n)
{
    char *out = malloc(n + 1), *w = out;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+') {
            *w++ = ' ';
        } else if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            *w++ = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
            i += 2;
        } else {
            *w++ = s[i];
        }
    }
    *w = '\0';
    return out;
}

/* ---- the raw request ---- */

#define MAX_HEADERS 64
#define MAX_PARAMS  64

struct raw_request {
    char *text; /* the file, cut in place */
    char *method;
    char *path;
    struct awsc__query_param params[MAX_PARAMS];
    size_t param_count;
    struct awsc_http_header headers[MAX_HEADERS];
    char *header_values[MAX_HEADERS]; /* owned: values with folded lines */
    size_t header_count;
    const char *body;
    size_t body_len;
};

static void raw_free(struct raw_request *r)
{
    for (size_t i = 0; i < r->param_count; i++) {
        free((char *)r->params[i].name);
        free((char *)r->params[i].value);
    }
    for (size_t i = 0; i < r->header_count; i++)
        free(r->header_values[i]);
    awsc__free(r->text);
}

/* Next line of the file: cut at '\n' (a '\r' before it is dropped). */
static char *next_line(char **cursor, char *end)
{
    if (*cursor >= end)
        return NULL;
    char *line = *cursor;
    char *nl = memchr(line, '\n', (size_t)(end - line));
    char *stop = nl ? nl : end;
    *cursor = nl ? nl + 1 : end;
    if (stop > line && stop[-1] == '\r')
        stop--;
    *stop = '\0';
    return line;
}

static bool parse_query(struct raw_request *r, const char *q)
{
    while (*q) {
        const char *amp = strchr(q, '&');
        size_t len = amp ? (size_t)(amp - q) : strlen(q);
        if (len) {
            if (r->param_count == MAX_PARAMS)
                return false;
            const char *eq = memchr(q, '=', len);
            size_t klen = eq ? (size_t)(eq - q) : len;
            r->params[r->param_count].name = unquote_plus(q, klen);
            r->params[r->param_count].value =
                eq ? unquote_plus(eq + 1, len - klen - 1) : unquote_plus("", 0);
            r->param_count++;
        }
        if (!amp)
            break;
        q = amp + 1;
    }
    return true;
}

static bool parse_request(const char *path, struct raw_request *r, char *why, size_t why_len)
{
    memset(r, 0, sizeof *r);
    size_t len = 0;
    r->text = read_all(path, &len);
    if (!r->text) {
        snprintf(why, why_len, "cannot read %.200s", path);
        return false;
    }
    char *cur = r->text, *end = r->text + len;
    char *line = next_line(&cur, end);
    /* METHOD SP TARGET SP HTTP/1.1 (the target may hold spaces) */
    char *sp1 = line ? strchr(line, ' ') : NULL;
    char *sp2 = line ? strrchr(line, ' ') : NULL;
    if (!sp1 || sp2 == sp1 || strncmp(sp2 + 1, "HTTP/", 5) != 0) {
        snprintf(why, why_len, "bad request line");
        return false;
    }
    *sp1 = '\0';
    *sp2 = '\0';
    r->method = line;
    char *target = sp1 + 1;
    char *qmark = strchr(target, '?');
    if (qmark) {
        *qmark = '\0';
        if (!parse_query(r, qmark + 1)) {
            snprintf(why, why_len, "too many query parameters");
            return false;
        }
    }
    r->path = target;

    while ((line = next_line(&cur, end)) != NULL && *line) {
        if ((*line == ' ' || *line == '\t') && r->header_count) {
            /* a folded line continues the previous header's value */
            char **v = &r->header_values[r->header_count - 1];
            size_t a = strlen(*v), b = strlen(line);
            char *nv = realloc(*v, a + b + 2);
            nv[a] = '\n';
            memcpy(nv + a + 1, line, b + 1);
            *v = nv;
            r->headers[r->header_count - 1].value = nv;
            continue;
        }
        char *colon = strchr(line, ':');
        if (!colon || r->header_count == MAX_HEADERS) {
            snprintf(why, why_len, "bad header line '%s'", line);
            return false;
        }
        *colon = '\0';
        r->header_values[r->header_count] = strdup(colon + 1);
        r->headers[r->header_count].name = line;
        r->headers[r->header_count].value = r->header_values[r->header_count];
        r->header_count++;
    }
    r->body = cur;
    r->body_len = (size_t)(end - cur);
    return true;
}

/* ---- one case ---- */

static void show_diff(const char *what, const char *want, const char *got)
{
    printf("    %s differs\n    --- expected ---\n%s\n    --- got ---\n%s\n    ---\n", what, want,
           got);
}

static bool run_case(struct awsc__signer *signer, const char *dir, const char *name)
{
    const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
    char why[512] = "";
    char *path = fmt("%s/%s.req", dir, base);

    char *creq = read_expected(dir, base, "creq");
    char *sts = read_expected(dir, base, "sts");
    char *authz = read_expected(dir, base, "authz");
    struct raw_request r;
    bool ok = parse_request(path, &r, why, sizeof why);
    awsc__free(path);
    if (!creq || !sts || !authz) {
        snprintf(why, sizeof why, "missing .creq, .sts or .authz");
        ok = false;
    }

    /* the token, as botocore's test finds it */
    char *token = NULL;
    if (ok) {
        const char *t = strstr(creq, "\nx-amz-security-token:");
        if (t) {
            t += strlen("\nx-amz-security-token:");
            token = strndup(t, strcspn(t, "\n"));
        }
    }

    struct awsc__sign_result out = AWSC__SIGN_RESULT_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (ok) {
        uint8_t digest[32];
        char payload[65];
        awsc__sha256(r.body, r.body_len, digest);
        awsc__hex_encode(digest, 32, payload);
        struct awsc_credentials creds = {ACCESS_KEY, SECRET_KEY, token};
        struct awsc__sign_request req = {
            .method = r.method,
            .path = r.path,
            .params = r.params,
            .param_count = r.param_count,
            .headers = r.headers,
            .header_count = r.header_count,
            .payload_hash = payload,
            .credentials = &creds,
            .region = REGION,
            .service = SERVICE,
            .time = {awsc__days_from_civil(2015, 8, 30) * 86400 + 12 * 3600 + 36 * 60, 0},
            .normalize_path = true,
            .uri_encode_path = true,
        };
        int rc = awsc__sigv4_sign(signer, &req, &out, &err);
        if (rc != AWSC_OK) {
            snprintf(why, sizeof why, "signing failed: %.400s", err.message);
            ok = false;
        }
    }
    if (ok) {
        if (strcmp(out.canonical_request.data, creq) != 0) {
            show_diff("canonical request", creq, out.canonical_request.data);
            ok = false;
        }
        if (strcmp(out.string_to_sign.data, sts) != 0) {
            show_diff("string to sign", sts, out.string_to_sign.data);
            ok = false;
        }
        if (strcmp(out.authorization.data, authz) != 0) {
            show_diff("Authorization", authz, out.authorization.data);
            ok = false;
        }
    }
    printf("%s %s%s%s\n", ok ? "PASS" : "FAIL", name, *why ? ": " : "", why);

    awsc__sign_result_clean_up(&out);
    awsc_error_clean_up(&err);
    if (r.text)
        raw_free(&r);
    free(token);
    awsc__free(creq);
    awsc__free(sts);
    awsc__free(authz);
    return ok;
}

/* ---- finding the cases ---- */

struct names {
    char **v;
    size_t n, cap;
};

static void add_name(struct names *l, const char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = strdup(s);
}

/* Every folder below root (rel is its path below root, "" for root
 * itself) that holds BASENAME.req is a case. */
static void find_cases(const char *root, const char *rel, struct names *out)
{
    char *dir = fmt("%s%s%s", root, *rel ? "/" : "", rel);
    DIR *d = opendir(dir);
    if (!d) {
        awsc__free(dir);
        return;
    }
    const char *base = strrchr(rel, '/') ? strrchr(rel, '/') + 1 : rel;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char *path = fmt("%s/%s", dir, e->d_name);
        struct stat st;
        bool is_dir = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
        awsc__free(path);
        if (is_dir) {
            char *sub = fmt("%s%s%s", rel, *rel ? "/" : "", e->d_name);
            find_cases(root, sub, out);
            awsc__free(sub);
        } else if (*rel) {
            size_t bl = strlen(base);
            if (strncmp(e->d_name, base, bl) == 0 && strcmp(e->d_name + bl, ".req") == 0)
                add_name(out, rel);
        }
    }
    closedir(d);
    awsc__free(dir);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The skip list: the first word of each line that is not a comment. */
static void read_skips(const char *path, struct names *out)
{
    char *text = read_all(path, NULL);
    if (!text)
        return;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        while (*line == ' ' || *line == '\t')
            line++;
        if (!*line || *line == '#')
            continue;
        line[strcspn(line, " \t\r")] = '\0';
        add_name(out, line);
    }
    awsc__free(text);
}

static bool listed(const struct names *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], s) == 0)
            return true;
    return false;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SUITE_DIR SKIP_FILE\n", argv[0]);
        return 2;
    }
    const char *root = argv[1];
    struct names cases = {0}, skips = {0};
    find_cases(root, "", &cases);
    if (cases.n)
        qsort(cases.v, cases.n, sizeof *cases.v, cmp_str);
    read_skips(argv[2], &skips);

    int passed = 0, failed = 0, skipped = 0, ran = 0;
    if (cases.n == 0) {
        printf("FAIL no test cases found under %s\n", root);
        failed++;
    }
    for (size_t i = 0; i < skips.n; i++) {
        bool found = false;
        for (size_t j = 0; j < cases.n; j++)
            found = found || strcmp(cases.v[j], skips.v[i]) == 0;
        if (!found) {
            printf("FAIL %s is listed in the skip file but is not a case of the suite\n",
                   skips.v[i]);
            failed++;
        }
    }

    struct awsc__signer *signer = NULL;
    if (awsc__signer_new(NULL, &signer) != AWSC_OK) {
        printf("FAIL cannot create a signer\n");
        return 1;
    }
    for (size_t i = 0; i < cases.n; i++) {
        if (listed(&skips, cases.v[i])) {
            printf("SKIP %s\n", cases.v[i]);
            skipped++;
            continue;
        }
        char *dir = fmt("%s/%s", root, cases.v[i]);
        ran++;
        if (run_case(signer, dir, cases.v[i]))
            passed++;
        else
            failed++;
        awsc__free(dir);
    }
    /* every case is signed on the same day with the same key: one
     * derivation for the whole run */
    unsigned long derivations = awsc__signer_derivations(signer);
    if (ran > 0 && derivations != 1) {
        printf("FAIL the signer derived %lu keys; one was expected\n", derivations);
        failed++;
    }
    awsc__signer_destroy(signer);

    for (size_t i = 0; i < cases.n; i++)
        free(cases.v[i]);
    for (size_t i = 0; i < skips.n; i++)
        free(skips.v[i]);
    free(cases.v);
    free(skips.v);
    printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    return failed ? 1 : 0;
}
