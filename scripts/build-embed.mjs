// Trunk post_build hook, after build-bundles.mjs and minify-js.mjs, before build-sw.mjs: writes
// warmcall.js, the one-tag embed (static/warmcall.js with the build's file names filled in), and
// makes the app's own index.html boot through it.
//
// warmcall.js has a stable name, so a host page's <script type="module" src=".../warmcall.js">
// survives new builds; it imports the content-hashed glue, which the HTTP cache may keep forever.
// It finds the wasm and the stylesheet next to itself (import.meta.url), so the widget works from
// any sub-path of any site. index.html loses trunk's inline boot script: with it, no strict
// Content-Security-Policy could allow the page. The built-in exercises move to a directory named
// by their hash, like every other file the loader's code reads: a page of one build must never
// get another build's files, whichever cache or server answers (build-sw.mjs names the loader's
// own copy for the app's page).
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// A rebuild into the same staging directory finds the directory already renamed.
const practiceDirs = (await readdir(staging)).filter((file) => /^practice(-[0-9a-f]{16})?$/.test(file));
if (practiceDirs.length !== 1) throw new Error(`build-embed: expected one practice directory, found ${practiceDirs.join(', ') || 'none'}`);
const exercises = (await readdir(join(staging, practiceDirs[0]))).sort();
const exercisesHash = createHash('sha256');
for (const file of exercises) {
  const body = await readFile(join(staging, practiceDirs[0], file));
  exercisesHash.update(`${file}\0${body.length}\0`).update(body);
}
const practice = `practice-${exercisesHash.digest('hex').slice(0, 16)}`;
if (practiceDirs[0] !== practice) await rename(join(staging, practiceDirs[0]), join(staging, practice));

const template = await readFile(fileURLToPath(new URL('../static/warmcall.js', import.meta.url)), 'utf8');
const fill = (marker, value) => {
  const pattern = new RegExp(`/\\* ${marker} \\*/ [^;]*;`);
  if (!pattern.test(template)) throw new Error(`build-embed: static/warmcall.js has no ${marker} to fill in`);
  return (text) => text.replace(pattern, `${JSON.stringify(value)};`);
};
const loader = [fill('bundles', bundles), fill('stylesheet', css), fill('practice', `${practice}/`)].reduce((text, apply) => apply(text), template);
await writeFile(join(staging, 'warmcall.js'), loader);

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
