// warmcall: one script tag mounts a widget into every element with a data-warmcall attribute.
// From script: import { mount } from '.../warmcall.js'; const widget = await mount(element, options);
// widget.unmount(). The JS API: const { analyzeQuestion, adviseLead } = await api();
// One bundle per mode, each loaded on first use, so a page downloads only its widgets' bundles.
// scripts/build-embed.mjs fills in the build's file names (BUNDLES, STYLESHEET and PRACTICE, each
// carrying a hash of its content), scripts/build-sw.mjs the build's id (BUILD). Since every file
// this loader reaches is named by its content, the loader and the code it runs are one build
// whichever cache answers, and BUILD is that build: the widget compares it with the build that
// last ran for its "updated" notice.
const BUNDLES = /* bundles */ {};
const STYLESHEET = /* stylesheet */ '';
const PRACTICE = /* practice */ 'practice/';
const BUILD = /* build */ '';
const base = new URL('./', import.meta.url);
const started = {};
function bundle(name) {
  // The wasm downloads while the glue is fetched and parsed, not after it.
  const wasm = () => fetch(new URL(BUNDLES[name][1], base));
  started[name] ??= Promise.all([import(new URL(BUNDLES[name][0], base).href), wasm()])
    .then(async ([module, response]) => {
      await module.default({ module_or_path: response });
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
export const api = () => bundle('full');

/** The id of the build this loader belongs to, as its widgets report it in data-warmcall-build. */
export const build = BUILD;

export async function mount(element, givenOptions = {}) {
  if (!(element instanceof Element)) throw new TypeError('warmcall: mount(element, options) needs an element');
  const options = readOptions(givenOptions);
  // Read as the widget reads it (trimmed), so that the bundle chosen is the one it expects; a
  // mode no bundle has goes to the full app, which names the accepted ones.
  // A mode that is not a string is the widget's to name; the bundle is then the attribute's.
  const mode = (typeof options.mode === 'string' ? options.mode : element.dataset.mode ?? '').trim();
  const [exercisesJson, module] = await Promise.all([
    courseExercises(element, options),
    bundle(Object.hasOwn(BUNDLES, mode) ? mode : 'full'),
  ]);
  return module.mountWidget(element, {
    ...options,
    exercisesJson,
    scenarioJson: scenario(element, options),
    cssUrl: new URL(STYLESHEET, base).href,
    exercisesBase: new URL(PRACTICE, base).href,
    build: BUILD,
    // The app's Practice tab mounts the drills beside the app's element, with this page's
    // exercises and result callback.
    loadPractice: (host, practiceOptions) =>
      mount(host, { ...practiceOptions, mode: 'practice', exercises: exercisesJson, onResult: options.onResult,
        exercisesOnly: options.exercisesOnly ?? element.hasAttribute('data-exercises-only') }),
  });
}

// The options copied once into a plain object: a Proxy (or a getter) that throws is named here,
// rather than surfacing as its own bare error from whichever read met it first.
function readOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new TypeError('warmcall: mount(element, options): options must be an object');
  try {
    return { ...options };
  } catch (error) {
    throw new TypeError(`warmcall: mount(element, options): the options could not be read (${error?.message ?? error})`);
  }
}

/** `value` as JSON text, or an error naming the option. */
function optionJson(name, value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw new TypeError(`warmcall: mount(element, options): the option ${name} could not be read as JSON (${error?.message ?? error})`);
  }
}

// A trainer's case for the Follow-up or Opener coach: the `scenario` option (an object, or JSON
// text) or the element's data-scenario (JSON text). The widget checks it and names what is wrong.
function scenario(element, options) {
  if (options.scenario !== undefined && options.scenario !== null) {
    return typeof options.scenario === 'string' ? options.scenario : optionJson('scenario', options.scenario);
  }
  return element.dataset.scenario;
}

// A course's own exercises: the `exercises` option (an array, or JSON text), or the file that
// data-exercises names on the page's own site. The widget validates them and says what is wrong.
async function courseExercises(element, options) {
  if (options.exercises !== undefined) {
    return typeof options.exercises === 'string' ? options.exercises : optionJson('exercises', options.exercises);
  }
  const address = element.dataset.exercises;
  if (!address) return undefined;
  const url = new URL(address, document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(`warmcall: data-exercises must be on this site (${location.origin}), not ${url.origin}`);
  }
  // 'same-origin' follows redirects on this site only: the browser stops at a redirect to another
  // origin before sending a request there. A plain fetch would follow it off the site.
  const response = await fetch(url, { mode: 'same-origin' }).catch(() => null);
  if (!response && (await redirects(url))) {
    throw new Error(`warmcall: data-exercises "${address}" redirects to another site; it must be on this site (${location.origin})`);
  }
  if (!response?.ok) {
    throw new Error(`warmcall: data-exercises "${address}" could not be loaded (${response ? response.status : 'no connection'})`);
  }
  return response.text();
}

// Whether the address answers with a redirect, asked without following it, to tell a redirect off
// the site from a failed connection.
function redirects(url) {
  return fetch(url, { redirect: 'manual' }).then((response) => response.type === 'opaqueredirect', () => false);
}

// The stylesheet downloads with the bundles rather than after the widget started: a preload
// the shadow root's <link> then finds in the cache.
function preloadStylesheet() {
  const href = new URL(STYLESHEET, base).href;
  if (document.querySelector(`link[rel="preload"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', as: 'style', href });
  document.head.append(link);
}

// All at once, so that a page with several kinds of widget downloads their bundles side by side.
const widgets = document.querySelectorAll('[data-warmcall]');
if (widgets.length) preloadStylesheet();
for (const element of widgets) {
  if (element.hasAttribute('data-warmcall-root')) continue;
  mount(element).catch((error) => {
    // The page's author sees why; nothing of theirs is touched but this element.
    console.error(error);
    element.textContent = error.message;
  });
}
