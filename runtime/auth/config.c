/*
 * Configuration resolution as botocore's config store does it: an
 * explicit value, then the environment, then the profile. Endpoint URLs
 * follow the botocore releases that added AWS_ENDPOINT_URL and services
 * sections.
 */
#include "auth.h"
#include "ini.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ini.h's Python str.isspace() and str.strip(): here, not in ini.c, as
 * this file is built with -Dshared_config=false too (ini.c is not). */
bool awsc__py_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

void awsc__py_strip(const char **s, size_t *n)
{
    while (*n && awsc__py_space((unsigned char)**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && awsc__py_space((unsigned char)(*s)[*n - 1]))
        (*n)--;
}

/* ---- configuration resolution ---- */

static int copy_out(const char *v, char **out, struct awsc_error *err)
{
    *out = NULL;
    if (!v)
        return AWSC_OK;
    *out = awsc__strdup(v);
    return *out ? AWSC_OK : awsc__fail(err, AWSC_E_NOMEM, "out of memory");
}

/* The value and where it came from (for error messages). */
struct origin {
    char text[200];
};

static const char *lookup(const struct awsc__shared_config *cfg, const char *explicit_value,
                          const char *env_name, const char *profile_key, struct origin *from)
{
    const char *v = explicit_value && *explicit_value ? explicit_value : NULL;
    snprintf(from->text, sizeof from->text, "the client configuration");
    if (!v && env_name) {
        v = awsc__getenv_set(env_name);
        snprintf(from->text, sizeof from->text, "%s", env_name);
    }
    if (!v && profile_key && cfg) {
        v = awsc__profile_get(cfg, NULL, profile_key);
        snprintf(from->text, sizeof from->text, "%s of profile %s", profile_key,
                 awsc__shared_config_profile(cfg));
    }
    return v;
}

int awsc__config_resolve_value(const struct awsc__shared_config *cfg, const char *explicit_value,
                               const char *env_name, const char *profile_key, char **out,
                               struct awsc_error *err)
{
    struct origin source;
    return copy_out(lookup(cfg, explicit_value, env_name, profile_key, &source), out, err);
}

int awsc__config_resolve_bool(const struct awsc__shared_config *cfg, const char *env_name,
                              const char *profile_key, int *out, struct awsc_error *err)
{
    (void)err;
    struct origin source;
    const char *v = lookup(cfg, NULL, env_name, profile_key, &source);
    *out = v ? awsc__strcasecmp(v, "true") == 0 : -1;
    return AWSC_OK;
}

/* botocore's validate_region_name: a host label, not all digits. */
static bool valid_region(const char *r)
{
    size_t n = strlen(r);
    if (n > 63 || r[0] == '-' || (n && r[n - 1] == '-'))
        return false;
    bool digits_only = n > 0;
    for (size_t i = 0; i < n; i++) {
        char c = r[i];
        bool digit = c >= '0' && c <= '9';
        if (!digit && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != '-')
            return false;
        digits_only = digits_only && digit;
    }
    return !digits_only;
}

int awsc__config_resolve_region(const struct awsc__shared_config *cfg, const char *explicit_region,
                                char **out, struct awsc_error *err)
{
    struct origin source;
    const char *v = lookup(cfg, explicit_region, "AWS_DEFAULT_REGION", "region", &source);
    *out = NULL;
    if (v && !valid_region(v))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Provided region_name '%s' doesn't match a supported format. (from %s)",
                          v, source.text);
    return copy_out(v, out, err);
}

int awsc__config_resolve_endpoint_url(const struct awsc__shared_config *cfg,
                                      const char *explicit_url, const char *service_env_name,
                                      char **out, struct awsc_error *err)
{
    *out = NULL;
    if (explicit_url && *explicit_url)
        return copy_out(explicit_url, out, err);
    int ignore;
    awsc__config_resolve_bool(cfg, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
                              "ignore_configured_endpoint_urls", &ignore, err);
    if (ignore == 1)
        return AWSC_OK;
    const char *v = NULL;
    if (service_env_name && *service_env_name) {
        char env[160];
        int n = snprintf(env, sizeof env, "AWS_ENDPOINT_URL_%s", service_env_name);
        if (n > 0 && (size_t)n < sizeof env)
            v = awsc__getenv_set(env);
    }
    if (!v)
        v = awsc__getenv_set("AWS_ENDPOINT_URL");
    if (!v && cfg && service_env_name && *service_env_name) {
        int rc = awsc__profile_service_get(cfg, NULL, service_env_name, "endpoint_url", &v, err);
        if (rc != AWSC_OK)
            return rc;
        if (v && !*v)
            v = NULL;
    }
    if (!v && cfg) {
        v = awsc__profile_get(cfg, NULL, "endpoint_url");
        if (v && !*v)
            v = NULL;
    }
    return copy_out(v, out, err);
}

int awsc__config_resolve_retry_mode(const struct awsc__shared_config *cfg,
                                    const char *explicit_mode, char **out, struct awsc_error *err)
{
    struct origin source;
    const char *v = lookup(cfg, explicit_mode, "AWS_RETRY_MODE", "retry_mode", &source);
    *out = NULL;
    if (v && strcmp(v, "legacy") != 0 && strcmp(v, "standard") != 0 && strcmp(v, "adaptive") != 0)
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid value '%s' for retry_mode (from %s): expected legacy, "
                          "standard or adaptive",
                          v, source.text);
    return copy_out(v, out, err);
}

/* Python's int() of a text: surrounding white space, a sign, and single
 * underscores between digits; false when it is no integer (or a huge
 * one: the callers' bounds are far below). */
static bool py_int(const char *v, long *out)
{
    const char *p = v;
    size_t n = strlen(p);
    awsc__py_strip(&p, &n);
    size_t i = 0;
    bool negative = false;
    if (i < n && (p[i] == '+' || p[i] == '-'))
        negative = p[i++] == '-';
    long value = 0;
    bool ok = i < n, digit_before = false;
    for (; ok && i < n; i++) {
        if (p[i] == '_' && digit_before && i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '9') {
            digit_before = false;
            continue;
        }
        if (p[i] < '0' || p[i] > '9' || value > 100000000)
            ok = false;
        else
            value = value * 10 + (p[i] - '0');
        digit_before = true;
    }
    *out = negative ? -value : value;
    return ok;
}

int awsc__config_resolve_max_attempts(const struct awsc__shared_config *cfg, int explicit_value,
                                      int *out, struct awsc_error *err)
{
    *out = 0;
    if (explicit_value > 0) {
        *out = explicit_value;
        return AWSC_OK;
    }
    struct origin source;
    const char *v = lookup(cfg, NULL, "AWS_MAX_ATTEMPTS", "max_attempts", &source);
    if (!v)
        return AWSC_OK;
    long value = 0;
    if (!py_int(v, &value) || value < 1 || value > 1000000)
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid value '%s' for max_attempts (from %s): expected a positive "
                          "integer",
                          v, source.text);
    *out = (int)value;
    return AWSC_OK;
}

int awsc__config_resolve_defaults_mode(const struct awsc__shared_config *cfg,
                                       const char *explicit_mode, char **out,
                                       struct awsc_error *err)
{
    /* botocore's modes: legacy, auto, and those of
     * sdk-default-configuration.json */
    static const char *const MODES[] = {"legacy",    "auto",         "standard",
                                        "in-region", "cross-region", "mobile"};
    struct origin source;
    const char *v = lookup(cfg, explicit_mode, "AWS_DEFAULTS_MODE", "defaults_mode", &source);
    *out = NULL;
    if (!v)
        v = "legacy";
    char mode[32];
    size_t n = strlen(v);
    bool known = false;
    if (n < sizeof mode) {
        for (size_t i = 0; i <= n; i++)
            mode[i] = v[i] >= 'A' && v[i] <= 'Z' ? (char)(v[i] + 32) : v[i];
        for (size_t i = 0; i < AWSC_ARRAY_LEN(MODES) && !known; i++)
            known = strcmp(mode, MODES[i]) == 0;
    }
    if (!known)
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Client configured with invalid defaults mode: %s. Valid defaults modes "
                          "include: legacy, auto, standard, in-region, cross-region, mobile. "
                          "(from %s)",
                          v, source.text);
    return copy_out(mode, out, err);
}

int awsc__config_resolve_checksum(const struct awsc__shared_config *cfg, const char *explicit_value,
                                  const char *env_name, const char *profile_key,
                                  bool *when_required, struct awsc_error *err)
{
    struct origin source;
    const char *v = lookup(cfg, explicit_value, env_name, profile_key, &source);
    *when_required = false;
    if (!v || awsc__strcasecmp(v, "when_supported") == 0)
        return AWSC_OK;
    if (awsc__strcasecmp(v, "when_required") == 0) {
        *when_required = true;
        return AWSC_OK;
    }
    return awsc__fail(err, AWSC_E_CONFIG,
                      "Unsupported configuration value for %s (from %s). Expected one of "
                      "('when_supported', 'when_required') but got %s.",
                      profile_key, source.text, v);
}

int awsc__config_resolve_expect_continue(const struct awsc__shared_config *cfg,
                                         int64_t explicit_value, int64_t *min_size,
                                         struct awsc_error *err)
{
    *min_size = AWSC__EXPECT_CONTINUE_DEFAULT;
    if (explicit_value == AWSC_EXPECT_CONTINUE_ALWAYS) {
        *min_size = 0;
        return AWSC_OK;
    }
    if (explicit_value < 0)
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid value %lld for expect_continue_min_size_bytes (from the "
                          "client configuration): a number of bytes, 0 (unset) or "
                          "AWSC_EXPECT_CONTINUE_ALWAYS",
                          (long long)explicit_value);
    if (explicit_value > 0) {
        *min_size = explicit_value;
        return AWSC_OK;
    }
    struct origin source;
    const char *v = lookup(cfg, NULL, "AWSC_EXPECT_CONTINUE_MIN_SIZE_BYTES",
                           "expect_continue_min_size_bytes", &source);
    if (!v)
        return AWSC_OK;
    const char *p = v;
    size_t n = strlen(p);
    awsc__py_strip(&p, &n);
    int64_t value = 0;
    bool ok = n > 0;
    for (size_t i = 0; ok && i < n; i++) {
        ok = p[i] >= '0' && p[i] <= '9' && value <= (INT64_MAX - 9) / 10;
        value = ok ? value * 10 + (p[i] - '0') : value;
    }
    if (!ok)
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid value \"%s\" for expect_continue_min_size_bytes (from %s): "
                          "a whole number of bytes is expected (0: every body)",
                          v, source.text);
    *min_size = value;
    return AWSC_OK;
}

int awsc__config_resolve_compression(const struct awsc__shared_config *cfg, int explicit_disable,
                                     long explicit_min_size, bool *disabled, long *min_size,
                                     struct awsc_error *err)
{
    struct origin source;
    const char *v;
    if (explicit_disable) {
        *disabled = explicit_disable > 0;
    } else {
        v = lookup(cfg, NULL, "AWS_DISABLE_REQUEST_COMPRESSION", "disable_request_compression",
                   &source);
        *disabled = v && awsc__strcasecmp(v, "true") == 0; /* ensure_boolean */
    }
    *min_size = 10240;
    char given[32];
    if (explicit_min_size) {
        snprintf(given, sizeof given, "%ld", explicit_min_size);
        snprintf(source.text, sizeof source.text, "the client configuration");
        v = given;
    } else {
        v = lookup(cfg, NULL, "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",
                   "request_min_compression_size_bytes", &source);
    }
    if (!v)
        return AWSC_OK;
    long value = 0;
    if (!py_int(v, &value))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid value \"%s\" for request_min_compression_size_bytes (from "
                          "%s). Value must be an integer.",
                          v, source.text);
    if (value < 1 || value > 1048576)
        return awsc__fail(err, AWSC_E_CONFIG,
                          "Invalid value \"%s\" for request_min_compression_size_bytes (from "
                          "%s). Value must be between 1 and 1048576.",
                          v, source.text);
    *min_size = value;
    return AWSC_OK;
}
