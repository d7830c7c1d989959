/*
 * iam_endpoints.c - the endpoint rule set of IAM.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/iam.h>
