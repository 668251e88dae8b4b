#!/bin/sh
# tools/render-icons.sh — render assets/loopscope.svg into assets/icons/loopscope-<N>.png.
#
# The PNGs are committed (the build embeds some into the executable for glfwSetWindowIcon and
# installs all of them into the hicolor theme), so building needs no SVG renderer. Run this
# after editing the SVG; rsvg-convert (Debian package librsvg2-bin) gives the same bytes for
# the same input, so re-running it on an unchanged SVG changes nothing.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render-icons: needs rsvg-convert (apt-get install librsvg2-bin)" >&2
  exit 1
fi
mkdir -p "$root/assets/icons"
for size in 16 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "$root/assets/icons/loopscope-$size.png" "$root/assets/loopscope.svg"
done
echo "render-icons: wrote assets/icons/loopscope-{16,32,48,64,128,256}.png"
