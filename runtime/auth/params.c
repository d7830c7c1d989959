/*
 * Query parameters and forms as botocore's dicts hold them: the URL and
 * form handling that presigning, SigV2 and the copies from another region
 * share.
 */
#include "auth.h"

#include "protocol/protocol.h"

#include <string.h>

/* botocore rebuilds the query as a dict: parse_qs of the URL's query (the
 * first value of each name, in first-seen order), updated with the form
 * body's parameters; then percent_encode_sequence writes it again. */

/* urllib's unquote_plus, into the arena. */
static char *unquote_plus(struct awsc_arena *a, const char *s, size_t n)
{
    char *out = awsc__arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+') {
            out[k++] = ' ';
        } else if (s[i] == '%' && i + 2 < n && awsc__hex_value(s[i + 1]) >= 0 &&
                   awsc__hex_value(s[i + 2]) >= 0) {
            out[k++] = (char)(awsc__hex_value(s[i + 1]) * 16 + awsc__hex_value(s[i + 2]));
            i += 2;
        } else {
            out[k++] = s[i];
        }
    }
    out[k] = '\0';
    return out;
}

int awsc__params_set(struct awsc__params *p, const char *name, const char *value, bool replace)
{
    for (size_t i = 0; i < p->count; i++) {
        if (strcmp(p->items[i].name, name) == 0) {
            if (replace)
                p->items[i].value = value;
            return AWSC_OK;
        }
    }
    if (p->count == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        struct awsc__query_param *items = awsc__arena_alloc(p->arena, cap * sizeof *items);
        if (!items)
            return AWSC_E_NOMEM;
        if (p->count)
            memcpy(items, p->items, p->count * sizeof *items);
        p->items = items;
        p->cap = cap;
    }
    p->items[p->count].name = name;
    p->items[p->count].value = value;
    p->count++;
    return AWSC_OK;
}

int awsc__params_parse(struct awsc__params *p, const char *q, size_t n, bool replace)
{
    const char *end = q + n;
    while (q < end) {
        const char *amp = memchr(q, '&', (size_t)(end - q));
        const char *stop = amp ? amp : end;
        if (stop > q) {
            const char *eq = memchr(q, '=', (size_t)(stop - q));
            const char *name = unquote_plus(p->arena, q, (size_t)((eq ? eq : stop) - q));
            const char *value = eq ? unquote_plus(p->arena, eq + 1, (size_t)(stop - eq - 1))
                                   : unquote_plus(p->arena, "", 0);
            if (!name || !value || awsc__params_set(p, name, value, replace) != AWSC_OK)
                return AWSC_E_NOMEM;
        }
        q = amp ? amp + 1 : end;
    }
    return AWSC_OK;
}

const char *awsc__params_get(const struct awsc__params *p, const char *name)
{
    for (size_t i = 0; i < p->count; i++)
        if (strcmp(p->items[i].name, name) == 0)
            return p->items[i].value;
    return NULL;
}

bool awsc__params_write_form(const struct awsc__params *p, struct awsc_buf *out)
{
    for (size_t i = 0; i < p->count; i++) {
        if (i)
            awsc__buf_putc(out, '&');
        awsc__form_encode(out, p->items[i].name, strlen(p->items[i].name));
        awsc__buf_putc(out, '=');
        awsc__form_encode(out, p->items[i].value, strlen(p->items[i].value));
    }
    return !out->failed;
}

void awsc__params_remove(struct awsc__params *p, const char *name)
{
    for (size_t i = 0; i < p->count; i++) {
        if (strcmp(p->items[i].name, name) == 0) {
            memmove(&p->items[i], &p->items[i + 1], (p->count - i - 1) * sizeof *p->items);
            p->count--;
            return;
        }
    }
}
