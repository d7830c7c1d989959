/*
 * ssm_endpoints.c - the endpoint rule set of SSM.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/ssm.h>
