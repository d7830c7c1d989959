/*
 * tools/cli/s3_filter.c - --exclude and --include as the AWS CLI applies
 * them: every file starts included; each pattern in the order given,
 * joined to the source's root and to the destination's root, is matched
 * with fnmatch (a '*' matches '/' too) against the file's full path
 * (absolute, or BUCKET/KEY); the last pattern that matches decides.
 */
#include <fnmatch.h>
#include <string.h>

#include "s3.h"

struct s3_filter {
    size_t count;
    bool *include;
    char **src; /* the patterns joined to the source's root */
    char **dst; /* and to the destination's */
};

/* The root patterns are joined to, as the AWS CLI's _get_s3_root and
 * _get_local_root make it. */
static char *filter_root(const struct s3_path *p, bool dir_op)
{
    if (!p->is_s3) {
        if (dir_op)
            return awsc__strdup(p->local);
        char *root = awsc__strdup(p->local);
        char *slash = root ? strrchr(root, '/') : NULL;
        if (slash)
            slash[slash == root ? 1 : 0] = '\0';
        return root;
    }
    const char *key = p->key;
    size_t keylen = strlen(key);
    if (!dir_op && !(keylen && key[keylen - 1] == '/')) {
        const char *slash = strrchr(key, '/');
        keylen = slash ? (size_t)(slash - key) : 0;
    }
    return s3_printf("%s/%.*s", p->bucket, (int)keylen, key);
}

struct s3_filter *s3_filter_new(const struct s3_opts *o, const struct s3_path *src,
                                const struct s3_path *dst)
{
    struct s3_filter *f = awsc__calloc(1, sizeof *f);
    if (!f || !o->nfilters)
        return f;
    bool dir_op = o->recursive || strcmp(o->command, "sync") == 0;
    char *src_root = filter_root(src, dir_op);
    char *dst_root = dst ? filter_root(dst, dir_op) : NULL;
    f->include = awsc__calloc(o->nfilters, sizeof *f->include);
    f->src = awsc__calloc(o->nfilters, sizeof *f->src);
    f->dst = awsc__calloc(o->nfilters, sizeof *f->dst);
    bool ok = src_root && (dst_root || !dst) && f->include && f->src && f->dst;
    for (size_t k = 0; ok && k < o->nfilters; k++) {
        f->include[k] = strcmp(o->filters[2 * k], "--include") == 0;
        f->src[k] = s3_join(src_root, o->filters[2 * k + 1]);
        f->dst[k] = dst ? s3_join(dst_root, o->filters[2 * k + 1]) : NULL;
        ok = f->src[k] && (f->dst[k] || !dst);
        f->count = k + 1;
    }
    awsc__free(src_root);
    awsc__free(dst_root);
    if (!ok) {
        s3_filter_free(f);
        return NULL;
    }
    return f;
}

bool s3_filter_passes(const struct s3_filter *f, const char *path)
{
    bool pass = true;
    for (size_t k = 0; f && k < f->count; k++) {
        if (fnmatch(f->src[k], path, FNM_NOESCAPE) == 0)
            pass = f->include[k];
        if (f->dst[k] && fnmatch(f->dst[k], path, FNM_NOESCAPE) == 0)
            pass = f->include[k];
    }
    return pass;
}

void s3_filter_free(struct s3_filter *f)
{
    for (size_t k = 0; f && k < f->count; k++) {
        awsc__free(f->src[k]);
        awsc__free(f->dst[k]);
    }
    if (f) {
        awsc__free(f->include);
        awsc__free(f->src);
        awsc__free(f->dst);
    }
    awsc__free(f);
}
