#!/usr/bin/env bash
# Benchmarks (not tests): the native speed of the question analyzer and of the lead store, then
# the release build's first-load size, start-up time and keystroke-to-feedback time, and the
# lead list at the size localStorage allows, in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
ensure_chromium
cd "$ROOT"
step "Native: the analyzers on the evaluation corpus (both parts)"
cargo bench -p warmcall-coach --bench corpus
step "Native: question analyzer"
cargo bench -p warmcall-coach --bench analyze
step "Native: leads in storage"
cargo bench -p warmcall-store --bench leads
step "Browser: release build"
trunk build --release
node scripts/build-baseline.mjs
node scripts/bench-browser.mjs
node scripts/bench-leads.mjs
