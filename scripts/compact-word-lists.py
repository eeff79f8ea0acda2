#!/usr/bin/env python3
"""Rewrites the coach's language tables so that each word list is one string.

On wasm32 every entry of a `&'static [&'static str]` costs an 8-byte (pointer, length) pair in
the data segment, which gzip compresses badly; `words!["a", "b"]` is one string literal with a
separator byte between the entries (see crates/coach/src/words.rs). The table sources keep
their look: a list changes only from `&[` to `words![`.

Usage (from anywhere; paths default to the table files of this repository):

    scripts/compact-word-lists.py            convert the table files in place
    scripts/compact-word-lists.py --check    exit 1 if any file would change
    scripts/compact-word-lists.py --empty    empty every word list, in whichever form it is
                                             (for measuring what the lists cost, see
                                             scripts/measure-language-data.sh)

It is idempotent and may be run again after words were added in the old `&[...]` form. What
it converts, in the table files only:
- every `&[ ... ]` outside a `static EXAMPLES` item and a `#[cfg(test)]` module whose entries
  are all string literals or `concat!(...)` calls (comments between them stay), and the empty
  `&[]` fields of the rule statics, whose slice fields are all word lists;
- the type `&[&str]` or `&'static [&'static str]` of a `const` or `static` item whose value it
  converted, or that is an array of such items (`[&[&str]; Lang::COUNT]`), to `Words`, and
  adds `use crate::words::Words;` where a file then names the type;
- in the engine's struct definitions `LangRules`, `RewriteRules` and `OpenerRules`, the field
  type `&'static [&'static str]` to `Words`.
Everything else (examples, tuples, finding lists, code) is left as it is.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COACH = ROOT / "crates" / "coach" / "src"
LANGS = ["en", "sv", "de", "nb", "nl"]
TABLES = (
    [COACH / "question" / f"{lang}.rs" for lang in LANGS]
    + [COACH / "question" / "rewrite" / f"{lang}.rs" for lang in LANGS]
    + [COACH / "opener" / f"{lang}.rs" for lang in LANGS]
    + [COACH / "detect.rs"]
)
ENGINES = {
    COACH / "question" / "mod.rs": "LangRules",
    COACH / "question" / "rewrite" / "mod.rs": "RewriteRules",
    COACH / "opener" / "mod.rs": "OpenerRules",
}
SEPARATOR = "\u001f"
SLICE_TYPES = ["&'static [&'static str]", "&[&str]"]
IMPORT = "use crate::words::Words;"


def lex(src):
    """Tokens as (kind, start, end): 'comment', 'str', 'char', 'ident', 'punct', 'lifetime'."""
    tokens, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif src.startswith("//", i):
            end = src.find("\n", i)
            end = n if end < 0 else end
            tokens.append(("comment", i, end))
            i = end
        elif src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            tokens.append(("comment", i, j))
            i = j
        elif re.match(r'b?r#*"', src[i:i + 40]):
            m = re.match(r'b?r(#*)"', src[i:])
            closing = '"' + m.group(1)
            end = src.index(closing, i + m.end()) + len(closing)
            tokens.append(("str", i, end))
            i = end
        elif c == '"' or src.startswith('b"', i):
            j = i + (2 if c == "b" else 1)
            while src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            tokens.append(("str", i, j + 1))
            i = j + 1
        elif c == "'":
            m = re.match(r"'(\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'])'", src[i:], re.S)
            if m:
                tokens.append(("char", i, i + m.end()))
                i += m.end()
            else:
                m = re.match(r"'[A-Za-z_][A-Za-z0-9_]*", src[i:])
                tokens.append(("lifetime", i, i + m.end()))
                i += m.end()
        elif c.isalnum() or c == "_":
            m = re.match(r"[A-Za-z0-9_]+", src[i:])
            tokens.append(("ident", i, i + m.end()))
            i += m.end()
        else:
            tokens.append(("punct", i, i + 1))
            i += 1
    return tokens


def text(src, token):
    return src[token[1]:token[2]]


def matching(src, code, at):
    """Index in `code` of the bracket closing the one at `code[at]`."""
    depth = 0
    for k in range(at, len(code)):
        t = text(src, code[k])
        if t in "([{":
            depth += 1
        elif t in ")]}":
            depth -= 1
            if depth == 0:
                return k
    raise ValueError(f"unbalanced bracket at byte {code[at][1]}")


def is_string_expression(src, items):
    """Whether tokens `items` (comments removed) are one string literal or `concat!(...)`."""
    if len(items) == 1 and items[0][0] == "str":
        return text(src, items[0]).startswith('"')
    return (
        len(items) >= 4
        and text(src, items[0]) == "concat"
        and text(src, items[1]) == "!"
        and text(src, items[2]) == "("
        and text(src, items[-1]) == ")"
        and all(kind in ("str", "ident", "punct") for kind, *_ in items)
    )


def list_entries(src, code, open_at, close_at):
    """The entries of the bracketed list as token lists, or None if one is no string."""
    entries, current, depth = [], [], 0
    for token in code[open_at + 1:close_at]:
        t = text(src, token)
        if t == "," and depth == 0:
            entries.append(current)
            current = []
            continue
        depth += t in "([{"
        depth -= t in ")]}"
        current.append(token)
    if current:
        entries.append(current)
    if any(not is_string_expression(src, entry) for entry in entries):
        return None
    return entries


def skipped_ranges(src, code):
    """Byte ranges of `static EXAMPLES` items and `#[cfg(test)]` modules."""
    ranges = []
    for k, token in enumerate(code):
        t = text(src, token)
        if t == "EXAMPLES" and k > 0 and text(src, code[k - 1]) == "static":
            end = next(j for j in range(k, len(code)) if text(src, code[j]) == ";"
                       and depth_at(src, code, k, j) == 0)
            ranges.append((code[k - 1][1], code[end][2]))
        if t == "cfg" and k + 3 < len(code) and text(src, code[k + 2]) == "test":
            # The item after the attribute: up to its `;` or through its braces.
            after = next((j for j in range(k + 4, len(code)) if text(src, code[j]) in "{;"),
                         None)
            if after is None:
                continue
            if text(src, code[after]) == "{":
                after = matching(src, code, after)
            ranges.append((token[1], code[after][2]))
    return ranges


def depth_at(src, code, start, end):
    depth = 0
    for token in code[start:end]:
        t = text(src, token)
        depth += t in "([{"
        depth -= t in ")]}"
    return depth


def items(src, code):
    """`const` and `static` items: (index of the name, index of `=`, index of `;`)."""
    found = []
    for k, token in enumerate(code):
        if text(src, token) not in ("const", "static") or k + 2 >= len(code):
            continue
        if code[k + 1][0] != "ident" or text(src, code[k + 2]) != ":":
            continue
        equals = next(e for e in range(k, len(code)) if text(src, code[e]) == "=")
        end = next(e for e in range(equals, len(code)) if text(src, code[e]) == ";"
                   and depth_at(src, code, equals, e) == 0)
        found.append((k + 1, equals, end))
    return found


def item_of(src, found, k):
    """The top-level item (written at the start of a line) whose value holds token `k`: a
    constant inside a function is code, read there as a slice, and stays as it is."""
    holding = [item for item in found if item[1] < k < item[2]]
    return min(holding, default=None)


def is_top_level(src, code, item):
    keyword = code[item[0] - 1][1]
    line_start = src.rfind("\n", 0, keyword) + 1
    return src[line_start:keyword] in ("", "pub ", "pub(super) ", "pub(crate) ")


def convert(src, empty):
    tokens = lex(src)
    code = [t for t in tokens if t[0] != "comment"]
    skipped = skipped_ranges(src, code)
    found = items(src, code)
    edits = []  # (start, end, replacement)
    converted_items = {}  # name index -> (name, type range)
    in_rules_static = []
    for k, token in enumerate(code):
        if any(a <= token[1] < b for a, b in skipped):
            continue
        t = text(src, token)
        is_old = t == "&" and k + 1 < len(code) and text(src, code[k + 1]) == "["
        is_new = (t == "words" and k + 2 < len(code) and text(src, code[k + 1]) == "!"
                  and text(src, code[k + 2]) == "[")
        if not (is_old or is_new):
            continue
        item = item_of(src, found, k)
        if item is None or not is_top_level(src, code, item):
            continue
        open_at = k + 1 if is_old else k + 2
        close_at = matching(src, code, open_at)
        entries = list_entries(src, code, open_at, close_at)
        if entries is None:
            continue
        if is_old and not entries:
            # An empty `&[]` is a word list only as a field of a rule static.
            item = item_of(src, found, k)
            if item is None or text(src, code[item[0]]) != "RULES":
                continue
        for entry in entries:
            for part in entry:
                if part[0] == "str" and (SEPARATOR in text(src, part) or "\\u{1f}" in
                                         text(src, part).lower() or "\\x1f" in text(src, part).lower()):
                    sys.exit(f"an entry holds the separator U+001F: {text(src, part)}")
        if empty:
            # Measuring: the lists lose their entries and keep their form.
            if entries:
                edits.append((code[open_at][2], code[close_at][1], ""))
            continue
        if is_old:
            edits.append((token[1], code[open_at][2], "words!["))
        converted_items[item[0]] = item
    # Types of the items whose values were converted, and of arrays of them.
    names = {text(src, code[i]) for i in converted_items}
    for name_at, equals, value_end in found:
        if any(a <= code[name_at][1] < b for a, b in skipped):
            continue
        value = [text(src, t) for t in code[equals + 1:value_end]]
        idents = [v for v in value if v not in "[],"]
        is_array_of_converted = (value[:1] == ["["] and idents
                                 and all(v in names for v in idents))
        if name_at not in converted_items and not is_array_of_converted:
            continue
        k = name_at - 1
        type_start, type_end = code[k + 3][1], code[equals][1]
        declared = src[type_start:type_end]
        for slice_type in SLICE_TYPES:
            declared = declared.replace(slice_type, "Words")
        edits.append((type_start, type_end, declared))
    return apply(src, edits)


def apply(src, edits):
    for start, end, replacement in sorted(edits, reverse=True):
        src = src[:start] + replacement + src[end:]
    return src


def add_import(src):
    uses_type = re.search(r"(const|static) [A-Z_]+: \[?Words", src)
    imported = re.search(r"use crate::words::(Words|\{[^}]*\bWords\b)", src)
    if not uses_type or imported:
        return src
    uses = list(re.finditer(r"^use [^;]+;\n", src, re.M))
    if uses:
        at = uses[-1].end()
        return src[:at] + IMPORT + "\n" + src[at:]
    docs = list(re.finditer(r"^//!.*\n", src, re.M))
    at = docs[-1].end() if docs else 0
    return src[:at] + "\n" + IMPORT + "\n" + src[at:]


def convert_engine(src, struct):
    m = re.search(r"\bstruct " + struct + r" \{", src)
    if not m:
        return src
    tokens = [t for t in lex(src) if t[0] != "comment"]
    brace = next(k for k, t in enumerate(tokens) if t[1] == m.end() - 1)
    end = tokens[matching(src, tokens, brace)][2]
    body = src[m.end():end]
    body = re.sub(r"(:\s*)&'static \[&'static str\]", r"\1Words", body)
    return src[:m.end()] + body + src[end:]


def main():
    args = sys.argv[1:]
    empty, check = "--empty" in args, "--check" in args
    paths = [Path(a) for a in args if not a.startswith("--")]
    tables = paths or TABLES
    changed = []
    for path in tables:
        src = path.read_text()
        new = convert(src, empty) if empty else add_import(convert(src, empty))
        if new != src:
            changed.append(path)
            if not check:
                path.write_text(new)
    if not paths and not empty:
        for path, struct in ENGINES.items():
            src = path.read_text()
            new = convert_engine(src, struct)
            if new != src:
                changed.append(path)
                if not check:
                    path.write_text(new)
    for path in changed:
        print(("would change " if check else "changed ") + str(path.relative_to(ROOT)
                                                             if path.is_relative_to(ROOT) else path))
    if check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
