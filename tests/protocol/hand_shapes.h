/*
 * tests/protocol/hand_shapes.h - for descriptor tables written by hand, as
 * the generator writes them (generated/src/<service>_tables.c): all the
 * shapes, members, by-wire-name indexes and names of a test in one object
 * T, so that each refers to another by its distance from it (awsc_ref,
 * <awsc/shape.h>). Define T as that object's name where the table is
 * written; REF(field, target) is the reference stored at T.field that
 * names T.target.
 *
 * The names are the fields of T.names, listed once in an X-macro and
 * expanded twice, for the fields and for their text: NAME_FIELD and
 * NAME_TEXT for a name that is an identifier (X(String) is "String"),
 * TEXT_FIELD and TEXT_TEXT for any other text (a member's names one after
 * the other, each ending with its NUL: TEXT(Name_TableName,
 * "Name\0TableName")).
 */
#ifndef AWSC_TESTS_HAND_SHAPES_H
#define AWSC_TESTS_HAND_SHAPES_H

#include <stddef.h>

#include <awsc/shape.h>

#define REF(field, target) AWSC_REF(T.field, T.target)

#define NAME_FIELD(n)     char n[sizeof #n];
#define NAME_TEXT(n)      .n = #n,
#define TEXT_FIELD(id, s) char id[sizeof s];
#define TEXT_TEXT(id, s)  .id = s,

/* A shape of a single value, named by its field in T and in T.names. */
#define SCALAR(shape, TYPE, ctype)                                               \
    {                                                                            \
        .name_ref = REF(shape.name_ref, names.shape), .type = AWSC_SHAPE_##TYPE, \
        .size = sizeof(ctype)                                                    \
    }

/* The struct awsc_shape of a structure (struct awsc_structure_shape's
 * .shape) named by its field in T and in T.names, whose C type is ctype. */
#define STRUCT_HEAD(shape_, ctype)                                                          \
    {                                                                                       \
        .name_ref = REF(shape_.shape.name_ref, names.shape_), .type = AWSC_SHAPE_STRUCTURE, \
        .size = sizeof(ctype)                                                               \
    }

/* Member i of the structure whose C type is struct s, in T.s_members[]: its
 * name (a field of T.names), its shape (a field of T), its C member, its
 * has_ flag (HAS(s, f) or NOHAS) and its flags (AWSC_MF_*). */
#define MEMBER_FLAGS(s, i, name, shape, cname, has, mflags)                    \
    [i] = {.name_ref = AWSC_MEMBER_REF(T.s##_members[i], T.names.name),        \
           .shape_ref = AWSC_MEMBER_REF(T.s##_members[i], T.shape),            \
           .offset = offsetof(struct s, cname),                                \
           .has_back = (has) == NOHAS ? 0 : offsetof(struct s, cname) - (has), \
           .flags = mflags}
#define MEMBER(s, i, name, shape, cname, has) MEMBER_FLAGS(s, i, name, shape, cname, has, 0)
#define HAS(s, f)                             offsetof(struct s, f)
#define NOHAS                                 ((size_t)-1)
#endif
