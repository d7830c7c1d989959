/*
 * sesv2_endpoints.c - the endpoint rule set of SESv2.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sesv2.h>
