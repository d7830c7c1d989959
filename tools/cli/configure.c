/*
 * awsc configure list | export-credentials: the AWS CLI v2's commands of
 * those names, printing what awsc's credential chain and configuration
 * find, in the AWS CLI's formats.
 *
 *   awsc configure list [--profile NAME]
 *   awsc configure export-credentials [--profile NAME]
 *        [--format process|env|env-no-export|powershell|windows-cmd]
 */
#include <awsc/awsc.h>

#include "auth/auth.h"
#include "cli.h"
#include "configure.h"
#include "protocol/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NOT_SET     "<not set>"

/* ----------------------------------------------------------- the prompt */

int awsc_cli_mfa_prompt(void *ud, const char *serial, char *code, size_t cap)
{
    (void)ud;
    FILE *tty = fopen("/dev/tty", "r+");
    FILE *in = tty ? tty : stdin;
    FILE *out = tty ? tty : stderr;
    fprintf(out, "Enter MFA code for %s: ", serial);
    fflush(out);
    bool ok = fgets(code, (int)cap, in) != NULL;
    if (tty)
        fclose(tty);
    if (!ok)
        return -1;
    code[strcspn(code, "\r\n")] = '\0';
    return 0;
}

/* ---------------------------------------------------------------- list */

static void row(const char *name, const char *value, const char *type, const char *location)
{
    printf("%10s %24s %16s    %s\n", name, value, type, location);
}

/* The AWS CLI's mask_value: sixteen stars and the last four characters. */
static void masked(const char *v, char *out, size_t cap)
{
    size_t n = strlen(v);
    snprintf(out, cap, "****************%s", n > 4 ? v + n - 4 : v);
}

static int configure_list(const char *profile)
{
    struct awsc_credentials_options o = {0};
    o.profile = profile;
    row("Name", "Value", "Type", "Location");
    row("----", "-----", "----", "--------");
    /* the profile: the AWS CLI reads AWS_PROFILE before AWS_DEFAULT_PROFILE */
    const char *env_profile = cli_session_profile(NULL);
    if (profile)
        row("profile", profile, "manual", "--profile");
    else if (env_profile)
        row("profile", env_profile, "env", "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']");
    else
        row("profile", NOT_SET, "None", "None");

    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__creds_env *env = NULL;
    int rc = awsc__creds_env_new(&o, &env, &err);
    struct awsc_credentials_provider *p = NULL;
    struct awsc_credentials_info c = {0};
    if (rc == AWSC_OK)
        rc = awsc_credentials_default_chain(&o, &p, &err);
    if (rc == AWSC_OK)
        rc = awsc_credentials_provider_resolve(p, &c, &err);
    awsc_credentials_provider_release(p);
    if (rc == AWSC_OK) {
        char key[64], secret[64];
        masked(c.access_key_id, key, sizeof key);
        masked(c.secret_access_key, secret, sizeof secret);
        row("access_key", key, c.source, "");
        row("secret_key", secret, c.source, "");
    } else if (rc == AWSC_E_CREDENTIALS && err.message &&
               strncmp(err.message, "Unable to locate credentials", 28) == 0) {
        row("access_key", NOT_SET, "None", "None");
        row("secret_key", NOT_SET, "None", "None");
    } else {
        fflush(stdout);
        fprintf(stderr, "\n%s\n", err.message ? err.message : awsc_strerror(rc));
        awsc_error_clean_up(&err);
        awsc__creds_env_release(env);
        return EXIT_OTHER;
    }
    awsc_credentials_info_clean_up(&c);
    awsc_error_clean_up(&err);

    /* the region: the environment, the profile, then IMDS */
    const char *region = cli_getenv_set("AWS_REGION");
    if (!region)
        region = cli_getenv_set("AWS_DEFAULT_REGION");
    const char *from_file = awsc__profile_get(env->cfg, NULL, "region");
    if (region) {
        row("region", region, "env", "['AWS_REGION', 'AWS_DEFAULT_REGION']");
    } else if (from_file) {
        const char *file = cli_getenv_set("AWS_CONFIG_FILE");
        row("region", from_file, "config-file", file ? file : "~/.aws/config");
    } else {
        char *imds = NULL;
        if (awsc__imds_region(env->cfg, cli_getenv_set("AWS_CA_BUNDLE"), &imds, &err) == AWSC_OK &&
            imds)
            row("region", imds, "imds", "");
        else
            row("region", NOT_SET, "None", "None");
        awsc__free(imds);
        awsc_error_clean_up(&err);
    }
    awsc__creds_env_release(env);
    return 0;
}

/* --------------------------------------------------- export-credentials */

/* The AWS CLI's recursion barrier: a credential_process that runs
 * `configure export-credentials` again sees the profiles already on the
 * way in _AWS_CLI_PROFILE_CHAIN. */
#define CHAIN_VAR     "_AWS_CLI_PROFILE_CHAIN"
#define MAX_RECURSION 4

static int recursion_barrier(const char *profile)
{
    const char *chain = getenv(CHAIN_VAR);
    char seen[1024] = "";
    int count = 0;
    bool cycle = false;
    if (chain && *chain) {
        snprintf(seen, sizeof seen, "%s", chain);
        const char *p = seen;
        while (p) {
            const char *comma = strchr(p, ',');
            size_t n = comma ? (size_t)(comma - p) : strlen(p);
            count++;
            cycle = cycle || (n == strlen(profile) && strncmp(p, profile, n) == 0);
            p = comma ? comma + 1 : NULL;
        }
    }
    char arrows[1100];
    size_t k = 0;
    for (const char *p = seen; *p && k + 5 < sizeof arrows; p++) {
        if (*p == ',') {
            memcpy(arrows + k, " -> ", 4);
            k += 4;
        } else {
            arrows[k++] = *p;
        }
    }
    arrows[k] = '\0';
    if (count >= MAX_RECURSION) {
        fprintf(stderr,
                "\nMaximum recursive credential process resolution reached (%d).\nProfiles seen: "
                "%s\n",
                MAX_RECURSION, arrows);
        return EXIT_CONFIG;
    }
    if (cycle) {
        fprintf(stderr,
                "\nCredential process resolution detected an infinite loop, profile cycle: %s -> "
                "%s\n\n",
                arrows, profile);
        return EXIT_CONFIG;
    }
    char next[1100];
    snprintf(next, sizeof next, "%s%s%s", seen, *seen ? "," : "", profile);
    setenv(CHAIN_VAR, next, 1);
    return 0;
}

static void put_line(const char *format, const char *name, const char *value)
{
    if (strcmp(format, "env") == 0)
        printf("export %s=%s\n", name, value);
    else if (strcmp(format, "env-no-export") == 0)
        printf("%s=%s\n", name, value);
    else if (strcmp(format, "powershell") == 0)
        printf("$Env:%s=\"%s\"\n", name, value);
    else
        printf("set %s=%s\n", name, value);
}

static void put_json_field(struct awsc_buf *b, const char *key, const char *value, bool last)
{
    awsc__buf_puts(b, "  ");
    awsc__json_put_string(b, key, strlen(key));
    awsc__buf_puts(b, ": ");
    awsc__json_put_string(b, value, strlen(value));
    awsc__buf_puts(b, last ? "\n" : ",\n");
}

static int export_credentials(const char *profile, const char *format)
{
    static const char *const formats[] = {"process", "env", "env-no-export", "powershell",
                                          "windows-cmd"};
    bool known = false;
    for (size_t i = 0; i < AWSC_ARRAY_LEN(formats); i++)
        known = known || strcmp(format, formats[i]) == 0;
    if (!known) {
        fprintf(stderr,
                "awsc: error: argument --format: Invalid choice, valid choices are: process, env, "
                "env-no-export, powershell, windows-cmd\n");
        return EXIT_USAGE;
    }
    const char *current = profile;
    if (!current)
        current = cli_getenv_set("AWS_DEFAULT_PROFILE");
    if (!current)
        current = cli_getenv_set("AWS_PROFILE");
    int rc = recursion_barrier(current ? current : "default");
    if (rc)
        return rc;
    struct awsc_credentials_options o = {0};
    o.profile = profile;
    o.mfa = awsc_cli_mfa_prompt;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_credentials_provider *p = NULL;
    struct awsc_credentials_info c = {0};
    rc = awsc_credentials_default_chain(&o, &p, &err);
    if (rc == AWSC_OK)
        rc = awsc_credentials_provider_resolve(p, &c, &err);
    awsc_credentials_provider_release(p);
    if (rc != AWSC_OK) {
        bool none = rc == AWSC_E_CREDENTIALS && err.message &&
                    strncmp(err.message, "Unable to locate credentials", 28) == 0;
        fprintf(stderr, "\nUnable to retrieve credentials: %s\n",
                none          ? "no credentials found"
                : err.message ? err.message
                              : awsc_strerror(rc));
        awsc_error_clean_up(&err);
        return EXIT_CONFIG;
    }
    /* Python's isoformat() of the expiration, in UTC */
    char expiration[40] = "";
    if (c.expiration) {
        struct awsc_timestamp t = {c.expiration, 0};
        awsc__ts_format_iso8601(t, expiration); /* 2099-01-01T00:00:00Z */
        size_t n = strlen(expiration);
        if (n && expiration[n - 1] == 'Z')
            snprintf(expiration + n - 1, sizeof expiration - n + 1, "+00:00");
    }
    if (strcmp(format, "process") == 0) {
        struct awsc_buf b = AWSC_BUF_INIT;
        awsc__buf_puts(&b, "{\n  \"Version\": 1,\n");
        bool more = c.session_token || c.expiration;
        put_json_field(&b, "AccessKeyId", c.access_key_id, false);
        put_json_field(&b, "SecretAccessKey", c.secret_access_key, !more);
        if (c.session_token)
            put_json_field(&b, "SessionToken", c.session_token, !c.expiration);
        if (c.expiration)
            put_json_field(&b, "Expiration", expiration, true);
        awsc__buf_puts(&b, "}\n");
        if (!b.failed)
            fputs(b.data, stdout);
        awsc__buf_clean_up(&b);
    } else {
        put_line(format, "AWS_ACCESS_KEY_ID", c.access_key_id);
        put_line(format, "AWS_SECRET_ACCESS_KEY", c.secret_access_key);
        if (c.session_token)
            put_line(format, "AWS_SESSION_TOKEN", c.session_token);
        if (c.expiration)
            put_line(format, "AWS_CREDENTIAL_EXPIRATION", expiration);
    }
    awsc_credentials_info_clean_up(&c);
    return 0;
}

/* The AWS CLI's usage error (argparse's), naming what is missing. */
static int usage_error(const char *what)
{
    fprintf(stderr,
            "\nusage: awsc [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
            "To see help text, you can run:\n\n  awsc help\n  awsc <command> help\n"
            "  awsc <command> <subcommand> help\n\nawsc: error: %s\n\n",
            what);
    return EXIT_USAGE;
}

int awsc_cli_configure(const char *profile, int argc, char **argv, int i)
{
    static const char *const commands[] = {"list", "export-credentials", "get", "set"};
    const char *sub = NULL;
    for (size_t k = 0; i < argc && k < AWSC_ARRAY_LEN(commands); k++)
        if (strcmp(argv[i], commands[k]) == 0)
            sub = argv[i++];
    const char *format = "process";
    const char *words[2] = {NULL, NULL};
    size_t nwords = 0, max_words = !sub ? 0 : sub[0] == 'g' ? 1 : sub[0] == 's' ? 2 : 0;
    struct awsc_buf unknown = AWSC_BUF_INIT;
    for (; i < argc; i++) {
        bool has_value = i + 1 < argc;
        if (has_value && strcmp(argv[i], "--profile") == 0) {
            profile = argv[++i];
        } else if (has_value && strcmp(argv[i], "--format") == 0 && sub &&
                   strcmp(sub, "export-credentials") == 0) {
            format = argv[++i];
        } else if (nwords < max_words && (strncmp(argv[i], "--", 2) != 0 || nwords == 1)) {
            words[nwords++] = argv[i];
        } else {
            awsc__buf_printf(&unknown, "%s%s", unknown.len ? ", " : "", argv[i]);
        }
    }
    if (nwords < max_words) {
        awsc__buf_clean_up(&unknown);
        return usage_error(nwords ? "the following arguments are required: value"
                           : max_words == 1
                               ? "the following arguments are required: varname"
                               : "the following arguments are required: varname, value");
    }
    if (unknown.len) {
        fprintf(stderr, "\nUnknown options: %s\n", unknown.data);
        awsc__buf_clean_up(&unknown);
        return EXIT_USAGE;
    }
    awsc__buf_clean_up(&unknown);
    if (!sub)
        return cli_configure_prompt(profile);
    if (strcmp(sub, "list") == 0)
        return configure_list(profile);
    if (strcmp(sub, "export-credentials") == 0)
        return export_credentials(profile, format);
    if (strcmp(sub, "get") == 0)
        return cli_configure_get(profile, words[0]);
    return cli_configure_set(profile, words[0], words[1]);
}
