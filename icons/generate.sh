#!/usr/bin/env bash
# Regenerates every raster icon from provex.svg. The results are committed, so a build needs no image tools;
# run this only after editing provex.svg (IconSetTest fails until you do).
#
# Needs: rsvg-convert (Debian: librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
# Writes, next to this script:
#   hicolor/<N>x<N>/apps/provex.png   PNG 16..1024, laid out as the freedesktop hicolor theme
#   provex.ico                        Windows: 16, 24, 32, 48, 64, 128, 256
#   provex.icns                       macOS: 16, 32, 48, 128, 256, 512, 1024
#   provex.svg.sha256                 the source's hash, so the test can tell a stale set
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert png2icns sha256sum; do
    command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing (see the header of this script)" >&2; exit 1; }
done

PNG_SIZES="16 22 24 32 48 64 128 256 512 1024"
ICO_SIZES="16 24 32 48 64 128 256"
ICNS_SIZES="16 32 48 128 256 512 1024"

png() { echo "hicolor/$1x$1/apps/provex.png"; }

rm -rf hicolor
for n in $PNG_SIZES; do
    mkdir -p "hicolor/${n}x${n}/apps"
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio --format png provex.svg --output "$(png "$n")"
done

# no time stamps inside the files: regenerating an unchanged source gives byte-identical output
ico_inputs=()
for n in $ICO_SIZES; do ico_inputs+=("$(png "$n")"); done
convert "${ico_inputs[@]}" -define png:exclude-chunks=date,time +set date:create +set date:modify provex.ico

icns_inputs=()
for n in $ICNS_SIZES; do icns_inputs+=("$(png "$n")"); done
rm -f provex.icns
png2icns provex.icns "${icns_inputs[@]}" >/dev/null

sha256sum provex.svg | cut -d' ' -f1 > provex.svg.sha256
echo "generate.sh: wrote $(echo $PNG_SIZES | wc -w) PNGs, provex.ico and provex.icns from provex.svg"
