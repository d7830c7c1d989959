/*
 * sesv2_pagers.c - paginators and waiters of SESv2: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/sesv2.h>
