#!/usr/bin/env python3
"""Fill the unfinished entries of a Qt .ts catalogue from other catalogues.

    scripts/ts_fill.py TARGET.ts DONOR.ts [DONOR.ts ...]

Used when two branches each added strings to the same catalogue: take one side, run lupdate
(new entries come back unfinished), then fill them from the other side's file. An entry is
filled only from a donor entry with the same context, source, disambiguation comment and
numerus form that is itself finished. Prints how many were filled and how many remain.
lupdate rewrites the file in its own layout on its next run.
"""
import sys
import xml.etree.ElementTree as ET


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "",
            message.get("numerus") or "")


def finished(message):
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    return t


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    target_path, donors = argv[1], argv[2:]
    known = {}
    for path in donors:
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                t = finished(m)
                if t is not None:
                    known.setdefault(key(name, m), t)
    tree = ET.parse(target_path)
    filled = remaining = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") != "unfinished":
                continue
            donor = known.get(key(name, m))
            if donor is None:
                remaining += 1
                continue
            m.remove(t)
            copy = ET.fromstring(ET.tostring(donor))
            copy.tail = t.tail
            m.append(copy)
            filled += 1
    tree.write(target_path, encoding="utf-8", xml_declaration=True)
    print(f"{target_path}: filled {filled}, still unfinished {remaining}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
