/*
 * tools/cli/format_table.c - the table format, as awscli/formatter.py's
 * TableFormatter lays a response out in awscli/table.py's MultiTable:
 *
 *   - the response is the outer table, titled with the operation's name;
 *   - an object's scalar members make one row under their keys (sorted);
 *     an object with one scalar member makes a "key | value" row;
 *   - an object's other members are tables of their own, titled with the
 *     key and indented one level (a '|' each side);
 *   - a list of objects is one row per object under the union of their
 *     scalar keys; when they have other members, each object starts a new
 *     table so that its sub-tables follow it;
 *   - a list of scalars (or of lists of scalars) is one row per item;
 *   - columns are as wide as their widest cell plus 4, then scaled so that
 *     every table is as wide as the widest; when that is wider than the
 *     terminal, every table of one row is turned into "name | value" rows.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "format_internal.h"

struct row {
    const char **cells;
    size_t n;
};

struct section {
    const char *title; /* NULL: Python's None, which is no title but 4 wide */
    int indent;
    bool has_num_cols;
    size_t num_cols;
    const char **headers;
    size_t n_headers;
    struct row *rows;
    size_t n_rows, cap_rows;
    size_t *max_widths;
    size_t n_max_widths;
};

struct table {
    struct awsc_arena *arena;
    struct section **sections;
    size_t n_sections, cap_sections;
    struct section *current;
    struct awsc_error *err;
    struct awsc_buf scratch;
};

static int nomem(struct table *t)
{
    return awsc__fail(t->err, AWSC_E_NOMEM, "out of memory");
}

static const char *cell_text(struct table *t, const struct awsc_document *d)
{
    awsc__buf_reset(&t->scratch);
    awsc_cli_put_str(&t->scratch, d);
    if (t->scratch.failed)
        return NULL;
    return awsc__arena_strndup(t->arena, t->scratch.data ? t->scratch.data : "", t->scratch.len);
}

static int new_section(struct table *t, const char *title, int indent)
{
    if (t->n_sections == t->cap_sections) {
        size_t cap = t->cap_sections ? 2 * t->cap_sections : 8;
        struct section **s = awsc__arena_alloc(t->arena, cap * sizeof *s);
        if (!s)
            return nomem(t);
        if (t->n_sections)
            memcpy(s, t->sections, t->n_sections * sizeof *s);
        t->sections = s;
        t->cap_sections = cap;
    }
    struct section *s = awsc__arena_alloc(t->arena, sizeof *s);
    if (!s)
        return nomem(t);
    memset(s, 0, sizeof *s);
    s->title = title;
    s->indent = indent;
    t->sections[t->n_sections++] = s;
    t->current = s;
    return AWSC_OK;
}

static int update_max_widths(struct table *t, struct section *s, const char *const *cells,
                             size_t n)
{
    if (s->n_max_widths == 0) {
        s->max_widths = awsc__arena_alloc(t->arena, (n ? n : 1) * sizeof *s->max_widths);
        if (!s->max_widths)
            return nomem(t);
        for (size_t i = 0; i < n; i++)
            s->max_widths[i] = awsc_cli_text_width(cells[i]);
        s->n_max_widths = n;
        return AWSC_OK;
    }
    for (size_t i = 0; i < n; i++) {
        if (i >= s->n_max_widths)
            return awsc__fail(t->err, AWSC_E_VALIDATION,
                              "the table cannot be laid out: a row has %zu cells where the "
                              "table has %zu columns",
                              n, s->n_max_widths);
        size_t w = awsc_cli_text_width(cells[i]);
        if (w > s->max_widths[i])
            s->max_widths[i] = w;
    }
    return AWSC_OK;
}

static int add_header(struct table *t, const char **headers, size_t n)
{
    struct section *s = t->current;
    if (!s)
        return awsc__fail(t->err, AWSC_E_VALIDATION, "the table cannot be laid out: no title");
    int status = update_max_widths(t, s, headers, n);
    if (status != AWSC_OK)
        return status;
    if (!s->has_num_cols) {
        s->has_num_cols = true;
        s->num_cols = n;
    }
    s->headers = headers;
    s->n_headers = n;
    return AWSC_OK;
}

static int add_row(struct table *t, const char **cells, size_t n)
{
    struct section *s = t->current;
    if (!s)
        return awsc__fail(t->err, AWSC_E_VALIDATION, "the table cannot be laid out: no title");
    if (!s->has_num_cols) {
        s->has_num_cols = true;
        s->num_cols = n;
    }
    if (n != s->num_cols)
        return awsc__fail(t->err, AWSC_E_VALIDATION,
                          "the table cannot be laid out: a row should have %zu elements, "
                          "instead it has %zu",
                          s->num_cols, n);
    if (s->n_rows == s->cap_rows) {
        size_t cap = s->cap_rows ? 2 * s->cap_rows : 4;
        struct row *r = awsc__arena_alloc(t->arena, cap * sizeof *r);
        if (!r)
            return nomem(t);
        if (s->n_rows)
            memcpy(r, s->rows, s->n_rows * sizeof *r);
        s->rows = r;
        s->cap_rows = cap;
    }
    s->rows[s->n_rows].cells = cells;
    s->rows[s->n_rows].n = n;
    s->n_rows++;
    return update_max_widths(t, s, cells, n);
}

static const char **new_cells(struct table *t, size_t n)
{
    return awsc__arena_alloc(t->arena, (n ? n : 1) * sizeof(const char *));
}

/* The keys of object o whose values are scalars (scalar true) or not,
 * appended to keys at *n. */
static void group_keys(const struct awsc_document *o, bool scalar, const char **keys, size_t *n)
{
    for (size_t i = 0; i < o->count; i++)
        if (awsc_cli_is_scalar(&o->entries[i].value) == scalar)
            keys[(*n)++] = o->entries[i].key;
}

static int build(struct table *t, const char *title, const struct awsc_document *d, int indent);

static int sub_table_from_object(struct table *t, const struct awsc_document *d, int indent)
{
    const char **headers = new_cells(t, d->count), **more = new_cells(t, d->count);
    if (!headers || !more)
        return nomem(t);
    size_t n_headers = 0, n_more = 0;
    group_keys(d, true, headers, &n_headers);
    group_keys(d, false, more, &n_more);
    n_headers = awsc_cli_sort_keys(headers, n_headers);
    n_more = awsc_cli_sort_keys(more, n_more);
    int status = AWSC_OK;
    if (n_headers == 1) {
        const char **cells = new_cells(t, 2);
        if (!cells)
            return nomem(t);
        cells[0] = headers[0];
        cells[1] = cell_text(t, awsc_cli_member(d, headers[0]));
        if (!cells[1])
            return nomem(t);
        status = add_row(t, cells, 2);
    } else if (n_headers) {
        const char **cells = new_cells(t, n_headers);
        if (!cells)
            return nomem(t);
        for (size_t i = 0; i < n_headers; i++)
            if (!(cells[i] = cell_text(t, awsc_cli_member(d, headers[i]))))
                return nomem(t);
        status = add_header(t, headers, n_headers);
        if (status == AWSC_OK)
            status = add_row(t, cells, n_headers);
    }
    for (size_t i = 0; status == AWSC_OK && i < n_more; i++) {
        int drawn = build(t, more[i], awsc_cli_member(d, more[i]), indent + 1);
        if (drawn < 0)
            status = drawn;
    }
    return status;
}

static int sub_table_from_list(struct table *t, const struct awsc_document *d, int indent,
                               const char *title)
{
    size_t total = 0;
    for (size_t i = 0; i < d->count; i++) {
        if (d->items[i].type != AWSC_DOC_OBJECT)
            return awsc__fail(t->err, AWSC_E_VALIDATION,
                              "the table cannot be laid out: a list mixes objects with "
                              "other values (item %zu)",
                              i);
        total += d->items[i].count;
    }
    const char **headers = new_cells(t, total), **more = new_cells(t, total);
    if (!headers || !more)
        return nomem(t);
    size_t n_headers = 0, n_more = 0;
    for (size_t i = 0; i < d->count; i++) {
        group_keys(&d->items[i], true, headers, &n_headers);
        group_keys(&d->items[i], false, more, &n_more);
    }
    n_headers = awsc_cli_sort_keys(headers, n_headers);
    n_more = awsc_cli_sort_keys(more, n_more);
    int status = add_header(t, headers, n_headers);
    for (size_t i = 0; status == AWSC_OK && i < d->count; i++) {
        const struct awsc_document *element = &d->items[i];
        if (i > 0 && n_more) {
            status = new_section(t, title, indent);
            if (status == AWSC_OK)
                status = add_header(t, headers, n_headers);
            if (status != AWSC_OK)
                break;
        }
        const char **cells = new_cells(t, n_headers);
        if (!cells)
            return nomem(t);
        for (size_t h = 0; h < n_headers; h++) {
            const struct awsc_document *v = awsc_cli_member(element, headers[h]);
            if (!(cells[h] = v ? cell_text(t, v) : "")) /* Python: element.get(header, '') */
                return nomem(t);
        }
        status = add_row(t, cells, n_headers);
        for (size_t m = 0; status == AWSC_OK && m < n_more; m++) {
            const struct awsc_document *v = awsc_cli_member(element, more[m]);
            if (v) {
                int drawn = build(t, more[m], v, indent + 1);
                if (drawn < 0)
                    status = drawn;
            }
        }
    }
    return status;
}

/* TableFormatter._build_table: 1 when something was added, 0 for a false
 * value, or a negative status. title NULL: none (rows go to the current
 * table). */
static int build(struct table *t, const char *title, const struct awsc_document *d, int indent)
{
    if (!awsc_cli_truthy(d))
        return 0;
    int status = AWSC_OK;
    if (title)
        status = new_section(t, title, indent);
    if (status == AWSC_OK && d->type == AWSC_DOC_ARRAY) {
        if (d->items[0].type == AWSC_DOC_OBJECT) {
            status = sub_table_from_list(t, d, indent, title);
        } else {
            for (size_t i = 0; status == AWSC_OK && i < d->count; i++) {
                const struct awsc_document *item = &d->items[i];
                const char **cells;
                if (awsc_cli_is_scalar(item)) {
                    if (!(cells = new_cells(t, 1)) || !(cells[0] = cell_text(t, item)))
                        return nomem(t);
                    status = add_row(t, cells, 1);
                } else if (item->type == AWSC_DOC_OBJECT) {
                    /* Python iterates a dict's keys: a row of the keys */
                    if (!(cells = new_cells(t, item->count)))
                        return nomem(t);
                    for (size_t k = 0; k < item->count; k++)
                        cells[k] = item->entries[k].key;
                    status = add_row(t, cells, item->count);
                } else {
                    bool all_scalar = true;
                    for (size_t k = 0; k < item->count; k++)
                        all_scalar &= awsc_cli_is_scalar(&item->items[k]);
                    if (all_scalar) {
                        if (!(cells = new_cells(t, item->count)))
                            return nomem(t);
                        for (size_t k = 0; k < item->count; k++)
                            if (!(cells[k] = cell_text(t, &item->items[k])))
                                return nomem(t);
                        status = add_row(t, cells, item->count);
                    } else {
                        int drawn = build(t, NULL, item, 0);
                        if (drawn < 0)
                            status = drawn;
                    }
                }
            }
        }
    }
    if (status == AWSC_OK && d->type == AWSC_DOC_OBJECT)
        status = sub_table_from_object(t, d, indent);
    return status == AWSC_OK ? 1 : status;
}

/* ---- rendering ---- */

static long floor_div(long a, long b)
{
    long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static void put_repeat(struct awsc_buf *b, char c, long n)
{
    for (long i = 0; i < n; i++)
        awsc__buf_putc(b, c);
}

static long title_width(const struct section *s)
{
    return s->title ? (long)awsc_cli_text_width(s->title) : 4; /* len(str(None)) */
}

static long total_width(const struct section *s)
{
    long total = 0;
    for (size_t i = 0; i < s->n_max_widths; i++)
        total += (long)s->max_widths[i] + 4;
    total += 2 + 2L * s->indent;
    long titled = title_width(s) + 2 + 2L * s->indent;
    return titled > total ? titled : total;
}

/* Section.calculate_column_widths(padding=4, max_width): the widths scaled
 * to add up to max_width, rounded half to even as Python's round(). */
static long *column_widths(const struct section *s, long max_width, size_t *n)
{
    *n = s->n_max_widths;
    long *w = malloc((*n ? *n : 1) * sizeof *w);
    if (!w || !*n)
        return w;
    long sum = 0;
    for (size_t i = 0; i < *n; i++)
        sum += (long)s->max_widths[i] + 4;
    double scale = (double)max_width / (double)sum;
    long scaled_sum = 0;
    for (size_t i = 0; i < *n; i++) {
        w[i] = (long)nearbyint(scale * (double)((long)s->max_widths[i] + 4));
        scaled_sum += w[i];
    }
    long off_by = scaled_sum - max_width;
    while (off_by != 0) {
        for (size_t k = 0; k < *n && off_by != 0; k++) {
            size_t i = off_by < 0 ? *n - 1 - k : k;
            if (off_by > 0) {
                w[i]--;
                off_by--;
            } else {
                w[i]++;
                off_by++;
            }
        }
    }
    return w;
}

static void center_text(struct awsc_buf *b, const char *text, long length, const char *left,
                        const char *right)
{
    long text_length = (long)awsc_cli_text_width(text);
    long char_start = floor_div(length, 2) - floor_div(text_length, 2) - 1;
    awsc__buf_puts(b, left);
    put_repeat(b, ' ', char_start);
    awsc__buf_puts(b, text);
    long so_far = (long)strlen(left) + char_start + text_length;
    put_repeat(b, ' ', length - (long)strlen(right) - so_far);
    awsc__buf_puts(b, right);
}

static void align_left(struct awsc_buf *b, const char *text, long length, const char *left,
                       const char *right)
{
    long text_length = (long)awsc_cli_text_width(text);
    long edges = (long)strlen(left) + (long)strlen(right);
    long padding = length - (text_length + 2 + edges) >= 0 ? 2 : 0;
    awsc__buf_puts(b, left);
    put_repeat(b, ' ', padding);
    awsc__buf_puts(b, text);
    put_repeat(b, ' ', length - (long)strlen(left) - padding - text_length - (long)strlen(right));
    awsc__buf_puts(b, right);
}

/* One line of a section: its indentation's '|' on both sides. */
static void line_start(struct awsc_buf *b, const struct section *s)
{
    put_repeat(b, '|', s->indent);
}

static void line_end(struct awsc_buf *b, const struct section *s)
{
    put_repeat(b, '|', s->indent);
    awsc__buf_putc(b, '\n');
}

static void line_break(struct awsc_buf *b, const struct section *s, const long *widths, size_t n)
{
    line_start(b, s);
    for (size_t i = 0; i < n; i++) {
        if (i == 0) {
            awsc__buf_putc(b, '+');
            put_repeat(b, '-', widths[i] - 2);
        } else {
            put_repeat(b, '-', widths[i] - 1);
        }
        awsc__buf_putc(b, '+');
    }
    line_end(b, s);
}

static int render_section(struct awsc_buf *b, const struct section *s, long max_width)
{
    max_width -= 2L * s->indent;
    if (s->title && s->title[0]) {
        line_start(b, s);
        center_text(b, s->title, max_width, "|", "|");
        line_end(b, s);
        if (!s->n_headers && !s->n_rows) {
            line_start(b, s);
            awsc__buf_putc(b, '+');
            put_repeat(b, '-', max_width - 2);
            awsc__buf_putc(b, '+');
            line_end(b, s);
        }
    }
    size_t n = 0;
    long *widths = NULL;
    if (s->n_headers || s->n_rows) {
        widths = column_widths(s, max_width, &n);
        if (!widths)
            return AWSC_E_NOMEM;
    }
    if (s->n_headers) {
        line_break(b, s, widths, n);
        line_start(b, s);
        for (size_t i = 0; i < n && i < s->n_headers; i++)
            center_text(b, s->headers[i], widths[i], i == 0 ? "|" : "", "|");
        line_end(b, s);
    }
    if (s->n_rows && n) {
        line_break(b, s, widths, n);
        for (size_t r = 0; r < s->n_rows; r++) {
            line_start(b, s);
            for (size_t i = 0; i < n && i < s->rows[r].n; i++)
                align_left(b, s->rows[r].cells[i], widths[i], i == 0 ? "|" : "", "|");
            line_end(b, s);
        }
        line_break(b, s, widths, n);
    }
    free(widths);
    return AWSC_OK;
}

static long max_total_width(const struct table *t)
{
    long max = 0;
    for (size_t i = 0; i < t->n_sections; i++) {
        long w = total_width(t->sections[i]);
        if (i == 0 || w > max)
            max = w;
    }
    return max;
}

/* convert_to_vertical_table: a table of one row becomes "name | value"
 * rows. */
static int make_vertical(struct table *t)
{
    for (size_t i = 0; i < t->n_sections; i++) {
        struct section *old = t->sections[i];
        if (old->n_rows != 1 || !old->n_headers)
            continue;
        int status = new_section(t, old->title, old->indent);
        if (status != AWSC_OK)
            return status;
        struct section *s = t->sections[--t->n_sections]; /* the new one, taken back */
        for (size_t k = 0; k < old->n_headers && k < old->rows[0].n; k++) {
            const char **cells = new_cells(t, 2);
            if (!cells)
                return nomem(t);
            cells[0] = old->headers[k];
            cells[1] = old->rows[0].cells[k];
            status = add_row(t, cells, 2);
            if (status != AWSC_OK)
                return status;
        }
        t->sections[i] = s;
    }
    return AWSC_OK;
}

int awsc_cli_format_table(struct awsc_buf *out, const struct awsc_document *doc,
                          const char *title, int width, struct awsc_error *err)
{
    struct table t = {.err = err, .scratch = AWSC_BUF_INIT};
    t.arena = awsc__arena_new();
    if (!t.arena)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    int status = build(&t, title, doc, 0);
    if (status > 0 && t.n_sections) {
        status = AWSC_OK;
        long max_width = max_total_width(&t);
        if (max_width > width) {
            status = make_vertical(&t);
            max_width = max_total_width(&t);
        }
        if (status == AWSC_OK) {
            put_repeat(out, '-', max_width);
            awsc__buf_putc(out, '\n');
        }
        for (size_t i = 0; status == AWSC_OK && i < t.n_sections; i++)
            if (render_section(out, t.sections[i], max_width) != AWSC_OK)
                status = nomem(&t);
    } else if (status > 0) {
        status = AWSC_OK;
    }
    awsc__buf_clean_up(&t.scratch);
    awsc__arena_destroy(t.arena);
    return status;
}
