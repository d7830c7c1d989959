/*
 * kinesis_endpoints.c - the endpoint rule set of Kinesis.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/kinesis.h>
