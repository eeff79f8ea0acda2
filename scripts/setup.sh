# Sourced by serve.sh, test.sh and bench.sh: installs whatever is missing, skipping every step
# that is already satisfied, and puts the tools on PATH. Nothing is downloaded from a release
# page: Rust tools come from crates.io, browser tooling from npm and Debian.

TRUNK_VERSION=0.21.14
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
skip() { printf '    %s: already there\n' "$*"; }

ensure_c_compiler() {
  # rustc links with cc, and trunk's dependencies build C code.
  if command -v cc >/dev/null 2>&1; then
    skip "C compiler"
  elif [ "$(id -u)" = 0 ]; then
    step "Installing a C compiler from the OS packages"
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y build-essential
  else
    echo "Rust needs a C compiler to link: install one, e.g. sudo apt-get install -y build-essential" >&2
    return 1
  fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    skip "wasm32 target"
  else
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown || return 1
  fi
  for component in rustfmt clippy; do
    rustup component list --installed | grep -q "^$component" || rustup component add "$component" || return 1
  done
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    skip "trunk $TRUNK_VERSION"
  else
    # 0.22 needs a newer rustc than this project's toolchain; building takes ~9 min once.
    step "Installing trunk $TRUNK_VERSION (a few minutes, once per machine)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local wanted
  wanted="$(cd "$ROOT" && cargo pkgid wasm-bindgen | sed 's/.*@//')"
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wanted" ]; then
    skip "wasm-bindgen-cli $wanted"
  else
    # Must equal the version in Cargo.lock. `--locked` fails to resolve here, so it is left off.
    step "Installing wasm-bindgen-cli $wanted"
    cargo install wasm-bindgen-cli --version "$wanted" --force
  fi
}

ensure_node_packages() {
  # npm ci only when the lockfile changed since the last install.
  local stamp="$ROOT/node_modules/.warmcall-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/package-lock.json"; then
    skip "npm packages (binaryen's wasm-opt, terser, playwright-core, axe-core)"
  else
    step "Installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund) && cp "$ROOT/package-lock.json" "$stamp"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    skip "chromium and chromedriver"
  elif [ "$(id -u)" = 0 ]; then
    step "Installing chromium and chromedriver from the OS packages"
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  else
    echo "The browser tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver." >&2
    echo "Install them as root, e.g.: sudo apt-get install -y chromium chromium-driver" >&2
    return 1
  fi
}

# Each step must succeed: callers stop at the first one that does not.
ensure_build_tools() {
  ensure_c_compiler && ensure_wasm_target && ensure_trunk && ensure_wasm_bindgen && ensure_node_packages
}
