"""The JMESPath subset of the paginator and waiter models, compiled.

parse(text) turns an expression into a tree; compile_expr(text, shape)
checks that tree against the shape it is evaluated on (an operation's
output) and flattens it into nodes for the runtime's evaluator
(runtime/paginate/jmespath.c): children before parents, the root last, a
field of a structure resolved to the index of its member.

The subset is what the models use, and a little around it:

    Foo  "Foo"  a.b  a[0]  a[-1]  a[]  a[*].b  a.*.b  a[?cond].b  @  (e)
    a || b  a && b  !a  a == b  !=  <  <=  >  >=  a | b
    `JSON scalar`  'raw string'  length(e)  keys(e)  [a, b]  a.[b, c]

Anything else (slices, multi-select hashes, other functions, expression
references, literal arrays or objects) is refused with an error naming the
expression, and so is a field that the shape cannot have: the generator
stops, the build fails, and nothing is left to be found out at run time.
"""
import json
import re

import model as M


class JMESPathError(Exception):
    pass


# ----------------------------------------------------------------- lexing

_SIMPLE = {
    ".": "dot", "*": "star", ",": "comma", ":": "colon", "@": "current",
    "(": "lparen", ")": "rparen", "{": "lbrace", "}": "rbrace", "]": "rbracket",
}


def _tokens(text):
    i, n = 0, len(text)
    out = []
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        start = i
        if c.isalpha() or c == "_":
            m = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(text, i)
            out.append(("ident", m.group(0), start))
            i = m.end()
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise JMESPathError(f"unterminated quoted identifier at {start}")
            out.append(("quoted", json.loads(text[i:j + 1]), start))
            i = j + 1
        elif c == "`":
            j = i + 1
            while j < n and text[j] != "`":
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise JMESPathError(f"unterminated literal at {start}")
            raw = text[i + 1:j].replace("\\`", "`")
            try:
                value = json.loads(raw)
            except ValueError:
                raise JMESPathError(f"the literal `{raw}` is not JSON")
            out.append(("literal", value, start))
            i = j + 1
        elif c == "'":
            j = i + 1
            buf = []
            while j < n and text[j] != "'":
                if text[j] == "\\" and j + 1 < n and text[j + 1] in "'\\":
                    j += 1
                buf.append(text[j])
                j += 1
            if j >= n:
                raise JMESPathError(f"unterminated raw string at {start}")
            out.append(("literal", "".join(buf), start))
            i = j + 1
        elif c.isdigit() or (c == "-" and i + 1 < n and text[i + 1].isdigit()):
            m = re.compile(r"-?[0-9]+").match(text, i)
            out.append(("number", int(m.group(0)), start))
            i = m.end()
        elif c == "[":
            if text.startswith("[]", i):
                out.append(("flatten", "[]", start))
                i += 2
            elif text.startswith("[?", i):
                out.append(("filter", "[?", start))
                i += 2
            else:
                out.append(("lbracket", "[", start))
                i += 1
        elif text.startswith("||", i):
            out.append(("or", "||", start))
            i += 2
        elif text.startswith("&&", i):
            out.append(("and", "&&", start))
            i += 2
        elif c == "|":
            out.append(("pipe", "|", start))
            i += 1
        elif c == "&":
            out.append(("expref", "&", start))
            i += 1
        elif text.startswith("==", i):
            out.append(("eq", "==", start))
            i += 2
        elif text.startswith("!=", i):
            out.append(("ne", "!=", start))
            i += 2
        elif c == "!":
            out.append(("not", "!", start))
            i += 1
        elif c in "<>":
            if text.startswith("=", i + 1):
                out.append(("lte" if c == "<" else "gte", c + "=", start))
                i += 2
            else:
                out.append(("lt" if c == "<" else "gt", c, start))
                i += 1
        elif c in _SIMPLE:
            out.append((_SIMPLE[c], c, start))
            i += 1
        else:
            raise JMESPathError(f"unexpected character {c!r} at {start}")
    out.append(("eof", None, n))
    return out


# ---------------------------------------------------------------- parsing
#
# A Pratt parser. Nodes are tuples: (kind, ...).
#   ("field", name) ("current",) ("literal", value) ("index", n)
#   ("sub", a, b)   b evaluated on the value of a (also a | b)
#   ("project", a, b)  ("values", a, b)  ("filter", a, cond, b)
#   ("flatten", a)  ("or", a, b) ("and", a, b) ("not", a)
#   ("cmp", op, a, b)  ("length", a)  ("keys", a)  ("multi", [a, b, ...])

_BP = {
    "eof": 0, "ident": 0, "quoted": 0, "literal": 0, "rbracket": 0, "rparen": 0,
    "comma": 0, "rbrace": 0, "number": 0, "current": 0, "expref": 0, "colon": 0,
    "pipe": 1, "or": 2, "and": 3,
    "eq": 5, "ne": 5, "lt": 5, "lte": 5, "gt": 5, "gte": 5,
    "flatten": 9, "star": 20, "filter": 21, "dot": 40, "not": 45,
    "lbrace": 50, "lbracket": 55, "lparen": 60,
}
_PROJECTION_STOP = 10
_COMPARATORS = ("eq", "ne", "lt", "lte", "gt", "gte")


class _Parser:
    def __init__(self, text):
        self.text = text
        self.toks = _tokens(text)
        self.pos = 0

    def peek(self, k=0):
        return self.toks[self.pos + k][0]

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, kind):
        t = self.take()
        if t[0] != kind:
            raise JMESPathError(f"expected {kind} at {t[2]}, found {t[1]!r}")
        return t

    def unsupported(self, what, at):
        raise JMESPathError(f"{what} (at {at}) is outside the JMESPath subset awsc compiles")

    def parse(self):
        node = self.expression(0)
        if self.peek() != "eof":
            t = self.take()
            raise JMESPathError(f"unexpected {t[1]!r} at {t[2]}")
        return node

    def expression(self, rbp):
        left = self.nud(self.take())
        while rbp < _BP[self.peek()]:
            left = self.led(self.take(), left)
        return left

    # -- prefix positions
    def nud(self, t):
        kind, value, at = t
        if kind in ("ident", "quoted"):
            if kind == "ident" and self.peek() == "lparen":
                return self.function(value, at)
            return ("field", value)
        if kind == "literal":
            return ("literal", value)
        if kind == "current":
            return ("current",)
        if kind == "not":
            return ("not", self.expression(_BP["not"]))
        if kind == "lparen":
            e = self.expression(0)
            self.expect("rparen")
            return e
        if kind == "star":          # * alone: the values of the current object
            return ("values", ("current",), self.projection_rhs(_BP["star"]))
        if kind == "flatten":       # [] alone
            return ("project", ("flatten", ("current",)), self.projection_rhs(_BP["flatten"]))
        if kind == "filter":
            return self.filter_rest(("current",))
        if kind == "lbracket":
            return self.bracket(("current",), at)
        if kind == "lbrace":
            self.unsupported("a multi-select hash", at)
        if kind == "expref":
            self.unsupported("an expression reference", at)
        raise JMESPathError(f"unexpected {value!r} at {at}")

    # -- infix positions
    def led(self, t, left):
        kind, value, at = t
        if kind == "dot":
            if self.peek() == "star":
                self.take()
                return ("values", left, self.projection_rhs(_BP["star"]))
            return ("sub", left, self.dot_rhs(_BP["dot"]))
        if kind == "pipe":
            return ("sub", left, self.expression(_BP["pipe"]))
        if kind in ("or", "and"):
            return (kind, left, self.expression(_BP[kind]))
        if kind in _COMPARATORS:
            return ("cmp", kind, left, self.expression(_BP[kind]))
        if kind == "flatten":
            return ("project", ("flatten", left), self.projection_rhs(_BP["flatten"]))
        if kind == "filter":
            return self.filter_rest(left)
        if kind == "lbracket":
            return self.bracket(left, at)
        if kind == "lparen":
            self.unsupported("a call on an expression", at)
        raise JMESPathError(f"unexpected {value!r} at {at}")

    def bracket(self, left, at):
        """After '[': an index, or [*]; slices are refused."""
        if self.peek() == "number":
            n = self.take()[1]
            if self.peek() == "colon":
                self.unsupported("a slice", at)
            self.expect("rbracket")
            return self.chain(left, ("index", n))
        if self.peek() == "star":
            self.take()
            self.expect("rbracket")
            return ("project", left, self.projection_rhs(_BP["star"]))
        if self.peek() == "colon":
            self.unsupported("a slice", at)
        if self.peek() == "eof":
            raise JMESPathError(f"unterminated '[' at {at}")
        if left != ("current",):
            # a[b, c] is not JMESPath (a.[b, c] is)
            raise JMESPathError(f"unexpected '[' at {at}")
        return self.multi_list()

    def multi_list(self):
        """After '[' of a multi-select list: expressions up to ']'."""
        items = [self.expression(0)]
        while self.peek() == "comma":
            self.take()
            items.append(self.expression(0))
        self.expect("rbracket")
        return ("multi", items)

    def chain(self, left, right):
        return right if left == ("current",) else ("sub", left, right)

    def filter_rest(self, left):
        cond = self.expression(0)
        self.expect("rbracket")
        return ("filter", left, cond, self.projection_rhs(_BP["filter"]))

    def projection_rhs(self, rbp):
        kind = self.peek()
        if _BP[kind] < _PROJECTION_STOP:
            return ("current",)
        if kind in ("lbracket", "filter"):
            return self.expression(rbp)
        if kind == "dot":
            self.take()
            return self.dot_rhs(rbp)
        t = self.take()
        raise JMESPathError(f"unexpected {t[1]!r} after a projection at {t[2]}")

    def dot_rhs(self, rbp):
        kind = self.peek()
        if kind in ("ident", "quoted", "star"):
            return self.expression(rbp)
        t = self.take()
        if kind == "lbracket":
            return self.multi_list()
        if kind == "lbrace":
            self.unsupported("a multi-select hash", t[2])
        raise JMESPathError(f"unexpected {t[1]!r} after '.' at {t[2]}")

    def function(self, name, at):
        self.expect("lparen")
        args = []
        if self.peek() != "rparen":
            args.append(self.expression(0))
            while self.peek() == "comma":
                self.take()
                args.append(self.expression(0))
        self.expect("rparen")
        if name not in ("length", "keys"):
            self.unsupported(f"the function {name}()", at)
        if len(args) != 1:
            raise JMESPathError(f"{name}() takes one argument, given {len(args)}")
        return (name, args[0])


def parse(text):
    try:
        return _Parser(text).parse()
    except JMESPathError as e:
        raise JMESPathError(f"JMESPath expression {text!r}: {e}") from None


# -------------------------------------------------------------- compiling
#
# Static types while compiling: ("shape", Shape) for a value of a model
# shape, ("array", elem) for a list a projection makes, and ("bool",),
# ("number",), ("string",), ("null",), ("any",) for the rest.

CMP_OPS = {"eq": "AWSC_JP_EQ", "ne": "AWSC_JP_NE", "lt": "AWSC_JP_LT",
           "lte": "AWSC_JP_LE", "gt": "AWSC_JP_GT", "gte": "AWSC_JP_GE"}
NUMBER_TYPES = ("byte", "short", "integer", "long", "float", "double", "timestamp")


class Node:
    """One row of the compiled table (see struct awsc_jmespath_node)."""

    def __init__(self, op, **kw):
        self.op = op
        self.a = kw.get("a")
        self.b = kw.get("b")
        self.c = kw.get("c")
        self.member = kw.get("member")
        self.index = kw.get("index")
        self.literal = kw.get("literal", _NO_LITERAL)
        self.string = kw.get("string")

    def key(self):
        """What tells two nodes apart (a compiled expression is reused by
        every use whose nodes have the same keys)."""
        lit = None if self.literal is _NO_LITERAL else (type(self.literal).__name__, self.literal)
        return (self.op, self.a, self.b, self.c, self.member, self.index, lit, self.string)

    def c_fields(self, ref):
        """The initializer; ref(field, s) is the reference stored at field
        ("string_ref", "literal.string_ref") that names the string s in
        the string pool of the object the node is part of."""
        f = [f".op = {self.op}"]
        for k in ("a", "b", "c"):
            v = getattr(self, k)
            if v is not None:
                f.append(f".{k} = {v}")
        if self.member is not None:
            f.append(f".member = {self.member}")
        if self.index is not None:
            f.append(f".index = {self.index}")
        if self.literal is not _NO_LITERAL:
            f.append(f".literal = {literal_c(self.literal, lambda s: ref('literal.string_ref', s))}")
        if self.string is not None:
            f.append(f".string_ref = {ref('string_ref', self.string)}")
        return "{" + ", ".join(f) + "}"


_NO_LITERAL = object()


def _c_double(v):
    r = repr(float(v))
    return r if ("." in r or "e" in r or "inf" in r or "nan" in r) else r + ".0"


def literal_c(value, ref=None):
    """A struct awsc_jmespath_literal initializer for a JSON scalar;
    ref(s) is the reference (its string_ref) that names the string s."""
    if value is None:
        return "{.type = AWSC_JP_NULL}"
    if isinstance(value, bool):
        return "{.type = AWSC_JP_BOOL, .boolean = %s}" % ("true" if value else "false")
    if isinstance(value, (int, float)):
        return "{.type = AWSC_JP_NUMBER, .number = %s}" % _c_double(value)
    if isinstance(value, str):
        return "{.type = AWSC_JP_STRING, .string_ref = %s}" % (ref(value) if ref else "0")
    raise JMESPathError(f"the literal {json.dumps(value)} is not a scalar; only scalar "
                        "literals are compiled")


def standalone(name, compiled):
    """One compiled expression as an object of its own, named name, for
    jmespath.j2's jmespath_object(): its nodes' initializers (nodes) and
    its strings (strings: a pool whose first entry is the text)."""
    pool = M.Strings()
    pool.add(compiled.text)
    nodes = []
    for k, n in enumerate(compiled.nodes):
        nodes.append(n.c_fields(lambda field, s, k=k: "AWSC_REF(%s.nodes[%d].%s, %s.strings[%d])"
                                % (name, k, field, name, pool.add(s))))
    return {"name": name, "text": compiled.text, "nodes": nodes, "strings": pool}


class Compiled:
    """A compiled expression: its text, the shape it is evaluated on, its
    nodes (root last) and the type of its result."""

    def __init__(self, text, shape, nodes, rtype, path):
        self.text = text
        self.shape = shape
        self.nodes = nodes
        self.rtype = rtype
        self.path = path      # [(structure Shape, member index)] for a plain a.b.c

    @property
    def result_shape(self):
        return self.rtype[1] if self.rtype[0] == "shape" else None


class _Compiler:
    def __init__(self, text, where):
        self.text = text
        self.where = where
        self.nodes = []

    def fail(self, msg):
        raise JMESPathError(f"{self.where}: JMESPath expression {self.text!r}: {msg}")

    def emit(self, node):
        self.nodes.append(node)
        return len(self.nodes) - 1

    def compile(self, ast, t):
        """Emits ast evaluated on a value of static type t; returns (index,
        result type)."""
        kind = ast[0]
        if kind == "current":
            return self.emit(Node("AWSC_JP_CURRENT")), t
        if kind == "literal":
            value = ast[1]
            try:
                literal_c(value)  # only scalars are compiled
            except JMESPathError as e:
                self.fail(str(e))
            rt = {type(None): ("null",), bool: ("bool",), str: ("string",)}.get(
                type(value), ("number",))
            return self.emit(Node("AWSC_JP_LITERAL", literal=value)), rt
        if kind == "field":
            return self.field(ast[1], t)
        if kind == "index":
            et = self.element_type(t, "an index")
            return self.emit(Node("AWSC_JP_INDEX", index=ast[1])), et
        if kind == "sub":
            a, at = self.compile(ast[1], t)
            if at[0] == "array":
                # a projection's result, then a non-projecting step: legal
                # JMESPath, but a field of a list is always null
                if ast[2][0] == "field":
                    self.fail(f"the field {ast[2][1]!r} is taken from a list, which is "
                              "always null")
            b, bt = self.compile(ast[2], at)
            return self.emit(Node("AWSC_JP_SUB", a=a, b=b)), bt
        if kind == "project":
            a, at = self.compile(ast[1], t)
            et = self.element_type(at, "a projection")
            b, bt = self.compile(ast[2], et)
            return self.emit(Node("AWSC_JP_PROJECT", a=a, b=b)), ("array", bt)
        if kind == "flatten":
            a, at = self.compile(ast[1], t)
            et = self.element_type(at, "a flatten")
            if et[0] == "array":
                et = et[1]
            elif et[0] == "shape" and et[1].type == "list":
                et = ("shape", et[1].item)
            return self.emit(Node("AWSC_JP_FLATTEN", a=a)), ("array", et)
        if kind == "values":
            a, at = self.compile(ast[1], t)
            vt = self.value_type(at)
            b, bt = self.compile(ast[2], vt)
            return self.emit(Node("AWSC_JP_VALUES", a=a, b=b)), ("array", bt)
        if kind == "filter":
            a, at = self.compile(ast[1], t)
            et = self.element_type(at, "a filter")
            c, _ = self.compile(ast[2], et)
            b, bt = self.compile(ast[3], et)
            return self.emit(Node("AWSC_JP_FILTER", a=a, b=b, c=c)), ("array", bt)
        if kind in ("or", "and"):
            a, at = self.compile(ast[1], t)
            b, bt = self.compile(ast[2], t)
            rt = at if at == bt else ("any",)
            return self.emit(Node("AWSC_JP_OR" if kind == "or" else "AWSC_JP_AND",
                                  a=a, b=b)), rt
        if kind == "not":
            a, _ = self.compile(ast[1], t)
            return self.emit(Node("AWSC_JP_NOT", a=a)), ("bool",)
        if kind == "cmp":
            a, _ = self.compile(ast[2], t)
            b, _ = self.compile(ast[3], t)
            return self.emit(Node(CMP_OPS[ast[1]], a=a, b=b)), ("bool",)
        if kind == "keys":
            a, at = self.compile(ast[1], t)
            if not (at[0] == "any" or (at[0] == "shape" and at[1].type in ("map", "structure",
                                                                         "document"))):
                what = at[1].type if at[0] == "shape" else at[0]
                self.fail(f"keys() of a {what} is a type error")
            return self.emit(Node("AWSC_JP_KEYS", a=a)), ("array", ("string",))
        if kind == "multi":
            # a chain of nodes: each holds one item (a) and the node of the
            # items before it (b); index counts the items so far
            prev, types = None, []
            for k, item in enumerate(ast[1]):
                a, at = self.compile(item, t)
                types.append(at)
                prev = self.emit(Node("AWSC_JP_MULTI_LIST", a=a, b=prev, index=k + 1))
            return prev, ("array", _common_type(types))
        if kind == "length":
            a, at = self.compile(ast[1], t)
            if at[0] == "shape" and at[1].type not in ("string", "list", "map", "structure",
                                                       "document"):
                self.fail(f"length() of a {at[1].type} is a type error")
            if at[0] in ("bool", "number", "null"):
                self.fail(f"length() of a {at[0]} is a type error")
            return self.emit(Node("AWSC_JP_LENGTH", a=a)), ("number",)
        self.fail(f"cannot compile {kind}")

    def field(self, name, t):
        if t[0] == "shape":
            sh = t[1]
            if sh.type == "structure":
                for i, m in enumerate(sh.members):
                    if m.name == name:
                        return (self.emit(Node("AWSC_JP_MEMBER", member=i, string=name)),
                                ("shape", m.shape))
                self.fail(f"{sh.name} has no member {name!r}")
            if sh.type == "map":
                return self.emit(Node("AWSC_JP_KEY", string=name)), ("shape", sh.item)
            if sh.type == "document":
                return self.emit(Node("AWSC_JP_KEY", string=name)), ("shape", sh)
            self.fail(f"the field {name!r} is taken from a {sh.type} ({sh.name}), which is "
                      "always null")
        if t[0] == "any":
            return self.emit(Node("AWSC_JP_KEY", string=name)), ("any",)
        self.fail(f"the field {name!r} is taken from a {t[0]}, which is always null")

    def element_type(self, t, what):
        if t[0] == "array":
            return t[1]
        if t[0] == "shape" and t[1].type == "list":
            return ("shape", t[1].item)
        if t[0] == "shape" and t[1].type == "document":
            return t
        if t[0] == "any":
            return t
        self.fail(f"{what} of a {t[1].type if t[0] == 'shape' else t[0]} is always null")

    def value_type(self, t):
        if t[0] == "shape" and t[1].type == "map":
            return ("shape", t[1].item)
        if t[0] == "shape" and t[1].type == "document":
            return t
        if t[0] == "shape" and t[1].type == "structure":
            return ("any",)
        if t[0] == "any":
            return t
        self.fail("the values (*) of something that is not an object are always null")


def _kind(t):
    """A static type with model shapes reduced to their kind: ("string",) for
    every string shape."""
    if t[0] == "shape" and t[1].type == "string":
        return ("string",)
    if t[0] == "array":
        return ("array", _kind(t[1]))
    return t


def _common_type(types):
    """The element type of a multi-select list: its items' type when they
    agree (shapes of the same kind do), else any."""
    kinds = {_kind(x) for x in types}
    return kinds.pop() if len(kinds) == 1 else ("any",)


def _plain_path(ast, shape):
    """[(structure shape, member index)] when ast is a.b.c over structures."""
    steps = []

    def walk(node):
        if node[0] == "field":
            steps.append(node[1])
            return True
        if node[0] == "sub":
            return walk(node[1]) and walk(node[2])
        return False

    if not walk(ast):
        return None
    path = []
    sh = shape
    for name in steps:
        if sh.type != "structure":
            return None
        idx = next((i for i, m in enumerate(sh.members) if m.name == name), None)
        if idx is None:
            return None
        path.append((sh, idx))
        sh = sh.members[idx].shape
    return path


def compile_expr(text, shape, where):
    """Compiles text for values of shape (a Shape of the model). Raises
    JMESPathError naming `where` and the expression when it is outside the
    subset or cannot match the shape."""
    try:
        ast = parse(text)
    except JMESPathError as e:
        raise JMESPathError(f"{where}: {e}") from None
    comp = _Compiler(text, where)
    root, rtype = comp.compile(ast, ("shape", shape))
    assert root == len(comp.nodes) - 1
    return Compiled(text, shape, comp.nodes, rtype, _plain_path(ast, shape))
