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
fail=0
for id in themes-chart time-chart calibration-chart; do
  grep -q "id=\"$id\"" "$out/dom.html" || { echo "html-check: #$id missing from the rendered DOM"; fail=1; }
done
bars=$(grep -o 'class="bar"' "$out/dom.html" | wc -l)
cells=$(grep -o 'class="cell"' "$out/dom.html" | wc -l)
[ "$bars" -ge 2 ] || { echo "html-check: expected stumble bars, found $bars"; fail=1; }
[ "$cells" -eq 20 ] || { echo "html-check: expected 20 calibration cells, found $cells"; fail=1; }
[ -s "$out/report.png" ] && [ "$(stat -c %s "$out/report.png")" -gt 20000 ] || { echo "html-check: screenshot missing or blank"; fail=1; }
[ $fail -eq 0 ] && echo "html-check: ok ($bars bars, $cells cells, screenshot $(stat -c %s "$out/report.png") bytes)"
exit $fail
