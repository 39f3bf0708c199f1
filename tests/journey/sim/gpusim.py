#!/usr/bin/env python3
"""gpusim: the simulated machine of the journey tests (see tests/journey/README.md).

A machine is a folder ROOT (the machine's "/", GPUSETUP_SIMULATED_ROOT for gpu-setup) whose
files the probes read, with fake programs in ROOT/usr/bin whose state lives in
ROOT/var/lib/gpusim and changes as the real operations run them: apt-get installs packages,
ubuntu-drivers installs a driver (a prebuilt Canonical-signed module or a DKMS module signed
with the local MOK), mokutil queues a key, the boot (`gpusim.py boot ROOT`) loads the module
when Secure Boot allows it, nvidia-smi answers from what is loaded, conda and pip install a
stand-in PyTorch whose torch.cuda.is_available() follows the driver.

One file, two uses:
  gpusim.py create ROOT MACHINE HELPER PYTHON3
                                       build the machine (MACHINE: a name in machines.py;
                                       HELPER: the gpu-setup-helper-testable binary pkexec runs)
  gpusim.py boot ROOT [--mok-password PW]
                                       the simulated reboot; prints what happened as JSON
  gpusim.py serve DIR                  serve DIR on 127.0.0.1 (prints the port; stops at EOF
                                       on stdin)
  gpusim.py knowledge SRC OUT URL SERVED
                                       the knowledge data with every CUDA runfile, cuDNN archive
                                       and conda installer served from URL (written to SERVED)
  gpusim.py events ROOT                every fake program call, one JSON line each
  gpusim.py PROGRAM ARGS...            a fake program (the shims in ROOT/usr/bin call this)

Every fake program call is appended to ROOT/var/lib/gpusim/events.jsonl with its argv and
whether it ran "as root" (under the helper's test build, GPUSETUP_HELPER_TEST_ROOT set), so the
tests can check that privileged work went through pkexec and the helper.
"""
import json
import os
import re
import sys
import time
# fnmatch, hashlib, io, shutil and tarfile are imported where used: every fake program call
# starts a Python, and the probes make a dozen of them.

# The fake programs cache their bytecode next to the machine (PYTHONPYCACHEPREFIX); nothing is
# written into the source tree.
if not os.environ.get('PYTHONPYCACHEPREFIX'):
    sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(TESTS, 'fixtures')
HELPER_PATH = '/usr/libexec/gpu-setup/gpu-setup-helper'
HELPER_PATHS = (HELPER_PATH, HELPER_PATH + '-nvidia', HELPER_PATH + '-mok')
MOK_DER = '/var/lib/shim-signed/mok/MOK.der'
MOK_PRIV = '/var/lib/shim-signed/mok/MOK.priv'


# --- state ----------------------------------------------------------------------------------
class Machine:
    """The state of one simulated machine: ROOT/var/lib/gpusim/*.json."""

    def __init__(self, root):
        self.root = os.path.abspath(root)
        self.state = os.path.join(self.root, 'var/lib/gpusim')

    def p(self, machine_path):
        """Where a machine path is on disk (paths already inside the root stay as they are)."""
        if machine_path == self.root or machine_path.startswith(self.root + '/'):
            return machine_path
        return self.root + '/' + machine_path.lstrip('/')

    def load(self, name, default=None):
        try:
            with open(os.path.join(self.state, name + '.json')) as f:
                return json.load(f)
        except FileNotFoundError:
            return {} if default is None else default

    def save(self, name, data):
        os.makedirs(self.state, exist_ok=True)
        path = os.path.join(self.state, name + '.json')
        with open(path + '.tmp', 'w') as f:
            json.dump(data, f, indent=1, sort_keys=True)
        os.replace(path + '.tmp', path)

    @property
    def spec(self):
        return self.load('machine')

    def event(self, prog, argv, **extra):
        e = {'prog': prog, 'argv': argv, 'root': 'GPUSETUP_HELPER_TEST_ROOT' in os.environ,
             't': round(time.time(), 3)}
        e.update(extra)
        os.makedirs(self.state, exist_ok=True)
        with open(os.path.join(self.state, 'events.jsonl'), 'a') as f:
            f.write(json.dumps(e) + '\n')

    def write(self, machine_path, data, mode=0o644):
        path = self.p(machine_path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(data, str):
            data = data.encode()
        with open(path, 'wb') as f:
            f.write(data)
        os.chmod(path, mode)

    def read(self, machine_path):
        try:
            with open(self.p(machine_path), 'rb') as f:
                return f.read().decode(errors='replace')
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None

    def remove(self, machine_path):
        path = self.p(machine_path)
        if os.path.islink(path) or os.path.isfile(path):
            os.remove(path)

    def shim(self, name, directory='/usr/bin'):
        """A fake program: a small sh script that runs this file with the program's name (as a
        module, so that its bytecode is cached in the machine's folder)."""
        self.write(directory + '/' + name, launcher(self.root, self.spec['python3'], name), 0o755)

    def static_shim(self, name, out, err='', code=0, directory='/usr/bin'):
        """A program whose answer never changes: plain sh, no Python to start."""
        def q(text):
            return "'" + text.replace("'", "'\\''") + "'"
        self.write(directory + '/' + name,
                   '#!/bin/sh\n# gpusim fake %s (tests/journey/sim/gpusim.py)\n'
                   'printf %%s %s\nprintf %%s %s >&2\nexit %d\n' % (name, q(out), q(err), code),
                   0o755)

    def packages(self):
        return self.load('packages')

    def installed(self, name):
        return name in self.packages()


def launch_line(root, python3, name, env=''):
    """The sh line that runs fake program `name` of the machine at `root` (gpusim imported as a
    module, so its bytecode is cached next to the root)."""
    return ("GPUSIM_ROOT='%s' PYTHONPYCACHEPREFIX='%s/pycache' %sexec '%s' -S -c "
            "'import sys; sys.path.insert(0, \"%s\"); import gpusim; "
            "sys.exit(gpusim.main([\"gpusim\", \"%s\"] + sys.argv[1:]))' \"$@\"\n"
            % (root, os.path.dirname(root), env, python3, HERE, name))


def launcher(root, python3, name, env=''):
    return ('#!/bin/sh\n# gpusim fake %s (tests/journey/sim/gpusim.py)\n' % name +
            launch_line(root, python3, name, env))


def machine_from_env():
    root = os.environ.get('GPUSIM_ROOT') or os.environ.get('GPUSETUP_SIMULATED_ROOT')
    if not root:
        sys.exit('gpusim: GPUSIM_ROOT is not set')
    return Machine(root)


def say(*lines, err=False):
    f = sys.stderr if err else sys.stdout
    for line in lines:
        f.write(line + '\n')
    f.flush()


def version_key(v):
    return tuple(int(x) if x.isdigit() else 0 for x in re.split(r'[.-]', v))


# --- the driver -----------------------------------------------------------------------------
def driver_branches(m):
    return m.spec.get('drivers', {})


def ubuntu_version(m, version):
    return '%s-0ubuntu0.%s.1' % (version, m.spec.get('os_version', '24.04'))


def driver_packages(m, branch, server):
    """The packages `ubuntu-drivers install` / `apt-get install nvidia-driver-N` bring in, as on
    Ubuntu: the prebuilt signed modules when the archive has them for the running kernel,
    otherwise the DKMS source that is built (and signed with the local MOK) on this machine."""
    spec = m.spec
    b = branch + ('-server' if server else '')
    version = driver_branches(m)[branch]['version']
    v = ubuntu_version(m, version)
    pk = {'nvidia-driver-' + b: v, 'nvidia-utils-' + b: v, 'libnvidia-compute-' + b + ':amd64': v,
          'nvidia-kernel-common-' + b: v, 'nvidia-kernel-source-' + b: v}
    if spec.get('prebuilt_signed'):
        pk['linux-modules-nvidia-%s-%s' % (b, spec['kernel'])] = v
        pk['linux-modules-nvidia-%s-generic' % b] = v
    else:
        pk['nvidia-dkms-' + b] = v
    return pk


def install_driver(m, branch, server, out):
    import hashlib
    if branch not in driver_branches(m):
        say('E: Unable to locate package nvidia-driver-%s' % branch, err=True)
        return 100
    pkgs = m.packages()
    # The branches conflict: apt removes the other one.
    for name in list(pkgs):
        if re.match(r'^(nvidia-|libnvidia-|linux-modules-nvidia-)', name):
            out('Removing %s (%s) ...' % (name, pkgs[name]))
            del pkgs[name]
    new = driver_packages(m, branch, server)
    for i, (name, v) in enumerate(sorted(new.items())):
        out('Setting up %s (%s) ...' % (name, v))
        status_fd('pmstatus:%s:%.4f:Installing %s' % (name, 100.0 * (i + 1) / len(new), name))
    pkgs.update(new)
    m.save('packages', pkgs)
    m.shim('nvidia-smi')
    # nvidia-kernel-common-N ships the nouveau blacklist (as on Ubuntu).
    m.write('/usr/lib/modprobe.d/blacklist-nvidia-nouveau.conf',
            '# generated by nvidia-kernel-common\nblacklist nouveau\noptions nouveau modeset=0\n')
    version = driver_branches(m)[branch]['version']
    module = {'version': version, 'branch': branch}
    secure = m.spec.get('secure_boot')
    if m.spec.get('prebuilt_signed'):
        module.update(source='prebuilt', signed='canonical')
        out('linux-modules-nvidia-%s: prebuilt modules signed by Canonical' % branch)
    else:
        module.update(source='dkms', signed=None)
        out('Building initial module for %s' % m.spec['kernel'])
        if secure:
            key = m.read(MOK_DER)
            if key is None:
                key = 'MOK ' + hashlib.sha256(m.root.encode()).hexdigest()
                m.write(MOK_DER, key)
                m.write(MOK_PRIV, 'private ' + key, 0o600)
                out('Generating a new Secure Boot signing key: %s' % MOK_DER)
            module['signed'] = 'mok:' + hashlib.sha1(key.encode()).hexdigest()
            out('Signing the module with %s' % MOK_DER)
            if os.environ.get('DEBIAN_FRONTEND') == 'noninteractive':
                # shim-signed's debconf question "choose a password" cannot be asked.
                out('Secure Boot is enabled: the key must be enrolled (mokutil --import); '
                    'debconf is noninteractive, so it was not queued.')
                m.event('debconf', ['shim-signed/enable_secureboot'], skipped=True)
        out('Done.')
    m.save('module', module)
    update_initramfs(m, out)
    m.write('/var/run/reboot-required', '*** System restart required ***\n')
    m.write('/var/run/reboot-required.pkgs', 'nvidia-dkms-%s\n' % branch
            if module['source'] == 'dkms' else 'linux-modules-nvidia-%s-generic\n' % branch)
    return 0


def blacklisted(m):
    for d in ('/etc/modprobe.d', '/usr/lib/modprobe.d', '/lib/modprobe.d'):
        path = m.p(d)
        if not os.path.isdir(path):
            continue
        for n in os.listdir(path):
            text = m.read(d + '/' + n) or ''
            if re.search(r'^\s*blacklist\s+nouveau\s*$', text, re.M):
                return True
    return False


def update_initramfs(m, out):
    init = {'blacklist_nouveau': blacklisted(m), 'built': time.time()}
    m.save('initramfs', init)
    out('update-initramfs: Generating /boot/initrd.img-%s' % m.spec['kernel'])


STATUS_FD = None


def status_fd(line):
    if STATUS_FD is None:
        return
    try:
        os.write(STATUS_FD, (line + '\n').encode())
    except OSError:
        pass


# --- the boot -------------------------------------------------------------------------------
def proc_driver(version):
    return ('NVRM version: NVIDIA UNIX x86_64 Kernel Module  %s  Release Build  '
            '(dvs-builder@U22-I3-AE18-23-3)  Tue Sep 23 00:00:00 UTC 2025\n'
            'GCC version:  gcc version 13.3.0 (Ubuntu 13.3.0-6ubuntu2~24.04)\n' % version)


def boot(m, mok_password=None):
    """The machine goes down and comes up: what the firmware, shim's MokManager, the initramfs
    and udev would do. Returns what happened."""
    spec = m.spec
    happened = {'boot': m.load('boot').get('count', 0) + 1}
    new_boot_id(m)
    mok = m.load('mok', {'enrolled': [], 'pending': []})
    # 1. MokManager: a pending key is enrolled when the student types the password.
    if mok.get('pending'):
        if spec.get('secure_boot') is not None and mok_password is not None:
            kept = []
            for k in mok['pending']:
                if k['password'] == mok_password:
                    mok['enrolled'].append(k['fingerprint'])
                    happened.setdefault('mok_enrolled', []).append(k['fingerprint'])
                else:
                    happened['mok_wrong_password'] = True
            mok['pending'] = kept
        else:
            # The blue screen timed out (10 s) or nobody was there: the request is dropped.
            happened['mok_screen_missed'] = True
            mok['pending'] = []
        m.save('mok', mok)
    # 2. The kernel modules.
    module = m.load('module')
    init = m.load('initramfs')
    nouveau_blocked = init.get('blacklist_nouveau', False)
    branch = module.get('branch')
    loadable = bool(module) and (m.installed('nvidia-driver-%s' % branch) or
                                 m.installed('nvidia-driver-%s-server' % branch))
    why = None
    if loadable and spec.get('secure_boot'):
        signed = module.get('signed') or ''
        if signed == 'canonical':
            pass
        elif signed.startswith('mok:') and signed[4:] in mok.get('enrolled', []):
            pass
        else:
            loadable = False
            why = 'Loading of unsigned module is rejected / key not enrolled (Secure Boot)'
    gpu = spec.get('gpu')
    nvidia = loadable and gpu is not None
    modules = [n for n in spec.get('other_modules', [])]
    if nvidia:
        modules = ['nvidia_uvm', 'nvidia_drm', 'nvidia_modeset', 'nvidia'] + modules
        m.write('/proc/driver/nvidia/version', proc_driver(module['version']))
        happened['nvidia'] = module['version']
    else:
        m.remove('/proc/driver/nvidia/version')
        if why:
            happened['nvidia_rejected'] = why
    nouveau = gpu is not None and not nvidia and not nouveau_blocked
    if nouveau:
        modules = ['nouveau'] + modules
    happened['nouveau'] = nouveau
    m.write('/proc/modules', ''.join('%s 1 0 - Live 0x0000000000000000\n' % n
                                     for n in modules + ['ext4']))
    if gpu:
        dev = m.p(gpu['sysfs'])
        link = dev + '/driver'
        if os.path.islink(link):
            os.remove(link)
        driver = 'nvidia' if nvidia else 'nouveau' if nouveau else None
        if driver:
            depth = gpu['sysfs'].count('/') - 1
            os.makedirs(m.p('/sys/bus/pci/drivers/' + driver), exist_ok=True)
            os.symlink('../' * depth + 'bus/pci/drivers/' + driver, link)
    m.save('boot', {'count': happened['boot'], 'nvidia': module.get('version') if nvidia else None,
                    'nouveau': nouveau})
    m.remove('/var/run/reboot-required')
    m.remove('/var/run/reboot-required.pkgs')
    m.save('reboot', {'requested': False})
    return happened


def loaded_driver(m):
    """(loaded kernel module version or None, installed library version or None)."""
    loaded = m.load('boot').get('nvidia')
    lib = None
    for name, v in m.packages().items():
        if name.startswith('libnvidia-compute-'):
            lib = v.split('-')[0]
    return loaded, lib


def driver_cuda(m, version):
    for b in driver_branches(m).values():
        if b['version'] == version:
            return b['cuda']
    return None


# --- fake programs: packages ----------------------------------------------------------------
def prog_dpkg_query(m, argv):
    import fnmatch
    fmt, patterns, show = '${binary:Package}\t${Version}\n', [], False
    for a in argv:
        if a.startswith('-f=') or a.startswith('--showformat='):
            fmt = a.split('=', 1)[1]
        elif a in ('-W', '--show'):
            show = True
        elif not a.startswith('-'):
            patterns.append(a)
    if not show:
        say('dpkg-query: only -W is simulated', err=True)
        return 2
    fmt = fmt.replace('\\t', '\t').replace('\\n', '\n')
    pkgs = m.packages()
    rc = 0
    for pat in patterns:
        hits = [n for n in sorted(pkgs) if fnmatch.fnmatchcase(n.split(':')[0], pat)]
        if not hits:
            say('dpkg-query: no packages found matching %s' % pat, err=True)
            rc = 1
        for n in hits:
            sys.stdout.write(fmt.replace('${Package}', n.split(':')[0])
                             .replace('${binary:Package}', n)
                             .replace('${Version}', pkgs[n])
                             .replace('${Status}', 'install ok installed')
                             .replace('${db:Status-Abbrev}', 'ii '))
    return rc


def apt_known(m, name):
    """The version the simulated archive has for a package, or None."""
    spec = m.spec
    mm = re.match(r'^(nvidia-driver|nvidia-utils|nvidia-dkms|libnvidia-compute|nvidia-kernel-common'
                  r'|linux-modules-nvidia)-(\d+)(-server)?(?:-(.*))?$', name)
    if mm and mm.group(2) in driver_branches(m):
        flavour = mm.group(4)
        if mm.group(1) == 'linux-modules-nvidia':
            if not spec.get('prebuilt_signed') or flavour not in ('generic', spec['kernel']):
                return None
        elif flavour:
            return None
        return ubuntu_version(m, driver_branches(m)[mm.group(2)]['version'])
    return spec.get('archive', {}).get(name)


def prog_apt_get(m, argv):
    global STATUS_FD
    args = list(argv)
    opts = []
    while '-o' in args:
        i = args.index('-o')
        opts.append(args[i + 1])
        del args[i:i + 2]
    if 'APT::Status-Fd=3' in opts:
        STATUS_FD = 3
    args = [a for a in args if a not in ('-y', '-q', '--yes', '--no-install-recommends')]
    if not args:
        say('E: No command given', err=True)
        return 100
    if not m.event_root:
        say('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission '
            'denied)', 'E: Unable to acquire the dpkg frontend lock, are you root?', err=True)
        return 100
    cmd, names = args[0], args[1:]
    if cmd == 'update':
        say('Hit:1 http://archive.ubuntu.com/ubuntu %s InRelease' % m.spec.get('codename', 'noble'),
            'Reading package lists...')
        m.save('apt', {'updated': True})
        return 0
    if cmd != 'install':
        say('E: Invalid operation %s' % cmd, err=True)
        return 100
    for n in names:
        mm = re.match(r'^nvidia-driver-(\d+)(-server)?$', n)
        if mm:
            rc = install_driver(m, mm.group(1), bool(mm.group(2)), say)
            if rc:
                return rc
            continue
        if n == 'build-essential':
            pkgs = m.packages()
            pkgs.update({'build-essential': '12.10ubuntu1', 'gcc': '4:13.2.0-7ubuntu1',
                         'make': '4.3-4.1build2'})
            m.save('packages', pkgs)
            install_static(m, 'gcc')
            install_static(m, 'make')
            say('Setting up build-essential (12.10ubuntu1) ...')
            continue
        v = apt_known(m, n)
        if v is None:
            say('E: Unable to locate package %s' % n, err=True)
            return 100
        pkgs = m.packages()
        pkgs[n] = v
        m.save('packages', pkgs)
        say('Setting up %s (%s) ...' % (n, v))
    return 0


def prog_apt_cache(m, argv):
    if not argv:
        return 1
    if argv[0] == 'policy':
        for n in argv[1:]:
            v = apt_known(m, n)
            if v is None:
                continue
            inst = m.packages().get(n, '(none)')
            say('%s:' % n, '  Installed: %s' % inst, '  Candidate: %s' % v, '  Version table:',
                '     %s 500' % v,
                '        500 http://archive.ubuntu.com/ubuntu %s-updates/restricted amd64 Packages'
                % m.spec.get('codename', 'noble'))
        return 0
    if argv[0] == 'show':
        rc = 0
        for n in argv[1:]:
            v = apt_known(m, n)
            if v is None:
                say('N: Unable to locate package %s' % n, 'E: No packages found', err=True)
                rc = 100
                continue
            say('Package: %s' % n, 'Version: %s' % v, 'Section: restricted/kernel', '')
        return rc
    if argv[0] == 'search':
        pat = re.compile(argv[1]) if len(argv) > 1 else re.compile('')
        for b in sorted(driver_branches(m)):
            for n in ('nvidia-driver-' + b, 'linux-modules-nvidia-%s-generic' % b):
                if apt_known(m, n) and pat.search(n):
                    say('%s - NVIDIA driver metapackage' % n)
        return 0
    return 1


def prog_ubuntu_drivers(m, argv):
    gpgpu = '--gpgpu' in argv
    args = [a for a in argv if a != '--gpgpu']
    gpu = m.spec.get('gpu')
    branches = sorted(driver_branches(m), key=int, reverse=True)
    recommended = m.spec.get('recommended')
    cmd = args[0] if args else ''
    if cmd in ('list', 'devices') and not gpu:
        return 0
    if cmd == 'list':
        for b in branches:
            name = 'nvidia-driver-%s%s' % (b, '-server' if gpgpu else '')
            if m.spec.get('prebuilt_signed'):
                say('%s, (kernel modules provided by linux-modules-nvidia-%s%s-generic)'
                    % (name, b, '-server' if gpgpu else ''))
            else:
                say(name)
        return 0
    if cmd == 'devices':
        say('== %s ==' % gpu['sysfs'], 'modalias : %s' % gpu['modalias'],
            'vendor   : NVIDIA Corporation', 'model    : %s' % gpu['model'])
        for b in branches:
            for server in ('-server', ''):
                say('driver   : nvidia-driver-%s%s - distro non-free%s'
                    % (b, server, ' recommended' if b == recommended and not server else ''))
        say('driver   : xserver-xorg-video-nouveau - distro free builtin')
        return 0
    if cmd in ('install', 'autoinstall'):
        if not m.event_root:
            say('ERROR: this command must be run as root', err=True)
            return 1
        if not gpu:
            say('No drivers found for installation.')
            return 0
        branch, server = recommended, gpgpu
        if len(args) > 1:
            mm = re.match(r'^nvidia:(\d+)(-server)?$', args[1])
            if not mm:
                say('ERROR: unknown driver %s' % args[1], err=True)
                return 1
            branch, server = mm.group(1), bool(mm.group(2)) or gpgpu
        return install_driver(m, branch, server, say)
    say('usage: ubuntu-drivers [list|devices|install] [--gpgpu]', err=True)
    return 2


def prog_update_initramfs(m, argv):
    if not m.event_root:
        say('update-initramfs: must be run as root', err=True)
        return 1
    update_initramfs(m, say)
    return 0


# --- fake programs: Secure Boot ---------------------------------------------------------------
def fingerprint_of(m, path):
    import hashlib
    text = m.read(path)
    if text is None:
        return None
    return hashlib.sha1(text.encode()).hexdigest()


def prog_mokutil(m, argv):
    spec = m.spec
    if not spec.get('uefi'):
        say('EFI variables are not supported on this system', err=True)
        return 1
    mok = m.load('mok', {'enrolled': [], 'pending': []})
    if '--sb-state' in argv:
        say('SecureBoot %s' % ('enabled' if spec.get('secure_boot') else 'disabled'))
        return 0
    if '--list-new' in argv or '--list-enrolled' in argv:
        keys = [k['fingerprint'] for k in mok['pending']] if '--list-new' in argv \
            else mok['enrolled']
        if not keys:
            say('MokNew is empty' if '--list-new' in argv else 'MokListRT is empty')
            return 0 if '--list-new' in argv else 1
        for i, fp in enumerate(keys):
            pairs = ':'.join(fp[j:j + 2] for j in range(0, 40, 2))
            say('[key %d]' % (i + 1), 'SHA1 Fingerprint: %s' % pairs, 'Certificate:',
                '    Data:', '        Subject: CN=%s Secure Boot Module Signature key'
                % os.uname().nodename)
        return 0
    if '--test-key' in argv:
        path = argv[argv.index('--test-key') + 1]
        fp = fingerprint_of(m, path)
        if fp in mok['enrolled']:
            say('%s is already enrolled' % path)
            return 1
        say('%s is not enrolled' % path)
        return 0
    if '--import' in argv:
        path = argv[argv.index('--import') + 1]
        if not m.event_root:
            say('Failed to enroll new keys', 'mokutil: EFI variable write failed: Permission denied',
                err=True)
            return 1
        fp = fingerprint_of(m, path)
        if fp is None:
            say('Failed to open %s' % path, err=True)
            return 255
        if fp in mok['enrolled']:
            say('SKIP: %s is already enrolled' % path)
            return 0
        # mokutil reads the password twice from its terminal (stdin when it is a pipe).
        sys.stdout.write('input password: ')
        sys.stdout.flush()
        first = sys.stdin.readline().rstrip('\n')
        sys.stdout.write('\ninput password again: ')
        sys.stdout.flush()
        second = sys.stdin.readline().rstrip('\n')
        say('')
        if not first or first != second:
            say('Password doesn\'t match' if first != second else 'Abort', err=True)
            return 255
        if not 1 <= len(first) <= 256:
            say('password should be 1~256 characters', err=True)
            return 255
        mok['pending'] = [k for k in mok['pending'] if k['fingerprint'] != fp]
        mok['pending'].append({'fingerprint': fp, 'password': first})
        m.save('mok', mok)
        return 0
    say('mokutil: option not simulated: %s' % ' '.join(argv), err=True)
    return 2


# --- fake programs: the driver's tools ------------------------------------------------------
def smi_xml(m, version, cuda):
    gpu = m.spec['gpu']
    with open(os.path.join(FIXTURES, 'nvidia-smi/xml', gpu['smi_xml'])) as f:
        text = f.read()
    if gpu.get('smi_first_gpu_only'):  # as make_hosts.py cuts a multi-GPU capture
        end = text.index('</gpu>') + len('</gpu>')
        second = text.find('<gpu ', end)
        if second != -1:
            text = text[:text.rfind('\n', 0, second) + 1] + text[text.index('</nvidia_smi_log>'):]
    for a, b in gpu.get('smi_edits', []):
        text = text.replace(a, b)
    text = re.sub(r'<driver_version>[^<]*</driver_version>',
                  '<driver_version>%s</driver_version>' % version, text, count=1)
    text = re.sub(r'<cuda_version>[^<]*</cuda_version>',
                  '<cuda_version>%s</cuda_version>' % cuda, text, count=1)
    return text


def prog_nvidia_smi(m, argv):
    loaded, lib = loaded_driver(m)
    if not loaded:
        say("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. "
            "Make sure that the latest NVIDIA driver is installed and running.")
        return 9
    if lib and lib != loaded:
        say('Failed to initialize NVML: Driver/library version mismatch',
            'NVML library version: %s' % '.'.join(lib.split('.')[:2]))
        return 18
    gpu = m.spec['gpu']
    cuda = driver_cuda(m, loaded)
    if '-q' in argv and '-x' in argv:
        sys.stdout.write(smi_xml(m, loaded, cuda))
        return 0
    if '-L' in argv:
        say('GPU 0: %s (UUID: %s)' % (gpu['name'], gpu['uuid']))
        return 0
    query = [a for a in argv if a.startswith('--query-gpu=')]
    if query:
        fields = query[0].split('=', 1)[1].split(',')
        nounits = any('nounits' in a for a in argv)
        values = {'index': '0', 'name': gpu['name'], 'driver_version': loaded,
                  'memory.total': '%d%s' % (gpu['memory_mib'], '' if nounits else ' MiB'),
                  'uuid': gpu['uuid'], 'pci.bus_id': gpu['bus_id'],
                  'compute_cap': gpu['cc'], 'serial': '[N/A]'}
        bad = [f for f in fields if f not in values]
        if bad:
            say('Field "%s" is not a valid field to query.' % bad[0], '')
            return 2
        header = any(a.startswith('--format=') and 'noheader' not in a for a in argv)
        if header:
            say(', '.join(fields))
        say(', '.join(values[f] for f in fields))
        return 0
    if not argv:
        say('+-----------------------------------------------------------------------------------------+',
            '| NVIDIA-SMI %-14s Driver Version: %-14s CUDA Version: %-8s |' % (loaded, loaded, cuda),
            '|=========================================+========================+======================|',
            '|   0  %-30s   Off |   %s Off |                  N/A |' % (gpu['name'][:30], gpu['bus_id'][4:]),
            '| N/A   40C    P8              3W /   50W |       1MiB / %5dMiB |      0%%      Default |'
            % gpu['memory_mib'],
            '+-----------------------------------------------------------------------------------------+')
        return 0
    say('nvidia-smi: option not simulated: %s' % ' '.join(argv), err=True)
    return 2


# --- fake programs: the rest of the system --------------------------------------------------
def install_static(m, name):
    m.shim(name)


def prog_static(m, name, argv):
    """Programs whose answer never changes: the snapshot's recorded output."""
    key = ' '.join([name] + argv)
    c = m.spec.get('static', {}).get(key)
    if c is None:
        if name == 'uname':
            say({'-m': 'x86_64', '-r': m.spec['kernel']}.get(argv[0] if argv else '', 'Linux'))
            return 0
        say('%s: not simulated: %s' % (name, key), err=True)
        return 2
    sys.stdout.write(c.get('out', ''))
    sys.stderr.write(c.get('err', ''))
    return c.get('exit', 0)


def prog_df(m, argv):
    paths = [a for a in argv if not a.startswith('-')]
    free = m.spec.get('free_bytes', 200 * 10**9)
    say('Filesystem              1-blocks         Used    Available Capacity Mounted on')
    for _ in paths:
        say('/dev/nvme0n1p2      %12d %12d %12d      40%% /' % (free * 2, free, free))
    return 0


def prog_reboot(m, name, argv):
    if name == 'systemctl' and (not argv or argv[0] != 'reboot'):
        say('systemctl: only "reboot" is simulated', err=True)
        return 1
    if name == 'shutdown' and '-r' not in argv:
        say('shutdown: only -r is simulated', err=True)
        return 1
    m.save('reboot', {'requested': True, 'by': [name] + argv})
    return 0


def prog_pkexec(m, argv):
    args = [a for a in argv if a not in ('--disable-internal-agent',)]
    if not args:
        say('pkexec --version | --help | [--user username] PROGRAM [ARGUMENTS...]', err=True)
        return 127
    if m.load('polkit').get('dismiss'):
        # The student closed the password dialog.
        say('Error executing command as another user: Request dismissed', err=True)
        return 126
    if args[0] not in HELPER_PATHS:
        # Only the helpers have polkit actions (packaging/org.gpusetup.helper.policy): one
        # executable per risk class, all served here by the test build.
        say('Error executing command as another user: Not authorized', '',
            'This incident has been reported.', err=True)
        return 127
    env = dict(os.environ)
    env['GPUSETUP_HELPER_TEST_ROOT'] = m.root
    env['GPUSETUP_HELPER_LOG'] = m.p('/var/log/gpu-setup-helper.log')
    env['PKEXEC_UID'] = str(os.getuid())
    hashes = os.path.join(os.path.dirname(m.root), 'knowledge', 'helper-test-hashes')
    if os.path.exists(hashes):
        env['GPUSETUP_HELPER_TEST_HASHES'] = hashes
    helper = m.spec['helper']
    os.execve(helper, [helper] + args[1:], env)


# --- CUDA toolkit, cuDNN -------------------------------------------------------------------------
NVCC_TEXT = ('nvcc: NVIDIA (R) Cuda compiler driver\nCopyright (c) 2005-2025 NVIDIA Corporation\n'
             'Built on Wed_Aug_20_01:58:59_PM_PDT_2025\n'
             'Cuda compilation tools, release %(minor)s, V%(full)s\n'
             'Build cuda_%(minor)s.r%(minor)s/compiler.36424714_0\n')


def runfile_main(argv):
    """The fake CUDA runfile: `sh cuda_X.Y.Z_DRV_linux.run --silent --toolkit --toolkitpath=DIR`
    installs a stand-in toolkit (bin/nvcc, version.json, cuda.h, libcudart) into DIR."""
    name = os.path.basename(argv[0])
    mm = re.match(r'^cuda_(\d+\.\d+\.\d+)_', name)
    if not mm:
        say('runfile: cannot tell the version from %s' % name, err=True)
        return 1
    full = mm.group(1)
    minor = '.'.join(full.split('.')[:2])
    opts = dict(a[2:].split('=', 1) for a in argv[1:] if a.startswith('--') and '=' in a)
    flags = [a for a in argv[1:] if '=' not in a]
    if '--silent' not in flags or '--toolkit' not in flags or '--driver' in flags:
        say('runfile: the simulation only installs the toolkit silently', err=True)
        return 1
    prefix = opts.get('toolkitpath', '/usr/local/cuda-' + minor)
    test_root = os.environ.get('GPUSETUP_HELPER_TEST_ROOT', '')
    if test_root and not prefix.startswith(test_root + '/'):
        say('runfile: refusing to write outside the simulated root: %s' % prefix, err=True)
        return 1
    log = (test_root + '/var/log/cuda-installer.log') if test_root else \
        os.path.join(os.environ.get('TMPDIR', '/tmp'), 'cuda-installer.log')
    os.makedirs(os.path.dirname(log), exist_ok=True)
    for d in ('bin', 'include', 'lib64', 'targets/x86_64-linux/lib'):
        os.makedirs(os.path.join(prefix, d), exist_ok=True)
    root = os.environ.get('GPUSIM_ROOT') or os.environ.get('GPUSETUP_SIMULATED_ROOT', '')
    spec = Machine(root).spec if root else {}
    py = spec.get('python3', sys.executable)
    with open(os.path.join(prefix, 'bin/nvcc'), 'w') as f:
        f.write(launcher(root, py, 'nvcc', "GPUSIM_CUDA='%s' " % full))
    os.chmod(os.path.join(prefix, 'bin/nvcc'), 0o755)
    with open(os.path.join(FIXTURES, 'cuda-version/codeindex-45068381594_cuda-11.8.0_linux_version.json')) as f:
        vj = json.load(f)
    vj['cuda']['version'] = full
    with open(os.path.join(prefix, 'version.json'), 'w') as f:
        json.dump(vj, f, indent=3)
    major, mi = full.split('.')[:2]
    with open(os.path.join(prefix, 'include/cuda.h'), 'w') as f:
        f.write('#ifndef __cuda_cuda_h__\n#define __cuda_cuda_h__\n#define CUDA_VERSION %d\n#endif\n'
                % (int(major) * 1000 + int(mi) * 10))
    lib = 'libcudart.so.%s' % full
    open(os.path.join(prefix, 'targets/x86_64-linux/lib', lib), 'w').close()
    for link in ('libcudart.so.' + major, 'libcudart.so'):
        p = os.path.join(prefix, 'targets/x86_64-linux/lib', link)
        if not os.path.lexists(p):
            os.symlink(lib, p)
    for n in ('libcudart.so', 'libcudart.so.' + major, lib):
        p = os.path.join(prefix, 'lib64', n)
        if not os.path.lexists(p):
            os.symlink('../targets/x86_64-linux/lib/' + n, p)
    # As the real installer: /usr/local/cuda points at the newest toolkit installed there.
    parent = os.path.dirname(prefix)
    if os.path.basename(parent) == 'local':
        link = os.path.join(parent, 'cuda')
        if os.path.islink(link):
            os.remove(link)
        if not os.path.exists(link):
            os.symlink(prefix, link)
    with open(log, 'a') as f:
        f.write('[INFO]: Installing CUDA Toolkit %s into %s\n[INFO]: Install complete.\n'
                % (full, prefix))
    say('===========', '= Summary =', '===========', '',
        'Driver:   Not Selected', 'Toolkit:  Installed in %s' % prefix)
    if root:
        Machine(root).event('cuda-runfile', [name] + argv[1:])
    return 0


# (first CUDA release, newest gcc it accepts), from NVIDIA's installation guides.
NVCC_MAX_GCC = [('9.0', 6), ('9.2', 7), ('10.0', 7), ('10.1', 8), ('11.0', 9), ('11.1', 10),
                ('11.4.1', 11), ('12.0', 12), ('12.4', 13), ('12.8', 14)]


def prog_nvcc(m, argv):
    full = os.environ.get('GPUSIM_CUDA', '12.4.1')
    minor = '.'.join(full.split('.')[:2])
    if '-V' in argv or '--version' in argv:
        sys.stdout.write(NVCC_TEXT % {'minor': minor, 'full': full})
        return 0
    if '-o' in argv:
        # As the real nvcc (host_config.h): each CUDA release accepts gcc up to a version.
        gcc = m.spec.get('static', {}).get('gcc --version', {}).get('out', '')
        mm = re.search(r'\) (\d+)\.', gcc)
        limit = max((g for v, g in NVCC_MAX_GCC if version_key(full) >= version_key(v)), default=13)
        if mm and int(mm.group(1)) > limit:
            say('/usr/local/cuda/include/crt/host_config.h: error: #error -- unsupported GNU '
                'version! gcc versions later than %d are not supported!' % limit, err=True)
            return 1
        out = argv[argv.index('-o') + 1]
        sources = [a for a in argv if a.endswith('.cu')]
        if not sources or not os.path.isfile(sources[0]):
            say('nvcc fatal   : No input files specified', err=True)
            return 1
        with open(out, 'w') as f:
            f.write(launcher(m.root, m.spec['python3'], 'cuda-program', "GPUSIM_CUDA='%s' " % full))
        os.chmod(out, 0o755)
        return 0
    say('nvcc fatal   : No input files specified; use option --help for more information',
        err=True)
    return 1


def gpu_usable(m, cuda_needed):
    """Why a CUDA program of this CUDA version cannot run, or None when it can."""
    loaded, lib = loaded_driver(m)
    if not loaded:
        return 'no CUDA-capable device is detected'
    if lib and lib != loaded:
        return 'system has unsupported display driver / cuda driver combination'
    have = driver_cuda(m, loaded)
    if cuda_needed and version_key(have) < version_key('.'.join(cuda_needed.split('.')[:2])):
        return 'CUDA driver version is insufficient for CUDA runtime version'
    return None


def prog_cuda_program(m, argv):
    why = gpu_usable(m, os.environ.get('GPUSIM_CUDA'))
    if why:
        say('error=cudaGetDeviceCount: %s' % why)
        return 2
    gpu = m.spec['gpu']
    say('devices=1', 'device=%s' % gpu['name'], 'capability=%s' % gpu['cc'], 'vector-add=ok')
    return 0


CUDNN_HEADER = ('#ifndef CUDNN_VERSION_H_\n#define CUDNN_VERSION_H_\n\n'
                '#define CUDNN_MAJOR %s\n#define CUDNN_MINOR %s\n#define CUDNN_PATCHLEVEL %s\n\n'
                '#define CUDNN_VERSION (CUDNN_MAJOR * 10000 + CUDNN_MINOR * 100 + '
                'CUDNN_PATCHLEVEL)\n\n#endif\n')


def cudnn_archive(file_name, version):
    """A cuDNN redistributable archive in NVIDIA's layout, small: headers and library names."""
    import io
    import tarfile
    top = re.sub(r'\.tar\.xz$|\.tgz$|\.zip$', '', file_name)
    major, minor, patch = (version.split('.') + ['0', '0'])[:3]
    lib = 'libcudnn.so.%s.%s.%s' % (major, minor, patch)
    files = {'include/cudnn_version.h': CUDNN_HEADER % (major, minor, patch),
             'include/cudnn.h': '#include "cudnn_version.h"\n',
             'lib/' + lib: '', 'LICENSE': 'NVIDIA cuDNN (stand-in for tests)\n'}
    links = {'lib/libcudnn.so.' + major: lib, 'lib/libcudnn.so': 'libcudnn.so.' + major}
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w:xz', preset=0) as t:
        for path, data in sorted(files.items()):
            info = tarfile.TarInfo(top + '/' + path)
            info.size, info.mtime, info.mode = len(data), 1700000000, 0o644
            t.addfile(info, io.BytesIO(data.encode()))
        for path, target in sorted(links.items()):
            info = tarfile.TarInfo(top + '/' + path)
            info.type, info.linkname, info.mtime = tarfile.SYMTYPE, target, 1700000000
            t.addfile(info)
    return buf.getvalue()


# --- conda, pip, PyTorch ------------------------------------------------------------------------
def conda_installer_main(argv):
    """The fake Miniconda / Miniforge installer: `bash FILE -b -p PREFIX`."""
    name = os.path.basename(argv[0])
    args = argv[1:]
    if '-b' not in args or '-p' not in args:
        say('installer: the simulation runs in batch mode only (-b -p PREFIX)', err=True)
        return 2
    prefix = args[args.index('-p') + 1]
    if os.path.exists(prefix) and os.listdir(prefix):
        say('ERROR: File or directory already exists: \'%s\'' % prefix, err=True)
        return 1
    forge = name.lower().startswith('miniforge')
    mm = re.search(r'(\d+\.\d+\.\d+)', name)
    conda_version = mm.group(1) if mm else '25.11.1'
    mm = re.search(r'py(\d)(\d+)', name)
    python = '%s.%s.5' % (mm.group(1), mm.group(2)) if mm else '3.13.5'
    root = os.environ.get('GPUSIM_ROOT') or os.environ.get('GPUSETUP_SIMULATED_ROOT', '')
    m = Machine(root)
    say('PREFIX=%s' % prefix, 'Unpacking payload ...', 'Extracting : python-%s' % python,
        'Installing base environment...', 'Preparing transaction: ...working... done',
        'Verifying transaction: ...working... done', 'Executing transaction: ...working... done')
    make_conda(m, prefix, 'miniforge' if forge else 'miniconda', conda_version, python)
    say('installation finished.')
    m.event('conda-installer', [name] + args)
    return 0


def make_conda(m, prefix, flavour, conda_version, python):
    for d in ('bin', 'condabin', 'conda-meta', 'envs', 'etc/profile.d', 'pkgs'):
        os.makedirs(os.path.join(prefix, d), exist_ok=True)
    with open(os.path.join(prefix, '.gpusim-conda.json'), 'w') as f:
        json.dump({'flavour': flavour, 'conda_version': conda_version, 'python': python}, f)
    with open(os.path.join(prefix, 'conda-meta', 'python-%s-h0_0.json' % python), 'w') as f:
        json.dump({'name': 'python', 'version': python}, f)
    with open(os.path.join(prefix, 'conda-meta', 'conda-%s-py_0.json' % conda_version), 'w') as f:
        json.dump({'name': 'conda', 'version': conda_version}, f)
    shim = launcher(m.root, m.spec['python3'], 'conda', "GPUSIM_PREFIX='%s' " % prefix)
    for d in ('bin', 'condabin'):
        with open(os.path.join(prefix, d, 'conda'), 'w') as f:
            f.write(shim)
        os.chmod(os.path.join(prefix, d, 'conda'), 0o755)
    with open(os.path.join(prefix, 'etc/profile.d/conda.sh'), 'w') as f:
        f.write('export CONDA_EXE=\'%s/bin/conda\'\n' % prefix)
    make_python(m, prefix, python)


def make_python(m, prefix, python):
    short = '.'.join(python.split('.')[:2])
    site = os.path.join(prefix, 'lib', 'python' + short, 'site-packages')
    os.makedirs(site, exist_ok=True)
    text = ("#!/bin/sh\n# gpusim: the environment's python is this machine's python3 with the\n"
            "# environment's site-packages first (and a fake pip)\n"
            "if [ \"$1\" = -m ] && [ \"$2\" = pip ]; then\n    shift 2\n    %(pip)sfi\n"
            "PYTHONPATH='%(site)s' GPUSIM_ROOT='%(root)s' exec '%(py)s' \"$@\"\n"
            % {'root': m.root, 'py': m.spec['python3'], 'site': site,
               'pip': launch_line(m.root, m.spec['python3'], 'pip', "GPUSIM_PREFIX='%s' " % prefix)})
    for n in ('python', 'python3', 'python' + short):
        path = os.path.join(prefix, 'bin', n)
        with open(path, 'w') as f:
            f.write(text)
        os.chmod(path, 0o755)


def condarc_channels(home):
    try:
        with open(os.path.join(home, '.condarc')) as f:
            text = f.read()
    except FileNotFoundError:
        return None, None
    def block(key):
        mm = re.search(r'^%s:\s*\n((?:\s+-\s*.*\n?)+)' % key, text, re.M)
        return [l.strip()[1:].strip() for l in mm.group(1).splitlines()] if mm else None
    return block('channels'), block('default_channels')


ANACONDA_DEFAULTS = ['https://repo.anaconda.com/pkgs/main', 'https://repo.anaconda.com/pkgs/r']


def prog_conda(m, argv):
    import shutil
    prefix = os.environ['GPUSIM_PREFIX']
    with open(os.path.join(prefix, '.gpusim-conda.json')) as f:
        me = json.load(f)
    home = os.environ.get('HOME', '')
    envs = [prefix] + sorted(os.path.join(prefix, 'envs', e)
                             for e in os.listdir(os.path.join(prefix, 'envs'))
                             if os.path.isdir(os.path.join(prefix, 'envs', e, 'conda-meta')))
    cmd = argv[0] if argv else ''
    if cmd == '--version' or cmd == '-V':
        say('conda %s' % me['conda_version'])
        return 0
    if cmd == 'info' and '--json' in argv:
        channels, defaults = condarc_channels(home)
        if me['flavour'] == 'miniforge':
            chans = ['https://conda.anaconda.org/conda-forge']
        else:
            chans = [c for c in (channels or ['defaults']) if c != 'defaults'] + \
                (defaults or ANACONDA_DEFAULTS) if 'defaults' in (channels or ['defaults']) \
                else list(channels)
        active = os.environ.get('CONDA_PREFIX', '')
        say(json.dumps({'conda_version': me['conda_version'], 'python_version': me['python'] + '.final.0',
                        'root_prefix': prefix, 'active_prefix': active or None,
                        'active_prefix_name': os.path.basename(active) if active else None,
                        'envs_dirs': [os.path.join(prefix, 'envs'), os.path.join(home, '.conda/envs')],
                        'envs': envs, 'platform': 'linux-64',
                        'channels': [c.rstrip('/') + '/linux-64' for c in chans]}, indent=2))
        return 0
    if cmd == 'env' and argv[1:2] == ['list']:
        if '--json' in argv:
            say(json.dumps({'envs': envs}, indent=2))
        else:
            say('# conda environments:', '#')
            for e in envs:
                say('%-24s %s' % ('base' if e == prefix else os.path.basename(e), e))
        return 0
    if cmd == 'shell.bash' and argv[1:2] == ['hook']:
        say("export CONDA_EXE='%s/bin/conda'" % prefix, "export _CE_M=''", "export _CE_CONDA=''",
            "export CONDA_PYTHON_EXE='%s/bin/python'" % prefix,
            "conda() { \"$CONDA_EXE\" \"$@\"; }",
            "export PATH='%s/bin:%s/condabin':\"$PATH\"" % (prefix, prefix),
            "export CONDA_PREFIX='%s'" % prefix, "export CONDA_DEFAULT_ENV='base'",
            "export CONDA_SHLVL='1'")
        return 0
    if cmd == 'init':
        shell = argv[1] if len(argv) > 1 else 'bash'
        rc = os.path.join(home, '.bashrc' if shell == 'bash' else '.zshrc')
        block = ("# >>> conda initialize >>>\n"
                 "# !! Contents within this block are managed by 'conda init' !!\n"
                 "__conda_setup=\"$('%(p)s/bin/conda' 'shell.%(s)s' 'hook' 2> /dev/null)\"\n"
                 "if [ $? -eq 0 ]; then\n    eval \"$__conda_setup\"\nelse\n"
                 "    if [ -f \"%(p)s/etc/profile.d/conda.sh\" ]; then\n"
                 "        . \"%(p)s/etc/profile.d/conda.sh\"\n    else\n"
                 "        export PATH=\"%(p)s/bin:$PATH\"\n    fi\nfi\nunset __conda_setup\n"
                 "# <<< conda initialize <<<\n" % {'p': prefix, 's': shell})
        try:
            with open(rc) as f:
                text = f.read()
        except FileNotFoundError:
            text = ''
        if '# >>> conda initialize >>>' in text:
            say('no change     %s' % rc, 'No action taken.')
            return 0
        with open(rc, 'w') as f:
            f.write(text + ('' if text.endswith('\n') or not text else '\n') + '\n' + block)
        say('no change     %s/condabin/conda' % prefix, 'modified      %s' % rc, '',
            '==> For changes to take effect, close and re-open your current shell. <==')
        m.event('conda', ['init', shell])
        return 0
    if cmd == 'tos':
        state = os.path.join(home, '.conda', 'gpusim-tos.json')
        accepted = []
        if os.path.exists(state):
            with open(state) as f:
                accepted = json.load(f)
        if argv[1:2] == ['accept'] and '--channel' in argv:
            ch = argv[argv.index('--channel') + 1].rstrip('/')
            if ch not in accepted:
                accepted.append(ch)
            os.makedirs(os.path.dirname(state), exist_ok=True)
            with open(state, 'w') as f:
                json.dump(accepted, f)
            say('accepted Terms of Service for %s' % ch)
            m.event('conda', ['tos', 'accept', ch])
            return 0
        say('usage: conda tos accept --override-channels --channel CHANNEL', err=True)
        return 2
    if cmd == 'create':
        name = argv[argv.index('-n') + 1] if '-n' in argv else None
        spec = [a for a in argv[1:] if a.startswith('python')]
        if not name:
            say('CondaValueError: either -n NAME or -p PREFIX option required', err=True)
            return 1
        target = os.path.join(prefix, 'envs', name)
        if os.path.exists(os.path.join(target, 'conda-meta')):
            say('CondaValueError: prefix already exists: %s' % target, err=True)
            return 1
        channels, defaults = condarc_channels(home)
        uses_defaults = me['flavour'] != 'miniforge' and 'defaults' in (channels or ['defaults'])
        mirrored = bool(defaults) and not any('repo.anaconda.com' in d for d in defaults)
        if uses_defaults and not mirrored and version_key(me['conda_version']) >= (25, 5):
            state = os.path.join(home, '.conda', 'gpusim-tos.json')
            accepted = json.load(open(state)) if os.path.exists(state) else []
            missing = [c for c in ANACONDA_DEFAULTS if c not in accepted]
            if missing:
                say('CondaToSNonInteractiveError: Terms of Service have not been accepted for '
                    'the following channels. Please accept or remove them before proceeding:',
                    *['    \u2022 %s' % c for c in missing], '',
                    "To accept a channel's Terms of Service, run the following and replace "
                    '`CHANNEL` with the channel name/URL:',
                    '    \u2023 conda tos accept --override-channels --channel CHANNEL', err=True)
                return 1
        python = spec[0].split('=')[1] if spec and '=' in spec[0] else me['python']
        if python.count('.') == 1:
            python += '.9'
        pyshort = '.'.join(python.split('.')[:2])
        only_free = channels and all('pkgs/free' in c for c in channels if c != 'defaults') \
            and 'defaults' not in channels
        if only_free and version_key(pyshort) > (3, 7):
            say('PackagesNotFoundError: The following packages are not available from current '
                'channels:', '', '  - python=%s' % pyshort, err=True)
            return 1
        say('Collecting package metadata (repodata.json): done', 'Solving environment: done', '',
            '## Package Plan ##', '', '  environment location: %s' % target, '')
        os.makedirs(os.path.join(target, 'conda-meta'), exist_ok=True)
        with open(os.path.join(target, 'conda-meta', 'python-%s-h0_0.json' % python), 'w') as f:
            json.dump({'name': 'python', 'version': python}, f)
        os.makedirs(os.path.join(target, 'bin'), exist_ok=True)
        make_python(m, target, python)
        say('#', '# To activate this environment, use', '#', '#     $ conda activate %s' % name)
        m.event('conda', ['create', name, python])
        return 0
    if cmd == 'env' and argv[1:2] == ['remove'] or cmd == 'remove' and '--all' in argv:
        name = argv[argv.index('-n') + 1]
        target = os.path.join(prefix, 'envs', name)
        if not os.path.isdir(target):
            say('EnvironmentLocationNotFound: Not a conda environment: %s' % target, err=True)
            return 1
        shutil.rmtree(target)
        say('Remove all packages in environment %s: done' % target)
        m.event('conda', ['remove', name])
        return 0
    say('conda: not simulated: %s' % ' '.join(argv), err=True)
    return 2


def wheel_cuda(index_url):
    mm = re.search(r'/whl/cu(\d+)(\d)$', (index_url or '').rstrip('/'))
    return '%s.%s' % (mm.group(1), mm.group(2)) if mm else None


def prog_pip(m, argv):
    prefix = os.environ['GPUSIM_PREFIX']
    if not argv or argv[0] != 'install':
        if argv and argv[0] == '--version':
            say('pip 25.2 from %s (python)' % prefix)
            return 0
        say('pip: not simulated: %s' % ' '.join(argv), err=True)
        return 2
    index = None
    names = []
    i = 1
    while i < len(argv):
        a = argv[i]
        if a in ('--index-url', '-i', '--extra-index-url'):
            if a != '--extra-index-url':
                index = argv[i + 1]
            i += 2
            continue
        if not a.startswith('-'):
            names.append(a)
        i += 1
    libs = [d for d in os.listdir(os.path.join(prefix, 'lib')) if d.startswith('python3')]
    site = os.path.join(prefix, 'lib', libs[0], 'site-packages')
    if index and not index.startswith('https://download.pytorch.org/whl/') and \
            not index.startswith('https://'):
        say('ERROR: Could not find a version that satisfies the requirement %s' % names[0], err=True)
        return 1
    done = []
    for n in names:
        mm = re.match(r'^([A-Za-z0-9_.-]+)(?:==([0-9][^ ]*))?$', n)
        if not mm:
            say('ERROR: Invalid requirement: %r' % n, err=True)
            return 1
        pkg, ver = mm.group(1).lower(), mm.group(2)
        if pkg == 'torch':
            cuda = wheel_cuda(index)
            ver = ver or '2.11.0'
            local = ('+cu%s' % cuda.replace('.', '')) if cuda else ('+cpu' if index else '')
            install_torch(m, site, ver + local, cuda)
            done.append('torch-%s%s' % (ver, local))
            continue
        ver = ver or '1.0'
        dist = os.path.join(site, '%s-%s.dist-info' % (pkg.replace('-', '_'), ver))
        os.makedirs(dist, exist_ok=True)
        with open(os.path.join(dist, 'METADATA'), 'w') as f:
            f.write('Metadata-Version: 2.1\nName: %s\nVersion: %s\n' % (pkg, ver))
        done.append('%s-%s' % (pkg, ver))
    say('Looking in indexes: %s' % (index or 'https://pypi.org/simple'),
        'Successfully installed %s' % ' '.join(done))
    m.event('pip', ['install'] + names, index=index, prefix=prefix)
    return 0


def install_torch(m, site, version, cuda):
    import shutil
    target = os.path.join(site, 'torch')
    if os.path.isdir(target):
        shutil.rmtree(target)
    shutil.copytree(os.path.join(HERE, 'faketorch', 'torch'), target)
    with open(os.path.join(target, 'version.py'), 'w') as f:
        f.write("__version__ = '%s'\ndebug = False\ncuda = %r\ngit_version = 'gpusim'\nhip = None\n"
                % (version, cuda))
    with open(os.path.join(target, '_gpusim.py'), 'w') as f:
        f.write('ROOT = %r\nSIM = %r\n' % (m.root, os.path.abspath(__file__)))
    dist = os.path.join(site, 'torch-%s.dist-info' % version)
    os.makedirs(dist, exist_ok=True)
    with open(os.path.join(dist, 'METADATA'), 'w') as f:
        f.write('Metadata-Version: 2.1\nName: torch\nVersion: %s\n' % version)


def torch_device(root, cuda):
    """What the stand-in torch sees: a dict for torch.cuda, or None (no usable GPU)."""
    m = Machine(root)
    if not cuda or gpu_usable(m, cuda):
        return None
    return dict(m.spec['gpu'])


# --- tools ----------------------------------------------------------------------------------------
def serve(directory):
    import http.server
    import threading

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=directory, **kw)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    say(str(server.server_address[1]))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # until the test closes the pipe (or goes away)
    server.shutdown()
    return 0


def knowledge(src, out, url, served):
    """Every CUDA runfile, cuDNN archive and conda installer of the knowledge data, served from
    `url`: the data's entries point there with the checksum of the stand-in file written to
    `served` (one stand-in runfile and one installer for all versions, one archive per cuDNN)."""
    import hashlib
    os.makedirs(out, exist_ok=True)
    os.makedirs(served, exist_ok=True)
    py = sys.executable
    runfile = ("#!/bin/sh\n# gpusim: a stand-in CUDA runfile\nexec '%s' -S '%s' runfile \"$0\" \"$@\"\n"
               % (py, os.path.abspath(__file__))).encode()
    installer = ("#!/bin/sh\n# gpusim: a stand-in Miniconda / Miniforge installer\n"
                 "exec '%s' -S '%s' conda-installer \"$0\" \"$@\"\n"
                 % (py, os.path.abspath(__file__))).encode()
    sha_run = hashlib.sha256(runfile).hexdigest()
    sha_inst = hashlib.sha256(installer).hexdigest()
    written = {}

    def serve_file(name, data):
        with open(os.path.join(served, name), 'wb') as f:
            f.write(data)
        written[name] = hashlib.sha256(data).hexdigest()
        return written[name]

    with open(os.path.join(src, 'cuda_driver.json')) as f:
        cuda = json.load(f)
    for r in cuda['releases']:
        rf = r.get('runfile_linux_x86_64')
        if rf and rf.get('name'):
            rf['url'] = url + '/' + rf['name']
            rf['sha256'] = sha_run
            written[rf['name']] = sha_run
            with open(os.path.join(served, rf['name']), 'wb') as f:
                f.write(runfile)
    with open(os.path.join(src, 'cudnn.json')) as f:
        cudnn = json.load(f)
    for a in cudnn['archives']:
        if a.get('platform') == 'linux-x86_64' and a.get('file', '').endswith('.tar.xz'):
            a['url'] = url + '/' + a['file']
            a['sha256'] = serve_file(a['file'], cudnn_archive(a['file'], a['cudnn']))
    with open(os.path.join(src, 'miniconda.json')) as f:
        conda = json.load(f)
    for key in ('installers', 'miniforge_installers'):
        for i in conda.get(key, []):
            if i.get('file'):
                i['url'] = url + '/' + i['file']
                i['sha256'] = sha_inst
                written[i['file']] = sha_inst
                with open(os.path.join(served, i['file']), 'wb') as f:
                    f.write(installer)
    outputs = [('cuda_driver.json', cuda), ('cudnn.json', cudnn), ('miniconda.json', conda)]
    # Miniforge (the default flavour): its own file, URLs from url_pattern.
    forge_path = os.path.join(src, 'miniforge.json')
    if os.path.exists(forge_path):
        with open(forge_path) as f:
            forge = json.load(f)
        forge['url_pattern'] = url + '/{file}'
        for i in forge.get('installers', []):
            i['sha256'] = sha_inst
            written[i['file']] = sha_inst
            with open(os.path.join(served, i['file']), 'wb') as f:
                f.write(installer)
        outputs.append(('miniforge.json', forge))
    for name, data in outputs:
        with open(os.path.join(out, name), 'w') as f:
            json.dump(data, f, indent=1)
    with open(os.path.join(out, 'served.json'), 'w') as f:
        json.dump(written, f, indent=1, sort_keys=True)
    # The helper's test build accepts these besides NVIDIA's (GPUSETUP_HELPER_TEST_HASHES).
    with open(os.path.join(out, 'helper-test-hashes'), 'w') as f:
        f.write(''.join(h + '\n' for h in sorted(set(written.values()))))
    say(json.dumps({'files': len(written), 'runfile_sha256': sha_run, 'installer_sha256': sha_inst}))
    return 0


def new_boot_id(m):
    """The kernel's id of this boot (/proc/sys/kernel/random/boot_id): a new one at every
    start, as the wizard uses it to tell that a restart happened."""
    import uuid
    m.write('/proc/sys/kernel/random/boot_id', str(uuid.uuid4()) + '\n')


def create(root, machine_name, helper, python3):
    sys.path.insert(0, HERE)
    import machines
    os.makedirs(root, exist_ok=True)
    rc = machines.create(Machine(root), machine_name, helper, python3)
    new_boot_id(Machine(root))
    return rc


PROGRAMS = {
    'dpkg-query': prog_dpkg_query, 'apt-get': prog_apt_get, 'apt-cache': prog_apt_cache,
    'ubuntu-drivers': prog_ubuntu_drivers, 'update-initramfs': prog_update_initramfs,
    'mokutil': prog_mokutil, 'nvidia-smi': prog_nvidia_smi, 'df': prog_df, 'pkexec': prog_pkexec,
    'conda': prog_conda, 'pip': prog_pip, 'nvcc': prog_nvcc, 'cuda-program': prog_cuda_program,
}
STATIC = ('gcc', 'make', 'uname', 'systemd-detect-virt')
REBOOT = ('reboot', 'systemctl', 'shutdown')


def main(argv):
    if len(argv) < 2:
        say(__doc__.strip(), err=True)
        return 2
    name, args = argv[1], argv[2:]
    if name == 'create':
        return create(*args[:4])
    if name == 'boot':
        pw = args[args.index('--mok-password') + 1] if '--mok-password' in args else None
        say(json.dumps(boot(Machine(args[0]), pw), sort_keys=True))
        return 0
    if name == 'serve':
        return serve(args[0])
    if name == 'knowledge':
        return knowledge(*args[:4])
    if name == 'events':
        sys.stdout.write(open(os.path.join(Machine(args[0]).state, 'events.jsonl')).read())
        return 0
    if name == 'runfile':
        return runfile_main(args)
    if name == 'conda-installer':
        return conda_installer_main(args)
    m = machine_from_env()
    m.event_root = 'GPUSETUP_HELPER_TEST_ROOT' in os.environ
    if name not in ('cuda-program', 'conda', 'pip'):
        m.event(name, args)
    if name in PROGRAMS:
        return PROGRAMS[name](m, args)
    if name in STATIC:
        return prog_static(m, name, args)
    if name in REBOOT:
        return prog_reboot(m, name, args)
    say('gpusim: no fake program %s' % name, err=True)
    return 127


if __name__ == '__main__':
    sys.exit(main(sys.argv))
