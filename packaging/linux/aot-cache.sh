#!/usr/bin/env bash
# Gives the Linux app image an AOT cache (JEP 483/514/515) when its runtime is Java 25 or newer: starts the image's
# own runtime once on the demo catalog until the first executions table is drawn, records the classes it loaded
# and linked and the methods it ran into lib/app/provex.aot, and tells the launcher to use it. Run by the package
# profile between the app image and the installers, so the .deb and .rpm carry the cache too.
#
# Falls back without failing the build: a Java 17 runtime gets no cache (it cannot use one after the image is
# installed elsewhere); without a display (DISPLAY or xvfb-run) the cache is trained on the command line only
# (provex executions), which still covers logging, settings, SQLite and Provex's own classes but not JavaFX.
set -euo pipefail

image=${1:?usage: aot-cache.sh APP_IMAGE}
java="$image/lib/runtime/bin/java"
jar="$image/lib/app/provex.jar"
cfg="$image/lib/app/provex.cfg"
cache="$image/lib/app/provex.aot"

if ! "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
    echo "aot-cache: the image's runtime ($("$java" -version 2>&1 | head -1)) has no AOT cache; skipped (needs Java 25)"
    exit 0
fi

# Java 25 warns at every window start that JavaFX 21 loads native code and uses sun.misc.Unsafe; allow both. The
# training gets the same options as the launcher, or the cache is refused ("mismatched values for property").
opts=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
for o in "${opts[@]}"; do
    grep -q -- "$o" "$cfg" || echo "java-options=$o" >>"$cfg"
done

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export PROVEX_HOME="$home/provex-home"
# the same class path as the launcher (app.classpath in provex.cfg), so the cache matches it once installed
"$java" "${opts[@]}" -cp "$jar" org.provex.Launcher demo >/dev/null

wrap=()
args=(--exit-after-first-render)
what="the window's start on the demo catalog"
if [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        wrap=(xvfb-run -a -s "-screen 0 1440x900x24")
        what="$what (under xvfb-run)"
    else
        args=(executions --limit 1)
        what="the command line only (no display, no xvfb-run)"
    fi
fi
rm -f "$cache"
if ! "${wrap[@]}" "$java" -XX:AOTCacheOutput="$cache" "${opts[@]}" -cp "$jar" org.provex.Launcher "${args[@]}" \
        >"$home/training.log" 2>&1 || [ ! -s "$cache" ]; then
    echo "aot-cache: the training run failed; the image is left without a cache:" >&2
    tail -20 "$home/training.log" >&2
    rm -f "$cache"
    exit 0
fi
grep -q 'AOTCache=' "$cfg" || echo 'java-options=-XX:AOTCache=$APPDIR/provex.aot' >>"$cfg"
echo "aot-cache: trained on $what: $(du -h "$cache" | cut -f1) in $cache"
