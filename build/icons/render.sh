#!/bin/sh
# Renders the app icon from icon.svg into every file electron-builder reads, so that a
# packaging run never has to convert icons (its converter is a toolset it downloads).
#   build/icons/NxN.png   Linux icon set (AppImage, deb), picked up from the icons/ folder
#   build/icon.png        512x512, the generic icon
#   build/icons/icon.ico  Windows (NSIS and the .exe), 16..256
#   build/icons/icon.icns macOS (app bundle and dmg), 16..1024
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
# Run it after editing icon.svg and commit the results.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "$size.tmp.png"
done
for size in 16 24 32 48 64 128 256 512; do
  cp "$size.tmp.png" "${size}x${size}.png"
done
cp 512.tmp.png ../icon.png
convert 16.tmp.png 24.tmp.png 32.tmp.png 48.tmp.png 64.tmp.png 128.tmp.png 256.tmp.png icon.ico
png2icns icon.icns 16.tmp.png 32.tmp.png 48.tmp.png 128.tmp.png 256.tmp.png 512.tmp.png 1024.tmp.png >/dev/null
rm -f ./*.tmp.png
