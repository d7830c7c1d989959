/*
 * adaptive_dump: the adaptive retry mode's rate limiter driven by a script
 * on stdin, its state printed after each step, for the comparison with
 * botocore's ClientRateLimiter (adaptive_oracle.py).
 *
 *   init T          a new limiter at time T (seconds)
 *   send T          an attempt about to go: prints "wait W" (0: it goes)
 *   recv T 0|1      an attempt's response, 1 when it is a throttling error
 *
 * After each line: "state FILL_RATE MAX_CAPACITY CAPACITY MEASURED ENABLED".
 */
#include <stdio.h>
#include <string.h>

#include "client/client.h"

int main(void)
{
    struct awsc__rate_limiter l;
    memset(&l, 0, sizeof l);
    char cmd[16];
    double t;
    while (scanf("%15s %lf", cmd, &t) == 2) {
        if (strcmp(cmd, "init") == 0) {
            awsc__limiter_init(&l, t);
        } else if (strcmp(cmd, "send") == 0) {
            printf("wait %.17g\n", awsc__limiter_acquire(&l, t));
        } else if (strcmp(cmd, "recv") == 0) {
            int throttled = 0;
            if (scanf("%d", &throttled) != 1)
                return 2;
            awsc__limiter_record(&l, t, throttled != 0);
        } else {
            fprintf(stderr, "adaptive_dump: unknown step %s\n", cmd);
            return 2;
        }
        printf("state %.17g %.17g %.17g %.17g %d\n", l.fill_rate, l.max_capacity, l.capacity,
               l.measured_rate, l.enabled ? 1 : 0);
    }
    return 0;
}
