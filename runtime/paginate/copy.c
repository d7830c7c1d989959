/*
 * Deep copies of typed values, walking the shape descriptors: what a pager
 * or an async waiter keeps of the caller's input, which is only borrowed
 * until the call that takes it returns.
 */
#include "jp.h"

#include <string.h>

#define MAX_COPY_DEPTH 256

struct copier {
    struct awsc_arena *arena;
    struct awsc_error *err;
};

static int nomem(struct copier *c)
{
    return awsc__fail(c->err, AWSC_E_NOMEM, "out of memory");
}

static int copy_value(struct copier *c, const struct awsc_shape *s, void *dst, const void *src,
                      unsigned depth);

static int copy_document(struct copier *c, struct awsc_document *dst,
                         const struct awsc_document *src, unsigned depth)
{
    if (depth > MAX_COPY_DEPTH)
        return awsc__fail(c->err, AWSC_E_VALIDATION,
                          "the input nests deeper than %d levels (a cycle?)", MAX_COPY_DEPTH);
    *dst = *src;
    if (src->string && !(dst->string = awsc__arena_strdup(c->arena, src->string)))
        return nomem(c);
    if (src->type == AWSC_DOC_ARRAY && src->count) {
        if (!src->items)
            return awsc__fail(c->err, AWSC_E_VALIDATION,
                              "a document array has %zu items but items is NULL", src->count);
        dst->items = awsc__arena_alloc(c->arena, src->count * sizeof *dst->items);
        if (!dst->items)
            return nomem(c);
        for (size_t i = 0; i < src->count; i++) {
            int status = copy_document(c, &dst->items[i], &src->items[i], depth + 1);
            if (status != AWSC_OK)
                return status;
        }
    } else if (src->type == AWSC_DOC_OBJECT && src->count) {
        if (!src->entries)
            return awsc__fail(c->err, AWSC_E_VALIDATION,
                              "a document object has %zu entries but entries is NULL", src->count);
        dst->entries = awsc__arena_alloc(c->arena, src->count * sizeof *dst->entries);
        if (!dst->entries)
            return nomem(c);
        for (size_t i = 0; i < src->count; i++) {
            const struct awsc_document_entry *se = &src->entries[i];
            if (se->key && !(dst->entries[i].key = awsc__arena_strdup(c->arena, se->key)))
                return nomem(c);
            int status = copy_document(c, &dst->entries[i].value, &se->value, depth + 1);
            if (status != AWSC_OK)
                return status;
        }
    }
    return AWSC_OK;
}

static int copy_stream(struct copier *c, struct awsc_stream *dst, const struct awsc_stream *src)
{
    *dst = *src;
    if (src->data &&
        !(dst->data = awsc__arena_memdup(c->arena, src->data, src->len ? src->len : 1)))
        return nomem(c);
    if (src->path && !(dst->path = awsc__arena_strdup(c->arena, src->path)))
        return nomem(c);
    return AWSC_OK;
}

static int copy_blob(struct copier *c, struct awsc_blob *dst, const struct awsc_blob *src)
{
    *dst = *src;
    if (src->data &&
        !(dst->data = awsc__arena_memdup(c->arena, src->data, src->len ? src->len : 1)))
        return nomem(c);
    return AWSC_OK;
}

size_t awsc__member_slot_size(const struct awsc_member *m)
{
    switch (awsc_member_shape(m)->type) {
    case AWSC_SHAPE_STRUCTURE:
    case AWSC_SHAPE_DOCUMENT:
        return sizeof(void *);
    case AWSC_SHAPE_BLOB:
        return (m->flags & AWSC_MF_STREAMING) ? sizeof(struct awsc_stream)
                                              : sizeof(struct awsc_blob);
    default:
        return awsc_member_shape(m)->size;
    }
}

static int copy_member(struct copier *c, const struct awsc_member *m, unsigned char *dst,
                       const unsigned char *src, unsigned depth)
{
    void *d = dst + m->offset;
    const void *s = src + m->offset;
    switch (awsc_member_shape(m)->type) {
    case AWSC_SHAPE_STRUCTURE:
    case AWSC_SHAPE_DOCUMENT: {
        const void *from = *(const void *const *)s;
        if (!from)
            return AWSC_OK;
        size_t size = awsc_member_shape(m)->type == AWSC_SHAPE_DOCUMENT
                          ? sizeof(struct awsc_document)
                          : awsc_member_shape(m)->size;
        void *to = awsc__arena_alloc(c->arena, size);
        if (!to)
            return nomem(c);
        *(void **)d = to;
        return copy_value(c, awsc_member_shape(m), to, from, depth + 1);
    }
    case AWSC_SHAPE_BLOB:
        if (m->flags & AWSC_MF_STREAMING)
            return copy_stream(c, d, s);
        return copy_blob(c, d, s);
    default:
        return copy_value(c, awsc_member_shape(m), d, s, depth + 1);
    }
}

static int copy_value(struct copier *c, const struct awsc_shape *s, void *dst, const void *src,
                      unsigned depth)
{
    if (depth > MAX_COPY_DEPTH)
        return awsc__fail(c->err, AWSC_E_VALIDATION,
                          "the input nests deeper than %d levels (a cycle?)", MAX_COPY_DEPTH);
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE: {
        memcpy(dst, src, s->size); /* scalars, presence flags, the sink */
        for (uint32_t i = 0; i < awsc_shape_member_count(s); i++) {
            int status = copy_member(c, &awsc_shape_members(s)[i], dst, src, depth);
            if (status != AWSC_OK)
                return status;
        }
        if (awsc_shape_has_sink(s)) {
            struct awsc_sink *sink =
                (struct awsc_sink *)(void *)((unsigned char *)dst + awsc_shape_sink_offset(s));
            if (sink->path && !(sink->path = awsc__arena_strdup(c->arena, sink->path)))
                return nomem(c);
        }
        return AWSC_OK;
    }
    case AWSC_SHAPE_LIST: {
        const struct awsc_list_view *from = src;
        struct awsc_list_view *to = dst;
        *to = *from;
        if (!from->items) {
            if (from->count)
                return awsc__fail(c->err, AWSC_E_VALIDATION,
                                  "%s: the list has %zu items but items is NULL",
                                  awsc__shape_label(s), from->count);
            return AWSC_OK;
        }
        size_t size = awsc_shape_item(s)->size;
        to->items = awsc__arena_alloc(c->arena, from->count ? from->count * size : 1);
        if (!to->items)
            return nomem(c);
        for (size_t i = 0; i < from->count; i++) {
            const unsigned char *si = (const unsigned char *)from->items + i * size;
            unsigned char *di = (unsigned char *)to->items + i * size;
            int status = awsc_shape_item(s)->type == AWSC_SHAPE_BLOB
                             ? copy_blob(c, (struct awsc_blob *)(void *)di,
                                         (const struct awsc_blob *)(const void *)si)
                             : copy_value(c, awsc_shape_item(s), di, si, depth + 1);
            if (status != AWSC_OK)
                return status;
        }
        return AWSC_OK;
    }
    case AWSC_SHAPE_MAP: {
        const struct awsc_map_view *from = src;
        struct awsc_map_view *to = dst;
        *to = *from;
        if (!from->entries) {
            if (from->count)
                return awsc__fail(c->err, AWSC_E_VALIDATION,
                                  "%s: the map has %zu entries but entries is NULL",
                                  awsc__shape_label(s), from->count);
            return AWSC_OK;
        }
        size_t size = awsc_shape_entry_size(s);
        to->entries = awsc__arena_alloc(c->arena, from->count ? from->count * size : 1);
        if (!to->entries)
            return nomem(c);
        for (size_t i = 0; i < from->count; i++) {
            const unsigned char *se = (const unsigned char *)from->entries + i * size;
            unsigned char *de = (unsigned char *)to->entries + i * size;
            const char *key = *(const char *const *)(const void *)se;
            if (key && !(*(const char **)(void *)de = awsc__arena_strdup(c->arena, key)))
                return nomem(c);
            const void *sv = se + awsc_shape_value_offset(s);
            void *dv = de + awsc_shape_value_offset(s);
            int status = awsc_shape_item(s)->type == AWSC_SHAPE_BLOB
                             ? copy_blob(c, dv, sv)
                             : copy_value(c, awsc_shape_item(s), dv, sv, depth + 1);
            if (status != AWSC_OK)
                return status;
        }
        return AWSC_OK;
    }
    case AWSC_SHAPE_STRING: {
        const char *from = *(const char *const *)src;
        *(const char **)dst = NULL;
        if (from && !(*(const char **)dst = awsc__arena_strdup(c->arena, from)))
            return nomem(c);
        return AWSC_OK;
    }
    case AWSC_SHAPE_BLOB:
        return copy_blob(c, dst, src);
    case AWSC_SHAPE_DOCUMENT:
        return copy_document(c, dst, src, depth + 1);
    default:
        memcpy(dst, src, s->size);
        return AWSC_OK;
    }
}

int awsc__value_copy(const struct awsc_shape *shape, void *dst, const void *src,
                     struct awsc_arena *arena, struct awsc_error *err)
{
    struct copier c = {arena, err};
    return copy_value(&c, shape, dst, src, 0);
}
