// Trunk post_build hook, after build-practice.mjs and minify-js.mjs, before build-sw.mjs: writes
// warmcall.js, the one-tag embed, and makes the app's own index.html boot through it.
//
// warmcall.js has a stable name, so a host page's <script type="module" src=".../warmcall.js">
// survives new builds; it imports the content-hashed glue, which the HTTP cache may keep forever.
// It finds the wasm and the stylesheet next to itself (import.meta.url), so the widget works from
// any sub-path of any site. index.html loses trunk's inline boot script: with it, no strict
// Content-Security-Policy could allow the page.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('build-embed: run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const indexPath = join(staging, 'index.html');
let index = await readFile(indexPath, 'utf8');
const found = (pattern, what) => {
  const match = index.match(pattern);
  if (!match) throw new Error(`build-embed: index.html names no ${what}`);
  return match[1];
};
const glue = found(/from '\.\/(warmcall-[0-9a-f]+\.js)'/, 'wasm-bindgen glue');
const wasm = found(/module_or_path: '\.\/(warmcall-[0-9a-f]+_bg\.wasm)'/, 'wasm module');
const css = found(/href="?\.\/(warmcall-[0-9a-f]+\.css)/, 'stylesheet');

const practice = (await readdir(staging)).find((file) => /^warmcall-practice-[0-9a-f]+\.js$/.test(file));
if (!practice) throw new Error('build-embed: no practice bundle staged (build-practice.mjs runs first)');
const practiceWasm = practice.replace(/\.js$/, '_bg.wasm');

const loader = `// warmcall: one script tag mounts a widget into every element with a data-warmcall attribute.
// From script: import { mount } from '.../warmcall.js'; const widget = await mount(element, options);
// widget.unmount(). The JS API: const { analyzeQuestion, adviseLead } = await api();
// Two bundles, each loaded on first use: the practice drills, and the app with everything else.
const base = new URL('./', import.meta.url);
const BUNDLES = {
  app: ['./${glue}', '${wasm}'],
  practice: ['./${practice}', '${practiceWasm}'],
};
const started = {};
function bundle(name) {
  started[name] ??= import(BUNDLES[name][0])
    .then(async (module) => {
      await module.default({ module_or_path: new URL(BUNDLES[name][1], base) });
      return module;
    })
    .catch((error) => {
      // Offline or a failed download: the next mount() tries again rather than failing forever.
      delete started[name];
      throw error;
    });
  return started[name];
}

/** The JS API (analyzeQuestion, buildFollowUp, analyzeOpener, buildOpeners, adviseLead, ...). */
export const api = () => bundle('app');

export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('warmcall: mount(element, options) needs an element');
  // Read as the widget reads it (trimmed), so that the bundle chosen is the one it expects.
  const mode = String(options.mode ?? element.dataset.mode ?? '').trim();
  const exercisesJson = await courseExercises(element, options);
  const module = await bundle(mode === 'practice' ? 'practice' : 'app');
  return module.mountWidget(element, {
    ...options,
    exercisesJson,
    cssUrl: new URL('${css}', base).href,
    assetBase: base.href,
    // The app's Practice tab mounts the drills beside the app's element, with this page's
    // exercises and result callback.
    loadPractice: (host, practiceOptions) =>
      mount(host, { ...practiceOptions, mode: 'practice', exercises: exercisesJson, onResult: options.onResult }),
  });
}

// A course's own exercises: the \`exercises\` option (an array, or JSON text), or the file that
// data-exercises names on the page's own site. The widget validates them and says what is wrong.
async function courseExercises(element, options) {
  if (options.exercises !== undefined) {
    return typeof options.exercises === 'string' ? options.exercises : JSON.stringify(options.exercises);
  }
  const address = element.dataset.exercises;
  if (!address) return undefined;
  const url = new URL(address, document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(\`warmcall: data-exercises must be on this site (\${location.origin}), not \${url.origin}\`);
  }
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) {
    throw new Error(\`warmcall: data-exercises "\${address}" could not be loaded (\${response ? response.status : 'no connection'})\`);
  }
  return response.text();
}

// All at once, so that a page with both kinds of widget downloads both bundles side by side.
for (const element of document.querySelectorAll('[data-warmcall]')) {
  if (element.hasAttribute('data-warmcall-root')) continue;
  mount(element).catch((error) => {
    // The page's author sees why; nothing of theirs is touched but this element.
    console.error(error);
    element.textContent = error.message;
  });
}
`;
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
