#!/usr/bin/env bash
# Starts Mingle's jar with a class-data archive (AppCDS), so that a restart is ready in about half the time
# (docs/benchmarks.md, "Start-up and memory"; decision 64):
#
#   scripts/mingle-start.sh JAR [ARGS...]
#
# The first start records the classes it loads and writes the archive when it stops (a graceful stop: SIGTERM);
# every later start maps it instead of loading those classes again. A new jar or another Java makes the archive stale:
# it is then recorded again. The archive is MINGLE_CDS_ARCHIVE, by default mingle.jsa in MINGLE_DATA_DIR (default
# data); MINGLE_CDS_ARCHIVE=off starts without one. Java options come from MINGLE_JAVA_OPTS, or else from
# JDK_JAVA_OPTIONS (as in the Docker image), or else are -Xmx512m.
set -euo pipefail

JAR="${1:?usage: mingle-start.sh JAR [ARGS...]}"
shift
ARCHIVE="${MINGLE_CDS_ARCHIVE:-${MINGLE_DATA_DIR:-data}/mingle.jsa}"
OPTIONS=()
if [[ -n "${MINGLE_JAVA_OPTS:-}" ]]; then
    read -r -a OPTIONS <<<"$MINGLE_JAVA_OPTS"
elif [[ -z "${JDK_JAVA_OPTIONS:-}" ]]; then
    OPTIONS=(-Xmx512m)
fi

if [[ "$ARCHIVE" != off ]]; then
    mkdir -p "$(dirname "$ARCHIVE")"
    JAVA_VERSION="$(java -version 2>&1 | head -n 1)"
    STAMP="$ARCHIVE.for"
    if [[ -f "$ARCHIVE" && "$ARCHIVE" -nt "$JAR" && -f "$STAMP" && "$(cat "$STAMP")" == "$JAVA_VERSION" ]]; then
        OPTIONS+=("-XX:SharedArchiveFile=$ARCHIVE" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")
    else
        rm -f "$ARCHIVE"
        echo "$JAVA_VERSION" >"$STAMP"
        # The JVM writes the archive as it exits; its warnings about classes it cannot archive are not for operators.
        OPTIONS+=("-XX:ArchiveClassesAtExit=$ARCHIVE" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")
    fi
fi
exec java "${OPTIONS[@]}" -jar "$JAR" "$@"
