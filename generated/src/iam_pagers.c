/*
 * iam_pagers.c - paginators and waiters of IAM.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/iam.h>
