// Trunk post_build hook, first of the chain in Trunk.toml: builds the practice bundle, the crate
// with the `practice-bundle` feature, next to the app trunk just built. The app's first load then
// carries no drills: its Practice tab, and a course page with data-mode="practice", load this
// bundle instead (warmcall.js, written next by build-embed.mjs, picks the bundle by the mode).
// Same steps as trunk's: cargo, wasm-bindgen (the version setup.sh installed), wasm-opt -Oz in
// release builds, content-hashed names; minify-js.mjs, next in the chain, minifies its glue.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('build-practice: run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const release = process.env.TRUNK_PROFILE === 'release';
const root = fileURLToPath(new URL('..', import.meta.url));
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');

const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run('cargo', [
  'build', '--locked', '--lib', '--target', 'wasm32-unknown-unknown', '--features', 'practice-bundle',
  ...(release ? ['--release'] : []),
]);
const built = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'warmcall.wasm');
const hash = createHash('sha256').update(await readFile(built)).digest('hex').slice(0, 16);
const name = `warmcall-practice-${hash}`;

// A rebuild into the same staging directory must not leave the previous bundle behind.
for (const old of (await readdir(staging)).filter((file) => file.startsWith('warmcall-practice-'))) {
  await rm(join(staging, old));
}
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', staging, '--out-name', name, built]);
if (release) {
  const wasm = join(staging, `${name}_bg.wasm`);
  // The features Rust's wasm32 target uses by default, as trunk enables them for the app.
  run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', wasm, '-o', wasm]);
}
console.log(`build-practice: ${name}`);
