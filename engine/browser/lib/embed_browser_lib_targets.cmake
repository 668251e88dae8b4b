# Embeds engine/browser/lib/*.js into ls_browser (included from engine/CMakeLists.txt).
file(GLOB browser_lib_js CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.js)
string(REPLACE ";" "|" browser_lib_js_arg "${browser_lib_js}")
set(browser_lib_cpp ${CMAKE_CURRENT_BINARY_DIR}/generated/browser_lib_sources.cpp)
add_custom_command(
  OUTPUT ${browser_lib_cpp}
  COMMAND ${CMAKE_COMMAND} "-DOUT=${browser_lib_cpp}" "-DFILES=${browser_lib_js_arg}"
          -P ${CMAKE_CURRENT_LIST_DIR}/embed_browser_lib.cmake
  DEPENDS ${browser_lib_js} ${CMAKE_CURRENT_LIST_DIR}/embed_browser_lib.cmake
  COMMENT "Embedding the browser host's JavaScript library"
  VERBATIM)
target_sources(ls_browser PRIVATE ${browser_lib_cpp})
