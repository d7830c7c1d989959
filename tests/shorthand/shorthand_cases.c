/*
 * Reads parameter cases, one JSON array a line on stdin:
 *   ["dynamodb", "GetItem", "Key", "--key", "pk={S=a}", ...more words]
 * and writes one JSON object a line: {"value": <the parameter's JSON>},
 * {"error": "<message>"}, or {"skip": "<why>"} when the service is not
 * built. shorthand.py compares them with the AWS CLI's own reading.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/shorthand.h"
#include "protocol/json.h"

static const struct awsc_service *find_service(const char *name)
{
    size_t n;
    const struct awsc_service *const *all = awsc_services(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(awsc_service_name(all[i]), name) == 0)
            return all[i];
    return NULL;
}

static void put(struct awsc_buf *line, const char *key, const char *text)
{
    awsc__buf_printf(line, "{\"%s\": ", key);
    awsc__json_put_string(line, text, strlen(text));
    awsc__buf_puts(line, "}\n");
}

int main(void)
{
    char *in = NULL;
    size_t cap = 0;
    ssize_t got;
    while ((got = getline(&in, &cap, stdin)) > 0) {
        struct awsc_arena *arena = awsc__arena_new();
        struct awsc_error err = AWSC_ERROR_INIT;
        struct awsc_buf line = AWSC_BUF_INIT;
        struct awsc_document c;
        struct awsc__json_opts o = {0};
        if (awsc__json_read_document((const uint8_t *)in, (size_t)got, &c, arena, &o, &err) !=
                AWSC_OK ||
            c.type != AWSC_DOC_ARRAY || c.count < 5) {
            fprintf(stderr, "bad case line: %s", in);
            return 2;
        }
        const struct awsc_service *svc = find_service(c.items[0].string);
        const struct awsc_operation *op = NULL;
        const struct awsc_member *m = NULL;
        for (uint32_t i = 0; svc && i < svc->operation_count; i++)
            if (strcmp(awsc_operation_name(awsc_service_operation_at(svc, i)), c.items[1].string) ==
                0)
                op = awsc_service_operation_at(svc, i);
        for (uint16_t i = 0; op && i < awsc_shape_member_count(awsc_operation_input(op)); i++)
            if (strcmp(awsc_member_name(&awsc_shape_members(awsc_operation_input(op))[i]),
                       c.items[2].string) == 0)
                m = &awsc_shape_members(awsc_operation_input(op))[i];
        if (!svc) {
            put(&line, "skip", "the service is not built");
        } else if (!m) {
            fprintf(stderr, "no member %s of %s.%s\n", c.items[2].string, c.items[0].string,
                    c.items[1].string);
            return 2;
        } else {
            size_t n = c.count - 4;
            char **words = awsc__arena_alloc(arena, n * sizeof *words);
            for (size_t i = 0; i < n; i++)
                words[i] = (char *)c.items[4 + i].string;
            struct awsc_buf json = AWSC_BUF_INIT;
            int rc = awsc_cli_param_json(c.items[3].string, awsc_member_shape(m), words, n, arena,
                                         &json, &err);
            if (rc == AWSC_OK) {
                awsc__buf_puts(&line, "{\"value\": ");
                awsc__buf_append(&line, json.data, json.len);
                awsc__buf_puts(&line, "}\n");
            } else {
                put(&line, "error", err.message ? err.message : awsc_strerror(rc));
            }
            awsc__buf_clean_up(&json);
        }
        fwrite(line.data, 1, line.len, stdout);
        fflush(stdout);
        awsc__buf_clean_up(&line);
        awsc_error_clean_up(&err);
        awsc__arena_destroy(arena);
    }
    free(in);
    return 0;
}
