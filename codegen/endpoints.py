"""The endpoint rule set of a service (endpoint-rule-set-1.json), compiled
for endpoints.c.j2 and the service table.

prepare(model, service_dir) sets model.ruleset_ref: the C expression the
service table's .ruleset takes ("NULL" while no rule set is compiled).
"""


def prepare(model, service_dir):
    model.ruleset_ref = "NULL"
