#!/usr/bin/env bash
# The same report on every CPU: runs the sample (already built in Release) on its bundled log and on a generated log,
# by words and by meaning, under the default instruction sets and with the .NET runtime standing in for older CPUs
# (no AVX-512, no AVX2, no hardware intrinsics at all). Any difference in the JSON report fails, naming the case.
# Then the whole test suite under each of those settings, so every recorded value is checked on every stand-in CPU.
# ONNX Runtime detects the CPU itself, so these switches do not reach the embedding model (see README, "Determinism").
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/determinism}"
rm -rf "$out" && mkdir -p "$out" && out="$(cd "$out" && pwd)"
sample=samples/WeaknessAnalyzer.Sample/bin/Release/net10.0/WeaknessAnalyzer.Sample.dll
bench=benchmarks/WeaknessAnalyzer.Benchmarks/bin/Release/net10.0/WeaknessAnalyzer.Benchmarks.dll
[ -f "$sample" ] && [ -f "$bench" ] || { echo "determinism: build the solution in Release first"; exit 1; }

generated="$out/generated-300.csv"
dotnet "$bench" generate --rows 300 --candidates 1 --seed 7 --out "$generated" >/dev/null || { echo "determinism: could not generate a log"; exit 1; }

settings=(default DOTNET_EnableAVX512F=0 DOTNET_EnableAVX2=0 DOTNET_EnableHWIntrinsic=0)
fail=0
for log in bundled generated; do
  csv=$([ "$log" = bundled ] && echo "" || echo "$generated")
  for mode in words meaning; do
    flag=$([ "$mode" = words ] && echo "--words-only" || echo "")
    first=""
    for s in "${settings[@]}"; do
      name="$log-$mode-${s#DOTNET_}"
      env_args=()
      [ "$s" != default ] && env_args=("$s")
      # shellcheck disable=SC2086
      if ! env "${env_args[@]}" dotnet "$sample" $csv $flag --json "$out/$name.json" >"$out/$name.txt" 2>"$out/$name.err"; then
        echo "determinism: the sample failed for $log log, themes by $mode, $s (see $out/$name.err)"
        fail=1
        continue
      fi
      if [ -z "$first" ]; then
        first="$out/$name.json"
      elif ! cmp -s "$first" "$out/$name.json"; then
        echo "determinism: the JSON report differs for $log log, themes by $mode, under $s (against $(basename "$first"))"
        fail=1
      fi
    done
  done
done
# The whole test suite (every recorded value in it) under each stand-in CPU; the default run is .ci/run's own test step.
for s in "${settings[@]:1}"; do
  name="tests-${s#DOTNET_}"
  if env "$s" dotnet test tests/WeaknessAnalyzer.Tests -c Release --no-build >"$out/$name.txt" 2>&1; then
    echo "determinism: $s: $(grep -Eo 'Passed: +[0-9]+' "$out/$name.txt" | tail -n 1 | tr -s ' ') tests"
  else
    echo "determinism: the test suite failed under $s (see $out/$name.txt):"
    grep -E '^\s+Failed ' "$out/$name.txt" | head -n 10
    fail=1
  fi
done

[ $fail -eq 0 ] && echo "determinism: ok (bundled and generated log, by words and by meaning: one JSON report each under ${settings[*]})"
exit $fail
