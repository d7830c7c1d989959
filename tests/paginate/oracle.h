/*
 * The JMESPath oracle's cases (oracle_cases.c, made by oracle_gen.py): an
 * expression compiled against the output shape it is evaluated on.
 */
#ifndef AWSC_TEST_ORACLE_H
#define AWSC_TEST_ORACLE_H

#include <awsc/awsc.h>

struct oracle_case {
    const struct awsc_shape *shape;
    const struct awsc_jmespath *expr;
};

extern const struct oracle_case oracle_cases[];
extern const size_t oracle_case_count;

#endif
