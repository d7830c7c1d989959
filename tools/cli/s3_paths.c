/*
 * tools/cli/s3_paths.c - the paths of the s3 commands: s3://BUCKET/KEY,
 * local paths made absolute as Python's os.path.abspath makes them, and
 * shown relative to the current folder as the AWS CLI shows them.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "s3.h"

char *s3_printf(const char *fmt, ...)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return NULL;
    }
    return awsc__buf_steal(&b);
}

char *s3_join(const char *a, const char *b)
{
    if (b[0] == '/')
        return awsc__strdup(b);
    size_t la = strlen(a);
    bool slash = la > 0 && a[la - 1] != '/';
    return s3_printf("%s%s%s", a, slash ? "/" : "", b);
}

const char *s3_basename(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

char *s3_uri(const char *bucket, const char *key)
{
    return s3_printf("s3://%s/%s", bucket, key ? key : "");
}

/* os.path.abspath: joined to the current folder, ".", ".." and repeated
 * slashes resolved without looking at the file system. */
char *s3_abspath(const char *path)
{
    char cwd[4096];
    if (path[0] != '/' && !getcwd(cwd, sizeof cwd))
        return NULL;
    char *full = path[0] == '/' ? awsc__strdup(path) : s3_join(cwd, path);
    if (!full)
        return NULL;
    char *out = awsc__malloc(strlen(full) + 2);
    size_t o = 0;
    for (char *p = full; out && *p;) {
        while (*p == '/')
            p++;
        char *end = p + strcspn(p, "/");
        size_t n = (size_t)(end - p);
        if (n == 0 || (n == 1 && p[0] == '.')) {
            /* nothing */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (o > 0 && out[o - 1] != '/')
                o--;
            if (o > 0)
                o--;
        } else {
            out[o++] = '/';
            memcpy(out + o, p, n);
            o += n;
        }
        p = end;
    }
    if (out) {
        if (o == 0)
            out[o++] = '/';
        out[o] = '\0';
    }
    awsc__free(full);
    return out;
}

/* The length of the next part of a path at *p (its slashes skipped). */
static size_t next_part(const char **p)
{
    while (**p == '/')
        (*p)++;
    return strcspn(*p, "/");
}

/* As the AWS CLI's relative_path: the folder relative to the current one,
 * then the name ("./a" for a file here, "../x/a" above). */
char *s3_shown_local(const char *abs)
{
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return awsc__strdup(abs);
    const char *base = s3_basename(abs);
    char *dir = awsc__strndup(abs, (size_t)(base - abs));
    if (!dir)
        return NULL;
    /* skip the parts both share */
    const char *d = dir, *c = cwd;
    for (;;) {
        const char *d2 = d, *c2 = c;
        size_t nd = next_part(&d2), nc = next_part(&c2);
        if (!nd || nd != nc || memcmp(d2, c2, nd) != 0)
            break;
        d = d2 + nd;
        c = c2 + nc;
    }
    struct awsc_buf b = AWSC_BUF_INIT;
    /* ".." for each part of the current folder left, then the file's */
    for (size_t n; (n = next_part(&c)) != 0; c += n)
        awsc__buf_puts(&b, b.len ? "/.." : "..");
    for (size_t n; (n = next_part(&d)) != 0; d += n) {
        if (b.len)
            awsc__buf_putc(&b, '/');
        awsc__buf_append(&b, d, n);
    }
    awsc__buf_printf(&b, "%s/%s", b.len ? "" : ".", base);
    awsc__free(dir);
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return NULL;
    }
    return awsc__buf_steal(&b);
}

bool s3_path_parse(const char *given, struct s3_path *p)
{
    memset(p, 0, sizeof *p);
    size_t len = strlen(given);
    if (strncmp(given, "s3://", 5) == 0) {
        p->is_s3 = true;
        const char *b = given + 5;
        const char *slash = strchr(b, '/');
        p->bucket = slash ? awsc__strndup(b, (size_t)(slash - b)) : awsc__strdup(b);
        p->key = awsc__strdup(slash ? slash + 1 : "");
        p->dir_like = !p->key || !p->key[0] || given[len - 1] == '/';
        return p->bucket && p->key;
    }
    p->local = s3_abspath(given);
    struct stat st;
    p->dir_like = (len > 0 && given[len - 1] == '/') ||
                  (p->local && stat(p->local, &st) == 0 && S_ISDIR(st.st_mode));
    return p->local != NULL;
}

bool s3_paths_parse(const struct s3_opts *o, struct s3_path *src, struct s3_path *dst)
{
    bool src_ok = s3_path_parse(o->paths[0], src);
    bool dst_ok = s3_path_parse(o->paths[1], dst);
    return src_ok && dst_ok;
}

void s3_path_clean_up(struct s3_path *p)
{
    awsc__free(p->bucket);
    awsc__free(p->key);
    awsc__free(p->local);
    memset(p, 0, sizeof *p);
}
