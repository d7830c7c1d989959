/*
 * ec2_pagers.c - paginators and waiters of EC2.
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/ec2.h>
