/*
 * sts_pagers.c - the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h> for the paginators and waiters of STS, whose
 * descriptors are in sts_tables.c. Generated from the service model
 * by awsc's generator; do not edit.
 */
#include <awsc/sts.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>
