/*
 * request_fuzz: any input an application may build, read from JSON as the
 * command-line tool reads it, goes through a whole call (validation, the
 * service's customizations, serialization, endpoint rules, checksums,
 * signing) to the stub transport without a crash, a leak or a read outside
 * the data; what cannot be sent is refused with an error.
 *
 * An input is
 *   "s3 PutObject\n"          the service and the operation
 *   {"Bucket": "b", ...}       the input, as JSON (the CLI's form: blobs
 *                              base64, timestamps epoch seconds)
 * A service that is not compiled in, an unknown operation or JSON that
 * does not fit the input shape is no test. Every request is answered 200
 * with an empty body.
 *
 * Built as a libFuzzer target with -Dfuzz=true (scripts/fuzz 300
 * request_fuzz); its kept inputs, tests/fuzz/requests/ (the seeds, written
 * by seeds.py, and every input a fuzzing run found a bug with), run in the
 * test fuzz-requests.
 */
#include <awsc/awsc.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "eventstream/events.h"
#include "protocol/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An operation that answers with events is called with a callback for
 * them (the stub's canned answer is no event stream: the request is what
 * is tried here). */
static int ignore_event(void *ud, const void *event)
{
    (void)ud;
    (void)event;
    return 0;
}
void awsc_fuzz_clean_up(void);

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE",
                                              "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "token"};

static struct awsc_stub *stub;
/* one client a service, made on first use and kept (reachable) */
static struct {
    const struct awsc_service *svc;
    struct awsc_client *client;
} clients[512];
static size_t client_count;

static int answer(void *ud, const struct awsc_stub_request *req, struct awsc_stub_response *resp)
{
    (void)ud;
    (void)req;
    memset(resp, 0, sizeof *resp);
    resp->http_status = 200;
    resp->body = (const uint8_t *)"";
    return 0;
}

static struct awsc_client *client_for(const struct awsc_service *svc)
{
    for (size_t i = 0; i < client_count; i++)
        if (clients[i].svc == svc)
            return clients[i].client;
    if (!stub) {
        /* no shared config or credentials files, whatever the machine has */
        setenv("AWS_CONFIG_FILE", "/nonexistent/awsc-fuzz", 1);
        setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsc-fuzz", 1);
        if (awsc_stub_new(&stub) != AWSC_OK)
            return NULL;
        awsc_stub_set_responder(stub, answer, NULL);
    }
    if (client_count == sizeof clients / sizeof clients[0])
        return NULL;
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-west-2";
    cfg.credentials = &CREDS;
    cfg.transport = awsc_stub_transport(stub);
    cfg.fixed_time = 1678806566;
    cfg.max_attempts = 1;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(svc, &cfg, &c, &err) != AWSC_OK) {
        awsc_error_clean_up(&err);
        return NULL;
    }
    clients[client_count].svc = svc;
    clients[client_count++].client = c;
    return c;
}

/* The kept clients and the stub, freed when the corpus has run. */
void awsc_fuzz_clean_up(void)
{
    for (size_t i = 0; i < client_count; i++)
        awsc_client_destroy(clients[i].client);
    client_count = 0;
    awsc_stub_destroy(stub);
    stub = NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nl = memchr(data, '\n', size);
    if (!nl || nl - data > 200)
        return 0;
    char first[201], svc_name[201], op_name[201];
    memcpy(first, data, (size_t)(nl - data));
    first[nl - data] = '\0';
    if (sscanf(first, "%200s %200s", svc_name, op_name) != 2)
        return 0;
    const struct awsc_service *svc = awsc_service_find(svc_name);
    const struct awsc_operation *op = svc ? awsc_service_operation(svc, op_name) : NULL;
    bool verbose = getenv("AWSC_FUZZ_VERBOSE") != NULL;
    if (!op) {
        if (verbose)
            printf("%s %s: not compiled in\n", svc_name, op_name);
        return 0;
    }
    struct awsc_client *c = client_for(svc);
    if (!c)
        return 0;
    const uint8_t *json = nl + 1;
    size_t json_len = size - (size_t)(json - data);
    /* the JSON in its own allocation, so that ASan sees a read past it */
    uint8_t *copy = malloc(json_len ? json_len : 1);
    struct awsc_arena *arena = awsc__arena_new();
    void *input = arena && awsc_operation_input(op)
                      ? awsc__arena_alloc(arena, awsc_operation_input(op)->size)
                      : NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = copy && arena ? AWSC_OK : AWSC_E_NOMEM;
    if (rc == AWSC_OK && json_len)
        memcpy(copy, json, json_len);
    if (rc == AWSC_OK && awsc_operation_input(op)) {
        struct awsc__json_opts ro = {.member_names = true};
        rc = input ? awsc__json_read(copy, json_len, awsc_operation_input(op), input, arena, &ro,
                                     &err)
                   : AWSC_E_NOMEM;
    }
    void *out = NULL;
    if (rc == AWSC_OK) {
        rc = awsc__event_stream_member(op)
                 ? awsc_call_events(c, op, input, ignore_event, NULL, &out, &err)
                 : awsc_call(c, op, input, &out, &err);
        if (verbose)
            printf("%s %s: %s %s\n", svc_name, op_name, awsc_status_name(rc),
                   err.message ? err.message : "");
    } else if (verbose) {
        printf("%s %s: the JSON does not fit: %s\n", svc_name, op_name,
               err.message ? err.message : "");
    }
    awsc_output_free(out);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
    free(copy);
    awsc_stub_clear_requests(stub);
    return 0;
}
