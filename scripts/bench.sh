#!/usr/bin/env bash
# Benchmarks (not tests): the native speed of the question analyzer, then the release build's
# first-load size, start-up time and keystroke-to-feedback time in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
ensure_chromium
cd "$ROOT"
step "Native: question analyzer"
cargo bench --bench analyze
step "Browser: release build"
trunk build --release
node scripts/bench-browser.mjs
