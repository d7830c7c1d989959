/*
 * tools/cli/s3_paths.c - the paths of the s3 commands: s3://BUCKET/KEY,
 * local paths made absolute as Python's os.path.abspath makes them, and
 * shown relative to the current folder as the AWS CLI shows them.
 */
#include <errno.h>
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

/* As the AWS CLI's relative_path: the folder relative to the current one,
 * then the name ("./a" for a file here, "../x/a" above). */
char *s3_shown_local(const char *abs)
{
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return awsc__strdup(abs);
    const char *base = s3_basename(abs);
    size_t dirlen = (size_t)(base - abs);
    if (dirlen > 1)
        dirlen--; /* the folder, without its last slash (but "/" stays) */
    /* the common leading parts */
    size_t common = 0, k = 0;
    const char *c = cwd;
    size_t clen = strlen(cwd);
    if (clen > 1 && cwd[clen - 1] == '/')
        clen--;
    while (k < dirlen && k < clen && abs[k] == c[k]) {
        k++;
        if ((k == dirlen || abs[k] == '/') && (k == clen || c[k] == '/'))
            common = k;
    }
    if (dirlen == clen && k == clen)
        common = clen;
    struct awsc_buf b = AWSC_BUF_INIT;
    /* one ".." for each part of cwd past the common ones */
    bool any = false;
    for (size_t p = common; p < clen; p++)
        if (c[p] == '/' && p + 1 <= clen) {
            awsc__buf_puts(&b, any ? "/.." : "..");
            any = true;
        }
    const char *rest = abs + common;
    while (*rest == '/')
        rest++;
    size_t restlen = dirlen > common ? dirlen - (size_t)(rest - abs) : 0;
    if (restlen) {
        if (any)
            awsc__buf_puts(&b, "/");
        awsc__buf_append(&b, rest, restlen);
        any = true;
    }
    if (!any)
        awsc__buf_puts(&b, ".");
    awsc__buf_puts(&b, "/");
    awsc__buf_puts(&b, base);
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

void s3_path_clean_up(struct s3_path *p)
{
    awsc__free(p->bucket);
    awsc__free(p->key);
    awsc__free(p->local);
    memset(p, 0, sizeof *p);
}

/* mkdir -p of the folder a file goes into. */
int s3_make_parents(const char *path)
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
