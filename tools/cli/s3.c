/*
 * tools/cli/s3.c - `awsc s3 COMMAND`: the command line of the AWS CLI's
 * high-level S3 commands, read into struct s3_opts, and the client they
 * share; the texts they print for errors and sizes.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "s3.h"

/* The options each command takes, besides the global ones. */
static const struct {
    const char *command;
    int min_paths, max_paths;
    const char *flags;  /* options without a value, space separated */
    const char *valued; /* options with one */
} COMMANDS[] = {
    {"ls", 0, 1, " --recursive --human-readable --summarize ", " --page-size "},
    {"cp", 2, 2, " --recursive --dryrun --quiet --only-show-errors --no-progress ",
     " --exclude --include --page-size "},
    {"mv", 2, 2, " --recursive --dryrun --quiet --only-show-errors --no-progress ",
     " --exclude --include --page-size "},
    {"rm", 1, 1, " --recursive --dryrun --quiet --only-show-errors ",
     " --exclude --include --page-size "},
    {"sync", 2, 2, " --delete --dryrun --quiet --only-show-errors --no-progress ",
     " --exclude --include --page-size "},
    {"mb", 1, 1, " ", " "},
    {"rb", 1, 1, " --force ", " "},
};

static bool listed(const char *list, const char *o)
{
    const char *p = strstr(list, o);
    size_t n = strlen(o);
    return p && p[-1] == ' ' && p[n] == ' ';
}

static void set_flag(struct s3_opts *s, const char *o)
{
    bool *flag = strcmp(o, "--recursive") == 0          ? &s->recursive
                 : strcmp(o, "--human-readable") == 0   ? &s->human_readable
                 : strcmp(o, "--summarize") == 0        ? &s->summarize
                 : strcmp(o, "--dryrun") == 0           ? &s->dryrun
                 : strcmp(o, "--quiet") == 0            ? &s->quiet
                 : strcmp(o, "--only-show-errors") == 0 ? &s->only_show_errors
                 : strcmp(o, "--no-progress") == 0      ? &s->no_progress
                 : strcmp(o, "--delete") == 0           ? &s->delete_removed
                                                        : &s->force;
    *flag = true;
}

/* The AWS CLI's usage error: its exit status 252. */
static int usage_error(const char *command, const char *what)
{
    fprintf(stderr,
            "usage: awsc s3 %s [parameters]\n"
            "awsc: error: %s\n",
            command, what);
    return EXIT_USAGE;
}

bool cli_s3_command(const char *name)
{
    if (strcmp(name, "presign") == 0)
        return true;
    for (size_t c = 0; c < sizeof COMMANDS / sizeof COMMANDS[0]; c++)
        if (strcmp(COMMANDS[c].command, name) == 0)
            return true;
    return false;
}

/* The paths of cp, mv and sync, as the AWS CLI checks them before it
 * starts: not two local ones (a usage error), and a local source that
 * exists. 0, or the exit status (reported). */
int s3_check_paths(const struct s3_opts *o, const struct s3_path *src, const struct s3_path *dst)
{
    if (!src->is_s3 && !dst->is_s3) {
        fprintf(stderr,
                "\nusage: awsc s3 %s <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> "
                "<S3Uri>\nError: Invalid argument type\n",
                o->command);
        return EXIT_USAGE;
    }
    if (!src->is_s3 && access(src->local, F_OK) != 0) {
        fprintf(stderr, "\nThe user-provided path %s does not exist.\n", o->paths[0]);
        return EXIT_OTHER;
    }
    return 0;
}

int cli_s3(struct awsc_config *cfg, struct cli_globals *g, const struct awsc_service *svc, int argc,
           char **argv, int i)
{
    if (strcmp(argv[i], "presign") == 0)
        return cli_s3_presign(cfg, g, svc, argc, argv, i + 1);
    size_t c = 0, ncommands = sizeof COMMANDS / sizeof COMMANDS[0];
    while (c < ncommands && strcmp(COMMANDS[c].command, argv[i]) != 0)
        c++;
    if (c == ncommands) {
        fprintf(stderr,
                "awsc: s3 has no command '%s' (ls, cp, mv, rm, sync, mb, rb, presign; "
                "awsc s3api help lists the operations)\n",
                argv[i]);
        return EXIT_USAGE;
    }
    struct s3_opts o = {.command = COMMANDS[c].command};
    const char **filters = awsc__calloc((size_t)argc, sizeof *filters);
    if (!filters)
        return EXIT_OTHER;
    o.filters = filters;
    struct awsc_buf unknown = AWSC_BUF_INIT;
    int status = 0;
    for (i++; i < argc && !status; i++) {
        const char *a = argv[i];
        int global = cli_global_option(argc, argv, &i, cfg, g);
        if (global < 0)
            status = EXIT_OTHER;
        if (global)
            continue;
        if (strncmp(a, "--", 2) != 0) {
            if (o.npaths < COMMANDS[c].max_paths)
                o.paths[o.npaths++] = a;
            else
                awsc__buf_printf(&unknown, "%s%s", unknown.len ? ", " : "", a);
        } else if (listed(COMMANDS[c].flags, a)) {
            set_flag(&o, a);
        } else if (listed(COMMANDS[c].valued, a)) {
            if (i + 1 >= argc) {
                char what[96];
                snprintf(what, sizeof what, "argument %s: expected one argument", a);
                status = usage_error(o.command, what);
            } else if (strcmp(a, "--page-size") == 0) {
                if (!cli_positive(a, argv[++i], &o.page_size))
                    status = EXIT_USAGE;
            } else {
                filters[2 * o.nfilters] = a;
                filters[2 * o.nfilters++ + 1] = argv[++i];
            }
        } else {
            awsc__buf_printf(&unknown, "%s%s", unknown.len ? ", " : "", a);
        }
    }
    if (!status && o.npaths < COMMANDS[c].min_paths)
        /* the name of the AWS CLI's positional argument */
        status = usage_error(o.command, o.command[1] == 'b'
                                            ? "the following arguments are required: path"
                                            : "the following arguments are required: paths");
    if (!status && unknown.len) {
        fprintf(stderr, "\nUnknown options: %s\n", unknown.data);
        status = EXIT_USAGE;
    }
    awsc__buf_clean_up(&unknown);
    struct awsc_client *client = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!status) {
        if (g->debug)
            cfg->log_fn = cli_log_line;
        int rc = awsc_client_new(svc, cfg, &client, &err);
        if (rc != AWSC_OK) {
            fprintf(stderr, "\n%s\n", err.message ? err.message : awsc_strerror(rc));
            status = rc == AWSC_E_VALIDATION ? EXIT_USAGE : EXIT_OTHER;
        } else {
            cli_warn_unverified(g, client);
        }
    }
    if (!status) {
        switch (o.command[0] == 'm' ? o.command[1] : o.command[0]) {
        case 'l':
            status = s3_ls(client, &o);
            break;
        case 'c':
            status = s3_cp(client, &o, false);
            break;
        case 'v':
            status = s3_cp(client, &o, true);
            break;
        case 'r':
            status = o.command[1] == 'm' ? s3_rm(client, &o) : s3_rb(client, &o);
            break;
        case 's':
            status = s3_sync(client, &o);
            break;
        case 'b':
            status = s3_mb(client, &o, awsc_client_region(client));
            break;
        }
    }
    awsc_error_clean_up(&err);
    awsc_client_destroy(client);
    awsc__free(filters);
    return status;
}

/* botocore's text for an error: "An error occurred (CODE) when calling the
 * OP operation: MESSAGE". */
char *s3_error_text(int rc, const struct awsc_error *err)
{
    if (err && err->code && err->operation)
        return s3_printf("An error occurred (%s) when calling the %s operation: %s", err->code,
                         err->operation, err->message ? err->message : "");
    return awsc__strdup(err && err->message ? err->message : awsc_strerror(rc));
}

/* "fatal error: ..." and the AWS CLI's status for it. */
void s3_print_error(const char *prefix, int rc, const struct awsc_error *err)
{
    char *text = s3_error_text(rc, err);
    fprintf(stderr, "%s%s\n", prefix, text ? text : awsc_strerror(rc));
    awsc__free(text);
}

/* The AWS CLI's human_readable_size: "1 Byte", "10 Bytes", "1.0 KiB" ... */
void s3_human_size(int64_t n, char *out, size_t cap)
{
    static const char *const SUFFIXES[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = (double)n;
    if (n == 1) {
        snprintf(out, cap, "1 Byte");
        return;
    }
    if (v < 1024) {
        snprintf(out, cap, "%d Bytes", (int)n);
        return;
    }
    double unit = 1024;
    for (size_t k = 0; k < sizeof SUFFIXES / sizeof SUFFIXES[0]; k++) {
        unit *= 1024;
        if (nearbyint(v / unit * 1024) < 1024 || k + 1 == sizeof SUFFIXES / sizeof SUFFIXES[0]) {
            snprintf(out, cap, "%.1f %s", 1024 * v / unit, SUFFIXES[k]);
            return;
        }
    }
}

/* The Content-Type the AWS CLI guesses from a file's extension (Python's
 * mimetypes, which reads /etc/mime.types): looked up there (read once), or
 * NULL. */
const char *s3_content_type(const char *path)
{
    static char *types; /* /etc/mime.types, or "" */
    static char found[128];
    if (!types) {
        size_t len = 0;
        types = cli_read_file("/etc/mime.types", &len);
        if (!types)
            types = "";
    }
    const char *dot = strrchr(s3_basename(path), '.');
    size_t extlen = dot ? strlen(dot + 1) : 0;
    if (!extlen || extlen > 32)
        return NULL;
    char ext[40];
    for (size_t k = 0; k <= extlen; k++)
        ext[k] = (char)tolower((unsigned char)dot[1 + k]);
    /* each line: TYPE EXT EXT ... */
    for (const char *line = types; *line;) {
        const char *end = strchr(line, '\n');
        if (!end)
            end = line + strlen(line);
        const char *type_end = line + strcspn(line, " \t\n");
        for (const char *p = type_end; line[0] != '#' && p < end;) {
            p += strspn(p, " \t");
            size_t n = strcspn(p, " \t\r\n");
            if (n == extlen && memcmp(p, ext, n) == 0 && (size_t)(type_end - line) < sizeof found) {
                memcpy(found, line, (size_t)(type_end - line));
                found[type_end - line] = '\0';
                return found;
            }
            p += n ? n : 1;
        }
        line = *end ? end + 1 : end;
    }
    return NULL;
}
