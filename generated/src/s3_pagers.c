/*
 * s3_pagers.c - paginators and waiters of S3.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/s3.h>
