# cmake/LoopscopePackage.cmake — `cpack -G DEB` from a build tree: a Debian package of what
# cmake/LoopscopeInstall.cmake installs. Its version is the project's, which is also what
# `loopscope --version` prints (app/CMakeLists.txt). Depends comes from dpkg-shlibdeps (package
# dpkg-dev) over the binary, plus what it loads without linking: GLFW opens the X extension
# libraries with dlopen and the app reads the DejaVu fonts from /usr/share/fonts.
# tools/check-deb.sh installs the package in a bare Debian 12 root and runs it there.
set(LOOPSCOPE_DEB_MAINTAINER "Loopscope maintainers <maintainers@loopscope.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME loopscope)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Loopscope")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see how Node.js really runs a program")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # loopscope_<version>_<arch>.deb
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LOOPSCOPE_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libxrandr2, libxinerama1, libxcursor1, libxi6, libgl1-mesa-dri, fonts-dejavu-core")
# The long description, lines under 80 columns once indented; CPack puts the summary line
# above it and indents it as Debian's Description field wants (an empty line becomes " .").
set(CPACK_PACKAGE_DESCRIPTION "Loopscope opens a small Node.js program (a puzzle about what order it
prints in, a classroom demo, a tiny HTTP server) and steps through it
forwards and backwards while it shows the call stack, the nextTick and
promise microtask queues, the six libuv phases, the timer heap, the
immediates, the thread pool and OS I/O, with the console filling up and
a sentence saying why each step happened.

Underneath is a headless engine that interprets a documented subset of
JavaScript and models Node 20 and libuv on a virtual clock: loopscope
run FILE prints what node FILE prints, without Node installed.")
set(CPACK_GENERATOR DEB)
include(CPack)
