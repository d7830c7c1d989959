/*
 * awsc/endpoint.h - endpoints from the services' endpoint rule sets.
 *
 * Every service model carries an endpoint rule set (Smithy's rules
 * engine: parameters, then a tree of rules whose conditions call a small
 * standard library of functions and whose leaves are endpoints or
 * errors). The generator compiles each rule set into the constant tables
 * declared at the end of this header; the runtime walks them with no JSON
 * parsing. Clients resolve endpoints on their own (from the region, the
 * FIPS and dual-stack settings, the operation's input and the client's
 * endpoint options); the functions here are for programs that want an
 * endpoint without a call, and for tests.
 *
 * Behaviour follows botocore 1.43.67 (endpoint_provider.py, regions.py,
 * args.py): the same parameters give the same URL, properties and headers,
 * or the same error message, word for word.
 */
#ifndef AWSC_ENDPOINT_H
#define AWSC_ENDPOINT_H

#include <awsc/common.h>
#include <awsc/shape.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ======================================================================
 * Resolving an endpoint
 * ====================================================================== */

/* A rule-set parameter's type. */
enum awsc_endpoint_param_type {
    AWSC_EP_PARAM_STRING = 1,
    AWSC_EP_PARAM_BOOLEAN,
    AWSC_EP_PARAM_STRING_ARRAY /* "stringArray": a list of strings */
};

/*
 * A named parameter value: "Region" = "us-east-1", "UseFIPS" = true,
 * "ResourceArnList" = {"arn:...", "arn:..."}.
 */
struct awsc_endpoint_param {
    const char *name;
    uint8_t type;       /* enum awsc_endpoint_param_type */
    bool boolean;       /* AWSC_EP_PARAM_BOOLEAN */
    const char *string; /* AWSC_EP_PARAM_STRING */
    /* AWSC_EP_PARAM_STRING_ARRAY: string_count strings (none may be NULL) */
    const char *const *strings;
    size_t string_count;
};

struct awsc_jmespath; /* <awsc/paginate.h> */

/* An operation's static context parameter (the model's
 * staticContextParams), in the service's tables (struct awsc_operation,
 * <awsc/shape.h>): no pointers, as there. */
struct awsc_endpoint_static_param {
    awsc_ref name_ref;    /* the rule-set parameter: "UseS3ExpressControlEndpoint" */
    awsc_ref value_ref;   /* AWSC_EP_PARAM_STRING: the string;
                             AWSC_EP_PARAM_STRING_ARRAY: value_count strings
                             one after the other, each ending with its NUL */
    uint16_t value_count; /* AWSC_EP_PARAM_STRING_ARRAY */
    uint8_t type;         /* enum awsc_endpoint_param_type */
    bool boolean;         /* AWSC_EP_PARAM_BOOLEAN */
};

static inline const char *
awsc_endpoint_static_param_name(const struct awsc_endpoint_static_param *p)
{
    return (const char *)awsc_ref_get(&p->name_ref);
}
static inline const char *
awsc_endpoint_static_param_value(const struct awsc_endpoint_static_param *p)
{
    return (const char *)awsc_ref_get(&p->value_ref);
}

/* An input member that binds a rule-set parameter (the member's
 * contextParam trait), or an expression on the input that does (the
 * operation's operationContextParams, a JMESPath expression the generator
 * compiled), in the service's tables (struct awsc_operation). */
struct awsc_endpoint_context_param {
    awsc_ref name_ref;   /* the rule-set parameter: "Bucket" */
    awsc_ref member_ref; /* the input member's model name: "Bucket"; 0 for an
                            expression */
    /* operationContextParams: the expression ("keys(RequestItems)"),
     * evaluated on the input; 0 for a member */
    awsc_ref path_ref;
    uint32_t member_index; /* the member's index in the input shape's members */
};

static inline const char *
awsc_endpoint_context_param_name(const struct awsc_endpoint_context_param *p)
{
    return (const char *)awsc_ref_get(&p->name_ref);
}
static inline const char *
awsc_endpoint_context_param_member(const struct awsc_endpoint_context_param *p)
{
    return (const char *)awsc_ref_get(&p->member_ref);
}
static inline const struct awsc_jmespath *
awsc_endpoint_context_param_path(const struct awsc_endpoint_context_param *p)
{
    return (const struct awsc_jmespath *)awsc_ref_get(&p->path_ref);
}

/* A header the endpoint asks for. A header with several values appears
 * once per value, in order. */
struct awsc_endpoint_header {
    const char *name;
    const char *value;
};

/* One entry of the endpoint's authSchemes property. */
struct awsc_endpoint_auth_scheme {
    const char *name;                      /* "sigv4", "sigv4a", ... */
    const char *signing_name;              /* signingName, or NULL */
    const char *signing_region;            /* signingRegion; else the first of
                                              signingRegionSet; else NULL */
    const char *const *signing_region_set; /* signingRegionSet (sigv4a) */
    size_t signing_region_set_count;
    int disable_double_encoding; /* disableDoubleEncoding: -1 when absent, else 0 or 1 */
};

/*
 * A resolved endpoint. Everything it points to lives with it; it is
 * immutable once made, so one endpoint may be shared between threads.
 */
struct awsc_endpoint {
    const char *url;
    const struct awsc_endpoint_header *headers;
    size_t header_count;
    /* authSchemes, decoded; 0 when the endpoint names none */
    const struct awsc_endpoint_auth_scheme *auth_schemes;
    size_t auth_scheme_count;
    /* every property, as the rule set wrote it (an AWSC_DOC_OBJECT), or
     * NULL when the endpoint has none */
    const struct awsc_document *properties;
};

/*
 * Resolve the endpoint of a service for the given parameter values, as
 * botocore's EndpointProvider.resolve_endpoint(**params) does. Parameters
 * the rule set does not declare are ignored; those not given take their
 * default. On AWSC_OK free *out with awsc_endpoint_free(). When the rule
 * set ends in one of its error rules the status is AWSC_E_ENDPOINT and
 * err->message is the rule's message. A parameter of the wrong type is
 * AWSC_E_INVALID_ARG; a service built without its rule set is
 * AWSC_E_UNSUPPORTED.
 */
AWSC_API int awsc_endpoint_resolve(const struct awsc_service *service,
                                   const struct awsc_endpoint_param *params, size_t count,
                                   struct awsc_endpoint **out, struct awsc_error *err);
/* The same for a rule set table. */
AWSC_API int awsc_ruleset_resolve(const struct awsc_ruleset *ruleset,
                                  const struct awsc_endpoint_param *params, size_t count,
                                  struct awsc_endpoint **out, struct awsc_error *err);
/* NULL is fine. */
AWSC_API void awsc_endpoint_free(struct awsc_endpoint *endpoint);

/* ======================================================================
 * Client endpoint options
 * ====================================================================== */

/*
 * What a client's endpoints depend on besides its region and endpoint
 * URL. Zero-initialise and set what you need; each field left unset is
 * read, as botocore reads it, from the environment and then the profile:
 *
 *   use_fips_endpoint       AWS_USE_FIPS_ENDPOINT, use_fips_endpoint
 *   use_dualstack_endpoint  (S3: the profile's s3 use_dualstack_endpoint,)
 *                           AWS_USE_DUALSTACK_ENDPOINT, use_dualstack_endpoint
 *   s3_addressing_style     the profile's s3 addressing_style:
 *                           "auto" (default), "virtual" or "path"
 *   s3_use_accelerate_endpoint   the profile's s3 use_accelerate_endpoint
 *   s3_use_arn_region       AWS_S3_USE_ARN_REGION, s3_use_arn_region,
 *                           s3 use_arn_region
 *   s3_us_east_1_regional_endpoint  AWS_S3_US_EAST_1_REGIONAL_ENDPOINT,
 *                           s3_us_east_1_regional_endpoint,
 *                           s3 us_east_1_regional_endpoint: "legacy"
 *                           (default) or "regional"
 *   s3_disable_multiregion_access_points
 *                           AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS,
 *                           s3 s3_disable_multiregion_access_points
 *   sts_regional_endpoints  AWS_STS_REGIONAL_ENDPOINTS,
 *                           sts_regional_endpoints: "regional" (default) or
 *                           "legacy"
 *   account_id_endpoint_mode  AWS_ACCOUNT_ID_ENDPOINT_MODE,
 *                           account_id_endpoint_mode: "preferred"
 *                           (default), "disabled" or "required" (any case).
 *                           Services whose endpoints can hold the account
 *                           (DynamoDB) use the account id of the client's
 *                           credentials (AWS_ACCOUNT_ID, the profile's
 *                           aws_account_id, else the account of fetched
 *                           ones: STS, SSO, a credential_process, the
 *                           container endpoint, your provider's) when
 *                           "preferred" or "required". A sync call
 *                           fetches the credentials first; an async call
 *                           uses the ones its provider holds, and goes
 *                           without the account before the first fetch
 *                           (it must not block). "required" with no account id
 *                           known fails the call with the rule set's
 *                           message.
 *
 * The int fields are tri-state: 0 unset, > 0 yes, < 0 no.
 */
struct awsc_endpoint_options {
    int use_fips_endpoint;
    int use_dualstack_endpoint;
    const char *s3_addressing_style;
    int s3_use_accelerate_endpoint;
    int s3_use_arn_region;
    const char *s3_us_east_1_regional_endpoint;
    int s3_disable_multiregion_access_points;
    const char *sts_regional_endpoints;
    const char *account_id_endpoint_mode;
    /* Client context parameters (a service's clientContextParams, e.g.
     * S3's "ForcePathStyle"): they take precedence over the built-in
     * values above for the parameters the service declares as such. */
    const struct awsc_endpoint_param *client_context_params;
    size_t client_context_param_count;
};

/* ======================================================================
 * The compiled rule set tables
 *
 * The generator writes these (<svc>_endpoints.c); the runtime reads them.
 * A rule set holds no pointers, like the shape tables: it is one object
 * (struct awsc_ruleset first, then its arrays and its strings), and the
 * ruleset reaches each array through an awsc_ref (<awsc/shape.h>), the
 * distance from the reference to the array. Inside the arrays, indexes
 * are into the ruleset's own arrays, and a string is its offset in the
 * rule set's string pool, read with awsc_ep_string(): each string once,
 * ending with its NUL, or as the end of a longer one (a string literal
 * read with its length, AWSC_EP_STRING, anywhere inside one). The
 * generator stores equal runs of rows once, so rows are shared (a
 * rule's conditions may be part of a call's arguments, one property
 * object serve many endpoints). AWSC_EP_NONE marks an absent index or
 * string. The tables are only valid where the generator put them, never
 * copied.
 * ====================================================================== */

#define AWSC_EP_NONE 0xFFFFu

/* Expressions: literals, variable references, string templates, getAttr
 * and the standard library's functions. */
enum awsc_ep_kind {
    AWSC_EP_STRING = 1, /* the string a, of n bytes; n = 0: up to its NUL */
    AWSC_EP_BOOL,       /* a = 0 or 1 */
    AWSC_EP_INT,        /* a = the value */
    AWSC_EP_REF,        /* a = variable slot */
    AWSC_EP_TEMPLATE,   /* the concatenation of n arguments from args[a] */
    AWSC_EP_GET_ATTR,   /* an attribute of expression a: n = the attribute
                           (AWSC_EP_ATTR_MASK), then a list index + 1, or 0 */
    AWSC_EP_ASSIGN,     /* expression a, its value assigned to variable slot n */
    /* functions: n arguments from args[a] */
    AWSC_EP_IS_SET,
    AWSC_EP_NOT,
    AWSC_EP_BOOLEAN_EQUALS,
    AWSC_EP_STRING_EQUALS,
    AWSC_EP_SUBSTRING,
    AWSC_EP_URI_ENCODE,
    AWSC_EP_PARSE_URL,
    AWSC_EP_IS_VALID_HOST_LABEL,
    AWSC_EP_PARTITION,                    /* aws.partition */
    AWSC_EP_PARSE_ARN,                    /* aws.parseArn */
    AWSC_EP_IS_VIRTUAL_HOSTABLE_S3_BUCKET /* aws.isVirtualHostableS3Bucket */
};

/* getAttr's attributes, by the type of object they belong to. */
enum awsc_ep_attr {
    /* aws.partition */
    AWSC_EP_ATTR_NAME = 1,
    AWSC_EP_ATTR_DNS_SUFFIX,
    AWSC_EP_ATTR_DUAL_STACK_DNS_SUFFIX,
    AWSC_EP_ATTR_SUPPORTS_FIPS,
    AWSC_EP_ATTR_SUPPORTS_DUAL_STACK,
    AWSC_EP_ATTR_IMPLICIT_GLOBAL_REGION,
    /* parseURL */
    AWSC_EP_ATTR_SCHEME,
    AWSC_EP_ATTR_AUTHORITY,
    AWSC_EP_ATTR_PATH,
    AWSC_EP_ATTR_NORMALIZED_PATH,
    AWSC_EP_ATTR_IS_IP,
    /* aws.parseArn */
    AWSC_EP_ATTR_PARTITION,
    AWSC_EP_ATTR_SERVICE,
    AWSC_EP_ATTR_REGION,
    AWSC_EP_ATTR_ACCOUNT_ID,
    AWSC_EP_ATTR_RESOURCE_ID, /* a list: resourceId, resourceId[N] */
    /* a list itself: "[N]" */
    AWSC_EP_ATTR_SELF
};

/* A getAttr's n: the attribute in the low bits, then the list index + 1
 * (0: none; so N is at most 6). */
#define AWSC_EP_ATTR_MASK        0x1Fu
#define AWSC_EP_ATTR_INDEX_SHIFT 5

struct awsc_ep_expr {
    uint8_t kind; /* enum awsc_ep_kind */
    uint8_t n;
    uint16_t a;
};

/* Initializers the generated tables are written with. */
#define AWSC_EP_S(at, len)      \
    {                           \
        AWSC_EP_STRING, len, at \
    }
#define AWSC_EP_B(v)       \
    {                      \
        AWSC_EP_BOOL, 0, v \
    }
#define AWSC_EP_I(v)      \
    {                     \
        AWSC_EP_INT, 0, v \
    }
#define AWSC_EP_V(slot)      \
    {                        \
        AWSC_EP_REF, 0, slot \
    }
#define AWSC_EP_T(count, first)        \
    {                                  \
        AWSC_EP_TEMPLATE, count, first \
    }
#define AWSC_EP_A(expr, attr)                       \
    {                                               \
        AWSC_EP_GET_ATTR, AWSC_EP_ATTR_##attr, expr \
    }
#define AWSC_EP_AI(expr, attr, index)                                                           \
    {                                                                                           \
        AWSC_EP_GET_ATTR, AWSC_EP_ATTR_##attr | ((index) + 1) << AWSC_EP_ATTR_INDEX_SHIFT, expr \
    }
#define AWSC_EP_SET(slot, expr)    \
    {                              \
        AWSC_EP_ASSIGN, slot, expr \
    }
#define AWSC_EP_F(fn, count, first) \
    {                               \
        AWSC_EP_##fn, count, first  \
    }

/*
 * A rule: its conditions, then what it leads to. The conditions are
 * expressions (cond_count from args[cond]); a condition holds unless its
 * value is unset or false. An expression AWSC_EP_ASSIGN is a condition that
 * assigns its value to a variable.
 */
enum awsc_ep_rule_type { AWSC_EP_RULE_TREE = 1, AWSC_EP_RULE_ENDPOINT, AWSC_EP_RULE_ERROR };

struct awsc_ep_rule {
    uint8_t head;  /* type << AWSC_EP_RULE_TYPE_SHIFT | number of conditions */
    uint8_t n;     /* tree: number of children */
    uint16_t cond; /* first condition in args */
    uint16_t a;    /* tree: first child in rules; endpoint: index in
                      endpoints; error: the message's expression */
};

#define AWSC_EP_RULE_TYPE_SHIFT 6
#define AWSC_EP_RULE_COND_MASK  0x3Fu
static inline unsigned awsc_ep_rule_type(const struct awsc_ep_rule *r)
{
    return (unsigned)r->head >> AWSC_EP_RULE_TYPE_SHIFT;
}
static inline unsigned awsc_ep_rule_cond_count(const struct awsc_ep_rule *r)
{
    return r->head & AWSC_EP_RULE_COND_MASK;
}

/* Initializers of the rules: a tree of n rules from rules[first], an
 * endpoint, an error. */
#define AWSC_EP_TREE(cond_count, cond, first, n)                                    \
    {                                                                               \
        AWSC_EP_RULE_TREE << AWSC_EP_RULE_TYPE_SHIFT | (cond_count), n, cond, first \
    }
#define AWSC_EP_ENDPOINT(cond_count, cond, endpoint)                                       \
    {                                                                                      \
        AWSC_EP_RULE_ENDPOINT << AWSC_EP_RULE_TYPE_SHIFT | (cond_count), 0, cond, endpoint \
    }
#define AWSC_EP_ERROR(cond_count, cond, message)                                       \
    {                                                                                  \
        AWSC_EP_RULE_ERROR << AWSC_EP_RULE_TYPE_SHIFT | (cond_count), 0, cond, message \
    }

struct awsc_ep_endpoint {
    uint16_t url;        /* expression */
    uint16_t properties; /* the object in props, or AWSC_EP_NONE */
    /* the headers, an object in props (or AWSC_EP_NONE) whose members are
     * arrays of strings: one header per value, in order */
    uint16_t headers;
};

enum awsc_ep_prop_type {
    AWSC_EP_PROP_OBJECT = 1, /* n members from props[a] */
    AWSC_EP_PROP_ARRAY,      /* n items from props[a] */
    AWSC_EP_PROP_STRING,     /* expression a */
    AWSC_EP_PROP_BOOL,       /* a = 0 or 1 */
    AWSC_EP_PROP_INT         /* a = the value */
};

struct awsc_ep_prop {
    uint16_t key; /* string, in an object; AWSC_EP_NONE in an array */
    uint16_t a;
    uint8_t n;
    uint8_t type; /* enum awsc_ep_prop_type */
};

/* The built-in values a parameter may take its value from. */
enum awsc_ep_builtin {
    AWSC_EP_BUILTIN_NONE = 0,
    AWSC_EP_BUILTIN_REGION,                   /* AWS::Region */
    AWSC_EP_BUILTIN_USE_FIPS,                 /* AWS::UseFIPS */
    AWSC_EP_BUILTIN_USE_DUAL_STACK,           /* AWS::UseDualStack */
    AWSC_EP_BUILTIN_ENDPOINT,                 /* SDK::Endpoint */
    AWSC_EP_BUILTIN_S3_FORCE_PATH_STYLE,      /* AWS::S3::ForcePathStyle */
    AWSC_EP_BUILTIN_S3_ACCELERATE,            /* AWS::S3::Accelerate */
    AWSC_EP_BUILTIN_S3_USE_ARN_REGION,        /* AWS::S3::UseArnRegion */
    AWSC_EP_BUILTIN_S3_USE_GLOBAL_ENDPOINT,   /* AWS::S3::UseGlobalEndpoint */
    AWSC_EP_BUILTIN_S3_DISABLE_MRAP,          /* AWS::S3::DisableMultiRegionAccessPoints */
    AWSC_EP_BUILTIN_S3CONTROL_USE_ARN_REGION, /* AWS::S3Control::UseArnRegion */
    AWSC_EP_BUILTIN_STS_USE_GLOBAL_ENDPOINT,  /* AWS::STS::UseGlobalEndpoint */
    AWSC_EP_BUILTIN_ACCOUNT_ID,               /* AWS::Auth::AccountId */
    AWSC_EP_BUILTIN_ACCOUNT_ID_ENDPOINT_MODE, /* AWS::Auth::AccountIdEndpointMode */
    AWSC_EP_BUILTIN_COUNT
};

/* Parameter flags. */
#define AWSC_EP_PF_REQUIRED       0x01u
#define AWSC_EP_PF_DEFAULT        0x02u /* has a default value */
#define AWSC_EP_PF_CLIENT_CONTEXT 0x04u /* one of the service's clientContextParams */
#define AWSC_EP_PF_UNUSED         0x08u /* no rule refers to it: its value changes no result */

struct awsc_ep_param {
    uint16_t name; /* string */
    /* the default of a string (a string) or of a stringArray (its first
     * string in defaults; default_count of them) */
    uint16_t default_string;
    uint16_t default_count;
    uint8_t type;    /* enum awsc_endpoint_param_type */
    uint8_t builtin; /* enum awsc_ep_builtin */
    uint8_t flags;   /* AWSC_EP_PF_* */
    bool default_boolean;
};

/* Rule set flags: customizations of the binding, as botocore's handlers. */
#define AWSC_EP_RS_S3 0x01u /* S3's before-endpoint-resolution builtins */

/* At most this many parameters and variables (parameters and assigned
 * names) in one rule set; the generator checks. */
#define AWSC_EP_MAX_SLOTS 128

/* The head of a rule set's object: the references to its arrays (0 for
 * an empty one), then its counts and strings. */
struct awsc_ruleset {
    awsc_ref params_ref;    /* param_count struct awsc_ep_param */
    awsc_ref slots_ref;     /* slot_count uint16_t: the slots' names (strings) */
    awsc_ref defaults_ref;  /* uint16_t: the stringArray defaults (strings) */
    awsc_ref rules_ref;     /* struct awsc_ep_rule */
    awsc_ref exprs_ref;     /* struct awsc_ep_expr */
    awsc_ref args_ref;      /* uint16_t expressions: arguments and conditions */
    awsc_ref endpoints_ref; /* struct awsc_ep_endpoint */
    awsc_ref props_ref;     /* struct awsc_ep_prop */
    awsc_ref strings_ref;   /* the string pool */
    uint16_t service;       /* string: the models/ folder name */
    /* The region a client with none configured uses (botocore's legacy
     * partitionEndpoint: "aws-global" for IAM, STS, Route 53 ...): a
     * string, or AWSC_EP_NONE */
    uint16_t global_region;
    uint16_t param_count;
    uint16_t slot_count; /* parameters first, then assigned variables */
    uint16_t rule_count; /* the top-level rules: rules[0 .. rule_count) */
    uint16_t flags;      /* AWSC_EP_RS_* */
};

/* The string at offset at of the rule set's pool; NULL for AWSC_EP_NONE. */
static inline const char *awsc_ep_string(const struct awsc_ruleset *rs, uint16_t at)
{
    return at == AWSC_EP_NONE ? NULL : (const char *)awsc_ref_get(&rs->strings_ref) + at;
}
static inline const char *awsc_ruleset_service(const struct awsc_ruleset *rs)
{
    return awsc_ep_string(rs, rs->service);
}
static inline const char *awsc_ruleset_global_region(const struct awsc_ruleset *rs)
{
    return awsc_ep_string(rs, rs->global_region);
}
static inline const struct awsc_ep_param *awsc_ruleset_params(const struct awsc_ruleset *rs)
{
    return (const struct awsc_ep_param *)awsc_ref_get(&rs->params_ref);
}
/* Parameter i's name. */
static inline const char *awsc_ruleset_param_name(const struct awsc_ruleset *rs, unsigned i)
{
    return awsc_ep_string(rs, awsc_ruleset_params(rs)[i].name);
}
/* Slot i's name: a parameter's, or a variable's. */
static inline const char *awsc_ruleset_slot_name(const struct awsc_ruleset *rs, unsigned i)
{
    return awsc_ep_string(rs, ((const uint16_t *)awsc_ref_get(&rs->slots_ref))[i]);
}
static inline const uint16_t *awsc_ruleset_defaults(const struct awsc_ruleset *rs)
{
    return (const uint16_t *)awsc_ref_get(&rs->defaults_ref);
}
static inline const struct awsc_ep_rule *awsc_ruleset_rules(const struct awsc_ruleset *rs)
{
    return (const struct awsc_ep_rule *)awsc_ref_get(&rs->rules_ref);
}
static inline const struct awsc_ep_expr *awsc_ruleset_exprs(const struct awsc_ruleset *rs)
{
    return (const struct awsc_ep_expr *)awsc_ref_get(&rs->exprs_ref);
}
static inline const uint16_t *awsc_ruleset_args(const struct awsc_ruleset *rs)
{
    return (const uint16_t *)awsc_ref_get(&rs->args_ref);
}
static inline const struct awsc_ep_endpoint *awsc_ruleset_endpoints(const struct awsc_ruleset *rs)
{
    return (const struct awsc_ep_endpoint *)awsc_ref_get(&rs->endpoints_ref);
}
static inline const struct awsc_ep_prop *awsc_ruleset_props(const struct awsc_ruleset *rs)
{
    return (const struct awsc_ep_prop *)awsc_ref_get(&rs->props_ref);
}

#ifdef __cplusplus
}
#endif
#endif
