# engine/scenario/builtin_scenarios.cmake — embeds every scenarios/<topic>/*.json into
# ls_scenario at build time (a generated .cpp in the build tree; nothing generated is
# committed). The data is read by library.cpp through BuiltinScenarios().
# Included from engine/CMakeLists.txt after the ls_scenario target exists.
set(_ls_builtin_cpp ${CMAKE_CURRENT_BINARY_DIR}/scenario/builtin_scenarios.cpp)
set(_ls_embed_script ${CMAKE_CURRENT_LIST_DIR}/embed_scenarios.cmake)
file(GLOB_RECURSE _ls_builtin_json CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/scenarios/*.json)
add_custom_command(
  OUTPUT ${_ls_builtin_cpp}
  COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR}/scenarios -DOUT=${_ls_builtin_cpp}
          -P ${_ls_embed_script}
  DEPENDS ${_ls_builtin_json} ${_ls_embed_script}
  COMMENT "Embedding the built-in scenarios"
  VERBATIM)
target_sources(ls_scenario PRIVATE ${_ls_builtin_cpp})
