# What `cmake --install` and the .deb put where (the prefix is /usr in the package).
# Everything versioned here comes from project(VERSION) in CMakeLists.txt; the release date
# is the one other input. Files are configured into the build tree, never into the sources.
include(GNUInstallDirs)

set(GPUSETUP_RELEASE_DATE "2026-11-27")
set(GPUSETUP_APP_ID "io.github.gpusetup.GpuSetup")
set(GPUSETUP_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/gpu-setup")
set(_gen "${PROJECT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${_gen}")

# Noon UTC on the release date, in the RFC 2822 form a Debian changelog wants.
execute_process(COMMAND date -u -R -d "${GPUSETUP_RELEASE_DATE} 12:00:00"
                OUTPUT_VARIABLE GPUSETUP_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)

# Hardening flags (cmake/Hardening.cmake) are set where the targets are defined; the helper
# and its polkit policy are installed by app/helper/CMakeLists.txt.

if(GPUSETUP_BUILD_GUI)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/${GPUSETUP_APP_ID}.desktop"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  configure_file("${PROJECT_SOURCE_DIR}/resources/${GPUSETUP_APP_ID}.metainfo.xml.in"
                 "${_gen}/${GPUSETUP_APP_ID}.metainfo.xml" @ONLY)
  install(FILES "${_gen}/${GPUSETUP_APP_ID}.metainfo.xml"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/${GPUSETUP_APP_ID}.svg"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(_size 48 64 128 256)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/${_size}x${_size}/${GPUSETUP_APP_ID}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
  endforeach()
endif()

# Debian wants the copyright file, the changelog and the man page, the last two gzip -9n
# (made at configure time; -n leaves the time stamp out, so the bytes depend on the sources).
find_program(GPUSETUP_GZIP gzip REQUIRED)
function(gpusetup_install_gzipped template output destination)
  configure_file("${template}" "${_gen}/${output}" @ONLY)
  execute_process(COMMAND "${GPUSETUP_GZIP}" -9nfk "${_gen}/${output}" COMMAND_ERROR_IS_FATAL ANY)
  install(FILES "${_gen}/${output}.gz" DESTINATION "${destination}")
endfunction()

install(FILES "${PROJECT_SOURCE_DIR}/packaging/copyright" DESTINATION ${GPUSETUP_DOC_DIR})
# Lintian overrides, each with its reason (packaging/lintian-overrides).
install(FILES "${PROJECT_SOURCE_DIR}/packaging/lintian-overrides"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME gpu-setup)
# A native package (version without a Debian revision): its changelog is changelog.gz, not
# changelog.Debian.gz (lintian: wrong-name-for-changelog-of-native-package).
gpusetup_install_gzipped("${PROJECT_SOURCE_DIR}/packaging/changelog.in" changelog
                         ${GPUSETUP_DOC_DIR})
gpusetup_install_gzipped("${PROJECT_SOURCE_DIR}/packaging/gpu-setup.1.in" gpu-setup.1
                         ${CMAKE_INSTALL_MANDIR}/man1)

# The desktop entry and the AppStream data are checked by every test run where the validators
# are installed (apt: desktop-file-utils, appstream); scripts/package-test.sh checks the .deb.
if(GPUSETUP_BUILD_TESTS AND GPUSETUP_BUILD_GUI)
  find_program(GPUSETUP_DESKTOP_FILE_VALIDATE desktop-file-validate)
  find_program(GPUSETUP_APPSTREAMCLI appstreamcli)
  if(GPUSETUP_DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging_desktop_entry
             COMMAND ${GPUSETUP_DESKTOP_FILE_VALIDATE}
                     "${PROJECT_SOURCE_DIR}/resources/${GPUSETUP_APP_ID}.desktop")
    set_tests_properties(packaging_desktop_entry PROPERTIES FAIL_REGULAR_EXPRESSION
                         "(error|warning):")
  endif()
  if(GPUSETUP_APPSTREAMCLI)
    add_test(NAME packaging_metainfo
             COMMAND ${GPUSETUP_APPSTREAMCLI} validate --no-net
                     "${_gen}/${GPUSETUP_APP_ID}.metainfo.xml")
  endif()
endif()
