/*
 * tools/cli/names.c - the AWS CLI's names of services and operations:
 * "put-item" for PutItem, "s3api" for S3.
 */
#include <ctype.h>
#include <string.h>

#include "cli.h"

/* "put-item" matches "PutItem": dashes and case do not count. */
bool cli_name_matches(const char *cli, const char *model)
{
    while (*cli && *model) {
        if (*cli == '-' || *cli == '_') {
            cli++;
            continue;
        }
        if (tolower((unsigned char)*cli) != tolower((unsigned char)*model))
            return false;
        cli++;
        model++;
    }
    while (*cli == '-' || *cli == '_')
        cli++;
    return !*cli && !*model;
}

/* PutItem -> put-item, as botocore's xform_name does for the common case. */
void cli_kebab(const char *name, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; name[i] && o + 2 < cap; i++) {
        char c = name[i];
        bool upper = isupper((unsigned char)c);
        if (upper && i > 0) {
            bool prev_lower =
                islower((unsigned char)name[i - 1]) || isdigit((unsigned char)name[i - 1]);
            bool next_lower = name[i + 1] && islower((unsigned char)name[i + 1]);
            if (prev_lower || (next_lower && isupper((unsigned char)name[i - 1])))
                out[o++] = '-';
        }
        out[o++] = (char)tolower((unsigned char)c);
    }
    out[o] = '\0';
}

const char *cli_service_name(const struct awsc_service *svc)
{
    return strcmp(awsc_service_name(svc), "s3") == 0 ? "s3api" : awsc_service_name(svc);
}

const struct awsc_service *cli_find_service(const char *name)
{
    size_t n;
    const struct awsc_service *const *all = awsc_services(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(cli_service_name(all[i]), name) == 0 ||
            strcmp(awsc_service_name(all[i]), name) == 0)
            return all[i];
    return NULL;
}

const struct awsc_operation *cli_find_operation(const struct awsc_service *svc, const char *name)
{
    for (uint32_t i = 0; i < svc->operation_count; i++)
        if (cli_name_matches(name, awsc_operation_name(awsc_service_operation_at(svc, i))))
            return awsc_service_operation_at(svc, i);
    return NULL;
}
