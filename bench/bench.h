/* Small helpers the benchmark programs share: a monotonic clock and the
 * process's peak resident size. */
#ifndef AWSC_BENCH_H
#define AWSC_BENCH_H

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

/* seconds on the monotonic clock */
static inline double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* the process's peak resident size so far, in KiB: VmHWM, its own since
 * exec (getrusage's ru_maxrss keeps the peak of the process that forked
 * it, a Python parent's 24 MiB, say) */
static inline long peak_kib(void)
{
    long kib = -1;
    FILE *f = fopen("/proc/self/status", "r");
    char line[128];
    while (f && kib < 0 && fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld kB", &kib) != 1)
            kib = -1;
    if (f)
        fclose(f);
    if (kib < 0) {
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        kib = ru.ru_maxrss;
    }
    return kib;
}

#endif
