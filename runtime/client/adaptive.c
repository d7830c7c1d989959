/*
 * The "adaptive" retry mode's client-side rate limiter, as botocore 1.29.27
 * defines it (retries/adaptive.py, bucket.py, throttling.py): on top of the
 * standard mode's retries, a client that has been throttled sends no
 * faster than a token bucket allows, whose rate follows CUBIC: cut to 70%
 * of the measured sending rate at each throttling error, grown back along
 * a cubic curve with each success.
 *
 * Times are seconds on the call's transport clock (monotonic; virtual on
 * the stub transport). The arithmetic is botocore's, step for step, so
 * that the rates agree (tests/client/adaptive_oracle.py).
 */
#include "client.h"

#include <math.h>
#include <string.h>

#define MIN_RATE        0.5 /* TokenBucket._MIN_RATE */
#define SMOOTHING       0.8 /* RateClocker._DEFAULT_SMOOTHING */
#define BUCKET_RANGE    0.5 /* RateClocker._TIME_BUCKET_RANGE */
#define SCALE_CONSTANT  0.4 /* CubicCalculator._SCALE_CONSTANT */
#define BETA            0.7 /* CubicCalculator._BETA */
#define MAX_RATE_ADJUST 2.0 /* ClientRateLimiter._MAX_RATE_ADJUST_SCALE */

/* TokenBucket._refill */
static void refill(struct awsc__rate_limiter *l, double now)
{
    if (!l->has_last_refill) {
        l->last_refill = now;
        l->has_last_refill = true;
        return;
    }
    double capacity = l->capacity + (now - l->last_refill) * l->fill_rate;
    l->capacity = capacity < l->max_capacity ? capacity : l->max_capacity;
    l->last_refill = now;
}

/* TokenBucket.max_rate's setter */
static void set_max_rate(struct awsc__rate_limiter *l, double rate, double now)
{
    refill(l, now);
    l->fill_rate = rate > MIN_RATE ? rate : MIN_RATE;
    l->max_capacity = rate >= 1 ? rate : 1;
    if (l->capacity > l->max_capacity)
        l->capacity = l->max_capacity;
}

/* CubicCalculator._calculate_zero_point */
static double zero_point(double w_max)
{
    return pow(w_max * (1 - BETA) / SCALE_CONSTANT, 1 / 3.0);
}

void awsc__limiter_init(struct awsc__rate_limiter *l, double now)
{
    memset(l, 0, sizeof *l);
    l->initialized = true;
    /* CubicCalculator(starting_max_rate=0, start_time=now) */
    l->w_max = 0;
    l->k = zero_point(0);
    l->last_fail = now;
    /* RateClocker */
    l->last_bucket = floor(now);
    /* TokenBucket(max_rate=1) */
    set_max_rate(l, 1, now);
}

double awsc__limiter_acquire(struct awsc__rate_limiter *l, double now)
{
    if (!l->enabled)
        return 0;
    refill(l, now);
    if (l->capacity >= 1) {
        l->capacity -= 1;
        return 0;
    }
    return (1 - l->capacity) / l->fill_rate;
}

void awsc__limiter_record(struct awsc__rate_limiter *l, double now, bool throttled)
{
    /* RateClocker.record */
    double bucket = floor(now * (1 / BUCKET_RANGE)) / (1 / BUCKET_RANGE);
    l->count++;
    if (bucket > l->last_bucket) {
        double current = l->count / (bucket - l->last_bucket);
        l->measured_rate = current * SMOOTHING + l->measured_rate * (1 - SMOOTHING);
        l->count = 0;
        l->last_bucket = bucket;
    }
    double measured = l->measured_rate;
    double new_rate;
    if (!throttled) {
        /* CubicCalculator.success_received */
        double dt = now - l->last_fail;
        new_rate = SCALE_CONSTANT * pow(dt - l->k, 3) + l->w_max;
    } else {
        double rate = measured;
        if (l->enabled && l->fill_rate < rate)
            rate = l->fill_rate;
        /* CubicCalculator.error_received */
        l->w_max = rate;
        l->k = zero_point(rate);
        l->last_fail = now;
        new_rate = rate * BETA;
        l->enabled = true;
    }
    double cap = MAX_RATE_ADJUST * measured;
    set_max_rate(l, new_rate < cap ? new_rate : cap, now);
}
