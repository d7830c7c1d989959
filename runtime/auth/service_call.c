/*
 * The clients the credential providers call services with (STS, SSO,
 * SSO-OIDC): awsc's own clients over the runtime's cut-down copies of
 * those services (generated/runtime), made for one call on the fetch's
 * transport, with the settings of the provider's profile (region,
 * sts_regional_endpoints, endpoint URLs, retries, CA bundle), and
 * destroyed once the call's callback has returned.
 */
#include "auth.h"
#include "client/client.h"

#include <string.h>

struct awsc__temp_client {
    struct awsc_client *client;
    struct awsc_transport *t;
    struct awsc__task destroy;
};

static void destroy_task(struct awsc__task *task)
{
    struct awsc__temp_client *tc =
        (struct awsc__temp_client *)(void *)((char *)task -
                                             offsetof(struct awsc__temp_client, destroy));
    awsc_client_destroy(tc->client);
    awsc__free(tc);
}

int awsc__temp_client_new(const struct awsc_service *svc, struct awsc__creds_env *env,
                          const char *region, struct awsc_transport *t,
                          struct awsc__provider *creds, struct awsc__temp_client **out,
                          struct awsc_error *err)
{
    *out = NULL;
    struct awsc__temp_client *tc = awsc__calloc(1, sizeof *tc);
    if (!tc)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = region;
    cfg.transport = t;
    if (awsc__shared_config_profile_source(env->cfg) != AWSC__PROFILE_DEFAULT)
        cfg.profile = awsc__shared_config_profile(env->cfg);
    cfg.credentials_provider = creds ? AWSC__CREDS_PUB(creds) : NULL;
    int rc = awsc__client_new(svc, &cfg, AWSC__CLIENT_NO_IMDS_REGION | AWSC__CLIENT_ANONYMOUS,
                              &tc->client, err);
    if (rc != AWSC_OK) {
        awsc__free(tc);
        return rc;
    }
    tc->t = t;
    tc->destroy.fn = destroy_task;
    *out = tc;
    return AWSC_OK;
}

struct awsc_client *awsc__temp_client_get(struct awsc__temp_client *tc)
{
    return tc->client;
}

void awsc__temp_client_done(struct awsc__temp_client *tc)
{
    if (!tc)
        return;
    /* not from inside the call's own callback: once the loop is back */
    awsc__transport_await(tc->t, false);
    tc->destroy.remote = false;
    awsc__transport_post(tc->t, &tc->destroy);
}

void awsc__temp_client_destroy(struct awsc__temp_client *tc)
{
    if (!tc)
        return;
    awsc_client_destroy(tc->client);
    awsc__free(tc);
}

char *awsc__service_error_text(int status, const struct awsc_error *err, const char *operation)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    if (err && err->code)
        awsc__buf_printf(&b, "An error occurred (%s) when calling the %s operation: %s", err->code,
                         operation, err->message ? err->message : "");
    else
        awsc__buf_printf(&b, "%s", err && err->message ? err->message : awsc_strerror(status));
    awsc__buf_append(&b, "", 0);
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return NULL;
    }
    return awsc__buf_steal(&b);
}

const char *awsc__arn_account(const char *arn, char *buf, size_t cap)
{
    /* arn:partition:service:region:account-id:resource */
    const char *p = arn;
    for (int i = 0; i < 4 && p; i++) {
        p = strchr(p, ':');
        if (p)
            p++;
    }
    if (!p || strncmp(arn, "arn:", 4) != 0)
        return NULL;
    const char *end = strchr(p, ':');
    if (!end || end == p || (size_t)(end - p) >= cap)
        return NULL;
    memcpy(buf, p, (size_t)(end - p));
    buf[end - p] = '\0';
    return buf;
}
