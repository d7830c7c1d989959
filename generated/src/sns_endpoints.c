/*
 * sns_endpoints.c - the endpoint rule set of SNS.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sns.h>
