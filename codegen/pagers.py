"""Paginators (paginators-1.json) and waiters (waiters-2.json) of a
service, compiled for pagers.c.j2, the header and the service table.

prepare(model, service_dir) sets model.paginators_ref / model.waiters_ref
and their counts: what the service table's fields take ("NULL" / 0 while
none are compiled).
"""


def prepare(model, service_dir):
    model.paginators_ref = "NULL"
    model.paginator_count = 0
    model.waiters_ref = "NULL"
    model.waiter_count = 0
