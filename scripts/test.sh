#!/usr/bin/env bash
# Runs every test and check, installing what is missing first. Layers: lint (rustfmt, clippy for
# the native and wasm32 targets, rustdoc, no module cycle, the fuzz targets compile), native (cargo test), browser
# (wasm-bindgen-test in headless Chromium), e2e (Playwright against the release build on 127.0.0.1). Ends with one
# summary line per layer and exits non-zero when any layer fails or runs no test.
set -uo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools || exit 1
ensure_chromium || exit 1
cd "$ROOT"

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
summary=()
broken=0

record() { # layer passed failed
  summary+=("$1: $2 passed, $3 failed")
  if [ "$3" -ne 0 ] || [ "$2" -eq 0 ]; then broken=1; fi
}

# Sums the "test result: ... N passed; M failed" lines of cargo's output; a run that exited
# non-zero without a failing test (a build error) counts as one failure.
count_cargo() { # log status
  read -r passed failed < <(grep -E '^test result:' "$1" |
    sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/' | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
  if [ "$2" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  echo "$passed $failed"
}

step "lint: rustfmt, clippy (native, and the wasm32 bundles), rustdoc, module cycles"
bundles=(-p warmcall-full -p warmcall-today -p warmcall-followup -p warmcall-opener -p warmcall-practice)
lint_fmt() { cargo fmt --all --check; }
lint_native() { cargo clippy --workspace --all-targets -- -D warnings; }
lint_bundles() { cargo clippy --target wasm32-unknown-unknown "${bundles[@]}" --lib -- -D warnings; }
lint_browser_tests() { cargo clippy --target wasm32-unknown-unknown -p warmcall-full --test browser -- -D warnings; }
lint_docs() { RUSTDOCFLAGS=-Dwarnings cargo doc --workspace --no-deps --quiet; }
lint_cycles() { node scripts/module-cycles.mjs; }
# The fuzz targets are their own crate (cargo fuzz needs nightly to run them); this keeps them compiling.
lint_fuzz() { cargo check --quiet --manifest-path fuzz/Cargo.toml; }
lint_passed=0 lint_failed=0
for check in lint_fmt lint_native lint_bundles lint_browser_tests lint_docs lint_cycles lint_fuzz; do
  if "$check"; then lint_passed=$((lint_passed + 1)); else lint_failed=$((lint_failed + 1)); fi
done
record lint "$lint_passed" "$lint_failed"

step "native: cargo test"
cargo test --workspace 2>&1 | tee "$logs/native.log"
record native $(count_cargo "$logs/native.log" "${PIPESTATUS[0]}")

step "browser: wasm-bindgen-test in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown -p warmcall-full --test browser 2>&1 | tee "$logs/browser.log"
record browser $(count_cargo "$logs/browser.log" "${PIPESTATUS[0]}")

step "e2e: Playwright against the release build"
if trunk build --release 2>&1 | tee "$logs/trunk.log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  node --test --test-reporter=tap tests/e2e/*.test.mjs 2>&1 | tee "$logs/e2e.log"
  e2e_status=${PIPESTATUS[0]}
  e2e_passed=$(sed -nE 's/^# pass ([0-9]+)/\1/p' "$logs/e2e.log" | tail -n1)
  e2e_failed=$(sed -nE 's/^# fail ([0-9]+)/\1/p' "$logs/e2e.log" | tail -n1)
  e2e_passed=${e2e_passed:-0} e2e_failed=${e2e_failed:-0}
  if [ "$e2e_status" -ne 0 ] && [ "$e2e_failed" -eq 0 ]; then e2e_failed=1; fi
  record e2e "$e2e_passed" "$e2e_failed"
else
  record e2e 0 1
fi

echo
total_passed=0 total_failed=0
for line in "${summary[@]}"; do
  echo "$line"
  read -r p f < <(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\1 \2/')
  total_passed=$((total_passed + p)) total_failed=$((total_failed + f))
done
echo "total: $total_passed passed, $total_failed failed"
exit "$broken"
