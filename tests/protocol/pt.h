/*
 * tests/protocol/pt.h - the table of protocol test cases that
 * codegen/protocol_tests.py generates from a botocore suite file.
 */
#ifndef AWSC_PT_H
#define AWSC_PT_H

#include <awsc/shape.h>

struct pt_case {
    int suite; /* index of the suite in the file */
    int index; /* index of the case in the suite */
    const char *id;
    const struct awsc_operation *op;
};

extern const struct pt_case pt_cases[];
extern const size_t pt_case_count;

#endif
