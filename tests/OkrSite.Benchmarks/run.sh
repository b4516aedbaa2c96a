#!/usr/bin/env bash
# OkrSite performance benchmark: builds synthetic sites of the issue's sizes and prints wall time, pages/s, rows/s and
# peak memory against the targets, the linearity curve, and a side-by-side comparison with Hugo.
# See tests/OkrSite.Benchmarks/README.md. Nothing in the repository is written: builds go to --artifacts-path,
# sites and outputs to the work folder.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: tests/OkrSite.Benchmarks/run.sh [WORK_DIR] [options]
  WORK_DIR           where sites and outputs go (default /tmp/okrsite-bench)
  --quick            medium only (no large), a smaller linearity curve
  --seed N           generator seed (default 42)
  --no-hugo          skip the Hugo comparison
  --no-curve         skip the linearity curve
  --curve-only       only the linearity curve (no medium/large measurements, no Hugo)
  --curve-base TxKxD first size of the curve, doubled 3 times (default 30x75x731; 15x38x366 with --quick)
  --bdn [FILTER]     also run the BenchmarkDotNet micro-benchmarks (a few minutes)
  --repeat N         run every build N times and keep the fastest (default 1; large: --repeat-large N, default 1)
  --jit              measure okrsite's plain build output instead of a ReadyToRun publish
  --wait-quiet       wait (up to 10 min) until the 1-minute load average is below 0.5 before measuring
environment: BENCH_ARTIFACTS (default /tmp/bench-artifacts) is the dotnet --artifacts-path
EOF
}

WORK=/tmp/okrsite-bench
QUICK=0
SEED=42
HUGO=1
CURVE=1
CURVE_ONLY=0
CURVE_BASE=""
BDN=0
BDN_FILTER=""
WAIT_QUIET=0
REPEAT=1
REPEAT_LARGE=1
JIT=0
RID=$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')
[ -n "$RID" ] || RID=linux-x64
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --seed) SEED="$2"; shift ;;
    --no-hugo) HUGO=0 ;;
    --no-curve) CURVE=0 ;;
    --curve-only) CURVE_ONLY=1; HUGO=0 ;;
    --curve-base) CURVE_BASE="$2"; shift ;;
    --bdn) BDN=1; if [ $# -gt 1 ] && [[ "$2" != --* ]]; then BDN_FILTER="$2"; shift; fi ;;
    --wait-quiet) WAIT_QUIET=1 ;;
    --repeat) REPEAT="$2"; shift ;;
    --repeat-large) REPEAT_LARGE="$2"; shift ;;
    --jit) JIT=1 ;;
    -h|--help) usage; exit 0 ;;
    --*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) WORK="$1" ;;
  esac
  shift
done
[ -n "$CURVE_BASE" ] || CURVE_BASE=$([ "$QUICK" = 1 ] && echo 15x38x366 || echo 30x75x731)

REPO=$(cd "$(dirname "$0")/../.." && pwd)
ART=${BENCH_ARTIFACTS:-/tmp/bench-artifacts}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
mkdir -p "$WORK"
RESULTS="$WORK/results.txt"
exec > >(tee "$RESULTS") 2>&1

log() { printf '\n== %s\n' "$*"; }
calc() { awk "BEGIN { printf \"%.6f\", $* }"; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# ---- tools ------------------------------------------------------------------------------------------------------
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq "$1" >/dev/null 2>&1; } || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$1" >/dev/null 2>&1; }
}
if [ ! -x /usr/bin/time ]; then
  log "installing GNU time (Debian package time)"
  apt_install time || { echo "run.sh: /usr/bin/time is missing and could not be installed" >&2; exit 1; }
fi
if [ "$HUGO" = 1 ] && ! command -v hugo >/dev/null; then
  log "installing Hugo (Debian package hugo)"
  apt_install hugo || { echo "Hugo could not be installed: the Hugo comparison is skipped"; HUGO=0; }
fi

if [ "$WAIT_QUIET" = 1 ]; then
  for _ in $(seq 1 60); do
    [ "$(awk -v l="$(load1)" 'BEGIN { print (l < 0.5) }')" = 1 ] && break
    echo "load average $(load1): waiting for a quiet machine"; sleep 10
  done
fi

log "machine"
echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(dotnet --version) SDK, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "git $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git -C "$REPO" status --porcelain -- src 2>/dev/null)" ] && echo ' (src has uncommitted changes)')"
if [ "$(awk -v l="$(load1)" 'BEGIN { print (l > 0.5) }')" = 1 ]; then
  echo "WARNING: the machine is busy (load average $(load1)); timings will be pessimistic. --wait-quiet waits for a quiet machine."
fi

# ---- build ------------------------------------------------------------------------------------------------------
log "building OkrSite and the benchmark tool (Release, artifacts in $ART)"
dotnet build "$REPO/tests/OkrSite.Benchmarks/OkrSite.Benchmarks.csproj" -c Release --artifacts-path "$ART" -nologo -v q -clp:ErrorsOnly
OKRSITE=(dotnet "$ART/bin/OkrSite/release/okrsite.dll")
# okrsite as the README recommends running it in CI: published ReadyToRun (precompiled, so a build spends little time
# in the JIT). --jit measures the plain build output instead.
if [ "$JIT" = 0 ]; then
  R2R="$ART/okrsite-r2r"
  log "publishing okrsite ReadyToRun for $RID (what the measured builds run; --jit to measure the plain build)"
  if dotnet publish "$REPO/src/OkrSite/OkrSite.csproj" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
      --artifacts-path "$ART/r2r-build" -o "$R2R" -nologo -v q -clp:ErrorsOnly >/dev/null; then
    OKRSITE=(dotnet "$R2R/okrsite.dll")
  else
    echo "NOTE: the ReadyToRun publish failed; measuring the plain build output"
  fi
fi
echo "okrsite: ${OKRSITE[*]}"
BENCH=(dotnet "$ART/bin/OkrSite.Benchmarks/release/OkrSite.Benchmarks.dll")
BUILD_HELP=$("${OKRSITE[@]}" build --help 2>&1 || true)
TIMINGS=(); grep -q -- '--timings' <<<"$BUILD_HELP" && TIMINGS=(--timings)
NOCACHE=(); grep -q -- '--no-cache' <<<"$BUILD_HELP" && NOCACHE=(--no-cache)
[ ${#TIMINGS[@]} -gt 0 ] || echo "NOTE: okrsite build has no --timings: rows/s and the page stage come from the in-process stage profiler only"

# ---- helpers ----------------------------------------------------------------------------------------------------
# generate NAME SIZE [extra args]: a site under $WORK/NAME, kept when it already holds this size and seed.
generate() {
  local name=$1 size=$2; shift 2
  "${BENCH[@]}" generate --size "$size" --seed "$SEED" --out "$WORK/$name" --if-changed "$@" | sed 's/^/  /'
}

# info NAME KEY: a count from the site's bench-info.json.
info() { "${BENCH[@]}" info "$WORK/$1" | awk -v k="$2" '$1 == k { print $2 }'; }

# timed LABEL -- COMMAND...: runs COMMAND under /usr/bin/time -v; sets WALL (s), RSS (MB), and leaves its output in $WORK/LABEL.log.
timed() {
  local label=$1; shift 2
  local tf="$WORK/$label.time"
  if ! /usr/bin/time -v -o "$tf" "$@" >"$WORK/$label.log" 2>&1; then
    echo "run.sh: '$*' failed; its output:" >&2; tail -n 30 "$WORK/$label.log" >&2; exit 1
  fi
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$tf")
  RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tf")
  # CPU s (user + system): on a shared machine it moves less with the load than the wall time does.
  CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tf")
}

# best N PREP LABEL -- COMMAND...: runs PREP (a function name or :) and then COMMAND under timed, N times; keeps the
# fastest run: WALL is its time and $WORK/LABEL.log its output; RSS is the highest peak of all runs.
best() {
  local n=$1 prep=$2 label=$3; shift 3
  local best_wall="" best_i=1 max_rss=0 best_cpu=""
  for i in $(seq 1 "$n"); do
    "$prep"
    timed "$label.run$i" "$@"
    [ "$n" -gt 1 ] && echo "  run $i: wall $WALL s, peak RSS $RSS MB"
    if [ -z "$best_wall" ] || [ "$(awk "BEGIN { print ($WALL < $best_wall) }")" = 1 ]; then best_wall=$WALL; best_i=$i; fi
    if [ -z "$best_cpu" ] || [ "$(awk "BEGIN { print ($CPU < $best_cpu) }")" = 1 ]; then best_cpu=$CPU; fi
    [ "$RSS" -gt "$max_rss" ] && max_rss=$RSS
  done
  cp "$WORK/$label.run$best_i.log" "$WORK/$label.log"
  WALL=$best_wall; RSS=$max_rss; CPU=$best_cpu
}

# stage LOG NAME [COLUMN]: from a --timings table, the ms (column 1) or the count (column 3) of a stage.
stage() {
  awk -v s="$2" -v c="${3:-1}" '
    index($0, s) == 1 { rest = substr($0, length(s) + 1); n = split(rest, f, " "); if (c == 1) print f[1]; else { gsub(",", "", f[3]); print f[3] } }' "$1"
}

# profile NAME [REPEAT]: the in-process stage profiler (fastest of REPEAT runs); prints its table and sets P_* from its COUNT lines.
profile() {
  best "${2:-1}" : "profile-$1" -- "${BENCH[@]}" stages "$WORK/$1" --out "$PROFILE_OUT/$1-profile-out" --chart-sample 50 --page-sample 20
  sed -n '/^stage /,/^total/p' "$WORK/profile-$1.log" | sed 's/^/  /'
  echo "  (profiler process: wall ${WALL} s, peak RSS ${RSS} MB)"
}
pcount() { awk -F'\t' -v k="$2" '$1 == "COUNT" && $2 == k { print $3 }' "$WORK/profile-$1.log"; }
pstage() { awk -F'\t' -v k="$2" '$1 == "STAGE" && $2 == k { print $3 }' "$WORK/profile-$1.log"; }

# outsize DIR: BYTES = the size of every file's content (not blocks), FILES = their count; pre-compressed .gz/.br
# siblings (optional, for web servers that serve them) are counted apart in ZBYTES.
outsize() {
  read -r BYTES FILES ZBYTES < <(find "$1" -type f -printf '%s %f\n' | awk '
    { if ($2 ~ /\.(gz|br)$/) z += $1; else { b += $1; n++ } } END { printf "%d %d %d\n", b, n, z }')
}

verdict() { [ "$(awk "BEGIN { print ($1) ? 1 : 0 }")" = 1 ] && echo PASS || echo FAIL; }

declare -A R
PROFILE_OUT=$WORK
# measure NAME REPEAT: full build (no output, no chart cache), rebuild unchanged, profile. Fills R[NAME.*].
measure() {
  local n=$1 repeat=$2 site="$WORK/$1" out="$WORK/$1-out"
  cold() { rm -rf "$out" "$site/.okrsite-cache" "$site/_site"; }
  log "$n: full build (no previous output, no chart cache)$([ "$repeat" -gt 1 ] && echo ", fastest of $repeat")"
  best "$repeat" cold "$n-full" -- "${OKRSITE[@]}" build "$site" --out "$out" "${TIMINGS[@]}"
  R[$n.wall]=$WALL; R[$n.rss]=$RSS
  cat "$WORK/$n-full.log" | sed 's/^/  /'
  echo "  wall ${WALL} s, peak RSS ${RSS} MB"
  R[$n.pages]=$(find "$out" -name '*.html' | wc -l)
  R[$n.charts]=$(find "$out" -name '*.svg' ! -name '*.dark.svg' | wc -l)
  R[$n.outmb]=$(du -sm "$out" | cut -f1)
  outsize "$out"; R[$n.bytes]=$BYTES; R[$n.files]=$FILES; R[$n.zbytes]=$ZBYTES
  R[$n.kbpage]=$(calc "${R[$n.bytes]} / 1024 / ${R[$n.pages]}")
  # The pages the build rendered (its own count; the HTML files above also hold the small redirect pages of moved
  # objective URLs): bytes per rendered page is the stricter figure.
  R[$n.rendered]=${R[$n.pages]}
  [ ${#TIMINGS[@]} -gt 0 ] && R[$n.rendered]=$(stage "$WORK/$n-full.log" "render pages" 3)
  R[$n.kbrendered]=$(calc "${R[$n.bytes]} / 1024 / ${R[$n.rendered]}")
  R[$n.data_ms]=""; R[$n.pages_ms]=""; R[$n.charts_ms]=""
  if [ ${#TIMINGS[@]} -gt 0 ]; then
    R[$n.data_ms]=$(stage "$WORK/$n-full.log" "read data")
    R[$n.pages_ms]=$(stage "$WORK/$n-full.log" "render pages")
    R[$n.charts_ms]=$(stage "$WORK/$n-full.log" "render charts")
  fi

  log "$n: rebuild with nothing changed (previous output and chart cache in place)$([ "$repeat" -gt 1 ] && echo ", fastest of $repeat")"
  best "$repeat" : "$n-rebuild" -- "${OKRSITE[@]}" build "$site" --out "$out" "${TIMINGS[@]}"
  R[$n.rewall]=$WALL; R[$n.rerss]=$RSS
  cat "$WORK/$n-rebuild.log" | sed 's/^/  /'
  echo "  wall ${WALL} s, peak RSS ${RSS} MB"

  # One objective file edited (a line added to its body: always valid input), then rebuilt with the output and the
  # cache in place; the file is put back afterwards, byte for byte.
  # Globals, not locals: edit_one runs inside best, whose own locals (n among them) hide measure's.
  EDITED=$(find "$site/content" -path '*okrs*' -name '*.md' | LC_ALL=C sort | sed -n 1p)
  EDITED_BAK="$WORK/$n-edited.bak"
  cp -p "$EDITED" "$EDITED_BAK"
  edit_one() { cp -p "$EDITED_BAK" "$EDITED"; printf '\nEdited for the benchmark at %s.\n' "$(date +%s%N)" >>"$EDITED"; }
  log "$n: rebuild after editing one objective (${EDITED#"$site/"})$([ "$repeat" -gt 1 ] && echo ", fastest of $repeat")"
  best "$repeat" edit_one "$n-edit" -- "${OKRSITE[@]}" build "$site" --out "$out" "${TIMINGS[@]}"
  cp -p "$EDITED_BAK" "$EDITED"
  R[$n.editwall]=$WALL; R[$n.editrss]=$RSS
  cat "$WORK/$n-edit.log" | sed 's/^/  /'
  echo "  wall ${WALL} s, peak RSS ${RSS} MB"

  log "$n: in-process stage profile (no chart cache; CPU/wall > 1 means parallel)"
  profile "$n" "$repeat"
  R[$n.p_data_ms]=$(pstage "$n" "read data")
  R[$n.p_views_ms]=$(pstage "$n" "views (+ Markdown)")
  R[$n.p_templates_ms]=$(pstage "$n" "pages (templates)")
  R[$n.p_json_ms]=$(pstage "$n" "report.json")
  R[$n.chart_kpi_ms]=$(pcount "$n" chartKpiMedianMs)
  R[$n.chart_kr_ms]=$(pcount "$n" chartKrMedianMs)
  R[$n.rows]=$(pcount "$n" rows)
  R[$n.content_pages]=$(pcount "$n" contentPages)
  echo "  report.json $(pcount "$n" reportJsonMb) MB, SVG $(pcount "$n" svgMb) MB, HTML $(pcount "$n" htmlMb) MB; output on disk ${R[$n.outmb]} MB"
  echo "  output: ${R[$n.files]} files, $(calc "${R[$n.bytes]} / 1048576") MB of file content, $(printf '%.1f' "${R[$n.kbpage]}") KB per page (everything included; HTML files), $(printf '%.1f' "${R[$n.kbrendered]}") KB per rendered page (${R[$n.rendered]})$([ "${R[$n.zbytes]}" != 0 ] && echo "; pre-compressed .gz/.br siblings apart: $(calc "${R[$n.zbytes]} / 1048576") MB")"
  echo "  single-threaded medians: KPI chart ${R[$n.chart_kpi_ms]} ms, KR chart ${R[$n.chart_kr_ms]} ms;" \
    "pages: objective $(pcount "$n" page.objective.medianMs) ms ($(pcount "$n" page.objective.kb) KB), kpi $(pcount "$n" page.kpi.medianMs) ms ($(pcount "$n" page.kpi.kb) KB)," \
    "team $(pcount "$n" page.team.medianMs) ms, period dashboard $(pcount "$n" page.period.medianMs) ms ($(pcount "$n" page.period.kb) KB)"
}

if [ "$CURVE_ONLY" = 0 ]; then
# ---- the sizes --------------------------------------------------------------------------------------------------
SIZES=(medium); [ "$QUICK" = 1 ] || SIZES+=(large)
for s in "${SIZES[@]}"; do
  log "generating $s"
  generate "$s" "$s"
  measure "$s" "$([ "$s" = large ] && echo "$REPEAT_LARGE" || echo "$REPEAT")"
done

log "results (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-7s %10s %8s %6s %10s %7s %7s %8s %8s %10s %12s %9s %10s %8s %8s %8s\n' size objectives KRs KPIs rows pages charts "wall s" pages/s "rows/s" "rows/s(all)" "RSS MB" "rebuild s" "edit s" "out MB" "KB/page"
for s in "${SIZES[@]}"; do
  rows=${R[$s.rows]}
  data_ms=${R[$s.data_ms]:-${R[$s.p_data_ms]}}
  printf '%-7s %10s %8s %6s %10s %7s %7s %8s %8.0f %10.0f %12.0f %9s %10s %8s %8.0f %8.1f\n' "$s" "$(info "$s" objectives)" "$(info "$s" keyResults)" "$(info "$s" kpis)" "$rows" \
    "${R[$s.pages]}" "${R[$s.charts]}" "${R[$s.wall]}" "$(calc "${R[$s.pages]} / ${R[$s.wall]}")" \
    "$(calc "$rows / ($data_ms / 1000)")" "$(calc "$rows / ${R[$s.wall]}")" "${R[$s.rss]}" "${R[$s.rewall]}" "${R[$s.editwall]}" \
    "$(calc "${R[$s.bytes]} / 1048576")" "${R[$s.kbpage]}"
done
echo "edit s = a rebuild after one objective file was edited; out MB and KB/page = every output file's bytes (pre-compressed siblings apart) and that ÷ pages"
echo "rows/s = values ÷ the 'read data' stage ($([ ${#TIMINGS[@]} -gt 0 ] && echo 'okrsite build --timings' || echo 'stage profiler')); rows/s(all) = values ÷ the whole build's wall time"

log "targets (2 cores)"
m=medium
echo "issue 15 (instant rebuilds, output that fits GitHub Pages):"
printf '%-58s %12s %s\n' "medium: full build < 2 s" "${R[$m.wall]} s" "$(verdict "${R[$m.wall]} < 2")"
printf '%-58s %12s %s\n' "medium: output < 40 KB per page (÷ HTML files)" "$(printf '%.1f' "${R[$m.kbpage]}") KB" "$(verdict "${R[$m.kbpage]} < 40")"
printf '%-58s %12s %s\n' "medium: output < 40 KB per page (÷ rendered pages)" "$(printf '%.1f' "${R[$m.kbrendered]}") KB" "$(verdict "${R[$m.kbrendered]} < 40")"
printf '%-58s %12s %s\n' "medium: rebuild with nothing changed (information)" "${R[$m.rewall]} s" ""
printf '%-58s %12s %s\n' "medium: rebuild after editing one objective (information)" "${R[$m.editwall]} s" ""
if [ "$QUICK" = 0 ]; then
  l=large
  printf '%-58s %12s %s\n' "large: full build < 12 s" "${R[$l.wall]} s" "$(verdict "${R[$l.wall]} < 12")"
  printf '%-58s %12s %s\n' "large: peak memory < 512 MB" "${R[$l.rss]} MB" "$(verdict "${R[$l.rss]} < 512")"
  printf '%-58s %12s %s\n' "large: output < 1 GB (everything included)" "$(calc "${R[$l.bytes]} / 1073741824") GB" "$(verdict "${R[$l.bytes]} < 1073741824")"
  printf '%-58s %12s %s\n' "large: rebuild with nothing changed < 2 s" "${R[$l.rewall]} s" "$(verdict "${R[$l.rewall]} < 2")"
  printf '%-58s %12s %s\n' "large: rebuild after editing one objective < 3 s" "${R[$l.editwall]} s" "$(verdict "${R[$l.editwall]} < 3")"
fi
echo "issue 7 (the first performance targets):"
printf '%-58s %12s %s\n' "medium: full build < 10 s" "${R[$m.wall]} s" "$(verdict "${R[$m.wall]} < 10")"
printf '%-58s %12s %s\n' "medium: rebuild with nothing changed < 2 s" "${R[$m.rewall]} s" "$(verdict "${R[$m.rewall]} < 2")"
printf '%-58s %12s %s\n' "medium: peak memory < 1 GB" "${R[$m.rss]} MB" "$(verdict "${R[$m.rss]} < 1024")"
if [ "$QUICK" = 0 ]; then
  l=large
  printf '%-58s %12s %s\n' "large: full build < 60 s" "${R[$l.wall]} s" "$(verdict "${R[$l.wall]} < 60")"
  printf '%-58s %12s %s\n' "large: peak memory < 2 GB" "${R[$l.rss]} MB" "$(verdict "${R[$l.rss]} < 2048")"
  ldata=${R[$l.data_ms]:-${R[$l.p_data_ms]}}
  lrate=$(calc "${R[$l.rows]} / ($ldata / 1000)")
  printf '%-58s %12.0f %s\n' "large: CSV ingestion >= 2,000,000 rows/s (read-data stage)" "$lrate" "$(verdict "$lrate >= 2000000")"
fi
ck=${R[$m.chart_kpi_ms]}; cr=${R[$m.chart_kr_ms]}
printf '%-58s %12s %s\n' "chart rendering < 5 ms median (KPI trend, medium)" "$ck ms" "$(verdict "$ck < 5")"
printf '%-58s %12s %s\n' "chart rendering < 5 ms median (key result, medium)" "$cr ms" "$(verdict "$cr < 5")"

fi

# ---- linearity ----------------------------------------------------------------------------------------------------
if [ "$CURVE" = 1 ]; then
  IFS=x read -r T K D <<<"$CURVE_BASE"
  log "linearity: 4 sizes doubling teams and KPIs (so objectives, KRs and rows double), $D days"
  printf '%-14s %10s %8s %10s %7s %8s %8s %9s %8s %8s %8s %8s %8s\n' size objectives KRs rows pages "wall s" "cpu s" "RSS MB" "out MB" "x time" "x cpu" "x RSS" "x out"
  prev_wall=""; prev_rss=""; prev_out=""; prev_cpu=""; worst_t=0; worst_c=0; worst_m=0; worst_o=0
  for i in 0 1 2 3; do
    f=$((1 << i)); size="$((T * f))x$((K * f))x$D"; n="curve-$size"
    generate "$n" "$size" >/dev/null
    cold() { rm -rf "$WORK/$n-out" "$WORK/$n/.okrsite-cache"; }
    best "$REPEAT" cold "$n" -- "${OKRSITE[@]}" build "$WORK/$n" --out "$WORK/$n-out" "${NOCACHE[@]}" >/dev/null
    pages=$(find "$WORK/$n-out" -name '*.html' | wc -l)
    outsize "$WORK/$n-out"; omb=$(calc "$BYTES / 1048576")
    rt="-"; rc="-"; rm_="-"; ro="-"
    if [ -n "$prev_wall" ]; then
      rt=$(calc "$WALL / $prev_wall"); rc=$(calc "$CPU / $prev_cpu"); rm_=$(calc "$RSS / $prev_rss"); ro=$(calc "$omb / $prev_out")
      worst_t=$(calc "($rt > $worst_t) ? $rt : $worst_t"); worst_c=$(calc "($rc > $worst_c) ? $rc : $worst_c"); worst_m=$(calc "($rm_ > $worst_m) ? $rm_ : $worst_m"); worst_o=$(calc "($ro > $worst_o) ? $ro : $worst_o")
      rt=$(printf '%.2f' "$rt"); rc=$(printf '%.2f' "$rc"); rm_=$(printf '%.2f' "$rm_"); ro=$(printf '%.2f' "$ro")
    fi
    printf '%-14s %10s %8s %10s %7s %8s %8s %9s %8.1f %8s %8s %8s %8s\n' "$size" "$(info "$n" objectives)" "$(info "$n" keyResults)" "$(info "$n" rows)" "$pages" "$WALL" "$CPU" "$RSS" "$omb" "$rt" "$rc" "$rm_" "$ro"
    prev_wall=$WALL; prev_rss=$RSS; prev_out=$omb; prev_cpu=$CPU
  done
  printf '%-58s %12s %s\n' "linear: doubling at most doubles time (worst ratio)" "$(printf '%.3f' "$worst_t")" "$(verdict "$worst_t <= 2")"
  printf '%-58s %12s %s\n' "linear: doubling at most doubles CPU time (worst ratio)" "$(printf '%.3f' "$worst_c")" "$(verdict "$worst_c <= 2")"
  printf '%-58s %12s %s\n' "linear: doubling at most doubles peak memory (worst ratio)" "$(printf '%.3f' "$worst_m")" "$(verdict "$worst_m <= 2")"
  printf '%-58s %12s %s\n' "linear: doubling at most doubles output size (worst ratio)" "$(printf '%.3f' "$worst_o")" "$(verdict "$worst_o <= 2")"
  echo "(each a cold build with --no-cache; peak RSS includes the ~60-100 MB of the runtime itself, which flattens the memory ratios)"
fi

# ---- Hugo -------------------------------------------------------------------------------------------------------
if [ "$HUGO" = 1 ]; then
  log "Hugo comparison on the medium site's pages ($(hugo version | cut -d' ' -f2))"
  # Both sides write to memory (tmpfs) when the machine has one: the comparison is about rendering, and a virtual
  # disk's writeback of the earlier builds' gigabytes otherwise decides who wins.
  OUT=$WORK
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then OUT=/dev/shm/okrsite-bench-$$; mkdir -p "$OUT"; trap 'rm -rf "$OUT"' EXIT; fi
  PROFILE_OUT=$OUT
  echo "  outputs of this comparison go to $OUT"
  "${BENCH[@]}" hugo-site --from "$WORK/medium" --out "$WORK/hugo-medium" | grep -v '^COUNT' | sed 's/^/  /'
  best=""
  for i in 1 2 3; do
    rm -rf "$OUT/hugo-medium-out" "$WORK/hugo-medium/resources"
    timed "hugo-$i" -- hugo --quiet -s "$WORK/hugo-medium" -d "$OUT/hugo-medium-out"
    echo "  hugo run $i: wall $WALL s, peak RSS $RSS MB"
    if [ -z "$best" ]; then best=$WALL; else best=$(calc "($WALL < $best) ? $WALL : $best"); fi
  done
  hugo_pages=$(find "$OUT/hugo-medium-out" -name '*.html' | wc -l)
  hugo_pp=$(calc "$best * 1000 / $hugo_pages")

  # OkrSite's page stage: --timings 'render pages' (report.json + views + Markdown + templates + assets), else the profiler's parts.
  okr_pages=${R[medium.pages]}
  okr_stage_ms=${R[medium.pages_ms]:-$(calc "${R[medium.p_json_ms]} + ${R[medium.p_views_ms]} + ${R[medium.p_templates_ms]}")}
  okr_pp=$(calc "$okr_stage_ms / $okr_pages")
  okr_tpl_pp=$(calc "(${R[medium.p_views_ms]} + ${R[medium.p_templates_ms]}) / $okr_pages")

  log "OkrSite end to end on the same pages without charts (medium --pages-only: same content, every KR a milestone, no CSV)"
  generate medium-pages medium --pages-only
  rm -rf "$OUT/medium-pages-out" "$WORK/medium-pages/.okrsite-cache"
  pages_cold() { rm -rf "$OUT/medium-pages-out"; }
  best "$REPEAT" pages_cold medium-pages -- "${OKRSITE[@]}" build "$WORK/medium-pages" --out "$OUT/medium-pages-out" "${TIMINGS[@]}" "${NOCACHE[@]}"
  sed 's/^/  /' "$WORK/medium-pages.log"
  po_wall=$WALL; po_rss=$RSS
  po_pages=$(find "$OUT/medium-pages-out" -name '*.html' | wc -l)
  po_pp=$(calc "$po_wall * 1000 / $po_pages")
  log "medium --pages-only: in-process stage profile (views + Markdown and templates, charts excluded)"
  profile medium-pages "$REPEAT"
  pg_tpl_ms=$(calc "$(pstage medium-pages "views (+ Markdown)") + $(pstage medium-pages "pages (templates)")")
  pg_tpl_pp=$(calc "$pg_tpl_ms / $po_pages")

  log "like for like: the same pages-only site with OkrSite's minimal theme, which mirrors Hugo's layout (MinimalTheme/)"
  rm -rf "$WORK/medium-minimal" && cp -r "$WORK/medium-pages" "$WORK/medium-minimal" && rm -rf "$WORK/medium-minimal/.okrsite-cache"
  "${BENCH[@]}" minimal-theme "$WORK/medium-minimal" | sed 's/^/  /'
  minimal_cold() { rm -rf "$OUT/medium-minimal-out"; }
  best "$REPEAT" minimal_cold medium-minimal -- "${OKRSITE[@]}" build "$WORK/medium-minimal" --out "$OUT/medium-minimal-out" "${TIMINGS[@]}" "${NOCACHE[@]}"
  mi_wall=$WALL
  mi_pages=$(find "$OUT/medium-minimal-out" -name '*.html' | wc -l)
  mi_pp=$(calc "$mi_wall * 1000 / $mi_pages")
  sed 's/^/  /' "$WORK/medium-minimal.log"
  mi_stage_ms=$(stage "$WORK/medium-minimal.log" "render pages")
  mi_stage_pp=$(calc "$mi_stage_ms / $mi_pages")
  echo "  HTML written: OkrSite $(find "$OUT/medium-minimal-out" -name '*.html' -exec cat {} + | wc -c) bytes, Hugo $(find "$OUT/hugo-medium-out" -name '*.html' -exec cat {} + | wc -c) bytes"
  profile medium-minimal "$REPEAT"
  mi_tpl_ms=$(calc "$(pstage medium-minimal "views (+ Markdown)") + $(pstage medium-minimal "pages (templates)")")
  mi_tpl_pp=$(calc "$mi_tpl_ms / $mi_pages")

  printf '\n%-62s %8s %10s %12s\n' "" pages "time ms" "ms per page"
  printf '%-62s %8s %10.0f %12.3f\n' "Hugo, whole process (best of 3, minimal layout)" "$hugo_pages" "$(calc "$best * 1000")" "$hugo_pp"
  printf '%-62s %8s %10.0f %12.3f\n' "OkrSite 'render pages' stage (medium, in the full build)" "$okr_pages" "$okr_stage_ms" "$okr_pp"
  printf '%-62s %8s %10.0f %12.3f\n' "OkrSite views + templates only (profiler, medium)" "$okr_pages" "$(calc "${R[medium.p_views_ms]} + ${R[medium.p_templates_ms]}")" "$okr_tpl_pp"
  printf '%-62s %8s %10.0f %12.3f\n' "OkrSite views + templates, pages only (charts excluded)" "$po_pages" "$pg_tpl_ms" "$pg_tpl_pp"
  printf '%-62s %8s %10.0f %12.3f\n' "OkrSite whole process, pages only (no charts)" "$po_pages" "$(calc "$po_wall * 1000")" "$po_pp"
  printf '%-62s %8s %10.0f %12.3f\n' "OkrSite views + templates, minimal theme (like Hugo's layout)" "$mi_pages" "$mi_tpl_ms" "$mi_tpl_pp"
  printf '%-62s %8s %10.0f %12.3f\n' "OkrSite whole process, minimal theme" "$mi_pages" "$(calc "$mi_wall * 1000")" "$mi_pp"
  printf '%-62s %8s %10.0f %12.3f\n' "OkrSite 'render pages' stage, minimal theme (okrsite build)" "$mi_pages" "$mi_stage_ms" "$mi_stage_pp"
  printf '%-58s %12s %s\n' "pages like for like (minimal layouts; okrsite's page stage) vs Hugo" "$(printf '%.2f' "$(calc "$mi_stage_pp / $hugo_pp")")x" "$(verdict "$mi_stage_pp <= $hugo_pp")"
  printf '%-58s %12s %s\n' "same, views+Markdown+templates in the profiler (JIT)" "$(printf '%.2f' "$(calc "$mi_tpl_pp / $hugo_pp")")x" "$(verdict "$mi_tpl_pp <= $hugo_pp")"
  printf '%-58s %12s %s\n' "same, OkrSite's own theme (charts excluded)" "$(printf '%.2f' "$(calc "$pg_tpl_pp / $hugo_pp")")x" "$(verdict "$pg_tpl_pp <= $hugo_pp")"
  printf '%-58s %12s %s\n' "same, with chart figures and data tables (medium)" "$(printf '%.2f' "$(calc "$okr_tpl_pp / $hugo_pp")")x" "$(verdict "$okr_tpl_pp <= $hugo_pp")"
  printf '%-58s %12s %s\n' "same, the whole 'render pages' stage (with report.json)" "$(printf '%.2f' "$(calc "$okr_pp / $hugo_pp")")x" "$(verdict "$okr_pp <= $hugo_pp")"
  printf '%-58s %12s %s\n' "same, whole process pages-only vs Hugo whole process" "$(printf '%.2f' "$(calc "$po_pp / $hugo_pp")")x" "$(verdict "$po_pp <= $hugo_pp")"
  printf '%-58s %12s %s\n' "issue 15: whole process, minimal theme vs Hugo whole process" "$(printf '%.2f' "$(calc "$mi_pp / $hugo_pp")")x" "$(verdict "$mi_pp <= $hugo_pp")"
  echo "(ratio = OkrSite ms per page ÷ Hugo ms per page; Hugo's time includes reading, its startup and writing,"
  echo " the stage figures do not. OkrSite's own pages carry ~5x the markup of the minimal layouts: KR tables, badges,"
  echo " bars, alignment links and, with charts, chart figures with data tables.)"
fi

# ---- BenchmarkDotNet ----------------------------------------------------------------------------------------------
if [ "$BDN" = 1 ]; then
  log "BenchmarkDotNet micro-benchmarks${BDN_FILTER:+ ($BDN_FILTER)}"
  rm -rf "$WORK/bdn"
  (cd "$REPO/tests/OkrSite.Benchmarks" && "${BENCH[@]}" bdn ${BDN_FILTER:+"$BDN_FILTER"} --artifacts "$WORK/bdn" >"$WORK/bdn.log" 2>&1) \
    || { echo "BenchmarkDotNet failed; see $WORK/bdn.log"; tail -n 20 "$WORK/bdn.log"; }
  for f in "$WORK"/bdn/results/*-report-github.md; do
    [ -f "$f" ] && { echo; sed -n '/^|/p' "$f"; }
  done
fi

log "done: everything above is in $RESULTS (load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"
