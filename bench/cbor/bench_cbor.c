/*
 * The CBOR codec, timed, beside Debian's libcbor in the same run: the
 * figures behind the choice of a codec of awsc's own (runtime/protocol/
 * cbor.c says why).
 *
 * The response is a realistic CloudWatch GetMetricData answer: 10 metric
 * results of 200 points each (timestamps under tag 1, doubles), labels,
 * status codes and a message, with the shapes written here as the
 * generator writes them. Timed:
 *
 *   decode         the body into the output structs (strings copied,
 *                  lists allocated, everything checked): awsc's codec,
 *                  and the same walker (runtime/protocol/cbor.c built a
 *                  second time with AWSC__CBOR_WITH_LIBCBOR) reading its
 *                  heads through libcbor's cbor_stream_decode
 *   skip           the body read into an empty structure: every item
 *                  checked and skipped, nothing stored (the bare decoders)
 *   encode         those structs written back: awsc's own heads, and the
 *                  same walker writing them with libcbor's cbor_encode_*
 *   libcbor pass   cbor_stream_decode over the body with callbacks that
 *                  only count: the least any decoder on libcbor pays
 *   libcbor load   cbor_load: libcbor's item tree of the body, freed
 *
 *   bench_cbor [ITERATIONS]
 */
#include <cbor.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "protocol/cbor.h"
#include "protocol/protocol.h"

#include "hand_shapes.h" /* tests/protocol */

/* runtime/protocol/cbor.c over libcbor (bench/cbor/meson.build) */
int awsc__cbor_read_libcbor(const uint8_t *cbor, size_t len, const struct awsc_shape *shape,
                            void *value, struct awsc_arena *arena,
                            const struct awsc__cbor_opts *opts, struct awsc_error *err);
int awsc__cbor_write_libcbor(struct awsc_buf *out, const struct awsc_shape *shape,
                             const void *value, const struct awsc__cbor_opts *opts,
                             struct awsc_error *err);

/* ---------------------------------------------------------------- shapes */

struct timestamps {
    struct awsc_timestamp *items;
    size_t count;
};
struct values {
    double *items;
    size_t count;
};
struct message {
    const char *code;
    const char *value;
};
struct messages {
    struct message *items;
    size_t count;
};
struct result {
    const char *id;
    const char *label;
    struct timestamps timestamps;
    struct values values;
    const char *status_code;
    struct messages messages;
};
struct results {
    struct result *items;
    size_t count;
};
struct output {
    struct results results;
    const char *next_token;
    struct messages messages;
};

/* The shapes are one object, as the generator writes them
 * (tests/protocol/hand_shapes.h). */
#define T SHAPES

/* The names, each a field of T.names. */
/* clang-format off */
#define NAMES(X)                                                                                  \
    X(String) X(Double) X(Timestamp) X(Timestamps) X(DatapointValues)                             \
    X(MessageData) X(Code) X(Value) X(MetricDataResultMessages)                                   \
    X(MetricDataResult) X(Id) X(Label) X(Values) X(StatusCode) X(Messages) X(MetricDataResults)   \
    X(GetMetricDataOutput) X(NextToken) X(Empty)
/* clang-format on */

/* A list whose C type is struct ctype, of items of shape item. */
#define LIST(shape_, ctype, item)                                       \
    {                                                                   \
        .shape = {.name_ref = REF(shape_.shape.name_ref, names.shape_), \
                  .type = AWSC_SHAPE_LIST,                              \
                  .size = sizeof(struct ctype)},                        \
        .item_ref = REF(shape_.item_ref, item)                          \
    }
/* A structure whose C type is struct s, of n members. */
#define STRUCTURE(shape_, s, n)                                                 \
    {                                                                           \
        .shape = {.name_ref = REF(shape_.shape.name_ref, names.shape_),         \
                  .type = AWSC_SHAPE_STRUCTURE,                                 \
                  .size = sizeof(struct s)},                                    \
        .members_ref = REF(shape_.members_ref, s##_members), .member_count = n, \
        .by_wire_name_ref = REF(shape_.by_wire_name_ref, s##_by_wire)           \
    }

static const struct {
    struct awsc_shape String, Double, Timestamp;
    struct awsc_collection_shape Timestamps, DatapointValues, MetricDataResultMessages,
        MetricDataResults;
    struct awsc_structure_shape MessageData, MetricDataResult, GetMetricDataOutput, Empty;
    struct awsc_member message_members[2], result_members[6], output_members[3];
    uint16_t message_by_wire[2], result_by_wire[6], output_by_wire[3];
    struct {
        NAMES(NAME_FIELD)
    } names;
} T = {
    .String = SCALAR(String, STRING, const char *),
    .Double = SCALAR(Double, DOUBLE, double),
    .Timestamp = SCALAR(Timestamp, TIMESTAMP, struct awsc_timestamp),
    .Timestamps = LIST(Timestamps, timestamps, Timestamp),
    .DatapointValues = LIST(DatapointValues, values, Double),

    .MessageData = STRUCTURE(MessageData, message, 2),
    .message_members =
        {
            MEMBER(message, 0, Code, String, code, NOHAS),
            MEMBER(message, 1, Value, String, value, NOHAS),
        },
    .message_by_wire = {0, 1},
    .MetricDataResultMessages = LIST(MetricDataResultMessages, messages, MessageData.shape),

    .MetricDataResult = STRUCTURE(MetricDataResult, result, 6),
    .result_members =
        {
            MEMBER(result, 0, Id, String, id, NOHAS),
            MEMBER(result, 1, Label, String, label, NOHAS),
            MEMBER(result, 2, Timestamps, Timestamps.shape, timestamps, NOHAS),
            MEMBER(result, 3, Values, DatapointValues.shape, values, NOHAS),
            MEMBER(result, 4, StatusCode, String, status_code, NOHAS),
            MEMBER(result, 5, Messages, MetricDataResultMessages.shape, messages, NOHAS),
        },
    .result_by_wire = {0, 1, 5, 4, 2, 3}, /* Id Label Messages StatusCode Timestamps Values */
    .MetricDataResults = LIST(MetricDataResults, results, MetricDataResult.shape),

    .GetMetricDataOutput = STRUCTURE(GetMetricDataOutput, output, 3),
    .output_members =
        {
            MEMBER(output, 0, MetricDataResults, MetricDataResults.shape, results, NOHAS),
            MEMBER(output, 1, NextToken, String, next_token, NOHAS),
            MEMBER(output, 2, Messages, MetricDataResultMessages.shape, messages, NOHAS),
        },
    .output_by_wire = {2, 0, 1}, /* Messages MetricDataResults NextToken */

    /* an empty structure: the body read and skipped */
    .Empty = {.shape = {.name_ref = REF(Empty.shape.name_ref, names.Empty),
                        .type = AWSC_SHAPE_STRUCTURE,
                        .size = 1}},

    .names = {NAMES(NAME_TEXT)},
};
#undef T
#undef NAMES
#define S_OUTPUT SHAPES.GetMetricDataOutput.shape

/* ------------------------------------------------------------- timing */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID,
                  &ts); /* CPU time: other work on the machine weighs less */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static volatile size_t sink; /* keeps the work from being optimized away */

/* ----------------------------------------------------- libcbor's side */

struct counter {
    size_t items;
    size_t bytes;
};
static void c_u8(void *c, uint8_t v)
{
    ((struct counter *)c)->items += 1 + v * 0;
}
static void c_u16(void *c, uint16_t v)
{
    ((struct counter *)c)->items += 1 + v * 0;
}
static void c_u32(void *c, uint32_t v)
{
    ((struct counter *)c)->items += 1 + v * 0;
}
static void c_u64(void *c, uint64_t v)
{
    ((struct counter *)c)->items += 1 + v * 0;
}
static void c_str(void *c, cbor_data d, size_t n)
{
    (void)d;
    ((struct counter *)c)->items++;
    ((struct counter *)c)->bytes += n;
}
static void c_simple(void *c)
{
    ((struct counter *)c)->items++;
}
static void c_coll(void *c, size_t n)
{
    ((struct counter *)c)->items += 1 + n * 0;
}
static void c_float(void *c, float f)
{
    ((struct counter *)c)->items += 1 + (size_t)(f * 0);
}
static void c_double(void *c, double f)
{
    ((struct counter *)c)->items += 1 + (size_t)(f * 0);
}
static void c_bool(void *c, bool b)
{
    ((struct counter *)c)->items += 1 + b * 0;
}

static const struct cbor_callbacks COUNT = {
    .uint8 = c_u8,
    .uint16 = c_u16,
    .uint32 = c_u32,
    .uint64 = c_u64,
    .negint8 = c_u8,
    .negint16 = c_u16,
    .negint32 = c_u32,
    .negint64 = c_u64,
    .byte_string = c_str,
    .byte_string_start = c_simple,
    .string = c_str,
    .string_start = c_simple,
    .indef_array_start = c_simple,
    .array_start = c_coll,
    .indef_map_start = c_simple,
    .map_start = c_coll,
    .tag = c_u64,
    .float2 = c_float,
    .float4 = c_float,
    .float8 = c_double,
    .undefined = c_simple,
    .null = c_simple,
    .boolean = c_bool,
    .indef_break = c_simple,
};

/* One pass of libcbor's streaming decoder over the body. */
static size_t libcbor_pass(const uint8_t *p, size_t len)
{
    struct counter c = {0, 0};
    size_t at = 0;
    while (at < len) {
        struct cbor_decoder_result r = cbor_stream_decode(p + at, len - at, &COUNT, &c);
        if (r.status != CBOR_DECODER_FINISHED)
            return 0;
        at += r.read;
    }
    return c.items;
}

/* ---------------------------------------------------------------- main */

static struct output make_output(void)
{
    static struct result results[10];
    static struct message msg = {"ArithmeticError", "division by zero in expression e1"};
    static char labels[10][64], ids[10][8];
    for (int r = 0; r < 10; r++) {
        struct timestamps ts = {calloc(200, sizeof(struct awsc_timestamp)), 200};
        struct values vs = {calloc(200, sizeof(double)), 200};
        if (!ts.items || !vs.items)
            abort();
        for (int i = 0; i < 200; i++) {
            ts.items[i].sec = 1678806000 + 60 * i;
            vs.items[i] = (r + 1) * 13.37 + i * 0.731;
        }
        snprintf(ids[r], sizeof ids[r], "m%d", r);
        snprintf(labels[r], sizeof labels[r], "AWS/EC2 CPUUtilization i-0123456789abcdef%d", r);
        results[r] =
            (struct result){ids[r], labels[r], ts, vs, "Complete", {r ? NULL : &msg, r ? 0 : 1}};
    }
    return (struct output){
        {results, 10}, "eyJOZXh0IjoiMjAyMy0wMy0xNFQxNTowOToyNloifQ==", {NULL, 0}};
}

int main(int argc, char **argv)
{
    int iterations = argc > 1 ? atoi(argv[1]) : 1000;
    struct output out = make_output();
    struct awsc_buf body = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc__cbor_write(&body, &S_OUTPUT, &out, NULL, &err) != AWSC_OK) {
        fprintf(stderr, "bench_cbor: %s\n", err.message);
        return 1;
    }
    const uint8_t *p = (const uint8_t *)body.data;
    size_t len = body.len;
    double mb = (double)len * iterations / 1e6;
    printf("CloudWatch GetMetricData response: 10 results x 200 points, %zu bytes of CBOR; "
           "%d iterations\n\n",
           len, iterations);

    typedef int read_fn(const uint8_t *, size_t, const struct awsc_shape *, void *,
                        struct awsc_arena *, const struct awsc__cbor_opts *, struct awsc_error *);
    typedef int write_fn(struct awsc_buf *, const struct awsc_shape *, const void *,
                         const struct awsc__cbor_opts *, struct awsc_error *);
    read_fn *const readers[2] = {awsc__cbor_read, awsc__cbor_read_libcbor};
    write_fn *const writers[2] = {awsc__cbor_write, awsc__cbor_write_libcbor};
    /* the best of seven rounds, the two codecs taking turns, so that other
     * work on the machine weighs on both alike */
    double decode[2] = {0, 0}, skip[2] = {0, 0}, encode[2] = {0, 0};
    for (int round = 0; round < 7; round++) {
        for (int k = 0; k < 2; k++) {
            for (int pass = 0; pass < 2; pass++) {
                const struct awsc_shape *shape = pass ? &SHAPES.Empty.shape : &S_OUTPUT;
                double t0 = now_s();
                for (int i = 0; i < iterations; i++) {
                    struct awsc_arena *a = awsc__arena_new();
                    struct output o;
                    memset(&o, 0, sizeof o);
                    if (readers[k](p, len, shape, &o, a, NULL, &err) != AWSC_OK) {
                        fprintf(stderr, "bench_cbor: %s\n", err.message);
                        return 1;
                    }
                    sink += o.results.count;
                    awsc__arena_destroy(a);
                }
                double v = mb / (now_s() - t0);
                double *best = pass ? &skip[k] : &decode[k];
                if (v > *best)
                    *best = v;
            }
            struct awsc_buf enc = AWSC_BUF_INIT;
            double t0 = now_s();
            for (int i = 0; i < iterations; i++) {
                awsc__buf_reset(&enc);
                writers[k](&enc, &S_OUTPUT, &out, NULL, &err);
                sink += enc.len;
            }
            double v = mb / (now_s() - t0);
            if (v > encode[k])
                encode[k] = v;
            if (enc.len != len || memcmp(enc.data, p, len) != 0) {
                fprintf(stderr, "bench_cbor: the two encoders disagree\n");
                return 1;
            }
            awsc__buf_clean_up(&enc);
        }
    }

    /* libcbor's streaming pass */
    double t0 = now_s();
    for (int i = 0; i < iterations; i++)
        sink += libcbor_pass(p, len);
    double lc_pass = mb / (now_s() - t0);
    if (!libcbor_pass(p, len)) {
        fprintf(stderr, "bench_cbor: libcbor could not decode the body\n");
        return 1;
    }

    /* libcbor's tree */
    t0 = now_s();
    for (int i = 0; i < iterations; i++) {
        struct cbor_load_result r;
        cbor_item_t *item = cbor_load(p, len, &r);
        sink += r.read;
        cbor_decref(&item);
    }
    double lc_load = mb / (now_s() - t0);

    printf("MB/s                                   awsc's codec   the walker over libcbor\n");
    printf("decode into the output structs         %12.0f   %12.0f\n", decode[0], decode[1]);
    printf("check and skip every item              %12.0f   %12.0f\n", skip[0], skip[1]);
    printf("encode from the structs                %12.0f   %12.0f\n", encode[0], encode[1]);
    printf("libcbor alone: streaming pass with callbacks that only count %.0f, "
           "cbor_load tree %.0f\n",
           lc_pass, lc_load);
    awsc__buf_clean_up(&body);
    for (size_t r = 0; r < out.results.count; r++) {
        free(out.results.items[r].timestamps.items);
        free(out.results.items[r].values.items);
    }
    return 0;
}
