#!/usr/bin/python3
"""Headers of services whose names run into each other compile together.

Pinpoint's EmailMessage and Pinpoint Email's Message would both be
struct awsc_pinpoint_email_message, SageMaker's EdgeDeploymentStatus and
SageMaker Edge's DeploymentStatus both awsc_sagemaker_edge_deployment_status:
the service with the longer name yields with a trailing underscore
(README, "Names"). Migration Hub Orchestrator has members called linux,
which GCC and Clang predefine as a macro in their GNU modes. The test
generates these services' headers, includes them all in one C file
compiled in GNU mode, and uses each yielded name beside the name it
yields to.

usage: clash.py SOURCE_ROOT BUILD_INCLUDE_DIR CC [C_ARGS...] (the build's compiler and
its c_args: a cross file's --sysroot)
"""
import os
import subprocess
import sys
import tempfile

root, build_include, cc = sys.argv[1], sys.argv[2], sys.argv[3:]
SERVICES = ["pinpoint", "pinpoint-email", "sagemaker", "sagemaker-edge",
            "migrationhuborchestrator"]
USES = """
#include <stddef.h>
/* the shorter-named service keeps its names */
static const size_t pinpoint_body = offsetof(struct awsc_pinpoint_email_message, body);
static const size_t sagemaker_edge = sizeof(struct awsc_sagemaker_edge_model);
/* the longer-named one's yield */
static const size_t email_body = offsetof(struct awsc_pinpoint_email_message_, body);
static const size_t edge_models = sizeof(struct awsc_sagemaker_edge_models_);
static enum awsc_sagemaker_edge_deployment_status_ status;
int main(void)
{
    const char *(*str)(enum awsc_sagemaker_edge_deployment_status_) =
        awsc_sagemaker_edge_deployment_status_str;
    return (int)(pinpoint_body + sagemaker_edge + email_body + edge_models) + (int)status +
           (str == NULL);
}
"""

missing = [s for s in SERVICES if not os.path.isdir(os.path.join(root, "models", s))]
if missing:
    print("SKIP: models/ has no " + ", ".join(missing))
    sys.exit(77)
with tempfile.TemporaryDirectory() as tmp:
    for s in SERVICES:
        subprocess.run([sys.executable, os.path.join(root, "codegen", "generate.py"), "service",
                        "--models", os.path.join(root, "models"), "--service", s,
                        "--outdir", tmp], check=True)
    src = os.path.join(tmp, "clash.c")
    with open(src, "w") as f:
        f.write("".join(f"#include <awsc/{s}.h>\n" for s in SERVICES) + USES)
    r = subprocess.run(cc + ["-std=gnu11", "-Wall", "-Werror", "-fsyntax-only",
                             "-I" + os.path.join(tmp, "include"), "-I" + build_include,
                             "-I" + os.path.join(root, "include"), src],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout + r.stderr)
        print("0 passed, 1 failed")
        sys.exit(1)
print("the headers of " + ", ".join(SERVICES) + " compile together")
print("1 passed, 0 failed")
