/*
 * Helpers shared by the integration test programs: checks that count
 * failures and go on, the test environment (dummy credentials, a private
 * HOME), clocks, and reporting of awsc errors.
 */
#ifndef AWSC_ITEST_H
#define AWSC_ITEST_H

#include <awsc/awsc.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The number of failed checks so far. */
extern int itest_failures;

/* Reports a failed check and returns false. */
bool itest_fail_at(const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* CHECK(cond, fmt, ...): a failed check is reported and counted; the test
 * goes on. The message must be given (a plain string is fine). */
#define CHECK(cond, ...) ((cond) ? true : itest_fail_at(__FILE__, __LINE__, __VA_ARGS__))

/* An unconditional failure; returns false. */
#define FAIL(...) itest_fail_at(__FILE__, __LINE__, __VA_ARGS__)

/* A call that must succeed: reports the whole awsc_error when it did not,
 * and releases err either way. */
#define CHECK_OK(rc, err, what) itest_check_ok(__FILE__, __LINE__, (rc), (err), (what))
bool itest_check_ok(const char *file, int line, int rc, struct awsc_error *err, const char *what);

/* Prints every field of an error on stderr. */
void itest_print_error(const char *what, int rc, const struct awsc_error *err);

/* Dummy credentials and region, a fresh empty HOME, and none of the AWS_*
 * variables that could point at real configuration. Call first. */
void itest_env_set_up(void);
/* Removes the private HOME. */
void itest_env_clean_up(void);

/* The server URL: argv[1] when given, else the environment variable
 * (AWSC_TEST_DYNALITE_URL ...). Exits with status 77 (skipped) when
 * neither is there. */
const char *itest_server_url(int argc, char **argv, const char *env_name);

/* Writes into buf (n bytes) the shell command that runs PROGRAM, a program
 * built here, with ARGS (shell words, given as they are): behind meson's
 * exe_wrapper (MESON_EXE_WRAPPER, qemu-user in a cross build) when the test
 * has one. False, with a failed check, when it does not fit. */
bool itest_program_command(char *buf, size_t n, const char *program, const char *args);

void itest_sleep_ms(long ms);
/* A monotonic clock in milliseconds (fractional). */
double itest_now_ms(void);

/* The exit status for main: 0 when every check passed. Prints a summary
 * line naming the program. */
int itest_finish(const char *name);

#endif
