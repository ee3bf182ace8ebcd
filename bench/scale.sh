#!/usr/bin/env bash
# segbot's scale curve: for each size, generate a seeded transactions file (about 2.8 order rows per
# customer), then `import` and `analyze` it as separate processes with -Xmx6g, each timed by
# /usr/bin/time: wall seconds, CPU seconds (user + system, all threads) and peak resident memory.
# On a machine shared with other work, CPU seconds are the steadier figure. With SMALL_HEAP=1,
# `analyze` runs again with -Xmx of 400 MB per million customers, to check the memory bound (for
# sizes up to SMALL_HEAP_MAX, default 3M).
# Data goes to $WORK (default target/bench/scale).
# Usage: bench/scale.sh [JAR] [CUSTOMERS ...]   e.g. bench/scale.sh target/segbot.jar 100000 1000000
set -euo pipefail
jar=${1:-target/segbot.jar}
shift || true
sizes=${*:-100000 1000000 3000000 10000000}
work=${WORK:-target/bench/scale}
mkdir -p "$work"
echo "scale: $jar on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S)"
timed() { # FILE COMMAND...: runs COMMAND, writes "wall cpu peak_mb" to FILE
    local file=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$file.raw" "$@"
    read -r wall user system kb < "$file.raw"
    echo "$wall $(echo "$user + $system" | bc) $((kb / 1024))" > "$file"
}
for n in $sizes; do
    csv=$work/transactions_$n.csv
    if [ ! -f "$csv" ]; then
        java -jar "$jar" generate transactions --customers "$n" --seed 1 --out "$csv.partial" > /dev/null
        mv "$csv.partial" "$csv"
    fi
    rows=$(($(wc -l < "$csv") - 1))
    db=$work/db_$n
    rm -rf "$db".* "$db"
    timed "$work/import.time" java -Xmx6g -jar "$jar" --db "$db" import transactions "$csv" > /dev/null
    timed "$work/analyze.time" java -Xmx6g -jar "$jar" --db "$db" analyze --json > "$work/analyze_$n.json"
    read -r iw ic im < "$work/import.time"
    read -r aw ac am < "$work/analyze.time"
    printf '%s customers, %s rows: import %s s wall, %s s CPU, peak RSS %s MB; analyze %s s wall, %s s CPU,' \
        "$n" "$rows" "$iw" "$ic" "$im" "$aw" "$ac"
    printf ' peak RSS %s MB; import + analyze %s s wall, %s s CPU; load %s\n' \
        "$am" "$(echo "$iw + $aw" | bc)" "$(echo "$ic + $ac" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
    tr -d ' \n' < "$work/analyze_$n.json" | grep -o '"gamma_gamma":{[^}]*}' | sed 's/^/  /' \
        || echo "  no Gamma-Gamma fit in the run"
    if [ "${SMALL_HEAP:-0}" = 1 ] && [ "$n" -le "${SMALL_HEAP_MAX:-3000000}" ]; then
        heap=$((n * 400 / 1000000))
        heap=$((heap < 256 ? 256 : heap))
        if timed "$work/small.time" java -Xmx${heap}m -jar "$jar" --db "$db" analyze --json > /dev/null 2>&1; then
            read -r sw sc sm < "$work/small.time"
            echo "  analyze with -Xmx${heap}m (400 MB per million customers): completed, $sw s wall, $sc s CPU"
        else
            echo "  analyze with -Xmx${heap}m (400 MB per million customers): FAILED"
        fi
    fi
    rm -rf "$db".* "$db"
done
