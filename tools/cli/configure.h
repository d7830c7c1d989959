/*
 * tools/cli/configure.h - `awsc configure list | export-credentials`
 * (configure.c), get, set and the prompt (configure_file.c), and the MFA
 * prompt the tool gives its clients.
 */
#ifndef AWSC_TOOLS_CONFIGURE_H
#define AWSC_TOOLS_CONFIGURE_H

#include <stddef.h>

/* argv[i] is what follows "configure"; profile is the global --profile
 * (NULL when none). Returns the exit status, as the AWS CLI's. */
int awsc_cli_configure(const char *profile, int argc, char **argv, int i);

/* configure_file.c: `awsc configure get NAME`, `awsc configure set NAME
 * VALUE` and `awsc configure` (the prompt); profile: the global --profile.
 * They return the exit status. */
/* getenv, with an empty value taken as unset (NULL). */
const char *cli_getenv_set(const char *name);
/* The profile the AWS CLI's session names: --profile (option), else
 * AWS_PROFILE, else AWS_DEFAULT_PROFILE; NULL when none does. */
const char *cli_session_profile(const char *option);

int cli_configure_get(const char *profile, const char *name);
int cli_configure_set(const char *profile, const char *name, const char *value);
int cli_configure_prompt(const char *profile);

/* awsc_mfa_fn: "Enter MFA code for SERIAL: " on the terminal. */
int awsc_cli_mfa_prompt(void *ud, const char *serial, char *code, size_t cap);

#endif
