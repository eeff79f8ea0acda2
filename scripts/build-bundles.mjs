// Trunk post_build hook, first of the chain in Trunk.toml: builds the bundles other than the
// full app (which trunk just built from crates/bundles/full), each a cdylib crate under
// crates/bundles/, next to it: today, followup, opener and practice. warmcall.js, written next by
// build-embed.mjs, loads only the bundle of each widget's mode, so a course page that embeds one
// coach downloads that coach and not the app.
// Same steps as trunk's: cargo, wasm-bindgen (the version setup.sh installed), wasm-opt -Oz in
// release builds, content-hashed names; minify-js.mjs, next in the chain, minifies their glue.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLES = ['today', 'followup', 'opener', 'practice'];

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('build-bundles: run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const release = process.env.TRUNK_PROFILE === 'release';
const root = fileURLToPath(new URL('..', import.meta.url));
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');

const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

// One cargo run for all four, so that what they share is compiled once.
run('cargo', [
  'build', '--locked', '--lib', '--target', 'wasm32-unknown-unknown',
  ...BUNDLES.flatMap((bundle) => ['-p', `warmcall-${bundle}`]),
  ...(release ? ['--release'] : []),
]);
const staged = await readdir(staging);
for (const bundle of BUNDLES) {
  const built = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `warmcall_${bundle}.wasm`);
  const hash = createHash('sha256').update(await readFile(built)).digest('hex').slice(0, 16);
  const name = `warmcall-${bundle}-${hash}`;
  // A rebuild into the same staging directory must not leave the previous bundle behind.
  for (const old of staged.filter((file) => file.startsWith(`warmcall-${bundle}-`))) {
    await rm(join(staging, old));
  }
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', staging, '--out-name', name, built]);
  if (release) {
    const wasm = join(staging, `${name}_bg.wasm`);
    // The features Rust's wasm32 target uses by default, as trunk enables them for the app, and
    // the extra passes index.html gives trunk's wasm-opt (data-wasm-opt-params, which says why).
    run('wasm-opt', ['-Oz', '--converge', '--low-memory-unused', '--enable-bulk-memory',
      '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
      '--enable-reference-types', '--enable-multivalue', wasm, '-o', wasm]);
  }
  console.log(`build-bundles: ${name}`);
}
