#!/usr/bin/python3
"""The service descriptor data of libawsc.so needs no relocation.

    relocations.py READELF LIBAWSC_SO

Each service's tables object (awsc__<svc>_tables: its descriptor,
operations, shapes, rules, ...) holds no pointer, and nothing in the
library points at one from data: programs get a descriptor from
awsc_<svc>_service(), and awsc_services() fills its list by code. So no
dynamic relocation may write into a tables object, and none may write the
address of one anywhere (a RELATIVE relocation whose addend falls inside
it; targets whose relocations carry no addend, such as armhf's REL, are
checked for the first half only). Fails naming each relocation that does,
with the tables object it touches.
"""
import bisect
import re
import subprocess
import sys


def tables_ranges(readelf, lib):
    """(start, end, name) of every awsc__*_tables object, sorted."""
    out = subprocess.run([readelf, "-W", "-s", lib], check=True, capture_output=True,
                         text=True).stdout
    ranges = set()
    for line in out.splitlines():
        f = line.split()
        # Num: Value Size Type Bind Vis Ndx Name
        if len(f) >= 8 and f[3] == "OBJECT" and re.fullmatch(r"awsc__\w+_tables", f[7]):
            start, size = int(f[1], 16), int(f[2], 0)
            if size:
                ranges.add((start, start + size, f[7]))
    return sorted(ranges)


def within(ranges, addr):
    i = bisect.bisect_right(ranges, (addr, float("inf"), "")) - 1
    if i >= 0 and ranges[i][0] <= addr < ranges[i][1]:
        return ranges[i][2]
    return None


def main():
    readelf, lib = sys.argv[1], sys.argv[2]
    ranges = tables_ranges(readelf, lib)
    if not ranges:
        print(f"no awsc__*_tables object in {lib} (a stripped library?)")
        return 1
    out = subprocess.run([readelf, "-W", "-r", lib], check=True, capture_output=True,
                         text=True).stdout
    bad, count = [], 0
    for line in out.splitlines():
        f = line.split()
        if len(f) < 3 or not re.fullmatch(r"[0-9a-f]+", f[0]) or not f[2].startswith("R_"):
            continue
        count += 1
        offset = int(f[0], 16)
        where = within(ranges, offset)
        if where:
            bad.append(f"{line.strip()}: writes into {where}")
            continue
        if "RELATIVE" in f[2] and len(f) >= 4 and re.fullmatch(r"[0-9a-f]+", f[-1]):
            target = within(ranges, int(f[-1], 16))
            if target:
                bad.append(f"{line.strip()}: the address of {target}")
        else:
            named = [t for t in f[4:] if re.fullmatch(r"awsc__\w+_tables", t)]
            if named:
                bad.append(f"{line.strip()}: the address of {named[0]}")
    for b in bad:
        print(b)
    print(f"{len(ranges)} tables objects, {count} dynamic relocations, "
          f"{len(bad)} touching descriptor data")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
