/*
 * tools/cli/help.c - `awsc help`, `awsc SERVICE help` and `awsc SERVICE
 * OPERATION help`: the reference's man pages (codegen/docs.py renders
 * them: `ninja docs`, or -Ddocs=true to install them), shown by man(1).
 *
 * A page is looked for in $AWSC_MAN_DIR, then in the build's docs/man1
 * and the installed man1 folder (both compiled in, AWSC_CLI_MAN_DIRS).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"

#ifndef AWSC_CLI_MAN_DIRS
#define AWSC_CLI_MAN_DIRS ""
#endif

/* The page's file in dir, if it is there. */
static bool find(const char *dir, size_t dir_len, const char *page, char *path, size_t cap)
{
    int n = snprintf(path, cap, "%.*s/%s", (int)dir_len, dir, page);
    return n > 0 && (size_t)n < cap && access(path, R_OK) == 0;
}

bool cli_help_page(const char *service, const char *operation)
{
    char page[256], path[4096];
    char op[128] = "";
    if (operation)
        cli_kebab(operation, op, sizeof op);
    if (service && operation)
        snprintf(page, sizeof page, "awsc-%s-%s.1", service, op);
    else if (service)
        snprintf(page, sizeof page, "awsc-%s.1", service);
    else
        snprintf(page, sizeof page, "awsc.1");
    const char *env = getenv("AWSC_MAN_DIR");
    bool found = env && *env && find(env, strlen(env), page, path, sizeof path);
    for (const char *dirs = AWSC_CLI_MAN_DIRS; !found && *dirs;) {
        const char *end = strchr(dirs, ':');
        size_t len = end ? (size_t)(end - dirs) : strlen(dirs);
        found = len && find(dirs, len, page, path, sizeof path);
        dirs += len + (end ? 1 : 0);
    }
    if (!found)
        return false;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        execlp("man", "man", "-l", path, (char *)NULL);
        /* no man(1): the page's source is still readable */
        execlp("cat", "cat", path, (char *)NULL);
        _exit(127);
    }
    int st = 0;
    if (pid > 0)
        waitpid(pid, &st, 0);
    return pid > 0;
}
