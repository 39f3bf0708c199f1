#!/usr/bin/env python3
"""How many NVIDIA cards does gpu-setup identify before the driver is installed?

Picks about a hundred display device ids from resources/knowledge/nvidia_pci_ids.tsv (up to 12
per architecture, none that gpus.json already lists, plus a few named in issue 11), builds one
snapshot host per id in a temporary folder (Ubuntu 22.04, nouveau bound, this machine's pci.ids
cut to that id, no NVIDIA driver), runs `gpu-setup doctor --json` and `gpu-setup plan --json` on
each and counts the ids whose architecture and compute capability come out as the table says, and
the ids whose GPU stage is blocked. Run it with an old and a new binary to compare:

    python3 tests/bench/gpu_identification.py build/app/gpu-setup
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')
sys.path.insert(0, os.path.join(ROOT, 'tests', 'hosts'))
import make_hosts  # noqa: E402  (the snapshot builder the golden hosts use)

KNOW = os.path.join(ROOT, 'resources', 'knowledge')
if not os.path.exists(os.path.join(KNOW, 'nvidia_pci_ids.tsv')):
    KNOW = os.path.join(ROOT, '..', 'shared', 'knowledge')  # before the table was shipped
NON_DISPLAY = re.compile(r'Audio|USB|UCSI|Controller|Bridge|nForce|SMBus|IDE|Ethernet|Memory|'
                         r'LPC|SATA|PCI|Switch|Engineering|BlueField', re.I)
NAMED = ['28A1', '2D19', '25B9', '26B9', '13C0', '134D']  # issue 11's examples


def pick():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(KNOW, 'nvidia_pci_ids.tsv'))][1:]
    chips = json.load(open(os.path.join(KNOW, 'nvidia_chips.json')))
    gpus = json.load(open(os.path.join(KNOW, 'gpus.json')))
    catalog = {p['device_id'].split(':')[1].upper() for g in gpus['gpus'] for p in (g.get('pci_ids') or [])}

    def family(chip, dev):
        best = None
        for c in chips['chips']:
            if chip.startswith(c['prefix']) and (best is None or len(c['prefix']) > len(best['prefix'])):
                best = c
        if best:
            return best['arch'], best['cc']
        for r in chips['device_id_ranges']:
            if int(r['from'], 16) <= int(dev, 16) <= int(r['to'], 16):
                return r['arch'], r['cc']
        return None

    by_dev = defaultdict(list)
    for r in rows:
        by_dev[r[0]].append(r)
    found = defaultdict(list)
    for dev, rs in sorted(by_dev.items()):
        if dev in catalog:
            continue
        generic = [r for r in rs if r[1] == '-']
        names = {r[2] for r in rs}
        name = generic[0][2] if generic else (names.pop() if len(names) == 1 else None)
        if not name or NON_DISPLAY.search(name):
            continue
        chip = next((r[3] for r in rs if r[3] != '-'), '-')
        fam = family(chip, dev)
        if fam:
            found[fam[0]].append((dev, name, fam[0], fam[1]))
    chosen = []
    for arch, ids in found.items():
        n = min(len(ids), 12)
        chosen += [ids[int(i * len(ids) / n)] for i in range(n)]
    for dev in NAMED:
        if dev not in [c[0] for c in chosen]:
            chosen += [c for ids in found.values() for c in ids if c[0] == dev]
    return sorted(chosen)


def host_for(dev, workdir):
    h = make_hosts.Host('id-' + dev, 'student', '/home/student', 'lab', {'PATH': make_hosts.PATH_STD}, '')
    h.dir = os.path.join(workdir, dev)
    h.os_release('os-release/chef_ubuntu_2204.os-release', '5.15.0-91-generic')
    h.passwd()
    h.bare_metal()
    h.pci('0000:01:00.0', '030000', '10de', dev.lower(), driver='nouveau', boot_vga=1,
          parent='pci0000:00/0000:00:01.0')
    h.pci_ids({('10de', dev.lower())})
    h.modules(['nouveau'])
    h.write()
    return h.dir


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'build', 'app', 'gpu-setup')
    ids = pick()
    right, blocked, named = Counter(), Counter(), Counter()
    misses = []
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, XDG_STATE_HOME=os.path.join(work, 'state'))
        for dev, name, arch, cc in ids:
            d = host_for(dev, work)
            doc = json.loads(subprocess.run([exe, 'doctor', '--json', '--host', d], env=env,
                                            capture_output=True, text=True).stdout)
            plan = json.loads(subprocess.run([exe, 'plan', '--json', '--host', d], env=env,
                                             capture_output=True, text=True).stdout)
            g = [x for x in doc['gpus']['gpus'] if x['nvidia']][0]
            ok = g['architecture'] == arch and g['computeCapability'] == cc
            maxwell_plus = arch != 'Kepler'
            right[maxwell_plus] += ok
            stage = [s for s in plan['stages'] if s['id'] == 'gpu'][0]
            blocked[maxwell_plus] += stage['status'] == 'blocked'
            named[maxwell_plus] += not g['name'].lower().startswith('10de:')
            if not ok and len(misses) < 8:
                misses.append('%s %s: got %r %r, want %s %s' % (dev, name, g['architecture'],
                                                                g['computeCapability'], arch, cc))
    total = Counter(arch != 'Kepler' for _, _, arch, _ in ids)
    print('binary: %s' % exe)
    print('ids: %d (%s)' % (len(ids), ', '.join('%s %d' % kv for kv in sorted(Counter(a for _, _, a, _ in ids).items()))))
    for mp, label in ((True, 'Maxwell or newer'), (False, 'Kepler')):
        print('%-17s %3d ids: architecture+cc right %3d, named %3d, GPU stage blocked %3d'
              % (label, total[mp], right[mp], named[mp], blocked[mp]))
    for m in misses:
        print('  miss', m)


if __name__ == '__main__':
    main()
