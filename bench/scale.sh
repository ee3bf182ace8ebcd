#!/usr/bin/env bash
# segbot's scale curve: for each size, generate a seeded transactions file (about 2.8 order rows per
# customer), then `import` and `analyze` it as separate processes with -Xmx6g, each timed by
# /usr/bin/time (wall seconds, peak resident memory). With SMALL_HEAP=1, `analyze` runs again with
# -Xmx of 400 MB per million customers, to check the memory bound. Data goes to target/bench/scale.
# Usage: bench/scale.sh [JAR] [CUSTOMERS ...]   e.g. bench/scale.sh target/segbot.jar 100000 1000000
set -euo pipefail
jar=${1:-target/segbot.jar}
shift || true
sizes=${*:-100000 1000000 3000000 10000000}
work=${WORK:-target/bench/scale}
mkdir -p "$work"
echo "scale: $jar on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S)"
for n in $sizes; do
    csv=$work/transactions_$n.csv
    if [ ! -f "$csv" ]; then
        java -jar "$jar" generate transactions --customers "$n" --seed 1 --out "$csv.partial" > /dev/null
        mv "$csv.partial" "$csv"
    fi
    rows=$(($(wc -l < "$csv") - 1))
    db=$work/db_$n
    rm -rf "$db".* "$db"
    /usr/bin/time -f "%e %M" -o "$work/import.time" java -Xmx6g -jar "$jar" --db "$db" import transactions "$csv" > /dev/null
    /usr/bin/time -f "%e %M" -o "$work/analyze.time" java -Xmx6g -jar "$jar" --db "$db" analyze --json > "$work/analyze_$n.json"
    read -r import_s import_kb < "$work/import.time"
    read -r analyze_s analyze_kb < "$work/analyze.time"
    printf '%s customers, %s rows: import %s s (peak RSS %s MB), analyze %s s (peak RSS %s MB), import + analyze %s s; load %s\n' \
        "$n" "$rows" "$import_s" $((import_kb / 1024)) "$analyze_s" $((analyze_kb / 1024)) \
        "$(echo "$import_s + $analyze_s" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
    grep -o '"sampled":[a-z]*\|"customers":[0-9]*,"repeat_buyers":[0-9]*' "$work/analyze_$n.json" | tr '\n' ' ' || true
    echo
    if [ "${SMALL_HEAP:-0}" = 1 ]; then
        heap=$(( n * 400 / 1000000 ))
        heap=$(( heap < 256 ? 256 : heap ))
        if /usr/bin/time -f "%e %M" -o "$work/small.time" java -Xmx${heap}m -jar "$jar" --db "$db" analyze --json > /dev/null 2>&1; then
            read -r small_s small_kb < "$work/small.time"
            echo "  analyze with -Xmx${heap}m (400 MB per million customers): completed in $small_s s"
        else
            echo "  analyze with -Xmx${heap}m (400 MB per million customers): FAILED"
        fi
    fi
    rm -rf "$db".* "$db"
done
