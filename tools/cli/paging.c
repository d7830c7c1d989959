/*
 * tools/cli/paging.c - the AWS CLI's pagination options (--max-items,
 * --page-size, --starting-token, --no-paginate) and every page merged.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* --no-paginate anywhere; --max-items, --page-size and --starting-token
 * for an operation with a paginator; --waiter-delay MS and
 * --waiter-max-attempts N for wait. Returns 1 when argv[*i] was one (its
 * value consumed too), 0 when not, -1 on a usage error. */
int cli_paging_option(int argc, char **argv, int *i, bool paginated, bool waiting,
                      struct cli_paging *pg)
{
    const char *o = argv[*i];
    if (strcmp(o, "--no-paginate") == 0) {
        pg->no_paginate = true;
        return 1;
    }
    bool paging = paginated && (strcmp(o, "--max-items") == 0 || strcmp(o, "--page-size") == 0 ||
                                strcmp(o, "--starting-token") == 0);
    bool wait =
        waiting && (strcmp(o, "--waiter-delay") == 0 || strcmp(o, "--waiter-max-attempts") == 0);
    if (!paging && !wait)
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "awsc: %s needs a value\n", o);
        return -1;
    }
    const char *v = argv[++*i];
    int64_t n = 0;
    if (strcmp(o, "--starting-token") == 0)
        pg->starting_token = v;
    else if (!cli_positive(o, v, &n))
        return -1;
    if (strcmp(o, "--max-items") == 0)
        pg->max_items = n;
    else if (strcmp(o, "--page-size") == 0)
        pg->page_size = n;
    else if (strcmp(o, "--waiter-delay") == 0)
        pg->waiter_delay_ms = n;
    else if (strcmp(o, "--waiter-max-attempts") == 0)
        pg->waiter_max_attempts = n > 1000000 ? 1000000 : (int)n;
    if (paging && !pg->given)
        pg->given = o;
    return 1;
}

/* The paginator of an operation, or NULL. */
const struct awsc_paginator *cli_paginator(const struct awsc_service *svc,
                                           const struct awsc_operation *op)
{
    for (uint32_t k = 0; op && k < svc->paginator_count; k++)
        if (awsc_paginator_operation(svc, &awsc_service_paginators(svc)[k]) == op)
            return &awsc_service_paginators(svc)[k];
    return NULL;
}

/* Whether to page op with *pg, as the AWS CLI decides: yes unless
 * --no-paginate, or an input token or the limit key (--limit, --max-keys
 * ...) set by hand. A usage error (the exit code) for paging options with
 * either. */
int cli_paging_decide(const struct awsc_operation *op, const struct awsc_paginator **pg,
                      const void *input, const struct cli_paging *paging)
{
    if (!*pg)
        return 0;
    uint32_t n = (*pg)->token_count + ((*pg)->limit_key >= 0);
    for (uint32_t k = 0; input && k < n; k++) {
        uint32_t index = k < (*pg)->token_count ? awsc_paginator_input_token(*pg, k)
                                                : (uint32_t)(*pg)->limit_key;
        const struct awsc_member *m = &awsc_shape_members(awsc_operation_input(op))[index];
        if (awsc__member_is_set(m, input)) {
            if (paging->given) {
                fprintf(stderr, "awsc: %s cannot be used with --%s, which pages by hand\n",
                        paging->given, awsc_member_name(m));
                return EXIT_USAGE;
            }
            *pg = NULL;
            return 0;
        }
    }
    if (paging->no_paginate) {
        if (paging->given) {
            fprintf(stderr,
                    "awsc: Cannot specify --no-paginate along with pagination arguments: %s\n",
                    paging->given);
            return EXIT_USAGE;
        }
        *pg = NULL;
    }
    return 0;
}

/* Every page merged as the AWS CLI prints them; *next_token (to free) is
 * set when --max-items stopped short. */
int cli_call_paginated(struct awsc_client *client, const struct awsc_paginator *paginator,
                       const void *input, const struct cli_paging *paging, void **output,
                       char **next_token, struct awsc_error *err)
{
    struct awsc_page_options opts = {.max_items = paging->max_items,
                                     .page_size = paging->page_size,
                                     .starting_token = paging->starting_token};
    struct awsc_pager *pager = NULL;
    int rc = awsc_pager_new(client, paginator, input, &opts, &pager, err);
    if (rc == AWSC_OK)
        rc = awsc_pager_collect(pager, output, err);
    const char *token = rc == AWSC_OK ? awsc_pager_resume_token(pager) : NULL;
    if (token && !(*next_token = awsc__strdup(token)))
        rc = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    awsc_pager_destroy(pager);
    return rc;
}
