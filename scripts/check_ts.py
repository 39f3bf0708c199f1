#!/usr/bin/env python3
"""Check Qt .ts translation files before they ship.

A translation that is unfinished shows English in the middle of a Chinese page, and one whose
placeholders (%1, %n, %L2) differ from its source shows wrong numbers or raw "%3" to a student;
neither is caught by lrelease. Exits 1 when any file has such an entry, 2 on a usage/parse error.

Usage: scripts/check_ts.py [FILE.ts ...]   (default: translations/*.ts next to this script)

Files in the source language (language "en*": the sources are English) may leave entries
unfinished (Qt then shows the source); their finished entries are still checked.
"""
import collections
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")


def placeholders(text):
    return collections.Counter(m.group(0).replace("%L", "%") for m in PLACEHOLDER.finditer(text))


def check_file(path):
    """Returns (problems, finished, unfinished, contexts)."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise SystemExit("check_ts: cannot read %s: %s" % (path, e)) from None
    language = root.get("language", "")
    source_language = language.startswith("en")
    problems = []
    finished = unfinished = 0
    contexts = set()
    last_file = "?"  # "-locations relative" names a file only where it changes
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            contexts.add(name)
            loc = msg.find("location")
            if loc is not None and loc.get("filename"):
                last_file = loc.get("filename")
            where = "%s (%s): [%s] %r" % (path, last_file, name, source[:60])
            if tr is None:
                forms = []
            elif msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""]
            if kind == "unfinished" or not any(forms):
                unfinished += 1
                if not source_language:
                    problems.append("%s: unfinished" % where)
                continue
            finished += 1
            want = placeholders(source)
            for form in forms:
                if not form:
                    problems.append("%s: empty numerus form" % where)
                    continue
                got = placeholders(form)
                # One numerus form may leave %n out ("one file"); every %N must stay.
                if msg.get("numerus") == "yes" and len(forms) > 1:
                    got["%n"] = want["%n"]
                if set(got) != set(want):
                    problems.append("%s: placeholders %s in the source but %s in %r" % (
                        where, sorted(want), sorted(got), form[:60]))
    return problems, finished, unfinished, contexts


def main(argv):
    files = argv[1:]
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(glob.glob(os.path.join(here, "..", "translations", "*.ts")))
    if not files:
        print("check_ts: no .ts files given or found", file=sys.stderr)
        return 2
    bad = 0
    for path in files:
        problems, finished, unfinished, contexts = check_file(path)
        for p in problems:
            print(p)
        bad += len(problems)
        print("%s: %d finished, %d unfinished, %d contexts, %d problems" % (
            os.path.relpath(path), finished, unfinished, len(contexts), len(problems)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
