from .. import version as _version


def is_available():
    return _version.cuda is not None


def version():
    # The cuDNN that PyTorch's CUDA wheels pin (9.10.2)
    return 91002 if is_available() else None
