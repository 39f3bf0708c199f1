"""A stand-in for PyTorch installed by the journey tests' fake pip (tests/journey/sim/gpusim.py).
It implements just what core/verify/Verifier.cpp's scripts call; whether the GPU is usable
follows the simulated machine's driver (loaded module, library, CUDA version of the wheel).
No arithmetic is done: tensors carry their shape and device."""
from . import _gpusim
from .version import __version__
from . import version

_root = _gpusim.ROOT


class device:
    def __init__(self, kind):
        self.type = str(kind).split(':')[0]

    def __eq__(self, other):
        return isinstance(other, device) and other.type == self.type

    def __repr__(self):
        return "device(type='%s')" % self.type


def _dev(d):
    if d is None:
        return device('cpu')
    return d if isinstance(d, device) else device(d)


class _Bool:
    def __init__(self, value):
        self.value = value

    def all(self):
        return self

    def __bool__(self):
        return self.value


class Tensor:
    def __init__(self, shape, dev):
        self.shape = tuple(shape)
        self.device = dev
        if dev.type == 'cuda':
            cuda._require()

    def __matmul__(self, other):
        if self.device != other.device:
            raise RuntimeError('Expected all tensors to be on the same device, but found at least '
                               'two devices, %s and %s!' % (self.device.type, other.device.type))
        return Tensor((self.shape[0], other.shape[1]), self.device)

    def __getitem__(self, index):
        if isinstance(index, slice):
            n = len(range(*index.indices(self.shape[0])))
            return Tensor((n,) + self.shape[1:], self.device)
        return Tensor(self.shape[1:], self.device)

    def cpu(self):
        return Tensor(self.shape, device('cpu'))

    def to(self, d):
        return Tensor(self.shape, _dev(d))

    def size(self):
        return self.shape


def manual_seed(seed):
    return None


def randn(*shape, device=None):
    return Tensor(shape, _dev(device))


def allclose(a, b, rtol=1e-05, atol=1e-08):
    return a.shape == b.shape


def isfinite(t):
    return _Bool(True)


class no_grad:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


from . import cuda, backends, nn  # noqa: E402
