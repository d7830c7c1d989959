"""Runs the programs built here through meson's exe_wrapper.

In a cross build (cross/*.ini) the test programs are for another machine:
`meson test` names the wrapper that runs them (qemu-user) in
MESON_EXE_WRAPPER for every test given a program built for the target.
command() puts it before a program of another machine, and leaves
commands of this machine (python3, the AWS CLI, openssl) as they are.
"""
import os
import shlex
import shutil
import subprocess
import sys

WRAPPER = shlex.split(os.environ.get("MESON_EXE_WRAPPER", ""))


def _machine(path):
    """(class, byte order, machine) of an ELF file; None for anything else."""
    found = shutil.which(path) if os.sep not in path else path
    try:
        with open(found or path, "rb") as f:
            head = f.read(20)
    except OSError:
        return None
    if len(head) < 20 or head[:4] != b"\x7fELF":
        return None
    order = "little" if head[5] == 1 else "big"
    return head[4], head[5], int.from_bytes(head[18:20], order)


_HOST = _machine(os.path.realpath(sys.executable))


def command(argv):
    """argv as a list, behind the wrapper when argv[0] is built for another machine."""
    argv = list(argv)
    if WRAPPER and argv:
        machine = _machine(argv[0])
        if machine is not None and machine != _HOST:
            return WRAPPER + argv
    return argv


def run(argv, **kwargs):
    """subprocess.run() of command(argv)."""
    return subprocess.run(command(argv), **kwargs)


def call(argv, **kwargs):
    """subprocess.call() of command(argv)."""
    return subprocess.call(command(argv), **kwargs)


def Popen(argv, **kwargs):  # noqa: N802  (subprocess's name)
    """subprocess.Popen() of command(argv)."""
    return subprocess.Popen(command(argv), **kwargs)
