/*
 * awsc/wait.h - waiters: call an operation until the resource it describes
 * reaches a state (a table exists, an instance is running).
 *
 * Each service header declares a typed entry point per waiter of the
 * models' waiters-2.json, for example
 *
 *   struct awsc_dynamodb_describe_table_input in = {.table_name = "t"};
 *   rc = awsc_dynamodb_wait_table_exists(client, &in, NULL, &err);
 *
 * Every attempt makes the waiter's operation call and matches the result
 * against the acceptors in order; the first that matches sets the state:
 * success ends the wait with AWSC_OK, failure ends it with
 * AWSC_E_WAIT_FAILED, retry (or no match on a successful call) waits
 * `delay` and tries again. A service error that no acceptor matches ends
 * the wait with that error (AWSC_E_SERVICE, err->code set); any other
 * failure of the call (transport, validation, credentials ...) ends it with
 * the call's status. When the attempts run out, or the next attempt would
 * start after max_wait_ms, the wait ends with AWSC_E_WAIT_TIMEOUT. Each
 * message names the waiter and what happened, as botocore's WaiterError
 * does.
 *
 * Delays are timers on the transport's loop: an async waiter never blocks
 * the thread, and with the stub transport's virtual clock they cost no
 * real time.
 */
#ifndef AWSC_WAIT_H
#define AWSC_WAIT_H

#include <awsc/client.h>
#include <awsc/common.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

#ifdef __cplusplus
extern "C" {
#endif

enum awsc_wait_matcher {
    AWSC_WAIT_PATH = 1, /* argument evaluated on the output == expected */
    AWSC_WAIT_PATH_ALL, /* argument gives a non-empty list, every element == expected */
    AWSC_WAIT_PATH_ANY, /* argument gives a non-empty list, some element == expected */
    AWSC_WAIT_STATUS,   /* the HTTP status == expected */
    AWSC_WAIT_ERROR     /* the service error's code == expected (true: any error,
                           false: no error) */
};

enum awsc_wait_state { AWSC_WAIT_SUCCESS = 1, AWSC_WAIT_FAILURE, AWSC_WAIT_RETRY };

/* The tables hold no pointers: see <awsc/paginate.h>. */
struct awsc_waiter_acceptor {
    uint8_t matcher;       /* enum awsc_wait_matcher */
    uint8_t state;         /* enum awsc_wait_state */
    awsc_ref argument_ref; /* path matchers: a struct awsc_jmespath */
    struct awsc_jmespath_literal expected;
};

static inline const struct awsc_jmespath *
awsc_waiter_acceptor_argument(const struct awsc_waiter_acceptor *a)
{
    return (const struct awsc_jmespath *)awsc_ref_get(&a->argument_ref);
}

/* A waiter of waiters-2.json. It belongs to the service whose `waiters`
 * hold it; its operation is awsc_waiter_operation(svc, waiter). */
struct awsc_waiter {
    awsc_ref name_ref;      /* "TableExists" */
    uint32_t operation;     /* index in the service's operations */
    uint32_t delay;         /* seconds between attempts */
    uint32_t max_attempts;  /* attempts before giving up */
    awsc_ref acceptors_ref; /* acceptor_count struct awsc_waiter_acceptor */
    uint32_t acceptor_count;
};

static inline const char *awsc_waiter_name(const struct awsc_waiter *w)
{
    return (const char *)awsc_ref_get(&w->name_ref);
}

static inline const struct awsc_waiter_acceptor *awsc_waiter_acceptors(const struct awsc_waiter *w)
{
    return (const struct awsc_waiter_acceptor *)awsc_ref_get(&w->acceptors_ref);
}

/* The rest is left out by a build without waiters (-Dwaiters=false). */
#if AWSC_WITH_WAITERS

/* A waiter of a service by its name ("TableExists"), or NULL. */
AWSC_API const struct awsc_waiter *awsc_service_waiter(const struct awsc_service *svc,
                                                       const char *name);
/* The operation a waiter of svc calls, or NULL when waiter is not one of
 * svc's waiters. */
AWSC_API const struct awsc_operation *awsc_waiter_operation(const struct awsc_service *svc,
                                                            const struct awsc_waiter *waiter);

/* Overrides of the model's timing; zero fields keep the model's. */
struct awsc_wait_options {
    int64_t delay_ms;    /* between attempts (the model's delay) */
    int max_attempts;    /* (the model's maxAttempts) */
    int64_t max_wait_ms; /* give up once the next attempt would start later than
                            this after the first (0: no limit but max_attempts) */
};
#define AWSC_WAIT_OPTIONS_INIT \
    {                          \
        0, 0, 0                \
    }

/*
 * Waits, blocking the thread (on the client's sync transport). input is
 * the operation's input struct, borrowed for the duration of the call.
 * options may be NULL.
 */
AWSC_API int awsc_wait(struct awsc_client *client, const struct awsc_waiter *waiter,
                       const void *input, const struct awsc_wait_options *options,
                       struct awsc_error *err);

/* Completion of an async wait. When status is not AWSC_OK, err says why
 * it ended; as with awsc_call_cb, the callback owns it (release it with
 * awsc_error_clean_up()). */
typedef void awsc_wait_cb(void *user_data, int status, struct awsc_error *err);

/*
 * Waits on the client's transport (its loop, its timers). The input is
 * copied. On AWSC_OK cb is called exactly once, from the loop; on failure
 * it is never called. Let the wait end before destroying the client.
 */
AWSC_API int awsc_wait_async(struct awsc_client *client, const struct awsc_waiter *waiter,
                             const void *input, const struct awsc_wait_options *options,
                             awsc_wait_cb *cb, void *user_data, struct awsc_error *err);

#endif /* AWSC_WITH_WAITERS */

#ifdef __cplusplus
}
#endif
#endif
