/*
 * Refreshing without stalls.
 *
 * On the stub transport with a virtual clock (the credentials' clock
 * follows it): 1,000 async calls start together with no credentials, then
 * batches cross the advisory window, then 1,000 calls start after the
 * credentials expired, then the endpoint fails in the mandatory window.
 * Every signed request is checked against the expiration of the key that
 * signed it, and the credential endpoint's requests are counted: one per
 * refresh, whatever the number of calls waiting.
 *
 * On libcurl against a local server whose credentials answer takes 300 ms
 * (and a provider that blocks a worker thread as long): a ticker timer on
 * the same loop keeps firing while the fetch runs, so no call waits on a
 * blocking fetch. Then one provider shared by clients on four threads
 * (one fetch, answered from yet another thread), bearer tokens on the call
 * path, and a client destroyed while its calls wait for credentials.
 *
 * usage: refresh_test PYTHON slow_server.py
 */
#include <awsc/awsc.h>
#include <awsc/creds_sts.h>

#include "auth/auth.h"
#include "testutil.h"
#include "../protocol/hand_service.h"

#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

#define BASE   1700000000
#define MINUTE 60
#define STS_REPLY                                                                    \
    "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"       \
    "<AssumeRoleResult><Credentials><AccessKeyId>ASIAOUT</AccessKeyId>"              \
    "<SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>"             \
    "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult>" \
    "</AssumeRoleResponse>"

static const struct awsc_creds_sts_assume_role_input INPUT = {
    .role_arn = "arn:aws:iam::123456789012:role/r", .role_session_name = "refresh-test"};

/* ============================================================ the stub */

struct world {
    struct awsc_stub *stub;
    struct awsc_transport *t;
    int64_t lifetime;    /* seconds the next credentials live */
    bool endpoint_fails; /* the credentials endpoint answers 500 */
    int fetches;         /* requests to the credentials endpoint */
    int64_t expiry[64];  /* by key number */
    int signed_with[64]; /* signed requests by key number */
    int signed_expired;  /* signed with a key past its expiration */
    int done, failed;    /* calls completed, and failed */
    char last_error[512];
};
static struct world W;

static int64_t vnow(void *ud)
{
    (void)ud;
    return BASE + awsc_transport_now_ms(W.t) / 1000;
}

static int responder(void *ud, const struct awsc_stub_request *req, struct awsc_stub_response *resp)
{
    (void)ud;
    static char body[1024];
    int64_t now = vnow(NULL);
    if (strstr(req->url, "/creds")) {
        W.fetches++;
        if (W.endpoint_fails) {
            resp->http_status = 500;
            resp->body = (const uint8_t *)"{}";
            resp->body_len = 2;
            return 0;
        }
        int n = W.fetches;
        W.expiry[n] = now + W.lifetime;
        char exp[40];
        struct awsc_timestamp ts = {W.expiry[n], 0};
        awsc__ts_format_iso8601(ts, exp);
        snprintf(body, sizeof body,
                 "{\"AccessKeyId\": \"ASIAREFRESH%04d\", \"SecretAccessKey\": \"s%d\", "
                 "\"Token\": \"t%d\", \"Expiration\": \"%s\"}",
                 n, n, n, exp);
        resp->http_status = 200;
        resp->headers = "Content-Type: application/json\r\n";
        resp->body = (const uint8_t *)body;
        resp->body_len = strlen(body);
        return 0;
    }
    const char *auth = awsc_stub_request_header(req, "Authorization");
    const char *k = auth ? strstr(auth, "Credential=ASIAREFRESH") : NULL;
    int n = k ? atoi(k + strlen("Credential=ASIAREFRESH")) : 0;
    if (n <= 0 || n >= 64 || now >= W.expiry[n])
        W.signed_expired++;
    else
        W.signed_with[n]++;
    resp->http_status = 200;
    resp->headers = "Content-Type: text/xml\r\n";
    resp->body = (const uint8_t *)STS_REPLY;
    resp->body_len = strlen(STS_REPLY);
    return 0;
}

static void call_done(void *ud, int status, struct awsc_creds_sts_assume_role_output *out,
                      struct awsc_error *err)
{
    (void)ud;
    W.done++;
    if (status != AWSC_OK) {
        W.failed++;
        snprintf(W.last_error, sizeof W.last_error, "%s", err && err->message ? err->message : "");
    }
    awsc_output_free(out);
}

static struct awsc_client *stub_client(struct awsc_credentials_provider *p)
{
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://sts.test";
    cfg.transport = W.t;
    cfg.credentials_provider = p;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(awsc_creds_sts_service(), &cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        exit(1);
    }
    return c;
}

struct batch {
    struct awsc_client *c;
    int count;
    int submitted_ok;
    int fetches_after_submit; /* the credential endpoint's count right after submitting */
    int done_after_submit;
};

static void submit_batch(struct batch *b)
{
    for (int i = 0; i < b->count; i++) {
        struct awsc_error err = AWSC_ERROR_INIT;
        if (awsc_creds_sts_assume_role_async(b->c, &INPUT, call_done, NULL, &err) == AWSC_OK)
            b->submitted_ok++;
        awsc_error_clean_up(&err);
    }
    b->fetches_after_submit = W.fetches;
    b->done_after_submit = W.done;
}

static void batch_timer(void *ud)
{
    submit_batch(ud);
}

static void test_across_expiry(void)
{
#if !AWSC_WITH_CONTAINER_CREDENTIALS
    printf("SKIP refreshing across an expiry: it fetches from the container endpoint, which "
           "-Dcredential_providers leaves out (no container)\n");
    return;
#endif
    memset(&W, 0, sizeof W);
    CHECK_INT(awsc_stub_new(&W.stub), AWSC_OK);
    W.t = awsc_stub_transport(W.stub);
    awsc_stub_set_responder(W.stub, responder, NULL);
    awsc__creds_set_clock(vnow, NULL);
    setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1/creds", 1);
    struct awsc_credentials_provider *p = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK_INT(awsc_credentials_provider_builtin("container-role", NULL, &p, &err), AWSC_OK);
    struct awsc_client *c = stub_client(p);

    /* 1. 1,000 calls and no credentials yet: one fetch, every call waits
     * for it on the loop (the submissions return at once) */
    W.lifetime = 20 * MINUTE;
    struct batch first = {c, 1000, 0, 0, 0};
    submit_batch(&first);
    CHECK_INT(first.submitted_ok, 1000);
    CHECK_INT(first.fetches_after_submit, 0); /* the fetch is in flight, not done */
    CHECK_INT(first.done_after_submit, 0);
    CHECK_INT(awsc_transport_run(W.t), AWSC_OK);
    CHECK_INT(W.done, 1000);
    CHECK_INT(W.failed, 0);
    CHECK_INT(W.fetches, 1);
    CHECK_INT(W.signed_with[1], 1000);
    printf("1,000 calls without credentials: %d fetch, %d signed with key 1\n", W.fetches,
           W.signed_with[1]);

    /* 2. batches across the advisory window (key 1 expires at 20 min):
     * at 2 min key 1; at 6 min (less than 15 min left) still key 1 while
     * one refresh runs in the background; at 8 min key 2 */
    W.lifetime = 30 * MINUTE; /* key 2 expires at 36 min */
    struct batch b2 = {c, 100, 0, 0, 0}, b6 = {c, 100, 0, 0, 0}, b8 = {c, 100, 0, 0, 0};
    awsc_transport_timer_add(W.t, 2 * MINUTE * 1000, batch_timer, &b2, NULL);
    awsc_transport_timer_add(W.t, 6 * MINUTE * 1000, batch_timer, &b6, NULL);
    awsc_transport_timer_add(W.t, 8 * MINUTE * 1000, batch_timer, &b8, NULL);
    CHECK_INT(awsc_transport_run(W.t), AWSC_OK);
    CHECK_INT(W.done, 1300);
    CHECK_INT(W.fetches, 2);
    CHECK_INT(W.signed_with[1], 1200);
    CHECK_INT(W.signed_with[2], 100);
    printf("advisory window: 1 background refresh; 200 calls on key 1, then 100 on key 2\n");

    /* 3. 1,000 calls at 40 min, key 2 expired at 36: they all wait for one
     * refresh, none is signed with the expired key */
    struct batch b40 = {c, 1000, 0, 0, 0};
    awsc_transport_timer_add(W.t, (40 - 8) * MINUTE * 1000, batch_timer, &b40, NULL);
    CHECK_INT(awsc_transport_run(W.t), AWSC_OK);
    CHECK_INT(b40.submitted_ok, 1000);
    CHECK_INT(b40.fetches_after_submit, 2);
    CHECK_INT(b40.done_after_submit, 1300);
    CHECK_INT(W.done, 2300);
    CHECK_INT(W.failed, 0);
    CHECK_INT(W.fetches, 3);
    CHECK_INT(W.signed_with[3], 1000);
    printf("1,000 calls after the expiry: %d refresh request, %d signed with key 3\n",
           W.fetches - 2, W.signed_with[3]);

    /* 4. the endpoint fails in the mandatory window (key 3 expires at
     * 70 min; at 65 min less than 10 are left): the container provider
     * tries 3 times a second apart, then every waiting call fails with its
     * error; nothing is signed */
    W.endpoint_fails = true;
    struct batch b65 = {c, 100, 0, 0, 0};
    awsc_transport_timer_add(W.t, 25 * MINUTE * 1000, batch_timer, &b65, NULL);
    CHECK_INT(awsc_transport_run(W.t), AWSC_OK);
    CHECK_INT(W.done, 2400);
    CHECK_INT(W.failed, 100);
    CHECK_INT(W.fetches, 6);
    CHECK(strstr(W.last_error, "container-role") && strstr(W.last_error, "500"));
    printf("mandatory refresh failing: %d attempts, %d calls failed: %s\n", W.fetches - 3, W.failed,
           W.last_error);

    CHECK_INT(W.signed_expired, 0);
    printf("requests signed with expired credentials: %d\n", W.signed_expired);
    awsc_client_destroy(c);
    awsc_credentials_provider_release(p);
    awsc_stub_destroy(W.stub);
    awsc__creds_set_clock(NULL, NULL);
    unsetenv("AWS_CONTAINER_CREDENTIALS_FULL_URI");
}

/* ============================================= the loop is never blocked */

struct ticker {
    struct awsc_transport *t;
    int ticks;        /* all of them */
    int before_first; /* before the first call completed */
    int done, failed;
    bool stop;
    char akid[64];
};

static void tick(void *ud)
{
    struct ticker *k = ud;
    k->ticks++;
    if (getenv("REFRESH_TEST_DEBUG") && k->ticks % 100 == 0)
        fprintf(stderr, "ticks %d done %d pending %d\n", k->ticks, k->done,
                awsc_transport_pending(k->t));
    if (k->done == 0)
        k->before_first++;
    if (!k->stop)
        awsc_transport_timer_add(k->t, 10, tick, k, NULL);
}

static void live_done(void *ud, int status, struct awsc_creds_sts_assume_role_output *out,
                      struct awsc_error *err)
{
    struct ticker *k = ud;
    k->done++;
    if (status != AWSC_OK) {
        k->failed++;
        fprintf(stderr, "call failed: %s\n", err && err->message ? err->message : "");
    }
    awsc_output_free(out);
    if (k->done == 100)
        k->stop = true;
}

/* GET /count from the server */
static int server_count(struct awsc_transport *t)
{
    struct resp r;
    resp_init(&r);
    submit_simple(t, "GET", server_url("/count"), NULL, 0, NULL, &r);
    while (!r.done)
        awsc_transport_poll(t, 100);
    int n = r.body.data ? atoi(r.body.data) : -1;
    resp_clean_up(&r);
    return n;
}

static void run_live(struct awsc_credentials_provider *p, const char *what, int *fetches)
{
    struct awsc_transport *t = NULL;
    CHECK_INT(awsc_transport_new_default(NULL, &t), AWSC_OK);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = server_url("/");
    cfg.transport = t;
    cfg.credentials_provider = p;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK_INT(awsc_client_new(awsc_creds_sts_service(), &cfg, &c, &err), AWSC_OK);
    int before = server_count(t);
    struct ticker k = {t, 0, 0, 0, 0, false, ""};
    awsc_transport_timer_add(t, 10, tick, &k, NULL);
    for (int i = 0; i < 100; i++)
        CHECK_INT(awsc_creds_sts_assume_role_async(c, &INPUT, live_done, &k, &err), AWSC_OK);
    CHECK_INT(k.done, 0);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(k.done, 100);
    CHECK_INT(k.failed, 0);
    /* the loop went on while the credentials were fetched */
    CHECK(k.before_first >= 1);
    if (fetches)
        *fetches = server_count(t) - before;
    printf("%s: the loop's 10 ms ticker fired %d times before the first call completed "
           "(%d in all)\n",
           what, k.before_first, k.ticks);
    awsc_client_destroy(c);
    awsc_transport_release(t);
}

static void blocking_fetch(void *ud, struct awsc_credentials_fetch *f)
{
    atomic_int *count = ud;
    atomic_fetch_add(count, 1);
    usleep(300 * 1000); /* a slow vault, on its worker thread */
    struct awsc_credentials_info info = {"AKIDBLOCKING",         "secret", NULL, NULL,
                                         awsc__now().sec + 3600, NULL};
    awsc_credentials_fetch_done(f, &info);
}

static void test_never_blocked(void)
{
    struct awsc_credentials_provider *p = NULL;
#if AWSC_WITH_CONTAINER_CREDENTIALS
    setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", server_url("/creds?ms=300"), 1);
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK_INT(awsc_credentials_provider_builtin("container-role", NULL, &p, &err), AWSC_OK);
    int fetches = -1;
    run_live(p, "container endpoint answering in 300 ms", &fetches);
    CHECK_INT(fetches, 1);
    printf("  100 calls, %d credential request\n", fetches);
    awsc_credentials_provider_release(p);
    unsetenv("AWS_CONTAINER_CREDENTIALS_FULL_URI");
#else
    printf("SKIP a slow container endpoint: -Dcredential_providers leaves it out (no "
           "container)\n");
#endif

    atomic_int count;
    atomic_init(&count, 0);
    CHECK_INT(awsc_credentials_provider_new("slow-vault", blocking_fetch, &count, NULL,
                                            AWSC_PROVIDER_BLOCKING, &p),
              AWSC_OK);
    run_live(p, "a provider blocking its worker thread 300 ms", NULL);
    CHECK_INT(atomic_load(&count), 1);
    awsc_credentials_provider_release(p);
}

/* ================================================ shared across threads */

struct shared {
    atomic_int fetches;
};

static void *answer_later(void *arg)
{
    usleep(20 * 1000);
    struct awsc_credentials_info info = {"AKIDSHARED",           "secret", "token", "123456789012",
                                         awsc__now().sec + 3600, NULL};
    awsc_credentials_fetch_done(arg, &info);
    return NULL;
}

/* answers from a thread of its own, 20 ms later */
static void shared_fetch(void *ud, struct awsc_credentials_fetch *f)
{
    struct shared *s = ud;
    atomic_fetch_add(&s->fetches, 1);
    pthread_t th;
    if (pthread_create(&th, NULL, answer_later, f) != 0) {
        awsc_credentials_fetch_fail(f, AWSC_E_INTERNAL, "no thread");
        return;
    }
    pthread_detach(th);
}

struct worker {
    struct awsc_credentials_provider *p;
    pthread_barrier_t *go;
    int ok;
    int signed_shared;
};

static int worker_responder(void *ud, const struct awsc_stub_request *req,
                            struct awsc_stub_response *resp)
{
    struct worker *w = ud;
    const char *auth = awsc_stub_request_header(req, "Authorization");
    if (auth && strstr(auth, "Credential=AKIDSHARED/"))
        w->signed_shared++;
    resp->http_status = 200;
    resp->headers = "Content-Type: text/xml\r\n";
    resp->body = (const uint8_t *)STS_REPLY;
    resp->body_len = strlen(STS_REPLY);
    return 0;
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct awsc_stub *stub = NULL;
    if (awsc_stub_new(&stub) != AWSC_OK)
        return NULL;
    awsc_stub_set_responder(stub, worker_responder, w);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://sts.test";
    cfg.transport = awsc_stub_transport(stub);
    cfg.credentials_provider = w->p;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_client_new(awsc_creds_sts_service(), &cfg, &c, &err) == AWSC_OK) {
        pthread_barrier_wait(w->go);
        for (int i = 0; i < 50; i++) {
            struct awsc_creds_sts_assume_role_output *out = NULL;
            if (awsc_creds_sts_assume_role(c, &INPUT, &out, &err) == AWSC_OK)
                w->ok++;
            awsc_output_free(out);
            awsc_error_clean_up(&err);
        }
    } else {
        pthread_barrier_wait(w->go);
    }
    awsc_client_destroy(c);
    awsc_stub_destroy(stub);
    return NULL;
}

static void test_threads(void)
{
    struct shared s;
    atomic_init(&s.fetches, 0);
    struct awsc_credentials_provider *p = NULL;
    CHECK_INT(awsc_credentials_provider_new("shared", shared_fetch, &s, NULL, 0, &p), AWSC_OK);
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, 4);
    struct worker w[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        w[i] = (struct worker){p, &go, 0, 0};
        pthread_create(&th[i], NULL, worker_main, &w[i]);
    }
    int ok = 0, signed_shared = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        ok += w[i].ok;
        signed_shared += w[i].signed_shared;
    }
    pthread_barrier_destroy(&go);
    CHECK_INT(ok, 200);
    CHECK_INT(signed_shared, 200);
    CHECK_INT(atomic_load(&s.fetches), 1);
    printf("4 threads, 4 clients, 200 sync calls, one shared provider: %d fetch\n",
           atomic_load(&s.fetches));
    awsc_credentials_provider_release(p);
}

/* ======================================================= bearer tokens */

static void token_fetch(void *ud, struct awsc_token_fetch *f)
{
    int *n = ud;
    (*n)++;
    struct awsc_token_info t = {"bearer-token-1", awsc__now().sec + 3600, NULL};
    awsc_token_fetch_done(f, &t);
}

static void test_bearer(void)
{
    struct awsc_stub *stub = NULL;
    CHECK_INT(awsc_stub_new(&stub), AWSC_OK);
    int fetches = 0;
    struct awsc_token_provider *tp = NULL;
    CHECK_INT(awsc_token_provider_new("my-token", token_fetch, &fetches, NULL, 0, &tp), AWSC_OK);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = "http://sts.test";
    cfg.transport = awsc_stub_transport(stub);
    cfg.token_provider = tp;
    static const struct awsc_credentials none = {"AKIDNOTUSED", "s", NULL};
    cfg.credentials = &none;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK_INT(awsc_client_new(awsc_creds_sts_service(), &cfg, &c, &err), AWSC_OK);
    /* an operation whose auth is bearer (the model says so for some
     * services' operations): AssumeRole's descriptor with that auth */
    static struct hand_service copy;
    struct awsc_operation *op =
        hand_copy_operation(&copy, awsc_service_operation(awsc_creds_sts_service(), "AssumeRole"));
    op->auth = AWSC_AUTH_BEARER;
    for (int i = 0; i < 3; i++) {
        awsc_stub_push_simple(stub, 200, "Content-Type: text/xml\r\n", STS_REPLY);
        void *out = NULL;
        CHECK_INT(awsc_call(c, op, &INPUT, &out, &err), AWSC_OK);
        awsc_output_free(out);
    }
    CHECK_INT(awsc_stub_request_count(stub), 3);
    const struct awsc_stub_request *r = awsc_stub_request(stub, 2);
    CHECK_STR(awsc_stub_request_header(r, "Authorization"), "Bearer bearer-token-1");
    CHECK(awsc_stub_request_header(r, "X-Amz-Date") == NULL);
    CHECK_INT(fetches, 1);
    printf("bearer: Authorization: %s on 3 calls, %d token fetch\n",
           awsc_stub_request_header(r, "Authorization"), fetches);
    awsc_client_destroy(c);
    awsc_token_provider_release(tp);

    /* the default: botocore's SSO token provider, and a profile without
     * sso_session has no token (botocore's NoAuthTokenError) */
    cfg.token_provider = NULL;
    CHECK_INT(awsc_client_new(awsc_creds_sts_service(), &cfg, &c, &err), AWSC_OK);
    void *out = NULL;
    CHECK_INT(awsc_call(c, op, &INPUT, &out, &err), AWSC_E_CREDENTIALS);
    CHECK(err.message && strstr(err.message, "Unable to locate authorization token") &&
          strstr(err.message, "sso_session"));
    printf("bearer without a token: %s\n", err.message);
    CHECK_INT(awsc_stub_request_count(stub), 3);
    awsc_error_clean_up(&err);
    awsc_client_destroy(c);
    awsc_stub_destroy(stub);
}

/* ================================= destroyed while waiting for credentials */

static void cancelled_done(void *ud, int status, struct awsc_creds_sts_assume_role_output *out,
                           struct awsc_error *err)
{
    (void)err;
    int *cancelled = ud;
    if (status == AWSC_E_CANCELLED)
        (*cancelled)++;
    awsc_output_free(out);
}

static void test_destroy_while_waiting(void)
{
    atomic_int count;
    atomic_init(&count, 0);
    struct awsc_credentials_provider *p = NULL;
    CHECK_INT(awsc_credentials_provider_new("slow-vault", blocking_fetch, &count, NULL,
                                            AWSC_PROVIDER_BLOCKING, &p),
              AWSC_OK);
    struct awsc_transport *t = NULL;
    CHECK_INT(awsc_transport_new_default(NULL, &t), AWSC_OK);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = server_url("/");
    cfg.transport = t;
    cfg.credentials_provider = p;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    CHECK_INT(awsc_client_new(awsc_creds_sts_service(), &cfg, &c, &err), AWSC_OK);
    int cancelled = 0;
    for (int i = 0; i < 10; i++)
        CHECK_INT(awsc_creds_sts_assume_role_async(c, &INPUT, cancelled_done, &cancelled, &err),
                  AWSC_OK);
    awsc_transport_poll(t, 10);
    awsc_client_destroy(c); /* the fetch still runs on its worker */
    CHECK_INT(cancelled, 10);
    awsc_transport_release(t); /* waits for the worker's answer */
    awsc_credentials_provider_release(p);
    printf("client destroyed while 10 calls waited for credentials: %d cancelled\n", cancelled);
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    server_start(argc, argv);
    setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
    setenv("AWS_CONFIG_FILE", "/nonexistent/awsc-config", 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsc-credentials", 1);
    unsetenv("AWS_PROFILE");
    test_across_expiry();
    test_never_blocked();
    test_threads();
    test_bearer();
    test_destroy_while_waiting();
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
