"""Paginators (paginators-1.json) and waiters (waiters-2.json) of a
service, compiled for pagers.c.j2, pagers.h.j2 and the service table.

prepare(model, service_dir) sets model.paginators_ref / model.waiters_ref
and their counts (what the service table's fields take), and
model.pagers: the paginators, waiters and compiled JMESPath expressions the
templates print. Every JMESPath expression is compiled against the shape of
the operation's output (codegen/jmespath.py); one outside the supported
subset, or naming a member the output does not have, stops the generator.

All of them are one object per service (struct awsc__<svc>_pagers,
pagers_tables.j2) holding no pointers: layout() gives each row its
initializer, every reference written PREF(field, target) with both paths
inside that object (see awsc_ref in <awsc/shape.h>).
"""
import os

import jmespath
import model as M


class GenError(SystemExit):
    pass


def _fail(model, msg):
    raise GenError(f"awsc-gen: {model.service}: {msg}")


def _as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


class Expr:
    """A compiled expression: index, its row in the object's exprs."""

    def __init__(self, index, compiled):
        self.index = index
        self.c = compiled
        self.text = compiled.text
        self.nodes = compiled.nodes
        self.users = set()  # "AWSC_WITH_PAGINATORS", "AWSC_WITH_WAITERS"

    @property
    def guard(self):
        """The <awsc/build_config.h> condition under which the table is built."""
        return " || ".join(sorted(self.users))


class Pagers:
    def __init__(self):
        self.exprs = []          # every Expr, in the order they are defined
        self._by_key = {}
        self.paginators = []
        self.waiters = []

    def expr(self, model, text, shape, where, user="AWSC_WITH_PAGINATORS"):
        """The compiled expression; one table serves every use whose nodes
        come out the same (member indexes included). user: the
        <awsc/build_config.h> macro of the part that uses it."""
        try:
            compiled = jmespath.compile_expr(text, shape, where)
        except jmespath.JMESPathError as e:
            _fail(model, str(e))
        key = (text, tuple(n.key() for n in compiled.nodes))
        if key not in self._by_key:
            e = Expr(len(self.exprs), compiled)
            self.exprs.append(e)
            self._by_key[key] = e
        self._by_key[key].users.add(user)
        return Expr(self._by_key[key].index, compiled)


def _operation(model, name, what):
    keys = sorted(model.raw["operations"])
    if name not in model.raw["operations"]:
        _fail(model, f"{what} names the operation {name!r}, which the model does not have")
    idx = keys.index(name)
    return idx, model.operations[idx]


def _member_index(model, shape, name, what):
    for i, f in enumerate(shape.members if shape is not None else []):
        if f.name == name:
            return i, f
    _fail(model, f"{what}: the input has no member {name!r}")


def _paginator(model, pagers, name, raw):
    what = f"paginator {name}"
    idx, op = _operation(model, name, what)
    if op.output is None or op.output.type != "structure":
        _fail(model, f"{what}: the operation has no output")
    pg = M.Shape()
    pg.name = name
    pg.op = op
    pg.op_index = idx
    pg.input_tokens = []
    for t in _as_list(raw.get("input_token")):
        if op.input is None:
            _fail(model, f"{what}: the operation has no input for the token {t!r}")
        pg.input_tokens.append(_member_index(model, op.input, t, what))
    outs = _as_list(raw.get("output_token"))
    if len(outs) != len(pg.input_tokens) or not outs:
        _fail(model, f"{what}: {len(pg.input_tokens)} input tokens, {len(outs)} output tokens")
    pg.output_tokens = [pagers.expr(model, t, op.output, what + " output_token") for t in outs]
    mr = raw.get("more_results")
    pg.more_results = pagers.expr(model, mr, op.output, what + " more_results") if mr else None
    lk = raw.get("limit_key")
    pg.limit_key = _member_index(model, op.input, lk, what)[0] if lk else -1
    if lk:
        lshape = op.input.members[pg.limit_key].shape
        if lshape.type not in ("byte", "short", "integer", "long", "string"):
            _fail(model, f"{what}: limit_key {lk} is a {lshape.type}, not a number")
    pg.result_keys = []
    for k in _as_list(raw.get("result_key")):
        e = pagers.expr(model, k, op.output, what + " result_key")
        if e.c.path is None:
            _fail(model, f"{what}: result_key {k!r} is not a path of members")
        pg.result_keys.append(e)
    if not pg.result_keys:
        _fail(model, f"{what}: no result_key")
    pg.non_aggregate_keys = []
    for k in _as_list(raw.get("non_aggregate_keys")):
        e = pagers.expr(model, k, op.output, what + " non_aggregate_keys")
        if e.c.path is None:
            _fail(model, f"{what}: non_aggregate_key {k!r} is not a path of members")
        pg.non_aggregate_keys.append(e)

    # The item-by-item interface walks the first result key, when it is a
    # list: an item is a pointer to one of its elements (a string list
    # hands out the strings themselves).
    primary = pg.result_keys[0].c.result_shape
    pg.item = primary.item if primary is not None and primary.type == "list" else None
    if pg.item is not None:
        t = model.value_c_type(pg.item)
        pg.item_is_string = t == "const char *"
        pg.item_param = "const char **item" if pg.item_is_string else f"const {t} **item"
        pg.item_cb_param = "const char *item" if pg.item_is_string else f"const {t} *item"
    pg.primary_text = pg.result_keys[0].text

    fn = model.func_names
    base = op.func
    pg.func_paginate = fn.get(base + "_paginate")
    pg.func_next_page = fn.get(base + "_next_page")
    pg.func_next_page_async = fn.get(base + "_next_page_async")
    pg.func_collect = fn.get(base + "_collect")
    if pg.item is not None:
        pg.func_next_item = fn.get(base + "_next_item")
        pg.func_next_item_async = fn.get(base + "_next_item_async")
        pg.item_cb = fn.get(base + "_item_cb")
    return pg


def _waiter(model, pagers, name, raw):
    what = f"waiter {name}"
    idx, op = _operation(model, raw.get("operation", ""), what)
    w = M.Shape()
    w.name = name
    w.op = op
    w.op_index = idx
    w.delay = int(raw.get("delay", 0))
    w.max_attempts = int(raw.get("maxAttempts", 0))
    if w.delay < 0 or w.max_attempts <= 0:
        _fail(model, f"{what}: delay {w.delay} and maxAttempts {w.max_attempts}")
    w.acceptors = []
    for i, a in enumerate(raw.get("acceptors", [])):
        where = f"{what} acceptor {i}"
        ac = M.Shape()
        ac.matcher = {"path": "AWSC_WAIT_PATH", "pathAll": "AWSC_WAIT_PATH_ALL",
                      "pathAny": "AWSC_WAIT_PATH_ANY", "status": "AWSC_WAIT_STATUS",
                      "error": "AWSC_WAIT_ERROR"}.get(a.get("matcher"))
        ac.state = {"success": "AWSC_WAIT_SUCCESS", "failure": "AWSC_WAIT_FAILURE",
                    "retry": "AWSC_WAIT_RETRY"}.get(a.get("state"))
        if ac.matcher is None:
            _fail(model, f"{where}: unknown matcher {a.get('matcher')!r}")
        if ac.state is None:
            _fail(model, f"{where}: unknown state {a.get('state')!r}")
        expected = a.get("expected")
        try:
            jmespath.literal_c(expected)
        except jmespath.JMESPathError as e:
            _fail(model, f"{where}: {e}")
        if a["matcher"] == "status" and (isinstance(expected, bool)
                                         or not isinstance(expected, int)):
            _fail(model, f"{where}: a status matcher expects an integer")
        if a["matcher"] == "error" and not isinstance(expected, (str, bool)):
            _fail(model, f"{where}: an error matcher expects a code or a boolean")
        ac.argument = None
        if a["matcher"] in ("path", "pathAll", "pathAny"):
            if op.output is None:
                _fail(model, f"{where}: a path matcher on an operation without output")
            ac.argument = pagers.expr(model, a.get("argument", ""), op.output, where,
                                      "AWSC_WITH_WAITERS")
        ac.text = a.get("argument")
        ac.raw_expected = expected
        ac.raw_matcher = a["matcher"]
        ac.raw_state = a["state"]
        w.acceptors.append(ac)
    if not w.acceptors:
        _fail(model, f"{what}: no acceptors")
    w.snake = M.snake(name)
    w.func = model.func_names.get(f"awsc_{model.c}_wait_{w.snake}")
    w.func_async = model.func_names.get(w.func + "_async")
    w.doc = M.comment_lines(M.doc_text(raw.get("description"))) if raw.get("description") else []
    return w


def prepare(model, service_dir):
    pagers = Pagers()
    model.pagers = pagers
    raw_pg = M._load_json(os.path.join(service_dir, "paginators-1.json")) if service_dir else None
    raw_w = M._load_json(os.path.join(service_dir, "waiters-2.json")) if service_dir else None
    for name in sorted((raw_pg or {}).get("pagination", {})):
        pagers.paginators.append(_paginator(model, pagers, name, raw_pg["pagination"][name]))
    for name in sorted((raw_w or {}).get("waiters", {})):
        pagers.waiters.append(_waiter(model, pagers, name, raw_w["waiters"][name]))
    # the operations are sorted by name, so the paginators are too
    for i, pg in enumerate(pagers.paginators):
        pg.index = i
    for i, w in enumerate(pagers.waiters):
        w.index = i
    layout(pagers)
    model.paginator_count = len(pagers.paginators)
    model.waiter_count = len(pagers.waiters)


def layout(pagers):
    """The rows of the service's pagers object, each an initializer:
    paginators, the member indexes of their input tokens, the lists of
    expressions they name (expr_refs), waiters, acceptors, expressions,
    their nodes, and the strings (names, expression texts, literals),
    each stored once."""
    pool = M.Strings()

    def ref(field, target, designated=True):
        """PREF(field, target); designated: as ".name = PREF(...)"."""
        r = f"PREF({field}, {target})"
        return f".{field.rsplit('.', 1)[1]} = {r}" if designated else r

    def string(field, text, designated=True):
        return ref(field, f"strings[{pool.add(text)}]", designated)

    pagers.input_tokens, pagers.expr_refs = [], []

    def expr_list(exprs):
        at = len(pagers.expr_refs)
        for e in exprs:
            k = len(pagers.expr_refs)
            pagers.expr_refs.append((ref(f"expr_refs[{k}]", f"exprs[{e.index}]", False), e.text))
        return f"expr_refs[{at}]"

    for i, pg in enumerate(pagers.paginators):
        f = f"paginators[{i}]"
        row = [string(f + ".name_ref", pg.name), f".operation = {pg.op_index}"]
        row.append(ref(f + ".input_tokens_ref", f"input_tokens[{len(pagers.input_tokens)}]"))
        pagers.input_tokens += [(t[0], t[1].name) for t in pg.input_tokens]
        row.append(ref(f + ".output_tokens_ref", expr_list(pg.output_tokens)))
        row.append(f".token_count = {len(pg.input_tokens)}")
        if pg.more_results:
            row.append(ref(f + ".more_results_ref", f"exprs[{pg.more_results.index}]"))
        row.append(f".limit_key = {pg.limit_key}")
        row.append(ref(f + ".result_keys_ref", expr_list(pg.result_keys)))
        row.append(f".result_key_count = {len(pg.result_keys)}")
        if pg.non_aggregate_keys:
            row.append(ref(f + ".non_aggregate_keys_ref", expr_list(pg.non_aggregate_keys)))
            row.append(f".non_aggregate_key_count = {len(pg.non_aggregate_keys)}")
        pg.row = row

    pagers.acceptors = []
    for i, w in enumerate(pagers.waiters):
        f = f"waiters[{i}]"
        w.row = [string(f + ".name_ref", w.name), f".operation = {w.op_index}",
                 f".delay = {w.delay}", f".max_attempts = {w.max_attempts}",
                 ref(f + ".acceptors_ref", f"acceptors[{len(pagers.acceptors)}]"),
                 f".acceptor_count = {len(w.acceptors)}"]
        for a in w.acceptors:
            f = f"acceptors[{len(pagers.acceptors)}]"
            row = [f".matcher = {a.matcher}", f".state = {a.state}"]
            if a.argument:
                row.append(ref(f + ".argument_ref", f"exprs[{a.argument.index}]"))
            row.append(".expected = " + jmespath.literal_c(
                a.raw_expected, lambda s, f=f: string(f + ".expected.string_ref", s, False)))
            pagers.acceptors.append((row, w.name, a.raw_matcher, a.raw_state))

    pagers.nodes = []
    for e in pagers.exprs:
        e.row = [string(f"exprs[{e.index}].text_ref", e.text),
                 ref(f"exprs[{e.index}].nodes_ref", f"nodes[{len(pagers.nodes)}]"),
                 f".node_count = {len(e.nodes)}"]
        for n in e.nodes:
            f = f"nodes[{len(pagers.nodes)}]"
            pagers.nodes.append(n.c_fields(lambda field, s, f=f: string(f"{f}.{field}", s, False)))
    pagers.strings = pool
