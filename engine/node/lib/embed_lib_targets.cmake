# Embeds engine/node/lib/*.js into ls_node (included from engine/CMakeLists.txt).
file(GLOB node_lib_js CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.js)
# "|" separates the files: a ";" list would be split into separate command arguments.
string(REPLACE ";" "|" node_lib_js_arg "${node_lib_js}")
set(node_lib_cpp ${CMAKE_CURRENT_BINARY_DIR}/generated/node_lib_sources.cpp)
add_custom_command(
  OUTPUT ${node_lib_cpp}
  COMMAND ${CMAKE_COMMAND} "-DOUT=${node_lib_cpp}" "-DFILES=${node_lib_js_arg}"
          -P ${CMAKE_CURRENT_LIST_DIR}/embed_lib.cmake
  DEPENDS ${node_lib_js} ${CMAKE_CURRENT_LIST_DIR}/embed_lib.cmake
  COMMENT "Embedding the Node layer's JavaScript library"
  VERBATIM)
target_sources(ls_node PRIVATE ${node_lib_cpp})
