#!/usr/bin/env python3
"""awsc's reference: HTML pages and man pages rendered from the models.

  docs.py --models DIR --services SPEC --out DIR [--man DIR]

For each service -Dservices=SPEC selects, writes OUT/SERVICE/index.html
(the service, its operations, paginators, waiters and errors),
OUT/SERVICE/OPERATION.html (the C calls, the input and output structures
with every member's full documentation, the errors, the command line's
options) and OUT/SERVICE/types.html (every structure, list, map and enum
by its C name), and OUT/index.html. With --man, MAN/awsc-SERVICE.1 and
MAN/awsc-SERVICE-OPERATION.1 for the command line (awsc help). Names come
from the generator's own model (model.py), so the pages name what the
headers declare.
"""
import argparse
import html
import html.parser
import os
import re
import sys
import unicodedata

import jinja2
from markupsafe import Markup

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as G  # noqa: E402
import model as M  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# Tags of the models' documentation kept as they are; the others are
# dropped (their text kept), or renamed (TAG_MAP).
KEEP_TAGS = {"p", "code", "a", "ul", "ol", "li", "b", "i", "strong", "em", "pre", "dl", "dt",
             "dd", "br", "table", "tr", "td", "th", "thead", "tbody", "h1", "h2", "h3", "h4",
             "sup", "sub"}
TAG_MAP = {"note": "div", "important": "div", "para": "p", "ulink": "a", "title": "b",
           "examples": "div", "example": "div", "programlisting": "pre", "codeblock": "pre"}
VOID_TAGS = {"br"}


class _Cleaner(html.parser.HTMLParser):
    """The models' documentation (HTML of uneven quality) as HTML whose
    tags balance and whose links are only absolute http(s) ones."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.open = [], []

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        cls = tag if tag in ("note", "important") else None
        tag = TAG_MAP.get(tag, tag)
        if tag not in KEEP_TAGS and tag != "div":
            return
        if tag in VOID_TAGS:
            self.out.append(f"<{tag}>")
            return
        attr = ""
        if tag == "a":
            href = dict(attrs).get("href") or dict(attrs).get("url") or ""
            if re.match(r"https?://", href):
                attr = f' href="{html.escape(href, quote=True)}"'
        elif cls:
            attr = f' class="{cls}"'
        self.out.append(f"<{tag}{attr}>")
        self.open.append(tag)

    def handle_endtag(self, tag):
        tag = TAG_MAP.get(tag.lower(), tag.lower())
        if tag in VOID_TAGS or tag not in self.open:
            return
        while self.open:
            t = self.open.pop()
            self.out.append(f"</{t}>")
            if t == tag:
                break

    def handle_data(self, data):
        self.out.append(html.escape(data, quote=False))

    def text(self):
        self.close()
        while self.open:
            self.out.append(f"</{self.open.pop()}>")
        return "".join(self.out).strip()


def clean_html(raw):
    if not raw:
        return ""
    c = _Cleaner()
    c.feed(raw)
    return c.text()


def plain_text(raw):
    """Documentation as paragraphs of plain text (for man pages)."""
    if not raw:
        return []
    text = re.sub(r"(?i)</?(p|li|dt|dd|br|ul|ol|note|important)\b[^>]*>", "\n", raw)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return [re.sub(r"\s+", " ", p).strip() for p in text.split("\n") if p.strip()]


def kebab(name):
    """PutItem -> put-item, as the command line spells operations and
    options (tools/cli: the same rule)."""
    out = []
    for i, c in enumerate(name):
        if c.isupper() and i > 0:
            prev, nxt = name[i - 1], name[i + 1] if i + 1 < len(name) else ""
            if prev.islower() or prev.isdigit() or (nxt.islower() and prev.isupper()):
                out.append("-")
        out.append(c.lower())
    return "".join(out)


def roff(text):
    """Text safe in a man page line."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    # groff reads ASCII: anything else by its code point, ligatures and
    # the like spelled out first (groff has no glyph for them)
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in text)
    return re.sub(r"^([.'])", r"\\&\1", text)


def type_name(model, sh):
    """What a member of this shape is in C, and the anchor of its type."""
    if sh.type in ("structure", "list", "map"):
        return sh.c_type, "types.html#" + sh.name
    if sh.enum_values:
        return "const char * (" + sh.enum_type + ")", "types.html#" + sh.name
    return model.value_c_type(sh), None


def environment():
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(os.path.join(HERE, "templates", "docs")),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["doc"] = lambda raw: Markup(clean_html(raw))
    env.filters["plain"] = plain_text
    env.filters["roff"] = roff
    env.filters["kebab"] = kebab
    env.globals["prototype"] = G.prototype
    env.globals["op_params"] = G.op_params
    return env


def load(models_dir, service):
    model = G.prepare(M.Model(M.load_service(models_dir, service), service,
                              foreign_types=M.foreign_type_names(models_dir, service)),
                      service_dir=M.service_dir(models_dir, service))
    model.type_of_shape = lambda sh: type_name(model, sh)
    model.pager_of = {pg.op.name: pg for pg in model.pagers.paginators}
    model.waiters_of = {}
    for w in model.pagers.waiters:
        model.waiters_of.setdefault(w.op.name, []).append(w)
    return model


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description="awsc's reference from the models")
    ap.add_argument("--models", required=True)
    ap.add_argument("--services", default="default")
    ap.add_argument("--out", required=True, help="the HTML reference's folder")
    ap.add_argument("--man", help="the man pages' folder (man1)")
    ap.add_argument("--stamp", help="a file to touch when done (for the build)")
    args = ap.parse_args(argv)
    env = environment()
    services = M.list_services(args.models, args.services)
    entries = []
    for service in services:
        m = load(args.models, service)
        entries.append(m)
        base = os.path.join(args.out, service)
        write(os.path.join(base, "index.html"), env.get_template("service.html.j2").render(m=m))
        write(os.path.join(base, "types.html"), env.get_template("types.html.j2").render(m=m))
        for op in m.operations:
            write(os.path.join(base, op.name + ".html"),
                  env.get_template("operation.html.j2").render(m=m, op=op))
        if args.man:
            write(os.path.join(args.man, f"awsc-{service}.1"),
                  env.get_template("service.1.j2").render(m=m))
            for op in m.operations:
                write(os.path.join(args.man, f"awsc-{service}-{kebab(op.name)}.1"),
                      env.get_template("operation.1.j2").render(m=m, op=op))
    write(os.path.join(args.out, "index.html"),
          env.get_template("index.html.j2").render(services=entries))
    with open(os.path.join(HERE, "templates", "docs", "style.css"), encoding="utf-8") as f:
        write(os.path.join(args.out, "style.css"), f.read())
    if args.man:
        write(os.path.join(args.man, "awsc.1"),
              env.get_template("awsc.1.j2").render(services=entries))
    if args.stamp:
        write(args.stamp, "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
