/*
 * The JMESPath compliance suite (tests/data/jmespath) through the
 * command line's --query engine: every case's expression compiled and
 * evaluated on its suite's "given", the result compared with "result"
 * (JMESPath equality), or the error's kind with "error". Benchmark cases
 * must evaluate without error. Cases listed in the skips file (file and
 * expression, tab-separated, then the reason) are left out and counted.
 *
 *   query_compliance SKIPS FILE.json...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/query.h"
#include "protocol/json.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = 0;
        *len = (size_t)n;
    }
    return buf;
}

static const char *base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static char *skips;

static bool skipped(const char *file, const char *expr)
{
    if (!skips)
        return false;
    size_t fl = strlen(file), el = strlen(expr);
    for (const char *line = skips; *line;) {
        const char *end = strchr(line, '\n');
        if (!end)
            end = line + strlen(line);
        if ((size_t)(end - line) > fl + el + 1 && memcmp(line, file, fl) == 0 &&
            line[fl] == '\t' && memcmp(line + fl + 1, expr, el) == 0 && line[fl + 1 + el] == '\t')
            return true;
        line = *end ? end + 1 : end;
    }
    return false;
}

/* the kind of a query error: its message up to ": " */
static bool kind_is(const struct awsc_error *err, const char *kind)
{
    size_t n = strlen(kind);
    return err->message && strncmp(err->message, kind, n) == 0 && err->message[n] == ':';
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s SKIPS FILE.json...\n", argv[0]);
        return 2;
    }
    size_t slen;
    skips = slurp(argv[1], &slen);
    unsigned total = 0, passed = 0, failed = 0, skip = 0;
    for (int f = 2; f < argc; f++) {
        size_t len;
        char *text = slurp(argv[f], &len);
        if (!text) {
            fprintf(stderr, "cannot read %s\n", argv[f]);
            return 1;
        }
        struct awsc_arena *arena = awsc__arena_new();
        struct awsc_error err = AWSC_ERROR_INIT;
        struct awsc_document suites;
        struct awsc__json_opts o = {0};
        if (awsc__json_read_document((const uint8_t *)text, len, &suites, arena, &o, &err) !=
                AWSC_OK ||
            suites.type != AWSC_DOC_ARRAY) {
            fprintf(stderr, "%s: not a list of suites: %s\n", argv[f],
                    err.message ? err.message : "");
            return 1;
        }
        unsigned file_total = 0, file_passed = 0;
        for (size_t s = 0; s < suites.count; s++) {
            const struct awsc_document *given = awsc__document_get(&suites.items[s], "given");
            const struct awsc_document *cases = awsc__document_get(&suites.items[s], "cases");
            for (size_t c = 0; cases && c < cases->count; c++) {
                const struct awsc_document *tc = &cases->items[c];
                const char *expr = awsc__document_get(tc, "expression")->string;
                const struct awsc_document *want = awsc__document_get(tc, "result");
                const struct awsc_document *error = awsc__document_get(tc, "error");
                const struct awsc_document *bench = awsc__document_get(tc, "bench");
                if (skipped(base(argv[f]), expr)) {
                    skip++;
                    continue;
                }
                total++;
                file_total++;
                awsc_error_clean_up(&err);
                struct awsc_cli_query *q = NULL;
                struct awsc_document got;
                int rc = awsc_cli_query_compile(expr, arena, &q, &err);
                if (rc == AWSC_OK && !(bench && strcmp(bench->string, "parse") == 0))
                    rc = awsc_cli_query_eval(q, given, arena, &got, &err);
                bool ok;
                if (error)
                    ok = rc == AWSC_E_INVALID_ARG && kind_is(&err, error->string);
                else if (bench)
                    ok = rc == AWSC_OK;
                else
                    ok = rc == AWSC_OK && awsc_cli_query_equal(&got, want);
                if (ok) {
                    passed++;
                    file_passed++;
                    continue;
                }
                failed++;
                struct awsc_buf b = AWSC_BUF_INIT;
                struct awsc__json_opts wo = {0};
                if (rc == AWSC_OK)
                    awsc__json_write_document(&b, &got, &wo, NULL);
                fprintf(stderr, "FAIL %s: %s\n  expected %s%s\n  got %s\n", base(argv[f]), expr,
                        error ? "error " : "", error ? error->string : "(the result)",
                        rc == AWSC_OK ? (b.data ? b.data : "") : err.message);
                awsc__buf_clean_up(&b);
            }
        }
        printf("%-20s %u/%u\n", base(argv[f]), file_passed, file_total);
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
        free(text);
    }
    printf("JMESPath compliance: %u/%u cases pass, %u failed, %u skipped (listed)\n", passed,
           total, failed, skip);
    free(skips);
    return failed ? 1 : 0;
}
