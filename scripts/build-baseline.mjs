// Builds the bare Yew baseline (crates/baseline) the way the bundles are built (release profile,
// wasm-bindgen, wasm-opt -Oz with the same features, terser) into dist/baseline/, for
// bench-browser.mjs to time its boot beside the widget's. Run by bench.sh after trunk build.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const root = fileURLToPath(new URL('..', import.meta.url));
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const out = join(root, 'dist', 'baseline');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run('cargo', ['build', '--locked', '--lib', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'warmcall-baseline']);
await mkdir(out, { recursive: true });
const built = join(targetDir, 'wasm32-unknown-unknown', 'release', 'warmcall_baseline.wasm');
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'baseline', built]);
const wasm = join(out, 'baseline_bg.wasm');
run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', wasm, '-o', wasm]);
// Minified like the widget's glue (minify-js.mjs), so that both pages parse the same kind of code.
const glue = join(out, 'baseline.js');
await writeFile(glue, (await minify(await readFile(glue, 'utf8'), { module: true, compress: true, mangle: true })).code);
await writeFile(join(out, 'index.html'), `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A bare Yew app</title>
    <!-- What trunk writes for a Yew app: the glue and the wasm fetched at once. -->
    <link rel="modulepreload" href="./baseline.js" crossorigin />
    <link rel="preload" href="./baseline_bg.wasm" as="fetch" type="application/wasm" crossorigin />
    <script type="module">import init from './baseline.js'; init();</script>
  </head>
  <body>
    <div id="baseline"></div>
  </body>
</html>
`);
console.log('build-baseline: dist/baseline/');
