/*
 * runtime/endpoint/endpoint.h - private API of the endpoint rules engine:
 * the partitions, the standard library of rule-set functions, evaluation
 * of a compiled rule set (<awsc/endpoint.h>), parameter binding, the
 * per-client result cache, and the client configuration the built-in
 * parameters come from. Nothing here is public API.
 *
 * Behaviour follows botocore 1.43.67: endpoint_provider.py (the engine and
 * its functions), regions.py (EndpointRulesetResolver: binding, auth
 * schemes), args.py and configprovider.py (the built-in values),
 * handlers.py (S3's builtins customization).
 */
#ifndef AWSC_ENDPOINT_PRIVATE_H
#define AWSC_ENDPOINT_PRIVATE_H

#include <awsc/endpoint.h>
#include <stddef.h>
#include <string.h>

#include "core.h"

struct awsc__shared_config;

/* ======================================================================
 * Partitions (partitions.c, generated from models/partitions.json)
 * ====================================================================== */

/* A regionRegex compiled by the generator: a sequence of nodes matched
 * with backtracking, as Python's re.match (anchored at the start). */
enum awsc__re_op {
    AWSC__RE_LITERAL = 1, /* text, exactly */
    AWSC__RE_ALT,         /* one of the '|'-separated literals of text */
    AWSC__RE_WORD,        /* \w: [A-Za-z0-9_] */
    AWSC__RE_DIGIT,       /* \d: [0-9] */
    AWSC__RE_END          /* $: the end, or a final "\n" before it */
};
struct awsc__re_node {
    uint8_t op;
    uint8_t min; /* repetitions: min .. max (0: no limit) */
    uint8_t max;
    uint16_t text; /* a string, or AWSC_EP_NONE */
};

/* The partitions hold no pointers: a string is its offset in
 * awsc__partition_strings (AWSC_EP_NONE: none), read with
 * awsc__partition_string(); regions and regular expressions are runs of
 * awsc__partition_regions and awsc__partition_regex. */
struct awsc__partition {
    uint16_t id;      /* also the output "name" */
    uint16_t regions; /* the first of region_count in awsc__partition_regions,
                         sorted by bytes */
    uint16_t region_count;
    uint16_t regex; /* the first of regex_count in awsc__partition_regex */
    uint16_t regex_count;
    /* the outputs */
    uint16_t dns_suffix;
    uint16_t dual_stack_dns_suffix;
    uint16_t implicit_global_region; /* AWSC_EP_NONE when the data has none */
    bool supports_fips;
    bool supports_dual_stack;
};

extern const struct awsc__partition awsc__partitions[];
extern const size_t awsc__partition_count;
extern const uint16_t awsc__partition_regions[]; /* strings */
extern const struct awsc__re_node awsc__partition_regex[];
extern const char awsc__partition_strings[];

static inline const char *awsc__partition_string(uint16_t at)
{
    return at == AWSC_EP_NONE ? NULL : awsc__partition_strings + at;
}

/* ======================================================================
 * Values and the standard library (functions.c)
 * ====================================================================== */

/* A string slice; not NUL-terminated. */
struct awsc__ep_str {
    const char *p;
    size_t n;
};

enum awsc__ep_vtype {
    AWSC__V_NONE = 0, /* unset (Python's None) */
    AWSC__V_BOOL,
    AWSC__V_STRING,
    AWSC__V_INT,
    AWSC__V_PARTITION,
    AWSC__V_URL,
    AWSC__V_ARN,
    AWSC__V_LIST /* of strings: a stringArray, an ARN's resourceId */
};

struct awsc__ep_url {
    struct awsc__ep_str scheme;
    struct awsc__ep_str authority;
    struct awsc__ep_str path;
    struct awsc__ep_str normalized_path;
    bool is_ip;
};

struct awsc__ep_arn {
    struct awsc__ep_str partition;
    struct awsc__ep_str service;
    struct awsc__ep_str region;
    struct awsc__ep_str account_id;
    struct awsc__ep_str *resource_id;
    size_t resource_count;
};

struct awsc__ep_value {
    uint8_t type; /* enum awsc__ep_vtype */
    bool b;
    int i;
    struct awsc__ep_str s;
    const struct awsc__partition *partition;
    const struct awsc__ep_url *url;
    const struct awsc__ep_arn *arn;
    /* AWSC__V_LIST: count strings; tuple: a stringArray parameter (Python's
     * tuple), else a list */
    const struct awsc__ep_str *items;
    size_t count;
    bool tuple;
};

/* Scratch memory for one evaluation: a bump allocator over a buffer on the
 * stack, then heap chunks. */
#define AWSC__EP_SCRATCH 2048
struct awsc__ep_scratch {
    char *cur;
    char *end;
    void *chunks; /* heap chunks, a list */
    _Alignas(max_align_t) char first[AWSC__EP_SCRATCH];
};
void awsc__ep_scratch_init(struct awsc__ep_scratch *s);
void awsc__ep_scratch_clean_up(struct awsc__ep_scratch *s);
/* 8-byte aligned; NULL when out of memory. */
void *awsc__ep_alloc(struct awsc__ep_scratch *s, size_t n);

/* The functions. Results that need memory take it from scratch; a NULL
 * result (Python's None) is AWSC__V_NONE. Each returns AWSC_OK or
 * AWSC_E_NOMEM. */
int awsc__ep_parse_url(struct awsc__ep_str s, struct awsc__ep_scratch *scratch,
                       struct awsc__ep_value *out);
int awsc__ep_parse_arn(struct awsc__ep_str s, struct awsc__ep_scratch *scratch,
                       struct awsc__ep_value *out);
int awsc__ep_uri_encode(struct awsc__ep_str s, struct awsc__ep_scratch *scratch,
                        struct awsc__ep_value *out);
/* value is NULL for None */
const struct awsc__partition *awsc__ep_partition(const struct awsc__ep_str *region);
bool awsc__ep_valid_host_label(struct awsc__ep_str s, bool allow_subdomains);
bool awsc__ep_virtual_hostable_s3_bucket(struct awsc__ep_str s, bool allow_subdomains);
/* substring(s, start, stop, reverse): false for None */
bool awsc__ep_substring(struct awsc__ep_str s, int start, int stop, bool reverse,
                        struct awsc__ep_str *out);
/* Python's re.match of a compiled regionRegex */
bool awsc__ep_regex_match(const struct awsc__re_node *nodes, size_t count, const char *s, size_t n);
/* Valid IPv6 literals of RFC 3986, with an optional zone ("%eth0"), as
 * botocore's IPV6_ADDRZ_RE without the brackets. */
bool awsc__ep_valid_ipv6(const char *s, size_t n);
/* botocore's IPV4_RE: four dot-separated runs of 1-3 digits */
bool awsc__ep_ipv4_like(const char *s, size_t n);

/* ======================================================================
 * Evaluation (eval.c)
 * ====================================================================== */

/* A parameter's value as bound for an evaluation. */
struct awsc__ep_arg {
    uint8_t type; /* 0 (unset) or an enum awsc_endpoint_param_type */
    bool boolean;
    const char *string; /* NUL-terminated */
    /* AWSC_EP_PARAM_STRING_ARRAY: count NUL-terminated strings, in
     * strings, or else one after the other from packed (an operation's
     * static parameter, as its tables keep it) */
    const char *const *strings;
    const char *packed;
    size_t count;
};

/* String k of a string-array argument. */
static inline const char *awsc__ep_arg_string(const struct awsc__ep_arg *a, size_t k)
{
    if (!a->packed)
        return a->strings[k] ? a->strings[k] : "";
    const char *s = a->packed;
    while (k--)
        s += strlen(s) + 1;
    return s;
}

/*
 * Evaluate rs for args (one per rs->params, in order), as botocore's
 * EndpointProvider.resolve_endpoint does: defaults, required parameters,
 * then the rules. On AWSC_OK *out is a new endpoint (refcount 1; release
 * with awsc__endpoint_release). An error rule is AWSC_E_ENDPOINT with its
 * message; a parameter of the wrong type AWSC_E_INVALID_ARG.
 */
int awsc__ruleset_eval(const struct awsc_ruleset *rs, const struct awsc__ep_arg *args,
                       struct awsc_endpoint **out, struct awsc_error *err);

/* Endpoints are reference counted; awsc_endpoint_free() is release. */
const struct awsc_endpoint *awsc__endpoint_retain(const struct awsc_endpoint *ep);
void awsc__endpoint_release(const struct awsc_endpoint *ep);

/* ======================================================================
 * Binding (resolve.c): parameters from an operation, its input, the
 * client's context parameters and the built-in values
 * ====================================================================== */

/* The built-in values, indexed by enum awsc_ep_builtin: strings (NULL:
 * unset) and booleans (0: unset, > 0 true, < 0 false). */
struct awsc__endpoint_builtins {
    const char *string[AWSC_EP_BUILTIN_COUNT];
    int8_t boolean[AWSC_EP_BUILTIN_COUNT];
    /* the values as they are, without the rule set's customization of them
     * (AWSC_EP_RS_S3): botocore's endpoint tests set theirs after it */
    bool as_given;
};
/* "AWS::Region" -> AWSC_EP_BUILTIN_REGION; AWSC_EP_BUILTIN_NONE when
 * unknown. */
int awsc__endpoint_builtin_id(const char *name);

/* Reads the input member of a context parameter, or evaluates its
 * expression on the input (cp->path), into out (type 0 when unset).
 * Returns AWSC_OK or a failure status (with err filled). */
typedef int awsc__ep_member_fn(void *ud, const struct awsc_endpoint_context_param *cp,
                               struct awsc__ep_arg *out, struct awsc_error *err);

/*
 * The value of an operationContextParams expression (cp->path) on root,
 * the operation's input as a JMESPath value: unset (null), a string, a
 * boolean, or a list of strings (the array allocated in arena, the
 * strings borrowed from the input). Anything else is AWSC_E_INVALID_ARG,
 * and so are the expression's own type errors.
 */
struct awsc__jv;
int awsc__endpoint_context_path(const struct awsc_endpoint_context_param *cp,
                                const struct awsc__jv *root, struct awsc_arena *arena,
                                struct awsc__ep_arg *out, struct awsc_error *err);

/*
 * The value of every parameter of rs, in botocore's order: the
 * operation's static context parameters, its context parameters and
 * operationContextParams (read through member(ud, ...)), the client
 * context parameters (only for the
 * parameters the service declares as such), then the built-in values.
 * op may be NULL (no operation), and member NULL when there is no input.
 * With AWSC_EP_RS_S3, S3's customization of the built-ins applies first
 * (GetBucketLocation and ARN buckets: ForcePathStyle), unless
 * builtins->as_given. Strings in args are
 * borrowed from the sources.
 */
int awsc__endpoint_bind(const struct awsc_ruleset *rs, const struct awsc_operation *op,
                        awsc__ep_member_fn *member, void *ud,
                        const struct awsc__endpoint_builtins *builtins,
                        const struct awsc_endpoint_param *client, size_t client_count,
                        struct awsc__ep_arg *args, struct awsc_error *err);

/* ======================================================================
 * The cache (resolve.c)
 * ====================================================================== */

/*
 * Resolved endpoints by parameter set, least recently used evicted (the
 * capacity of botocore's lru_cache: 100). Thread-safe. Errors are not
 * cached. Entries hold a reference to their endpoint, so an endpoint
 * handed out stays valid after eviction until released.
 */
struct awsc__endpoint_cache;
#define AWSC__EP_CACHE_SIZE 100
/* capacity 0: AWSC__EP_CACHE_SIZE. */
int awsc__endpoint_cache_new(size_t capacity, struct awsc__endpoint_cache **out);
void awsc__endpoint_cache_destroy(struct awsc__endpoint_cache *cache); /* NULL is fine */
/* Hits and misses so far; for tests and the benchmark. */
void awsc__endpoint_cache_stats(struct awsc__endpoint_cache *cache, unsigned long *hits,
                                unsigned long *misses);

/* Evaluate with the cache: a lookup for a parameter set seen before, the
 * rules otherwise. cache may be NULL. */
int awsc__ruleset_resolve_cached(struct awsc__endpoint_cache *cache, const struct awsc_ruleset *rs,
                                 const struct awsc__ep_arg *args, const struct awsc_endpoint **out,
                                 struct awsc_error *err);

/* ======================================================================
 * The client's endpoint configuration (config.c) and the call path's
 * entry points (resolve.c)
 * ====================================================================== */

/*
 * Everything a client's endpoints depend on, resolved once when the client
 * is made: the built-in values and the client context parameters.
 */
struct awsc__endpoint_config {
    struct awsc__endpoint_builtins builtins;
    struct awsc_endpoint_param *client_params; /* owned copies */
    size_t client_param_count;
    char *strings; /* owned: the strings the above point into */
};

/*
 * The built-in values as botocore computes them for a client of svc
 * (args.py compute_endpoint_resolver_builtin_defaults):
 *
 *  AWS::Region       region (the client's resolved region, "" or NULL for
 *                    none). With no region, S3 uses us-east-1 (aws-global
 *                    when us_east_1_regional_endpoint is "regional") and
 *                    the services with a partition endpoint in the legacy
 *                    endpoint data (rs->global_region) use it, as
 *                    botocore's legacy resolver makes them.
 *  SDK::Endpoint     endpoint_url (the client's resolved one) or unset.
 *  AWS::UseFIPS      options, AWS_USE_FIPS_ENDPOINT, use_fips_endpoint;
 *                    false when there is an endpoint_url.
 *  AWS::UseDualStack (S3, S3 Control: options, the profile's s3
 *                    use_dualstack_endpoint,) options,
 *                    AWS_USE_DUALSTACK_ENDPOINT, use_dualstack_endpoint;
 *                    false when there is an endpoint_url.
 *  AWS::S3::Accelerate         s3 use_accelerate_endpoint (false)
 *  AWS::S3::ForcePathStyle     false with accelerate; with an endpoint_url
 *                    that is no S3 Accelerate URL, addressing_style !=
 *                    "virtual"; else addressing_style == "path"
 *  AWS::S3::UseArnRegion       use_arn_region (true when unset)
 *  AWS::S3Control::UseArnRegion use_arn_region (false when unset)
 *  AWS::S3::DisableMultiRegionAccessPoints  (false)
 *  AWS::S3::UseGlobalEndpoint  us_east_1_regional_endpoint is "legacy"
 *                    (the default) and the region is us-east-1 or none
 *  AWS::STS::UseGlobalEndpoint sts_regional_endpoints is "legacy" (the
 *                    default is "regional") and the region is one of botocore's
 *                    LEGACY_GLOBAL_STS_REGIONS
 *  AWS::Auth::AccountId         account_id (the credentials' account id),
 *                    or unset
 *  AWS::Auth::AccountIdEndpointMode  account_id_endpoint_mode: options,
 *                    AWS_ACCOUNT_ID_ENDPOINT_MODE, the profile's
 *                    account_id_endpoint_mode, "preferred"; lower-cased
 *
 * cfg (the shared config files) may be NULL; options may be NULL. An
 * invalid us_east_1_regional_endpoint, sts_regional_endpoints or
 * account_id_endpoint_mode (for any service: botocore checks them for
 * every client) is AWSC_E_CONFIG with botocore's message.
 */
int awsc__endpoint_config_resolve(const struct awsc__shared_config *cfg,
                                  const struct awsc_service *svc, const char *region,
                                  const char *endpoint_url, const char *account_id,
                                  const struct awsc_endpoint_options *options,
                                  struct awsc__endpoint_config *out, struct awsc_error *err);
void awsc__endpoint_config_clean_up(struct awsc__endpoint_config *c);

/*
 * The call path's resolver: binds op's parameters from input (the
 * operation's input struct, may be NULL) and cfg, and resolves them
 * through cache (may be NULL). On AWSC_OK release *out with
 * awsc__endpoint_release() when done with it. Errors: AWSC_E_ENDPOINT
 * (the rule set's own message, e.g. "Invalid region: region was not a
 * valid DNS name."), AWSC_E_UNSUPPORTED (svc has no rule set),
 * AWSC_E_INVALID_ARG.
 */
int awsc__endpoint_resolve(struct awsc__endpoint_cache *cache, const struct awsc_service *svc,
                           const struct awsc__endpoint_config *cfg, const struct awsc_operation *op,
                           const void *input, const struct awsc_endpoint **out,
                           struct awsc_error *err);

/*
 * The request URL, as botocore's _urljoin and prepare_request_dict join
 * them: the endpoint URL (an endpoint's url), host_prefix (the
 * operation's filled-in hostPrefix, or NULL) before its host, the
 * serialized path appended to the endpoint's own path (an empty path or
 * "/" leaves the endpoint's path as it is, or "/" when it has none; one
 * '/' where both sides have one), then '?' and the query (when query_len
 * > 0). Appends to out; AWSC_E_NOMEM or AWSC_E_INVALID_ARG (no "://").
 */
int awsc__endpoint_url_join(const char *endpoint_url, const char *host_prefix, const char *path,
                            size_t path_len, const char *query, size_t query_len,
                            struct awsc_buf *out, struct awsc_error *err);

/*
 * The request URI an operation serializes when its endpoint comes from
 * the rule set. S3's rule set puts the bucket into the endpoint URL (as a
 * virtual host or the first path segment), so botocore drops the leading
 * "/{Bucket}" of S3's request URIs (handlers.py
 * remove_bucket_from_url_paths_from_model): "/{Bucket}/{Key+}" becomes
 * "/{Key+}", "/{Bucket}?uploads" "?uploads", "/{Bucket}" "". Other
 * operations' URIs are returned as they are. Points into
 * awsc_operation_request_uri(op).
 */
const char *awsc__endpoint_request_uri(const struct awsc_operation *op);

/*
 * How to sign a request to ep, as botocore's auth_schemes_to_signing_ctx:
 * the first auth scheme awsc supports. With no authSchemes: SigV4 with the
 * service's signing name and the client's region.
 */
struct awsc__endpoint_auth {
    const char *scheme;          /* "sigv4" or "sigv4a" */
    const char *signing_name;    /* from the scheme, else awsc_service_signing_name(svc) */
    const char *signing_region;  /* from the scheme, else client_region */
    int disable_double_encoding; /* -1: not said (the service's default);
                                    0 / 1 as the scheme says */
    /* sigv4a: the regions the signature is good for (signingRegionSet;
     * none: "*") */
    const char *const *region_set;
    size_t region_set_count;
};
/* The first scheme the endpoint lists that awsc signs with (sigv4 or
 * sigv4a), as botocore with the CRT takes it; AWSC_E_UNSUPPORTED when it
 * lists only others. */
int awsc__endpoint_auth(const struct awsc_endpoint *ep, const struct awsc_service *svc,
                        const char *client_region, struct awsc__endpoint_auth *out,
                        struct awsc_error *err);

#endif
