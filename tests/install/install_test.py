#!/usr/bin/python3
"""awsc installs like a library: `meson install` of this build into a
temporary folder (--destdir), then the project in consumer/ built against
it three ways, each program run against s3rver (a PutObject, a GetObject
compared, a presigned URL fetched) and its object checked with boto3:

  shared   cc consumer.c $(pkg-config --cflags --libs awsc)
           (the program must load libawsc.so from the install)
  static   cc consumer.c $(pkg-config --static --cflags --libs awsc), with
           libawsc.a in place of -lawsc (the program must not load libawsc.so;
           libcurl's own Libs.private need their -dev packages)
  meson    the consumer's meson.build, `dependency('awsc')`, with
           subprojects/awsc a symlink to this source tree
           (-Dawsc:services=s3, built with ninja -j2)

pkg-config reads the installed awsc.pc with PKG_CONFIG_SYSROOT_DIR set to
the destdir, as for a staged install.

usage: install_test.py BUILD_DIR SOURCE_ROOT SERVERS_PY MESON
       (the C compiler from $CC, a command line; the build's b_sanitize,
       c_args and c_link_args from $AWSC_TEST_SANITIZE, $AWSC_TEST_C_ARGS and
       $AWSC_TEST_C_LINK_ARGS, which the consumer is built with too)
"""
import glob
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import urllib.request

import boto3
from botocore.config import Config

HERE = os.path.dirname(os.path.abspath(__file__))
BUCKET = "awsc-install"


def run(cmd, failures, what, **kw):
    """Runs cmd; on failure records what and the output, returns None."""
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        failures.append(f"{what}: exit status {r.returncode}: {shlex.join(cmd)}\n"
                        f"{r.stdout[-3000:]}{r.stderr[-3000:]}")
        return None
    return r


def pkg_config(args, env, failures):
    r = run(["pkg-config"] + args + ["awsc"], failures, "pkg-config " + " ".join(args), env=env)
    return shlex.split(r.stdout) if r else None


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    build, source, servers_py, meson = sys.argv[1:]
    cc = shlex.split(os.environ.get("CC", "cc"))
    sanitize = os.environ.get("AWSC_TEST_SANITIZE", "none")
    c_args = shlex.split(os.environ.get("AWSC_TEST_C_ARGS", ""))
    c_link_args = shlex.split(os.environ.get("AWSC_TEST_C_LINK_ARGS", ""))
    build_flags = c_args + c_link_args + ([] if sanitize == "none" else ["-fsanitize=" + sanitize])
    cc += build_flags
    meson_opts = [f"-Db_sanitize={sanitize}", "-Dc_args=" + " ".join(c_args),
                  "-Dc_link_args=" + " ".join(c_link_args)]
    sys.path.insert(0, os.path.dirname(os.path.abspath(servers_py)))
    import servers

    failures = []
    work = tempfile.mkdtemp(prefix="awsc-install-")
    programs = {}   # way -> (program, environment)
    try:
        root = os.path.join(work, "root")
        if not run([meson, "install", "-C", build, "--destdir", root, "--no-rebuild", "--quiet"],
                   failures, "meson install"):
            return report(failures)
        pcs = glob.glob(os.path.join(root, "**", "pkgconfig", "awsc.pc"), recursive=True)
        if len(pcs) != 1:
            failures.append(f"meson install wrote {len(pcs)} awsc.pc files: {pcs}")
            return report(failures)
        pcdir = os.path.dirname(pcs[0])
        libdir = os.path.dirname(pcdir)
        for h in ("awsc.h", "build_config.h", "s3.h", "presign.h"):
            if not glob.glob(os.path.join(root, "**", "include", "awsc", h), recursive=True):
                failures.append(f"no include/awsc/{h} installed")
        print(f"installed: {pcs[0]}")
        with open(pcs[0], encoding="utf-8") as f:
            print(f.read())

        env = dict(os.environ, PKG_CONFIG_PATH=pcdir, PKG_CONFIG_SYSROOT_DIR=root)
        env.pop("PKG_CONFIG_LIBDIR", None)
        consumer_c = os.path.join(HERE, "consumer", "consumer.c")
        cflags = pkg_config(["--cflags"], env, failures)
        libs = pkg_config(["--libs"], env, failures)
        static_libs = pkg_config(["--static", "--libs"], env, failures)
        shared_lib = glob.glob(os.path.join(libdir, "libawsc.so"))
        static_lib = os.path.join(libdir, "libawsc.a")

        # 1. shared: the plain pkg-config line
        if cflags is not None and libs is not None:
            if not shared_lib:
                print("SKIP shared: this build installed no libawsc.so (default_library=static)")
            else:
                exe = os.path.join(work, "consumer-shared")
                if run(cc + [consumer_c, "-o", exe] + cflags + libs, failures, "cc (shared)"):
                    programs["shared"] = (exe, {"LD_LIBRARY_PATH": libdir})

        # 2. static: pkg-config --static, libawsc.a itself
        if cflags is not None and static_libs is not None:
            if not os.path.exists(static_lib):
                print("SKIP static: this build installed no libawsc.a (default_library=shared)")
            else:
                exe = os.path.join(work, "consumer-static")
                line = [static_lib if a == "-lawsc" else a for a in static_libs]
                if run(cc + [consumer_c, "-o", exe] + cflags + line, failures, "cc (static)"):
                    programs["static"] = (exe, {})
                elif "cannot find -l" in failures[-1]:
                    failures[-1] += ("\n(libcurl's awsc.pc Requires.private names libraries "
                                     "whose -dev packages scripts/install-deps installs)")

        # 3. meson: awsc as a subproject, one line in the consumer's meson.build
        proj = os.path.join(work, "consumer")
        shutil.copytree(os.path.join(HERE, "consumer"), proj)
        os.makedirs(os.path.join(proj, "subprojects"))
        os.symlink(os.path.abspath(source), os.path.join(proj, "subprojects", "awsc"))
        menv = {k: v for k, v in os.environ.items() if not k.startswith("PKG_CONFIG")}
        mbuild = os.path.join(proj, "build")
        if run([meson, "setup", mbuild, proj, "-Dawsc:services=s3", "--force-fallback-for=awsc"]
               + meson_opts,
               failures, "meson setup (subproject)", env=menv) and \
           run(["ninja", "-C", mbuild, "-j2"], failures, "ninja (subproject)", env=menv):
            exe = os.path.join(mbuild, "consumer")
            programs["meson"] = (exe, {})
            # a subproject builds and installs the library, not awsc's tool,
            # tests, examples or benchmarks
            extra = [p for p in ("subprojects/awsc/tools/awsc", "subprojects/awsc/examples",
                                 "subprojects/awsc/tests", "subprojects/awsc/bench")
                     if os.path.exists(os.path.join(mbuild, p))]
            if extra:
                failures.append(f"the subproject built {extra}")
            r = run([meson, "introspect", "--installed", mbuild], failures, "meson introspect")
            if r and "bin/awsc" in r.stdout:
                failures.append("the subproject would install the awsc tool")

        # each program against s3rver
        ran = check_programs(programs, servers, failures)
        print(f"ran: {', '.join(ran) or 'none'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report(failures)


def check_programs(programs, servers, failures):
    ran = []
    if not programs:
        return ran
    base = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    base.update(AWS_ACCESS_KEY_ID="AKIDAWSCEXAMPLE", AWS_SECRET_ACCESS_KEY="example/secret",
                AWS_DEFAULT_REGION="us-west-2", AWS_EC2_METADATA_DISABLED="true",
                AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    with servers.start("s3rver") as server:
        s3 = boto3.client("s3", endpoint_url=server.url, region_name="us-west-2",
                          aws_access_key_id="AKIDAWSCEXAMPLE",
                          aws_secret_access_key="example/secret",
                          config=Config(s3={"addressing_style": "path"}))
        s3.create_bucket(Bucket=BUCKET)
        for way, (exe, extra_env) in programs.items():
            key, text = f"{way}/object.txt", f"written by the {way} consumer \u2713"
            env = dict(base, AWS_ENDPOINT_URL=server.url, **extra_env)
            if way in ("shared", "static"):
                ldd = subprocess.run(["ldd", exe], capture_output=True, text=True,
                                     env=dict(os.environ, **extra_env)).stdout
                loads = [line.strip() for line in ldd.splitlines() if "libawsc" in line]
                if way == "shared" and not any(extra_env["LD_LIBRARY_PATH"] in l for l in loads):
                    failures.append(f"{way}: the program does not load the installed "
                                    f"libawsc.so: {loads}")
                if way == "static" and loads:
                    failures.append(f"{way}: the program loads {loads}")
            r = run([exe, BUCKET, key, text], failures, f"{way} consumer", env=env, timeout=60)
            if not r:
                continue
            print(f"{way}: {r.stdout.strip()}")
            if "GetObject: %d bytes, the same" % len(text.encode()) not in r.stdout:
                failures.append(f"{way}: the object did not come back the same: {r.stdout}")
            stored = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read().decode()
            if stored != text:
                failures.append(f"{way}: s3rver holds {stored!r}, not {text!r}")
            url = next((l.split(" ", 1)[1] for l in r.stdout.splitlines()
                        if l.startswith("presigned: ")), None)
            if not url or "X-Amz-Signature=" not in url:
                failures.append(f"{way}: no presigned URL: {r.stdout}")
            else:
                with urllib.request.urlopen(url, timeout=30) as resp:
                    fetched = resp.read().decode()
                if fetched != text:
                    failures.append(f"{way}: the presigned URL gave {fetched!r}")
            s3.delete_object(Bucket=BUCKET, Key=key)
            ran.append(way)
    return ran


def report(failures):
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
