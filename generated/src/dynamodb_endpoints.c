/*
 * dynamodb_endpoints.c - the endpoint rule set of DynamoDB.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/dynamodb.h>
