/*
 * awsc configure get | set, and `awsc configure` (the prompt): the AWS CLI
 * v2's commands of those names. They read the shared files as the
 * credential chain does (runtime/auth) and change them as the AWS CLI's
 * config writer does: one line replaced or a few inserted, everything
 * else (comments, other profiles, blank lines) kept as it was.
 *
 *   awsc configure get NAME [--profile P]
 *   awsc configure set NAME VALUE [--profile P]
 *   awsc configure [--profile P]
 *
 * NAME: region (the profile in use), s3.max_concurrent_requests (a key of
 * a nested section), profile.P.region, default.region, P.region for a
 * profile that exists (get), plugins.NAME (the [plugins] section).
 * aws_access_key_id, aws_secret_access_key and aws_session_token go to
 * the credentials file, in a section named for the profile alone.
 */
#include <awsc/awsc.h>

#include "auth/auth.h"
#include "auth/ini.h"
#include "cli.h"
#include "configure.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The AWS CLI's section names that are no profile: ('plugins') is a
 * string there, so its test is "a part of the word plugins". */
#define PREDEFINED_SECTIONS "plugins"

static bool predefined(const char *name)
{
    return strstr(PREDEFINED_SECTIONS, name) != NULL;
}

const char *cli_getenv_set(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

const char *cli_session_profile(const char *option)
{
    if (option && *option)
        return option;
    const char *p = cli_getenv_set("AWS_PROFILE");
    return p ? p : cli_getenv_set("AWS_DEFAULT_PROFILE");
}

/* os.path.expanduser of the file the AWS CLI writes: $AWS_CONFIG_FILE
 * (or $AWS_SHARED_CREDENTIALS_FILE), else the file under ~/.aws. */
static char *file_path(bool credentials)
{
    const char *p = cli_getenv_set(credentials ? "AWS_SHARED_CREDENTIALS_FILE" : "AWS_CONFIG_FILE");
    if (!p)
        p = credentials ? "~/.aws/credentials" : "~/.aws/config";
    const char *home = getenv("HOME");
    struct awsc_buf b = AWSC_BUF_INIT;
    if (p[0] == '~' && (p[1] == '/' || !p[1]) && home) {
        size_t n = strlen(home);
        while (n > 1 && home[n - 1] == '/')
            n--;
        awsc__buf_append(&b, home, n);
        p++;
    }
    awsc__buf_puts(&b, p);
    return b.failed ? (awsc__buf_clean_up(&b), NULL) : awsc__buf_steal(&b);
}

/* ------------------------------------------------------------ the writer */

/* One value to write: key = value, or, with sub, key's nested sub = value. */
struct new_value {
    const char *key;
    const char *sub;
    const char *value;
    bool done;
};

/* The file's lines, each with its '\n' (the last may have none); an
 * inserted element may hold several lines, as in the AWS CLI's writer. */
struct lines {
    char **v;
    size_t n, cap;
};

static void lines_free(struct lines *l)
{
    for (size_t i = 0; i < l->n; i++)
        awsc__free(l->v[i]);
    awsc__free(l->v);
    memset(l, 0, sizeof *l);
}

/* list.insert(at, text): at past the end appends. Takes text. */
static bool lines_insert(struct lines *l, size_t at, char *text)
{
    if (!text)
        return false;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 16;
        char **v = awsc__realloc(l->v, cap * sizeof *v);
        if (!v) {
            awsc__free(text);
            return false;
        }
        l->v = v;
        l->cap = cap;
    }
    if (at > l->n)
        at = l->n;
    memmove(l->v + at + 1, l->v + at, (l->n - at) * sizeof *l->v);
    l->v[at] = text;
    l->n++;
    return true;
}

/* The text as Python reads it in text mode: "\r\n" and "\r" are "\n";
 * then split after each "\n". */
static bool lines_split(struct lines *l, const char *data, size_t len)
{
    struct awsc_buf line = AWSC_BUF_INIT;
    for (size_t i = 0; i < len; i++) {
        char c = data[i];
        if (c == '\r') {
            if (i + 1 < len && data[i + 1] == '\n')
                i++;
            c = '\n';
        }
        awsc__buf_putc(&line, c);
        if (c == '\n' && !lines_insert(l, l->n, awsc__buf_steal(&line)))
            return false;
    }
    if (line.len && !lines_insert(l, l->n, awsc__buf_steal(&line)))
        return false;
    awsc__buf_clean_up(&line);
    return !line.failed;
}

static bool space(char c)
{
    return awsc__py_space((unsigned char)c);
}

/* The writer's section pattern, ^\s*\[[^]]+\]: the length of what it
 * matches (leading blanks to the first ']'), 0 when it does not. */
static size_t section_match(const char *line)
{
    size_t i = 0;
    while (line[i] && space(line[i]))
        i++;
    if (line[i] != '[' || !line[i + 1] || line[i + 1] == ']')
        return 0;
    const char *close = strchr(line + i + 1, ']');
    return close ? (size_t)(close - line) + 1 : 0;
}

/* "[NAME]", or for "profile A B" also "[profile "A B"]", from the start
 * of the line. */
static bool section_is(const char *line, const char *section)
{
    size_t m = section_match(line);
    if (!m)
        return false;
    size_t n = strlen(section);
    if (m == n + 2 && line[0] == '[' && strncmp(line + 1, section, n) == 0)
        return true;
    const char *sp = strchr(section, ' ');
    if (!sp)
        return false;
    size_t first = (size_t)(sp - section);
    return m == n + 4 && line[0] == '[' && strncmp(line + 1, section, first) == 0 &&
           line[first + 1] == ' ' && line[first + 2] == '"' &&
           strncmp(line + first + 3, sp + 1, n - first - 1) == 0 && line[m - 2] == '"';
}

/* The writer's option pattern: from the first character that is not ':'
 * or '=' to the next ':' or '=' is the option; its key is that stripped,
 * its indent the blanks it starts with. false when the line has none. */
static bool option_match(const char *line, const char **key, size_t *key_len, size_t *indent)
{
    size_t p = strspn(line, ":=");
    if (!line[p])
        return false;
    size_t q = p + strcspn(line + p, ":=");
    if (!line[q])
        return false;
    const char *s = line + p;
    size_t n = q - p;
    size_t lead = 0;
    while (lead < n && space(s[lead]))
        lead++;
    *indent = lead;
    awsc__py_strip(&s, &n);
    *key = s;
    *key_len = n;
    return true;
}

static struct new_value *pending(struct new_value *nv, size_t count, const char *key, size_t len)
{
    for (size_t i = 0; i < count; i++)
        if (!nv[i].done && strlen(nv[i].key) == len && strncmp(nv[i].key, key, len) == 0)
            return &nv[i];
    return NULL;
}

/* The values not yet written, as lines indented by indent; for a nested
 * one "key =" and its sub-key four spaces deeper. */
static char *values_text(struct new_value *nv, size_t count, const char *indent, bool sub_only)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "");
    for (size_t i = 0; i < count; i++) {
        if (nv[i].done)
            continue;
        if (sub_only)
            awsc__buf_printf(&b, "%s%s = %s\n", indent, nv[i].sub, nv[i].value);
        else if (nv[i].sub)
            awsc__buf_printf(&b, "%s%s =\n%s    %s = %s\n", indent, nv[i].key, indent,
                             nv[i].sub, nv[i].value);
        else
            awsc__buf_printf(&b, "%s%s = %s\n", indent, nv[i].key, nv[i].value);
        nv[i].done = true;
    }
    return b.failed ? (awsc__buf_clean_up(&b), NULL) : awsc__buf_steal(&b);
}

static char *printf_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *printf_line(const char *fmt, ...)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    awsc__buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return b.failed ? (awsc__buf_clean_up(&b), NULL) : awsc__buf_steal(&b);
}

static bool replace_line(struct lines *l, size_t i, char *text)
{
    if (!text)
        return false;
    awsc__free(l->v[i]);
    l->v[i] = text;
    return true;
}

/* The nested section that starts at line index (the "key =" line,
 * indented by starting): its sub-key replaced where it is, else added
 * where the section ends (the next line as little indented, or the next
 * section). */
static bool update_nested(struct lines *l, size_t index, struct new_value *v, size_t starting)
{
    bool have_indent = false;
    size_t current = 0;
    for (size_t i = index + 1; i < l->n; i++) {
        const char *key;
        size_t len, indent;
        if (option_match(l->v[i], &key, &len, &indent)) {
            current = indent;
            have_indent = true;
            if (!v->done && strlen(v->sub) == len && strncmp(v->sub, key, len) == 0) {
                if (!replace_line(l, i, printf_line("%*s%s = %s\n", (int)current, "", v->sub,
                                                    v->value)))
                    return false;
                v->done = true;
            }
        }
        if ((have_indent && current == starting) || section_match(l->v[i]))
            return lines_insert(l, i, values_text(v, 1, "    ", true));
    }
    /* the section runs to the end of the file */
    return lines_insert(l, l->n, values_text(v, 1, "    ", true));
}

/* Finds the section and writes the values in it: true in *found when the
 * file has the section. */
static bool update_section(struct lines *l, const char *section, struct new_value *nv,
                           size_t count, bool *found)
{
    size_t start = 0;
    *found = false;
    for (; start < l->n; start++) {
        const char *s = l->v[start];
        size_t n = strlen(s);
        awsc__py_strip(&s, &n);
        if (n && (s[0] == '#' || s[0] == ';'))
            continue;
        if (section_is(l->v[start], section))
            break;
    }
    if (start == l->n)
        return true;
    *found = true;
    size_t last = start;
    for (size_t j = start + 1; j < l->n; j++) {
        if (section_match(l->v[j]))
            return lines_insert(l, last + 1, values_text(nv, count, "", false));
        const char *key;
        size_t len, indent;
        if (!option_match(l->v[j], &key, &len, &indent))
            continue;
        last = j;
        struct new_value *v = pending(nv, count, key, len);
        if (v && v->sub)
            return update_nested(l, j, v, indent);
        if (v) {
            if (!replace_line(l, j, printf_line("%s = %s\n", v->key, v->value)))
                return false;
            v->done = true;
        }
    }
    bool left = false;
    for (size_t i = 0; i < count; i++)
        left = left || !nv[i].done;
    if (!left)
        return true;
    const char *end = l->v[l->n - 1];
    if (!*end || end[strlen(end) - 1] != '\n')
        if (!lines_insert(l, l->n, printf_line("\n")))
            return false;
    /* after the line that follows the last option, as the AWS CLI's writer
     * puts it */
    return lines_insert(l, last + 2, values_text(nv, count, "", false));
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t w = write(fd, data, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return -1;
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

/* A new section at the end of the file (after a '\n' when its last line
 * has none). */
static int append_section(const char *path, const char *section, struct new_value *nv,
                          size_t count)
{
    int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    char last = '\n';
    off_t size = lseek(fd, 0, SEEK_END);
    if (size > 0 && pread(fd, &last, 1, size - 1) != 1)
        last = '\n';
    char *values = values_text(nv, count, "", false);
    char *text = values ? printf_line("%s[%s]\n%s", last == '\n' ? "" : "\n", section, values)
                        : NULL;
    int rc = text ? write_all(fd, text, strlen(text)) : -1;
    awsc__free(values);
    awsc__free(text);
    if (close(fd) != 0)
        rc = -1;
    return rc;
}

/* The AWS CLI's update_config: the values into the section of the file,
 * the file (and its folder) made when missing. 0, or 255 with a message. */
static int update_config(const char *path, const char *section, struct new_value *nv,
                         size_t count)
{
    struct stat st;
    int rc = 0;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (cli_make_parents(path) != 0 || append_section(path, section, nv, count) != 0)
            rc = -1;
    } else {
        size_t len = 0;
        char *data = cli_read_file(path, &len);
        struct lines l = {0};
        bool found = false;
        if (!data || !lines_split(&l, data, len) || !update_section(&l, section, nv, count, &found))
            rc = -1;
        else if (!found)
            rc = append_section(path, section, nv, count);
        else {
            int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
            rc = fd < 0 ? -1 : 0;
            for (size_t i = 0; rc == 0 && i < l.n; i++)
                rc = write_all(fd, l.v[i], strlen(l.v[i]));
            if (fd >= 0 && close(fd) != 0)
                rc = -1;
        }
        lines_free(&l);
        awsc__free(data);
    }
    if (rc != 0) {
        fprintf(stderr, "\n%s: %s\n", path, strerror(errno ? errno : ENOMEM));
        return EXIT_OTHER;
    }
    return 0;
}

/* "profile NAME", the name quoted as shlex.quote does when it has a blank;
 * "default" stays itself. */
static char *profile_section(const char *profile)
{
    if (strcmp(profile, "default") == 0)
        return awsc__strdup(profile);
    if (!strpbrk(profile, " \t"))
        return printf_line("profile %s", profile);
    struct awsc_buf b = AWSC_BUF_INIT;
    awsc__buf_puts(&b, "profile '");
    for (const char *p = profile; *p; p++) {
        if (*p == '\'')
            awsc__buf_puts(&b, "'\"'\"'");
        else
            awsc__buf_putc(&b, *p);
    }
    awsc__buf_putc(&b, '\'');
    return b.failed ? (awsc__buf_clean_up(&b), NULL) : awsc__buf_steal(&b);
}

static bool credentials_key(const char *key)
{
    return strcmp(key, "aws_access_key_id") == 0 || strcmp(key, "aws_secret_access_key") == 0 ||
           strcmp(key, "aws_session_token") == 0;
}

/* ------------------------------------------------------------------ set */

int cli_configure_set(const char *profile_option, const char *name, const char *value)
{
    const char *session = cli_session_profile(profile_option);
    char *copy = awsc__strdup(name);
    if (!copy)
        return EXIT_OTHER;
    /* the name's dotted parts */
    char *parts[64];
    size_t nparts = 0;
    for (char *p = copy; nparts < 64;) {
        parts[nparts++] = p;
        p = strchr(p, '.');
        if (!p)
            break;
        *p++ = '\0';
    }
    const char *profile = "default", *key = name, *sub = NULL;
    if (nparts == 1) {
        if (session)
            profile = session;
    } else if (strcmp(parts[0], "default") == 0 || strcmp(parts[0], "profile") == 0) {
        size_t first = parts[0][0] == 'd' ? 1 : 2;
        if (first == 2)
            profile = parts[1];
        if (first >= nparts) {
            fprintf(stderr, "\nthe name %s has no key after the profile\n", name);
            awsc__free(copy);
            return EXIT_USAGE;
        }
        key = parts[first];
        if (nparts - first == 2)
            sub = parts[first + 1];
    } else if (!predefined(parts[0])) {
        if (session)
            profile = session;
        key = parts[0];
        if (nparts == 2)
            sub = parts[1];
    } else if (nparts == 2) {
        profile = parts[0]; /* [plugins] */
        key = parts[1];
    }
    bool creds = credentials_key(key);
    char *section = creds || predefined(profile) || strcmp(profile, "default") == 0
                        ? awsc__strdup(profile)
                        : profile_section(profile);
    char *path = file_path(creds);
    int rc = EXIT_OTHER;
    if (section && path) {
        struct new_value nv = {key, sub, value, false};
        rc = update_config(path, section, &nv, 1);
    }
    awsc__free(section);
    awsc__free(path);
    awsc__free(copy);
    return rc;
}

/* ------------------------------------------------------------------ get */

static int load(const char *profile, struct awsc__shared_config **cfg)
{
    struct awsc__shared_config_options o = {0};
    o.profile = profile;
    o.any_profile = true;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc__shared_config_load(&o, cfg, &err);
    if (rc != AWSC_OK) {
        fprintf(stderr, "\n%s\n", err.message ? err.message : awsc_strerror(rc));
        awsc_error_clean_up(&err);
        return EXIT_OTHER;
    }
    return 0;
}

/* What the AWS CLI prints for a value: a scalar and 0; for a nested
 * section its complaint and 1; nothing and 1 when there is none. */
static int print_value(const struct awsc__shared_config *cfg, const char *name,
                       const char *profile, const char *key, const char *sub)
{
    const char *v = NULL;
    if (sub) {
        v = awsc__profile_get_sub(cfg, profile, key, sub);
    } else if (awsc__profile_nested(cfg, profile, key)) {
        fprintf(stderr, "varname (%s) must reference a value, not a section or sub-section.",
                name);
        return 1;
    } else {
        v = awsc__profile_get(cfg, profile, key);
    }
    if (!v)
        return 1;
    printf("%s\n", v);
    return 0;
}

int cli_configure_get(const char *profile_option, const char *name)
{
    const char *session = cli_session_profile(profile_option);
    struct awsc__shared_config *cfg = NULL;
    int rc = load(session, &cfg);
    if (rc)
        return rc;
    char *copy = awsc__strdup(name);
    char *parts[64];
    size_t nparts = 0;
    for (char *p = copy; p && nparts < 64;) {
        parts[nparts++] = p;
        p = strchr(p, '.');
        if (p)
            *p++ = '\0';
    }
    if (!copy) {
        rc = EXIT_OTHER;
    } else if (nparts == 1) {
        /* the profile in use, which must exist when one is named */
        if (session && !awsc__profile_exists(cfg, session)) {
            fprintf(stderr, "\nThe config profile (%s) could not be found\n", session);
            rc = EXIT_OTHER;
        } else {
            rc = print_value(cfg, name, session ? session : "default", name, NULL);
        }
    } else if (nparts == 2 && predefined(parts[0])) {
        /* the AWS CLI takes cli_legacy_plugin_path out of [plugins] as it
         * loads its plugins */
        const char *v = strcmp(parts[0], "plugins") == 0 &&
                                strcmp(parts[1], "cli_legacy_plugin_path") == 0
                            ? NULL
                            : awsc__config_section_get(cfg, parts[0], parts[1]);
        if (!v)
            v = awsc__profile_get(cfg, parts[0], parts[1]);
        rc = v ? (printf("%s\n", v), 0) : 1;
    } else {
        size_t first;
        const char *profile;
        if (strcmp(parts[0], "profile") == 0) {
            profile = parts[1];
            first = 2;
        } else if (strcmp(parts[0], "default") == 0 || awsc__profile_exists(cfg, parts[0])) {
            profile = parts[0];
            first = 1;
        } else {
            profile = session ? session : "default";
            first = 0;
        }
        if (first >= nparts)
            rc = 1;
        else if (nparts - first == 2) /* key.sub */
            rc = print_value(cfg, name, profile, parts[first], parts[first + 1]);
        else /* key, or key.a.b: the key's value, as the AWS CLI reads it */
            rc = print_value(cfg, name, profile, parts[first], NULL);
    }
    awsc__free(copy);
    awsc__shared_config_destroy(cfg);
    return rc;
}

/* ---------------------------------------------------------- the prompt */

/* "AWS Access Key ID [****************WXYZ]: " on stdout, a line from
 * stdin (input()'s way: a terminal or not). NULL at the end of input. */
static char *ask(const char *text, const char *current, bool mask)
{
    char shown[64];
    if (current && mask) {
        size_t n = strlen(current);
        snprintf(shown, sizeof shown, "****************%s", n > 4 ? current + n - 4 : current);
        current = shown;
    }
    printf("%s [%s]: ", text, current ? current : "None");
    fflush(stdout);
    struct awsc_buf line = AWSC_BUF_INIT;
    int c;
    while ((c = getchar()) != EOF && c != '\n')
        awsc__buf_putc(&line, (char)c);
    if (c == EOF && !line.len) {
        awsc__buf_clean_up(&line);
        return NULL;
    }
    awsc__buf_puts(&line, "");
    return line.failed ? (awsc__buf_clean_up(&line), NULL) : awsc__buf_steal(&line);
}

int cli_configure_prompt(const char *profile_option)
{
    static const struct {
        const char *key, *text;
    } PROMPTS[] = {{"aws_access_key_id", "AWS Access Key ID"},
                   {"aws_secret_access_key", "AWS Secret Access Key"},
                   {"region", "Default region name"},
                   {"output", "Default output format"}};
    const char *session = cli_session_profile(profile_option);
    struct awsc__shared_config *cfg = NULL;
    int rc = load(session, &cfg);
    if (rc)
        return rc;
    /* a profile neither file has yet: no current values */
    const char *profile = session ? session : "default";
    bool exists = awsc__profile_exists(cfg, profile);
    char *answers[4] = {0};
    struct new_value creds[2], config[2];
    size_t ncreds = 0, nconfig = 0;
    for (size_t i = 0; i < 4 && !rc; i++) {
        const char *current = exists ? awsc__profile_get(cfg, profile, PROMPTS[i].key) : NULL;
        answers[i] = ask(PROMPTS[i].text, current, i < 2);
        if (!answers[i]) {
            fflush(stdout);
            fprintf(stderr, "\nEOF when reading a line\n");
            rc = EXIT_OTHER;
        } else if (*answers[i] && (!current || strcmp(current, answers[i]) != 0)) {
            struct new_value v = {PROMPTS[i].key, NULL, answers[i], false};
            if (i < 2)
                creds[ncreds++] = v;
            else
                config[nconfig++] = v;
        }
    }
    if (!rc && (ncreds || nconfig)) {
        char *path = file_path(true);
        if (ncreds)
            rc = path ? update_config(path, profile, creds, ncreds) : EXIT_OTHER;
        awsc__free(path);
        /* the config file gets the profile's section even when only the
         * keys changed, as with the AWS CLI */
        char *section = profile_section(profile);
        path = file_path(false);
        if (!rc)
            rc = path && section ? update_config(path, section, config, nconfig) : EXIT_OTHER;
        awsc__free(section);
        awsc__free(path);
    }
    for (size_t i = 0; i < 4; i++)
        awsc__free(answers[i]);
    awsc__shared_config_destroy(cfg);
    return rc;
}
