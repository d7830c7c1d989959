/*
 * The rules engine's standard library: parseURL, uriEncode,
 * isValidHostLabel, substring, aws.partition, aws.parseArn and
 * aws.isVirtualHostableS3Bucket, exactly as botocore 1.43.67's
 * RuleSetStandardLibrary computes them (urllib.parse under Python 3.11 for
 * parseURL), and the scratch memory evaluations use.
 *
 * Python's regular expressions are matched on ASCII: \w and \d never
 * match a byte above 0x7F (Python would take Unicode letters and digits).
 */
#include "endpoint.h"

#include <stddef.h>
#include <string.h>

/* ------------------------------------------------------------ scratch */

struct chunk {
    struct chunk *next;
    _Alignas(max_align_t) char data[]; /* as malloc aligns it */
};

void awsc__ep_scratch_init(struct awsc__ep_scratch *s)
{
    s->cur = s->first;
    s->end = s->first + sizeof s->first;
    s->chunks = NULL;
}

void awsc__ep_scratch_clean_up(struct awsc__ep_scratch *s)
{
    struct chunk *c = s->chunks;
    while (c) {
        struct chunk *next = c->next;
        awsc__free(c);
        c = next;
    }
    awsc__ep_scratch_init(s);
}

void *awsc__ep_alloc(struct awsc__ep_scratch *s, size_t n)
{
    size_t need = (n + 7u) & ~(size_t)7u;
    if (need < n)
        return NULL;
    if ((size_t)(s->end - s->cur) < need) {
        size_t size = need > 4096 ? need : 4096;
        struct chunk *c = awsc__malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->next = s->chunks;
        s->chunks = c;
        s->cur = c->data;
        s->end = c->data + size;
    }
    void *p = s->cur;
    s->cur += need;
    return p;
}

/* ------------------------------------------------------------ helpers */

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_hex(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_word(char c)
{
    return is_alpha(c) || is_digit(c) || c == '_';
}

/* RFC 3986 unreserved: what Python's quote() never encodes. */
static bool is_unreserved(char c)
{
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

static struct awsc__ep_str slice(const char *p, size_t n)
{
    struct awsc__ep_str s = {p, n};
    return s;
}

static const char *find(const char *p, size_t n, char c)
{
    return n ? memchr(p, c, n) : NULL;
}

/* Python's quote(s, safe): UTF-8 bytes, upper-case hex. */
static int quote(struct awsc__ep_str s, bool keep_slash, struct awsc__ep_scratch *scratch,
                 struct awsc__ep_str *out)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 0;
    for (size_t i = 0; i < s.n; i++)
        n += is_unreserved(s.p[i]) || (keep_slash && s.p[i] == '/') ? 1 : 3;
    char *o = awsc__ep_alloc(scratch, n + 1);
    if (!o)
        return AWSC_E_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.p[i];
        if (is_unreserved((char)c) || (keep_slash && c == '/')) {
            o[k++] = (char)c;
        } else {
            o[k++] = '%';
            o[k++] = hex[c >> 4];
            o[k++] = hex[c & 15];
        }
    }
    o[k] = '\0';
    *out = slice(o, k);
    return AWSC_OK;
}

/* -------------------------------------------------------- uriEncode */

int awsc__ep_uri_encode(struct awsc__ep_str s, struct awsc__ep_scratch *scratch,
                        struct awsc__ep_value *out)
{
    memset(out, 0, sizeof *out);
    out->type = AWSC__V_STRING;
    return quote(s, false, scratch, &out->s);
}

/* ------------------------------------------------- isValidHostLabel */

/* botocore's VALID_HOST_LABEL_RE, ^(?!-)[a-zA-Z\d-]{1,63}(?<!-)$, where
 * '$' also matches before a final newline. */
static bool host_label(const char *p, size_t n)
{
    if (n && p[n - 1] == '\n')
        n--;
    if (n < 1 || n > 63 || p[0] == '-' || p[n - 1] == '-')
        return false;
    for (size_t i = 0; i < n; i++)
        if (!is_alpha(p[i]) && !is_digit(p[i]) && p[i] != '-')
            return false;
    return true;
}

bool awsc__ep_valid_host_label(struct awsc__ep_str s, bool allow_subdomains)
{
    if (!allow_subdomains)
        return !find(s.p, s.n, '.') && host_label(s.p, s.n);
    size_t start = 0;
    for (size_t i = 0; i <= s.n; i++) {
        if (i == s.n || s.p[i] == '.') {
            if (!host_label(s.p + start, i - start))
                return false;
            start = i + 1;
        }
    }
    return true;
}

/* ------------------------------------------ aws.isVirtualHostableS3Bucket */

/* botocore's IPV4_RE: ^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$ ('$' as above) */
bool awsc__ep_ipv4_like(const char *s, size_t n)
{
    if (n && s[n - 1] == '\n')
        n--;
    size_t i = 0;
    for (int part = 0; part < 4; part++) {
        size_t digits = 0;
        while (i < n && is_digit(s[i]) && digits < 3) {
            i++;
            digits++;
        }
        if (!digits)
            return false;
        if (part < 3) {
            if (i >= n || s[i] != '.')
                return false;
            i++;
        }
    }
    return i == n;
}

static bool virtual_hostable(const char *p, size_t n, bool allow_subdomains)
{
    if (n < 3 || awsc__ep_ipv4_like(p, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 'A' && p[i] <= 'Z')
            return false;
    if (!allow_subdomains)
        return awsc__ep_valid_host_label(slice(p, n), false);
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || p[i] == '.') {
            if (!virtual_hostable(p + start, i - start, false))
                return false;
            start = i + 1;
        }
    }
    return true;
}

bool awsc__ep_virtual_hostable_s3_bucket(struct awsc__ep_str s, bool allow_subdomains)
{
    return virtual_hostable(s.p, s.n, allow_subdomains);
}

/* --------------------------------------------------------- substring */

bool awsc__ep_substring(struct awsc__ep_str s, int start, int stop, bool reverse,
                        struct awsc__ep_str *out)
{
    if (start < 0 || start >= stop || s.n < (size_t)stop)
        return false;
    for (size_t i = 0; i < s.n; i++)
        if ((unsigned char)s.p[i] > 0x7F)
            return false;
    if (reverse)
        *out = slice(s.p + s.n - (size_t)stop, (size_t)(stop - start));
    else
        *out = slice(s.p + start, (size_t)(stop - start));
    return true;
}

/* --------------------------------------------------------- parseArn */

int awsc__ep_parse_arn(struct awsc__ep_str s, struct awsc__ep_scratch *scratch,
                       struct awsc__ep_value *out)
{
    memset(out, 0, sizeof *out);
    if (s.n < 4 || memcmp(s.p, "arn:", 4) != 0)
        return AWSC_OK;
    /* arn.split(':', 5) */
    struct awsc__ep_str part[6];
    size_t start = 0, k = 0;
    for (size_t i = 0; i < s.n && k < 5; i++) {
        if (s.p[i] == ':') {
            part[k++] = slice(s.p + start, i - start);
            start = i + 1;
        }
    }
    if (k < 5)
        return AWSC_OK;
    part[5] = slice(s.p + start, s.n - start);
    if (!part[1].n || !part[2].n || !part[5].n)
        return AWSC_OK;
    struct awsc__ep_arn *arn = awsc__ep_alloc(scratch, sizeof *arn);
    if (!arn)
        return AWSC_E_NOMEM;
    arn->partition = part[1];
    arn->service = part[2];
    arn->region = part[3];
    arn->account_id = part[4];
    /* botocore: resource.replace(":", "/").split("/") */
    struct awsc__ep_str res = part[5];
    size_t count = 1;
    for (size_t i = 0; i < res.n; i++)
        count += res.p[i] == ':' || res.p[i] == '/';
    arn->resource_id = awsc__ep_alloc(scratch, count * sizeof *arn->resource_id);
    if (!arn->resource_id)
        return AWSC_E_NOMEM;
    start = 0;
    k = 0;
    for (size_t i = 0; i <= res.n; i++) {
        if (i == res.n || res.p[i] == ':' || res.p[i] == '/') {
            arn->resource_id[k++] = slice(res.p + start, i - start);
            start = i + 1;
        }
    }
    arn->resource_count = k;
    out->type = AWSC__V_ARN;
    out->arn = arn;
    return AWSC_OK;
}

/* --------------------------------------------------------- partition */

static bool re_at(const struct awsc__re_node *nodes, size_t count, const char *s, size_t n,
                  size_t i);

/* node[0] repeated `reps` times more, then the rest. */
static bool re_repeat(const struct awsc__re_node *nodes, size_t count, const char *s, size_t n,
                      size_t i)
{
    const struct awsc__re_node *node = nodes;
    size_t max = node->max ? node->max : (size_t)-1;
    size_t j = i, reps = 0;
    while (reps < max && j < n && (node->op == AWSC__RE_WORD ? is_word(s[j]) : is_digit(s[j]))) {
        j++;
        reps++;
    }
    /* greedy, then back off */
    for (;;) {
        if (reps >= node->min && re_at(nodes + 1, count - 1, s, n, j))
            return true;
        if (reps == 0)
            return false;
        j--;
        reps--;
    }
}

static bool re_at(const struct awsc__re_node *nodes, size_t count, const char *s, size_t n,
                  size_t i)
{
    if (count == 0)
        return true; /* re.match: a prefix is enough */
    const struct awsc__re_node *node = nodes;
    switch (node->op) {
    case AWSC__RE_LITERAL: {
        const char *text = awsc__partition_string(node->text);
        size_t len = strlen(text);
        if (n - i < len || memcmp(s + i, text, len) != 0)
            return false;
        return re_at(nodes + 1, count - 1, s, n, i + len);
    }
    case AWSC__RE_ALT: {
        const char *alt = awsc__partition_string(node->text);
        for (;;) {
            const char *bar = strchr(alt, '|');
            size_t len = bar ? (size_t)(bar - alt) : strlen(alt);
            if (n - i >= len && memcmp(s + i, alt, len) == 0 &&
                re_at(nodes + 1, count - 1, s, n, i + len))
                return true;
            if (!bar)
                return false;
            alt = bar + 1;
        }
    }
    case AWSC__RE_WORD:
    case AWSC__RE_DIGIT:
        return re_repeat(nodes, count, s, n, i);
    case AWSC__RE_END:
        return (i == n || (i == n - 1 && s[i] == '\n')) && re_at(nodes + 1, count - 1, s, n, i);
    default:
        return false;
    }
}

bool awsc__ep_regex_match(const struct awsc__re_node *nodes, size_t count, const char *s, size_t n)
{
    return re_at(nodes, count, s, n, 0);
}

static bool has_region(const struct awsc__partition *p, struct awsc__ep_str r)
{
    const uint16_t *regions = &awsc__partition_regions[p->regions];
    size_t lo = 0, hi = p->region_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *name = awsc__partition_string(regions[mid]);
        size_t len = strlen(name);
        int c = memcmp(r.p, name, r.n < len ? r.n : len);
        if (c == 0)
            c = r.n < len ? -1 : r.n > len ? 1 : 0;
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

const struct awsc__partition *awsc__ep_partition(const struct awsc__ep_str *region)
{
    if (region) {
        for (size_t i = 0; i < awsc__partition_count; i++) {
            const struct awsc__partition *p = &awsc__partitions[i];
            if (has_region(p, *region) ||
                awsc__ep_regex_match(&awsc__partition_regex[p->regex], p->regex_count, region->p,
                                     region->n))
                return p;
        }
    }
    return &awsc__partitions[0];
}

/* ---------------------------------------------------------- parseURL */

/* RFC 3986 IPv6address, as the alternatives of botocore's IPV6_PAT, then
 * an optional zone: (%25|%) followed by unreserved characters or %XX. */
bool awsc__ep_valid_ipv6(const char *s, size_t n)
{
    const char *zone = find(s, n, '%');
    if (zone) {
        size_t zi = (size_t)(zone - s) + 1, zn = n;
        if (zi >= zn)
            return false;
        for (size_t i = zi; i < zn; i++) {
            if (s[i] == '%') {
                if (i + 2 >= zn || !is_hex(s[i + 1]) || !is_hex(s[i + 2]))
                    return false;
                i += 2;
            } else if (!is_unreserved(s[i]) && s[i] != '!') {
                return false;
            }
        }
        n = (size_t)(zone - s);
    }
    /* groups before and after "::" */
    int left = 0, right = 0;
    bool gap = false, ipv4 = false;
    size_t i = 0;
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        gap = true;
        i = 2;
    } else if (n && s[0] == ':') {
        return false;
    }
    while (i < n) {
        size_t j = i;
        while (j < n && is_hex(s[j]) && j - i < 5)
            j++;
        if (j < n && s[j] == '.') {
            /* ls32 as an IPv4 address: must be the last piece */
            if (!awsc__ep_ipv4_like(s + i, n - i) || memchr(s + i, '\n', n - i))
                return false;
            ipv4 = true;
            if (gap)
                right += 2;
            else
                left += 2;
            i = n;
            break;
        }
        if (j == i || j - i > 4)
            return false;
        if (gap)
            right++;
        else
            left++;
        i = j;
        if (i == n)
            break;
        if (s[i] != ':')
            return false;
        i++;
        if (i < n && s[i] == ':') {
            if (gap)
                return false;
            gap = true;
            i++;
        } else if (i == n) {
            return false; /* a single trailing ':' */
        }
    }
    (void)ipv4;
    if (!gap)
        return left == 8;
    /* "::" stands for at least one group; with an IPv4 tail that tail
     * needs two of the 7 places, and after "::" one lone group is h16. */
    return left + right <= 7;
}

/* Python's str.lower() on ASCII; used for the hostname. */
static void lower_into(char *dst, const char *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = (src[i] >= 'A' && src[i] <= 'Z') ? (char)(src[i] - 'A' + 'a') : src[i];
}

/* botocore's remove_dot_segments, then quote(path, safe='/'), then a
 * trailing '/'. */
static int normalized_path(struct awsc__ep_str path, struct awsc__ep_scratch *scratch,
                           struct awsc__ep_str *out)
{
    char *buf = awsc__ep_alloc(scratch, path.n + 2);
    if (!buf)
        return AWSC_E_NOMEM;
    size_t len = 0;
    if (!path.n) {
        buf[len++] = '/';
    } else {
        /* segments kept, as (start, length) pairs written into buf */
        size_t *stack = awsc__ep_alloc(scratch, (path.n + 1) * sizeof *stack);
        if (!stack)
            return AWSC_E_NOMEM;
        size_t top = 0, start = 0;
        for (size_t i = 0; i <= path.n; i++) {
            if (i < path.n && path.p[i] != '/')
                continue;
            size_t sn = i - start;
            const char *seg = path.p + start;
            if (sn && !(sn == 1 && seg[0] == '.')) {
                if (sn == 2 && seg[0] == '.' && seg[1] == '.') {
                    if (top)
                        top--;
                } else {
                    stack[top++] = start;
                }
            }
            start = i + 1;
        }
        if (path.p[0] == '/')
            buf[len++] = '/';
        for (size_t k = 0; k < top; k++) {
            const char *seg = path.p + stack[k];
            const char *end = find(seg, path.n - stack[k], '/');
            size_t sn = end ? (size_t)(end - seg) : path.n - stack[k];
            if (k)
                buf[len++] = '/';
            memcpy(buf + len, seg, sn);
            len += sn;
        }
        if (path.p[path.n - 1] == '/' && top)
            buf[len++] = '/';
    }
    struct awsc__ep_str q;
    int status = quote(slice(buf, len), true, scratch, &q);
    if (status != AWSC_OK)
        return status;
    if (!q.n || q.p[q.n - 1] != '/') {
        char *o = awsc__ep_alloc(scratch, q.n + 2);
        if (!o)
            return AWSC_E_NOMEM;
        memcpy(o, q.p, q.n);
        o[q.n] = '/';
        o[q.n + 1] = '\0';
        q = slice(o, q.n + 1);
    }
    *out = q;
    return AWSC_OK;
}

/* The netloc's hostname and port, as SplitResult._hostinfo. */
static void hostinfo(struct awsc__ep_str netloc, struct awsc__ep_str *host,
                     struct awsc__ep_str *port, bool *bracketed)
{
    const char *at = NULL;
    for (size_t i = netloc.n; i > 0; i--)
        if (netloc.p[i - 1] == '@') {
            at = netloc.p + i - 1;
            break;
        }
    struct awsc__ep_str hi = at ? slice(at + 1, netloc.n - (size_t)(at + 1 - netloc.p)) : netloc;
    const char *open = find(hi.p, hi.n, '[');
    *port = slice(NULL, 0);
    *bracketed = open != NULL;
    if (open) {
        struct awsc__ep_str br = slice(open + 1, hi.n - (size_t)(open + 1 - hi.p));
        const char *close = find(br.p, br.n, ']');
        if (!close) {
            *host = br;
            return;
        }
        *host = slice(br.p, (size_t)(close - br.p));
        struct awsc__ep_str rest = slice(close + 1, br.n - (size_t)(close + 1 - br.p));
        const char *colon = find(rest.p, rest.n, ':');
        if (colon)
            *port = slice(colon + 1, rest.n - (size_t)(colon + 1 - rest.p));
    } else {
        const char *colon = find(hi.p, hi.n, ':');
        *host = colon ? slice(hi.p, (size_t)(colon - hi.p)) : hi;
        if (colon)
            *port = slice(colon + 1, hi.n - (size_t)(colon + 1 - hi.p));
    }
}

/* Python 3.11's _check_bracketed_netloc, approximated: nothing before
 * '[', nothing but ":port" after ']', and the host an IPv6 address (with
 * zone) or an IPvFuture literal. */
static bool bracketed_ok(struct awsc__ep_str netloc)
{
    const char *at = NULL;
    for (size_t i = netloc.n; i > 0; i--)
        if (netloc.p[i - 1] == '@') {
            at = netloc.p + i - 1;
            break;
        }
    struct awsc__ep_str hp = at ? slice(at + 1, netloc.n - (size_t)(at + 1 - netloc.p)) : netloc;
    const char *open = find(hp.p, hp.n, '[');
    struct awsc__ep_str host;
    if (open) {
        if (open != hp.p)
            return false;
        struct awsc__ep_str br = slice(open + 1, hp.n - 1);
        const char *close = find(br.p, br.n, ']');
        host = close ? slice(br.p, (size_t)(close - br.p)) : br;
        if (close && (size_t)(close - br.p) + 1 < br.n && close[1] != ':')
            return false;
    } else {
        const char *colon = find(hp.p, hp.n, ':');
        host = colon ? slice(hp.p, (size_t)(colon - hp.p)) : hp;
    }
    if (host.n && host.p[0] == 'v') {
        /* \Av[a-fA-F0-9]+\..+\Z */
        size_t i = 1;
        while (i < host.n && is_hex(host.p[i]))
            i++;
        return i > 1 && i < host.n && host.p[i] == '.' && i + 1 < host.n &&
               !find(host.p + i + 1, host.n - i - 1, '\n');
    }
    return awsc__ep_valid_ipv6(host.p, host.n) && !awsc__ep_ipv4_like(host.p, host.n);
}

int awsc__ep_parse_url(struct awsc__ep_str in, struct awsc__ep_scratch *scratch,
                       struct awsc__ep_value *out)
{
    memset(out, 0, sizeof *out);
    const struct awsc__ep_str raw = in;
    /* urlsplit: lstrip C0 controls and space, drop tab, CR and LF */
    while (in.n && (unsigned char)in.p[0] <= ' ') {
        in.p++;
        in.n--;
    }
    char *u = awsc__ep_alloc(scratch, in.n + 1);
    if (!u)
        return AWSC_E_NOMEM;
    size_t n = 0;
    for (size_t i = 0; i < in.n; i++)
        if (in.p[i] != '\t' && in.p[i] != '\r' && in.p[i] != '\n')
            u[n++] = in.p[i];
    u[n] = '\0';

    struct awsc__ep_str rest = slice(u, n), scheme = slice(u, 0), netloc = slice(u, 0);
    const char *colon = find(u, n, ':');
    if (colon && colon > u && is_alpha(u[0])) {
        size_t i = 0, len = (size_t)(colon - u);
        while (i < len &&
               (is_alpha(u[i]) || is_digit(u[i]) || u[i] == '+' || u[i] == '-' || u[i] == '.'))
            i++;
        if (i == len) {
            char *sch = awsc__ep_alloc(scratch, len + 1);
            if (!sch)
                return AWSC_E_NOMEM;
            lower_into(sch, u, len);
            sch[len] = '\0';
            scheme = slice(sch, len);
            rest = slice(colon + 1, n - len - 1);
        }
    }
    if (rest.n >= 2 && rest.p[0] == '/' && rest.p[1] == '/') {
        size_t end = 2;
        while (end < rest.n && rest.p[end] != '/' && rest.p[end] != '?' && rest.p[end] != '#')
            end++;
        netloc = slice(rest.p + 2, end - 2);
        rest = slice(rest.p + end, rest.n - end);
        bool open = find(netloc.p, netloc.n, '[') != NULL;
        bool close = find(netloc.p, netloc.n, ']') != NULL;
        if (open != close)
            return AWSC_OK; /* Python: ValueError("Invalid IPv6 URL") */
        if (open && !bracketed_ok(netloc))
            return AWSC_OK;
    }
    const char *hash = find(rest.p, rest.n, '#');
    if (hash)
        rest.n = (size_t)(hash - rest.p);
    const char *q = find(rest.p, rest.n, '?');
    bool has_query = false;
    if (q) {
        has_query = (size_t)(q - rest.p) + 1 < rest.n;
        rest.n = (size_t)(q - rest.p);
    }
    bool http = scheme.n == 4 && memcmp(scheme.p, "http", 4) == 0;
    bool https = scheme.n == 5 && memcmp(scheme.p, "https", 5) == 0;
    /* urlparse: ';' starts the params of the last path segment */
    if (http || https) {
        const char *semi = NULL;
        const char *slash = NULL;
        for (size_t i = rest.n; i > 0; i--)
            if (rest.p[i - 1] == '/') {
                slash = rest.p + i - 1;
                break;
            }
        const char *from = slash ? slash : rest.p;
        semi = find(from, rest.n - (size_t)(from - rest.p), ';');
        if (semi)
            rest.n = (size_t)(semi - rest.p);
    }
    /* .port must be a number in 0..65535 */
    struct awsc__ep_str host, port;
    bool bracketed;
    hostinfo(netloc, &host, &port, &bracketed);
    if (port.n) {
        unsigned long v = 0;
        for (size_t i = 0; i < port.n; i++) {
            if (!is_digit(port.p[i]))
                return AWSC_OK;
            v = v * 10 + (unsigned long)(port.p[i] - '0');
            if (v > 65535)
                return AWSC_OK;
        }
    }
    if (!(http || https) || has_query)
        return AWSC_OK;

    struct awsc__ep_url *url = awsc__ep_alloc(scratch, sizeof *url);
    if (!url)
        return AWSC_E_NOMEM;
    memset(url, 0, sizeof *url);
    url->scheme = scheme;
    url->authority = netloc;
    url->path = rest;
    int status = normalized_path(rest, scratch, &url->normalized_path);
    if (status != AWSC_OK)
        return status;
    /* isIp: the hostname (lower-cased; the zone kept) is an IPv4 address,
     * or, bracketed, an IPv6 one (and the raw value had no tab, CR or LF) */
    if (host.n) {
        char *h = awsc__ep_alloc(scratch, host.n + 1);
        if (!h)
            return AWSC_E_NOMEM;
        const char *pct = find(host.p, host.n, '%');
        size_t lower_n = pct ? (size_t)(pct - host.p) : host.n;
        lower_into(h, host.p, lower_n);
        memcpy(h + lower_n, host.p + lower_n, host.n - lower_n);
        url->is_ip = awsc__ep_ipv4_like(h, host.n);
        if (!url->is_ip) {
            bool unsafe =
                find(raw.p, raw.n, '\t') || find(raw.p, raw.n, '\r') || find(raw.p, raw.n, '\n');
            url->is_ip = !unsafe && !find(h, host.n, ']') && !find(h, host.n, '[') &&
                         awsc__ep_valid_ipv6(h, host.n);
        }
    }
    out->type = AWSC__V_URL;
    out->url = url;
    return AWSC_OK;
}
