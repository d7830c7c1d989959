/*
 * Copies from another region (AWSC_SVC_SOURCE_REGION): what botocore
 * 1.29.27's inject_presigned_url_rds and inject_presigned_url_ec2 add to
 * the requests that copy a snapshot or a cluster, or start a replica,
 * from a source region. The service in the source region must see that
 * the caller may read the source, so the request carries a URL of the
 * same request presigned for the source region, with
 * DestinationRegion=<the client's region> among its parameters.
 *
 * finish_request (before-call), on the form body the protocol wrote:
 *  - RDS, Neptune, DocumentDB (the operations in COPY_OPS): when the
 *    input sets SourceRegion, a member botocore adds to these operations
 *    and never sends, SourceRegion leaves the body; unless the caller set
 *    PreSignedUrl, PreSignedUrl is the presigned URL (appended last);
 *  - EC2 CopySnapshot: unless the caller set PresignedUrl, PresignedUrl is
 *    the presigned URL and DestinationRegion the client's region (each in
 *    its place when the input set it, else appended).
 *
 * The URL is made as botocore makes it: the request's URL with every
 * occurrence of the client's region replaced by the source region (for
 * AWS's endpoints, the source region's endpoint; an endpoint URL without
 * the region in it stays as it is), method GET, no headers but Host, the
 * body's parameters then DestinationRegion in the query string, signed
 * with SigV4 for the source region, valid for an hour.
 */
#include "custom.h"

#include <string.h>

#define EXPIRES 3600

struct copy_op {
    const char *service; /* models/ folder name */
    const char *operation;
};

static const struct copy_op COPY_OPS[] = {
    {"rds", "CopyDBClusterSnapshot"},
    {"rds", "CreateDBCluster"},
    {"rds", "CopyDBSnapshot"},
    {"rds", "CreateDBInstanceReadReplica"},
    {"rds", "StartDBInstanceAutomatedBackupsReplication"},
    {"neptune", "CopyDBClusterSnapshot"},
    {"neptune", "CreateDBCluster"},
    {"docdb", "CopyDBClusterSnapshot"},
    {"docdb", "CreateDBCluster"},
    {"ec2", "CopySnapshot"},
};

static int nomem(struct awsc_error *err)
{
    return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

static bool applies(const struct awsc_operation *op)
{
    for (size_t i = 0; i < sizeof COPY_OPS / sizeof COPY_OPS[0]; i++)
        if (strcmp(awsc_service_name(awsc_operation_service(op)), COPY_OPS[i].service) == 0 &&
            strcmp(awsc_operation_name(op), COPY_OPS[i].operation) == 0)
            return true;
    return false;
}

/* s with every occurrence of from replaced by to (Python's str.replace;
 * nothing is replaced when from is empty), appended to out. */
static void replace_all(struct awsc_buf *out, const char *s, const char *from, const char *to)
{
    size_t n = strlen(from);
    const char *hit;
    while (n && (hit = strstr(s, from)) != NULL) {
        awsc__buf_append(out, s, (size_t)(hit - s));
        awsc__buf_puts(out, to);
        s = hit + n;
    }
    awsc__buf_puts(out, s);
}

/* The request of r, its parameters being body, presigned for the source
 * region: *url in the request's arena. */
static int presign_copy(const struct awsc__hook_request *r, const struct awsc__params *body,
                        const char *source, const char *dest, const char **url,
                        struct awsc_error *err)
{
    struct awsc_arena *arena = r->req->arena;
    /* the body's parameters, then DestinationRegion */
    struct awsc__params q = {NULL, 0, 0, arena};
    int status = AWSC_OK;
    for (size_t i = 0; status == AWSC_OK && i < body->count; i++)
        status = awsc__params_set(&q, body->items[i].name, body->items[i].value, true);
    if (status == AWSC_OK)
        status = awsc__params_set(&q, "DestinationRegion", dest, true);
    struct awsc_buf u = AWSC_BUF_INIT;
    replace_all(&u, r->target->url, dest, source);
    if (status != AWSC_OK || u.failed) {
        awsc__buf_clean_up(&u);
        return nomem(err);
    }
    struct awsc__signing sg;
    awsc__target_signing(r->client, r->target, &sg);
    struct awsc__presign_args pa = {
        .method = "GET",
        .url = u.data,
        .params = &q,
        .region = source,
        .service = sg.name,
        .normalize_path = sg.normalize_path,
        .uri_encode_path = sg.uri_encode_path,
        .expires = EXPIRES,
    };
    char *signed_url = NULL;
    status = awsc__presign(r->client, &pa, arena, &signed_url, err);
    *url = signed_url;
    awsc__buf_clean_up(&u);
    return status;
}

/* The form body written again from its parameters. */
static int write_body(struct awsc__request *req, const struct awsc__params *body,
                      struct awsc_error *err)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    if (!awsc__params_write_form(body, &b)) {
        awsc__buf_clean_up(&b);
        return nomem(err);
    }
    awsc__buf_clean_up(&req->body);
    req->body = b;
    return AWSC_OK;
}

static int source_region_finish_request(struct awsc__hook_request *r, struct awsc_error *err)
{
    if (!applies(r->op))
        return AWSC_OK;
    bool ec2 = strcmp(awsc_service_name(awsc_operation_service(r->op)), "ec2") == 0;
    struct awsc__params body = {NULL, 0, 0, r->req->arena};
    if (awsc__params_parse(&body, r->req->body.data ? r->req->body.data : "", r->req->body.len,
                           true) != AWSC_OK)
        return nomem(err);
    const char *source = awsc__params_get(&body, "SourceRegion");
    const char *dest = r->client->region;
    const char *url_name = ec2 ? "PresignedUrl" : "PreSignedUrl";
    if (!source)
        return AWSC_OK; /* RDS: a copy within the region; EC2 requires it */
    if (!ec2)
        awsc__params_remove(&body, "SourceRegion");
    const char *url = NULL;
    int status = AWSC_OK;
    if (!awsc__params_get(&body, url_name)) {
        status = presign_copy(r, &body, source, dest, &url, err);
        if (status == AWSC_OK && awsc__params_set(&body, url_name, url, true) != AWSC_OK)
            status = nomem(err);
        if (status == AWSC_OK && ec2 &&
            awsc__params_set(&body, "DestinationRegion", dest, true) != AWSC_OK)
            status = nomem(err);
    } else if (ec2) {
        return AWSC_OK; /* the caller's URL, and nothing else changes */
    }
    return status == AWSC_OK ? write_body(r->req, &body, err) : status;
}

const struct awsc__hooks awsc__source_region_hooks = {
    .name = "source-region",
    .finish_request = source_region_finish_request,
};
