/*
 * The endpoint a call would go to, for botocore_config.py to compare with
 * botocore's clients: configuration from the environment and the shared
 * config files exactly as a client reads it (region, endpoint URL, the
 * endpoint options, the credentials' account id), the operation's input
 * members from the command line, then the resolver and the auth scheme.
 *
 *   endpoint_probe SERVICE OPERATION [Member=Value ...]
 *
 * Prints "URL SIGNING-NAME SIGNING-REGION", or "ERROR message", or
 * "NO-SERVICE" when SERVICE is not built in.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <awsc/awsc.h>
#include <awsc/endpoint.h>

#include "auth/auth.h"
#include "client/client.h"
#include "endpoint/endpoint.h"

static int fail(struct awsc_error *err)
{
    printf("ERROR %s\n", err->message ? err->message : "?");
    awsc_error_clean_up(err);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s SERVICE OPERATION [Member=Value ...]\n", argv[0]);
        return 2;
    }
    const struct awsc_service *svc = awsc_service_find(argv[1]);
    if (!svc) {
        printf("NO-SERVICE\n");
        return 0;
    }
    const struct awsc_operation *op = awsc_service_operation(svc, argv[2]);
    if (!op) {
        fprintf(stderr, "no operation %s\n", argv[2]);
        return 2;
    }
    void *input = awsc_operation_input(op) ? calloc(1, awsc_operation_input(op)->size) : NULL;
    for (int i = 3; i < argc; i++) {
        char *eq = strchr(argv[i], '=');
        const struct awsc_member *m = NULL;
        for (uint32_t k = 0; eq && awsc_operation_input(op) &&
                             k < awsc_shape_member_count(awsc_operation_input(op));
             k++)
            if (strlen(awsc_member_name(&awsc_shape_members(awsc_operation_input(op))[k])) ==
                    (size_t)(eq - argv[i]) &&
                strncmp(awsc_member_name(&awsc_shape_members(awsc_operation_input(op))[k]), argv[i],
                        (size_t)(eq - argv[i])) == 0)
                m = &awsc_shape_members(awsc_operation_input(op))[k];
        if (!m || awsc_member_shape(m)->type != AWSC_SHAPE_STRING) {
            fprintf(stderr, "no string member for %s\n", argv[i]);
            return 2;
        }
        *(const char **)(void *)((char *)input + m->offset) = eq + 1;
    }

    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__shared_config *shared = NULL;
    struct awsc__shared_config_options so = {0};
    char *region = NULL, *url = NULL;
    struct awsc__endpoint_config cfg;
    bool have_cfg = false;
    const struct awsc_endpoint *ep = NULL;
    struct awsc__endpoint_auth auth;
    struct awsc_config none = AWSC_CONFIG_INIT;
    int status = awsc__shared_config_load(&so, &shared, &err);
    if (status == AWSC_OK)
        status = awsc__config_resolve_region(shared, NULL, &region, &err);
    if (status == AWSC_OK)
        status =
            awsc__config_resolve_endpoint_url(shared, NULL, awsc_service_env_name(svc), &url, &err);
    /* the account id as a client takes it for its endpoints */
    if (status == AWSC_OK) {
        status = awsc__endpoint_config_resolve(
            shared, svc, region, url, awsc__static_account_id(shared, &none), NULL, &cfg, &err);
        have_cfg = status == AWSC_OK;
    }
    if (status == AWSC_OK)
        status = awsc__endpoint_resolve(NULL, svc, &cfg, op, input, &ep, &err);
    if (status == AWSC_OK)
        status = awsc__endpoint_auth(ep, svc, region, &auth, &err);
    if (status == AWSC_OK)
        printf("%s %s %s\n", ep->url, auth.signing_name, auth.signing_region);
    else
        fail(&err);
    if (ep)
        awsc__endpoint_release(ep);
    if (have_cfg)
        awsc__endpoint_config_clean_up(&cfg);
    awsc__shared_config_destroy(shared);
    awsc__free(region);
    awsc__free(url);
    free(input);
    return 0;
}
