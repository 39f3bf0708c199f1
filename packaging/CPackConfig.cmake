# The .deb: `cmake --build build --target package` (or `cd build && cpack -G DEB`) writes
# build/gpu-setup_<version>_amd64.deb. Version, summary and homepage come from project() in
# CMakeLists.txt; install locations from packaging/Install.cmake.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "gpu-setup")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "gpu-setup contributors")
set(CPACK_PACKAGE_CONTACT "gpu-setup contributors <gpu-setup@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DESCRIPTION
    "A setup wizard for students of deep learning and computer vision. It checks
whether the machine has a usable NVIDIA GPU, then walks through the NVIDIA
driver (installed with the distribution's own tools), the CUDA toolkit, cuDNN
and a Miniconda environment with PyTorch, in Chinese or English, verifies the
result on the GPU and exports a report a teaching assistant can read.

The same checks run on the command line (gpu-setup doctor, gpu-setup plan) on
servers reached over SSH. Administrator rights are asked for through pkexec,
only for the steps that need them.")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Qt and C++ runtime libraries come from dpkg-shlibdeps; the Qt platform plugins are loaded at
# run time, so shlibdeps cannot see them. Ubuntu 22.04 ships pkexec in policykit-1.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "pkexec | policykit-1, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk, ubuntu-drivers-common, pci.ids, qt6-translations-l10n")
# Files under /usr only; dpkg's own triggers update the icon cache and the desktop database.
set(GPUSETUP_DEB_VERSION "${CPACK_PACKAGE_VERSION}")

include(${CMAKE_CURRENT_LIST_DIR}/Install.cmake)
include(CPack)
