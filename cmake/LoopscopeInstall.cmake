# cmake/LoopscopeInstall.cmake — what `cmake --install` puts where (GNUInstallDirs), so the
# desktop finds Loopscope like any other app: the binary, the menu entry, the icon in the
# hicolor theme, the scenario file type and the manual page. The files come from assets/
# (see assets/loopscope.desktop for the file-type decision). Debian's hicolor-icon-theme,
# shared-mime-info and desktop-file-utils refresh their caches by dpkg triggers, so the
# package (cmake/LoopscopePackage.cmake) needs no maintainer scripts.
include(GNUInstallDirs)

install(TARGETS loopscope RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/assets/loopscope.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/assets/loopscope-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME loopscope.xml)
# Every size tools/render-icons.sh renders, named loopscope-<N>.png.
file(GLOB _ls_icons ${PROJECT_SOURCE_DIR}/assets/icons/loopscope-*.png)
foreach(png IN LISTS _ls_icons)
  string(REGEX REPLACE ".*loopscope-([0-9]+)\\.png$" "\\1" size ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME loopscope.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/assets/loopscope.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The manual page gets the version filled in and is compressed (Debian policy 12.1);
# gzip -n leaves the time stamp out so the package is reproducible.
set(_ls_man ${PROJECT_BINARY_DIR}/loopscope.1)
configure_file(${PROJECT_SOURCE_DIR}/assets/loopscope.1 ${_ls_man} @ONLY)
find_program(GZIP_EXECUTABLE gzip REQUIRED)
add_custom_command(
  OUTPUT ${_ls_man}.gz
  COMMAND ${GZIP_EXECUTABLE} -9 -n -f -k ${_ls_man}
  DEPENDS ${_ls_man}
  COMMENT "Compressing the manual page"
  VERBATIM)
add_custom_target(loopscope_man ALL DEPENDS ${_ls_man}.gz)
install(FILES ${_ls_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
