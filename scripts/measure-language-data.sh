#!/usr/bin/env bash
# What the language knowledge (the word and pattern lists of the question, rewrite, opener
# and detection tables) costs a coach bundle, gzip -9 of the optimised wasm.
#
#   scripts/measure-language-data.sh [REV]
#   BUNDLE=opener scripts/measure-language-data.sh [REV]
#
# BUNDLE is one of crates/bundles (followup by default). Each bundle carries the lists its
# analyzers read: Follow-up the question, rewrite and detection tables, Opener the opener
# tables too. Builds the bundle twice, the way scripts/build-bundles.mjs does (cargo release
# for wasm32, wasm-bindgen --target web, wasm-opt -Oz with the same features): once from the
# working tree (or from git revision REV), once from a copy whose table lists are emptied by
# `scripts/compact-word-lists.py --empty` (everything else unchanged). The difference is what
# the lists cost. It is an upper bound: code the optimiser can drop once the lists are empty
# counts too; the code and data section sizes are printed so that the share of each shows.
# Takes two release builds (a few minutes each); run nothing else meanwhile.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
rev=${1:-}
bundle=${BUNDLE:-followup}
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:/work/main/node_modules/.bin:$PATH"
# One target directory for both builds, so the dependencies are compiled once.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

copy_tree() { # into $1: REV, or the working tree as it is (tracked and new files)
  mkdir -p "$1"
  if [ -n "$rev" ]; then
    git -C "$root" archive "$rev" | tar -x -C "$1"
  else
    (cd "$root" && git ls-files -z -co --exclude-standard | tar --null -T - -c) | tar -x -C "$1"
  fi
}

# Prints "gzip code data" in bytes for the bundle built from the tree in $1.
measure() {
  local tree=$1 out=$work/out-$(basename "$1")
  # Cargo's fingerprints of workspace crates do not depend on where the workspace is, and the
  # copies' files are older than the last build: without this the second build is "fresh".
  find "$tree/crates" -name '*.rs' -exec touch {} +
  (cd "$tree" && cargo build --locked --lib --target wasm32-unknown-unknown -p "warmcall-$bundle" --release >&2)
  mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$bundle" \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/warmcall_$bundle.wasm"
  wasm-opt -Oz --converge --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/${bundle}_bg.wasm" -o "$out/${bundle}_bg.wasm"
  local gz
  gz=$(gzip -9 -c "$out/${bundle}_bg.wasm" | wc -c)
  python3 - "$out/${bundle}_bg.wasm" "$gz" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
def leb(at):
    value = shift = 0
    while True:
        byte = data[at]; at += 1
        value |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80:
            return value, at
sizes, at = {}, 8
while at < len(data):
    section = data[at]
    size, at = leb(at + 1)
    sizes[section] = sizes.get(section, 0) + size
    at += size
print(sys.argv[2], sizes.get(10, 0), sizes.get(11, 0))
PY
}

copy_tree "$work/full"
copy_tree "$work/empty"
python3 "$work/empty/scripts/compact-word-lists.py" --empty >&2 \
  || python3 "$root/scripts/compact-word-lists.py" --empty \
       $(cd "$work/empty" && ls crates/coach/src/question/{en,sv,de,nb,nl}.rs \
           crates/coach/src/question/rewrite/{en,sv,de,nb,nl}.rs \
           crates/coach/src/opener/{en,sv,de,nb,nl}.rs crates/coach/src/detect.rs \
           | sed "s|^|$work/empty/|") >&2
read -r full_gz full_code full_data < <(measure "$work/full")
read -r empty_gz empty_code empty_data < <(measure "$work/empty")
kb() { python3 -c "print(f'{$1 / 1000:.1f}')"; }
echo "$bundle bundle${rev:+ at $rev}, wasm after wasm-opt -Oz:"
echo "  with the language lists:  gzip -9 $(kb "$full_gz") kB (code $(kb "$full_code") kB, data $(kb "$full_data") kB raw)"
echo "  lists emptied:            gzip -9 $(kb "$empty_gz") kB (code $(kb "$empty_code") kB, data $(kb "$empty_data") kB raw)"
echo "  the language lists cost:  $(kb $((full_gz - empty_gz))) kB gzipped (code $(kb $((full_code - empty_code))), data $(kb $((full_data - empty_data))) kB raw)"
