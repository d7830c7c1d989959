/*
 * The libcurl transport on an application's own event loop: a small
 * poll()-based loop here watches the sockets the transport names and arms
 * the one timer it asks for, and calls back in.
 *
 * Usage: test_loop PYTHON http_server.py
 */
#include "http/http.h"
#include "testutil.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <unistd.h>

/* ------------------------------------------------------------ the loop */

struct loop {
    struct pollfd fds[512];
    int nfds;
    int64_t deadline; /* monotonic ms, -1: no timer */
    int socket_calls;
    int timer_calls;
    long last_timeout;
    int max_fds;
};

static void loop_socket(void *ud, int fd, int what)
{
    struct loop *l = ud;
    l->socket_calls++;
    int i;
    for (i = 0; i < l->nfds && l->fds[i].fd != fd; i++)
        ;
    if (what & AWSC_POLL_REMOVE) {
        if (i < l->nfds)
            l->fds[i] = l->fds[--l->nfds];
        return;
    }
    if (i == l->nfds) {
        REQUIRE(l->nfds < (int)AWSC_ARRAY_LEN(l->fds));
        l->fds[l->nfds++].fd = fd;
    }
    l->fds[i].events =
        (short)(((what & AWSC_POLL_IN) ? POLLIN : 0) | ((what & AWSC_POLL_OUT) ? POLLOUT : 0));
    if (l->nfds > l->max_fds)
        l->max_fds = l->nfds;
}

static void loop_timer(void *ud, long timeout_ms)
{
    struct loop *l = ud;
    l->timer_calls++;
    l->last_timeout = timeout_ms;
    l->deadline = timeout_ms < 0 ? -1 : awsc__monotonic_ms() + timeout_ms;
}

/* One turn: wait for a socket or the timer, then call the transport. */
static int loop_turn(struct loop *l, struct awsc_transport *t)
{
    int timeout = -1;
    if (l->deadline >= 0) {
        int64_t d = l->deadline - awsc__monotonic_ms();
        timeout = d < 0 ? 0 : (int)d;
    }
    if (timeout < 0 && l->nfds == 0)
        return -1; /* nothing to wait for */
    int n = poll(l->fds, (nfds_t)l->nfds, timeout);
    if (n < 0 && errno != EINTR)
        return -1;
    /* the transport may change the set while we walk it: take a copy */
    struct pollfd ready[512];
    int nready = 0;
    for (int i = 0; i < l->nfds && n > 0; i++)
        if (l->fds[i].revents)
            ready[nready++] = l->fds[i];
    for (int i = 0; i < nready; i++) {
        int ev = 0;
        if (ready[i].revents & (POLLIN | POLLHUP | POLLERR))
            ev |= AWSC_POLL_IN;
        if (ready[i].revents & (POLLOUT | POLLERR))
            ev |= AWSC_POLL_OUT;
        int r = awsc_transport_socket_action(t, ready[i].fd, ev);
        CHECK(r >= 0);
    }
    if (l->deadline >= 0 && awsc__monotonic_ms() >= l->deadline) {
        l->deadline = -1;
        int r = awsc_transport_timeout_action(t);
        CHECK(r >= 0);
    }
    return awsc_transport_pending(t);
}

static void loop_run(struct loop *l, struct awsc_transport *t, int64_t limit_ms)
{
    int64_t end = awsc__monotonic_ms() + limit_ms;
    while (awsc_transport_pending(t) > 0) {
        REQUIRE(awsc__monotonic_ms() < end);
        REQUIRE(loop_turn(l, t) >= 0);
    }
}

/* --------------------------------------------------------------- tests */

struct order {
    int seen[8];
    int64_t at[8];
    int n;
};

struct tick {
    struct order *o;
    int id;
};

static void record_tick(void *ud)
{
    struct tick *k = ud;
    k->o->at[k->o->n] = awsc__monotonic_ms();
    k->o->seen[k->o->n++] = k->id;
}

static void test_requests_and_timers(void)
{
    enum { N = 50 };
    struct awsc_transport *t = NULL;
    REQUIRE(awsc_transport_new_curl(NULL, &t) == AWSC_OK);
    struct loop l;
    memset(&l, 0, sizeof l);
    l.deadline = -1;
    CHECK_INT(awsc_transport_set_loop(t, loop_socket, loop_timer, &l), AWSC_OK);
    CHECK_INT(awsc_transport_poll(t, 0), AWSC_E_BUSY);

    /* timers alone: the loop's timer is ours */
    struct order o = {{0}, {0}, 0};
    struct tick k[3] = {{&o, 1}, {&o, 2}, {&o, 3}};
    void *cancelled;
    int64_t start = awsc__monotonic_ms();
    CHECK_INT(awsc_transport_timer_add(t, 80, record_tick, &k[1], NULL), AWSC_OK);
    CHECK(l.last_timeout >= 70 && l.last_timeout <= 80);
    CHECK_INT(awsc_transport_timer_add(t, 40, record_tick, &k[0], NULL), AWSC_OK);
    CHECK(l.last_timeout >= 30 && l.last_timeout <= 40);
    CHECK_INT(awsc_transport_timer_add(t, 20, record_tick, &k[2], &cancelled), AWSC_OK);
    awsc_transport_timer_cancel(t, cancelled);
    CHECK(l.last_timeout >= 30 && l.last_timeout <= 40);
    loop_run(&l, t, 5000);
    CHECK_INT(o.n, 2);
    CHECK_INT(o.seen[0], 1);
    CHECK_INT(o.seen[1], 2);
    CHECK(o.at[0] - start >= 40);
    CHECK(o.at[1] - start >= 80);
    CHECK_INT(l.last_timeout, -1);

    /* many requests and a timer together */
    static struct resp rs[N];
    char path[64];
    for (int i = 0; i < N; i++) {
        resp_init(&rs[i]);
        snprintf(path, sizeof path, "/echo?i=%d", i);
        submit_simple(t, i % 2 ? "POST" : "GET", server_url(path), NULL, 0,
                      i % 2 ? "payload" : NULL, &rs[i]);
    }
    CHECK_INT(awsc_transport_set_loop(t, NULL, NULL, NULL), AWSC_E_BUSY);
    struct resp big;
    resp_init(&big);
    submit_simple(t, "GET", server_url("/big?n=2000000"), NULL, 0, NULL, &big);
    o.n = 0;
    CHECK_INT(awsc_transport_timer_add(t, 30, record_tick, &k[2], NULL), AWSC_OK);
    loop_run(&l, t, 20000);
    int ok = 0;
    for (int i = 0; i < N; i++) {
        snprintf(path, sizeof path, "\"path\": \"/echo?i=%d\"", i);
        ok += rs[i].done_calls == 1 && rs[i].done_status == AWSC_OK && rs[i].body.data &&
              strstr(rs[i].body.data, path) != NULL;
    }
    CHECK_INT(ok, N);
    CHECK_INT(big.done_status, AWSC_OK);
    CHECK_INT(big.body.len, 2000000);
    CHECK_INT(o.n, 1);
    CHECK(l.socket_calls > 0);
    CHECK(l.max_fds > 1);
    CHECK(l.timer_calls > 0);
    for (int i = 0; i < N; i++)
        resp_clean_up(&rs[i]);
    resp_clean_up(&big);

    /* the read timeout is kept on this loop too */
    struct awsc_http_request req = {0};
    req.method = "GET";
    req.url = server_url("/slow-headers?ms=3000");
    req.read_timeout_ms = 200;
    struct resp slow;
    resp_init(&slow);
    struct awsc_http_handler h = resp_handler(&slow);
    start = awsc__monotonic_ms();
    CHECK_INT(awsc_transport_submit(t, &req, &h, NULL), AWSC_OK);
    loop_run(&l, t, 5000);
    CHECK_INT(slow.done_status, AWSC_E_TIMEOUT);
    CHECK(slow.done_ms - start >= 150 && slow.done_ms - start < 2000);
    resp_clean_up(&slow);

    /* cancel from outside the loop: on_done at once */
    struct resp held;
    resp_init(&held);
    void *handle = submit_simple(t, "GET", server_url("/hold?ms=3000"), NULL, 0, NULL, &held);
    for (int i = 0; i < 5; i++) {
        l.deadline = awsc__monotonic_ms(); /* turn without waiting */
        loop_turn(&l, t);
    }
    awsc_transport_cancel(t, handle);
    CHECK_INT(held.done_calls, 1);
    CHECK_INT(held.done_status, AWSC_E_CANCELLED);
    CHECK_INT(awsc_transport_pending(t), 0);
    resp_clean_up(&held);

    /* back to the built-in loop */
    CHECK_INT(awsc_transport_set_loop(t, NULL, NULL, NULL), AWSC_OK);
    struct resp last;
    resp_init(&last);
    submit_simple(t, "GET", server_url("/echo"), NULL, 0, NULL, &last);
    CHECK_INT(awsc_transport_run(t), AWSC_OK);
    CHECK_INT(last.done_status, AWSC_OK);
    resp_clean_up(&last);
    awsc_transport_release(t);
}

/* Work finishing on another thread comes back to the loop as a posted
 * task: on the application's loop through the wake-up pipe it watches, on
 * the built-in loop through the wake-up descriptor its wait watches. */
struct posted {
    struct awsc__task task;
    struct awsc_transport *t;
    pthread_t self;
    bool ran_on_loop_thread;
    int runs;
};

static void posted_run(struct awsc__task *task)
{
    struct posted *p = (struct posted *)(void *)task;
    p->runs++;
    p->ran_on_loop_thread = pthread_equal(pthread_self(), p->self);
}

static void *post_later(void *arg)
{
    struct posted *p = arg;
    usleep(100 * 1000);
    awsc__transport_post(p->t, &p->task);
    return NULL;
}

static void test_posts_from_threads(void)
{
    struct awsc_transport *t = NULL;
    REQUIRE(awsc_transport_new_curl(NULL, &t) == AWSC_OK);
    struct loop l;
    memset(&l, 0, sizeof l);
    l.deadline = -1;
    CHECK_INT(awsc_transport_set_loop(t, loop_socket, loop_timer, &l), AWSC_OK);
    CHECK_INT(l.nfds, 1); /* the wake-up pipe */
    for (int round = 0; round < 2; round++) {
        struct posted p = {{posted_run, true, NULL}, t, pthread_self(), false, 0};
        awsc__transport_await(t, true);
        CHECK_INT(awsc_transport_pending(t), 1);
        CHECK_INT(awsc_transport_set_loop(t, NULL, NULL, NULL), AWSC_E_BUSY);
        pthread_t th;
        REQUIRE(pthread_create(&th, NULL, post_later, &p) == 0);
        int64_t start = awsc__monotonic_ms();
        if (round == 0) {
            loop_run(&l, t, 5000); /* blocked in poll() until the pipe wakes it */
        } else {
            CHECK_INT(awsc_transport_set_loop(t, NULL, NULL, NULL), AWSC_E_BUSY);
            while (awsc_transport_pending(t) > 0)
                awsc_transport_poll(t, -1); /* blocked in the built-in wait */
        }
        pthread_join(th, NULL);
        CHECK_INT(p.runs, 1);
        CHECK(p.ran_on_loop_thread);
        CHECK(awsc__monotonic_ms() - start >= 90);
        if (round == 0) {
            CHECK_INT(awsc_transport_set_loop(t, NULL, NULL, NULL), AWSC_OK);
            CHECK_INT(l.nfds, 0);
        }
    }
    /* a task withdrawn before it ran */
    struct posted q = {{posted_run, false, NULL}, t, pthread_self(), false, 0};
    awsc__transport_await(t, false);
    awsc__transport_post(t, &q.task);
    CHECK(awsc__transport_unpost(t, &q.task));
    CHECK(!awsc__transport_unpost(t, &q.task));
    CHECK_INT(awsc_transport_pending(t), 0);
    CHECK_INT(q.runs, 0);
    awsc_transport_release(t);
}

int main(int argc, char **argv)
{
    server_start(argc, argv);
    test_requests_and_timers();
    test_posts_from_threads();
    server_stop();
    if (test_failures)
        fprintf(stderr, "%d check(s) failed\n", test_failures);
    return test_failures ? 1 : 0;
}
