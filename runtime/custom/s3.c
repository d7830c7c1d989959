/*
 * S3's customizations: what botocore 1.29.27's handlers.py adds to the S3
 * model, as hooks of the call path (see custom.h for when each runs).
 *
 * prepare_input (before-parameter-build):
 *  - a Bucket must match ^[a-zA-Z0-9.\-_]{1,255}$ or be an ARN;
 *  - SSECustomerKey / CopySourceSSECustomerKey, given as the raw key, are
 *    sent base64-encoded with the base64 MD5 of the key in ...KeyMD5,
 *    unless the caller set ...KeyMD5 (then both are sent as given);
 *  - CopySource ("bucket/key" or "bucket/key?versionId=id") is
 *    percent-encoded but for '/' and a versionId suffix;
 *  - user metadata (x-amz-meta-*) must be ASCII on PutObject, CopyObject
 *    and CreateMultipartUpload;
 *  - ListObjects, ListObjectsV2 and ListObjectVersions ask for
 *    EncodingType=url when the caller did not choose one (finish_query
 *    puts encoding-type=url last in the query string, where botocore's
 *    serializer writes the parameter its handler added).
 * finish_request (before-call):
 *  - Expect: 100-continue on a PUT or POST that sends a streamed body
 *    from a file or a callback, and always on PutObject and UploadPart
 *    with a body (botocore makes theirs file-like);
 *  - DeleteObjects and PutBucketLifecycleConfiguration: CR and LF in the
 *    XML body as &#xD; and &#xA;.
 * check_success (needs-retry): a 200 to CopyObject, UploadPartCopy or
 * CompleteMultipartUpload whose body is not XML or is an <Error> document
 * is that error, handled as an HTTP 500 (and so retried).
 * finish_output (after-call):
 *  - the List operations' keys, prefixes, delimiters and markers are
 *    URL-decoded when awsc asked for EncodingType=url (never when the
 *    caller did);
 *  - GetBucketLocation's body is a bare <LocationConstraint> element: its
 *    text is LocationConstraint (absent for us-east-1's empty element).
 *
 * The SSE-C key is the raw key as a C string, as botocore takes it; a key
 * with NUL bytes cannot be given that way: give it base64-encoded with
 * its MD5 in SSECustomerKeyMD5 (both are then sent as they are).
 *
 * Not hooks: the checksums (checksum.c, from the model's traits), the
 * addressing (the rule set), and Expires, which the HTTP binding reads as
 * botocore 1.29.27 does: any timestamp form (HTTP date, ISO 8601, epoch
 * seconds), and a value that is none fails the call (AWSC_E_PARSE naming
 * the header).
 */
#include "custom.h"

#include <string.h>

#include "protocol/xml.h"

#define FIELD(base, off) ((void *)((unsigned char *)(base) + (off)))

static bool op_is(const struct awsc_operation *op, const char *name)
{
    return strcmp(awsc_operation_name(op), name) == 0;
}

static bool op_in(const struct awsc_operation *op, const char *const *names)
{
    for (; *names; names++)
        if (op_is(op, *names))
            return true;
    return false;
}

static void set_string(const struct awsc_shape *s, void *base, const char *name, const char *value)
{
    const struct awsc_member *m = awsc_shape_member_named(s, name);
    if (m && awsc_member_shape(m)->type == AWSC_SHAPE_STRING)
        *(const char **)FIELD(base, m->offset) = value;
}

static int nomem(struct awsc_error *err)
{
    return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

/* ------------------------------------------------------- prepare_input */

struct prep {
    const struct awsc_operation *op;
    const void **input;
    void *copy; /* the input's copy, once something changes */
    struct awsc_arena *arena;
    struct awsc_error *err;
};

/* The copy of the input to change, made on first use. */
static void *writable(struct prep *p)
{
    if (!p->copy) {
        p->copy = awsc__arena_memdup(p->arena, *p->input, awsc_operation_input(p->op)->size);
        if (p->copy)
            *p->input = p->copy;
    }
    return p->copy;
}

static int check_bucket(struct prep *p)
{
    const char *b = awsc__string_member(awsc_operation_input(p->op), *p->input, "Bucket");
    if (!b || strncmp(b, "arn:", 4) == 0)
        return AWSC_OK; /* ARNs are the endpoint rules' to judge */
    size_t n = strlen(b);
    bool ok = n >= 1 && n <= 255;
    for (size_t i = 0; ok && i < n; i++) {
        char c = b[i];
        ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '.' || c == '-' || c == '_';
    }
    if (ok)
        return AWSC_OK;
    return awsc__fail(p->err, AWSC_E_VALIDATION,
                      "Invalid bucket name \"%s\": Bucket name must match the regex "
                      "\"^[a-zA-Z0-9.\\-_]{1,255}$\" or be an ARN",
                      b);
}

/* handlers._sse_md5: the raw key -> base64, and its MD5 in base64. */
static int sse_md5(struct prep *p, const char *key_name, const char *md5_name)
{
    const struct awsc_shape *in = awsc_operation_input(p->op);
    const char *key = awsc__string_member(in, *p->input, key_name);
    if (!key || !awsc_shape_member_named(in, md5_name) ||
        awsc__string_member(in, *p->input, md5_name))
        return AWSC_OK;
    size_t n = strlen(key);
    uint8_t digest[16];
    if (!awsc__hash(AWSC__HASH_MD5, key, n, digest))
        return nomem(p->err);
    char *b64 = awsc__arena_alloc(p->arena, awsc__base64_encoded_len(n) + 1);
    char *md5 = awsc__arena_alloc(p->arena, awsc__base64_encoded_len(16) + 1);
    void *copy = writable(p);
    if (!b64 || !md5 || !copy)
        return nomem(p->err);
    awsc__base64_encode((const uint8_t *)key, n, b64);
    awsc__base64_encode(digest, 16, md5);
    set_string(in, copy, key_name, b64);
    set_string(in, copy, md5_name, md5);
    return AWSC_OK;
}

/* handlers._quote_source_header: percent-encode all but '/' (and the
 * unreserved characters), keeping a "?versionId=..." suffix as it is. */
static int copy_source(struct prep *p)
{
    const char *src = awsc__string_member(awsc_operation_input(p->op), *p->input, "CopySource");
    if (!src)
        return AWSC_OK;
    size_t n = strlen(src);
    /* VERSION_ID_SUFFIX: \?versionId=[^\s]+$ -- the last such match */
    const char *suffix = NULL;
    for (const char *q = strstr(src, "?versionId="); q; q = strstr(q + 1, "?versionId=")) {
        const char *v = q + strlen("?versionId=");
        bool ok = *v != '\0';
        for (; *v && ok; v++)
            ok = !(*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r' || *v == '\f' || *v == '\v');
        if (ok) {
            suffix = q;
            break;
        }
    }
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_uri_encode(&b, src, suffix ? (size_t)(suffix - src) : n, true);
    if (suffix)
        awsc__buf_puts(&b, suffix);
    char *v = b.failed ? NULL : awsc__arena_strdup(p->arena, b.data ? b.data : "");
    awsc__buf_clean_up(&b);
    void *copy = v ? writable(p) : NULL;
    if (!copy)
        return nomem(p->err);
    set_string(awsc_operation_input(p->op), copy, "CopySource", v);
    return AWSC_OK;
}

static bool ascii(const char *s)
{
    for (; s && *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

/* handlers.validate_ascii_metadata */
static int ascii_metadata(struct prep *p)
{
    const struct awsc_member *m = awsc_shape_member_named(awsc_operation_input(p->op), "Metadata");
    if (!m || awsc_member_shape(m)->type != AWSC_SHAPE_MAP)
        return AWSC_OK;
    const struct awsc_map_view *map = (const void *)((const unsigned char *)*p->input + m->offset);
    const struct awsc_shape *ms = awsc_member_shape(m);
    for (size_t i = 0; map->entries && i < map->count; i++) {
        const unsigned char *e =
            (const unsigned char *)map->entries + i * awsc_shape_entry_size(ms);
        const char *key = *(const char *const *)(const void *)e;
        const char *value = *(const char *const *)(const void *)(e + awsc_shape_value_offset(ms));
        if (!ascii(key) || !ascii(value))
            return awsc__fail(p->err, AWSC_E_VALIDATION,
                              "Non ascii characters found in S3 metadata for key \"%s\", value: "
                              "\"%s\".  \nS3 metadata can only contain ASCII characters. ",
                              key ? key : "", value ? value : "");
    }
    return AWSC_OK;
}

static const char *const LIST_OPS[] = {"ListObjects", "ListObjectsV2", "ListObjectVersions", NULL};
static const char *const SSE_OPS[] = {"HeadObject",
                                      "GetObject",
                                      "PutObject",
                                      "CopyObject",
                                      "UploadPart",
                                      "UploadPartCopy",
                                      "CreateMultipartUpload",
                                      "CompleteMultipartUpload",
                                      "SelectObjectContent",
                                      NULL};
static const char *const COPY_OPS[] = {"CopyObject", "UploadPartCopy", NULL};
static const char *const METADATA_OPS[] = {"PutObject", "CopyObject", "CreateMultipartUpload",
                                           NULL};

static int s3_prepare_input(const struct awsc_operation *op, const void **input,
                            struct awsc_arena *arena, struct awsc__hook_state *state,
                            struct awsc_error *err)
{
    if (!awsc_operation_input(op) || !*input)
        return AWSC_OK;
    struct prep p = {op, input, NULL, arena, err};
    int status = check_bucket(&p);
    if (status == AWSC_OK && op_in(op, SSE_OPS))
        status = sse_md5(&p, "SSECustomerKey", "SSECustomerKeyMD5");
    if (status == AWSC_OK && op_in(op, COPY_OPS))
        status = sse_md5(&p, "CopySourceSSECustomerKey", "CopySourceSSECustomerKeyMD5");
    if (status == AWSC_OK && op_in(op, COPY_OPS))
        status = copy_source(&p);
    if (status == AWSC_OK && op_in(op, METADATA_OPS))
        status = ascii_metadata(&p);
    if (status == AWSC_OK && op_in(op, LIST_OPS) &&
        !awsc__string_member(awsc_operation_input(op), *input, "EncodingType"))
        state->encoding_type_auto = true;
    return status;
}

static int s3_finish_query(const struct awsc_operation *op, struct awsc__request *req,
                           const struct awsc__hook_state *state, struct awsc_error *err)
{
    (void)op;
    if (!state->encoding_type_auto)
        return AWSC_OK;
    if (req->query.len)
        awsc__buf_putc(&req->query, '&');
    awsc__buf_puts(&req->query, "encoding-type=url");
    return req->query.failed ? nomem(err) : AWSC_OK;
}

/* ------------------------------------------------------ finish_request */

/* handlers.escape_xml_payload: CR and LF as character references over the
 * whole document (the XML writer gives a CR as &#13; already). */
static int escape_xml_payload(struct awsc__request *req, struct awsc_error *err)
{
    if (!req->body.len)
        return AWSC_OK;
    struct awsc_buf out = AWSC_BUF_INIT;
    const char *s = req->body.data;
    for (size_t i = 0; i < req->body.len; i++) {
        if (s[i] == '\n' || s[i] == '\r') {
            awsc__buf_puts(&out, s[i] == '\n' ? "&#xA;" : "&#xD;");
        } else if (s[i] == '&' && i + 5 <= req->body.len && memcmp(s + i, "&#13;", 5) == 0) {
            awsc__buf_puts(&out, "&#xD;");
            i += 4;
        } else {
            awsc__buf_putc(&out, s[i]);
        }
    }
    if (out.failed) {
        awsc__buf_clean_up(&out);
        return nomem(err);
    }
    awsc__buf_clean_up(&req->body);
    req->body = out;
    return AWSC_OK;
}

/* botocore makes their bodies file-like objects (convert_body_to_file_like_object) */
static const char *const FILE_LIKE_OPS[] = {"PutObject", "UploadPart", NULL};
static const char *const ESCAPE_OPS[] = {"DeleteObjects", "PutBucketLifecycleConfiguration", NULL};

static int s3_finish_request(struct awsc__hook_request *r, struct awsc_error *err)
{
    const struct awsc_operation *op = r->op;
    if (op_in(op, ESCAPE_OPS)) {
        int status = escape_xml_payload(r->req, err);
        if (status != AWSC_OK)
            return status;
    }
    /* handlers.add_expect_header: a file-like body */
    const char *m = r->req->method;
    bool file_like = r->upload && (r->upload->path || r->upload->read || op_in(op, FILE_LIKE_OPS));
    if (file_like && (strcmp(m, "PUT") == 0 || strcmp(m, "POST") == 0) &&
        awsc__headers_set(&r->req->headers, r->req->arena, "Expect", "100-continue") != AWSC_OK)
        return nomem(err);
    return AWSC_OK;
}

/* ------------------------------------------------------- check_success */

static bool s3_check_success(const struct awsc_operation *op, const struct awsc__response *resp)
{
    bool applies = op_in(op, COPY_OPS) || op_is(op, "CompleteMultipartUpload");
    if (!applies || resp->status != 200)
        return false;
    struct awsc_arena *a = awsc__arena_new();
    if (!a)
        return false;
    struct awsc__xml_read_opts opts;
    memset(&opts, 0, sizeof opts);
    struct awsc_error perr = AWSC_ERROR_INIT;
    int st = awsc__xml_read(resp->body ? resp->body : (const uint8_t *)"", resp->body_len, NULL,
                            NULL, a, &opts, &perr);
    /* not XML (a body cut off mid-copy, say), or an <Error> document */
    bool error = st == AWSC_E_PARSE ||
                 (st == AWSC_OK && opts.root_name && strcmp(opts.root_name, "Error") == 0);
    awsc_error_clean_up(&perr);
    awsc__arena_destroy(a);
    return error;
}

/* ------------------------------------------------------- finish_output */

/* urllib.parse.unquote: %XX decoded (a '%' without two hex digits kept),
 * the bytes read as UTF-8 with U+FFFD for what is not. */
static const char *url_decode(struct awsc_arena *a, const char *s)
{
    if (!strchr(s, '%'))
        return s;
    size_t n = strlen(s);
    struct awsc_buf raw = AWSC_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        int hi = i + 2 < n ? awsc__hex_value(s[i + 1]) : -1;
        int lo = i + 2 < n ? awsc__hex_value(s[i + 2]) : -1;
        if (s[i] == '%' && hi >= 0 && lo >= 0) {
            awsc__buf_putc(&raw, (char)(hi * 16 + lo));
            i += 2;
        } else {
            awsc__buf_putc(&raw, s[i]);
        }
    }
    const char *out = NULL;
    if (!raw.failed && awsc__utf8_valid(raw.data ? raw.data : "", raw.len)) {
        out = awsc__arena_strndup(a, raw.data ? raw.data : "", raw.len);
    } else if (!raw.failed) {
        struct awsc_buf fixed = AWSC_BUF_INIT;
        for (size_t i = 0; i < raw.len;) {
            size_t len = 1;
            unsigned char c = (unsigned char)raw.data[i];
            if (c >= 0xf0)
                len = 4;
            else if (c >= 0xe0)
                len = 3;
            else if (c >= 0xc0)
                len = 2;
            if (c != 0 && i + len <= raw.len && awsc__utf8_valid(raw.data + i, len)) {
                awsc__buf_append(&fixed, raw.data + i, len);
                i += len;
            } else {
                awsc__buf_puts(&fixed, "\xef\xbf\xbd");
                i++;
            }
        }
        out = fixed.failed ? NULL : awsc__arena_strndup(a, fixed.data ? fixed.data : "", fixed.len);
        awsc__buf_clean_up(&fixed);
    }
    awsc__buf_clean_up(&raw);
    return out;
}

static int decode_field(const struct awsc_shape *s, void *base, const char *name,
                        struct awsc_arena *a, struct awsc_error *err)
{
    const char *v = awsc__string_member(s, base, name);
    if (!v)
        return AWSC_OK;
    const char *d = url_decode(a, v);
    if (!d)
        return nomem(err);
    set_string(s, base, name, d);
    return AWSC_OK;
}

/* handlers._decode_list_object: top-level members, then one member of
 * each item of some lists. */
static int decode_list(const struct awsc_shape *out_shape, void *out, const char *const *top,
                       const char *const (*nested)[2], struct awsc_arena *a, struct awsc_error *err)
{
    int status = AWSC_OK;
    for (; *top && status == AWSC_OK; top++)
        status = decode_field(out_shape, out, *top, a, err);
    for (; (*nested)[0] && status == AWSC_OK; nested++) {
        const struct awsc_member *lm = awsc_shape_member_named(out_shape, (*nested)[0]);
        if (!lm || awsc_member_shape(lm)->type != AWSC_SHAPE_LIST ||
            awsc_shape_item(awsc_member_shape(lm))->type != AWSC_SHAPE_STRUCTURE)
            continue;
        struct awsc_list_view *l = FIELD(out, lm->offset);
        const struct awsc_shape *item = awsc_shape_item(awsc_member_shape(lm));
        for (size_t i = 0; l->items && i < l->count && status == AWSC_OK; i++)
            status = decode_field(item, (unsigned char *)l->items + i * item->size, (*nested)[1], a,
                                  err);
    }
    return status;
}

static const char *const V1_TOP[] = {"Delimiter", "Marker", "NextMarker", NULL};
static const char *const V2_TOP[] = {"Delimiter", "Prefix", "StartAfter", NULL};
static const char *const VERSIONS_TOP[] = {"KeyMarker", "NextKeyMarker", "Prefix", "Delimiter",
                                           NULL};
static const char *const OBJECTS_NESTED[][2] = {
    {"Contents", "Key"}, {"CommonPrefixes", "Prefix"}, {NULL, NULL}};
static const char *const VERSIONS_NESTED[][2] = {
    {"Versions", "Key"}, {"DeleteMarkers", "Key"}, {"CommonPrefixes", "Prefix"}, {NULL, NULL}};

static int bucket_location(const struct awsc_operation *op, const struct awsc__response *resp,
                           void *output, struct awsc_arena *arena, struct awsc_error *err)
{
    if (!resp->body_len)
        return AWSC_OK;
    static const char *const ROOT[] = {NULL};
    struct awsc__xml_capture cap = {ROOT, NULL};
    struct awsc__xml_read_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.captures = &cap;
    opts.capture_count = 1;
    struct awsc_error perr = AWSC_ERROR_INIT;
    int st = awsc__xml_read(resp->body, resp->body_len, NULL, NULL, arena, &opts, &perr);
    if (st != AWSC_OK) {
        awsc__fail(err, st, "the GetBucketLocation response could not be read: %s",
                   perr.message ? perr.message : awsc_strerror(st));
        awsc_error_clean_up(&perr);
        return st;
    }
    set_string(awsc_operation_output(op), output, "LocationConstraint",
               cap.text && *cap.text ? cap.text : NULL);
    return AWSC_OK;
}

static int s3_finish_output(const struct awsc_operation *op, const struct awsc__response *resp,
                            void *output, struct awsc_arena *arena,
                            const struct awsc__hook_state *state, struct awsc_error *err)
{
    if (op_is(op, "GetBucketLocation"))
        return bucket_location(op, resp, output, arena, err);
    if (!state->encoding_type_auto || !op_in(op, LIST_OPS))
        return AWSC_OK;
    const char *enc = awsc__string_member(awsc_operation_output(op), output, "EncodingType");
    if (!enc || strcmp(enc, "url") != 0)
        return AWSC_OK;
    if (op_is(op, "ListObjects"))
        return decode_list(awsc_operation_output(op), output, V1_TOP, OBJECTS_NESTED, arena, err);
    if (op_is(op, "ListObjectsV2"))
        return decode_list(awsc_operation_output(op), output, V2_TOP, OBJECTS_NESTED, arena, err);
    return decode_list(awsc_operation_output(op), output, VERSIONS_TOP, VERSIONS_NESTED, arena,
                       err);
}

const struct awsc__hooks awsc__s3_hooks = {
    "s3", s3_prepare_input, s3_finish_query, s3_finish_request, s3_check_success, s3_finish_output,
};

/* Only the hooks of the services built name their code (AWSC_CUSTOM_*,
 * runtime/custom/meson.build), so the others stay out of the library,
 * which is linked with --gc-sections. */
const struct awsc__hooks *awsc__hooks_for(const struct awsc_service *svc)
{
    if (!svc)
        return NULL;
#if AWSC_CUSTOM_S3
    if (svc->flags & AWSC_SVC_S3)
        return &awsc__s3_hooks;
#endif
#if AWSC_CUSTOM_SOURCE_REGION
    if (svc->flags & AWSC_SVC_SOURCE_REGION)
        return &awsc__source_region_hooks;
#endif
#if AWSC_CUSTOM_PREDICT_ENDPOINT
    if (svc->flags & AWSC_SVC_PREDICT_ENDPOINT)
        return &awsc__predict_endpoint_hooks;
#endif
    return NULL;
}
