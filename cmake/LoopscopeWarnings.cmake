# One INTERFACE target carries the project's warning flags, so every target opts in the same way.
add_library(loopscope_warnings INTERFACE)
target_compile_options(loopscope_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wno-unused-parameter -Wno-missing-field-initializers
  # gcc only: clang has no -Wshadow=local and warns about the unknown option in every file
  # of the clang (fuzz) build.
  $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
