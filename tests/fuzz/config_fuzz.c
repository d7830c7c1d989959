/*
 * config_fuzz: the shared config and credentials files' reader (Python's
 * configparser as botocore uses it, nested values included) on any bytes:
 * parsed or refused with a line number, never a crash or a read outside
 * the text. Every key of every section (and of [DEFAULT]) is then looked
 * up, nested sub-keys too.
 *
 * Built as a libFuzzer target with -Dfuzz=true (scripts/fuzz 300
 * config_fuzz); its kept inputs, tests/fuzz/configs/, run in the test
 * fuzz-configs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/ini.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct awsc_arena *arena = awsc__arena_new();
    if (!arena)
        return 0;
    struct awsc__ini f;
    memset(&f, 0, sizeof f);
    f.path = "fuzz-config";
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc__ini_parse(arena, (const char *)data, size, &f, &err);
    size_t lookups = 0;
    if (rc == AWSC_OK) {
        for (const struct awsc__ini_section *s = f.sections; s; s = s->next)
            for (const struct awsc__ini_entry *e = s->entries; e; e = e->next) {
                const struct awsc__ini_entry *got = awsc__ini_get(&f, s, e->key);
                lookups += got != NULL;
                for (const struct awsc__ini_entry *sub = got ? got->sub : NULL; sub;
                     sub = sub->next)
                    lookups += awsc__ini_sub(got, sub->key) != NULL;
            }
        if (f.defaults)
            for (const struct awsc__ini_entry *e = f.defaults->entries; e; e = e->next)
                lookups += awsc__ini_get(&f, f.defaults, e->key) != NULL;
    }
    if (getenv("AWSC_FUZZ_VERBOSE"))
        printf("%s: %zu lookups\n", rc == AWSC_OK ? "parsed" : err.message, lookups);
    awsc_error_clean_up(&err);
    awsc__arena_destroy(arena);
    return 0;
}
