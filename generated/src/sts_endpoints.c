/*
 * sts_endpoints.c - the endpoint rule set of STS.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sts.h>
