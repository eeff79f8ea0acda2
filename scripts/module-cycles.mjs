#!/usr/bin/env node
// Lists the cycles between the modules (files) of each crate, from the paths the code names:
// `use super::x`, `crate::a::b`, `self::c`. Exits non-zero when there is one, so that test.sh
// keeps the layers honest. A module is a file; `mod tests` inside a file belongs to it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const crates = readdirSync(join(root, 'crates'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => (d.name === 'bundles'
    ? readdirSync(join(root, 'crates/bundles')).map((b) => join('crates/bundles', b))
    : [join('crates', d.name)]));

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? rustFiles(path) : name.endsWith('.rs') ? [path] : [];
  });
}

// src/ui/leads.rs -> ui::leads; src/question/mod.rs -> question; src/lib.rs -> crate root ''.
function moduleOf(src, file) {
  const parts = relative(src, file).replace(/\.rs$/, '').split(sep);
  if (parts.at(-1) === 'mod' || (parts.length === 1 && ['lib', 'main'].includes(parts[0]))) parts.pop();
  return parts.join('::');
}

function resolve(from, path, modules) {
  const segments = path.split('::');
  let base = from.split('::').filter(Boolean);
  if (segments[0] === 'crate') { base = []; segments.shift(); }
  else if (segments[0] === 'self') segments.shift();
  else if (segments[0] === 'super') {
    while (segments[0] === 'super') { base.pop(); segments.shift(); }
  } else return null;
  // The longest prefix that names a file module of this crate.
  for (let n = segments.length; n >= 0; n--) {
    const candidate = [...base, ...segments.slice(0, n)].join('::');
    if (modules.has(candidate)) return candidate;
  }
  return null;
}

let cycles = 0;
for (const crate of crates) {
  const src = join(root, crate, 'src');
  let files;
  try { files = rustFiles(src); } catch { continue; }
  const modules = new Map(files.map((f) => [moduleOf(src, f), f]));
  const edges = new Map();
  for (const [module, file] of modules) {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\/.*$/gm, '')
      .replace(/"(?:\\.|[^"\\])*"/g, '""');
    const targets = new Set();
    // `use super::{a, b::c}` names several paths: expand one level of braces.
    for (const [, prefix, group] of code.matchAll(/\b((?:crate|super|self)(?:::\w+)*)::\{([^}]*)\}/g)) {
      for (const item of group.split(',')) {
        const name = item.trim().split(/\s|::/)[0];
        if (name) targets.add(resolve(module, `${prefix}::${name}`, modules));
      }
    }
    for (const [path] of code.matchAll(/\b(?:crate|super|self)(?:::\w+)+/g)) {
      targets.add(resolve(module, path, modules));
    }
    // A parent reaching into its own child modules is how Rust nests them, not a dependency back.
    edges.set(module, [...targets].filter((t) => t !== null && t !== module && !(module === '' ? true : t.startsWith(`${module}::`))));
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const stack = [], onStack = new Set(), indices = new Map(), low = new Map();
  const strongConnect = (v) => {
    indices.set(v, index); low.set(v, index); index++;
    stack.push(v); onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indices.has(w)) { strongConnect(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v), indices.get(w)));
    }
    if (low.get(v) === indices.get(v)) {
      const component = [];
      let w;
      do { w = stack.pop(); onStack.delete(w); component.push(w); } while (w !== v);
      if (component.length > 1) {
        cycles++;
        const name = (m) => m || '(crate root)';
        console.log(`${crate}: cycle between ${component.map(name).sort().join(', ')}`);
        for (const m of component.sort()) {
          const inCycle = (edges.get(m) ?? []).filter((t) => component.includes(t));
          console.log(`  ${name(m)} -> ${inCycle.map(name).join(', ')}`);
        }
      }
    }
  };
  for (const v of modules.keys()) if (!indices.has(v)) strongConnect(v);
}
if (cycles === 0) console.log('no module cycles');
process.exit(cycles === 0 ? 0 : 1);
