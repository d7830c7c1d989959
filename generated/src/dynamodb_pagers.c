/*
 * dynamodb_pagers.c - paginators and waiters of DynamoDB.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/dynamodb.h>
