#!/usr/bin/env python3
"""What some of the coach's modules cost a bundle, estimated from the release wasm.

    scripts/measure-module-size.py [WASM] [MODULE ...]
    # default: target/wasm32-unknown-unknown/release/warmcall_followup.wasm, grammar and holidays

Code: the bodies of the functions whose name (the wasm "name" section cargo leaves in the
unoptimised release build) lies in `warmcall_coach::<module>`, gzip -9 together. Data: the
string literals of the modules' source files (crates/coach/src/<module>.rs or <module>/*.rs),
gzip -9 together, as an upper bound of what their tables add to the data section. Both are
compressed on their own, without the rest of the bundle to share a dictionary with, so the sum
overstates the cost a little; wasm-opt's inlining can move a few small functions into their
callers, which understates it by as little. Run `trunk build --release` (or cargo build
--release for the bundle) first.
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
    print(f"{wasm.name}: {len(gzip.compress(data, 9)) / 1000:.1f} kB gzip before wasm-opt")
    for module in modules:
        # Demangled (`warmcall_coach::grammar::`), in a generic (`warmcall_coach..grammar..`) or
        # mangled (`14warmcall_coach7grammar2de`).
        pattern = re.compile(rf"warmcall_coach(?:::|\.\.|\d+){module}(?:::|\.\.|\d)")
        selected = [
            body for index, body in enumerate(code)
            if pattern.search(names.get(index + imports, ""))
        ]
        code_bytes = b"".join(selected)
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
    print(f"together: {total / 1000:.1f} kB gzip (an estimate, see the script's header)")


if __name__ == "__main__":
    main()
