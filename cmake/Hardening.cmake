# Hardening for what the package installs, the root helper first (Debian's compiler, unlike
# Ubuntu's, adds none of this by default, and CPack does not use dpkg-buildflags): stack
# protector, _FORTIFY_SOURCE (3 where the compiler can, else 2), stack-clash and CET
# protection, PIE, full RELRO with immediate binding. lintian's hardening-* tags check these.
include(CheckCXXCompilerFlag)
include(CheckCXXSourceCompiles)
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX)
check_cxx_compiler_flag(-fstack-clash-protection GPUSETUP_HAVE_STACK_CLASH_PROTECTION)
check_cxx_compiler_flag(-fcf-protection GPUSETUP_HAVE_CF_PROTECTION)
# _FORTIFY_SOURCE=3 (GCC 12+, glibc 2.34+) also checks buffers whose size is known only at run
# time; at level 2 GCC proves every call of the helper safe and imports no __*_chk at all,
# which lintian reports as hardening-no-fortify-functions.
check_cxx_source_compiles("int main() { char b[4]; return int(__builtin_dynamic_object_size(b, 0)); }"
                          GPUSETUP_HAVE_DYNAMIC_OBJECT_SIZE)
if(GPUSETUP_HAVE_DYNAMIC_OBJECT_SIZE)
  set(GPUSETUP_FORTIFY_LEVEL 3)
else()
  set(GPUSETUP_FORTIFY_LEVEL 2)
endif()

function(gpusetup_harden target)
  target_compile_options(${target} PRIVATE -fstack-protector-strong
    # _FORTIFY_SOURCE needs optimisation; Ubuntu's compiler predefines it (24.04: level 3).
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE>
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=${GPUSETUP_FORTIFY_LEVEL}>)
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
