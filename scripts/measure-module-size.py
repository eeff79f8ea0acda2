#!/usr/bin/env python3
"""What some of the coach's modules cost a bundle, estimated from a wasm file that keeps names.

    scripts/measure-module-size.py [WASM] [MODULE ...]
    # default: target/wasm32-unknown-unknown/release/warmcall_followup.wasm, grammar and holidays

The wasm must keep its "name" section: cargo's release build does, before wasm-bindgen and
wasm-opt; for what a page loads, run those two as the build does and add `-g` to wasm-opt,
which keeps the names:

    wasm-bindgen --target web --no-typescript --out-dir /tmp/m --out-name full \
      target/wasm32-unknown-unknown/release/warmcall_full.wasm
    wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals /tmp/m/full_bg.wasm -o /tmp/m/full.wasm

Code: the bodies of the functions whose name lies in `warmcall_coach::<module>`. Data: the
string literals of the modules' source files (crates/coach/src/<module>.rs or <module>/*.rs,
comments and tests left out). Printed two ways: each part gzip -9 on its own (no shared
dictionary with the rest: too high), and in context, as what gzip -9 of the whole module
(custom sections left out) loses when they are taken out. Functions that wasm-opt inlined into
callers outside the modules are not counted, so after wasm-opt both figures are a little low.
"""
import gzip
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    pos = 8
    while pos < len(data):
        kind = data[pos]
        size, pos = leb(data, pos + 1)
        yield kind, data[pos:pos + size]
        pos += size


def imported_functions(payload):
    count, pos = leb(payload, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, pos = leb(payload, pos)
            pos += length
        kind = payload[pos]
        pos += 1
        if kind == 0:
            _, pos = leb(payload, pos)
            functions += 1
        elif kind == 1:
            pos += 1
            flags, pos = leb(payload, pos)
            _, pos = leb(payload, pos)
            if flags & 1:
                _, pos = leb(payload, pos)
        elif kind == 2:
            flags, pos = leb(payload, pos)
            _, pos = leb(payload, pos)
            if flags & 1:
                _, pos = leb(payload, pos)
        elif kind == 3:
            pos += 2
        else:
            _, pos = leb(payload, pos)
    return functions


def function_names(payload):
    pos = 0
    names = {}
    while pos < len(payload):
        kind = payload[pos]
        size, pos = leb(payload, pos + 1)
        if kind == 1:
            sub = payload[pos:pos + size]
            count, p = leb(sub, 0)
            for _ in range(count):
                index, p = leb(sub, p)
                length, p = leb(sub, p)
                names[index] = sub[p:p + length].decode("utf-8", "replace")
                p += length
        pos += size
    return names


def bodies(payload):
    count, pos = leb(payload, 0)
    for _ in range(count):
        size, pos = leb(payload, pos)
        yield payload[pos:pos + size]
        pos += size


def module_paths(module):
    base = ROOT / "crates" / "coach" / "src"
    single = base / f"{module}.rs"
    return [single] if single.exists() else sorted((base / module).glob("*.rs"))


def literals(path):
    text = path.read_text(encoding="utf-8")
    # Test modules are not in the bundle.
    text = text.split("#[cfg(test)]")[0]
    # Comments quote examples in quotes too; they are not in the bundle.
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return re.findall(r'"((?:[^"\\]|\\.)*)"', text)


def main():
    args = sys.argv[1:]
    wasm = ROOT / "target/wasm32-unknown-unknown/release/warmcall_followup.wasm"
    if args and args[0].endswith(".wasm"):
        wasm = pathlib.Path(args.pop(0))
    modules = args or ["grammar", "holidays"]
    data = wasm.read_bytes()
    imports = 0
    names = {}
    code = []
    for kind, payload in sections(data):
        if kind == 2:
            imports = imported_functions(payload)
        elif kind == 10:
            code = list(bodies(payload))
        elif kind == 0:
            length, pos = leb(payload, 0)
            if payload[pos:pos + length] == b"name":
                names = function_names(payload[pos + length:])
    if not names:
        sys.exit(f"{wasm} has no name section: measure the release build before wasm-opt")
    total = 0
    patterns = []
    all_literals = []
    print(f"{wasm.name}: {len(gzip.compress(data, 9)) / 1000:.1f} kB gzip with its names")
    for module in modules:
        # Demangled (`warmcall_coach::grammar::`), in a generic (`warmcall_coach..grammar..`) or
        # mangled (`14warmcall_coach7grammar2de`).
        pattern = re.compile(rf"warmcall_coach(?:::|\.\.|\d+){module}(?:::|\.\.|\d)")
        patterns.append(pattern)
        selected = [
            body for index, body in enumerate(code)
            if pattern.search(names.get(index + imports, ""))
        ]
        code_bytes = b"".join(selected)
        all_literals.extend(
            literal.encode("utf-8") for path in module_paths(module) for literal in literals(path)
        )
        text = "\x00".join(
            literal for path in module_paths(module) for literal in literals(path)
        ).encode("utf-8")
        code_gz = len(gzip.compress(code_bytes, 9)) if code_bytes else 0
        data_gz = len(gzip.compress(text, 9)) if text else 0
        total += code_gz + data_gz
        print(
            f"{module}: {len(selected)} functions, code {len(code_bytes) / 1000:.1f} kB "
            f"({code_gz / 1000:.1f} kB gzip), string literals {len(text) / 1000:.1f} kB "
            f"({data_gz / 1000:.1f} kB gzip)"
        )
    print(f"together, each compressed alone: {total / 1000:.1f} kB gzip")
    # In context: the bundle without its custom sections, less the selected function bodies and
    # the modules' literals, compressed as a whole, against the same bytes with them.
    kept = b"".join(payload for kind, payload in sections(data) if kind != 0)
    selected_bodies = [
        body for index, body in enumerate(code)
        if any(pattern.search(names.get(index + imports, "")) for pattern in patterns)
    ]
    without = kept
    for body in selected_bodies:
        without = without.replace(body, b"", 1)
    for literal in sorted(all_literals, key=len, reverse=True):
        if len(literal) >= 4:
            without = without.replace(literal, b"", 1)
    in_context = len(gzip.compress(kept, 9)) - len(gzip.compress(without, 9))
    print(f"together, in context: {in_context / 1000:.1f} kB gzip")


if __name__ == "__main__":
    main()
