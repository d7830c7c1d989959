/*
 * sqs_endpoints.c - the endpoint rule set of SQS.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/sqs.h>
