#!/usr/bin/env bash
# Builds the release app and serves it at http://127.0.0.1:8080 (rebuilding on change).
# Usage: scripts/serve.sh [--port N]
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
cd "$ROOT"
step "Building and serving warmcall (trunk prints the address, http://127.0.0.1:8080 unless --port says otherwise)"
exec trunk serve --release "$@"
