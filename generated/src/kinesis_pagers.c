/*
 * kinesis_pagers.c - paginators and waiters of Kinesis.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/kinesis.h>
