/*
 * tests/protocol/hand_service.h - a service descriptor and its operations
 * made at run time, for tests that hand a codec descriptors of their own.
 *
 * The generator writes a service, its operations and its shapes as one
 * object whose references are distances (awsc_ref, <awsc/shape.h>). A test
 * describes its service and operations with pointers (struct hand_svc,
 * struct hand_op, the fields named as the accessors name them), and
 * hand_build() writes the descriptors into a struct hand_service, each
 * reference the distance from it to what it names, as the generator's
 * would be. The struct hand_service must have static storage, so that
 * what it names (string literals, the test's shape tables) lies within
 * the reach of a 32-bit distance; hand_build() aborts when it does not.
 */
#ifndef AWSC_TESTS_HAND_SERVICE_H
#define AWSC_TESTS_HAND_SERVICE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <awsc/shape.h>

struct hand_svc {
    const char *name;
    const char *service_id;
    const char *api_version;
    const char *target_prefix;
    const char *json_version;
    uint8_t protocol; /* enum awsc_protocol */
    uint32_t flags;   /* AWSC_SVC_* */
    /* modeled errors: the service has the first error_count of them, each
     * operation the first of its own error_count */
    const struct awsc_shape *const *errors;
    uint32_t error_count;
};

struct hand_op {
    const char *name;
    const char *http_method;
    const char *request_uri;
    const struct awsc_shape *input;
    const struct awsc_shape *output;
    const char *result_wrapper;
    uint32_t error_count;
    uint8_t auth; /* enum awsc_auth_type */
};

#define HAND_MAX_OPS    4
#define HAND_MAX_ERRORS 4

struct hand_service {
    struct awsc_service service;
    struct awsc_operation operations[HAND_MAX_OPS];
    awsc_ref errors[HAND_MAX_ERRORS];
};

/* The reference stored at from that names to (0 for NULL). */
static inline awsc_ref hand_ref(const void *from, const void *to)
{
    if (!to)
        return 0;
    intptr_t d = (intptr_t)to - (intptr_t)from;
    if (d == 0 || d < INT32_MIN || d > INT32_MAX) {
        fprintf(stderr, "hand_service: %p is out of the reach of a reference at %p\n", to, from);
        abort();
    }
    return (awsc_ref)d;
}

/* Writes svc and its n operations (n <= HAND_MAX_OPS, svc->error_count <=
 * HAND_MAX_ERRORS) into h; returns the first operation. */
static inline const struct awsc_operation *
hand_build(struct hand_service *h, const struct hand_svc *svc, const struct hand_op *ops, size_t n)
{
    uint32_t errors = svc->error_count;
    for (size_t i = 0; i < n; i++)
        errors = ops[i].error_count > errors ? ops[i].error_count : errors;
    if (n > HAND_MAX_OPS || errors > HAND_MAX_ERRORS) {
        fprintf(stderr, "hand_service: too many operations or errors\n");
        abort();
    }
    struct awsc_service *s = &h->service;
    *s = (struct awsc_service){0};
    s->name_ref = hand_ref(&s->name_ref, svc->name);
    s->service_id_ref = hand_ref(&s->service_id_ref, svc->service_id);
    s->api_version_ref = hand_ref(&s->api_version_ref, svc->api_version);
    s->target_prefix_ref = hand_ref(&s->target_prefix_ref, svc->target_prefix);
    s->json_version_ref = hand_ref(&s->json_version_ref, svc->json_version);
    s->protocol = svc->protocol;
    s->flags = svc->flags;
    for (uint32_t i = 0; i < errors; i++)
        h->errors[i] = hand_ref(&h->errors[i], svc->errors[i]);
    if (svc->error_count) {
        s->errors_ref = hand_ref(&s->errors_ref, h->errors);
        s->error_count = svc->error_count;
    }
    s->operations_ref = hand_ref(&s->operations_ref, h->operations);
    s->operation_count = (uint32_t)n;
    for (size_t i = 0; i < n; i++) {
        struct awsc_operation *op = &h->operations[i];
        *op = (struct awsc_operation){0};
        op->name_ref = hand_ref(&op->name_ref, ops[i].name);
        op->http_method_ref = hand_ref(&op->http_method_ref, ops[i].http_method);
        op->request_uri_ref = hand_ref(&op->request_uri_ref, ops[i].request_uri);
        op->input_ref = hand_ref(&op->input_ref, ops[i].input);
        op->output_ref = hand_ref(&op->output_ref, ops[i].output);
        op->result_wrapper_ref = hand_ref(&op->result_wrapper_ref, ops[i].result_wrapper);
        op->service_ref = hand_ref(&op->service_ref, s);
        if (ops[i].error_count) {
            op->errors_ref = hand_ref(&op->errors_ref, h->errors);
            op->error_count = (uint16_t)ops[i].error_count;
        }
        op->auth = ops[i].auth;
    }
    return h->operations;
}

/* A copy of op in h->operations[0], its references moved so that they
 * name what op's name (to change a field of a generated operation). */
static inline struct awsc_operation *hand_copy_operation(struct hand_service *h,
                                                         const struct awsc_operation *op)
{
    struct awsc_operation *c = &h->operations[0];
    *c = *op;
#define HAND_MOVE(f) c->f = hand_ref(&c->f, awsc_ref_get(&op->f))
    HAND_MOVE(name_ref);
    HAND_MOVE(http_method_ref);
    HAND_MOVE(request_uri_ref);
    HAND_MOVE(input_ref);
    HAND_MOVE(output_ref);
    HAND_MOVE(errors_ref);
    HAND_MOVE(host_prefix_ref);
    HAND_MOVE(service_ref);
    HAND_MOVE(static_params_ref);
    HAND_MOVE(context_params_ref);
    HAND_MOVE(result_wrapper_ref);
    HAND_MOVE(checksum_algorithm_member_ref);
    HAND_MOVE(checksum_mode_member_ref);
#undef HAND_MOVE
    return c;
}

#endif
