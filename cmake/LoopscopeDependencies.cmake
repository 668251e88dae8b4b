# Every dependency comes from Debian packages (tools/install-deps.sh installs them); nothing is
# downloaded here.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
pkg_check_modules(LIBUV REQUIRED IMPORTED_TARGET libuv)
# crypto and zlib compute Node's real bytes with the libraries Node itself uses.
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(ZLIB REQUIRED)
pkg_check_modules(BROTLI REQUIRED IMPORTED_TARGET libbrotlienc libbrotlidec)
# RegExp matches with PCRE2's 16-bit library: it works on UTF-16 code units, as JavaScript does.
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-16)
# ICU, as in V8: String.prototype.normalize and the time zones' rules and names (its own
# data, so the results never depend on the host's settings).
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
# GMP: BigInt's arbitrary-precision integers (two's complement bitwise operations, radix 2-36).
pkg_check_modules(GMP REQUIRED IMPORTED_TARGET gmp)

if(LOOPSCOPE_BUILD_APP)
  find_package(OpenGL REQUIRED)
  find_package(glfw3 3.3 REQUIRED)
  # Debian's libimgui.a already contains the GLFW and OpenGL3 backends; imgui.pc pulls in stb.
  pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
  find_program(GLAD_EXECUTABLE glad REQUIRED)
endif()
if(LOOPSCOPE_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(LOOPSCOPE_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
