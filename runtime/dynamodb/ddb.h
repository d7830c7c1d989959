/*
 * runtime/dynamodb/ddb.h - private parts shared by the DynamoDB layer's
 * files: the arena with its sticky error.
 */
#ifndef AWSC_DDB_PRIVATE_H
#define AWSC_DDB_PRIVATE_H

#include <awsc/dynamodb_easy.h>

#include "core.h"

struct awsc_ddb_arena {
    struct awsc_arena *mem;
    int status;        /* the first error, or AWSC_OK */
    char message[320]; /* its message */
};

/* Records the first error (later ones are dropped); returns status. */
int awsc__ddb_set_error(struct awsc_ddb_arena *a, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Arena allocation; records AWSC_E_NOMEM on failure. */
void *awsc__ddb_alloc(struct awsc_ddb_arena *a, size_t n);
/* A deep copy of v into a (false, with the error recorded, on failure). */
bool awsc__ddb_copy_into(struct awsc_ddb_arena *a, const awsc_ddb_value *v, awsc_ddb_value *out);

#endif
