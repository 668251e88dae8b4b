# One INTERFACE target carries the project's warning flags, so every target opts in the same way.
add_library(loopscope_warnings INTERFACE)
target_compile_options(loopscope_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow=local -Wno-unused-parameter -Wno-missing-field-initializers)
