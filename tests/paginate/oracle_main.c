/*
 * The C side of the JMESPath oracle: reads "<case>\t<JSON>" lines, parses
 * each JSON document into the case's output struct with the descriptor-
 * driven reader (model member names), evaluates the compiled expression on
 * it and prints "<case>\tOK\t<result as JSON>", "<case>\tERROR\t<message>"
 * for an evaluation error (a type error, as jmespath raises one), or
 * "<case>\tREAD\t<message>" when the document could not be read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle.h"
#include "paginate/jp.h"
#include "protocol/json.h"

static void one_line(char *line)
{
    char *tab = strchr(line, '\t');
    if (!tab)
        return;
    *tab = '\0';
    const char *json = tab + 1;
    char *end;
    unsigned long id = strtoul(line, &end, 10);
    if (*end || id >= oracle_case_count) {
        printf("%s\tREAD\tno such case\n", line);
        return;
    }
    const struct oracle_case *c = &oracle_cases[id];
    struct awsc_arena *arena = awsc__arena_new();
    void *out = arena ? awsc__arena_alloc(arena, c->shape->size) : NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__json_opts opts = {.member_names = true};
    int status = out ? awsc__json_read((const uint8_t *)json, strlen(json), c->shape, out, arena,
                                       &opts, &err)
                     : AWSC_E_NOMEM;
    if (status != AWSC_OK) {
        printf("%lu\tREAD\t%s\n", id, err.message ? err.message : awsc_strerror(status));
    } else {
        struct awsc__jv root = awsc__jv_of(c->shape, out), result;
        status = awsc__jp_eval(c->expr, &root, arena, &result, &err);
        struct awsc_buf b = AWSC_BUF_INIT;
        if (status == AWSC_OK)
            status = awsc__jv_write_json(&b, &result, &err);
        if (status == AWSC_OK)
            printf("%lu\tOK\t%s\n", id, b.data ? b.data : "");
        else
            printf("%lu\tERROR\t%s\n", id, err.message ? err.message : awsc_strerror(status));
        awsc__buf_clean_up(&b);
    }
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
}

int main(void)
{
    size_t cap = 1 << 16;
    char *line = malloc(cap);
    if (!line)
        return 1;
    size_t n = 0;
    int ch;
    while ((ch = getchar()) != EOF) {
        if (ch != '\n') {
            if (n + 1 >= cap) {
                char *bigger = realloc(line, cap *= 2);
                if (!bigger) {
                    free(line);
                    return 1;
                }
                line = bigger;
            }
            line[n++] = (char)ch;
            continue;
        }
        line[n] = '\0';
        one_line(line);
        n = 0;
    }
    free(line);
    return 0;
}
