# Sanitizer and fuzzing flags, applied to every target so the engine libraries are
# instrumented too (a sanitizer sees only the code compiled with it).
#   LOOPSCOPE_SANITIZE: AddressSanitizer + UBSan for the whole tree (the `asan` preset).
#   LOOPSCOPE_FUZZ: the same plus libFuzzer's coverage instrumentation; needs clang. The
#     fuzz targets themselves add -fsanitize=fuzzer (tests/fuzz/CMakeLists.txt).
# LOOPSCOPE_INSTRUMENTED tells the code it is instrumented.
# UBSan findings abort rather than print and go on, so a test run cannot pass over one.
set(loopscope_sanitizers address,undefined)
if(LOOPSCOPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "LOOPSCOPE_FUZZ needs clang for libFuzzer; configure with the `fuzz` "
                        "preset or -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
  endif()
  set(loopscope_sanitizers fuzzer-no-link,address,undefined)
endif()
if(LOOPSCOPE_SANITIZE OR LOOPSCOPE_FUZZ)
  add_compile_options(-fsanitize=${loopscope_sanitizers} -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  # Instrumented code runs several times slower: the simulator's wall-clock guard
  # (scenario::kWallGuardSeconds) is scaled for it.
  add_compile_definitions(LOOPSCOPE_INSTRUMENTED=1)
endif()
