/*
 * format_run FORMAT [--title T] [--width N] FILE: reads the JSON in FILE
 * and prints it as the awsc tool's --output FORMAT would (tools/cli/format.h).
 * Exit status 0, or 2 when formatting failed (the message on stderr), or 1
 * on bad usage or unreadable input.
 *
 * format_run all DIR: every .json file of DIR in every format (tables at widths
 * 80, 40 and 250), for memory checkers; refusals are not failures.
 */
#include <dirent.h>
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

/* 0 printed, 2 refused, 1 unreadable. */
static int format_file(const char *path, enum awsc_cli_output fmt,
                       const struct awsc_cli_format_opts *opts)
{
    size_t len = 0;
    char *json = read_file(path, &len);
    if (!json) {
        fprintf(stderr, "format_run: cannot read %s\n", path);
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
    } else if (awsc_cli_format(stdout, &doc, fmt, opts, &err) != AWSC_OK) {
        fprintf(stderr, "format_run: %s\n", err.message);
        rc = 2;
    }
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
    free(json);
    return rc;
}

static int format_all(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "format_run: cannot open %s\n", dir);
        return 1;
    }
    int rc = 0;
    size_t files = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 5, ".json") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        files++;
        for (int fmt = AWSC_CLI_OUTPUT_JSON; rc == 0 && fmt <= AWSC_CLI_OUTPUT_YAML_STREAM; fmt++) {
            static const int widths[] = {80, 40, 250};
            for (size_t w = 0; w < (fmt == AWSC_CLI_OUTPUT_TABLE ? 3u : 1u); w++) {
                struct awsc_cli_format_opts opts = {.title = e->d_name, .width = widths[w]};
                if (format_file(path, (enum awsc_cli_output)fmt, &opts) == 1)
                    rc = 1;
            }
        }
    }
    closedir(d);
    if (rc == 0 && !files) {
        fprintf(stderr, "format_run: no documents in %s\n", dir);
        rc = 1;
    }
    return rc;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "all") == 0)
        return format_all(argv[2]);
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
    if (!path) {
        fprintf(stderr, "format_run: no file\n");
        return 1;
    }
    return format_file(path, fmt, &opts);
}
