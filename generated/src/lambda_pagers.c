/*
 * lambda_pagers.c - paginators and waiters of Lambda.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/lambda.h>
