#!/usr/bin/python3
"""The adaptive retry mode's rate limiter against botocore's: the same
script of attempts and responses (throttled or not, at seeded random times)
drives botocore's ClientRateLimiter (with its TokenBucket, RateClocker and
CubicCalculator, on a fake clock) and awsc's (adaptive_dump); after every
step the wait before a send, the bucket's fill rate, capacity and maximum,
the measured sending rate and whether the limiter is on must agree.

usage: adaptive_oracle.py PATH/adaptive_dump
"""
import math
import os
import random
import sys

from botocore.exceptions import CapacityNotAvailableError
from botocore.retries import adaptive, bucket, throttling

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import exe_wrapper  # noqa: E402  (meson's exe_wrapper: qemu-user in a cross build)

STEPS = 2000


class FakeClock(bucket.Clock):
    def __init__(self, t):
        self.t = t

    def current_time(self):
        return self.t

    def sleep(self, amount):
        raise AssertionError("the oracle never sleeps")


class Detector:
    """Stands for the throttling detector: the script says."""

    def is_throttling_error(self, throttle=False, **kwargs):
        return throttle


def botocore_run(rng):
    """The script, and botocore's results for it."""
    t = 1_000_000.25
    clock = FakeClock(t)
    tb = bucket.TokenBucket(max_rate=1, clock=clock)
    limiter = adaptive.ClientRateLimiter(
        rate_adjustor=throttling.CubicCalculator(starting_max_rate=0, start_time=t),
        rate_clocker=adaptive.RateClocker(clock), token_bucket=tb,
        throttling_detector=Detector(), clock=clock)
    script, results = [f"init {t!r}"], []

    def state():
        return (tb._fill_rate, tb._max_capacity, tb._current_capacity,
                limiter._rate_clocker.measured_rate, int(limiter._enabled))

    results.append(("state",) + state())
    throttle_p = 0.0
    for i in range(STEPS):
        if i % 200 == 0:
            throttle_p = rng.choice([0.0, 0.05, 0.3, 0.8])
        t += rng.choice([0.0005, 0.01, 0.05, 0.2, 0.7, 2.5]) * rng.random()
        # a send, held until the bucket has a token; awsc's timer waits
        # whole milliseconds, rounded up
        for _ in range(100):
            clock.t = t
            if limiter._enabled:
                try:
                    tb.acquire(block=False)
                    wait = 0.0
                except CapacityNotAvailableError:
                    wait = tb._sleep_amount(1)
            else:
                wait = 0.0
            script.append(f"send {t!r}")
            results.append(("wait", wait))
            results.append(("state",) + state())
            if wait <= 0:
                break
            t += math.ceil(wait * 1000) / 1000
        else:
            raise AssertionError("a send held back 100 times")
        t += rng.random() * 0.3
        clock.t = t
        throttled = rng.random() < throttle_p
        limiter.on_receiving_response(throttle=throttled)
        script.append(f"recv {t!r} {int(throttled)}")
        results.append(("state",) + state())
    return script, results


def close(a, b):
    return a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    script, want = botocore_run(random.Random(20231114))
    run = exe_wrapper.run([sys.argv[1]], input="\n".join(script) + "\n", capture_output=True,
                          text=True)
    if run.returncode != 0:
        sys.exit(f"adaptive_dump failed: {run.stderr}")
    got = [line.split() for line in run.stdout.splitlines()]
    if len(got) != len(want):
        sys.exit(f"adaptive_dump gave {len(got)} lines, botocore {len(want)}")
    bad = 0
    waits = throttled_waits = 0
    for i, (g, w) in enumerate(zip(got, want)):
        same = g[0] == w[0] and all(close(float(x), float(y)) for x, y in zip(g[1:], w[1:]))
        if w[0] == "wait":
            waits += 1
            throttled_waits += w[1] > 0
        if not same:
            bad += 1
            if bad <= 5:
                print(f"step {i}: awsc {' '.join(g)}\n         botocore {w}")
    print(f"adaptive rate limiter: {len(want)} states and waits compared over {STEPS} "
          f"attempts ({throttled_waits} of {waits} sends held back), {bad} differ")
    return 1 if bad or throttled_waits == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
