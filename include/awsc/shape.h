/*
 * awsc/shape.h - the descriptor tables that generated code hands to the
 * runtime. Each model shape is one struct awsc_shape; each structure
 * member one struct awsc_member; each operation one struct awsc_operation;
 * each service one struct awsc_service. The C compiler computes every
 * offset and size (offsetof/sizeof in the generated sources).
 *
 * C representation of each shape type (the `C type` used for a member,
 * list item or map value):
 *
 *   structure / union   struct awsc_<svc>_<shape>  (a member is a pointer to
 *                       it; a list item or map value is the struct itself)
 *   list                struct { T *items; size_t count; }
 *   map                 struct { struct <entry> *entries; size_t count; }
 *                       with entry struct { const char *key; T value; }
 *   string (and enum)   const char *
 *   blob                struct awsc_blob (a streaming blob: struct awsc_stream)
 *   boolean             bool
 *   byte/short          int8_t / int16_t
 *   integer / long      int32_t / int64_t
 *   float / double      float / double
 *   timestamp           struct awsc_timestamp
 *   document            struct awsc_document *
 *
 * Sparse lists and maps (the model's sparse trait) keep null items, on
 * input and output: a null string item is NULL; a list of any other
 * items has a `bool *is_null` beside items and count (when it is set,
 * is_null[i] says items[i] is null; left NULL, no item is), and a map's
 * entry a `bool is_null` beside its value. The items of other lists and
 * maps are never null (a null in a response is dropped).
 *
 * Most users never read this header; the command-line tool and the
 * protocol codecs walk these tables.
 */
#ifndef AWSC_SHAPE_H
#define AWSC_SHAPE_H

#include <awsc/common.h>

#ifdef __cplusplus
extern "C" {
#endif

enum awsc_shape_type {
    AWSC_SHAPE_STRUCTURE = 1,
    AWSC_SHAPE_LIST,
    AWSC_SHAPE_MAP,
    AWSC_SHAPE_STRING,
    AWSC_SHAPE_BLOB,
    AWSC_SHAPE_BOOLEAN,
    AWSC_SHAPE_BYTE,
    AWSC_SHAPE_SHORT,
    AWSC_SHAPE_INTEGER,
    AWSC_SHAPE_LONG,
    AWSC_SHAPE_FLOAT,
    AWSC_SHAPE_DOUBLE,
    AWSC_SHAPE_TIMESTAMP,
    AWSC_SHAPE_DOCUMENT
};

enum awsc_timestamp_format {
    AWSC_TSFMT_DEFAULT = 0, /* the protocol's default */
    AWSC_TSFMT_ISO8601,
    AWSC_TSFMT_RFC822, /* "httpdate" */
    AWSC_TSFMT_EPOCH   /* "unixTimestamp" */
};

/* Shape flags. */
#define AWSC_SF_UNION           0x0001u /* exactly one member may be set */
#define AWSC_SF_EXCEPTION       0x0002u /* a modeled error */
#define AWSC_SF_SENSITIVE       0x0004u /* never logged */
#define AWSC_SF_STREAMING       0x0008u /* a streaming blob */
#define AWSC_SF_EVENTSTREAM     0x0010u /* an event stream: a union of events */
#define AWSC_SF_FLATTENED       0x0020u /* XML flattened list or map */
#define AWSC_SF_REQUIRES_LENGTH 0x0040u
#define AWSC_SF_WRAPPER         0x0080u /* query/ec2 result wrapper */
#define AWSC_SF_SENDER_FAULT    0x0100u /* error caused by the client */
#define AWSC_SF_RETRYABLE       0x0200u /* error marked retryable in the model */
#define AWSC_SF_THROTTLING      0x0400u /* retryable error that is throttling */
#define AWSC_SF_DOCUMENT        0x0800u /* a structure that is a document */
#define AWSC_SF_EVENT           0x1000u /* an event of an event stream */
#define AWSC_SF_SPARSE          0x2000u /* a list or map whose items may be null */
#define AWSC_SF_ENUM            0x4000u /* a string with enum values: struct awsc_enum_shape */
/* A Route 53 id, which may be given with its path ("/hostedzone/Z1D6..."):
 * only its last segment is sent, as botocore sends it. */
#define AWSC_SF_ID_PATH 0x8000u

/* Member flags. */
#define AWSC_MF_REQUIRED          0x0001u
#define AWSC_MF_IDEMPOTENCY_TOKEN 0x0002u
#define AWSC_MF_PAYLOAD           0x0004u /* the member is the HTTP payload */
#define AWSC_MF_HOST_LABEL        0x0008u
#define AWSC_MF_XML_ATTRIBUTE     0x0010u
#define AWSC_MF_FLATTENED         0x0020u
#define AWSC_MF_JSONVALUE         0x0040u
#define AWSC_MF_STREAMING         0x0080u
#define AWSC_MF_EVENTPAYLOAD      0x0100u /* an event's member that is its payload */
#define AWSC_MF_GREEDY            0x0200u /* URI label written as {Name+} */
#define AWSC_MF_SENSITIVE         0x0400u
/* A string given as text and sent base64-encoded, as botocore does for
 * EC2 RunInstances' and Auto Scaling CreateLaunchConfiguration's UserData
 * (not in the models) */
#define AWSC_MF_BASE64_TEXT 0x0800u
/* An event's member that is the message header of its name. */
#define AWSC_MF_EVENTHEADER 0x1000u
/* What follows the name in struct awsc_member.name. */
#define AWSC_MF_WIRE_NAME     0x2000u
#define AWSC_MF_QUERY_NAME    0x4000u
#define AWSC_MF_XML_NAMESPACE 0x8000u

/* Where a member travels. */
enum awsc_location {
    AWSC_LOC_BODY = 0,
    AWSC_LOC_HEADER,     /* one header */
    AWSC_LOC_HEADERS,    /* a map: every header with the prefix wire_name */
    AWSC_LOC_URI,        /* a {label} in the request URI */
    AWSC_LOC_QUERY,      /* query string */
    AWSC_LOC_STATUS_CODE /* the HTTP status code (output only) */
};

/* No has_ flag for this member. (The generated structs are far smaller
 * than 64 KiB, so a member's offsets fit 16 bits; the compiler refuses a
 * table where one would not.) */
#define AWSC_NO_PRESENCE UINT16_MAX

/* min/max constraints: lengths for strings, blobs, lists and maps; values
 * for numbers. */
struct awsc_range {
    bool has_min;
    bool has_max;
    double min;
    double max;
};

/*
 * The tables hold no pointers: each reference is an awsc_ref, the distance
 * in bytes from the reference itself to what it names (0: nothing). All
 * of a service's shapes, members and strings are one object, so the C
 * compiler computes these distances, the tables are plain read-only data
 * (no relocation at load time, one copy shared by every process), and a
 * reference takes 4 bytes instead of 8. Read them with the accessors below
 * (awsc_member_shape(), awsc_shape_item(), ...); a table is only valid
 * where the generator put it, never copied.
 */
typedef int32_t awsc_ref;

/* The awsc_ref stored at `from` that names `to`, both inside one object
 * (what the generated tables are written with). */
#define AWSC_REF(from, to) ((awsc_ref)((const char *)&(to) - (const char *)&(from)))

/* What ref names, or NULL. */
static inline const void *awsc_ref_get(const awsc_ref *ref)
{
    return *ref ? (const void *)((const char *)ref + *ref) : NULL;
}

/* An XML namespace (xmlNamespace trait), as the codecs use it. */
struct awsc_xml_namespace {
    const char *prefix; /* NULL for the default namespace */
    const char *uri;
};

/* How a list's items or a map's keys and values are named in XML and
 * query requests: the locationName and xmlNamespace of the list's member
 * reference or of the map's key and value references. A namespace is
 * stored as its prefix ("" for the default namespace) and its URI, one
 * after the other, each ending with its NUL. */
struct awsc_xml_refs {
    awsc_ref item_name_ref; /* list member / map value locationName */
    awsc_ref item_namespace_ref;
    awsc_ref key_name_ref; /* map key locationName */
    awsc_ref key_namespace_ref;
};

struct awsc_shape;

/* A member is 12 bytes: its two references are 24-bit distances from the
 * member itself (a service's tables are far smaller than the 8 MiB they
 * reach), each sharing its 32 bits with small fields. */
struct awsc_member {
    /* The member's names, one after the other, each ending with its NUL:
     * the model member name ("TableName"), then, each only when the member
     * has it, the wire name (locationName, when it differs from the name:
     * AWSC_MF_WIRE_NAME), the ec2 queryName (AWSC_MF_QUERY_NAME), and the
     * XML namespace's prefix ("" for the default namespace) and URI
     * (AWSC_MF_XML_NAMESPACE). awsc_member_name() reads as the model name;
     * the others come from awsc_member_wire_name(),
     * awsc_member_query_name() and awsc_member_xml_namespace(). */
    signed int name_ref : 24;          /* AWSC_MEMBER_REF(member, names) */
    unsigned int location : 3;         /* enum awsc_location */
    unsigned int timestamp_format : 2; /* member override, else AWSC_TSFMT_DEFAULT */
    unsigned int : 3;
    signed int shape_ref : 24; /* AWSC_MEMBER_REF(member, shape) */
    /* Where the has_ flag is, when the member has one: the generated
     * structs put it just before the value, and this is how many bytes
     * before (1 to 31); 0 when there is none. awsc_member_has_offset()
     * reads it as an offset. */
    unsigned int has_back : 5;
    unsigned int : 3;
    uint16_t offset; /* offsetof the value in the parent struct (its C
                        member's name is in the generated initializer) */
    uint16_t flags;  /* AWSC_MF_* */
};

/* The distance from a member, m, to what it names, to (both inside one
 * object): what the generated tables write a member's references with. */
#define AWSC_MEMBER_REF(m, to) ((int)((const char *)&(to) - (const char *)&(m)))
/* A member's has_back: the distance from its has_ flag, has, to its
 * value, value, both fields of struct type (AWSC_MEMBER_HAS(struct t, x,
 * has_x)). */
#define AWSC_MEMBER_HAS(type, value, has) (offsetof(type, value) - offsetof(type, has))

/* The model name of a member ("TableName"). */
static inline const char *awsc_member_name(const struct awsc_member *m)
{
    return (const char *)m + m->name_ref;
}
static inline const struct awsc_shape *awsc_member_shape(const struct awsc_member *m)
{
    return (const struct awsc_shape *)(const void *)((const char *)m + m->shape_ref);
}
/* Where a member's has_ flag is in its parent struct, or AWSC_NO_PRESENCE. */
static inline uint16_t awsc_member_has_offset(const struct awsc_member *m)
{
    return m->has_back ? (uint16_t)(m->offset - m->has_back) : (uint16_t)AWSC_NO_PRESENCE;
}
/* Sets a member's has_ flag in parent, its parent struct, to present;
 * nothing for a member without one. */
static inline void awsc__member_set_has(const struct awsc_member *m, void *parent, bool present)
{
    if (m->has_back)
        *(bool *)(void *)((unsigned char *)parent + (m->offset - m->has_back)) = present;
}

/* The name of a member on the wire: its locationName, else its name. */
AWSC_API const char *awsc_member_wire_name(const struct awsc_member *m);
/* An ec2 member's queryName, or NULL. */
AWSC_API const char *awsc_member_query_name(const struct awsc_member *m);
/* A member's own XML namespace, filled into *ns, or NULL when it has none. */
AWSC_API const struct awsc_xml_namespace *awsc_member_xml_namespace(const struct awsc_member *m,
                                                                    struct awsc_xml_namespace *ns);

/*
 * A shape is a struct awsc_shape: its name, size, type and flags, and a
 * reference to its rarer traits. Structures, lists and maps, and enums
 * have more, and their records start with a struct awsc_shape (one of the
 * records below: struct awsc_structure_shape for AWSC_SHAPE_STRUCTURE,
 * struct awsc_collection_shape for AWSC_SHAPE_LIST and AWSC_SHAPE_MAP,
 * struct awsc_enum_shape for an AWSC_SHAPE_STRING with AWSC_SF_ENUM); a
 * shape of any other type is the struct awsc_shape alone. Read them with
 * the accessors below, which give NULL or 0 for a part the shape does
 * not have.
 */
struct awsc_shape {
    /* The model's shape name. In a build without shape names
     * (AWSC_WITH_SHAPE_NAMES 0) only modeled errors have theirs. */
    awsc_ref name_ref;
    awsc_ref traits_ref; /* struct awsc_shape_traits; 0 when it has none */
    uint32_t size;       /* sizeof the C type: struct, list item, map entry */
    uint16_t flags;      /* AWSC_SF_* */
    uint8_t type;        /* enum awsc_shape_type */
    uint8_t timestamp_format;
};

/* What few shapes have. */
struct awsc_shape_traits {
    awsc_ref range_ref;         /* struct awsc_range */
    awsc_ref xml_namespace_ref; /* prefix and URI, as in struct awsc_xml_refs */
    awsc_ref location_name_ref; /* a shape-level locationName (XML) */
    awsc_ref payload_ref;       /* structures: the name of the payload member */
    awsc_ref error_code_ref;    /* exceptions: the code on the wire */
    /* An operation input whose output streams its payload: where, in the
     * input struct, the struct awsc_sink for that body is (has_sink). */
    uint32_t sink_offset;
    uint16_t http_status; /* exceptions */
    bool has_sink;
};

struct awsc_structure_shape {
    struct awsc_shape shape;
    awsc_ref members_ref;      /* member_count struct awsc_member */
    awsc_ref by_wire_name_ref; /* uint16_t member indexes sorted by wire name */
    uint16_t member_count;
};
struct awsc_collection_shape { /* a list or a map */
    struct awsc_shape shape;
    awsc_ref item_ref;     /* list: item; map: value */
    awsc_ref key_ref;      /* map */
    awsc_ref xml_refs_ref; /* struct awsc_xml_refs; none when the model sets none */
    uint32_t value_offset; /* map: offsetof(entry, value) */
    uint32_t entry_size;   /* map: sizeof(entry) */
    /* A sparse list or map (AWSC_SF_SPARSE) whose items are no strings:
     * for a list the offsetof its is_null array in the list struct, for a
     * map the offsetof the is_null flag in its entry; 0 otherwise. */
    uint32_t null_offset;
};
struct awsc_enum_shape { /* a string with AWSC_SF_ENUM */
    struct awsc_shape shape;
    /* the enum_count values one after the other, each ending with its
     * NUL ("CSV\0JSON\0") */
    awsc_ref enum_values_ref;
    uint32_t enum_count;
};

/* The parts of a shape; each NULL or 0 where the shape has none. */
static inline const char *awsc_shape_name(const struct awsc_shape *s)
{
    return (const char *)awsc_ref_get(&s->name_ref);
}
static inline const struct awsc_shape_traits *awsc__traits_of(const struct awsc_shape *s)
{
    return (const struct awsc_shape_traits *)awsc_ref_get(&s->traits_ref);
}
static inline const struct awsc_range *awsc_shape_range(const struct awsc_shape *s)
{
    const struct awsc_shape_traits *t = awsc__traits_of(s);
    return t ? (const struct awsc_range *)awsc_ref_get(&t->range_ref) : NULL;
}
static inline const char *awsc_shape_location_name(const struct awsc_shape *s)
{
    const struct awsc_shape_traits *t = awsc__traits_of(s);
    return t ? (const char *)awsc_ref_get(&t->location_name_ref) : NULL;
}
/* A struct awsc_shape is the first member of the records of the types
 * that have more, so a pointer to it converts to a pointer to the record. */
static inline const struct awsc_structure_shape *awsc__structure_of(const struct awsc_shape *s)
{
    return s->type == AWSC_SHAPE_STRUCTURE ? (const struct awsc_structure_shape *)(const void *)s
                                           : NULL;
}
static inline const struct awsc_collection_shape *awsc__collection_of(const struct awsc_shape *s)
{
    return s->type == AWSC_SHAPE_LIST || s->type == AWSC_SHAPE_MAP
               ? (const struct awsc_collection_shape *)(const void *)s
               : NULL;
}
static inline const struct awsc_enum_shape *awsc__enum_of(const struct awsc_shape *s)
{
    return s->type == AWSC_SHAPE_STRING && (s->flags & AWSC_SF_ENUM)
               ? (const struct awsc_enum_shape *)(const void *)s
               : NULL;
}
static inline const struct awsc_member *awsc_shape_members(const struct awsc_shape *s)
{
    const struct awsc_structure_shape *st = awsc__structure_of(s);
    return st ? (const struct awsc_member *)awsc_ref_get(&st->members_ref) : NULL;
}
static inline uint16_t awsc_shape_member_count(const struct awsc_shape *s)
{
    const struct awsc_structure_shape *st = awsc__structure_of(s);
    return st ? st->member_count : 0;
}
static inline const uint16_t *awsc_shape_by_wire_name(const struct awsc_shape *s)
{
    const struct awsc_structure_shape *st = awsc__structure_of(s);
    return st ? (const uint16_t *)awsc_ref_get(&st->by_wire_name_ref) : NULL;
}
static inline const char *awsc_shape_payload(const struct awsc_shape *s)
{
    const struct awsc_shape_traits *t = awsc__traits_of(s);
    return t ? (const char *)awsc_ref_get(&t->payload_ref) : NULL;
}
static inline const char *awsc_shape_error_code(const struct awsc_shape *s)
{
    const struct awsc_shape_traits *t = awsc__traits_of(s);
    return t ? (const char *)awsc_ref_get(&t->error_code_ref) : NULL;
}
static inline uint16_t awsc_shape_http_status(const struct awsc_shape *s)
{
    const struct awsc_shape_traits *t = awsc__traits_of(s);
    return t ? t->http_status : 0;
}
static inline bool awsc_shape_has_sink(const struct awsc_shape *s)
{
    const struct awsc_shape_traits *t = awsc__traits_of(s);
    return t ? t->has_sink : false;
}
static inline uint32_t awsc_shape_sink_offset(const struct awsc_shape *s)
{
    const struct awsc_shape_traits *t = awsc__traits_of(s);
    return t ? t->sink_offset : 0;
}
static inline const struct awsc_shape *awsc_shape_item(const struct awsc_shape *s)
{
    const struct awsc_collection_shape *c = awsc__collection_of(s);
    return c ? (const struct awsc_shape *)awsc_ref_get(&c->item_ref) : NULL;
}
static inline const struct awsc_shape *awsc_shape_key(const struct awsc_shape *s)
{
    const struct awsc_collection_shape *c = awsc__collection_of(s);
    return c ? (const struct awsc_shape *)awsc_ref_get(&c->key_ref) : NULL;
}
static inline const struct awsc_xml_refs *awsc_shape_xml_refs(const struct awsc_shape *s)
{
    const struct awsc_collection_shape *c = awsc__collection_of(s);
    return c ? (const struct awsc_xml_refs *)awsc_ref_get(&c->xml_refs_ref) : NULL;
}
static inline uint32_t awsc_shape_value_offset(const struct awsc_shape *s)
{
    const struct awsc_collection_shape *c = awsc__collection_of(s);
    return c ? c->value_offset : 0;
}
static inline uint32_t awsc_shape_entry_size(const struct awsc_shape *s)
{
    const struct awsc_collection_shape *c = awsc__collection_of(s);
    return c ? c->entry_size : 0;
}
static inline uint32_t awsc_shape_null_offset(const struct awsc_shape *s)
{
    const struct awsc_collection_shape *c = awsc__collection_of(s);
    return c ? c->null_offset : 0;
}
static inline const char *awsc_shape_enum_values(const struct awsc_shape *s)
{
    const struct awsc_enum_shape *e = awsc__enum_of(s);
    return e ? (const char *)awsc_ref_get(&e->enum_values_ref) : NULL;
}
static inline uint32_t awsc_shape_enum_count(const struct awsc_shape *s)
{
    const struct awsc_enum_shape *e = awsc__enum_of(s);
    return e ? e->enum_count : 0;
}
static inline const char *awsc_xml_refs_item_name(const struct awsc_xml_refs *r)
{
    return (const char *)awsc_ref_get(&r->item_name_ref);
}
static inline const char *awsc_xml_refs_key_name(const struct awsc_xml_refs *r)
{
    return (const char *)awsc_ref_get(&r->key_name_ref);
}
/* A stored namespace (prefix and URI) filled into *ns; NULL when there is none. */
AWSC_API const struct awsc_xml_namespace *awsc_xml_namespace_read(const awsc_ref *ref,
                                                                  struct awsc_xml_namespace *ns);
static inline const struct awsc_xml_namespace *
awsc_shape_xml_namespace(const struct awsc_shape *s, struct awsc_xml_namespace *ns)
{
    const struct awsc_shape_traits *t = awsc__traits_of(s);
    return t ? awsc_xml_namespace_read(&t->xml_namespace_ref, ns) : NULL;
}
static inline const struct awsc_xml_namespace *
awsc_xml_refs_item_namespace(const struct awsc_xml_refs *r, struct awsc_xml_namespace *ns)
{
    return awsc_xml_namespace_read(&r->item_namespace_ref, ns);
}
static inline const struct awsc_xml_namespace *
awsc_xml_refs_key_namespace(const struct awsc_xml_refs *r, struct awsc_xml_namespace *ns)
{
    return awsc_xml_namespace_read(&r->key_namespace_ref, ns);
}

/* The layouts of list and map wrappers and of a map entry's key. Every
 * generated list and map type starts like these (checked by static
 * asserts in the generated sources). */
struct awsc_list_view {
    void *items;
    size_t count;
};
struct awsc_map_view {
    void *entries;
    size_t count;
};

enum awsc_protocol {
    AWSC_PROTO_JSON = 1,
    AWSC_PROTO_REST_JSON,
    AWSC_PROTO_REST_XML,
    AWSC_PROTO_QUERY,
    AWSC_PROTO_EC2,
    AWSC_PROTO_RPC_V2_CBOR /* smithy-rpc-v2-cbor */
};

/* How an operation is signed, as botocore 1.43.67 chooses: the first
 * scheme of the operation's auth trait (aws.auth#sigv4, aws.auth#sigv4a,
 * smithy.api#httpBearerAuth, smithy.api#noAuth), else its authtype, else
 * the service's auth trait or signatureVersion. An endpoint rule set's
 * authSchemes, where it gives them, choose between SigV4 and SigV4a
 * instead. */
enum awsc_auth_type {
    AWSC_AUTH_SIGV4 = 0,
    AWSC_AUTH_NONE,                /* noAuth, authtype "none": not signed */
    AWSC_AUTH_SIGV4_UNSIGNED_BODY, /* the payload hash UNSIGNED-PAYLOAD
                                      (unsignedPayload, v4-unsigned-body) */
    AWSC_AUTH_BEARER,              /* Authorization: Bearer <token> */
    AWSC_AUTH_SIGV4A               /* SigV4a for the configured region set
                                      (sigv4a_signing_region_set), else "*" */
};

/* Operation flags. */
#define AWSC_OF_IDEMPOTENT         0x0001u
#define AWSC_OF_CHECKSUM_REQUIRED  0x0002u /* httpChecksumRequired */
#define AWSC_OF_ENDPOINT_DISCOVERY 0x0004u
#define AWSC_OF_DEPRECATED         0x0008u
#define AWSC_OF_ENDPOINT_OPERATION 0x0010u /* endpoint discovery's own operation */
/* A GET with a query string is sent as a form POST of that query
 * (CloudSearch Domain's Search, as botocore does). */
#define AWSC_OF_GET_AS_POST 0x0020u
/* The requestcompression trait names gzip: the body may go compressed
 * (awsc_config.disable_request_compression and
 * request_min_compression_size_bytes). */
#define AWSC_OF_COMPRESS_GZIP 0x0040u

struct awsc_service;
struct awsc_ruleset;                /* <awsc/endpoint.h> */
struct awsc_endpoint_static_param;  /* <awsc/endpoint.h> */
struct awsc_endpoint_context_param; /* <awsc/endpoint.h> */
struct awsc_paginator;              /* <awsc/paginate.h> */
struct awsc_waiter;                 /* <awsc/wait.h> */

/*
 * An operation, and below it a service, are written like the shapes: no
 * pointers, each reference an awsc_ref into the service's one object
 * (the service descriptor first, then its operations, then the shapes,
 * members and names). Read them with the accessors below.
 */
struct awsc_operation {
    awsc_ref name_ref;        /* "GetItem" */
    awsc_ref http_method_ref; /* "POST" */
    awsc_ref request_uri_ref; /* "/" or "/{Bucket}/{Key+}?uploads" */
    awsc_ref input_ref;       /* the input shape; 0 when the operation has none */
    awsc_ref output_ref;      /* the output shape; 0 when the operation has none */
    awsc_ref errors_ref;      /* modeled errors: error_count awsc_ref, each naming a shape */
    awsc_ref host_prefix_ref; /* endpoint.hostPrefix */
    awsc_ref service_ref;
    /* Endpoint rule-set parameters this operation binds: the model's
     * staticContextParams (static_param_count struct
     * awsc_endpoint_static_param), and the input members marked
     * contextParam and the operationContextParams (context_param_count
     * struct awsc_endpoint_context_param), both in <awsc/endpoint.h>. */
    awsc_ref static_params_ref;
    awsc_ref context_params_ref;
    /* query protocol: the element of the response that wraps the output
     * (the output's resultWrapper, "<Operation>Result") */
    awsc_ref result_wrapper_ref;
    /* The model's httpChecksum trait (flexible checksums): the input
     * member that chooses a request checksum algorithm
     * (requestAlgorithmMember), the one that asks for the response's to be
     * validated (requestValidationModeMember), and the algorithms a
     * response may carry (responseAlgorithms, as AWSC_CHECKSUM_* bits).
     * requestChecksumRequired sets AWSC_OF_CHECKSUM_REQUIRED. */
    awsc_ref checksum_algorithm_member_ref;
    awsc_ref checksum_mode_member_ref;
    uint16_t error_count;
    uint16_t response_checksums;
    uint16_t flags; /* AWSC_OF_* */
    uint8_t auth;   /* enum awsc_auth_type */
    uint8_t static_param_count;
    uint8_t context_param_count;
};

/* The parts of an operation; each NULL where it has none. */
static inline const char *awsc_operation_name(const struct awsc_operation *op)
{
    return (const char *)awsc_ref_get(&op->name_ref);
}
static inline const char *awsc_operation_http_method(const struct awsc_operation *op)
{
    return (const char *)awsc_ref_get(&op->http_method_ref);
}
static inline const char *awsc_operation_request_uri(const struct awsc_operation *op)
{
    return (const char *)awsc_ref_get(&op->request_uri_ref);
}
static inline const struct awsc_shape *awsc_operation_input(const struct awsc_operation *op)
{
    return (const struct awsc_shape *)awsc_ref_get(&op->input_ref);
}
static inline const struct awsc_shape *awsc_operation_output(const struct awsc_operation *op)
{
    return (const struct awsc_shape *)awsc_ref_get(&op->output_ref);
}
/* Modeled error i (i < op->error_count). */
static inline const struct awsc_shape *awsc_operation_error(const struct awsc_operation *op,
                                                            uint32_t i)
{
    const awsc_ref *refs = (const awsc_ref *)awsc_ref_get(&op->errors_ref);
    return (const struct awsc_shape *)awsc_ref_get(&refs[i]);
}
static inline const char *awsc_operation_host_prefix(const struct awsc_operation *op)
{
    return (const char *)awsc_ref_get(&op->host_prefix_ref);
}
static inline const struct awsc_service *awsc_operation_service(const struct awsc_operation *op)
{
    return (const struct awsc_service *)awsc_ref_get(&op->service_ref);
}
static inline const char *awsc_operation_result_wrapper(const struct awsc_operation *op)
{
    return (const char *)awsc_ref_get(&op->result_wrapper_ref);
}
static inline const char *awsc_operation_checksum_algorithm_member(const struct awsc_operation *op)
{
    return (const char *)awsc_ref_get(&op->checksum_algorithm_member_ref);
}
static inline const char *awsc_operation_checksum_mode_member(const struct awsc_operation *op)
{
    return (const char *)awsc_ref_get(&op->checksum_mode_member_ref);
}
static inline const struct awsc_endpoint_static_param *
awsc_operation_static_params(const struct awsc_operation *op)
{
    return (const struct awsc_endpoint_static_param *)awsc_ref_get(&op->static_params_ref);
}
static inline const struct awsc_endpoint_context_param *
awsc_operation_context_params(const struct awsc_operation *op)
{
    return (const struct awsc_endpoint_context_param *)awsc_ref_get(&op->context_params_ref);
}

/* Flexible checksum algorithms (struct awsc_operation.response_checksums). */
#define AWSC_CHECKSUM_CRC32     0x01u
#define AWSC_CHECKSUM_CRC32C    0x02u
#define AWSC_CHECKSUM_SHA1      0x04u
#define AWSC_CHECKSUM_SHA256    0x08u
#define AWSC_CHECKSUM_CRC64NVME 0x10u
#define AWSC_CHECKSUM_SHA512    0x20u
#define AWSC_CHECKSUM_MD5       0x40u
#define AWSC_CHECKSUM_XXHASH64  0x80u
#define AWSC_CHECKSUM_XXHASH3   0x100u
#define AWSC_CHECKSUM_XXHASH128 0x200u

/*
 * A service's descriptor is the first field of its tables object, which
 * holds no pointer: its references are distances from where they are.
 * Programs get it from a function, awsc_<svc>_service() (awsc_s3_service()),
 * not a variable: a program linked with the shared library may hold a copy
 * of a variable it names (a copy relocation), and distances would not
 * survive the copy, so a variable would need a pointer, which the dynamic
 * loader writes in every process. (A static initializer cannot call the
 * function; it can hold the function itself: awsc_s3_service.)
 */
struct awsc_service {
    awsc_ref name_ref;               /* models/ folder name: "dynamodb" */
    awsc_ref service_id_ref;         /* "DynamoDB" */
    awsc_ref full_name_ref;          /* "Amazon DynamoDB" */
    awsc_ref api_version_ref;        /* "2012-08-10" */
    awsc_ref endpoint_prefix_ref;
    awsc_ref signing_name_ref;  /* SigV4 service name */
    awsc_ref target_prefix_ref; /* json protocol X-Amz-Target prefix; the
                                   rpc-v2-cbor service name */
    awsc_ref json_version_ref;  /* "1.0" / "1.1" */
    awsc_ref xml_namespace_ref; /* query/ec2/rest-xml */
    awsc_ref env_name_ref;      /* AWS_ENDPOINT_URL_<env_name> and the profile's
                                   services section key */
    awsc_ref operations_ref;    /* operation_count struct awsc_operation, sorted by name */
    awsc_ref errors_ref;        /* every exception, by code: error_count awsc_ref */
    uint32_t operation_count;
    uint32_t error_count;
    uint32_t flags;          /* AWSC_SVC_* customizations */
    uint8_t protocol;        /* enum awsc_protocol */
    awsc_ref ruleset_ref;    /* the endpoint rule set (<awsc/endpoint.h>) */
    awsc_ref paginators_ref; /* paginator_count, sorted by operation name */
    awsc_ref waiters_ref;    /* waiter_count, sorted by name */
    uint32_t paginator_count;
    uint32_t waiter_count;
};

/* The parts of a service; each NULL where it has none. */
static inline const char *awsc_service_name(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->name_ref);
}
static inline const char *awsc_service_service_id(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->service_id_ref);
}
static inline const char *awsc_service_full_name(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->full_name_ref);
}
static inline const char *awsc_service_api_version(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->api_version_ref);
}
static inline const char *awsc_service_endpoint_prefix(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->endpoint_prefix_ref);
}
static inline const char *awsc_service_signing_name(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->signing_name_ref);
}
static inline const char *awsc_service_target_prefix(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->target_prefix_ref);
}
static inline const char *awsc_service_json_version(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->json_version_ref);
}
static inline const char *awsc_service_xml_namespace(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->xml_namespace_ref);
}
static inline const char *awsc_service_env_name(const struct awsc_service *svc)
{
    return (const char *)awsc_ref_get(&svc->env_name_ref);
}
/* Operation i (i < svc->operation_count), in name order. */
static inline const struct awsc_operation *awsc_service_operation_at(const struct awsc_service *svc,
                                                                     uint32_t i)
{
    return (const struct awsc_operation *)awsc_ref_get(&svc->operations_ref) + i;
}
/* The service's endpoint rule set (<awsc/endpoint.h>), or NULL in a build
 * without it. */
static inline const struct awsc_ruleset *awsc_service_ruleset(const struct awsc_service *svc)
{
    return (const struct awsc_ruleset *)awsc_ref_get(&svc->ruleset_ref);
}
/* The service's paginators (svc->paginator_count, <awsc/paginate.h>) and
 * waiters (svc->waiter_count, <awsc/wait.h>); NULL when it has none. */
static inline const struct awsc_paginator *awsc_service_paginators(const struct awsc_service *svc)
{
    return (const struct awsc_paginator *)awsc_ref_get(&svc->paginators_ref);
}
static inline const struct awsc_waiter *awsc_service_waiters(const struct awsc_service *svc)
{
    return (const struct awsc_waiter *)awsc_ref_get(&svc->waiters_ref);
}
/* Modeled error i (i < svc->error_count), in the order of their codes. */
static inline const struct awsc_shape *awsc_service_error(const struct awsc_service *svc,
                                                          uint32_t i)
{
    const awsc_ref *refs = (const awsc_ref *)awsc_ref_get(&svc->errors_ref);
    return (const struct awsc_shape *)awsc_ref_get(&refs[i]);
}

/* Service customizations named in the tables. */
#define AWSC_SVC_CRC32 0x0001u /* check x-amz-crc32 on responses (DynamoDB) */
/* Send Accept: application/json unless a member set Accept (API Gateway). */
#define AWSC_SVC_ACCEPT_JSON 0x0002u
/* Glacier: x-amz-glacier-version on every request, an unset accountId sent
 * as "-" (the account of the credentials), and x-amz-content-sha256 and
 * x-amz-sha256-tree-hash on uploads. */
#define AWSC_SVC_GLACIER 0x0004u
/* Route 53: the ids of hosted zones, delegation sets and changes are sent
 * without the path they may come with ("/hostedzone/Z1D633PJN98FT9"). */
#define AWSC_SVC_ROUTE53_IDS 0x0008u
/* S3's customizations beyond the model (runtime/custom/s3.c): SSE-C keys sent
 * base64 with their MD5, CopySource percent-encoded, EncodingType=url on
 * the List operations and the keys decoded back, Expect: 100-continue on uploads,
 * GetBucketLocation's bare body, and the 200 responses whose body is an error. */
#define AWSC_SVC_S3 0x0010u
/* Signed as botocore's s3v4 signer signs (S3, S3 Control): the path
 * neither normalized nor encoded again, x-amz-content-sha256 on every
 * request, and the payload left unsigned (UNSIGNED-PAYLOAD) where a
 * checksum and TLS protect it. */
#define AWSC_SVC_S3_SIGNING 0x0020u
/* Copies from another region (RDS, Neptune, DocumentDB, EC2 CopySnapshot;
 * runtime/custom/source_region.c): the request carries itself presigned for
 * the SourceRegion, which RDS, Neptune and DocumentDB do not send. */
#define AWSC_SVC_SOURCE_REGION 0x0040u
/* Machine Learning: Predict goes to the host of the PredictEndpoint in its
 * input (runtime/custom/machinelearning.c). */
#define AWSC_SVC_PREDICT_ENDPOINT 0x0080u
/* Signed with Signature Version 2 (the model's signatureVersion "v2":
 * SimpleDB), in the form's parameters (runtime/auth/sigv2.c). */
#define AWSC_SVC_SIGV2 0x0100u
/* A json service that answers like the query protocol it replaced
 * (awsQueryCompatible): requests say x-amzn-query-mode: true, and an
 * error's code comes from x-amzn-query-error. */
#define AWSC_SVC_QUERY_COMPATIBLE 0x1000u
/* SQS: its errors moved from query to JSON before models could say so, and
 * its error shapes carry no query codes. err->code is still the query code
 * of x-amzn-query-error ("AWS.SimpleQueueService.NonExistentQueue"), but
 * the modeled error is the one the body's __type names, as botocore's
 * after-call handler for SQS picks it. */
#define AWSC_SVC_ERROR_SHAPE_BY_TYPE 0x2000u

/* Timestamps in requests with millisecond precision (ISO 8601 always
 * with three digits, epoch seconds with the milliseconds), as botocore's
 * serializer writes them for Bedrock AgentCore. */
#define AWSC_SVC_MS_TIMESTAMPS 0x2000u

/* Enum helpers behind the generated <enum>_parse() and <enum>_str(), over
 * count values stored one after the other, each ending with its NUL:
 * parse returns the value's index + 1, or 0 when it is not in the list;
 * str the value of index + 1 (a pointer into values), or NULL. */
AWSC_API int awsc_enum_parse(const char *values, int count, const char *value);
AWSC_API const char *awsc_enum_str(const char *values, int count, int index);

/* The services compiled into this build, sorted by name. */
AWSC_API const struct awsc_service *const *awsc_services(size_t *count);
/* A compiled service by its models/ folder name ("dynamodb"), or NULL. */
AWSC_API const struct awsc_service *awsc_service_find(const char *name);

/* Look-ups over the tables. */
AWSC_API const struct awsc_operation *awsc_service_operation(const struct awsc_service *svc,
                                                             const char *name);
/* A structure's member by its model name ("Bucket"), or NULL (also for a
 * NULL shape or name, or a shape that is no structure). */
AWSC_API const struct awsc_member *awsc_shape_member_named(const struct awsc_shape *shape,
                                                           const char *name);
/* The member a structure's payload trait names, or NULL. */
static inline const struct awsc_member *awsc_shape_payload_member(const struct awsc_shape *shape)
{
    return shape ? awsc_shape_member_named(shape, awsc_shape_payload(shape)) : NULL;
}
/* A structure's member by its wire name, or NULL. */
AWSC_API const struct awsc_member *awsc_shape_member(const struct awsc_shape *shape,
                                                     const char *wire_name);

#ifdef __cplusplus
}
#endif
#endif
