/*
 * Request compression: the model's requestcompression trait, as botocore
 * 1.43.67's compress.py applies it. The one encoding botocore knows is
 * gzip, written as Python's gzip module writes it (level 9, the header's
 * MTIME the call's clock, XFL 2, OS 255), so the bytes and the signature
 * over them are botocore's.
 */
#include "client.h"

#include <string.h>
#include <zlib.h>

/* _should_compress_request */
static bool should_compress(const struct awsc_client *c, const struct awsc_operation *op,
                            const struct awsc__request *req, const struct awsc__upload *upload)
{
    if (!(op->flags & AWSC_OF_COMPRESS_GZIP) || c->compression_disabled ||
        (c->service->flags & AWSC_SVC_SIGV2))
        return false;
    if (upload || req->body_stream) {
        /* streaming input: whatever its size, unless it requires a length */
        const struct awsc_member *pm = awsc_shape_payload_member(awsc_operation_input(op));
        return !pm || !(awsc_member_shape(pm)->flags & AWSC_SF_REQUIRES_LENGTH);
    }
    return (long)req->body.len >= c->min_compression_size;
}

static void put_le32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

struct gz {
    z_stream z;
    struct awsc_buf *out;
    uint32_t crc;
    uint32_t size;
};

/* zlib's allocations go through awsc's allocator (awsc_set_allocator, and
 * the allocation-failure tests) */
static voidpf z_alloc(voidpf opaque, uInt items, uInt size)
{
    (void)opaque;
    return awsc__calloc(items, size);
}

static void z_free(voidpf opaque, voidpf p)
{
    (void)opaque;
    awsc__free(p);
}

/* Deflates n bytes (flush: Z_FINISH at the end) into g->out. */
static bool gz_feed(struct gz *g, const uint8_t *data, size_t n, int flush)
{
    g->crc = awsc__crc32_update(g->crc, data, n);
    g->size += (uint32_t)n;
    g->z.next_in = (Bytef *)(uintptr_t)data;
    g->z.avail_in = (uInt)n;
    for (;;) {
        uint8_t chunk[16384];
        g->z.next_out = chunk;
        g->z.avail_out = sizeof chunk;
        int rc = deflate(&g->z, flush);
        if (rc == Z_STREAM_ERROR)
            return false;
        awsc__buf_append(g->out, chunk, sizeof chunk - g->z.avail_out);
        if (flush == Z_FINISH ? rc == Z_STREAM_END : g->z.avail_in == 0 && g->z.avail_out != 0)
            return !g->out->failed;
    }
}

int awsc__maybe_compress(struct awsc_client *c, const struct awsc_operation *op,
                         struct awsc__request *req, struct awsc__upload *upload, int64_t now,
                         bool *consumed_upload, struct awsc_error *err)
{
    *consumed_upload = false;
    if (!should_compress(c, op, req, upload))
        return AWSC_OK;
    struct awsc_buf out = AWSC_BUF_INIT;
    /* gzip's header: magic, deflate, no flags, MTIME, XFL 2 (level 9), OS
     * 255 (unknown), as Python's gzip writes it */
    uint8_t header[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255};
    put_le32(header + 4, (uint32_t)now);
    awsc__buf_append(&out, header, sizeof header);
    struct gz g = {.out = &out};
    g.z.zalloc = z_alloc;
    g.z.zfree = z_free;
    if (deflateInit2(&g.z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        awsc__buf_clean_up(&out);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    bool ok = true;
    int status = AWSC_OK;
    if (upload) {
        /* a streamed body is read whole, as botocore reads a file-like one */
        uint8_t chunk[65536];
        for (;;) {
            size_t n = awsc__upload_read(upload, chunk, sizeof chunk);
            if (n == (size_t)-1) {
                status = awsc__fail(err, AWSC_E_IO, "cannot read the body to compress it");
                break;
            }
            if (n == 0)
                break;
            if (!(ok = gz_feed(&g, chunk, n, Z_NO_FLUSH)))
                break;
        }
    } else {
        const uint8_t *p = (const uint8_t *)(req->body.data ? req->body.data : "");
        size_t left = req->body.len;
        do { /* in slices zlib's counters hold */
            size_t n = left > (1u << 30) ? (1u << 30) : left;
            ok = gz_feed(&g, p, n, Z_NO_FLUSH);
            p += n;
            left -= n;
        } while (ok && left);
    }
    if (status == AWSC_OK && ok)
        ok = gz_feed(&g, (const uint8_t *)"", 0, Z_FINISH);
    deflateEnd(&g.z);
    uint8_t trailer[8];
    put_le32(trailer, g.crc);
    put_le32(trailer + 4, g.size);
    awsc__buf_append(&out, trailer, sizeof trailer);
    if (status == AWSC_OK && (!ok || out.failed))
        status = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    if (status != AWSC_OK) {
        awsc__buf_clean_up(&out);
        return status;
    }
    /* _set_compression_header */
    const char *ce = awsc__headers_get(&req->headers, "Content-Encoding");
    const char *value = ce ? awsc__arena_printf(req->arena, "%s,gzip", ce) : "gzip";
    if (!value || awsc__headers_set(&req->headers, req->arena, "Content-Encoding", value)) {
        awsc__buf_clean_up(&out);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    awsc__buf_clean_up(&req->body);
    req->body = out;
    req->has_body = true;
    if (upload || req->body_stream) {
        req->body_stream = NULL;
        *consumed_upload = upload != NULL;
    }
    return AWSC_OK;
}
