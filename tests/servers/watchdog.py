"""Leads a test server's process group; see servers.py.

usage: python3 watchdog.py FOLDER, with standard input the read end of a pipe
that only the starting process can write to. When that process dies the pipe
reports end-of-file: end the whole group and remove the server's FOLDER.
"""
import os
import shutil
import signal
import sys
import time

while os.read(0, 512):
    pass
signal.signal(signal.SIGTERM, signal.SIG_IGN)
os.killpg(0, signal.SIGTERM)
time.sleep(1)  # a moment for a clean exit before the folder goes
shutil.rmtree(sys.argv[1], ignore_errors=True)
os.killpg(0, signal.SIGKILL)  # whatever is left, this process included
