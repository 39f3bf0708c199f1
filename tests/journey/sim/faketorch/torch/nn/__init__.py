from .. import Tensor, _dev


class Conv2d:
    def __init__(self, in_channels, out_channels, kernel_size, padding=0):
        self.out_channels = out_channels
        self.kernel_size = kernel_size
        self.padding = padding
        self.device = _dev(None)

    def to(self, d):
        self.device = _dev(d)
        return self

    def __call__(self, x):
        n, c, h, w = x.shape
        k, p = self.kernel_size, self.padding
        return Tensor((n, self.out_channels, h + 2 * p - k + 1, w + 2 * p - k + 1), x.device)
