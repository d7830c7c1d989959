/*
 * sns_pagers.c - paginators and waiters of SNS.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sns.h>
