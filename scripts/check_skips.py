#!/usr/bin/env python3
"""Fails a test run that skipped anything not in tests/allowed-skips.txt.

Reads CTest's log of the last run (build/Testing/Temporary/LastTest.log, which holds every
test's whole output), finds each QtTest "SKIP   : Class::function(row) reason" line and each
"Totals: ... N skipped" line, and exits 1 when a skip is not allowed, when a Totals line counts
more skips than the SKIP lines shown, or when CTest itself skipped or did not run a test.
Usage: check_skips.py LastTest.log [allowed-skips.txt]
"""
import os
import re
import sys


def load_allowed(path, as_root):
    allowed = set()
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].split()
            if not line:
                continue
            if len(line) != 2 or line[0] not in ("any", "root", "nonroot"):
                sys.exit(f"{path}: cannot read the line: {raw.rstrip()}")
            when, name = line
            if when == "any" or (when == "root") == as_root:
                allowed.add(name)
    return allowed


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    log = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    allowed_file = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "tests",
                                                                        "allowed-skips.txt")
    allowed = load_allowed(allowed_file, os.geteuid() == 0)
    text = open(log, encoding="utf-8", errors="replace").read()
    blocks = re.split(r"^\d+/\d+ Test: (\S+)\n", text, flags=re.M)
    problems = []
    total_skips = 0
    for name, body in zip(blocks[1::2], blocks[2::2]):
        skips = re.findall(r"^SKIP\s+: (\w+::\w+)(\(.*?\))? (.*)$", body, flags=re.M)
        shown = len(skips)
        counted = sum(int(n) for n in re.findall(r"^Totals: .*?(\d+) skipped", body, flags=re.M))
        total_skips += counted
        for function, row, why in skips:
            if function not in allowed:
                problems.append(f"{name}: {function}{row} skipped: {why.strip()}")
        if counted > shown:
            problems.append(f"{name}: Totals count {counted} skipped, only {shown} SKIP lines")
        status = re.search(r"^Test (Passed|Failed|Skipped|Not Run)\b.*$", body, flags=re.M)
        if status and status.group(1) in ("Skipped", "Not Run"):
            problems.append(f"{name}: CTest says {status.group(0).strip()}")
    if problems:
        print("Unexpected skips (allow one only in tests/allowed-skips.txt, with its reason):")
        for p in problems:
            print("  " + p)
        return 1
    print(f"check_skips: {total_skips} skipped row(s), all allowed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
