/*
 * creds_dump: what awsc's credential chain finds, as one line of JSON, for
 * the scenario runner (oracle.py prints botocore's the same way).
 *
 *   creds_dump [--profile NAME] [--mfa CODE] [credentials|token|region]
 *
 * credentials: botocore's default chain (awsc_credentials_default_chain),
 *   resolved once, as one call that signs would: {"access_key": ...,
 *   "secret_key": ..., "token": ..., "expiry": EPOCH|null, "method": ...,
 *   "account_id": ...} or {"error": ..., "status": ...}.
 * token: the SSO token provider: {"token": ..., "expiry": ...}.
 * region: the region a client made without one ends up with (IMDS).
 * --profile names the profile explicitly (botocore's Session(profile=));
 * --mfa answers an MFA prompt with CODE.
 */
#include <awsc/awsc.h>

#include "protocol/json.h"

#include <stdio.h>
#include <string.h>

/* --mfa CODE: the code an MFA prompt would read */
static const char *g_mfa_code;

static int mfa(void *ud, const char *serial, char *code, size_t cap)
{
    (void)ud;
    (void)serial;
    snprintf(code, cap, "%s", g_mfa_code);
    return 0;
}

static void put(struct awsc_buf *b, const char *key, const char *value, bool last)
{
    awsc__json_put_string(b, key, strlen(key));
    awsc__buf_puts(b, ": ");
    if (value)
        awsc__json_put_string(b, value, strlen(value));
    else
        awsc__buf_puts(b, "null");
    if (!last)
        awsc__buf_puts(b, ", ");
}

static int print_error(const struct awsc_error *err)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_putc(&b, '{');
    put(&b, "error", err->message ? err->message : "", false);
    put(&b, "status", awsc_status_name(err->status), true);
    awsc__buf_puts(&b, "}\n");
    fputs(b.data, stdout);
    awsc__buf_clean_up(&b);
    return 0;
}

static void put_expiry(struct awsc_buf *b, int64_t expiration)
{
    if (expiration)
        awsc__buf_printf(b, "\"expiry\": %lld, ", (long long)expiration);
    else
        awsc__buf_puts(b, "\"expiry\": null, ");
}

int main(int argc, char **argv)
{
    struct awsc_credentials_options o = {0};
    const char *mode = "credentials";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--profile") == 0 && i + 1 < argc) {
            o.profile = argv[++i];
        } else if (strcmp(argv[i], "--mfa") == 0 && i + 1 < argc) {
            g_mfa_code = argv[++i];
            o.mfa = mfa;
        } else
            mode = argv[i];
    }
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_buf b = AWSC_BUF_INIT;
    if (strcmp(mode, "credentials") == 0) {
        struct awsc_credentials_provider *p = NULL;
        struct awsc_credentials_info c = {0};
        if (awsc_credentials_default_chain(&o, &p, &err) != AWSC_OK ||
            awsc_credentials_provider_resolve(p, &c, &err) != AWSC_OK) {
            awsc_credentials_provider_release(p);
            print_error(&err);
            awsc_error_clean_up(&err);
            return 0;
        }
        awsc__buf_putc(&b, '{');
        put(&b, "access_key", c.access_key_id, false);
        put(&b, "secret_key", c.secret_access_key, false);
        put(&b, "token", c.session_token, false);
        put_expiry(&b, c.expiration);
        put(&b, "method", c.source, false);
        put(&b, "account_id", c.account_id, true);
        awsc_credentials_info_clean_up(&c);
        awsc_credentials_provider_release(p);
    } else if (strcmp(mode, "token") == 0) {
        struct awsc_token_provider *p = NULL;
        struct awsc_token_info t = {0};
        if (awsc_token_provider_sso(&o, &p, &err) != AWSC_OK ||
            awsc_token_provider_resolve(p, &t, &err) != AWSC_OK) {
            awsc_token_provider_release(p);
            print_error(&err);
            awsc_error_clean_up(&err);
            return 0;
        }
        awsc__buf_putc(&b, '{');
        put(&b, "token", t.token, false);
        put_expiry(&b, t.expiration);
        put(&b, "method", t.source, true);
        awsc_token_info_clean_up(&t);
        awsc_token_provider_release(p);
    } else if (strcmp(mode, "region") == 0) {
        /* any service will do: the runtime's own STS, or (a build that
         * leaves AssumeRole out has none) one of the build's services */
#if AWSC_WITH_ASSUME_ROLE
        const struct awsc_service *awsc_creds_sts_service(void);
        const struct awsc_service *svc = awsc_creds_sts_service();
#else
        const struct awsc_service *svc = awsc_services(NULL)[0];
#endif
        struct awsc_config cfg = AWSC_CONFIG_INIT;
        cfg.profile = o.profile;
        struct awsc_client *c = NULL;
        if (awsc_client_new(svc, &cfg, &c, &err) != AWSC_OK) {
            print_error(&err);
            awsc_error_clean_up(&err);
            return 0;
        }
        awsc__buf_putc(&b, '{');
        const char *region = awsc_client_region(c);
        put(&b, "region", region && *region ? region : NULL, true);
        awsc_client_destroy(c);
    } else {
        fprintf(stderr, "usage: creds_dump [--profile NAME] [credentials|token|region]\n");
        return 2;
    }
    awsc__buf_puts(&b, "}\n");
    fputs(b.data, stdout);
    awsc__buf_clean_up(&b);
    return 0;
}
