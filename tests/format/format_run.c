/*
 * format_run FORMAT [--title T] [--width N] FILE: reads the JSON in FILE
 * and prints it as the awsc tool's --output FORMAT would (tools/cli/format.h).
 * Exit status 0, or 2 when formatting failed (the message on stderr), or 1
 * on bad usage or unreadable input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "format.h"
#include "protocol/json.h"

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        awsc__buf_append(&b, chunk, n);
    fclose(f);
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return NULL;
    }
    *len = b.len;
    return awsc__buf_steal(&b);
}

int main(int argc, char **argv)
{
    struct awsc_cli_format_opts opts = {0};
    enum awsc_cli_output fmt;
    const char *path = NULL;
    if (argc < 3 || awsc_cli_output_parse(argv[1], &fmt) != 0) {
        fprintf(stderr, "usage: format_run json|text|table|yaml|yaml-stream [--title T] "
                        "[--width N] FILE\n");
        return 1;
    }
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--title") == 0 && i + 1 < argc)
            opts.title = argv[++i];
        else if (strcmp(argv[i], "--width") == 0 && i + 1 < argc)
            opts.width = atoi(argv[++i]);
        else
            path = argv[i];
    }
    size_t len = 0;
    char *json = path ? read_file(path, &len) : NULL;
    if (!json) {
        fprintf(stderr, "format_run: cannot read %s\n", path ? path : "(no file)");
        return 1;
    }
    struct awsc_arena *arena = awsc__arena_new();
    struct awsc_document doc;
    struct awsc__json_opts jopts = {0};
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = 0;
    if (awsc__json_read_document((const uint8_t *)json, len, &doc, arena, &jopts, &err) != AWSC_OK) {
        fprintf(stderr, "format_run: %s: %s\n", path, err.message);
        rc = 1;
    } else if (awsc_cli_format(stdout, &doc, fmt, &opts, &err) != AWSC_OK) {
        fprintf(stderr, "format_run: %s\n", err.message);
        rc = 2;
    }
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
    free(json);
    return rc;
}
