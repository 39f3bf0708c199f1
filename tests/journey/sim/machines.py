"""The four machines of the journey tests, built with the building blocks of
tests/hosts/make_hosts.py (real captures from tests/fixtures) and then made alive by gpusim.py.

- fresh-laptop: an HP laptop with a GTX 1650 Mobile next to Intel graphics, a fresh Ubuntu 24.04
  with Secure Boot on and nouveau driving the GPU. Its kernel (an HWE kernel) has no prebuilt
  NVIDIA modules in the archive, so the driver is a DKMS module signed with the local MOK and
  loads only once that key is enrolled.
- old-tutorial: the machine of someone who followed the 2019 tutorial (tests/../shared seed) on
  Ubuntu 22.04: driver 470, CUDA 10.0 from the runfile with cuDNN 7 copied into it, PATH and
  LD_LIBRARY_PATH exported by hand in ~/.bashrc, Anaconda3 on PATH without `conda init`, and
  the tutorial's .condarc (TUNA pkgs/free) and ~/.pip/pip.conf.
- nogpu-vm: a KVM virtual machine with Ubuntu 24.04 and no NVIDIA GPU (the vm-ubuntu2404-nogpu
  snapshot): a CPU environment is the plan.
- server-t4: a rented cloud server (AWS g4dn, Tesla T4) with Ubuntu 24.04 reached over SSH, no
  driver yet, no Secure Boot (BIOS boot).
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'hosts'))
import make_hosts as mh  # noqa: E402

FAKES = ['dpkg-query', 'apt-get', 'apt-cache', 'ubuntu-drivers', 'update-initramfs', 'mokutil',
         'df', 'pkexec', 'reboot', 'systemctl', 'shutdown']

HOSTBIN = ['sh', 'bash', 'env', 'python3', 'mkdir', 'rmdir', 'grep', 'sed', 'awk', 'cat', 'ls',
           'rm', 'cp', 'mv', 'ln', 'chmod', 'touch', 'true', 'false', 'sleep', 'printenv',
           'dirname', 'basename', 'head', 'tail', 'tr', 'cut', 'sort', 'wc', 'id', 'readlink',
           'realpath', 'mktemp', 'tee', 'date', 'stat', 'find', 'tar', 'xz', 'gzip']

DRIVERS = {'580': {'version': '580.95.05', 'cuda': '13.0'},
           '570': {'version': '570.195.03', 'cuda': '12.8'},
           '535': {'version': '535.274.02', 'cuda': '12.2'},
           '470': {'version': '470.256.02', 'cuda': '11.4'}}

BASHRC = ('# ~/.bashrc: executed by bash(1) for non-login shells.\n'
          'case $- in\n    *i*) ;;\n      *) return;;\nesac\nHISTSIZE=1000\nHISTFILESIZE=2000\n')
PROFILE = ('# ~/.profile: executed by the command interpreter for login shells.\n'
           'if [ -n "$BASH_VERSION" ]; then\n    if [ -f "$HOME/.bashrc" ]; then\n'
           '\t. "$HOME/.bashrc"\n    fi\nfi\n'
           'if [ -d "$HOME/.local/bin" ] ; then\n    PATH="$HOME/.local/bin:$PATH"\nfi\n')


def fresh_laptop(h):
    h.os_release('os-release/chef_ubuntu_2404.os-release', '6.11.0-29-generic')
    h.passwd()
    h.bare_metal('HP', 'HP Pavilion Gaming Laptop 15-dk0xxx')
    h.pci('0000:00:00.0', '060000', '8086', '3ec4', '103c', '85fc')
    h.pci('0000:00:02.0', '030000', '8086', '3e9b', '103c', '85fc', driver='i915', boot_vga=1)
    h.pci('0000:01:00.0', '030000', '10de', '1f91', '103c', '85fc', driver='nouveau', boot_vga=0,
          parent='pci0000:00/0000:00:01.0')
    h.pci('0000:01:00.1', '040300', '10de', '10fa', '103c', '85fc', driver='snd_hda_intel',
          parent='pci0000:00/0000:00:01.0')
    h.pci_ids({('8086', '3ec4'), ('8086', '3e9b'), ('10de', '1f91'), ('10de', '10fa')})
    h.mkdir('/sys/firmware/efi/efivars')
    h.file(h.home + '/.bashrc', BASHRC)
    h.file(h.home + '/.profile', PROFILE)
    return {
        'os_version': '24.04', 'codename': 'noble', 'kernel': '6.11.0-29-generic',
        'flavour': 'generic', 'uefi': True, 'secure_boot': True, 'prebuilt_signed': False,
        'other_modules': ['i915', 'drm_kms_helper'], 'packages': {},
        'drivers': DRIVERS, 'recommended': '580', 'gcc': None,
        'gpu': {'sysfs': '/sys/devices/pci0000:00/0000:00:01.0/0000:01:00.0',
                'bus_id': '00000000:01:00.0', 'name': 'NVIDIA GeForce GTX 1650',
                'memory_mib': 4096, 'cc': '7.5', 'uuid': 'GPU-5b3f2c1e-8f0a-4d6b-9c7e-1a2b3c4d5e6f',
                'modalias': 'pci:v000010DEd00001F91sv0000103Csd000085FCbc03sc00i00',
                'model': 'TU117M [GeForce GTX 1650 Mobile / Max-Q]',
                'smi_xml': 'telegraf_gtx-1660-ti_418.43.xml',
                'smi_edits': [['<product_name>Graphics Device</product_name>',
                               '<product_name>NVIDIA GeForce GTX 1650</product_name>'],
                              ['<total>5912 MiB</total>', '<total>4096 MiB</total>'],
                              ['00000000:43:00.0', '00000000:01:00.0'],
                              ['<pci_bus>43</pci_bus>', '<pci_bus>01</pci_bus>']]},
    }


def old_tutorial(h):
    h.os_release('os-release/chef_ubuntu_2204.os-release', '5.15.0-91-generic')
    h.passwd()
    h.bare_metal('ASUSTeK COMPUTER INC.', 'PRIME B360M-A')
    h.pci('0000:00:00.0', '060000', '8086', '3e30', '1043', '8694')
    h.pci('0000:01:00.0', '030000', '10de', '1b81', '3842', '6173', driver='nvidia', boot_vga=1,
          parent='pci0000:00/0000:00:01.0')
    h.pci_ids({('8086', '3e30'), ('10de', '1b81')})
    h.mkdir('/sys/firmware/efi/efivars')
    cu = '/usr/local/cuda-10.0'
    h.file(cu + '/version.txt', mh.fixture('cuda-version/codeindex-46352814094_cuda-10.0.130_version.txt'))
    h.file(cu + '/include/cuda.h', '#ifndef __cuda_cuda_h__\n#define __cuda_cuda_h__\n#define CUDA_VERSION 10000\n#endif\n')
    h.file(cu + '/lib64/libcudart.so.10.0.130', '')
    h.link(cu + '/lib64/libcudart.so.10.0', 'libcudart.so.10.0.130')
    h.link(cu + '/lib64/libcudart.so', 'libcudart.so.10.0')
    h.file(cu + '/include/cudnn.h', mh.fixture('cudnn/psenetcpp_cudnn.h_7.2.1.txt'))
    h.file(cu + '/lib64/libcudnn.so.7.2.1', '')
    h.link(cu + '/lib64/libcudnn.so.7', 'libcudnn.so.7.2.1')
    h.link(cu + '/lib64/libcudnn.so', 'libcudnn.so.7')
    h.link('/usr/local/cuda', cu)
    # The tutorial's lines, appended by hand (its section 2 and 3), and the 2019 Anaconda
    # installer's PATH line instead of `conda init`.
    h.file(h.home + '/.bashrc', BASHRC +
           'export PATH=/usr/local/cuda-10.0/bin:$PATH\n'
           'export LD_LIBRARY_PATH=/usr/local/cuda-10.0/lib64\n'
           '# added by Anaconda3 installer\nexport PATH="/home/student/anaconda3/bin:$PATH"\n')
    h.file(h.home + '/.profile', PROFILE)
    # `conda config --add channels .../pkgs/free/` and `--set show_channel_urls yes`
    h.file(h.home + '/.condarc', 'channels:\n  - https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/free/\n'
           '  - defaults\nshow_channel_urls: true\n')
    h.file(h.home + '/.pip/pip.conf', '[global]\nindex-url = https://pypi.tuna.tsinghua.edu.cn/simple\n')
    ana = h.home + '/anaconda3'
    h.file(ana + '/envs/pytorch/conda-meta/python-3.6.8-h0371630_0.json', '{}')
    h.file(ana + '/envs/pytorch/conda-meta/pytorch-1.0.1-py3.6_cuda10.0.130_cudnn7.4.2_2.json', '{}')
    h.file(ana + '/envs/pytorch/lib/python3.6/site-packages/torch/version.py',
           "__version__ = '1.0.1.post2'\ndebug = False\ncuda = '10.0.130'\ngit_version = 'be6a9b7e'\n")
    v = '470.256.02-0ubuntu0.22.04.1'
    return {
        'os_version': '22.04', 'codename': 'jammy', 'kernel': '5.15.0-91-generic',
        'flavour': 'generic', 'uefi': True, 'secure_boot': False, 'prebuilt_signed': True,
        'other_modules': [], 'drivers': DRIVERS, 'recommended': '580',
        'gcc': 'gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0',
        'packages': {'nvidia-driver-470': v, 'nvidia-utils-470': v, 'libnvidia-compute-470:amd64': v,
                     'nvidia-kernel-common-470': v, 'linux-modules-nvidia-470-generic': v,
                     'linux-modules-nvidia-470-5.15.0-91-generic': v},
        'module': {'version': '470.256.02', 'branch': '470', 'source': 'prebuilt',
                   'signed': 'canonical'},
        'anaconda': {'prefix': ana, 'conda_version': '4.6.11', 'python': '3.7.3'},
        'toolkits': {cu: '10.0.130'},
        'gpu': {'sysfs': '/sys/devices/pci0000:00/0000:00:01.0/0000:01:00.0',
                'bus_id': '00000000:01:00.0', 'name': 'NVIDIA GeForce GTX 1070',
                'memory_mib': 8192, 'cc': '6.1', 'uuid': 'GPU-0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6',
                'modalias': 'pci:v000010DEd00001B81sv00003842sd00006173bc03sc00i00',
                'model': 'GP104 [GeForce GTX 1070]',
                'smi_xml': 'pai_gtx-1070_384.66_v9_trimmed-2of6.xml', 'smi_first_gpu_only': True,
                'smi_edits': [['<driver_version>384.66</driver_version>',
                               '<driver_version>384.66</driver_version>\n\t<cuda_version>9.0</cuda_version>'],
                              ['<attached_gpus>6</attached_gpus>', '<attached_gpus>1</attached_gpus>'],
                              ['<product_name>GeForce GTX 1070</product_name>',
                               '<product_name>NVIDIA GeForce GTX 1070</product_name>']]},
    }


def nogpu_vm(h):
    h.os_release('os-release/chef_ubuntu_2404.os-release', '6.8.0-49-generic')
    h.passwd()
    h.vm('QEMU', 'Standard PC (Q35 + ICH9, 2009)', 'kvm')
    h.pci('0000:00:00.0', '060000', '8086', '29c0', '1af4', '1100')
    h.pci('0000:00:01.0', '030000', '1af4', '1050', '1af4', '1100', driver='virtio-pci', boot_vga=1)
    h.pci_ids({('8086', '29c0'), ('1af4', '1050')})
    h.file(h.home + '/.bashrc', BASHRC)
    h.file(h.home + '/.profile', PROFILE)
    return {
        'os_version': '24.04', 'codename': 'noble', 'kernel': '6.8.0-49-generic',
        'flavour': 'generic', 'uefi': False, 'secure_boot': None, 'prebuilt_signed': True,
        'other_modules': ['virtio_gpu'], 'drivers': DRIVERS, 'recommended': '580',
        'gcc': 'gcc (Ubuntu 13.2.0-23ubuntu4) 13.2.0', 'packages': {}, 'gpu': None,
    }


def server_t4(h):
    h.os_release('os-release/chef_ubuntu_2404.os-release', '6.8.0-1016-aws')
    h.passwd()
    h.vm('Amazon EC2', 'g4dn.xlarge', 'amazon')
    h.pci('0000:00:00.0', '060000', '8086', '1237', '0000', '0000')
    h.pci('0000:00:1e.0', '030200', '10de', '1eb8', '10de', '12a2')
    h.pci_ids({('8086', '1237'), ('10de', '1eb8')})
    h.file(h.home + '/.bashrc', BASHRC)
    h.file(h.home + '/.profile', PROFILE)
    return {
        'os_version': '24.04', 'codename': 'noble', 'kernel': '6.8.0-1016-aws', 'flavour': 'aws',
        'uefi': False, 'secure_boot': None, 'prebuilt_signed': True, 'other_modules': [],
        'drivers': DRIVERS, 'recommended': '580', 'gcc': 'gcc (Ubuntu 13.2.0-23ubuntu4) 13.2.0',
        'packages': {},
        'gpu': {'sysfs': '/sys/devices/pci0000:00/0000:00:1e.0', 'bus_id': '00000000:00:1E.0',
                'name': 'Tesla T4', 'memory_mib': 15360, 'cc': '7.5',
                'uuid': 'GPU-d37e67a5-91dd-3774-a5cb-99096249601a',
                'modalias': 'pci:v000010DEd00001EB8sv000010DEsd000012A2bc03sc02i00',
                'model': 'TU104GL [Tesla T4]', 'smi_xml': 'telegraf_tesla-t4_515.105.01_v11.xml',
                'smi_edits': []},
    }


MACHINES = {'fresh-laptop': fresh_laptop, 'old-tutorial': old_tutorial, 'nogpu-vm': nogpu_vm,
            'server-t4': server_t4}


def create(m, name, helper, python3):
    """Writes machine `name` into m.root; returns 0."""
    h = mh.Host(name, 'student', '/home/student', name, {}, '')
    spec = MACHINES[name](h)
    spec.update(name=name, helper=helper, python3=python3)
    root = m.root
    for d in sorted(h.dirs):
        os.makedirs(root + d, exist_ok=True)
    for path, (data, mode) in sorted(h.files.items()):
        os.makedirs(os.path.dirname(root + path), exist_ok=True)
        with open(root + path, 'wb') as f:
            f.write(data)
        os.chmod(root + path, mode)
    for path, target in sorted(h.links.items()):
        os.makedirs(os.path.dirname(root + path), exist_ok=True)
        os.symlink(target, root + path)
    # The programs of the real computer the simulated one may use (interpreters and coreutils
    # for the installers and the fakes), in a folder outside the root: the probes do not see
    # them, and nothing else of the real computer (apt-get, dpkg, sudo) can run by accident.
    hostbin = os.path.join(os.path.dirname(root), 'hostbin')
    os.makedirs(hostbin, exist_ok=True)
    for prog in HOSTBIN:
        real = shutil.which(prog, path=os.environ.get('PATH', '') + ':/usr/bin:/bin')
        if real and not os.path.lexists(os.path.join(hostbin, prog)):
            os.symlink(real, os.path.join(hostbin, prog))
    for d in ('/tmp', '/var/tmp', '/var/log', '/etc/modprobe.d', h.home + '/.config',
              h.home + '/.local/state', h.home + '/Downloads'):
        os.makedirs(root + d, exist_ok=True)
    virt = h.commands[mh.VIRT]
    static = {'systemd-detect-virt': {'out': virt['out'], 'err': virt['err'], 'exit': virt['exit']}}
    if spec.get('gcc'):
        static['gcc --version'] = {'out': spec['gcc'] + '\nCopyright (C) 2023 Free Software '
                                   'Foundation, Inc.\n', 'exit': 0}
        static['make --version'] = {'out': 'GNU Make 4.3\nBuilt for x86_64-pc-linux-gnu\n', 'exit': 0}
    spec['static'] = static
    m.save('machine', spec)
    m.save('packages', spec.get('packages', {}))
    m.save('mok', {'enrolled': [], 'pending': []})
    if spec.get('module'):
        m.save('module', spec['module'])
    m.save('initramfs', {'blacklist_nouveau': False})
    for prog in FAKES:
        m.shim(prog)
    for line, c in static.items():
        m.static_shim(line.split(' ')[0], c.get('out', ''), c.get('err', ''), c.get('exit', 0))
    m.write('/usr/bin/uname', '#!/bin/sh\n# gpusim fake uname\ncase "$1" in\n  -m) echo x86_64 ;;\n'
            '  -r) echo %s ;;\n  *) echo Linux ;;\nesac\n' % spec['kernel'], 0o755)
    if any(n.startswith('nvidia-utils-') for n in spec.get('packages', {})):
        m.shim('nvidia-smi')
    import gpusim
    if spec.get('anaconda'):
        a = spec['anaconda']
        gpusim.make_conda(m, root + a['prefix'], 'anaconda', a['conda_version'], a['python'])
    for prefix, version in spec.get('toolkits', {}).items():
        m.write(prefix + '/bin/nvcc', gpusim.launcher(root, python3, 'nvcc',
                                                      "GPUSIM_CUDA='%s' " % version), 0o755)
    # The first boot: the kernel modules the machine starts with.
    first = gpusim.boot(m)
    print(json.dumps({'created': name, 'boot': first}))
    return 0
