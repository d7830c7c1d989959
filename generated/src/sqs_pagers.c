/*
 * sqs_pagers.c - paginators and waiters of SQS.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sqs.h>
