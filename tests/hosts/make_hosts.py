#!/usr/bin/env python3
"""Builds the whole-machine snapshot hosts in tests/hosts/ from the real captures in
tests/fixtures/. Every host is described below: which capture each file or command output
comes from, and where a value had to be edited or composed (no capture of that exact machine
exists). Run it from anywhere; it rewrites the generated hosts (not `captured-*` ones, which
`gpu-setup snapshot` wrote on real machines).

    python3 tests/hosts/make_hosts.py
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', 'fixtures')
PCI_IDS = '/usr/share/misc/pci.ids'

# The exact argv (joined by spaces) the probes run; keep in step with core/probe/*.
UNAME = 'uname -m'
VIRT = 'systemd-detect-virt'
SMI_XML = 'nvidia-smi -q -x'
SMI_TABLE = 'nvidia-smi'
MOKUTIL = 'mokutil --sb-state'
GCC = 'gcc --version'
MAKE = 'make --version'
DPKG_FMT = 'dpkg-query -W -f=${Package}\\t${Version}\\t${Status}\\n'
DF = 'df -P -B1 /tmp {home} /usr/local'
APT_MODULES = 'apt-cache pkgnames linux-modules-nvidia-'


def fixture(rel):
    with open(os.path.join(FIX, rel), 'rb') as f:
        return f.read()


class Host:
    def __init__(self, name, user, home, hostname, env, readme):
        self.name = name
        self.dir = os.path.join(HERE, name)
        self.user, self.home = user, home
        self.env = dict(env)
        self.env.setdefault('HOME', home)
        self.env.setdefault('USER', user)
        self.files = {}
        self.links = {}
        self.dirs = set()
        self.commands = {}
        self.nvml = None
        self.readme = readme
        self.file('/etc/hostname', hostname + '\n')
        self.notes = []

    def file(self, path, data, mode=0o644):
        if isinstance(data, str):
            data = data.encode()
        self.files[path] = (data, mode)

    def link(self, path, target):
        self.links[path] = target

    def mkdir(self, path):
        self.dirs.add(path)

    def cmd(self, argv, out='', err='', exit=0, status=None, ms=20):
        self.commands[argv] = dict(out=out, err=err, exit=exit, status=status, ms=ms)

    def note(self, text):
        self.notes.append(text)

    # --- building blocks -------------------------------------------------------------
    def os_release(self, fixture_rel, kernel, arch='x86_64'):
        self.file('/etc/os-release', fixture(fixture_rel))
        self.file('/proc/sys/kernel/osrelease', kernel + '\n')
        self.file('/proc/version', 'Linux version %s (buildd@lcy02-amd64-001) (gcc) #1 SMP\n' % kernel)
        self.cmd(UNAME, arch + '\n')
        self.note('os-release: tests/fixtures/%s' % fixture_rel)

    def passwd(self, shell='/bin/bash'):
        self.file('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n'
                  '%s:x:1000:1000:%s,,,:%s:%s\n' % (self.user, self.user, self.home, shell))
        self.env.setdefault('SHELL', shell)

    def bare_metal(self, vendor='Micro-Star International Co., Ltd.', product='MS-7C02',
                   chassis=3, batteries=(), ac=None):
        """A real machine. chassis: the SMBIOS chassis type the kernel shows in
        /sys/class/dmi/id/chassis_type (3 Desktop, 7 Tower, 10 Notebook); batteries and ac: the
        /sys/class/power_supply entries, links into /sys/devices as the kernel makes them."""
        self.file('/sys/class/dmi/id/sys_vendor', vendor + '\n')
        self.file('/sys/class/dmi/id/product_name', product + '\n')
        self.file('/sys/class/dmi/id/chassis_type', '%d\n' % chassis)
        self.power_supply(batteries, ac)
        supplies = list(batteries) + ([ac] if ac else [])
        self.note('DMI chassis_type %d and /sys/class/power_supply (%s): composed, as the kernel '
                  'shows such a %s (SMBIOS chassis types; ACPI battery and mains links)'
                  % (chassis, ', '.join(supplies) or 'empty',
                     'laptop' if chassis in (8, 9, 10, 14, 31, 32) else 'desktop'))
        self.file('/proc/cpuinfo', 'processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vme de pse tsc msr pae mce sse sse2 avx avx2\n')
        self.cmd(VIRT, 'none\n', exit=1)

    def power_supply(self, batteries=(), ac=None):
        self.mkdir('/sys/class/power_supply')
        acpi = '/sys/devices/LNXSYSTM:00/LNXSYBUS:00/'
        for i, b in enumerate(batteries):
            real = acpi + 'PNP0C0A:%02d/power_supply/%s' % (i, b)
            self.file(real + '/type', 'Battery\n')
            self.link('/sys/class/power_supply/' + b, '../../devices' + real[len('/sys/devices'):])
        if ac:
            real = acpi + 'ACPI0003:00/power_supply/' + ac
            self.file(real + '/type', 'Mains\n')
            self.link('/sys/class/power_supply/' + ac, '../../devices' + real[len('/sys/devices'):])

    def vm(self, vendor, product, virt, chassis=None):
        self.file('/sys/class/dmi/id/sys_vendor', vendor + '\n')
        self.file('/sys/class/dmi/id/product_name', product + '\n')
        if chassis is not None:
            self.file('/sys/class/dmi/id/chassis_type', '%d\n' % chassis)
        self.file('/proc/cpuinfo', 'processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vme de pse tsc msr pae sse sse2 avx hypervisor\n')
        self.cmd(VIRT, virt + '\n')

    def pci(self, slot, cls, vendor, device, subv='0000', subd='0000', driver=None,
            boot_vga=None, parent=None):
        parent = parent or 'pci0000:00'
        real = '/sys/devices/%s/%s' % (parent, slot)
        depth = real.count('/') - 1  # from .../<slot>/driver up to /sys
        self.file(real + '/class', '0x%s\n' % cls)
        self.file(real + '/vendor', '0x%s\n' % vendor)
        self.file(real + '/device', '0x%s\n' % device)
        self.file(real + '/subsystem_vendor', '0x%s\n' % subv)
        self.file(real + '/subsystem_device', '0x%s\n' % subd)
        if boot_vga is not None:
            self.file(real + '/boot_vga', '%d\n' % boot_vga)
        if driver:
            self.link(real + '/driver', '../' * depth + 'bus/pci/drivers/' + driver)
            self.mkdir('/sys/bus/pci/drivers/' + driver)
        self.link('/sys/bus/pci/devices/' + slot, '../../..' + real[len('/sys'):])

    def modules(self, names):
        lines = ['%s 1 0 - Live 0x0000000000000000' % n for n in names]
        self.file('/proc/modules', '\n'.join(lines + ['ext4 1 1 - Live 0x0000000000000000']) + '\n')

    def efi(self, secure_boot):
        self.mkdir('/sys/firmware/efi/efivars')
        self.cmd(MOKUTIL, 'SecureBoot %s\n' % ('enabled' if secure_boot else 'disabled'))

    def df(self, free_gb=(20, 120, 120)):
        t, h, u = free_gb
        out = 'Filesystem              1-blocks         Used    Available Capacity Mounted on\n'
        out += 'tmpfs                 8000000000    100000000 %12d       2%% /tmp\n' % (t * 10**9)
        out += '/dev/nvme0n1p2      500000000000 300000000000 %12d      60%% /\n' % (h * 10**9)
        out += '/dev/nvme0n1p2      500000000000 300000000000 %12d      60%% /\n' % (u * 10**9)
        self.cmd(DF.format(home=self.home), out)

    def gcc(self, first_line):
        self.cmd(GCC, first_line + '\nCopyright (C) 2021 Free Software Foundation, Inc.\n')
        self.cmd(MAKE, 'GNU Make 4.3\nBuilt for x86_64-pc-linux-gnu\n')

    def packages(self, patterns, rows):
        out = ''.join('%s\t%s\tinstall ok installed\n' % r for r in rows)
        self.cmd(DPKG_FMT + ' ' + ' '.join(patterns), out, exit=0 if rows else 1,
                 err='' if rows else 'dpkg-query: no packages found matching %s\n' % patterns[0])

    def pci_ids(self, ids):
        self.file('/usr/share/misc/pci.ids', pci_ids_subset(ids))

    # --- output ---------------------------------------------------------------------
    def write(self):
        # The goldens are the tests' to write (GPUSETUP_UPDATE_GOLDEN=1): kept across a rebuild.
        goldens = {}
        if os.path.isdir(self.dir):
            for g in os.listdir(self.dir):
                if g in ('doctor.json', 'plan.json') or g.startswith('report.'):
                    with open(os.path.join(self.dir, g), 'rb') as f:
                        goldens[g] = f.read()
            shutil.rmtree(self.dir)
        fs = os.path.join(self.dir, 'fs')
        os.makedirs(fs)
        for d in sorted(self.dirs):
            os.makedirs(fs + d, exist_ok=True)
        for path, (data, mode) in sorted(self.files.items()):
            os.makedirs(os.path.dirname(fs + path), exist_ok=True)
            with open(fs + path, 'wb') as f:
                f.write(data)
            os.chmod(fs + path, mode)
        for path, target in sorted(self.links.items()):
            os.makedirs(os.path.dirname(fs + path), exist_ok=True)
            os.symlink(target, fs + path)
        commands = {}
        os.makedirs(os.path.join(self.dir, 'cmd'), exist_ok=True)
        for i, (argv, c) in enumerate(sorted(self.commands.items())):
            stem = 'cmd/%02d-%s' % (i + 1, re.sub(r'[^A-Za-z0-9._-]+', '_', argv.split(' ')[0].split('/')[-1] + '_' + '_'.join(argv.split(' ')[1:3]))[:50])
            e = {'exit': c['exit'], 'elapsed_ms': c['ms']}
            if c['status']:
                e['status'] = c['status']
            for key, ext in (('out', 'out'), ('err', 'err')):
                data = c[key]
                if data:
                    if isinstance(data, str):
                        data = data.encode()
                    with open(os.path.join(self.dir, stem + '.' + ext), 'wb') as f:
                        f.write(data)
                    e['stdout' if key == 'out' else 'stderr'] = stem + '.' + ext
            commands[argv] = e
        host = {'user': self.user, 'home': self.home, 'env': self.env, 'commands': commands}
        # git keeps no empty folders: host.json names them
        inside = [p for p in list(self.files) + list(self.links)]
        empty = sorted(d for d in self.dirs if not any(p.startswith(d + '/') for p in inside + list(self.dirs)))
        if empty:
            host['dirs'] = empty
        if self.nvml is not None:
            host['nvml'] = self.nvml
        with open(os.path.join(self.dir, 'host.json'), 'w') as f:
            json.dump(host, f, indent=2, sort_keys=True)
            f.write('\n')
        for g, data in goldens.items():
            with open(os.path.join(self.dir, g), 'wb') as f:
                f.write(data)
        with open(os.path.join(self.dir, 'README.md'), 'w') as f:
            f.write('# %s\n\n%s\n\nWhere each part comes from:\n' % (self.name, self.readme))
            for n in self.notes:
                f.write('- %s\n' % n)
            f.write('\nGenerated by `tests/hosts/make_hosts.py`; `doctor.json` is the golden '
                    '`gpu-setup doctor --json` output (refresh with GPUSETUP_UPDATE_GOLDEN=1).\n')


def pci_ids_subset(ids):
    """Vendor lines for every vendor in ids, device lines (and their subsystem lines) for
    every (vendor, device) in ids, copied from the real pci.ids of the build machine."""
    want_vendors = {v for v, _ in ids}
    out, keep_dev, cur_vendor = [], False, None
    with open(PCI_IDS, encoding='utf-8', errors='replace') as f:
        lines = f.read().split('\n')
    out.append('# Subset of pci.ids (https://pci-ids.ucw.cz), copied by make_hosts.py')
    for line in lines:
        if line.startswith('C '):
            break
        if not line or line.startswith('#'):
            continue
        if not line.startswith('\t'):
            cur_vendor = line[:4]
            keep_dev = False
            if cur_vendor in want_vendors:
                out.append(line)
        elif line.startswith('\t\t'):
            if keep_dev:
                out.append(line)
        else:
            keep_dev = cur_vendor in want_vendors and (cur_vendor, line[1:5]) in ids
            if keep_dev:
                out.append(line)
    return '\n'.join(out) + '\n'


def edit(data, pairs, note_host, what):
    text = data.decode()
    for a, b in pairs:
        if a not in text:
            raise SystemExit('%s: %r not found in %s' % (note_host.name, a, what))
        text = text.replace(a, b)
    note_host.note('%s, edited: %s' % (what, '; '.join('%r -> %r' % p for p in pairs)))
    return text


def proc_driver(version, kind, gcc_line):
    kinds = {'proprietary': 'NVIDIA UNIX x86_64 Kernel Module  %s  Release Build  (dvs-builder@U16-T02-35-3)  Tue Jun 11 00:00:00 UTC 2024' % version,
             'open': 'NVIDIA UNIX Open Kernel Module for x86_64  %s  Release Build  (dvs-builder@U16-I3-A03-02-4)  Mon May 13 17:10:33 UTC 2024' % version}
    return 'NVRM version: %s\nGCC version:  %s\n' % (kinds[kind], gcc_line)


PATH_STD = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

DRIVER_PATTERNS = ['nvidia-driver-*', 'nvidia-kernel-*', 'nvidia-dkms-*', 'nvidia-utils-*',
                   'libnvidia-compute-*', 'nvidia-open*', 'nvidia-driver']
CUDNN_PATTERNS = ['libcudnn*', 'cudnn*']
CUDA_PATTERNS = ['cuda-nvcc-*', 'cuda-cudart-*', 'nvidia-cuda-toolkit']


def hosts():
    H = []

    # 1 -------------------------------------------------------------------------------
    h = Host('vm-ubuntu2404-nogpu', 'student', '/home/student', 'lab-vm',
             {'PATH': PATH_STD, 'SHELL': '/bin/bash', 'LANG': 'zh_CN.UTF-8'},
             'An Ubuntu 24.04 KVM virtual machine with no GPU passed through: only the virtio '
             'display adapter. No NVIDIA driver, toolkit or conda.')
    h.os_release('os-release/chef_ubuntu_2404.os-release', '6.8.0-45-generic')
    h.passwd()
    h.vm('QEMU', 'Standard PC (Q35 + ICH9, 2009)', 'kvm', chassis=1)
    h.note('DMI chassis_type 1 ("Other"): what QEMU\'s default SMBIOS tables say')
    h.pci('0000:00:00.0', '060000', '8086', '29c0', '1af4', '1100')
    h.pci('0000:00:01.0', '030000', '1af4', '1050', '1af4', '1100', driver='virtio-pci', boot_vga=1)
    h.pci_ids({('8086', '29c0'), ('1af4', '1050')})
    h.modules(['virtio_gpu'])
    h.cmd(MOKUTIL, 'EFI variables are not supported on this system\n', exit=1)
    h.df((2, 30, 30))
    h.gcc('gcc (Ubuntu 13.2.0-23ubuntu4) 13.2.0')
    h.packages(DRIVER_PATTERNS, [])
    h.packages(CUDNN_PATTERNS, [])
    h.file(h.home + '/.bashrc', '# ~/.bashrc\ncase $- in *i*) ;; *) return;; esac\nHISTSIZE=1000\n')
    h.file(h.home + '/.profile', 'if [ -n "$BASH_VERSION" ]; then . "$HOME/.bashrc"; fi\n')
    h.nvml = {'state': 'absent', 'library': '', 'error': 'libnvidia-ml.so.1: cannot open shared object file: No such file or directory',
              'driverVersion': '', 'nvmlVersion': '', 'cudaDriverVersion': 0, 'devices': []}
    H.append(h)

    # 2 -------------------------------------------------------------------------------
    h = Host('ubuntu2204-rtx3060-drv535', 'student', '/home/student', 'dl-desktop',
             {'PATH': '/home/student/miniconda3/bin:/home/student/miniconda3/condabin:' + PATH_STD,
              'SHELL': '/bin/bash', 'CONDA_EXE': '/home/student/miniconda3/bin/conda'},
             'A desktop with Ubuntu 22.04, one RTX 3060 and the 535 driver from ubuntu-drivers, '
             'Miniconda with only its base environment, and no CUDA toolkit: the typical '
             'starting point for pip-installed PyTorch.')
    h.os_release('os-release/chef_ubuntu_2204.os-release', '6.5.0-41-generic')
    h.passwd()
    h.bare_metal()
    h.pci('0000:00:00.0', '060000', '8086', '3e30', '1462', '7c02')
    h.pci('0000:01:00.0', '030000', '10de', '2503', '1462', '397d', driver='nvidia', boot_vga=1,
          parent='pci0000:00/0000:00:01.0')
    h.pci('0000:01:00.1', '040300', '10de', '228e', '1462', '397d', driver='snd_hda_intel',
          parent='pci0000:00/0000:00:01.0')
    h.pci_ids({('8086', '3e30'), ('10de', '2503'), ('10de', '228e')})
    h.modules(['nvidia_uvm', 'nvidia_drm', 'nvidia_modeset', 'nvidia'])
    h.file('/proc/driver/nvidia/version',
           proc_driver('535.183.01', 'proprietary', 'gcc version 12.3.0 (Ubuntu 12.3.0-1ubuntu1~22.04)'))
    h.note('/proc/driver/nvidia/version: the proprietary format of tests/fixtures/proc-driver/*, composed with version 535.183.01')
    h.cmd(SMI_XML, edit(fixture('nvidia-smi/xml/telegraf_rtx-3060_570.124.04_v12.xml'),
                        [('<driver_version>570.124.04</driver_version>', '<driver_version>535.183.01</driver_version>'),
                         ('<cuda_version>12.8</cuda_version>', '<cuda_version>12.2</cuda_version>'),
                         ('00000000:2D:00.0', '00000000:01:00.0'),
                         ('<pci_bus>2D</pci_bus>', '<pci_bus>01</pci_bus>')],
                        h, 'nvidia-smi -q -x: tests/fixtures/nvidia-smi/xml/telegraf_rtx-3060_570.124.04_v12.xml'))
    h.efi(False)
    h.df()
    h.gcc('gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0')
    h.packages(DRIVER_PATTERNS, [('nvidia-driver-535', '535.183.01-0ubuntu0.22.04.1'),
                                 ('nvidia-dkms-535', '535.183.01-0ubuntu0.22.04.1'),
                                 ('nvidia-utils-535', '535.183.01-0ubuntu0.22.04.1'),
                                 ('libnvidia-compute-535:amd64', '535.183.01-0ubuntu0.22.04.1')])
    h.packages(CUDNN_PATTERNS, [])
    conda = h.home + '/miniconda3'
    h.file(conda + '/bin/conda', '#!/home/student/miniconda3/bin/python\n', 0o755)
    h.file(conda + '/conda-meta/python-3.12.4-h5148396_1.json', '{}')
    h.file(conda + '/conda-meta/history', '')
    info = {'conda_version': '24.5.0', 'python_version': '3.12.4.final.0', 'root_prefix': conda,
            'active_prefix': conda, 'active_prefix_name': 'base', 'envs_dirs': [conda + '/envs', h.home + '/.conda/envs'],
            'envs': [conda], 'platform': 'linux-64', 'channels': ['https://repo.anaconda.com/pkgs/main/linux-64']}
    h.cmd(conda + '/bin/conda info --json', json.dumps(info, indent=2) + '\n', ms=900)
    h.cmd(conda + '/bin/conda env list --json', json.dumps({'envs': [conda]}, indent=2) + '\n', ms=850)
    h.note('conda info --json: composed in the key layout of conda 24.5 (values as in tests/fixtures/conda/feuyeux_conda-info_24.5.0_wsl2_plain.txt)')
    h.file(h.home + '/.bashrc', '# ~/.bashrc\nHISTSIZE=1000\n\n# >>> conda initialize >>>\n'
           "# !! Contents within this block are managed by 'conda init' !!\n"
           "__conda_setup=\"$('/home/student/miniconda3/bin/conda' 'shell.bash' 'hook' 2> /dev/null)\"\n"
           'eval "$__conda_setup"\nunset __conda_setup\n# <<< conda initialize <<<\n')
    h.file(h.home + '/.profile', 'if [ -n "$BASH_VERSION" ]; then . "$HOME/.bashrc"; fi\n')
    h.nvml = {'state': 'found', 'library': 'libnvidia-ml.so.1', 'error': '', 'driverVersion': '535.183.01',
              'nvmlVersion': '12.535.183.01', 'cudaDriverVersion': 12020,
              'devices': [{'index': 0, 'name': 'NVIDIA GeForce RTX 3060', 'uuid': 'GPU-d6889ff6-2523-9142-ca3c-1ca3f396a625',
                           'pciBusId': '00000000:01:00.0', 'memoryTotalMiB': 12288, 'computeCapability': '8.6'}]}
    H.append(h)

    # 3 -------------------------------------------------------------------------------
    h = Host('ubuntu1804-gtx1070-cuda10', 'student', '/home/student', 'cv-lab',
             {'PATH': '/usr/local/cuda-10.0/bin:/home/student/anaconda3/bin:' + PATH_STD,
              'LD_LIBRARY_PATH': '/usr/local/cuda-10.0/lib64', 'SHELL': '/bin/bash'},
             "The tutorial's own world (2019): Ubuntu 18.04, a GTX 1070, driver 440, CUDA 10.0 from "
             'the runfile with cuDNN 7 copied into it, PATH set by hand in ~/.bashrc, Anaconda3 '
             'with a "pytorch" environment.')
    h.os_release('os-release/ansible_ubuntu_18.04.os-release', '5.4.0-150-generic')
    h.passwd()
    h.bare_metal('ASUSTeK COMPUTER INC.', 'PRIME B360M-A')
    h.pci('0000:00:00.0', '060000', '8086', '3e30', '1043', '8694')
    h.pci('0000:01:00.0', '030000', '10de', '1b81', '3842', '6173', driver='nvidia', boot_vga=1,
          parent='pci0000:00/0000:00:01.0')
    h.pci_ids({('8086', '3e30'), ('10de', '1b81')})
    h.modules(['nvidia_uvm', 'nvidia_drm', 'nvidia_modeset', 'nvidia'])
    h.file('/proc/driver/nvidia/version', fixture('proc-driver/codeindex-26185437064_proprietary_440.95.01_ubuntu-18.04.txt'))
    h.note('/proc/driver/nvidia/version: tests/fixtures/proc-driver/codeindex-26185437064_proprietary_440.95.01_ubuntu-18.04.txt')
    xml = fixture('nvidia-smi/xml/pai_gtx-1070_384.66_v9_trimmed-2of6.xml').decode()
    first_gpu_end = xml.index('</gpu>') + len('</gpu>')
    second = xml.find('<gpu ', first_gpu_end)
    if second != -1:
        xml = xml[:xml.rfind('\n', 0, second) + 1] + xml[xml.index('</nvidia_smi_log>'):]
    xml = edit(xml.encode(), [('<driver_version>384.66</driver_version>',
                               '<driver_version>440.95.01</driver_version>\n\t<cuda_version>10.2</cuda_version>'),
                              ('<attached_gpus>6</attached_gpus>', '<attached_gpus>1</attached_gpus>')],
               h, 'nvidia-smi -q -x: tests/fixtures/nvidia-smi/xml/pai_gtx-1070_384.66_v9_trimmed-2of6.xml, first <gpu> only')
    h.cmd(SMI_XML, xml)
    h.cmd(MOKUTIL, 'SecureBoot disabled\n')
    h.mkdir('/sys/firmware/efi/efivars')
    h.df((10, 200, 200))
    h.gcc('gcc (Ubuntu 7.5.0-3ubuntu1~18.04) 7.5.0')
    h.packages(DRIVER_PATTERNS, [('nvidia-driver-440', '440.95.01-0ubuntu0.18.04.1'),
                                 ('nvidia-dkms-440', '440.95.01-0ubuntu0.18.04.1')])
    h.packages(CUDNN_PATTERNS, [])
    cu = '/usr/local/cuda-10.0'
    h.file(cu + '/version.txt', fixture('cuda-version/codeindex-46352814094_cuda-10.0.130_version.txt'))
    h.file(cu + '/bin/nvcc', '', 0o755)
    h.cmd(cu + '/bin/nvcc -V', fixture('nvcc/issue-qixuema4_cuda-10.0.130.txt'))
    h.file(cu + '/include/cuda.h', '#ifndef __cuda_cuda_h__\n#define __cuda_cuda_h__\n#define CUDA_VERSION 10000\n#endif\n')
    h.file(cu + '/lib64/libcudart.so.10.0.130', '')
    h.link(cu + '/lib64/libcudart.so.10.0', 'libcudart.so.10.0.130')
    h.link(cu + '/lib64/libcudart.so', 'libcudart.so.10.0')
    h.file(cu + '/include/cudnn.h', fixture('cudnn/psenetcpp_cudnn.h_7.2.1.txt'))
    h.file(cu + '/lib64/libcudnn.so.7.2.1', '')
    h.link(cu + '/lib64/libcudnn.so.7', 'libcudnn.so.7.2.1')
    h.link(cu + '/lib64/libcudnn.so', 'libcudnn.so.7')
    h.link('/usr/local/cuda', '/usr/local/cuda-10.0')
    h.note('CUDA 10.0: version.txt tests/fixtures/cuda-version/codeindex-46352814094_cuda-10.0.130_version.txt, '
           'nvcc -V tests/fixtures/nvcc/issue-qixuema4_cuda-10.0.130.txt; cuda.h holds only the CUDA_VERSION line')
    h.note('cuDNN 7.2.1: include/cudnn.h is tests/fixtures/cudnn/psenetcpp_cudnn.h_7.2.1.txt')
    h.file(h.home + '/.bashrc', '# ~/.bashrc\nHISTSIZE=1000\n'
           'export PATH=/usr/local/cuda-10.0/bin${PATH:+:${PATH}}\n'
           'export LD_LIBRARY_PATH=/usr/local/cuda-10.0/lib64${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}\n'
           '# added by Anaconda3 installer\nexport PATH="/home/student/anaconda3/bin:$PATH"\n')
    # The tutorial's mirror advice of 2019: TUNA's pkgs/free first (retired by Anaconda in
    # conda 4.7; TUNA stopped its anaconda mirror for a while in 2019).
    h.file(h.home + '/.condarc', 'channels:\n  - https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/free/\n'
           '  - defaults\nshow_channel_urls: true\n')
    h.note('~/.condarc: composed as the 2019 tutorials wrote it (TUNA pkgs/free, then defaults)')
    ana = h.home + '/anaconda3'
    h.file(ana + '/bin/conda', '#!/home/student/anaconda3/bin/python\n', 0o755)
    h.file(ana + '/conda-meta/python-3.7.3-h0371630_0.json', '{}')
    h.file(ana + '/envs/pytorch/conda-meta/python-3.6.8-h0371630_0.json', '{}')
    h.file(ana + '/envs/pytorch/conda-meta/pytorch-1.0.1-py3.6_cuda10.0.130_cudnn7.4.2_2.json', '{}')
    h.file(ana + '/envs/pytorch/lib/python3.6/site-packages/torch/version.py',
           "__version__ = '1.0.1.post2'\ndebug = False\ncuda = '10.0.130'\ngit_version = 'be6a9b7e'\n")
    info = {'conda_version': '4.6.11', 'python_version': '3.7.3.final.0', 'root_prefix': ana,
            'active_prefix': None, 'envs_dirs': [ana + '/envs', h.home + '/.conda/envs'],
            'envs': [ana, ana + '/envs/pytorch'], 'platform': 'linux-64',
            'channels': ['https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/free/linux-64',
                         'https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/free/noarch',
                         'https://repo.anaconda.com/pkgs/main/linux-64']}
    h.cmd(ana + '/bin/conda info --json', json.dumps(info, indent=2) + '\n', ms=1400)
    h.cmd(ana + '/bin/conda env list --json', json.dumps({'envs': [ana, ana + '/envs/pytorch']}, indent=2) + '\n', ms=1300)
    h.note('Anaconda3: conda info / env list JSON composed in the conda 4.6 key layout; torch/version.py in the layout of PyTorch 1.0.1 wheels')
    h.nvml = {'state': 'found', 'library': 'libnvidia-ml.so.1', 'error': '', 'driverVersion': '440.95.01',
              'nvmlVersion': '10.440.95.01', 'cudaDriverVersion': 10020,
              'devices': [{'index': 0, 'name': 'GeForce GTX 1070', 'uuid': 'GPU-00000000-0000-0000-0000-000000000000',
                           'pciBusId': '00000000:01:00.0', 'memoryTotalMiB': 8119, 'computeCapability': '6.1'}]}
    H.append(h)

    # 4 -------------------------------------------------------------------------------
    h = Host('laptop-hybrid-nouveau-secureboot', 'student', '/home/student', 'hp-laptop',
             {'PATH': PATH_STD, 'SHELL': '/bin/bash'},
             'An HP laptop with Intel UHD 630 graphics and a GTX 1650 Mobile (Optimus), Ubuntu '
             '22.04 with Secure Boot on. nvidia-driver-535 was installed, but its unsigned module '
             'cannot load (the MOK was never enrolled), so nouveau still drives the GPU.')
    h.os_release('os-release/teleport_ubuntu_22.04.1.os-release', '5.15.0-91-generic')
    h.passwd()
    h.bare_metal('HP', 'HP Pavilion Gaming Laptop 15-dk0xxx', chassis=10, batteries=['BAT0'], ac='ADP1')
    h.pci('0000:00:00.0', '060000', '8086', '3ec4', '103c', '85fc')
    h.pci('0000:00:02.0', '030000', '8086', '3e9b', '103c', '85fc', driver='i915', boot_vga=1)
    h.pci('0000:01:00.0', '030000', '10de', '1f91', '103c', '85fc', driver='nouveau', boot_vga=0,
          parent='pci0000:00/0000:00:01.0')
    h.pci('0000:01:00.1', '040300', '10de', '10fa', '103c', '85fc', driver='snd_hda_intel',
          parent='pci0000:00/0000:00:01.0')
    h.note('PCI ids and HP subsystem 103c:85fc: tests/fixtures/lspci/issue-gpupassthrough6_lspci-nnk_hp-laptop-gtx1650-mobile.txt')
    h.pci_ids({('8086', '3ec4'), ('8086', '3e9b'), ('10de', '1f91'), ('10de', '10fa')})
    h.modules(['nouveau', 'i915', 'drm_kms_helper'])
    h.cmd(SMI_XML, fixture('nvidia-smi/errors/driver-not-loaded_couldnt-communicate.txt'), exit=9)
    h.cmd(SMI_TABLE, fixture('nvidia-smi/errors/driver-not-loaded_couldnt-communicate.txt'), exit=9)
    h.note('nvidia-smi output: tests/fixtures/nvidia-smi/errors/driver-not-loaded_couldnt-communicate.txt (exit 9)')
    h.efi(True)
    h.cmd('mokutil --list-new', '')
    # Which modules apt would install under Secure Boot: no signed prebuilt 580 for this kernel,
    # so the plan's 580 is built with DKMS and its key must be enrolled.
    h.cmd(APT_MODULES, fixture('apt/composed_jammy-2024-01_apt-cache-pkgnames_linux-modules-nvidia.txt'))
    h.note('apt-cache pkgnames linux-modules-nvidia-: tests/fixtures/apt/composed_jammy-2024-01_apt-cache-pkgnames_linux-modules-nvidia.txt (composed; package lists of January 2024, no 580 branch)')
    h.df((4, 60, 60))
    h.gcc('gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0')
    h.packages(DRIVER_PATTERNS, [('nvidia-driver-535', '535.183.01-0ubuntu0.22.04.1'),
                                 ('nvidia-dkms-535', '535.183.01-0ubuntu0.22.04.1'),
                                 ('nvidia-utils-535', '535.183.01-0ubuntu0.22.04.1')])
    h.packages(CUDNN_PATTERNS, [])
    h.file(h.home + '/.bashrc', '# ~/.bashrc\nHISTSIZE=1000\n')
    h.nvml = {'state': 'broken', 'library': 'libnvidia-ml.so.1', 'error': 'Driver Not Loaded', 'driverVersion': '',
              'nvmlVersion': '', 'cudaDriverVersion': 0, 'devices': []}
    H.append(h)

    # 5 -------------------------------------------------------------------------------
    h = Host('ubuntu2204-driver-mismatch', 'student', '/home/student', 'gpu-box',
             {'PATH': PATH_STD, 'SHELL': '/bin/bash'},
             'Ubuntu 22.04 with an RTX 4090: the running kernel module is 535.86.05, but apt '
             'upgraded the user-space libraries to 535.183.01 and the machine has not been '
             'rebooted since, so NVML reports a driver/library version mismatch.')
    h.os_release('os-release/chef_ubuntu_2204.os-release', '6.5.0-41-generic')
    h.passwd()
    h.bare_metal()
    h.pci('0000:01:00.0', '030000', '10de', '2684', '1043', '889c', driver='nvidia', boot_vga=1,
          parent='pci0000:00/0000:00:01.0')
    h.pci_ids({('10de', '2684')})
    h.modules(['nvidia_uvm', 'nvidia_drm', 'nvidia_modeset', 'nvidia'])
    h.file('/proc/driver/nvidia/version',
           proc_driver('535.86.05', 'proprietary', 'gcc version 12.3.0 (Ubuntu 12.3.0-1ubuntu1~22.04)'))
    h.note('/proc/driver/nvidia/version: composed in the proprietary format with version 535.86.05 '
           '(the driver of tests/fixtures/nvidia-smi/xml/netdata_rtx-4090_535.86.05_v12.xml)')
    mismatch = edit(fixture('nvidia-smi/errors/nvml-version-mismatch_with-lib-version_550.txt'),
                    [('550.144', '535.183')], h,
                    'nvidia-smi output: tests/fixtures/nvidia-smi/errors/nvml-version-mismatch_with-lib-version_550.txt')
    h.cmd(SMI_XML, mismatch, exit=18)
    h.cmd(SMI_TABLE, mismatch, exit=18)
    h.file('/var/run/reboot-required', '*** System restart required ***\n')
    h.file('/var/run/reboot-required.pkgs', 'nvidia-dkms-535\nlinux-image-6.5.0-44-generic\n')
    h.efi(False)
    h.df()
    h.gcc('gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0')
    h.packages(DRIVER_PATTERNS, [('nvidia-driver-535', '535.183.01-0ubuntu0.22.04.1'),
                                 ('nvidia-dkms-535', '535.183.01-0ubuntu0.22.04.1'),
                                 ('nvidia-utils-535', '535.183.01-0ubuntu0.22.04.1')])
    h.packages(CUDNN_PATTERNS, [])
    h.file(h.home + '/.bashrc', '# ~/.bashrc\n')
    h.nvml = {'state': 'broken', 'library': 'libnvidia-ml.so.1', 'error': 'Driver/library version mismatch',
              'driverVersion': '', 'nvmlVersion': '', 'cudaDriverVersion': 0, 'devices': []}
    H.append(h)

    # 6 -------------------------------------------------------------------------------
    h = Host('server-4x-k80-two-toolkits', 'student', '/home/student', 'gpu-node-03',
             {'PATH': '/usr/local/cuda-9.0/bin:' + PATH_STD, 'LD_LIBRARY_PATH': '/usr/local/cuda-9.0/lib64',
              'SHELL': '/bin/bash'},
             'A 2019 cloud GPU server (a Hyper-V virtual machine with four Tesla K80 GPUs passed '
             'through, the machine the nvidia-smi capture comes from): Ubuntu 18.04, driver 430.26, '
             'toolkits 9.0 and 10.0 side by side. /usr/local/cuda points at 10.0 but the '
             "student's PATH puts 9.0 first.")
    h.os_release('os-release/chef_ubuntu_1804.os-release', '4.15.0-1050-azure')
    h.passwd()
    h.vm('Microsoft Corporation', 'Virtual Machine', 'microsoft')
    # Hyper-V gives each passed-through GPU its own PCI domain: the slots are the bus ids of
    # the nvidia-smi capture.
    for slot in ['1580:00:00.0', '2df7:00:00.0', '4968:00:00.0', 'f8d6:00:00.0']:
        h.pci(slot, '030200', '10de', '102d', '10de', '106c', driver='nvidia',
              parent='pci%s:00' % slot.split(':')[0])
    h.pci_ids({('10de', '102d')})
    h.modules(['nvidia_uvm', 'nvidia', 'hv_vmbus'])
    h.file('/proc/driver/nvidia/version',
           proc_driver('430.26', 'proprietary', 'gcc version 7.4.0 (Ubuntu 7.4.0-1ubuntu1~18.04.1)'))
    h.note('/proc/driver/nvidia/version: composed in the proprietary format with version 430.26')
    h.cmd(SMI_XML, fixture('nvidia-smi/xml/pai_4x-tesla-k80_430.26_cuda-not-found_v10.xml'))
    h.note('nvidia-smi -q -x: tests/fixtures/nvidia-smi/xml/pai_4x-tesla-k80_430.26_cuda-not-found_v10.xml (real <cuda_version>Not Found</cuda_version>)')
    h.cmd(MOKUTIL, 'This system doesn\'t support Secure Boot\n', exit=255)
    h.df((50, 900, 40))
    h.gcc('gcc (Ubuntu 7.4.0-1ubuntu1~18.04.1) 7.4.0')
    h.packages(DRIVER_PATTERNS, [('nvidia-driver-430', '430.26-0ubuntu0~gpu18.04.1')])
    h.packages(CUDNN_PATTERNS, [('libcudnn7', '7.6.0.64-1+cuda10.0'), ('libcudnn7-dev', '7.6.0.64-1+cuda10.0')])
    for ver, vfile, nvcc in (('9.0', 'cuda-version/codeindex-46283250222_cuda-9.0.176_version.txt', None),
                             ('10.0', 'cuda-version/codeindex-46352814094_cuda-10.0.130_version.txt',
                              'nvcc/issue-qixuema4_cuda-10.0.130.txt')):
        cu = '/usr/local/cuda-' + ver
        h.file(cu + '/version.txt', fixture(vfile))
        h.file(cu + '/bin/nvcc', '', 0o755)
        h.file(cu + '/lib64/libcudart.so.%s' % ver, '')
        out = fixture(nvcc) if nvcc else (b'nvcc: NVIDIA (R) Cuda compiler driver\nCopyright (c) 2005-2017 NVIDIA Corporation\n'
                                          b'Built on Fri_Sep__1_21:08:03_CDT_2017\nCuda compilation tools, release 9.0, V9.0.176\n')
        h.cmd(cu + '/bin/nvcc -V', out)
    h.note('CUDA 9.0 and 10.0 version.txt: tests/fixtures/cuda-version/; nvcc -V of 10.0 from tests/fixtures/nvcc/issue-qixuema4_cuda-10.0.130.txt; '
           'the 9.0 nvcc -V text is composed in the same format (release 9.0, V9.0.176)')
    h.link('/usr/local/cuda', '/usr/local/cuda-10.0')
    h.file('/usr/include/cudnn.h', fixture('cudnn/psenetcpp_cudnn.h_7.2.1.txt'))
    h.file('/usr/include/x86_64-linux-gnu/cudnn_v7.h', fixture('cudnn/psenetcpp_cudnn.h_7.2.1.txt'))
    h.file('/usr/lib/x86_64-linux-gnu/libcudnn.so.7.6.0', '')
    h.link('/usr/lib/x86_64-linux-gnu/libcudnn.so.7', 'libcudnn.so.7.6.0')
    h.note('cuDNN header: tests/fixtures/cudnn/psenetcpp_cudnn.h_7.2.1.txt (7.2.1) while dpkg says 7.6.0: a stale copied header')
    h.file(h.home + '/.bashrc', '# ~/.bashrc\nexport PATH=/usr/local/cuda-9.0/bin:$PATH\n'
           'export LD_LIBRARY_PATH=/usr/local/cuda-9.0/lib64:$LD_LIBRARY_PATH\n')
    h.nvml = None  # not recorded: the probes must manage with nvidia-smi alone
    H.append(h)

    # 7 -------------------------------------------------------------------------------
    h = Host('wsl2-rtx4060-laptop', 'han', '/home/han', 'DESKTOP-7K1Q2',
             {'PATH': '/home/han/anaconda3/bin:/home/han/anaconda3/condabin:' + PATH_STD + ':/usr/lib/wsl/lib:/usr/local/cuda/bin',
              'SHELL': '/bin/bash', 'WSL_DISTRO_NAME': 'Ubuntu-22.04', 'CONDA_EXE': '/home/han/anaconda3/bin/conda'},
             'Ubuntu 22.04 under WSL2 on a Windows laptop with an RTX 4060 Laptop GPU (driver '
             '555.85 on Windows). The GPU is not on the Linux PCI bus; nvidia-smi comes from '
             '/usr/lib/wsl/lib. Two toolkits: Ubuntu\'s nvidia-cuda-toolkit 11.5 (/usr/bin/nvcc) '
             'and 12.5 in /usr/local, and the apt one comes first on PATH. Anaconda3 24.5.')
    h.os_release('os-release/chef_ubuntu_2204.os-release', '5.15.153.1-microsoft-standard-WSL2')
    h.note('kernel release: from the user-agent line of tests/fixtures/conda/feuyeux_conda-info_24.5.0_wsl2_plain.txt (same machine)')
    h.passwd()
    h.file('/proc/cpuinfo', 'processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vme de pse tsc msr pae sse sse2 avx hypervisor\n')
    h.cmd(VIRT, 'wsl\n')
    h.file('/proc/sys/fs/binfmt_misc/WSLInterop', 'enabled\ninterpreter /init\n')
    h.pci('0000:00:00.0' if False else '1b3c:00:00.0', '030200', '1414', '008e', '0000', '0000')
    h.pci_ids({('1414', '008e')})
    h.modules([])
    h.file('/usr/lib/wsl/lib/nvidia-smi', '', 0o755)
    h.file('/usr/lib/wsl/lib/libnvidia-ml.so.1', '')
    h.cmd(SMI_TABLE, fixture('nvidia-smi/table/feuyeux_wsl2_rtx4060-laptop_smi-555.42.06_driver-555.85.txt'))
    h.note('nvidia-smi: tests/fixtures/nvidia-smi/table/feuyeux_wsl2_rtx4060-laptop_smi-555.42.06_driver-555.85.txt; '
           'nvidia-smi -q -x was not captured on this machine, so it is absent here (the probe falls back to the table)')
    h.df((30, 900, 900))
    h.gcc('gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0')
    h.packages(DRIVER_PATTERNS, [])
    h.packages(CUDNN_PATTERNS, [])
    h.file('/usr/bin/nvcc', '#!/bin/sh\nexec /usr/lib/nvidia-cuda-toolkit/bin/nvcc "$@"\n', 0o755)
    h.mkdir('/usr/lib/cuda/include')
    h.file('/usr/lib/cuda/version.txt', 'CUDA Version 11.5.119\n')
    h.note('/usr/lib/cuda/version.txt: composed; Ubuntu\'s nvidia-cuda-toolkit 11.5 ships one in that format')
    h.cmd('/usr/bin/nvcc -V', fixture('nvcc/feuyeux_cuda-11.5.119_ubuntu-apt.txt'))
    h.file('/usr/lib/x86_64-linux-gnu/libcudart.so.11.5.117', '')
    h.link('/usr/lib/x86_64-linux-gnu/libcudart.so.11.0', 'libcudart.so.11.5.117')
    cu = '/usr/local/cuda-12.5'
    h.file(cu + '/bin/nvcc', '', 0o755)
    h.file(cu + '/lib64/libcudart.so.12.5.82', '')
    h.link(cu + '/lib64/libcudart.so.12', 'libcudart.so.12.5.82')
    h.cmd(cu + '/bin/nvcc -V', fixture('nvcc/feuyeux_cuda-12.5.82.txt'))
    h.link('/usr/local/cuda', '/usr/local/cuda-12.5')
    h.link('/usr/local/cuda-12', '/usr/local/cuda-12.5')
    h.note('nvcc -V: tests/fixtures/nvcc/feuyeux_cuda-11.5.119_ubuntu-apt.txt and feuyeux_cuda-12.5.82.txt (same machine)')
    h.packages(CUDA_PATTERNS, [('nvidia-cuda-toolkit', '11.5.1-1ubuntu1')])
    ana = h.home + '/anaconda3'
    h.file(ana + '/bin/conda', '#!/home/han/anaconda3/bin/python\n', 0o755)
    h.file(ana + '/conda-meta/python-3.12.4-h5148396_1.json', '{}')
    info = {'conda_version': '24.5.0', 'python_version': '3.12.4.final.0', 'root_prefix': ana,
            'active_prefix': None, 'envs_dirs': [ana + '/envs', h.home + '/.conda/envs'], 'envs': [ana],
            'platform': 'linux-64',
            'channels': ['https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/main/linux-64']}
    h.cmd(ana + '/bin/conda info --json', json.dumps(info, indent=2) + '\n', ms=1100)
    h.cmd(ana + '/bin/conda env list --json', json.dumps({'envs': [ana]}, indent=2) + '\n', ms=1000)
    h.note('conda info --json: composed from the values of tests/fixtures/conda/feuyeux_conda-info_24.5.0_wsl2_plain.txt')
    h.file(h.home + '/.bashrc', '# ~/.bashrc\nexport PATH=$PATH:/usr/local/cuda/bin\n')
    h.nvml = {'state': 'found', 'library': 'libnvidia-ml.so.1', 'error': '', 'driverVersion': '555.85',
              'nvmlVersion': '12.555.85', 'cudaDriverVersion': 12050,
              'devices': [{'index': 0, 'name': 'NVIDIA GeForce RTX 4060 Laptop GPU', 'uuid': 'GPU-00000000-0000-0000-0000-000000000000',
                           'pciBusId': '00000000:01:00.0', 'memoryTotalMiB': 8188, 'computeCapability': '8.9'}]}
    H.append(h)

    # 8 -------------------------------------------------------------------------------
    h = Host('ubuntu2204-hung-nvidia-smi', 'student', '/home/student', 'render-01',
             {'PATH': PATH_STD, 'SHELL': '/bin/bash'},
             'Ubuntu 22.04 with an RTX 3090 whose driver is wedged: nvidia-smi never answers and '
             'NVML initialisation blocks. The doctor must still finish, within one command timeout, '
             'and say so.')
    h.os_release('os-release/chef_ubuntu_2204.os-release', '6.5.0-41-generic')
    h.passwd()
    h.bare_metal()
    h.pci('0000:01:00.0', '030000', '10de', '2204', '1043', '87af', driver='nvidia', boot_vga=1,
          parent='pci0000:00/0000:00:01.0')
    h.pci_ids({('10de', '2204')})
    h.modules(['nvidia_uvm', 'nvidia_drm', 'nvidia_modeset', 'nvidia'])
    h.file('/proc/driver/nvidia/version',
           proc_driver('525.147.05', 'proprietary', 'gcc version 11.4.0 (Ubuntu 11.4.0-1ubuntu1~22.04)'))
    h.note('/proc/driver/nvidia/version: composed in the proprietary format with version 525.147.05')
    h.cmd(SMI_XML, status='timed-out', exit=-1, ms=5000)
    h.cmd(SMI_TABLE, status='timed-out', exit=-1, ms=5000)
    h.cmd("nvidia-smi --query-gpu=index,name,pci.bus_id,driver_version,memory.total,compute_cap --format=csv,noheader,nounits",
          status='timed-out', exit=-1, ms=5000)
    h.efi(False)
    h.df()
    h.gcc('gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0')
    h.packages(DRIVER_PATTERNS, [('nvidia-driver-525', '525.147.05-0ubuntu0.22.04.1')])
    h.packages(CUDNN_PATTERNS, [])
    h.file(h.home + '/.bashrc', '# ~/.bashrc\n')
    h.nvml = {'state': 'broken', 'library': 'libnvidia-ml.so.1', 'error': 'NVML did not answer within 5000 ms',
              'driverVersion': '', 'nvmlVersion': '', 'cudaDriverVersion': 0, 'devices': []}
    H.append(h)
    # 9 -------------------------------------------------------------------------------
    h = Host('laptop-rtx5060-ubuntu2204-nouveau-secureboot', 'student', '/home/student', 'legion-5',
             {'PATH': PATH_STD, 'SHELL': '/bin/bash', 'LANG': 'zh_CN.UTF-8'},
             'A 2025 laptop with a GeForce RTX 5060 Laptop GPU (Blackwell, 10de:2d19) and Raptor '
             'Lake-HX integrated graphics, freshly installed with Ubuntu 22.04 (HWE kernel 6.8) '
             'and Secure Boot on: no NVIDIA driver yet. Its pci.ids (2023) does not know the card, '
             'and nouveau is loaded but cannot drive a Blackwell chip, so the NVIDIA function has '
             'no driver bound: the starting point of a student with a new laptop.')
    h.os_release('os-release/chef_ubuntu_2204.os-release', '6.8.0-52-generic')
    h.passwd()
    h.bare_metal('LENOVO', '83JJ', chassis=10, batteries=['BAT0'], ac='ADP0')
    h.pci('0000:00:00.0', '060000', '8086', 'a702', '17aa', '3e0c')
    h.pci('0000:00:02.0', '030000', '8086', 'a788', '17aa', '3e0c', driver='i915', boot_vga=1)
    h.pci('0000:01:00.0', '030000', '10de', '2d19', '17aa', '3e0c', boot_vga=0,
          parent='pci0000:00/0000:00:01.0')
    h.pci('0000:01:00.1', '040300', '10de', '22eb', '17aa', '3e0c', driver='snd_hda_intel',
          parent='pci0000:00/0000:00:01.0')
    h.note('PCI ids: 10de:2d19 is the "NVIDIA GeForce RTX 5060 Laptop GPU" row of the '
           'open-gpu-kernel-modules 595.45.04 README (resources/knowledge/nvidia_pci_ids.tsv); '
           '8086:a788 "Raptor Lake-S UHD Graphics" and the host bridge from pci.ids 2023.04.10; the '
           'Lenovo subsystem 17aa:3e0c, DMI names and the HDMI audio id 10de:22eb are composed '
           '(no capture of this laptop exists)')
    h.pci_ids({('8086', 'a702'), ('8086', 'a788'), ('10de', '2d19'), ('10de', '22eb')})
    h.note('pci.ids: the 2023.04.10 copy of the build machine, cut to these ids; it has no '
           '10de:2d19 (newer than the file)')
    h.modules(['nouveau', 'i915', 'drm_kms_helper', 'mxm_wmi'])
    h.note('/proc/modules: nouveau is loaded (udev matches every NVIDIA display function) but, '
           'as in kernel 6.8, it does not know the GB206 chip and binds nothing')
    h.efi(True)
    h.cmd('mokutil --list-new', '')
    h.df((8, 400, 400))
    h.gcc('gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0')
    h.packages(DRIVER_PATTERNS, [])
    h.packages(CUDNN_PATTERNS, [])
    h.file(h.home + '/.bashrc', '# ~/.bashrc\nHISTSIZE=1000\n')
    h.nvml = {'state': 'absent', 'library': '', 'error': 'libnvidia-ml.so.1: cannot open shared object file: No such file or directory',
              'driverVersion': '', 'nvmlVersion': '', 'cudaDriverVersion': 0, 'devices': []}
    H.append(h)

    # 10 ------------------------------------------------------------------------------
    h = Host('desktop-igpu-rtx3080ti-nouveau', 'student', '/home/student', 'tower',
             {'PATH': PATH_STD, 'SHELL': '/bin/bash'},
             'A desktop (DMI chassis type 3, no battery) on Ubuntu 24.04 with the Intel '
             'integrated GPU left enabled beside a GeForce RTX 3080 Ti, which nouveau still '
             'drives: no NVIDIA driver yet. An integrated GPU does not make it a laptop: the plan '
             'must size its power supply.')
    h.os_release('os-release/chef_ubuntu_2404.os-release', '6.8.0-45-generic')
    h.passwd()
    h.bare_metal('Micro-Star International Co., Ltd.', 'MS-7D25', chassis=3)
    h.pci('0000:00:00.0', '060000', '8086', '4660', '1462', '7d25')
    h.pci('0000:00:02.0', '038000', '8086', '4680', '1462', '7d25', driver='i915', boot_vga=0)
    h.pci('0000:01:00.0', '030000', '10de', '2208', '1462', '3897', driver='nouveau', boot_vga=1,
          parent='pci0000:00/0000:00:01.0')
    h.pci('0000:01:00.1', '040300', '10de', '1aef', '1462', '3897', driver='snd_hda_intel',
          parent='pci0000:00/0000:00:01.0')
    h.note('display functions: tests/fixtures/lspci/issue-hyprlandwiki1041_lspci-d-03xx_intel-display-controller-plus-rtx3080ti.txt '
           '(the Intel AlderLake-S GT1 is class 0380 "Display controller", the RTX 3080 Ti a VGA controller); '
           'that capture has no ids, so they are the pci.ids ids of those names (8086:4680, 10de:2208); '
           'the MSI subsystem ids, the host bridge 8086:4660 and the audio function 10de:1aef are composed')
    h.pci_ids({('8086', '4660'), ('8086', '4680'), ('10de', '2208'), ('10de', '1aef')})
    h.modules(['nouveau', 'i915', 'drm_kms_helper'])
    h.efi(False)
    h.df((16, 800, 800))
    h.gcc('gcc (Ubuntu 13.2.0-23ubuntu4) 13.2.0')
    h.packages(DRIVER_PATTERNS, [])
    h.packages(CUDNN_PATTERNS, [])
    h.file(h.home + '/.bashrc', '# ~/.bashrc\n')
    h.nvml = {'state': 'absent', 'library': '', 'error': 'libnvidia-ml.so.1: cannot open shared object file: No such file or directory',
              'driverVersion': '', 'nvmlVersion': '', 'cudaDriverVersion': 0, 'devices': []}
    H.append(h)

    # 11 ------------------------------------------------------------------------------
    h = Host('ubuntu2204-gtx680-drv470-kepler', 'student', '/home/student', 'old-pc',
             {'PATH': PATH_STD, 'SHELL': '/bin/bash'},
             'An old desktop with a GeForce GTX 680 (Kepler, compute capability 3.0) on Ubuntu '
             '22.04 with the legacy 470 driver running: nvidia-smi works, but its table cuts the '
             'name ("NVIDIA GeForce ...") and no current CUDA or framework supports the card.')
    h.os_release('os-release/chef_ubuntu_2204.os-release', '5.15.0-91-generic')
    h.passwd()
    h.bare_metal('ASUSTeK COMPUTER INC.', 'P8Z77-V LX', chassis=3)
    h.pci('0000:00:00.0', '060000', '8086', '0150', '1043', '84ca')
    h.pci('0000:08:00.0', '030000', '10de', '1180', '1043', '8388', driver='nvidia', boot_vga=1,
          parent='pci0000:00/0000:00:01.0')
    h.pci('0000:08:00.1', '040300', '10de', '0e0a', '1043', '8388', driver='snd_hda_intel',
          parent='pci0000:00/0000:00:01.0')
    h.note('PCI slot 0000:08:00.0: the bus id of the nvidia-smi capture; 10de:1180 is "GK104 [GeForce '
           'GTX 680]" in pci.ids; the ASUS subsystem and board ids are composed')
    h.pci_ids({('8086', '0150'), ('10de', '1180'), ('10de', '0e0a')})
    h.modules(['nvidia_uvm', 'nvidia_drm', 'nvidia_modeset', 'nvidia'])
    h.file('/proc/driver/nvidia/version',
           proc_driver('470.256.02', 'proprietary', 'gcc version 11.4.0 (Ubuntu 11.4.0-1ubuntu1~22.04)'))
    h.note('/proc/driver/nvidia/version: composed in the proprietary format with version 470.256.02 '
           '(the driver of the nvidia-smi capture)')
    h.cmd(SMI_TABLE, fixture('nvidia-smi/table/gls_GTX680.txt'))
    h.file('/usr/bin/nvidia-smi', '', 0o755)  # from nvidia-utils-470
    h.note('nvidia-smi: tests/fixtures/nvidia-smi/table/gls_GTX680.txt (GTX 680, 470.256.02, its '
           'name cut to "NVIDIA GeForce ..."); nvidia-smi -q -x and NVML were not captured on this '
           'machine, so they are absent here')
    h.efi(False)
    h.df()
    h.gcc('gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0')
    h.packages(DRIVER_PATTERNS, [('nvidia-driver-470', '470.256.02-0ubuntu0.22.04.1'),
                                 ('nvidia-utils-470', '470.256.02-0ubuntu0.22.04.1'),
                                 ('libnvidia-compute-470:amd64', '470.256.02-0ubuntu0.22.04.1')])
    h.packages(CUDNN_PATTERNS, [])
    h.file(h.home + '/.bashrc', '# ~/.bashrc\n')
    h.nvml = None
    H.append(h)

    # 12 ------------------------------------------------------------------------------
    h = Host('workstation-2x-rtx-a5000-drv590', 'student', '/home/student', 'ws-a5000',
             {'PATH': PATH_STD, 'SHELL': '/bin/bash'},
             'A tower workstation with two NVIDIA RTX A5000 (10de:2231, subsystem 10de:147e) on '
             'Ubuntu 22.04 with the 590 driver running: NVML and nvidia-smi name the cards '
             '("NVIDIA RTX A5000", 24564 MiB, compute capability 8.6), which gpus.json does not list.')
    h.os_release('os-release/chef_ubuntu_2204.os-release', '6.8.0-52-generic')
    h.passwd()
    h.bare_metal('Dell Inc.', 'Precision 7920 Tower', chassis=7)
    h.pci('0000:00:00.0', '060000', '8086', '2020', '1028', '0716')
    for bus, root in (('81', '80'), ('c1', 'c0')):
        slot = '0000:%s:00.0' % bus
        h.pci(slot, '030000', '10de', '2231', '10de', '147e', driver='nvidia', boot_vga=1 if bus == '81' else 0,
              parent='pci0000:%s/0000:%s:01.0' % (root, root))
        h.pci('0000:%s:00.1' % bus, '040300', '10de', '1aef', '10de', '147e', driver='snd_hda_intel',
              parent='pci0000:%s/0000:%s:01.0' % (root, root))
    h.note('PCI slots, device and subsystem ids: the <pci> blocks of tests/fixtures/nvidia-smi/xml/telegraf_dual-rtx-a5000_590.44.01_v13.xml '
           '(223110DE, 147E10DE at 00000000:81:00.0 and 00000000:C1:00.0); host bridge, audio function and DMI names composed')
    h.pci_ids({('8086', '2020'), ('10de', '2231'), ('10de', '1aef')})
    h.modules(['nvidia_uvm', 'nvidia_drm', 'nvidia_modeset', 'nvidia'])
    h.file('/proc/driver/nvidia/version',
           proc_driver('590.44.01', 'open', 'gcc version 12.3.0 (Ubuntu 12.3.0-1ubuntu1~22.04)'))
    h.note('/proc/driver/nvidia/version: composed in the open-module format with version 590.44.01')
    h.cmd(SMI_XML, fixture('nvidia-smi/xml/telegraf_dual-rtx-a5000_590.44.01_v13.xml'))
    h.note('nvidia-smi -q -x: tests/fixtures/nvidia-smi/xml/telegraf_dual-rtx-a5000_590.44.01_v13.xml, unedited')
    h.efi(False)
    h.df((50, 1500, 1500))
    h.gcc('gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0')
    h.packages(DRIVER_PATTERNS, [('nvidia-driver-590-open', '590.44.01-0ubuntu0.22.04.1'),
                                 ('nvidia-utils-590', '590.44.01-0ubuntu0.22.04.1'),
                                 ('libnvidia-compute-590:amd64', '590.44.01-0ubuntu0.22.04.1')])
    h.packages(CUDNN_PATTERNS, [])
    h.file(h.home + '/.bashrc', '# ~/.bashrc\n')
    h.nvml = {'state': 'found', 'library': 'libnvidia-ml.so.1', 'error': '', 'driverVersion': '590.44.01',
              'nvmlVersion': '13.590.44.01', 'cudaDriverVersion': 13010,
              'devices': [{'index': 0, 'name': 'NVIDIA RTX A5000', 'uuid': 'GPU-12345678-aaaa-bbbb-cccc-0123456789ab',
                           'pciBusId': '00000000:81:00.0', 'memoryTotalMiB': 24564, 'computeCapability': '8.6'},
                          {'index': 1, 'name': 'NVIDIA RTX A5000', 'uuid': 'GPU-12345678-aaaa-bbbb-cccc-0123456789cd',
                           'pciBusId': '00000000:C1:00.0', 'memoryTotalMiB': 24564, 'computeCapability': '8.6'}]}
    h.note('NVML: the names, UUIDs, bus ids and memory of the same capture; compute capability 8.6 as NVML reports an A5000')
    H.append(h)
    return H


if __name__ == '__main__':
    for h in hosts():
        h.write()
        print('wrote', os.path.relpath(h.dir))
