# A .deb of gpu-setup: `cmake --build build && (cd build && cpack -G DEB)`.
# The desktop entry, icons, AppStream data and polkit policy join it with the packaging issue.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "gpu-setup")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "gpu-setup developers <gpu-setup@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pci.ids, fonts-noto-cjk")
set(CPACK_STRIP_FILES ON)
include(CPack)
