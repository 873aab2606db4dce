#!/usr/bin/env bash
# Renders the app icons in public/icons/ from the SVGs beside this script, with headless
# Chromium (the machine has no ImageMagick). Run again after changing an SVG; the PNGs are
# committed, so a build never needs this.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../public/icons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
render() { # source.svg size output.png
    sed "s/<svg /<svg width=\"$2\" height=\"$2\" /" "$here/$1" >"$tmp/$1"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
        --window-size="$2,$2" --screenshot="$out/$3" "file://$tmp/$1" 2>/dev/null
}
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
# Maskable: the background fills the square, the phone stays inside the central safe zone.
render icon-maskable.svg 512 icon-maskable-512.png
