#!/usr/bin/python3
"""The reference (codegen/docs.py) rendered for some services into a
temporary folder, then checked: every page parses with its tags balanced,
every link inside the reference reaches a page that exists and, when it
names a fragment, an element with that id; every man page formats without
a warning (groff, when installed). Links out of the reference (the
models' own links to AWS documentation) are counted, not fetched: this
machine has no network.

    linkcheck.py DOCS.PY MODELS SERVICES
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

VOID = {"br", "meta", "link", "img", "hr", "input"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.stack, self.errors = set(), [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            if a["id"] in self.ids:
                self.errors.append("id %r twice" % a["id"])
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "link" and "href" in a:
            self.links.append(a["href"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("</%s> closes <%s>" % (tag, self.stack[-1] if self.stack else ""))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()


def main():
    docs, models, services = sys.argv[1:4]
    out = tempfile.mkdtemp(prefix="awsc-docs-")
    try:
        html_dir, man_dir = os.path.join(out, "html"), os.path.join(out, "man1")
        start = time.monotonic()
        subprocess.run([sys.executable, docs, "--models", models, "--services", services,
                        "--out", html_dir, "--man", man_dir], check=True)
        took = time.monotonic() - start
        pages = {}
        for root, _, files in os.walk(html_dir):
            for f in files:
                if f.endswith(".html"):
                    path = os.path.join(root, f)
                    p = Page()
                    with open(path, encoding="utf-8") as fh:
                        p.feed(fh.read())
                    p.close()
                    if p.stack:
                        p.errors.append("unclosed: %s" % " ".join(p.stack))
                    pages[os.path.normpath(path)] = p
        problems, inside, outside = [], 0, 0
        for path, p in sorted(pages.items()):
            rel = os.path.relpath(path, html_dir)
            problems += ["%s: %s" % (rel, e) for e in p.errors]
            for href in p.links:
                u = urllib.parse.urlsplit(href)
                if u.scheme:
                    outside += 1
                    continue
                inside += 1
                target = os.path.normpath(os.path.join(os.path.dirname(path), u.path)) \
                    if u.path else path
                if not os.path.exists(target):
                    problems.append("%s: %s: no such page" % (rel, href))
                elif u.fragment and target.endswith(".html") and \
                        u.fragment not in pages[target].ids:
                    problems.append("%s: %s: no element with that id" % (rel, href))
        man_checked = 0
        groff = shutil.which("groff")
        for f in sorted(os.listdir(man_dir)):
            if groff:
                r = subprocess.run([groff, "-man", "-ww", "-Wbreak", "-z", os.path.join(man_dir, f)],
                                   capture_output=True, text=True)
                if r.returncode or r.stderr.strip():
                    problems.append("%s: %s" % (f, r.stderr.strip()[:500]))
                man_checked += 1
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("reference for %s: %d pages in %.1f s; %d links inside checked, %d to AWS "
              "documentation not fetched; %d man pages %s; %d problems"
              % (services, len(pages), took, inside, outside, man_checked,
                 "formatted by groff" if groff else "(groff absent: not formatted)",
                 len(problems)))
        return 1 if problems else 0
    finally:
        shutil.rmtree(out)


if __name__ == "__main__":
    sys.exit(main())
