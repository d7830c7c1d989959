#!/usr/bin/env python3
"""awsc's generator: service models in, C header and descriptor tables out.

  generate.py service  --models DIR --service NAME --outdir DIR
        writes DIR/include/awsc/NAME.h, DIR/src/NAME_tables.c, DIR/src/NAME_ops.c
  generate.py list     --models DIR --services SPEC
        prints the services that -Dservices=SPEC selects, one a line
  generate.py registry --services A,B,... --out FILE.c
        writes the table of compiled services
  generate.py default  --models DIR --outdir DIR
        regenerates the committed output (generated/) for the default set,
        and the runtime's own cut-down services (generated/runtime/)
  generate.py runtime  --models DIR --outdir DIR
        writes only the runtime's cut-down services into DIR
"""
import argparse
import json
import os
import re
import sys

import jinja2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import endpoints  # noqa: E402
import model as M  # noqa: E402
import pagers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def decl(ctype, name):
    """A C declaration of name with ctype: no space after a '*'."""
    return f"{ctype}{name}" if ctype.endswith("*") else f"{ctype} {name}"


# For a .c file that inlines service headers (the test generators): their
# static inline client_new() goes unused there, which clang warns of in a
# .c file (never in a header).
INLINED_HEADERS_PRELUDE = (
    "/* The service headers are inlined here, with their static inline\n"
    " * client_new() that nothing calls: clang warns of that in a .c file. */\n"
    "#ifdef __clang__\n"
    "#pragma clang diagnostic ignored \"-Wunused-function\"\n"
    "#endif\n"
)


def cstr(value):
    if value is None or isinstance(value, jinja2.Undefined):
        return "NULL"
    return M.c_string(str(value))


def comment(value):
    return str(value).replace("*/", "* /").replace("??", "? ?")


def prototype(head, params, end=""):
    """head(p1, p2, ...) with the parameters aligned under the first when
    the line would pass 100 columns."""
    one = f"{head}({', '.join(params)}){end}"
    if len(one) <= 100:
        return one
    pad = " " * (len(head) + 1)
    return f"{head}(" + (",\n" + pad).join(params) + f"){end}"


def op_params(op, kind):
    """Parameters of an operation's sync call, async call, callback or
    event callback. An operation whose response is an event stream takes
    its event callback after the input: (on_event, user_data) in the sync
    call, (on_event, cb, user_data) in the async one."""
    if kind == "event_cb":
        return ["void *user_data", f"const {op.event.c_type} *event"]
    if kind == "cb":
        p = ["void *user_data", "int status"]
        if op.output:
            p.append(f"{op.output.c_type} *output")
        return p + ["struct awsc_error *err"]
    p = ["struct awsc_client *client"]
    if op.input:
        p.append(f"const {op.input.c_type} *input")
    if op.event:
        p.append(f"{op.func}_event_cb *on_event")
    if kind == "sync":
        if op.event:
            p.append("void *user_data")
        if op.output:
            p.append(f"{op.output.c_type} **output")
    else:
        p += [f"{op.func}_cb *cb", "void *user_data"]
    return p + ["struct awsc_error *err"]


def environment():
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(os.path.join(HERE, "templates")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["decl"] = decl
    env.filters["cstr"] = cstr
    env.filters["comment"] = comment
    env.globals["prototype"] = prototype
    env.globals["op_params"] = op_params
    return env


def member_names(f):
    """The member's names, stored one after the other (f.names_parts: what
    struct awsc_member.name_ref names), and its flags with the AWSC_MF_*
    bits that say which follow the name."""
    parts, flags = [f.name], [] if f.flags == "0" else [f.flags]
    if f.wire_name != f.name:
        parts.append(f.wire_name)
        flags.append("AWSC_MF_WIRE_NAME")
    if f.query_name is not None:
        parts.append(f.query_name)
        flags.append("AWSC_MF_QUERY_NAME")
    if f.xml_namespace:
        ns = f.xml_namespace
        prefix, uri = (None, ns) if isinstance(ns, str) else (ns.get("prefix"), ns.get("uri"))
        if prefix == "":
            raise ValueError(f"member {f.name}: an XML namespace with an empty prefix")
        parts += [prefix or "", uri or ""]
        flags.append("AWSC_MF_XML_NAMESPACE")
    f.names_parts = parts
    f.names_flags = " | ".join(flags) or "0"


def prepare(model, header_name=None, service_dir=None, api="AWSC_API ", pagers_too=True):
    """Finishes what only the emitter needs: where each shape sits in the
    service's tables object (tables()), and what the endpoint rule set and
    the paginators and waiters (their own modules) add from the service's
    other files.
    api is what marks the header's declarations as exported ("" keeps
    them inside the library)."""
    model.header_name = header_name or model.service
    model.api = api
    endpoints.prepare(model, service_dir)
    pagers.prepare(model, service_dir if pagers_too else None)
    for i, s in enumerate(model.all_shapes):
        s.index = i
        for f in getattr(s, "members", []):
            member_names(f)
    tables(model)
    service_tables(model, model.table_strings)

    def items_type(item):
        t = model.value_c_type(item)
        return t + "*" if t.endswith("*") else t + " *"

    model.items_type = items_type
    return model


# The array of a service's tables each shape's record goes in, by the
# shape's type (struct awsc_shape and the records that start with it, in
# include/awsc/shape.h).
SHAPE_RECORDS = (("structures", "struct awsc_structure_shape"),
                 ("collections", "struct awsc_collection_shape"),
                 ("enums", "struct awsc_enum_shape"),
                 ("scalars", "struct awsc_shape"))


def shape_record(s):
    if s.type == "structure":
        return "structures"
    if s.type in ("list", "map"):
        return "collections"
    return "enums" if s.enum_values else "scalars"


def tables(model):
    """Lays out one service's tables as one object: the shapes' records
    (structures, collections, enums, scalars), their traits, the members,
    the members' wire-name order (for the protocols that read JSON or
    CBOR), the ranges, the XML references, the
    strings, and the shape names a build may leave out. Each shape gets
    s.at (its record), s.shape_at (its struct awsc_shape), s.var, s.refs
    (the initializers of its record's references: "field": "target" in
    that object), s.name_target and s.name_kept (its name's place, and
    whether it stays in builds without shape names: modeled errors and
    the inputs rest-xml writes under their name keep theirs), s.traits_at; each member f.name_at, the offset of its names."""
    pool, names = M.Strings(), M.Strings()
    members, by_wire, ranges, xml_refs, traits = [], [], [], [], []
    traits_at = {}
    counts = {name: 0 for name, _ in SHAPE_RECORDS}
    by_wire_at = 0

    def ns_parts(ns):
        """A shape's or reference's xmlNamespace (a URI, or a prefix and a
        URI) as stored: its prefix ("" for the default namespace), its URI."""
        if isinstance(ns, str):
            return ("", ns)
        return (ns.get("prefix") or "", ns.get("uri") or "")

    for s in model.all_shapes:
        s.record = shape_record(s)
        s.at = f"{s.record}[{counts[s.record]}]"
        counts[s.record] += 1
        s.shape_at = s.at if s.record == "scalars" else s.at + ".shape"
        s.var = f"awsc__{model.c}_tables.{s.shape_at}"
    # rest-xml writes an input's body members under its shape name when it
    # has no payload member and no locationName
    xml_roots = ({id(op.input) for op in model.operations
                  if op.input is not None and not op.input.payload
                  and not op.input.location_name
                  and any(f.location == "AWSC_LOC_BODY" for f in op.input.members)}
                 if getattr(model, "protocol", None) == "rest-xml" else set())
    # the JSON and CBOR readers find a member by a binary search of its
    # structure's members sorted by wire name; the other codecs scan
    searched = getattr(model, "protocol", None) in ("json", "rest-json", "smithy-rpc-v2-cbor")
    for s in model.all_shapes:
        s.name_kept = s.is_exception or id(s) in xml_roots
        s.name_target = (f"strings[{pool.add(s.name)}]" if s.name_kept
                         else f"shape_names[{names.add(s.name)}]")
        refs, t = {}, {}
        if s.has_range:
            t["range_ref"] = f"ranges[{len(ranges)}]"
            ranges.append(s)
        if s.type == "structure" and s.members:
            refs["members_ref"] = f"members[{len(members)}]"
            if searched:
                refs["by_wire_name_ref"] = f"by_wire_name[{by_wire_at}]"
                s.by_wire_at = by_wire_at
                by_wire_at += len(s.by_wire)
                by_wire.append(s)
            for f in s.members:
                f.name_at = pool.add(*f.names_parts)
                f.parent = s
                members.append(f)
        if s.type == "structure" and s.payload:
            t["payload_ref"] = f"strings[{pool.add(s.payload)}]"
        if s.type in ("list", "map"):
            refs["item_ref"] = s.item.shape_at
            if s.item_wire or s.key_wire or s.item_ns or s.key_ns:
                refs["xml_refs_ref"] = f"xml_refs[{len(xml_refs)}]"
                x = {}
                if s.item_wire:
                    x["item_name_ref"] = f"strings[{pool.add(s.item_wire)}]"
                if s.item_ns:
                    x["item_namespace_ref"] = f"strings[{pool.add(*ns_parts(s.item_ns))}]"
                if s.key_wire:
                    x["key_name_ref"] = f"strings[{pool.add(s.key_wire)}]"
                if s.key_ns:
                    x["key_namespace_ref"] = f"strings[{pool.add(*ns_parts(s.key_ns))}]"
                xml_refs.append(x)
        if s.type == "map":
            refs["key_ref"] = s.key.shape_at
        if s.enum_values:
            s.enum_at = pool.add(*s.enum_values)
            refs["enum_values_ref"] = f"strings[{s.enum_at}]"
        if s.is_exception:
            t["error_code_ref"] = f"strings[{pool.add(s.error_code)}]"
        if s.xml_namespace:
            t["xml_namespace_ref"] = f"strings[{pool.add(*ns_parts(s.xml_namespace))}]"
        if s.location_name:
            t["location_name_ref"] = f"strings[{pool.add(s.location_name)}]"
        ints = {}
        if s.is_exception and s.http_status:
            ints["http_status"] = str(s.http_status)
        if s.type == "structure" and s.sink_field:
            ints["has_sink"] = "true"
            ints["sink_offset"] = f"offsetof({s.c_type}, {s.sink_field})"
        s.traits_at = None
        if t or ints:
            # shapes with the same traits share one record
            key = (tuple(sorted(t.items())), tuple(sorted(ints.items())))
            if key not in traits_at:
                traits_at[key] = len(traits)
                traits.append({"refs": t, "ints": ints, "shapes": []})
            s.traits_at = f"traits[{traits_at[key]}]"
            traits[traits_at[key]]["shapes"].append(s.name)
        s.refs = refs
    model.shape_records = [(name, ctype, [s for s in model.all_shapes if s.record == name])
                           for name, ctype in SHAPE_RECORDS]
    model.table_traits = traits
    model.table_members = members
    model.table_by_wire = by_wire
    model.table_by_wire_count = by_wire_at
    model.table_ranges = ranges
    model.table_xml_refs = xml_refs
    model.table_strings = pool
    model.table_shape_names = names


def service_tables(svc, pool):
    """Lays out, in the same object as the shapes (string pool `pool`), the
    service descriptor and its operations: each operation gets op.index,
    op.var (what the typed wrappers pass) and op.refs, and svc gets
    service_refs, the modeled errors' references (table_op_errors,
    table_service_errors: shape indexes), the endpoint parameters
    (table_static_params, table_context_params) and the compiled
    expressions of operationContextParams (table_paths, table_path_nodes).

    svc is a Model, or anything with the same names (c, service,
    operations; the endpoint tests' small descriptors have nothing else)."""
    op_errors, static_params, context_params, paths, path_nodes = [], [], [], [], []
    runs = {}

    def share(rows, table, field, refs):
        """Points refs[field + "_ref"] at rows in table (named field):
        operations with the same rows share them."""
        if not rows:
            return
        key = (field, repr(rows))
        if key not in runs:
            runs[key] = f"{field}[{len(table)}]"
            table += rows
        refs[field + "_ref"] = runs[key]

    def text(field, value, refs):
        if value is not None:
            refs[field] = f"strings[{pool.add(value)}]"

    for i, op in enumerate(svc.operations):
        op.index = i
        op.var = f"awsc__{svc.c}_tables.operations[{i}]"
        refs = {}
        text("name_ref", op.name, refs)
        text("http_method_ref", getattr(op, "method", None), refs)
        text("request_uri_ref", getattr(op, "uri", None), refs)
        if getattr(op, "input", None) is not None:
            refs["input_ref"] = op.input.shape_at
        if getattr(op, "output", None) is not None:
            refs["output_ref"] = op.output.shape_at
        if getattr(op, "errors", None):
            refs["errors_ref"] = f"op_errors[{len(op_errors)}]"
            op_errors += [e.shape_at for e in op.errors]
        text("host_prefix_ref", getattr(op, "host_prefix", None), refs)
        refs["service_ref"] = "service"
        exprs = {}
        for name, compiled in op.ep.exprs:
            exprs[name] = len(paths)
            paths.append({"text_at": pool.add(compiled.text), "first": len(path_nodes),
                          "count": len(compiled.nodes), "op": op.name})
            for n in compiled.nodes:
                path_nodes.append(n.c_fields(
                    lambda field, s, k=len(path_nodes):
                        f"REF(path_nodes[{k}].{field}, strings[{pool.add(s)}])"))
        statics = []
        for name, ptype, value in op.ep_static_params:
            param = {"name_at": pool.add(name), "type": ptype,
                     "boolean": "true" if value is True else "false", "count": 0,
                     "value_at": None}
            if ptype == "AWSC_EP_PARAM_STRING":
                param["value_at"] = pool.add(value)
            elif ptype == "AWSC_EP_PARAM_STRING_ARRAY":
                param["count"] = len(value)
                param["value_at"] = pool.add(*value) if value else None
            statics.append(param)
        share(statics, static_params, "static_params", refs)
        share([{"name_at": pool.add(pname),
                "member_at": pool.add(member) if member is not None else None,
                "index": index,
                "path": exprs[expr] if expr is not None else None}
               for pname, member, index, expr in op.ep_context_params],
              context_params, "context_params", refs)
        text("result_wrapper_ref", getattr(op, "result_wrapper", None), refs)
        text("checksum_algorithm_member_ref", getattr(op, "checksum_algorithm_member", None),
             refs)
        text("checksum_mode_member_ref", getattr(op, "checksum_mode_member", None), refs)
        op.refs = refs
    refs = {}
    text("name_ref", svc.service, refs)
    meta = getattr(svc, "meta", {})
    text("service_id_ref", getattr(svc, "service_id", None), refs)
    text("full_name_ref", getattr(svc, "full_name", None), refs)
    text("api_version_ref", meta.get("apiVersion"), refs)
    text("endpoint_prefix_ref", meta.get("endpointPrefix"), refs)
    text("signing_name_ref", getattr(svc, "signing_name", None), refs)
    text("target_prefix_ref", meta.get("targetPrefix"), refs)
    text("json_version_ref", meta.get("jsonVersion"), refs)
    text("xml_namespace_ref", meta.get("xmlNamespace"), refs)
    text("env_name_ref", getattr(svc, "env_name", None), refs)
    if svc.operations:
        refs["operations_ref"] = "operations[0]"
    service_errors = [e.shape_at for e in getattr(svc, "exceptions", [])]
    if service_errors:
        refs["errors_ref"] = "service_errors[0]"
    svc.service_refs = refs
    svc.table_op_errors = op_errors
    svc.table_service_errors = service_errors
    svc.table_static_params = static_params
    svc.table_context_params = context_params
    svc.table_paths = paths
    svc.table_path_nodes = path_nodes


def render(env, template, **kw):
    text = env.get_template(template).render(**kw)
    # collapse runs of blank lines the templates leave behind
    out, blank = [], 0
    for line in text.splitlines():
        line = line.rstrip()
        blank = blank + 1 if not line else 0
        if blank <= 1:
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def write_if_changed(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def generate_service(models_dir, service, outdir, env=None, flat=False, protocol=None):
    env = env or environment()
    model = prepare(M.Model(M.load_service(models_dir, service), service, protocol=protocol,
                            foreign_types=M.foreign_type_names(models_dir, service)),
                    service_dir=M.service_dir(models_dir, service))
    hdir = outdir if flat else os.path.join(outdir, "include", "awsc")
    sdir = outdir if flat else os.path.join(outdir, "src")
    files = {
        os.path.join(hdir, f"{service}.h"): "service.h.j2",
        os.path.join(sdir, f"{service}_tables.c"): "tables.c.j2",
        os.path.join(sdir, f"{service}_ops.c"): "ops.c.j2",
        os.path.join(sdir, f"{service}_pagers.c"): "pagers.c.j2",
    }
    for path, template in files.items():
        write_if_changed(path, render(env, template, m=model))


# The operations the runtime's credential providers call (runtime/auth:
# assume-role, web identity, SSO and its token refresh). Every build has
# them, whatever -Dservices selects: a copy of each service cut down to
# these operations, under its own C prefix (awsc_creds_sts_...) so that it
# never collides with the full service when that is built too. The copies
# are runtime-private: no installed header, not in the service registry,
# nothing exported.
RUNTIME_SERVICES = [
    ("sts", "creds_sts", ["AssumeRole", "AssumeRoleWithWebIdentity"]),
    ("sso", "creds_sso", ["GetRoleCredentials"]),
    ("sso-oidc", "creds_sso_oidc", ["CreateToken"]),
]


def generate_runtime_services(models_dir, outdir, env=None):
    """outdir/awsc/PREFIX.h and outdir/PREFIX_{tables,ops}.c."""
    env = env or environment()
    for service, prefix, ops in RUNTIME_SERVICES:
        raw = dict(M.load_service(models_dir, service))
        missing = [o for o in ops if o not in raw["operations"]]
        if missing:
            raise SystemExit(f"awsc-gen: {service} has no operation {', '.join(missing)}")
        raw["operations"] = {k: v for k, v in raw["operations"].items() if k in ops}
        model = prepare(M.Model(raw, service, c_prefix=prefix, docs=False), header_name=prefix,
                        service_dir=M.service_dir(models_dir, service), api="",
                        pagers_too=False)
        files = {
            os.path.join(outdir, "awsc", f"{prefix}.h"): "service.h.j2",
            os.path.join(outdir, f"{prefix}_tables.c"): "tables.c.j2",
            os.path.join(outdir, f"{prefix}_ops.c"): "ops.c.j2",
        }
        for path, template in files.items():
            write_if_changed(path, render(env, template, m=model))


def c_ident(service):
    return re.sub(r"[^a-z0-9]+", "_", service.lower())


def generate_registry(services, out):
    env = environment()
    text = render(env, "registry.c.j2", services=[(s, c_ident(s)) for s in sorted(services)])
    write_if_changed(out, text)


def main(argv=None):
    ap = argparse.ArgumentParser(description="awsc code generator")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("service")
    p.add_argument("--models", required=True)
    p.add_argument("--service", required=True)
    p.add_argument("--outdir", required=True)
    p.add_argument("--flat", action="store_true", help="all three files straight into outdir")
    p.add_argument("--protocol", default="", help="the protocol to build for, of those offered")
    p = sub.add_parser("list")
    p.add_argument("--models", required=True)
    p.add_argument("--services", default="default")
    p = sub.add_parser("protocols")
    p.add_argument("--models", required=True)
    p.add_argument("--services", default="default")
    p.add_argument("--protocols", default="", help="-Dprotocols")
    p = sub.add_parser("flags")
    p.add_argument("--models", required=True)
    p.add_argument("--services", default="default")
    p = sub.add_parser("registry")
    p.add_argument("--services", required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("default")
    p.add_argument("--models", required=True)
    p.add_argument("--outdir", required=True)
    p = sub.add_parser("runtime")
    p.add_argument("--models", required=True)
    p.add_argument("--outdir", required=True)
    args = ap.parse_args(argv)

    if args.cmd == "service":
        generate_service(args.models, args.service, args.outdir, flat=args.flat,
                         protocol=args.protocol or None)
    elif args.cmd == "list":
        # "name path-of-its-service-model", for meson's dependency tracking
        for s in M.list_services(args.models, args.services):
            d = M.service_dir(args.models, s)
            model = [f for f in os.listdir(d) if f.startswith("service-2.json")][0]
            print(s, os.path.relpath(os.path.join(d, model), args.models))
    elif args.cmd == "protocols":
        # the protocols the services are built for, one per line: the codecs
        # the runtime needs (meson leaves the others out of the library)
        prefer = M.protocol_overrides(args.protocols)
        found = set()
        for s in M.list_services(args.models, args.services):
            d = M.service_dir(args.models, s)
            model = [f for f in os.listdir(d) if f.startswith("service-2.json")][0]
            with open(os.path.join(d, model)) as f:
                meta = json.load(f)["metadata"]
            found.add(M.choose_protocol(meta, s, prefer.get(s)))
        for p in sorted(found):
            print(p)
    elif args.cmd == "flags":
        # the AWSC_SVC_* flags of the services, one per line: the runtime
        # builds the customizations of these only (runtime/custom)
        found = set()
        for s in M.list_services(args.models, args.services):
            found.update(M.SERVICE_FLAGS.get(s, []))
        for f in sorted(found):
            print(f)
    elif args.cmd == "registry":
        generate_registry([s for s in args.services.split(",") if s], args.out)
    elif args.cmd == "default":
        env = environment()
        for s in M.DEFAULT_SERVICES:
            generate_service(args.models, s, args.outdir, env)
        generate_registry(M.DEFAULT_SERVICES, os.path.join(args.outdir, "src", "services.c"))
        generate_runtime_services(args.models, os.path.join(args.outdir, "runtime"), env)
    elif args.cmd == "runtime":
        generate_runtime_services(args.models, args.outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
