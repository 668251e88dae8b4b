# Writes OUT: a C++ file defining BrowserLibSource() over the JavaScript files in FILES (a
# |-separated list), each embedded as a raw string literal. Run with cmake -P.
string(REPLACE "|" ";" FILES "${FILES}")
set(body "")
foreach(file IN LISTS FILES)
  get_filename_component(name ${file} NAME_WE)
  file(READ ${file} text)
  string(APPEND body "  if (name == \"${name}\") return R\"__lib__(${text})__lib__\";\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from engine/browser/lib/*.js by embed_browser_lib.cmake. Do not edit.\n"
  "#include \"engine/browser/lib/lib_sources.h\"\n\n"
  "namespace loopscope::browser {\n\n"
  "std::string_view BrowserLibSource(std::string_view name) {\n${body}  return {};\n}\n\n"
  "}  // namespace loopscope::browser\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
