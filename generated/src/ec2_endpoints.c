/*
 * ec2_endpoints.c - the endpoint rule set of EC2.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/ec2.h>
