/*
 * sts_pagers.c - paginators and waiters of STS: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/sts.h>
