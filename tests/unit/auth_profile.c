/*
 * The shared config and credentials files: INI parsing edge cases (the
 * expected values are what botocore 1.29.27's configloader returns for the
 * same text), profile selection and lookups, services sections, parse
 * errors, and the configuration resolvers.
 */
#include "auth_test.h"

/* Parsed by botocore as:
 *   profiles.default: region us-west-2, output json,
 *     s3 {addressing_style path, signature_version s3v4,
 *         max_concurrent_requests 10, payload_signing_enabled true},
 *     multi "first\nsecond line\n\nthird",
 *     "key with spaces" "value with # not a comment ; nor this",
 *     empty "", colon "value:with:colons",
 *     eq "a=b\nindented_after = continuation", shared_key from-default
 *   profiles.dev: region eu-west-1, services my-services,
 *     endpoint_url "http://localhost:4566\n[not a section]"
 *   profiles["quoted name"], profiles.spaced, profiles.y ("[profilex y]")
 *   "[profile a b]" is no profile (three words) */
static const char CONFIG[] = "# comment\n"
                             "; another comment\n"
                             "[default]\n"
                             "region = us-west-2\n"
                             "Output: json\n"
                             "s3 =\n"
                             "  addressing_style = path\n"
                             "  signature_version=s3v4\n"
                             "\n"
                             "  max_concurrent_requests = 10\n"
                             "# comment inside nested value\n"
                             "  payload_signing_enabled = true\n"
                             "multi = first\n"
                             "  second line\n"
                             "\n"
                             "   third\n"
                             "key with spaces = value with # not a comment ; nor this\n"
                             "empty =\n"
                             "colon:value:with:colons\n"
                             "eq = a=b\n"
                             "  indented_after = continuation\n"
                             "\n"
                             "[profile dev]\n"
                             "region=eu-west-1\n"
                             "services = my-services\n"
                             "endpoint_url = http://localhost:4566\n"
                             "  [not a section]\n"
                             "\n"
                             "[profile \"quoted name\"]\n"
                             "region = ap-south-1\n"
                             "\n"
                             "[profile  spaced]\n"
                             "region = sa-east-1\n"
                             "\n"
                             "[profilex y]\n"
                             "region = weird\n"
                             "\n"
                             "[profile a b]\n"
                             "region = ignored\n"
                             "\n"
                             "[services my-services]\n"
                             "dynamodb =\n"
                             "  endpoint_url = http://localhost:8000\n"
                             "elastic_beanstalk =\n"
                             "  endpoint_url = http://localhost:9000\n"
                             "\n"
                             "[sso-session s]\n"
                             "sso_region = us-east-1\n"
                             "\n"
                             "[preview]\n"
                             "cloudfront = true\n"
                             "\n"
                             "[DEFAULT]\n"
                             "shared_key = from-default\n";

/* CRLF line ends in part of it, on purpose */
static const char CREDENTIALS[] = "[default]\r\n"
                                  "aws_access_key_id = AKIDCREDS\r\n"
                                  "aws_secret_access_key = credsecret\r\n"
                                  "region = us-east-2\r\n"
                                  "\r\n"
                                  "[dev]\n"
                                  "aws_access_key_id=AKIDDEV\n"
                                  "aws_secret_access_key=devsecret\n"
                                  "aws_session_token=devtoken\n"
                                  "\n"
                                  "[partial]\n"
                                  "aws_access_key_id = AKIDPARTIAL\n"
                                  "\n"
                                  "[profile odd]\n"
                                  "aws_access_key_id = X\n";

static struct awsc__shared_config *load(const char *profile, struct awsc_error *err)
{
    struct awsc__shared_config_options o = {profile, NULL, NULL, false};
    struct awsc__shared_config *cfg = NULL;
    int rc = awsc__shared_config_load(&o, &cfg, err);
    if (rc != AWSC_OK)
        return NULL;
    return cfg;
}

static void write_both(void)
{
    setenv("AWS_CONFIG_FILE", write_file("config", CONFIG, 0), 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", write_file("credentials", CREDENTIALS, 1), 1);
}

static void test_parse_values(void)
{
    clean_env();
    write_both();
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc__shared_config *cfg = load(NULL, &err);
    CHECK(cfg != NULL);
    if (!cfg) {
        printf("  %s\n", err.message);
        return;
    }
    CHECK_STR(awsc__shared_config_profile(cfg), "default");
    CHECK(awsc__shared_config_profile_source(cfg) == AWSC__PROFILE_DEFAULT);

    /* the credentials file wins for the same key */
    CHECK_STR(awsc__profile_get(cfg, NULL, "region"), "us-east-2");
    const char *v = NULL;
    CHECK(awsc__profile_file_get(cfg, AWSC__FILE_CONFIG, NULL, "region", &v));
    CHECK_STR(v, "us-west-2");
    CHECK_STR(awsc__profile_get(cfg, NULL, "output"), "json"); /* "Output:" lower-cased */
    CHECK_STR(awsc__profile_get(cfg, NULL, "Output"), NULL);
    CHECK_STR(awsc__profile_get(cfg, NULL, "multi"), "first\nsecond line\n\nthird");
    CHECK_STR(awsc__profile_get(cfg, NULL, "key with spaces"),
              "value with # not a comment ; nor this");
    CHECK_STR(awsc__profile_get(cfg, NULL, "empty"), "");
    CHECK_STR(awsc__profile_get(cfg, NULL, "colon"), "value:with:colons");
    CHECK_STR(awsc__profile_get(cfg, NULL, "eq"), "a=b\nindented_after = continuation");
    CHECK_STR(awsc__profile_get(cfg, NULL, "shared_key"), "from-default");
    CHECK_STR(awsc__profile_get(cfg, NULL, "missing"), NULL);

    /* nested values */
    CHECK_STR(awsc__profile_get(cfg, NULL, "s3"), NULL);
    CHECK_STR(awsc__profile_get_sub(cfg, NULL, "s3", "addressing_style"), "path");
    CHECK_STR(awsc__profile_get_sub(cfg, NULL, "s3", "signature_version"), "s3v4");
    CHECK_STR(awsc__profile_get_sub(cfg, NULL, "s3", "max_concurrent_requests"), "10");
    CHECK_STR(awsc__profile_get_sub(cfg, NULL, "s3", "payload_signing_enabled"), "true");
    CHECK_STR(awsc__profile_get_sub(cfg, NULL, "s3", "missing"), NULL);
    CHECK_STR(awsc__profile_get_sub(cfg, NULL, "region", "x"), NULL);

    /* other profiles */
    CHECK_STR(awsc__profile_get(cfg, "dev", "region"), "eu-west-1");
    CHECK_STR(awsc__profile_get(cfg, "dev", "endpoint_url"),
              "http://localhost:4566\n[not a section]");
    CHECK_STR(awsc__profile_get(cfg, "dev", "aws_session_token"), "devtoken");
    CHECK_STR(awsc__profile_get(cfg, "quoted name", "region"), "ap-south-1");
    CHECK_STR(awsc__profile_get(cfg, "spaced", "region"), "sa-east-1");
    CHECK_STR(awsc__profile_get(cfg, "y", "region"), "weird");
    CHECK(!awsc__profile_exists(cfg, "a b"));
    CHECK(!awsc__profile_exists(cfg, "a"));
    CHECK(!awsc__profile_exists(cfg, "preview"));
    CHECK(!awsc__profile_exists(cfg, "s"));
    CHECK(!awsc__profile_exists(cfg, "DEFAULT"));
    CHECK(awsc__profile_exists(cfg, "partial"));     /* credentials file only */
    CHECK(awsc__profile_exists(cfg, "profile odd")); /* its name there is literal */
    CHECK(!awsc__profile_exists(cfg, "odd"));
    CHECK_STR(awsc__profile_get(cfg, "nope", "region"), NULL);

    /* services sections */
    const char *url = NULL;
    CHECK(awsc__profile_service_get(cfg, "dev", "DYNAMODB", "endpoint_url", &url, &err) == AWSC_OK);
    CHECK_STR(url, "http://localhost:8000");
    CHECK(awsc__profile_service_get(cfg, "dev", "ELASTIC_BEANSTALK", "endpoint_url", &url, &err) ==
          AWSC_OK);
    CHECK_STR(url, "http://localhost:9000");
    CHECK(awsc__profile_service_get(cfg, "dev", "SQS", "endpoint_url", &url, &err) == AWSC_OK);
    CHECK_STR(url, NULL);
    CHECK(awsc__profile_service_get(cfg, NULL, "DYNAMODB", "endpoint_url", &url, &err) == AWSC_OK);
    CHECK_STR(url, NULL); /* default has no services key */

    awsc__shared_config_destroy(cfg);
    awsc_error_clean_up(&err);
}

static void test_profile_selection(void)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    clean_env();
    write_both();

    /* explicit beats the environment; AWS_DEFAULT_PROFILE beats AWS_PROFILE */
    setenv("AWS_PROFILE", "dev", 1);
    struct awsc__shared_config *cfg = load(NULL, &err);
    CHECK(cfg && strcmp(awsc__shared_config_profile(cfg), "dev") == 0);
    CHECK(cfg && awsc__shared_config_profile_source(cfg) == AWSC__PROFILE_ENV);
    awsc__shared_config_destroy(cfg);
    setenv("AWS_DEFAULT_PROFILE", "spaced", 1);
    cfg = load(NULL, &err);
    CHECK(cfg && strcmp(awsc__shared_config_profile(cfg), "spaced") == 0);
    CHECK_STR(cfg ? awsc__profile_get(cfg, NULL, "region") : NULL, "sa-east-1");
    awsc__shared_config_destroy(cfg);
    cfg = load("quoted name", &err);
    CHECK(cfg && strcmp(awsc__shared_config_profile(cfg), "quoted name") == 0);
    CHECK(cfg && awsc__shared_config_profile_source(cfg) == AWSC__PROFILE_EXPLICIT);
    awsc__shared_config_destroy(cfg);

    /* a named profile must exist in one of the files */
    unsetenv("AWS_DEFAULT_PROFILE");
    setenv("AWS_PROFILE", "nosuch", 1);
    CHECK(load(NULL, &err) == NULL);
    CHECK(err.status == AWSC_E_NOT_FOUND);
    CHECK_STR(err.message, "The config profile (nosuch) could not be found");
    unsetenv("AWS_PROFILE");
    CHECK(load("other", &err) == NULL);
    CHECK_STR(err.message, "The config profile (other) could not be found");
    CHECK(load("odd", &err) == NULL);

    /* ... even "default", when it is named */
    setenv("AWS_CONFIG_FILE", scratch_path("none", 2), 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", scratch_path("none2", 3), 1);
    CHECK(load("default", &err) == NULL);
    CHECK_STR(err.message, "The config profile (default) could not be found");
    /* but the implicit default may be missing, and so may the files */
    cfg = load(NULL, &err);
    CHECK(cfg != NULL);
    CHECK(cfg && !awsc__shared_file_present(cfg, AWSC__FILE_CONFIG));
    CHECK_STR(cfg ? awsc__profile_get(cfg, NULL, "region") : "x", NULL);
    awsc__shared_config_destroy(cfg);
    /* empty variables count as unset */
    setenv("AWS_PROFILE", "", 1);
    cfg = load(NULL, &err);
    CHECK(cfg && awsc__shared_config_profile_source(cfg) == AWSC__PROFILE_DEFAULT);
    awsc__shared_config_destroy(cfg);
    awsc_error_clean_up(&err);
}

static void test_paths(void)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    clean_env();
    /* defaults: ~/.aws/config and ~/.aws/credentials, ~ from HOME */
    struct awsc__shared_config *cfg = load(NULL, &err);
    char want[600];
    snprintf(want, sizeof want, "%s/.aws/config", scratch_dir);
    CHECK_STR(cfg ? awsc__shared_config_path(cfg) : NULL, want);
    snprintf(want, sizeof want, "%s/.aws/credentials", scratch_dir);
    CHECK_STR(cfg ? awsc__shared_credentials_path(cfg) : NULL, want);
    awsc__shared_config_destroy(cfg);

    /* $VAR and ${VAR} expansion, unknown variables left alone */
    write_file("config", "[default]\nregion = from-expanded\n", 0);
    setenv("AWSC_TEST_DIR", scratch_dir, 1);
    setenv("AWS_CONFIG_FILE", "${AWSC_TEST_DIR}/config", 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", "~/$AWSC_NO_SUCH_VAR/x", 1);
    cfg = load(NULL, &err);
    CHECK_STR(cfg ? awsc__profile_get(cfg, NULL, "region") : NULL, "from-expanded");
    snprintf(want, sizeof want, "%s/$AWSC_NO_SUCH_VAR/x", scratch_dir);
    CHECK_STR(cfg ? awsc__shared_credentials_path(cfg) : NULL, want);
    awsc__shared_config_destroy(cfg);

    /* options override the environment */
    struct awsc__shared_config_options o = {NULL, "$AWSC_TEST_DIR/config", "/nonexistent/creds",
                                            false};
    cfg = NULL;
    CHECK(awsc__shared_config_load(&o, &cfg, &err) == AWSC_OK);
    CHECK_STR(cfg ? awsc__profile_get(cfg, NULL, "region") : NULL, "from-expanded");
    awsc__shared_config_destroy(cfg);

    /* a folder is not a file */
    setenv("AWS_CONFIG_FILE", scratch_dir, 1);
    cfg = load(NULL, &err);
    CHECK(cfg && !awsc__shared_file_present(cfg, AWSC__FILE_CONFIG));
    awsc__shared_config_destroy(cfg);
    unsetenv("AWSC_TEST_DIR");
    awsc_error_clean_up(&err);
}

/* Each text parses as botocore parses it. */
static void test_parse_edges(void)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    clean_env();
    setenv("AWS_SHARED_CREDENTIALS_FILE", scratch_path("none", 1), 1);
    static const struct {
        const char *text, *section, *key, *value;
    } cases[] = {
        /* an indented line right after a header is a key, not a continuation */
        {"[default]\n  indented = x\nnext = y\n", "default", "indented", "x"},
        {"[default]\n  indented = x\nnext = y\n", "default", "next", "y"},
        /* the first '=' or ':' separates */
        {"[default]\na : b = c\nd = e : f\n", "default", "a", "b = c"},
        {"[default]\na : b = c\nd = e : f\n", "default", "d", "e : f"},
        /* old Mac line ends */
        {"[default]\ra=1\rb=2\r", "default", "b", "2"},
        /* a blank line, then an indented line: still the same value */
        {"[default]\na = 1\n\n  b = 2\n", "default", "a", "1\n\nb = 2"},
        /* comment lines inside a value are dropped */
        {"[default]\na = 1\n  # not part\n  c\n", "default", "a", "1\nc"},
        /* text after the closing bracket is ignored */
        {"[default] trailing\nx=1\n", "default", "x", "1"},
        /* [DEFAULT] may come twice and reaches every section */
        {"[DEFAULT]\na=1\n[DEFAULT]\nb=2\n[default]\n", "default", "b", "2"},
        {"[DEFAULT]\na=1\n[default]\na=2\n", "default", "a", "2"},
        /* [profile default] is the default profile too; the later wins */
        {"[default]\na=1\n[profile default]\na=2\n", "default", "a", "2"},
        {"[profile default]\na=2\n[default]\nb=1\n", "default", "a", NULL},
        /* shell-style words */
        {"[profile 'it''s']\na=1\n", "its", "a", "1"},
        {"[profile \"x\\\"y\"]\na=1\n", "x\"y", "a", "1"},
        {"[profile \"unclosed]\na=1\n", "\"unclosed", "a", NULL},
        /* a bad nested value in [DEFAULT] only matters where inherited */
        {"[DEFAULT]\ns3 =\n  bad\n[default]\ns3 = x\n", "default", "s3", "x"},
        /* trailing white space of values is stripped */
        {"[default]\na = 1  \t\nb=\n  \n", "default", "a", "1"},
        {"[default]\na = 1  \t\nb=\n  \n", "default", "b", ""},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(cases); i++) {
        setenv("AWS_CONFIG_FILE", write_file("config", cases[i].text, 0), 1);
        struct awsc__shared_config *cfg = load(NULL, &err);
        if (!cfg) {
            printf("FAIL case %zu: %s\n", i, err.message);
            failures++;
            continue;
        }
        const char *got = awsc__profile_get(cfg, cases[i].section, cases[i].key);
        if (cases[i].value ? !got || strcmp(got, cases[i].value) != 0 : got != NULL) {
            printf("FAIL case %zu: [%s] %s: want %s, got %s\n", i, cases[i].section, cases[i].key,
                   cases[i].value ? cases[i].value : "(null)", got ? got : "(null)");
            failures++;
        }
        awsc__shared_config_destroy(cfg);
    }
    awsc_error_clean_up(&err);
}

static void test_parse_errors(void)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    clean_env();
    setenv("AWS_SHARED_CREDENTIALS_FILE", scratch_path("none", 1), 1);
    static const struct {
        const char *text;
        const char *where; /* "line N: ..." */
    } cases[] = {
        {"region = x\n[default]\n", "line 1: a [section] header must come first"},
        {"[default]\nregion=a\nRegion=b\n",
         "line 3: key 'region' already appears in section [default] on line 2"},
        {"[default]\na=1\n\n[default]\n", "line 4: section [default] already appears on line 1"},
        {"[default]\njustaword\n", "line 2: expected 'key = value' or a [section] header"},
        {"[default]\ns3 =\n  addressing_style = path\n  nokeyvalue\n",
         "line 4: expected 'key = value' in the nested value of 's3'"},
        {"[default]\n= value\n", "line 2: a key is missing before '='"},
        {"[default]\n[]\n", "line 2: expected 'key = value'"},
        {"[DEFAULT]\ns3 =\n  bad\n[default]\na=1\n",
         "line 3: expected 'key = value' in the nested value of 's3'"},
        {"\xef\xbb\xbf[default]\na=1\n", "line 1: a [section] header must come first"},
        {"[default]\na=\xff\n", "line 2: not valid UTF-8"},
    };
    for (size_t i = 0; i < AWSC_ARRAY_LEN(cases); i++) {
        const char *path = write_file("config", cases[i].text, 0);
        setenv("AWS_CONFIG_FILE", path, 1);
        struct awsc__shared_config *cfg = load(NULL, &err);
        CHECK(cfg == NULL);
        awsc__shared_config_destroy(cfg);
        CHECK(err.status == AWSC_E_CONFIG);
        char want[700];
        snprintf(want, sizeof want, "Unable to parse config file: %s: %s", path, cases[i].where);
        if (!err.message || strncmp(err.message, want, strlen(want)) != 0) {
            printf("FAIL parse error %zu\n  want: %s\n  got:  %s\n", i, want,
                   err.message ? err.message : "(null)");
            failures++;
        }
    }
    /* ... and [DEFAULT] alone is inherited by nothing */
    setenv("AWS_CONFIG_FILE", write_file("config", "[DEFAULT]\ns3 =\n  bad\n", 0), 1);
    struct awsc__shared_config *ok = load(NULL, &err);
    CHECK(ok != NULL);
    awsc__shared_config_destroy(ok);

    /* errors in the credentials file name that file */
    setenv("AWS_CONFIG_FILE", scratch_path("none", 0), 1);
    const char *creds = write_file("credentials", "[default]\nbroken\n", 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", creds, 1);
    CHECK(load(NULL, &err) == NULL);
    CHECK_MSG(&err, creds);
    CHECK_MSG(&err, "line 2");
    /* the offending line is not quoted: it could be a secret */
    write_file("credentials", "[default]\nwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n", 1);
    CHECK(load(NULL, &err) == NULL);
    CHECK(err.message && !strstr(err.message, "EXAMPLEKEY"));
    awsc_error_clean_up(&err);
}

static void test_services_errors(void)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    clean_env();
    setenv("AWS_SHARED_CREDENTIALS_FILE", scratch_path("none", 1), 1);
    setenv("AWS_CONFIG_FILE",
           write_file("config",
                      "[default]\nservices = absent\n"
                      "[profile p]\nservices = empty\n"
                      "[services empty]\n",
                      0),
           1);
    struct awsc__shared_config *cfg = load(NULL, &err);
    CHECK(cfg != NULL);
    const char *url = "x";
    CHECK(awsc__profile_service_get(cfg, NULL, "DYNAMODB", "endpoint_url", &url, &err) ==
          AWSC_E_CONFIG);
    CHECK_STR(err.message, "The profile is configured to use the services section but the "
                           "\"absent\" services configuration does not exist.");
    CHECK_STR(url, NULL);
    /* an empty section is missing to botocore too */
    CHECK(awsc__profile_service_get(cfg, "p", "DYNAMODB", "endpoint_url", &url, &err) ==
          AWSC_E_CONFIG);
    CHECK_MSG(&err, "\"empty\"");
    awsc__shared_config_destroy(cfg);
    awsc_error_clean_up(&err);
}

/* ---- the resolvers ---- */

static void test_resolve_region(void)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    clean_env();
    write_both();
    struct awsc__shared_config *cfg = load("dev", &err);
    char *v = NULL;
    CHECK(awsc__config_resolve_region(cfg, NULL, &v, &err) == AWSC_OK);
    CHECK_STR(v, "eu-west-1");
    awsc__free(v);
    setenv("AWS_REGION", "ignored-by-botocore", 1);
    setenv("AWS_DEFAULT_REGION", "ca-central-1", 1);
    CHECK(awsc__config_resolve_region(cfg, NULL, &v, &err) == AWSC_OK);
    CHECK_STR(v, "ca-central-1");
    awsc__free(v);
    CHECK(awsc__config_resolve_region(cfg, "us-gov-west-1", &v, &err) == AWSC_OK);
    CHECK_STR(v, "us-gov-west-1");
    awsc__free(v);
    CHECK(awsc__config_resolve_region(cfg, "bad/region", &v, &err) == AWSC_E_CONFIG);
    CHECK_MSG(&err, "Provided region_name 'bad/region' doesn't match a supported format.");
    CHECK(v == NULL);
    CHECK(awsc__config_resolve_region(cfg, "-east", &v, &err) == AWSC_E_CONFIG);
    CHECK(awsc__config_resolve_region(cfg, "123", &v, &err) == AWSC_E_CONFIG);
    setenv("AWS_DEFAULT_REGION", "us-east-1 ", 1);
    CHECK(awsc__config_resolve_region(cfg, NULL, &v, &err) == AWSC_E_CONFIG);
    CHECK_MSG(&err, "AWS_DEFAULT_REGION");
    unsetenv("AWS_DEFAULT_REGION");
    awsc__shared_config_destroy(cfg);
    /* nothing anywhere */
    CHECK(awsc__config_resolve_region(NULL, NULL, &v, &err) == AWSC_OK);
    CHECK(v == NULL);
    awsc_error_clean_up(&err);
}

static void test_resolve_endpoint(void)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    clean_env();
    write_both();
    struct awsc__shared_config *dev = load("dev", &err);
    struct awsc__shared_config *def = load(NULL, &err);
    char *v = NULL;

    /* profile: services section, then the profile's endpoint_url */
    CHECK(awsc__config_resolve_endpoint_url(dev, NULL, "DYNAMODB", &v, &err) == AWSC_OK);
    CHECK_STR(v, "http://localhost:8000");
    awsc__free(v);
    CHECK(awsc__config_resolve_endpoint_url(dev, NULL, "SQS", &v, &err) == AWSC_OK);
    CHECK_STR(v, "http://localhost:4566\n[not a section]");
    awsc__free(v);
    CHECK(awsc__config_resolve_endpoint_url(def, NULL, "DYNAMODB", &v, &err) == AWSC_OK);
    CHECK(v == NULL);

    /* the environment beats the file, the service variable beats the global */
    setenv("AWS_ENDPOINT_URL", "http://global:1", 1);
    CHECK(awsc__config_resolve_endpoint_url(dev, NULL, "DYNAMODB", &v, &err) == AWSC_OK);
    CHECK_STR(v, "http://global:1");
    awsc__free(v);
    setenv("AWS_ENDPOINT_URL_DYNAMODB", "http://ddb:2", 1);
    CHECK(awsc__config_resolve_endpoint_url(dev, NULL, "DYNAMODB", &v, &err) == AWSC_OK);
    CHECK_STR(v, "http://ddb:2");
    awsc__free(v);
    CHECK(awsc__config_resolve_endpoint_url(dev, NULL, "SQS", &v, &err) == AWSC_OK);
    CHECK_STR(v, "http://global:1");
    awsc__free(v);
    /* explicit beats everything */
    CHECK(awsc__config_resolve_endpoint_url(dev, "https://explicit", "DYNAMODB", &v, &err) ==
          AWSC_OK);
    CHECK_STR(v, "https://explicit");
    awsc__free(v);

    /* ignore_configured_endpoint_urls: only the explicit value counts */
    setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "TRUE", 1);
    CHECK(awsc__config_resolve_endpoint_url(dev, NULL, "DYNAMODB", &v, &err) == AWSC_OK);
    CHECK(v == NULL);
    CHECK(awsc__config_resolve_endpoint_url(dev, "https://explicit", "DYNAMODB", &v, &err) ==
          AWSC_OK);
    CHECK_STR(v, "https://explicit");
    awsc__free(v);
    setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false", 1);
    CHECK(awsc__config_resolve_endpoint_url(dev, NULL, "DYNAMODB", &v, &err) == AWSC_OK);
    CHECK_STR(v, "http://ddb:2");
    awsc__free(v);

    awsc__shared_config_destroy(dev);
    awsc__shared_config_destroy(def);

    /* a profile naming a missing services section is an error */
    clean_env();
    setenv("AWS_SHARED_CREDENTIALS_FILE", scratch_path("none", 1), 1);
    setenv("AWS_CONFIG_FILE",
           write_file("config", "[default]\nservices = gone\nendpoint_url = http://x\n", 0), 1);
    def = load(NULL, &err);
    CHECK(awsc__config_resolve_endpoint_url(def, NULL, "DYNAMODB", &v, &err) == AWSC_E_CONFIG);
    CHECK_MSG(&err, "\"gone\" services configuration does not exist");
    /* ... reached only when the environment has nothing */
    setenv("AWS_ENDPOINT_URL", "http://env", 1);
    CHECK(awsc__config_resolve_endpoint_url(def, NULL, "DYNAMODB", &v, &err) == AWSC_OK);
    CHECK_STR(v, "http://env");
    awsc__free(v);
    awsc__shared_config_destroy(def);
    awsc_error_clean_up(&err);
}

static void test_resolve_retry(void)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    clean_env();
    setenv("AWS_SHARED_CREDENTIALS_FILE", scratch_path("none", 1), 1);
    setenv("AWS_CONFIG_FILE",
           write_file("config",
                      "[default]\nretry_mode = adaptive\nmax_attempts = 7\n"
                      "[profile bad]\nretry_mode = fast\nmax_attempts = many\n"
                      "[profile zero]\nmax_attempts = 0\n"
                      "[profile spaces]\nmax_attempts =  +4 \n",
                      0),
           1);
    struct awsc__shared_config *def = load(NULL, &err);
    struct awsc__shared_config *bad = load("bad", &err);
    struct awsc__shared_config *zero = load("zero", &err);
    struct awsc__shared_config *spaces = load("spaces", &err);
    char *mode = NULL;
    int n = -1;

    CHECK(awsc__config_resolve_retry_mode(def, NULL, &mode, &err) == AWSC_OK);
    CHECK_STR(mode, "adaptive");
    awsc__free(mode);
    setenv("AWS_RETRY_MODE", "standard", 1);
    CHECK(awsc__config_resolve_retry_mode(def, NULL, &mode, &err) == AWSC_OK);
    CHECK_STR(mode, "standard");
    awsc__free(mode);
    CHECK(awsc__config_resolve_retry_mode(def, "legacy", &mode, &err) == AWSC_OK);
    CHECK_STR(mode, "legacy");
    awsc__free(mode);
    unsetenv("AWS_RETRY_MODE");
    CHECK(awsc__config_resolve_retry_mode(bad, NULL, &mode, &err) == AWSC_E_CONFIG);
    CHECK_MSG(&err, "Invalid value 'fast' for retry_mode (from retry_mode of profile bad)");
    CHECK(awsc__config_resolve_retry_mode(zero, NULL, &mode, &err) == AWSC_OK);
    CHECK(mode == NULL);

    CHECK(awsc__config_resolve_max_attempts(def, 0, &n, &err) == AWSC_OK);
    CHECK(n == 7);
    setenv("AWS_MAX_ATTEMPTS", "3", 1);
    CHECK(awsc__config_resolve_max_attempts(def, 0, &n, &err) == AWSC_OK);
    CHECK(n == 3);
    CHECK(awsc__config_resolve_max_attempts(def, 9, &n, &err) == AWSC_OK);
    CHECK(n == 9);
    setenv("AWS_MAX_ATTEMPTS", "3x", 1);
    CHECK(awsc__config_resolve_max_attempts(def, 0, &n, &err) == AWSC_E_CONFIG);
    CHECK_MSG(&err, "Invalid value '3x' for max_attempts (from AWS_MAX_ATTEMPTS)");
    unsetenv("AWS_MAX_ATTEMPTS");
    CHECK(awsc__config_resolve_max_attempts(bad, 0, &n, &err) == AWSC_E_CONFIG);
    CHECK(awsc__config_resolve_max_attempts(zero, 0, &n, &err) == AWSC_E_CONFIG);
    CHECK(awsc__config_resolve_max_attempts(spaces, 0, &n, &err) == AWSC_OK);
    CHECK(n == 4);
    CHECK(awsc__config_resolve_max_attempts(NULL, 0, &n, &err) == AWSC_OK);
    CHECK(n == 0);

    /* defaults mode: legacy unless set, case-insensitive, checked */
    char *v = NULL;
    int b = 5;
    CHECK(awsc__config_resolve_defaults_mode(def, NULL, &v, &err) == AWSC_OK);
    CHECK_STR(v, "legacy");
    awsc__free(v);
    setenv("AWS_DEFAULTS_MODE", "In-Region", 1);
    CHECK(awsc__config_resolve_defaults_mode(def, NULL, &v, &err) == AWSC_OK);
    CHECK_STR(v, "in-region");
    awsc__free(v);
    CHECK(awsc__config_resolve_defaults_mode(def, "mobile", &v, &err) == AWSC_OK);
    CHECK_STR(v, "mobile");
    awsc__free(v);
    setenv("AWS_DEFAULTS_MODE", "fastest", 1);
    CHECK(awsc__config_resolve_defaults_mode(def, NULL, &v, &err) == AWSC_E_CONFIG);
    CHECK_MSG(&err, "Client configured with invalid defaults mode: fastest.");
    CHECK(v == NULL);
    unsetenv("AWS_DEFAULTS_MODE");

    /* generic lookups */
    CHECK(awsc__config_resolve_value(def, NULL, "AWSC_TEST_UNSET", "max_attempts", &v, &err) ==
          AWSC_OK);
    CHECK_STR(v, "7");
    awsc__free(v);
    CHECK(awsc__config_resolve_bool(def, "AWSC_TEST_BOOL", "retry_mode", &b, &err) == AWSC_OK);
    CHECK(b == 0); /* "adaptive" is not "true" */
    setenv("AWSC_TEST_BOOL", "True", 1);
    CHECK(awsc__config_resolve_bool(def, "AWSC_TEST_BOOL", NULL, &b, &err) == AWSC_OK);
    CHECK(b == 1);
    unsetenv("AWSC_TEST_BOOL");
    CHECK(awsc__config_resolve_bool(def, "AWSC_TEST_BOOL", "nothing", &b, &err) == AWSC_OK);
    CHECK(b == -1);

    awsc__shared_config_destroy(def);
    awsc__shared_config_destroy(bad);
    awsc__shared_config_destroy(zero);
    awsc__shared_config_destroy(spaces);
    awsc_error_clean_up(&err);
}

/* Loading unwinds cleanly whichever allocation fails. */
static void test_alloc_failures(void)
{
    clean_env();
    write_both();
    bool completed = false;
    for (long n = 1; n < 5000 && !completed; n++) {
        struct awsc_error err = AWSC_ERROR_INIT;
        struct awsc__shared_config *cfg = NULL;
        awsc__alloc_fail_at(n);
        struct awsc__shared_config_options o = {"dev", NULL, NULL, false};
        int rc = awsc__shared_config_load(&o, &cfg, &err);
        awsc__alloc_fail_at(0);
        if (rc == AWSC_OK) {
            completed = true;
            CHECK_STR(awsc__profile_get(cfg, NULL, "region"), "eu-west-1");
        } else if (rc != AWSC_E_NOMEM) {
            printf("FAIL allocation %ld: %s\n", n, err.message);
            failures++;
        }
        awsc__shared_config_destroy(cfg);
        awsc_error_clean_up(&err);
    }
    CHECK(completed);
}

int main(void)
{
    make_scratch();
    test_parse_values();
    test_profile_selection();
    test_paths();
    test_parse_edges();
    test_parse_errors();
    test_services_errors();
    test_resolve_region();
    test_resolve_endpoint();
    test_resolve_retry();
    test_alloc_failures();
    remove_scratch();
    printf("%s: %d failure(s)\n", failures ? "FAIL" : "PASS", failures);
    return failures ? 1 : 0;
}
