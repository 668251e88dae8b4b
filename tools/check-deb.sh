#!/bin/sh
# tools/check-deb.sh — does the .deb install and run on a bare Debian 12?
#
# Builds the package (cpack -G DEB in the build tree), creates a debootstrap
# --variant=minbase bookworm root from the Debian mirror this machine's apt already uses,
# installs the package there with apt (which pulls in its Depends), and runs
# `loopscope --version` and `loopscope run` on a small program inside it, comparing the
# output with what node v20 prints, then a screenshot under Xvfb there (the GUI's run-time
# dependencies). Cleans up after itself. Needs root, debootstrap and the
# network; without one of them it says SKIPPED and why, and exits 0, unless
# LOOPSCOPE_REQUIRE_DEB_CHECK=1, when it fails instead. Called by .ci/run.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${LOOPSCOPE_BUILD_DIR:-"$root/build"}
start=$(date +%s)

say() { echo "check-deb: $* ($(($(date +%s) - start)) s)"; }
skip() {
  if [ "${LOOPSCOPE_REQUIRE_DEB_CHECK:-0}" = 1 ]; then
    echo "check-deb: FAILED: $* (LOOPSCOPE_REQUIRE_DEB_CHECK=1)" >&2
    exit 1
  fi
  echo "check-deb: SKIPPED: $*; the package was not checked in a bare Debian 12 root" >&2
  exit 0
}

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap and chroot)"
command -v debootstrap >/dev/null 2>&1 || skip "debootstrap is not installed (apt-get install debootstrap)"
# The mirror apt uses for bookworm main, as apt itself parsed sources.list and *.sources.
mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT) $(IDENTIFIER)' |
  awk '$2 == "bookworm" && $3 == "main" && $4 == "Packages" { print $1; exit }')
[ -n "$mirror" ] || skip "apt has no Debian bookworm main source to bootstrap from"
# debootstrap downloads with wget, which follows http_proxy; take apt's proxy if it has one.
proxy=$(apt-config shell proxy Acquire::http::Proxy | sed -n "s/^proxy='\(.*\)'$/\1/p")
[ -n "$proxy" ] && export http_proxy="$proxy"

work=$(mktemp -d /tmp/loopscope-check-deb.XXXXXX)
# --one-file-system: never follow a mount point out of the bootstrap root.
trap 'rm -rf --one-file-system "$work"' EXIT INT TERM
/usr/lib/apt/apt-helper download-file "${mirror}dists/bookworm/Release" "$work/Release" >/dev/null 2>&1 ||
  skip "the Debian mirror is unreachable (no network?)"

# The package, from the same build tree as the tests.
[ -f "$build_dir/CMakeCache.txt" ] || "$root/tools/build.sh"
cmake --build "$build_dir" -j2 --target loopscope loopscope_man >/dev/null
(cd "$build_dir" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/package/loopscope_*.deb)
version=$(dpkg-deb --field "$deb" Version)
say "built loopscope $version: depends on $(dpkg-deb --field "$deb" Depends)"
[ "$("$build_dir/app/loopscope" --version)" = "loopscope $version" ] ||
  { echo "check-deb: the package version $version is not what loopscope --version prints" >&2; exit 1; }

bootstrap="$work/root"
debootstrap --variant=minbase bookworm "$bootstrap" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log" >&2; echo "check-deb: debootstrap failed" >&2; exit 1; }
say "bootstrapped a minbase bookworm root"

cp "$deb" "$bootstrap/tmp/loopscope.deb"
in_root() { chroot "$bootstrap" env DEBIAN_FRONTEND=noninteractive PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
in_root apt-get update -q >"$work/apt.log" 2>&1 &&
  in_root apt-get install -y -q --no-install-recommends /tmp/loopscope.deb >>"$work/apt.log" 2>&1 ||
  { tail -30 "$work/apt.log" >&2; echo "check-deb: apt could not install the package" >&2; exit 1; }
say "installed the package with apt"

fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
[ "$(in_root loopscope --version)" = "loopscope $version" ] || fail "loopscope --version in the root"
for file in usr/share/applications/loopscope.desktop usr/share/mime/packages/loopscope.xml \
    usr/share/icons/hicolor/48x48/apps/loopscope.png usr/share/man/man1/loopscope.1.gz; do
  [ -f "$bootstrap/$file" ] || fail "the package did not install /$file"
done
# Node v20 prints these lines for this program: the main script, the nextTick queue before the
# promise jobs, the timer, then inside it the nextTick before the check phase's immediate.
cat >"$bootstrap/tmp/order.js" <<'JS'
console.log('main');
setTimeout(() => {
  console.log('timeout');
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick in timeout'));
}, 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
JS
expected='main
nextTick
promise
timeout
tick in timeout
immediate'
actual=$(in_root loopscope run /tmp/order.js) || fail "loopscope run exited with $?"
[ "$actual" = "$expected" ] || fail "loopscope run printed:
$actual
instead of:
$expected"
say "loopscope --version and loopscope run work"

# The window needs what the binary does not link: the X libraries GLFW opens, Mesa's GL
# driver and the fonts, which only the package's Depends bring in. A screenshot under Xvfb
# opens GLFW, an OpenGL 3.3 context and the fonts as the app does. xvfb and xauth are
# installed after the package and depend on none of those, so they cannot hide a gap.
in_root apt-get install -y -q --no-install-recommends xvfb xauth >>"$work/apt.log" 2>&1 ||
  { tail -30 "$work/apt.log" >&2; fail "apt could not install xvfb"; }
in_root xvfb-run -a loopscope screenshot /tmp/order.js --step 5 --out /tmp/step5.png ||
  fail "loopscope screenshot under Xvfb exited with $?"
[ "$(head -c 8 "$bootstrap/tmp/step5.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] ||
  fail "loopscope screenshot wrote no PNG"
say "PASSED: loopscope --version, run and screenshot work in a bare Debian 12 root"
