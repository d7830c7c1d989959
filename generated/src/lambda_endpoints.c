/*
 * lambda_endpoints.c - the endpoint rule set of Lambda.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/lambda.h>
