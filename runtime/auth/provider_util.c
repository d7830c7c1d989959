/*
 * What the built-in providers share: botocore's boolean settings, a small
 * HTTP exchange on a transport (IMDS, the container endpoint), expiration
 * timestamps, the shell-style split of credential_process, and the file
 * names as Python expands them (the shared files, the SSO cache,
 * AWS_CREDENTIAL_FILE).
 */
#include "auth.h"

#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool awsc__env_true(const char *name)
{
    const char *v = getenv(name);
    return v && awsc__strcasecmp(v, "true") == 0;
}

bool awsc__parse_expiration(const char *s, int64_t *out)
{
    struct awsc_timestamp t;
    if (!s)
        return false;
    /* the AWS CLI v1's SSO cache wrote "2019-11-14T04:05:45UTC" */
    size_t n = strlen(s);
    char buf[64];
    if (n > 3 && n < sizeof buf && strcmp(s + n - 3, "UTC") == 0 && s[n - 4] >= '0' &&
        s[n - 4] <= '9') {
        memcpy(buf, s, n - 3);
        memcpy(buf + n - 3, "Z", 2);
        s = buf;
    }
    if (!awsc__ts_parse(s, &t))
        return false;
    *out = t.sec;
    return true;
}

/* ---------------------------------------------------------------- HTTP */

/* Only the providers that talk HTTP themselves use it: a build without
 * them (-Dcredential_providers) leaves it out. */
#if AWSC_WITH_CONTAINER_CREDENTIALS || AWSC_WITH_IMDS

struct exchange {
    awsc__http_cb *cb;
    void *ud;
    int http_status;
    struct awsc_buf body;
    bool too_big;
    struct awsc_arena *arena; /* the request, borrowed by the transport */
};

static int ex_headers(void *ud, int http_status, const struct awsc_http_header *h, size_t n)
{
    (void)h;
    (void)n;
    struct exchange *x = ud;
    x->http_status = http_status;
    return 0;
}

static int ex_body(void *ud, const uint8_t *data, size_t len)
{
    struct exchange *x = ud;
    if (x->body.len + len > 1024 * 1024) {
        x->too_big = true;
        return 1; /* no credentials document is that large */
    }
    awsc__buf_append(&x->body, data, len);
    return x->body.failed ? 1 : 0;
}

static void ex_done(void *ud, int status, const char *message)
{
    struct exchange *x = ud;
    struct awsc__http_result r = {status, message, x->http_status, "", 0};
    if (x->too_big) {
        r.status = AWSC_E_PARSE;
        r.message = "the response is larger than 1 MiB";
    } else if (x->body.failed) {
        r.status = AWSC_E_NOMEM;
        r.message = "out of memory reading the response";
    } else if (x->body.data) {
        r.body = x->body.data;
        r.body_len = x->body.len;
    }
    x->cb(x->ud, &r);
    awsc__buf_clean_up(&x->body);
    awsc__arena_destroy(x->arena);
    awsc__free(x);
}

int awsc__http_exchange(struct awsc_transport *t, const struct awsc__http_get_args *a,
                        awsc__http_cb *cb, void *ud)
{
    struct exchange *x = awsc__calloc(1, sizeof *x);
    if (!x)
        return AWSC_E_NOMEM;
    x->cb = cb;
    x->ud = ud;
    /* the transport borrows the request until it completes: copies */
    x->arena = awsc__arena_new();
    struct awsc_http_header *h =
        x->arena ? awsc__arena_alloc(x->arena, (a->header_count + 1) * sizeof *h) : NULL;
    const char *method = h ? awsc__arena_strdup(x->arena, a->method) : NULL;
    const char *url = method ? awsc__arena_strdup(x->arena, a->url) : NULL;
    bool ok = url != NULL;
    for (size_t i = 0; ok && i < a->header_count; i++) {
        h[i].name = awsc__arena_strdup(x->arena, a->headers[i].name);
        h[i].value = awsc__arena_strdup(x->arena, a->headers[i].value);
        ok = h[i].name && h[i].value;
    }
    if (!ok) {
        awsc__arena_destroy(x->arena);
        awsc__free(x);
        return AWSC_E_NOMEM;
    }
    struct awsc_http_request req = {
        .method = method,
        .url = url,
        .headers = h,
        .header_count = a->header_count,
        .connect_timeout_ms = a->timeout_ms,
        .read_timeout_ms = a->timeout_ms,
    };
    struct awsc_http_handler handler = {ex_headers, ex_body, ex_done, x};
    int rc = awsc_transport_submit(t, &req, &handler, NULL);
    if (rc != AWSC_OK) {
        awsc__arena_destroy(x->arena);
        awsc__free(x);
    }
    return rc;
}

#endif

/* ------------------------------------------------------------ shlex */

#if AWSC_WITH_PROCESS_CREDENTIALS /* credential_process is its only user */

void awsc__argv_free(char **argv)
{
    if (!argv)
        return;
    for (char **a = argv; *a; a++)
        awsc__free(*a);
    awsc__free(argv);
}

static bool push_word(char ***argv, size_t *n, size_t *cap, struct awsc_buf *w)
{
    if (*n + 2 > *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        char **na = awsc__realloc(*argv, nc * sizeof *na);
        if (!na)
            return false;
        *argv = na;
        *cap = nc;
        na[*n] = NULL; /* a list awsc__argv_free can walk, whatever comes next */
    }
    char *word = awsc__strdup(w->data ? w->data : "");
    if (!word)
        return false;
    (*argv)[(*n)++] = word;
    (*argv)[*n] = NULL;
    awsc__buf_reset(w);
    return true;
}

/* Python's shlex.split(s) (POSIX mode, no comments): words separated by
 * whitespace; '...' taken literally; "..." with backslash escaping only
 * '"' and '\'; outside quotes a backslash escapes any character; quoted
 * parts join the word around them, and '' is an empty word. */
int awsc__shell_split(const char *s, char ***argv_out, struct awsc_error *err)
{
    *argv_out = NULL;
    char **argv = NULL;
    size_t n = 0, cap = 0;
    struct awsc_buf w = AWSC_BUF_INIT;
    bool in_word = false;
    const char *why = NULL;
    for (const char *p = s; *p && !why;) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (in_word && !push_word(&argv, &n, &cap, &w))
                goto nomem;
            in_word = false;
            p++;
        } else if (c == '\'') {
            in_word = true;
            const char *close = strchr(p + 1, '\'');
            if (!close) {
                why = "No closing quotation";
                break;
            }
            awsc__buf_append(&w, p + 1, (size_t)(close - p - 1));
            awsc__buf_append(&w, "", 0);
            p = close + 1;
        } else if (c == '"') {
            in_word = true;
            awsc__buf_append(&w, "", 0);
            p++;
            while (*p && *p != '"') {
                if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
                    p++;
                else if (*p == '\\' && !p[1])
                    break;
                awsc__buf_putc(&w, *p++);
            }
            if (*p != '"') {
                why = "No closing quotation";
                break;
            }
            p++;
        } else if (c == '\\') {
            in_word = true;
            if (!p[1]) {
                why = "No escaped character";
                break;
            }
            awsc__buf_putc(&w, p[1]);
            p += 2;
        } else {
            in_word = true;
            awsc__buf_putc(&w, c);
            p++;
        }
    }
    if (w.failed)
        goto nomem;
    if (why) {
        awsc__buf_clean_up(&w);
        awsc__argv_free(argv);
        return awsc__fail(err, AWSC_E_CONFIG, "%s", why);
    }
    if (in_word && !push_word(&argv, &n, &cap, &w))
        goto nomem;
    awsc__buf_clean_up(&w);
    if (!argv) {
        argv = awsc__calloc(1, sizeof *argv);
        if (!argv)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    *argv_out = argv;
    return AWSC_OK;
nomem:
    awsc__buf_clean_up(&w);
    awsc__argv_free(argv);
    return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}
#endif

/* ------------------------------------------------------------ file names */

/* os.path.expandvars: $NAME and ${NAME} of variables that are set; others
 * stay as written. */
static void expand_vars(struct awsc_buf *out, const char *s)
{
    while (*s) {
        if (*s != '$') {
            awsc__buf_putc(out, *s++);
            continue;
        }
        const char *name = s + 1, *end;
        bool braced = *name == '{';
        if (braced) {
            name++;
            end = strchr(name, '}');
        } else {
            end = name;
            while ((*end >= 'A' && *end <= 'Z') || (*end >= 'a' && *end <= 'z') ||
                   (*end >= '0' && *end <= '9') || *end == '_')
                end++;
        }
        if (!end || end == name) {
            awsc__buf_putc(out, *s++);
            continue;
        }
        char var[256];
        size_t n = (size_t)(end - name);
        const char *val = NULL;
        if (n < sizeof var) {
            memcpy(var, name, n);
            var[n] = '\0';
            val = getenv(var);
        }
        const char *after = braced ? end + 1 : end;
        if (val)
            awsc__buf_puts(out, val);
        else
            awsc__buf_append(out, s, (size_t)(after - s));
        s = after;
    }
}

/* os.path.expanduser: "~" and "~/..." use $HOME (else the password
 * database), "~user/..." that user's home; otherwise unchanged. */
static void expand_user(struct awsc_buf *out, const char *s)
{
    if (s[0] != '~') {
        awsc__buf_puts(out, s);
        return;
    }
    const char *slash = strchr(s, '/');
    size_t n = slash ? (size_t)(slash - s - 1) : strlen(s + 1);
    const char *home = NULL;
    char user[256];
    struct passwd pw, *res = NULL;
    char pwbuf[4096];
    if (n == 0) {
        home = getenv("HOME");
        if (!home && getpwuid_r(getuid(), &pw, pwbuf, sizeof pwbuf, &res) == 0 && res)
            home = res->pw_dir;
    } else if (n < sizeof user) {
        memcpy(user, s + 1, n);
        user[n] = '\0';
        if (getpwnam_r(user, &pw, pwbuf, sizeof pwbuf, &res) == 0 && res)
            home = res->pw_dir;
    }
    if (!home) {
        awsc__buf_puts(out, s);
        return;
    }
    /* Python strips every trailing '/' of the home, and yields "/" when
     * nothing is left at all */
    size_t hl = strlen(home);
    while (hl && home[hl - 1] == '/')
        hl--;
    const char *rest = s + 1 + n;
    if (!hl && !*rest)
        rest = "/";
    awsc__buf_append(out, home, hl);
    awsc__buf_puts(out, rest);
}

char *awsc__expand_path(struct awsc_arena *arena, const char *path)
{
    struct awsc_buf vars = AWSC_BUF_INIT, user = AWSC_BUF_INIT;
    expand_vars(&vars, path);
    char *r = NULL;
    if (!vars.failed) {
        expand_user(&user, vars.data ? vars.data : "");
        if (!user.failed)
            r = awsc__arena_strdup(arena, user.data ? user.data : "");
    }
    awsc__buf_clean_up(&vars);
    awsc__buf_clean_up(&user);
    return r;
}
