/*
 * sts_pagers.c - paginators and waiters of STS.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sts.h>
