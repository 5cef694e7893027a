#!/usr/bin/env bash
# Fuzz check: builds every fuzz/*_fuzz.cpp target with clang and libFuzzer
# (ASan + UBSan, library code instrumented too) in ./build-fuzz, runs each for
# FUZZ_SECONDS (default 15) from its seeds in fuzz/corpus/<name>/, and fails
# when any target crashes, leaks or times out.
#   eval/checks/fuzz.sh SHARED_PATH      (the shared path is not used)
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds="${FUZZ_SECONDS:-15}"
sanitizers="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$sanitizers" \
  -DANNALIST_FUZZ=ON -DANNALIST_TESTS=OFF -DANNALIST_BENCH=OFF >/dev/null || exit 2
targets=()
for source in fuzz/*_fuzz.cpp; do targets+=("$(basename "$source" .cpp)"); done
if ((${#targets[@]} == 0)); then
  echo "no fuzz targets"
  exit 0
fi
if ! cmake --build build-fuzz --parallel 2 --target "${targets[@]}" >build-fuzz/build.log 2>&1; then
  tail -n 40 build-fuzz/build.log
  exit 2
fi

passed=0
failed=0
for target in "${targets[@]}"; do
  name="${target%_fuzz}"
  work="build-fuzz/corpus/$name"
  mkdir -p "$work" "build-fuzz/artifacts"
  [[ -d "fuzz/corpus/$name" ]] && cp -n "fuzz/corpus/$name"/* "$work"/ 2>/dev/null
  if ./build-fuzz/"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="build-fuzz/artifacts/$name-" -print_final_stats=1 "$work" \
      >"build-fuzz/$target.log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "build-fuzz/$target.log" |
           grep -o '[0-9]*$')
    echo "$target: ok (${runs:-?} runs in ${seconds}s)"
    passed=$((passed + 1))
  else
    echo "$target: FAILED; last lines of build-fuzz/$target.log:"
    tail -n 30 "build-fuzz/$target.log"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
((failed == 0))
