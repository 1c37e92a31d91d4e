#!/usr/bin/env bash
# Renders the sample's HTML report in headless Chromium (installed here when missing) and checks the DOM and a screenshot.
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/html-check}"
mkdir -p "$out" && out="$(cd "$out" && pwd)"
if ! command -v chromium >/dev/null 2>&1; then
  echo "html-check: installing Debian's chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >"$out/apt.log" 2>&1 || { echo "html-check: could not install chromium (see $out/apt.log)"; exit 1; }
fi
dotnet run -c Release --no-build --project samples/WeaknessAnalyzer.Sample -- --html "$out/report.html" >/dev/null || { echo "html-check: sample failed"; exit 1; }
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)")
timeout 120 chromium "${flags[@]}" --dump-dom "file://$out/report.html" >"$out/dom.html" 2>"$out/chromium.log" || { echo "html-check: chromium could not load the page"; exit 1; }
timeout 120 chromium "${flags[@]}" --window-size=1000,2600 --screenshot="$out/report.png" "file://$out/report.html" >>"$out/chromium.log" 2>&1
timeout 120 chromium "${flags[@]}" --window-size=390,2600 --screenshot="$out/report-phone.png" "file://$out/report.html" >>"$out/chromium.log" 2>&1
# Progress: a report of the log's first 35 rows, then the whole log against it.
head -n 36 samples/WeaknessAnalyzer.Sample/Data/interview-log.csv >"$out/first.csv"
dotnet run -c Release --no-build --project samples/WeaknessAnalyzer.Sample -- "$out/first.csv" --json "$out/first.json" >/dev/null || { echo "html-check: sample failed on the first rows"; exit 1; }
dotnet run -c Release --no-build --project samples/WeaknessAnalyzer.Sample -- --since "$out/first.json" --html "$out/progress.html" >/dev/null || { echo "html-check: sample --since failed"; exit 1; }
timeout 120 chromium "${flags[@]}" --dump-dom "file://$out/progress.html" >"$out/progress-dom.html" 2>>"$out/chromium.log" || { echo "html-check: chromium could not load the progress page"; exit 1; }
fail=0
for id in themes-chart time-chart calibration-chart plan weaknesses strengths; do
  grep -q "id=\"$id\"" "$out/dom.html" || { echo "html-check: #$id missing from the rendered DOM"; fail=1; }
done
evidence=$(grep -o '<details class="evidence">' "$out/dom.html" | wc -l)
[ "$evidence" -ge 2 ] || { echo "html-check: expected evidence blocks under the plan and the weaknesses, found $evidence"; fail=1; }
grep -q 'id="progress-chart"' "$out/progress-dom.html" || { echo "html-check: #progress-chart missing with --since"; fail=1; }
[ -s "$out/report-phone.png" ] && [ "$(stat -c %s "$out/report-phone.png")" -gt 20000 ] || { echo "html-check: phone screenshot missing or blank"; fail=1; }
bars=$(grep -o 'class="bar"' "$out/dom.html" | wc -l)
cells=$(grep -o 'class="cell"' "$out/dom.html" | wc -l)
[ "$bars" -ge 2 ] || { echo "html-check: expected stumble bars, found $bars"; fail=1; }
[ "$cells" -eq 20 ] || { echo "html-check: expected 20 calibration cells, found $cells"; fail=1; }
[ -s "$out/report.png" ] && [ "$(stat -c %s "$out/report.png")" -gt 20000 ] || { echo "html-check: screenshot missing or blank"; fail=1; }
[ $fail -eq 0 ] && echo "html-check: ok ($bars bars, $cells cells, $evidence evidence blocks, progress chart; screenshots $(stat -c %s "$out/report.png") and $(stat -c %s "$out/report-phone.png") bytes)"
exit $fail
