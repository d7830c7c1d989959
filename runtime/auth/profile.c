/*
 * The shared config and credentials files: which files and which profile,
 * botocore's profile map ([profile NAME], [default], [services NAME]), and
 * the profile and services-section lookups.
 */
#include "auth.h"
#include "ini.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* A name bound to a section: the config file's profiles and services. */
struct named {
    const char *name;
    const struct awsc__ini_section *section;
    struct named *next;
};

struct awsc__shared_config {
    atomic_int refs;
    struct awsc_arena *arena;
    const char *profile;
    enum awsc__profile_source source;
    struct awsc__ini config;
    struct awsc__ini creds;
    struct named *profiles;     /* config file: [profile NAME], [default] */
    struct named *services;     /* config file: [services NAME] */
    struct named *sso_sessions; /* config file: [sso-session NAME] */
};

static const struct awsc__ini_section *find_named(const struct named *list, const char *name)
{
    for (; list; list = list->next)
        if (strcmp(list->name, name) == 0)
            return list->section;
    return NULL;
}

/* ---- section names of the config file ---- */

/*
 * Python's shlex.split() in POSIX mode, as botocore splits "profile NAME":
 * returns the number of words (stopping at 3) and the second word in
 * *second; -1 for an unclosed quote or a trailing backslash (botocore then
 * ignores the section), -2 when out of memory.
 */
static int shlex_words(struct awsc_arena *arena, const char *s, char **second)
{
    int words = 0;
    struct awsc_buf w = AWSC_BUF_INIT;
    int rc = 0;
    *second = NULL;
    while (*s && words < 3) {
        while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
            s++;
        if (!*s)
            break;
        awsc__buf_reset(&w);
        awsc__buf_append(&w, "", 0);
        while (*s && !(*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
            if (*s == '\'') {
                const char *close = strchr(s + 1, '\'');
                if (!close) {
                    rc = -1;
                    goto done;
                }
                awsc__buf_append(&w, s + 1, (size_t)(close - s - 1));
                s = close + 1;
            } else if (*s == '"') {
                s++;
                while (*s && *s != '"') {
                    if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
                        s++;
                    else if (*s == '\\' && !s[1])
                        break;
                    awsc__buf_putc(&w, *s++);
                }
                if (*s != '"') {
                    rc = -1;
                    goto done;
                }
                s++;
            } else if (*s == '\\') {
                if (!s[1]) {
                    rc = -1;
                    goto done;
                }
                awsc__buf_putc(&w, s[1]);
                s += 2;
            } else {
                awsc__buf_putc(&w, *s++);
            }
        }
        words++;
        if (words == 2) {
            *second = w.failed ? NULL : awsc__arena_strdup(arena, w.data);
            if (!*second) {
                rc = -2;
                goto done;
            }
        }
    }
    rc = words;
done:
    awsc__buf_clean_up(&w);
    return rc;
}

static int bind_name(struct awsc_arena *arena, struct named **list, const char *name,
                     const struct awsc__ini_section *s)
{
    for (struct named *n = *list; n; n = n->next) {
        if (strcmp(n->name, name) == 0) {
            n->section = s; /* a later section of the same name wins */
            return AWSC_OK;
        }
    }
    struct named *n = awsc__arena_alloc(arena, sizeof *n);
    if (!n)
        return AWSC_E_NOMEM;
    n->name = name;
    n->section = s;
    struct named **tail = list;
    while (*tail)
        tail = &(*tail)->next;
    *tail = n;
    return AWSC_OK;
}

/* botocore's build_profile_map: "profile NAME" and "default" are profiles,
 * "services NAME" are services sections, "sso-session NAME" SSO sessions;
 * anything else is not used. Like botocore it only checks that a name starts
 * with "profile" and splits it shell-style into exactly two words. */
static int build_maps(struct awsc__shared_config *cfg, struct awsc_error *err)
{
    for (const struct awsc__ini_section *s = cfg->config.sections; s; s = s->next) {
        struct named **list = NULL;
        const char *name = NULL;
        char *second = NULL;
        if (strncmp(s->name, "profile", 7) == 0) {
            list = &cfg->profiles;
        } else if (strncmp(s->name, "sso-session", 11) == 0) {
            list = &cfg->sso_sessions;
        } else if (strncmp(s->name, "services", 8) == 0) {
            list = &cfg->services;
        } else if (strcmp(s->name, "default") == 0) {
            list = &cfg->profiles;
            name = "default";
        } else {
            continue;
        }
        if (!name) {
            int words = shlex_words(cfg->arena, s->name, &second);
            if (words == -2)
                return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
            if (words != 2)
                continue;
            name = second;
        }
        if (bind_name(cfg->arena, list, name, s) != AWSC_OK)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    return AWSC_OK;
}

/* ---- loading ---- */

int awsc__shared_config_load(const struct awsc__shared_config_options *options,
                             struct awsc__shared_config **out, struct awsc_error *err)
{
    static const struct awsc__shared_config_options none = {0};
    if (!out)
        return awsc__fail(err, AWSC_E_INVALID_ARG, "no place for the shared config");
    *out = NULL;
    if (!options)
        options = &none;
    struct awsc_arena *arena = awsc__arena_new();
    if (!arena)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    struct awsc__shared_config *cfg = awsc__arena_alloc(arena, sizeof *cfg);
    if (!cfg) {
        awsc__arena_destroy(arena);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }
    cfg->arena = arena;
    atomic_init(&cfg->refs, 1);

    /* botocore: the session's profile, then AWS_DEFAULT_PROFILE, then
     * AWS_PROFILE; empty values count as unset */
    const char *profile = options->profile && *options->profile ? options->profile : NULL;
    cfg->source = AWSC__PROFILE_EXPLICIT;
    if (!profile) {
        cfg->source = AWSC__PROFILE_ENV;
        profile = awsc__getenv_set("AWS_DEFAULT_PROFILE");
        if (!profile)
            profile = awsc__getenv_set("AWS_PROFILE");
    }
    if (!profile) {
        cfg->source = AWSC__PROFILE_DEFAULT;
        profile = "default";
    }

    const char *config_file = options->config_file;
    if (!config_file)
        config_file = awsc__getenv_set("AWS_CONFIG_FILE");
    if (!config_file)
        config_file = "~/.aws/config";
    const char *creds_file = options->credentials_file;
    if (!creds_file)
        creds_file = awsc__getenv_set("AWS_SHARED_CREDENTIALS_FILE");
    if (!creds_file)
        creds_file = "~/.aws/credentials";

    cfg->profile = awsc__arena_strdup(arena, profile);
    const char *config_path = awsc__expand_path(arena, config_file);
    const char *creds_path = awsc__expand_path(arena, creds_file);
    if (!cfg->profile || !config_path || !creds_path) {
        awsc__arena_destroy(arena);
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    }

    int rc = awsc__ini_load(arena, config_path, &cfg->config, err);
    if (rc == AWSC_OK)
        rc = awsc__ini_load(arena, creds_path, &cfg->creds, err);
    if (rc == AWSC_OK)
        rc = build_maps(cfg, err);
    if (rc == AWSC_OK && cfg->source != AWSC__PROFILE_DEFAULT && !options->any_profile &&
        !awsc__profile_exists(cfg, cfg->profile))
        rc = awsc__fail(err, AWSC_E_NOT_FOUND, "The config profile (%s) could not be found",
                        cfg->profile);
    if (rc != AWSC_OK) {
        awsc__arena_destroy(arena);
        return rc;
    }
    *out = cfg;
    return AWSC_OK;
}

void awsc__shared_config_destroy(struct awsc__shared_config *cfg)
{
    if (cfg && atomic_fetch_sub(&cfg->refs, 1) == 1)
        awsc__arena_destroy(cfg->arena);
}

void awsc__shared_config_retain(struct awsc__shared_config *cfg)
{
    if (cfg)
        atomic_fetch_add(&cfg->refs, 1);
}

const char *awsc__shared_config_profile(const struct awsc__shared_config *cfg)
{
    return cfg->profile;
}

enum awsc__profile_source awsc__shared_config_profile_source(const struct awsc__shared_config *cfg)
{
    return cfg->source;
}

const char *awsc__shared_config_path(const struct awsc__shared_config *cfg)
{
    return cfg->config.path;
}

const char *awsc__shared_credentials_path(const struct awsc__shared_config *cfg)
{
    return cfg->creds.path;
}

bool awsc__shared_file_present(const struct awsc__shared_config *cfg, enum awsc__shared_file which)
{
    return which == AWSC__FILE_CONFIG ? cfg->config.present : cfg->creds.present;
}

/* ---- profile lookups ---- */

static const struct awsc__ini_section *profile_section(const struct awsc__shared_config *cfg,
                                                       enum awsc__shared_file which,
                                                       const char *profile)
{
    if (which == AWSC__FILE_CONFIG)
        return find_named(cfg->profiles, profile);
    return awsc__ini_section(&cfg->creds, profile);
}

bool awsc__profile_exists(const struct awsc__shared_config *cfg, const char *profile)
{
    if (!cfg || !profile)
        return false;
    return profile_section(cfg, AWSC__FILE_CONFIG, profile) ||
           profile_section(cfg, AWSC__FILE_CREDENTIALS, profile);
}

/* The profile's entry for key: the credentials file's value wins, as
 * botocore merges that file's sections over the config file's profiles. */
static const struct awsc__ini_entry *profile_entry(const struct awsc__shared_config *cfg,
                                                   const char *profile, const char *key)
{
    if (!cfg || !key)
        return NULL;
    if (!profile)
        profile = cfg->profile;
    const struct awsc__ini_section *s = profile_section(cfg, AWSC__FILE_CREDENTIALS, profile);
    const struct awsc__ini_entry *e = s ? awsc__ini_get(&cfg->creds, s, key) : NULL;
    if (e)
        return e;
    s = profile_section(cfg, AWSC__FILE_CONFIG, profile);
    return s ? awsc__ini_get(&cfg->config, s, key) : NULL;
}

const char *awsc__profile_get(const struct awsc__shared_config *cfg, const char *profile,
                              const char *key)
{
    const struct awsc__ini_entry *e = profile_entry(cfg, profile, key);
    return e && !e->nested ? e->value : NULL;
}

const char *awsc__profile_get_sub(const struct awsc__shared_config *cfg, const char *profile,
                                  const char *key, const char *sub_key)
{
    return awsc__ini_sub(profile_entry(cfg, profile, key), sub_key);
}

bool awsc__profile_nested(const struct awsc__shared_config *cfg, const char *profile,
                          const char *key)
{
    const struct awsc__ini_entry *e = profile_entry(cfg, profile, key);
    return e && e->nested;
}

const char *awsc__config_section_get(const struct awsc__shared_config *cfg, const char *section,
                                     const char *key)
{
    if (!cfg || !section || strncmp(section, "profile", 7) == 0 ||
        strncmp(section, "sso-session", 11) == 0 || strncmp(section, "services", 8) == 0 ||
        strcmp(section, "default") == 0)
        return NULL;
    const struct awsc__ini_section *s = awsc__ini_section(&cfg->config, section);
    const struct awsc__ini_entry *e = s ? awsc__ini_get(&cfg->config, s, key) : NULL;
    return e && !e->nested ? e->value : NULL;
}

bool awsc__profile_file_get(const struct awsc__shared_config *cfg, enum awsc__shared_file which,
                            const char *profile, const char *key, const char **value)
{
    if (value)
        *value = NULL;
    if (!cfg)
        return false;
    if (!profile)
        profile = cfg->profile;
    const struct awsc__ini_section *s = profile_section(cfg, which, profile);
    if (!s)
        return false;
    if (value && key) {
        const struct awsc__ini_entry *e =
            awsc__ini_get(which == AWSC__FILE_CONFIG ? &cfg->config : &cfg->creds, s, key);
        *value = e && !e->nested ? e->value : NULL;
    }
    return true;
}

int awsc__profile_service_get(const struct awsc__shared_config *cfg, const char *profile,
                              const char *service_env_name, const char *key, const char **value,
                              struct awsc_error *err)
{
    *value = NULL;
    if (!cfg || !service_env_name || !key)
        return AWSC_OK;
    const char *name = awsc__profile_get(cfg, profile, "services");
    if (!name)
        return AWSC_OK;
    const struct awsc__ini_section *s = find_named(cfg->services, name);
    if (!s || (!s->entries && !cfg->config.defaults))
        return awsc__fail(err, AWSC_E_CONFIG,
                          "The profile is configured to use the services section but the "
                          "\"%s\" services configuration does not exist.",
                          name);
    /* the section's key for a service is its env name in lower case */
    char svc[128];
    size_t n = strlen(service_env_name);
    if (n >= sizeof svc)
        return AWSC_OK;
    for (size_t i = 0; i <= n; i++) {
        char c = service_env_name[i];
        svc[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    *value = awsc__ini_sub(awsc__ini_get(&cfg->config, s, svc), key);
    return AWSC_OK;
}

/* ---- SSO sessions ---- */

bool awsc__sso_session_get(const struct awsc__shared_config *cfg, const char *name, const char *key,
                           const char **value)
{
    if (value)
        *value = NULL;
    const struct awsc__ini_section *s = cfg && name ? find_named(cfg->sso_sessions, name) : NULL;
    if (!s)
        return false;
    if (value && key) {
        const struct awsc__ini_entry *e = awsc__ini_get(&cfg->config, s, key);
        *value = e && !e->nested ? e->value : NULL;
    }
    return true;
}

void awsc__sso_session_each(const struct awsc__shared_config *cfg, const char *name,
                            void (*fn)(void *ud, const char *key, const char *value), void *ud)
{
    const struct awsc__ini_section *s = cfg && name ? find_named(cfg->sso_sessions, name) : NULL;
    if (!s)
        return;
    for (const struct awsc__ini_entry *e = s->entries; e; e = e->next)
        if (!e->nested)
            fn(ud, e->key, e->value);
    /* [DEFAULT]'s keys the section does not set itself */
    for (const struct awsc__ini_entry *e = cfg->config.defaults ? cfg->config.defaults->entries
                                                                : NULL;
         e; e = e->next) {
        bool own = false;
        for (const struct awsc__ini_entry *o = s->entries; o && !own; o = o->next)
            own = strcmp(o->key, e->key) == 0;
        if (!own && !e->nested)
            fn(ud, e->key, e->value);
    }
}
