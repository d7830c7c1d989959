/*
 * ssm_pagers.c - paginators and waiters of SSM.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/ssm.h>
