#!/usr/bin/env bash
# Rewrites packaging/cds/provex.classlist: the classes (and lambda call sites) that the window loads up to its first
# executions table, recorded by the JVM itself (-XX:DumpLoadedClassList) from two starts of the real window on the
# demo catalog: a first launch (the demo is prepared) and a later one. `mvn package` makes target/provex.jsa from this
# list (see packaging/README.md, "The jar's class-data archive"). Rerun it after changes to what the window does at
# start-up: a class the list does not name is loaded from the jar as usual, so a stale list only costs start-up time.
#
# Usage (from the project folder, after mvn -B -q -DskipTests package; needs a display or xvfb-run):
#   bash packaging/cds/classlist.sh
set -euo pipefail

jar=target/provex.jar
out=packaging/cds/provex.classlist
[[ -f $jar ]] || { echo "classlist.sh: no $jar; run mvn -B -q -DskipTests package first" >&2; exit 1; }
wrap=()
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "classlist.sh: no display and no xvfb-run" >&2; exit 1; }
    wrap=(xvfb-run -a -s "-screen 0 1440x900x24")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# first launch (fresh data directory: the demo is prepared during the start), then a start on the prepared demo
for run in first later; do
    PROVEX_HOME=$work/home "${wrap[@]}" java -XX:DumpLoadedClassList="$work/$run.classlist" -jar "$jar" \
        --exit-after-first-render >/dev/null
done
{
    echo "# The classes Provex's window loads up to its first executions table, for the jar's class-data archive"
    echo "# (target/provex.jsa, made by mvn package). Written by packaging/cds/classlist.sh with $(java -version 2>&1 |
        head -1 | tr -d '"'); do not edit by hand."
    cat "$work/first.classlist" "$work/later.classlist" | grep -v '^#' | awk '!seen[$0]++'
} > "$out"
echo "classlist.sh: wrote $out ($(grep -vc '^#' "$out") entries)"
