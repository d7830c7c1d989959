/*
 * tools/cli/configure.h - `awsc configure list | export-credentials`
 * (configure.c), and the MFA prompt the tool gives its clients.
 */
#ifndef AWSC_TOOLS_CONFIGURE_H
#define AWSC_TOOLS_CONFIGURE_H

#include <stddef.h>

/* argv[i] is what follows "configure"; profile is the global --profile
 * (NULL when none). Returns the exit status, as the AWS CLI's. */
int awsc_cli_configure(const char *profile, int argc, char **argv, int i);

/* awsc_mfa_fn: "Enter MFA code for SERIAL: " on the terminal. */
int awsc_cli_mfa_prompt(void *ud, const char *serial, char *code, size_t cap);

#endif
