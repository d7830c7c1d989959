/*
 * tools/cli/skeleton.c - --generate-cli-skeleton (skeleton.h).
 */
#include "skeleton.h"

#include <string.h>

struct gen {
    struct awsc_arena *arena;
    struct awsc_error *err;
    bool member_names;
    /* the shapes from the top down to the one being generated */
    const struct awsc_shape *stack[128];
    size_t depth;
};

static int nomem(struct gen *g)
{
    return awsc__fail(g->err, AWSC_E_NOMEM, "out of memory generating a skeleton");
}

static void set(struct awsc_document *out, enum awsc_document_type type)
{
    memset(out, 0, sizeof *out);
    out->type = type;
}

/* How many times a shape of this name is on the stack. */
static unsigned on_stack(const struct gen *g, const struct awsc_shape *s)
{
    unsigned n = 0;
    for (size_t i = 0; i < g->depth; i++)
        n += g->stack[i] == s || strcmp(awsc_shape_name(g->stack[i]), awsc_shape_name(s)) == 0;
    return n;
}

static int generate(struct gen *g, const struct awsc_shape *s, const char *name,
                    struct awsc_document *out)
{
    if (g->depth == sizeof g->stack / sizeof g->stack[0]) {
        set(out, AWSC_DOC_OBJECT);
        return AWSC_OK;
    }
    g->stack[g->depth++] = s;
    int rc = AWSC_OK;
    switch (s->type) {
    case AWSC_SHAPE_STRUCTURE:
        set(out, AWSC_DOC_OBJECT);
        if (on_stack(g, s) > 1 || (s->flags & AWSC_SF_DOCUMENT) || !awsc_shape_member_count(s))
            break;
        out->entries =
            awsc__arena_alloc(g->arena, awsc_shape_member_count(s) * sizeof *out->entries);
        if (!out->entries) {
            rc = nomem(g);
            break;
        }
        for (uint16_t i = 0; i < awsc_shape_member_count(s) && rc == AWSC_OK; i++) {
            out->entries[i].key = awsc_member_name(&awsc_shape_members(s)[i]);
            rc = generate(g, awsc_member_shape(&awsc_shape_members(s)[i]),
                          awsc_member_name(&awsc_shape_members(s)[i]), &out->entries[i].value);
        }
        out->count = awsc_shape_member_count(s);
        break;
    case AWSC_SHAPE_DOCUMENT:
        set(out, AWSC_DOC_OBJECT);
        break;
    case AWSC_SHAPE_LIST:
        set(out, AWSC_DOC_ARRAY);
        if (!(out->items = awsc__arena_alloc(g->arena, sizeof *out->items))) {
            rc = nomem(g);
            break;
        }
        out->count = 1;
        /* with member names, a list's item is named for its shape */
        rc = generate(g, awsc_shape_item(s),
                      g->member_names ? awsc_shape_name(awsc_shape_item(s)) : "", out->items);
        break;
    case AWSC_SHAPE_MAP:
        set(out, AWSC_DOC_OBJECT);
        if (!(out->entries = awsc__arena_alloc(g->arena, sizeof *out->entries))) {
            rc = nomem(g);
            break;
        }
        out->count = 1;
        out->entries[0].key = "KeyName";
        rc = generate(g, awsc_shape_item(s), "", &out->entries[0].value);
        break;
    case AWSC_SHAPE_STRING:
        set(out, AWSC_DOC_STRING);
        out->string = g->member_names            ? name
                      : awsc_shape_enum_count(s) ? awsc_shape_enum_values(s)
                                                 : "";
        break;
    case AWSC_SHAPE_INTEGER:
    case AWSC_SHAPE_LONG:
        set(out, AWSC_DOC_NUMBER);
        out->string = "0";
        break;
    case AWSC_SHAPE_FLOAT:
    case AWSC_SHAPE_DOUBLE:
        set(out, AWSC_DOC_NUMBER);
        out->string = "0.0";
        break;
    case AWSC_SHAPE_BOOLEAN:
        set(out, AWSC_DOC_BOOL);
        out->boolean = true;
        break;
    case AWSC_SHAPE_TIMESTAMP:
        set(out, AWSC_DOC_STRING);
        out->string = "1970-01-01T00:00:00";
        break;
    default: /* blob, byte, short: no placeholder */
        set(out, AWSC_DOC_NULL);
        break;
    }
    g->depth--;
    return rc;
}

int awsc_cli_skeleton(const struct awsc_shape *shape, bool member_names, struct awsc_arena *arena,
                      struct awsc_document *out, struct awsc_error *err)
{
    if (!arena || !out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "awsc_cli_skeleton: NULL argument");
    if (!shape) {
        set(out, AWSC_DOC_OBJECT);
        return AWSC_OK;
    }
    struct gen g = {.arena = arena, .err = err, .member_names = member_names};
    return generate(&g, shape, "", out);
}
