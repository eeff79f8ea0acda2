// Trunk post_build hook, after build-bundles.mjs and minify-js.mjs, before build-sw.mjs: writes
// warmcall.js, the one-tag embed (static/warmcall.js with the build's file names filled in), and
// makes the app's own index.html boot through it.
//
// warmcall.js has a stable name, so a host page's <script type="module" src=".../warmcall.js">
// survives new builds; it imports the content-hashed glue, which the HTTP cache may keep forever.
// It finds the wasm and the stylesheet next to itself (import.meta.url), so the widget works from
// any sub-path of any site. index.html loses trunk's inline boot script: with it, no strict
// Content-Security-Policy could allow the page.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('build-embed: run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const indexPath = join(staging, 'index.html');
let index = await readFile(indexPath, 'utf8');
const found = (pattern, what) => {
  const match = index.match(pattern);
  if (!match) throw new Error(`build-embed: index.html names no ${what}`);
  return match[1];
};
const glue = found(/from '\.\/(warmcall-full-[0-9a-f]+\.js)'/, 'wasm-bindgen glue');
const wasm = found(/module_or_path: '\.\/(warmcall-full-[0-9a-f]+_bg\.wasm)'/, 'wasm module');
const css = found(/href="?\.\/(warmcall-[0-9a-f]+\.css)/, 'stylesheet');

// Trunk built the full app (as index.html names it); build-bundles.mjs staged the others, each
// as warmcall-<mode>-<hash>.
const bundles = { full: [`./${glue}`, wasm] };
for (const file of await readdir(staging)) {
  const staged = file.match(/^warmcall-([a-z]+)-[0-9a-f]+\.js$/);
  if (staged && staged[1] !== 'full') bundles[staged[1]] = [`./${file}`, file.replace(/\.js$/, '_bg.wasm')];
}
for (const mode of ['today', 'followup', 'opener', 'practice']) {
  if (!bundles[mode]) throw new Error(`build-embed: no ${mode} bundle staged (build-bundles.mjs runs first)`);
}

const template = await readFile(fileURLToPath(new URL('../static/warmcall.js', import.meta.url)), 'utf8');
const fill = (marker, value) => {
  const pattern = new RegExp(`/\\* ${marker} \\*/ [^;]*;`);
  if (!pattern.test(template)) throw new Error(`build-embed: static/warmcall.js has no ${marker} to fill in`);
  return (text) => text.replace(pattern, `${JSON.stringify(value)};`);
};
const loader = [fill('bundles', bundles), fill('stylesheet', css)].reduce((text, apply) => apply(text), template);
// Every page with a widget fetches the loader: minified, it is half the size (1.4 kB less
// gzipped). minify-js.mjs ran before this file existed, so it is minified here.
const release = process.env.TRUNK_PROFILE === 'release';
const shipped = release ? (await minify(loader, { module: true, compress: true, mangle: true })).code : loader;
await writeFile(join(staging, 'warmcall.js'), shipped);

const BOOT = /<script type="?module"?>[\s\S]*?<\/script>/;
if (!BOOT.test(index)) throw new Error("build-embed: index.html has no trunk boot script to replace");
index = index.replace(BOOT, '<script type="module" src="./warmcall.js"></script>');
// The same policy the README asks of host pages: no inline script, no eval, only wasm.
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";
index = index.replace(/<meta charset="?utf-8"?\s*\/?>/i, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
if (!index.includes('Content-Security-Policy')) throw new Error('build-embed: index.html has no <meta charset> to put the policy after');
await writeFile(indexPath, index);
console.log(`build-embed: warmcall.js loads ${glue}`);
