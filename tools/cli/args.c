/*
 * tools/cli/args.c - reading the command line: values of input members
 * (scalars, JSON, file:// and fileb://), numbers, and the options every
 * command takes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "protocol/json.h"

/* mkdir -p of the folder a file goes into. */
int cli_make_parents(const char *path)
{
    char *dir = awsc__strdup(path);
    if (!dir)
        return -1;
    char *slash = strrchr(dir, '/');
    int rc = 0;
    if (slash && slash != dir) {
        *slash = '\0';
        for (char *p = dir + 1; rc == 0; p++) {
            if (*p == '/' || *p == '\0') {
                char c = *p;
                *p = '\0';
                if (mkdir(dir, 0777) != 0 && errno != EEXIST)
                    rc = -1;
                *p = c;
                if (!c)
                    break;
            }
        }
    }
    awsc__free(dir);
    return rc;
}

char *cli_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct awsc_buf b = AWSC_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        awsc__buf_append(&b, chunk, n);
    bool bad = ferror(f) != 0;
    fclose(f);
    if (bad || b.failed) {
        awsc__buf_clean_up(&b);
        return NULL;
    }
    *len = b.len;
    return awsc__buf_steal(&b);
}

/* A value given on the command line: file://PATH reads the text of a
 * file, fileb://PATH the bytes of one (for blobs). */
int cli_option_text(const char *value, char **owned, const char **text, size_t *len,
                    struct awsc_error *err)
{
    *owned = NULL;
    const char *path = NULL;
    if (strncmp(value, "file://", 7) == 0)
        path = value + 7;
    else if (strncmp(value, "fileb://", 8) == 0)
        path = value + 8;
    if (!path) {
        *text = value;
        *len = strlen(value);
        return AWSC_OK;
    }
    *owned = cli_read_file(path, len);
    if (!*owned)
        return awsc__fail(err, AWSC_E_IO, "cannot read %s: %s", path, strerror(errno));
    *text = *owned;
    return AWSC_OK;
}

/* Sets one input member from a --member option. Scalars are parsed here,
 * with errors that name the parameter; structures, lists, maps and
 * documents are JSON. */
int cli_set_member(const struct awsc_member *m, const char *value, void *input,
                   struct awsc_arena *arena, struct awsc_error *err)
{
    unsigned char *field = (unsigned char *)input + m->offset;
    if ((m->flags & AWSC_MF_STREAMING) || (awsc_member_shape(m)->flags & AWSC_SF_STREAMING)) {
        /* as the AWS CLI: a streamed body is the file named, sent as it is
         * read (fileb:// and file:// are accepted too) */
        struct awsc_stream *st = (struct awsc_stream *)(void *)field;
        memset(st, 0, sizeof *st);
        const char *path = strncmp(value, "fileb://", 8) == 0  ? value + 8
                           : strncmp(value, "file://", 7) == 0 ? value + 7
                                                               : value;
        st->path = awsc__arena_strdup(arena, path);
        return st->path ? AWSC_OK : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    char *owned = NULL;
    const char *text = NULL;
    size_t len = 0;
    int rc = cli_option_text(value, &owned, &text, &len, err);
    if (rc != AWSC_OK)
        return rc;
    char *end = NULL;
    errno = 0;
    switch (awsc_member_shape(m)->type) {
    case AWSC_SHAPE_STRING:
        *(const char **)(void *)field = awsc__arena_strndup(arena, text, len);
        break;
    case AWSC_SHAPE_BLOB: {
        struct awsc_blob *b = (struct awsc_blob *)(void *)field;
        if (strncmp(value, "fileb://", 8) == 0) {
            b->data = awsc__arena_memdup(arena, text, len);
            b->len = len;
        } else {
            /* as the AWS CLI: blobs on the command line are base64 */
            uint8_t *out = awsc__arena_alloc(arena, len / 4 * 3 + 3);
            if (!out || !awsc__base64_decode(text, len, out, &b->len))
                rc = awsc__fail(err, AWSC_E_VALIDATION,
                                "Invalid base64 for parameter %s (use fileb://PATH for raw "
                                "bytes)",
                                awsc_member_name(m));
            b->data = out;
        }
        break;
    }
    case AWSC_SHAPE_BOOLEAN:
        if (strcmp(text, "true") == 0 || strcmp(text, "false") == 0)
            *(bool *)field = text[0] == 't';
        else
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Invalid value for parameter %s: \"%s\" is not true or false",
                            awsc_member_name(m), text);
        break;
    case AWSC_SHAPE_BYTE:
    case AWSC_SHAPE_SHORT:
    case AWSC_SHAPE_INTEGER:
    case AWSC_SHAPE_LONG: {
        long long v = strtoll(text, &end, 10);
        long long lo = awsc_member_shape(m)->type == AWSC_SHAPE_BYTE      ? INT8_MIN
                       : awsc_member_shape(m)->type == AWSC_SHAPE_SHORT   ? INT16_MIN
                       : awsc_member_shape(m)->type == AWSC_SHAPE_INTEGER ? INT32_MIN
                                                                          : INT64_MIN;
        long long hi = awsc_member_shape(m)->type == AWSC_SHAPE_BYTE      ? INT8_MAX
                       : awsc_member_shape(m)->type == AWSC_SHAPE_SHORT   ? INT16_MAX
                       : awsc_member_shape(m)->type == AWSC_SHAPE_INTEGER ? INT32_MAX
                                                                          : INT64_MAX;
        if (!*text || *end || errno || v < lo || v > hi) {
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Invalid value for parameter %s: \"%s\" is not an integer in "
                            "%lld..%lld",
                            awsc_member_name(m), text, lo, hi);
            break;
        }
        if (awsc_member_shape(m)->type == AWSC_SHAPE_BYTE)
            *(int8_t *)field = (int8_t)v;
        else if (awsc_member_shape(m)->type == AWSC_SHAPE_SHORT)
            *(int16_t *)(void *)field = (int16_t)v;
        else if (awsc_member_shape(m)->type == AWSC_SHAPE_INTEGER)
            *(int32_t *)(void *)field = (int32_t)v;
        else
            *(int64_t *)(void *)field = (int64_t)v;
        break;
    }
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE: {
        double v = strtod(text, &end);
        if (!*text || *end) {
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Invalid value for parameter %s: \"%s\" is not a number",
                            awsc_member_name(m), text);
            break;
        }
        if (awsc_member_shape(m)->type == AWSC_SHAPE_FLOAT)
            *(float *)(void *)field = (float)v;
        else
            *(double *)(void *)field = v;
        break;
    }
    case AWSC_SHAPE_TIMESTAMP:
        if (!awsc__ts_parse(text, (struct awsc_timestamp *)(void *)field))
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Invalid value for parameter %s: \"%s\" is not a timestamp "
                            "(ISO 8601 or epoch seconds)",
                            awsc_member_name(m), text);
        break;
    default: {
        /* JSON for everything else; a structure member is a pointer */
        void *dest = field;
        if (awsc_member_shape(m)->type == AWSC_SHAPE_STRUCTURE ||
            awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT) {
            dest = awsc__arena_alloc(arena, awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT
                                                ? sizeof(struct awsc_document)
                                                : awsc_member_shape(m)->size);
            *(void **)(void *)field = dest;
        }
        struct awsc__json_opts jo = {.member_names = true, .strict = true};
        struct awsc_error jerr = AWSC_ERROR_INIT;
        rc = dest ? (awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT
                         ? awsc__json_read_document((const uint8_t *)text, len, dest, arena, &jo,
                                                    &jerr)
                         : awsc__json_read((const uint8_t *)text, len, awsc_member_shape(m), dest,
                                           arena, &jo, &jerr))
                  : AWSC_E_NOMEM;
        if (rc != AWSC_OK)
            rc = awsc__fail(err, rc == AWSC_E_NOMEM ? AWSC_E_NOMEM : AWSC_E_VALIDATION,
                            "Invalid JSON for parameter %s: %s", awsc_member_name(m),
                            jerr.message ? jerr.message : awsc_strerror(rc));
        awsc_error_clean_up(&jerr);
        break;
    }
    }
    if (rc == AWSC_OK)
        awsc__member_set_has(m, input, true);
    awsc__free(owned);
    return rc;
}

bool cli_positive(const char *o, const char *v, int64_t *out)
{
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (errno || end == v || *end || n <= 0) {
        fprintf(stderr, "awsc: %s needs a positive whole number, not '%s'\n", o, v);
        return false;
    }
    *out = n;
    return true;
}

/* --cli-connect-timeout and --cli-read-timeout, as the AWS CLI reads them:
 * whole seconds, 0 for no limit. */
bool cli_timeout(const char *o, const char *v, long *out)
{
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (errno || end == v || *end || n > 2000000) {
        fprintf(stderr, "\nawsc: %s: '%s' is not a whole number of seconds (0 to 2000000)\n", o, v);
        return false;
    }
    if (n < 0) {
        fprintf(stderr,
                "\nAttempted to set %s timeout to %lld, but the timeout cannot be negative "
                "(0: no limit)\n",
                strcmp(o, "--cli-read-timeout") == 0 ? "read" : "connect", n);
        return false;
    }
    *out = n == 0 ? AWSC_TIMEOUT_NONE : (long)n * 1000;
    return true;
}

/* The options every command takes, wherever they stand: 1 when argv[*i]
 * was one (its value consumed too), 0 when not, -1 on an error (reported;
 * the AWS CLI's exit status 255). */
int cli_global_option(int argc, char **argv, int *i, struct awsc_config *cfg, struct cli_globals *g)
{
    const char *o = argv[*i];
    bool has_value = *i + 1 < argc;
    if (strcmp(o, "--debug") == 0) {
        g->debug = true;
    } else if (strcmp(o, "--no-verify-ssl") == 0) {
        cfg->no_verify_ssl = g->no_verify_ssl = true;
    } else if (strcmp(o, "--no-sign-request") == 0) {
        cfg->no_sign_request = true;
    } else if (has_value && strcmp(o, "--query") == 0) {
        g->query = argv[++*i];
    } else if (has_value && strcmp(o, "--output") == 0) {
        g->output = argv[++*i];
    } else if (has_value && strcmp(o, "--color") == 0) {
        /* off and auto print no colour; on is refused by the formats */
        if (strcmp(argv[++*i], "on") == 0) {
            fprintf(stderr, "awsc: --color on is not supported: the output has no colour\n");
            return -1;
        }
    } else if (has_value && strcmp(o, "--endpoint-url") == 0) {
        cfg->endpoint_url = argv[++*i];
    } else if (has_value && strcmp(o, "--region") == 0) {
        cfg->region = argv[++*i];
    } else if (has_value && strcmp(o, "--profile") == 0) {
        cfg->profile = argv[++*i];
    } else if (has_value && strcmp(o, "--ca-bundle") == 0) {
        cfg->ca_bundle = argv[++*i];
    } else if (has_value && strcmp(o, "--cli-connect-timeout") == 0) {
        return cli_timeout(o, argv[++*i], &cfg->connect_timeout_ms) ? 1 : -1;
    } else if (has_value && strcmp(o, "--cli-read-timeout") == 0) {
        return cli_timeout(o, argv[++*i], &cfg->read_timeout_ms) ? 1 : -1;
    } else {
        return 0;
    }
    return 1;
}

/* --no-verify-ssl: the warning urllib3 gives the AWS CLI, once, when the
 * requests go over HTTPS (to the endpoint URL, or to AWS). */
void cli_warn_unverified(const struct cli_globals *g, const struct awsc_client *client)
{
    const char *url = client ? awsc_client_endpoint_url(client) : NULL;
    if (!g->no_verify_ssl || (url && strncmp(url, "https:", 6) != 0))
        return;
    fprintf(stderr,
            "awsc: warning: --no-verify-ssl: Unverified HTTPS requests are being made%s%s. "
            "Adding certificate verification is strongly advised.\n",
            url ? " to " : "", url ? url : "");
}
