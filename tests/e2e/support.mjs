// Shared by the e2e tests and the benchmark: a static server for dist/ on 127.0.0.1 and a
// Chromium launched the way this machine needs (system browser, no background networking).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');
export const HOST_PAGE = join(ROOT, 'examples', 'host-page');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Static files on a free port of 127.0.0.1; `locate(path)` names the directory and the file.
 * `routes` maps a path to a handler of its own, `(request, response) => void`.
 */
async function serveFiles(locate, routes = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (Object.hasOwn(routes, path)) {
      routes[path](request, response);
      return;
    }
    const [base, relative] = locate(path);
    const file = normalize(join(base, relative));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // A sandboxed iframe has an opaque origin, so its module loads are cross-origin.
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  // Open keep-alive connections (a browser still running, a worker's fetches) would hold close().
  const close = () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); });
  return { url: `http://127.0.0.1:${port}`, close };
}

const fileOf = (path) => (path === '/' ? 'index.html' : path.slice(1));

/** Serves dist/ (and the test fixtures under /fixtures/) on a free port of 127.0.0.1. */
export function serveDist() {
  return serveFiles((path) =>
    path.startsWith('/fixtures/') ? [FIXTURES, path.slice('/fixtures/'.length)] : [DIST, fileOf(path)],
  );
}

/**
 * The sample course page of examples/host-page/ at /course/, with the build copied to where its
 * README tells a site to put it, /course/warmcall/: a sub-path of another site. `routes` as for
 * `serveFiles`.
 */
export function serveHostPage(routes = {}) {
  return serveFiles((path) => {
    if (path.startsWith('/fixtures/')) return [FIXTURES, path.slice('/fixtures/'.length)];
    if (path.startsWith('/course/warmcall/')) return [DIST, path.slice('/course/warmcall/'.length)];
    if (path.startsWith('/course/')) return [HOST_PAGE, fileOf(path.slice('/course'.length))];
    return [HOST_PAGE, '\0not-found'];
  }, routes);
}

// The system browser, without the background traffic that would count as the widget's requests.
const CHROMIUM_OPTIONS = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export function launchChromium() {
  return chromium.launch(CHROMIUM_OPTIONS);
}

/**
 * Starts the server (`serveDist`, or `serve`) and the browser before a test file's tests and stops
 * them after; `shared.server.url` and `shared.browser` are set once `before` has run.
 */
export function withServerAndBrowser(serve = serveDist) {
  const shared = {};
  before(async () => {
    shared.server = await serve();
    shared.browser = await launchChromium();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

/**
 * Page-side helpers for `page.evaluate` and `waitForFunction`: the widget renders in a shadow
 * root, which `document.querySelector` and `document.activeElement` do not enter. Playwright's
 * locators do, so only code that runs in the page needs these.
 */
export function shadowHelpers() {
  window.widgetQuery = (selector, host = document.querySelector('[data-warmcall]')) =>
    host?.shadowRoot?.querySelector(selector) ?? null;
  window.deepActiveElement = () => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  };
  // For the benchmarks: `firstSeen[selector] = null` before the page loads, and it becomes the
  // time an element matching it first appeared in a widget's shadow root.
  const firstSeen = (window.firstSeen = {});
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachAndWatch(init) {
    const root = attachShadow.call(this, init);
    new MutationObserver(() => {
      for (const selector of Object.keys(firstSeen)) {
        if (firstSeen[selector] === null && root.querySelector(selector)) firstSeen[selector] = performance.now();
      }
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
}

/**
 * Opens the app in a fresh context and waits until the widget has rendered. With `time`, the
 * page's clock reads that moment (timers keep running), so advice that depends on the day and
 * the working hours is the same whenever the tests run.
 */
export async function openApp(browser, url, { width = 1280, height = 900, time, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  await context.addInitScript(shadowHelpers);
  if (time) await context.clock.setFixedTime(time);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  await page.getByTestId('warmcall-app').waitFor();
  return { context, page, errors };
}

/** Opens the page of the first lead the Leads tab's search finds for `name`. */
export async function openLead(page, name) {
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-list').click();
  await page.getByTestId('lead-search').fill(name);
  await page.getByTestId('lead-row').first().locator('button').click();
  await page.getByTestId('lead-page').waitFor();
}

/** Sets the interface language on the Settings tab, whatever the browser's. */
export async function chooseInterfaceLang(page, lang) {
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-lang').selectOption(lang);
}

/**
 * Serves a copy of a build from `dir` on a free port of 127.0.0.1, and can switch to another
 * directory while running (`serve(dir)`), so a test can publish a new build at the same origin
 * (same storage, same service worker registration). `serve(dir, { 'index.html': other })` takes
 * the files named from `other`: a server in the middle of a deploy.
 */
export async function serveBuild(dir) {
  let root = dir;
  let from = {};
  const served = await serveFiles((path) => {
    const file = fileOf(path);
    return [from[file] ?? root, file];
  });
  return {
    ...served,
    serve: (next, files = {}) => {
      root = next;
      from = files;
    },
  };
}

/**
 * "The next build" made from dist/ without compiling: a copy in which every file and directory
 * whose name carries a content hash (the bundles, the stylesheets, the exercises) gets another
 * hash, as if each had changed, and the files that name them say so; then the build's last hook
 * (scripts/build-sw.mjs) runs over it, as in a release build, and gives it its own build id.
 * The code in the renamed files is the same, so a test can tell which build's files a page ran
 * by their names. `label` makes the names: the same label gives the same build.
 */
export async function makeBuild(label) {
  const dir = await copyDist();
  const renamed = [];
  for (const name of await readdir(dir)) {
    // The loader's copy for the app's page is named by build-sw.mjs, from the build id.
    if (/^warmcall-[0-9a-f]{16}\.js$/.test(name)) continue;
    const hash = name.match(/-([0-9a-f]{16})(?=[._]|$)/)?.[1];
    if (!hash) continue;
    const next = createHash('sha256').update(`${label}\0${hash}`).digest('hex').slice(0, 16);
    await rename(join(dir, name), join(dir, name.replace(hash, next)));
    renamed.push([hash, next]);
  }
  for (const file of ['index.html', 'warmcall.js']) {
    let text = await readFile(join(dir, file), 'utf8');
    for (const [hash, next] of renamed) text = text.replaceAll(hash, next);
    await writeFile(join(dir, file), text);
  }
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build-sw.mjs')], {
    env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_PROFILE: 'release' },
  });
  return dir;
}

/** Every file of the build in `dir`, by its path relative to it. */
export async function buildFiles(dir) {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  return new Set(files.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')));
}

/** A copy of dist/ in a fresh temporary directory, to change into "the next build". */
export async function copyDist() {
  const dir = await mkdtemp(join(tmpdir(), 'warmcall-dist-'));
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/**
 * Chromium with a profile on disk (the flags of `launchChromium`): Chromium refuses to call an
 * app installable in an incognito-like context, which is what `browser.newContext()` gives.
 */
export async function launchPersistentChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'warmcall-profile-'));
  const context = await chromium.launchPersistentContext(profile, CHROMIUM_OPTIONS);
  return { context, close: () => context.close().then(() => rm(profile, { recursive: true, force: true })) };
}

/** Fills the origin's localStorage to the last character, as another widget or site data can. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    let index = 0;
    for (const size of [256 * 1024, 8 * 1024, 256, 8, 1]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`filler-${index}`, chunk); index += 1; } catch { break; }
      }
    }
    // Empty values under one-character keys take the last few characters.
    for (let code = 0x4e00; code < 0x9fff; code += 1) {
      try { localStorage.setItem(String.fromCharCode(code), ''); } catch { break; }
    }
  });
}

/** Opens `url` and waits for the app. */
export async function openAndWait(page, url) {
  await page.goto(url);
  await page.getByTestId('warmcall-app').waitFor();
}

/** Waits until the worker of build `buildId` is active and controls the page (an update still installing does not count). */
export async function controlledBy(page, buildId) {
  // Polled here: page.waitForFunction does not wait for an async predicate's promise.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    const done = await page.evaluate(async (id) => {
      const registration = await navigator.serviceWorker.getRegistration();
      return (
        registration !== undefined &&
        registration.installing === null &&
        registration.waiting === null &&
        registration.active?.state === 'activated' &&
        navigator.serviceWorker.controller === registration.active &&
        (await caches.keys()).some((name) => name.endsWith(` ${id}`))
      );
    }, buildId);
    if (done) return;
  }
  throw new Error(`no worker of build ${buildId} took control`);
}
