# Hardening for what the package installs, the root helper first (Debian's compiler, unlike
# Ubuntu's, adds none of this by default, and CPack does not use dpkg-buildflags): stack
# protector, _FORTIFY_SOURCE, stack-clash and CET protection, PIE, full RELRO with immediate
# binding. lintian's hardening-* tags check exactly these.
include(CheckCXXCompilerFlag)
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX)
check_cxx_compiler_flag(-fstack-clash-protection GPUSETUP_HAVE_STACK_CLASH_PROTECTION)
check_cxx_compiler_flag(-fcf-protection GPUSETUP_HAVE_CF_PROTECTION)

function(gpusetup_harden target)
  target_compile_options(${target} PRIVATE -fstack-protector-strong
    # _FORTIFY_SOURCE needs optimisation; Ubuntu's compiler predefines it (24.04: level 3).
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE>
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
  if(GPUSETUP_HAVE_STACK_CLASH_PROTECTION)
    target_compile_options(${target} PRIVATE -fstack-clash-protection)
  endif()
  if(GPUSETUP_HAVE_CF_PROTECTION)
    target_compile_options(${target} PRIVATE -fcf-protection)
  endif()
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "EXECUTABLE")
    target_link_options(${target} PRIVATE LINKER:-z,relro LINKER:-z,now)
  endif()
endfunction()
