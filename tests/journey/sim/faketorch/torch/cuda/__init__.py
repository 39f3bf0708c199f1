import os
import sys

from .. import _gpusim
from .. import version as _version

sys.path.insert(0, os.path.dirname(_gpusim.SIM))
import gpusim as _sim  # noqa: E402


def _device():
    return _sim.torch_device(_gpusim.ROOT, _version.cuda)


def is_available():
    return _device() is not None


def _require():
    if _version.cuda is None:
        raise AssertionError('Torch not compiled with CUDA enabled')
    if _device() is None:
        raise RuntimeError('Found no NVIDIA driver on your system. Please check that you have an '
                           'NVIDIA GPU and installed a driver from '
                           'http://www.nvidia.com/Download/index.aspx')


def device_count():
    return 1 if is_available() else 0


def get_device_name(index=0):
    _require()
    return _device()['name']


def get_device_capability(index=0):
    _require()
    major, minor = _device()['cc'].split('.')
    return int(major), int(minor)


def synchronize():
    # Waits like a GPU finishing its queue, so the timings the verifier prints look like one
    # (a 2048x2048 matmul in ~2 ms: about 8 TFLOP/s, a T4's order of magnitude).
    _require()
    import time
    time.sleep(0.002)
