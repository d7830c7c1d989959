/*
 * sesv2_pagers.c - paginators and waiters of SESv2.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sesv2.h>
