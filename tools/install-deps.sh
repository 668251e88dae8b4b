#!/bin/sh
# tools/install-deps.sh — install the Debian 12 packages Loopscope builds, tests and runs with.
#
# Every dependency is a Debian package (nothing is vendored or downloaded at configure time).
# Packages already present are not reinstalled and `apt-get update` is skipped when nothing
# is missing, so a second run takes a second. Works as root on a bare debootstrap minbase
# (no sudo, no which, no git); as another user it uses sudo when that exists.
# Called by tools/run-app.sh and tools/run-tests.sh (the two README commands).
set -eu

# Compiler and build tools, the app's libraries, the test tools (clang with its runtime
# libraries builds the libFuzzer targets; clang-format and git check the sources), and
# what the GUI tests need to render under Xvfb (Mesa's software GL driver, xauth for
# xvfb-run, xdotool to drive the real window as a presenter does, the DejaVu fonts;
# libxrandr-dev because
# glfw3native.h includes its header). Packaging: desktop-file-utils validates the desktop
# entry, dpkg-dev and file let cpack compute the .deb's Depends, debootstrap builds the bare
# Debian root tools/check-deb.sh installs the package in.
# GLFW loads the X extension libraries at run time, so they are listed explicitly: without
# recommended packages nothing else would pull them in.
PACKAGES="build-essential cmake pkg-config
  libimgui-dev libglfw3-dev libgl-dev libgl1-mesa-dri python3-glad libstb-dev
  libxrandr2 libxinerama1 libxcursor1 libxi6
  libuv1-dev nlohmann-json3-dev libssl-dev zlib1g-dev libbrotli-dev libpcre2-dev libicu-dev libgmp-dev
  libgtest-dev libbenchmark-dev clang libclang-rt-14-dev clang-format git
  xvfb xauth xdotool fonts-dejavu-core
  libxrandr-dev desktop-file-utils dpkg-dev file debootstrap"

missing=""
for pkg in $PACKAGES; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in
    *" installed") ;;
    *) missing="$missing $pkg" ;;
  esac
done

if [ -z "$missing" ]; then
  echo "install-deps: all build and test packages are present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "install-deps: missing packages:$missing" >&2
  echo "install-deps: run this script as root (or install sudo) to install them" >&2
  exit 1
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086  # the package list is meant to split into words
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
