// End-to-end: publishing a build, and rolling one back, at the same origin as the build before
// it. On every visit, online and offline, during and after the update, the page, the loader it
// runs, the bundles that loader loaded and the build the widget says it runs are one build, and
// the "updated" notice shows exactly when the code that runs changed. The builds differ in every
// content-hashed name (support.mjs, makeBuild), so the files a page loaded say which build they
// are of.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, buildFiles, controlledBy, launchChromium, makeBuild, openAndWait, serveBuild } from './support.mjs';

const UPDATED = /warmcall was updated to a new version/;
const shared = {};

before(async () => {
  shared.browser = await launchChromium();
  shared.builds = [];
  shared.build = async (dir) => {
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    const id = html.match(/<meta name="?warmcall-build"? content="?([0-9a-f]+)/)[1];
    return { dir, id, files: await buildFiles(dir) };
  };
  shared.a = await shared.build(DIST);
  shared.next = async (label) => {
    const build = await shared.build(await makeBuild(label));
    shared.builds.push(build.dir);
    return build;
  };
});
after(async () => {
  await shared.browser?.close();
  for (const dir of shared.builds) await rm(dir, { recursive: true, force: true });
});

/** A fresh context and page whose page errors are collected, closed after test `t`. */
async function newVisitor(t) {
  const context = await shared.browser.newContext();
  t.after(() => context.close());
  const errors = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error));
  return { context, page, errors };
}

/** `serveBuild(build.dir)`, stopped after test `t`. */
async function serve(t, build) {
  const server = await serveBuild(build.dir);
  t.after(() => server.close());
  return server;
}

async function reload(page) {
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
}

/** What runs in the page: its build, its loader's, the widget's, and every file it loaded. */
function running(page) {
  return page.evaluate(async () => {
    const script = document.querySelector('script[type="module"][src]');
    const loader = await import(script.src).catch(() => ({}));
    return {
      page: document.querySelector('meta[name=warmcall-build]')?.content ?? null,
      loaderFile: new URL(script.src).pathname.slice(1),
      loader: loader.build ?? null,
      widget: document.querySelector('[data-warmcall]')?.dataset.warmcallBuild ?? null,
      files: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.slice(1)),
    };
  });
}

/** The page runs `build`'s files only: the page, its loader, every bundle and exercise file. */
async function assertRuns(page, build, when) {
  const state = await running(page);
  const versioned = state.files.filter((file) => /-[0-9a-f]{16}(_bg)?(\.[a-z]+)?(\/|$)/.test(file));
  assert.ok(versioned.some((file) => /^warmcall-full-[0-9a-f]{16}_bg\.wasm$/.test(file)), `${when}: the app's wasm loaded`);
  assert.deepEqual(
    versioned.filter((file) => !build.files.has(file)),
    [],
    `${when}: the page of build ${build.id} loaded files that are not of its build`,
  );
  assert.equal(state.page, build.id, `${when}: the page's build`);
  assert.ok(build.files.has(state.loaderFile), `${when}: the loader ${state.loaderFile} is of build ${build.id}`);
  assert.equal(state.loader, build.id, `${when}: the loader's build`);
  assert.equal(state.widget, build.id, `${when}: the build the widget runs`);
}

async function assertNotice(page, shown, when) {
  const notice = page.getByTestId('notice').filter({ hasText: UPDATED });
  assert.equal(await notice.count(), shown ? 1 : 0, `${when}: the "updated" notice ${shown ? 'shows' : 'does not show'}`);
}

test("the first visit after a new build is published runs the new build's loader and bundles, with the notice, online and offline", { timeout: 120_000 }, async (t) => {
  const b = await shared.next('b');
  const server = await serve(t, shared.a);
  const { context, page, errors } = await newVisitor(t);
  await openAndWait(page, server.url);
  await controlledBy(page, shared.a.id);
  await assertRuns(page, shared.a, 'build A, first visit');
  await assertNotice(page, false, 'build A, first visit');

  server.serve(b.dir);
  await openAndWait(page, server.url);
  await assertRuns(page, b, 'build B published, first visit (build A\'s worker still in control)');
  await assertNotice(page, true, 'build B, first visit');
  assert.equal(await page.evaluate(() => localStorage.getItem('warmcall:build')), b.id);

  await controlledBy(page, b.id);
  await reload(page);
  await assertRuns(page, b, 'build B, second visit');
  await assertNotice(page, false, 'build B, second visit');
  await context.setOffline(true);
  await reload(page);
  await assertRuns(page, b, 'build B, offline');
  await assertNotice(page, false, 'build B, offline');
  // The previous build's cache stays until the next build takes over (see the next test); the
  // one before it goes then.
  await context.setOffline(false);
  const c = await shared.next('c');
  server.serve(c.dir);
  await openAndWait(page, server.url);
  await assertRuns(page, c, 'build C published, first visit');
  await assertNotice(page, true, 'build C, first visit');
  await controlledBy(page, c.id);
  const names = await page.evaluate(() => caches.keys());
  assert.deepEqual(names.map((name) => name.split(' ').at(-1)).sort(), [b.id, c.id].sort(), 'the caches of builds B and C');

  assert.deepEqual(errors, []);
});

test('a rollback runs the older build whole, with the notice, online and offline', { timeout: 120_000 }, async (t) => {
  const b = await shared.next('b');
  const server = await serve(t, b);
  const { context, page, errors } = await newVisitor(t);
  await openAndWait(page, server.url);
  await controlledBy(page, b.id);
  await reload(page);
  await assertRuns(page, b, 'build B');

  server.serve(shared.a.dir);
  await openAndWait(page, server.url);
  await assertRuns(page, shared.a, "rolled back to build A, first visit (build B's worker still in control)");
  await assertNotice(page, true, 'rolled back to build A, first visit');
  await controlledBy(page, shared.a.id);
  await context.setOffline(true);
  await reload(page);
  await assertRuns(page, shared.a, 'rolled back to build A, offline');
  await assertNotice(page, false, 'rolled back to build A, offline');

  assert.deepEqual(errors, []);
});

test("a page left open across an update keeps running its own build's files, online and offline", { timeout: 120_000 }, async (t) => {
  const b = await shared.next('b');
  const server = await serve(t, shared.a);
  const { context, page: old, errors } = await newVisitor(t);
  await openAndWait(old, server.url);
  await controlledBy(old, shared.a.id);

  // Build B is published and another tab picks it up; its worker takes over both tabs.
  server.serve(b.dir);
  const fresh = await context.newPage();
  await openAndWait(fresh, server.url);
  await assertRuns(fresh, b, 'build B in a new tab');
  await controlledBy(fresh, b.id);

  // The old tab loads what it had not needed yet: the practice bundle and the exercises, which
  // the server no longer has.
  await old.getByTestId('tab-practice').click();
  await old.getByTestId('practice-lang').selectOption('en');
  await old.getByTestId('practice-start').click();
  await old.getByTestId('exercise').waitFor();
  await assertRuns(old, shared.a, 'the tab of build A, practice opened after the update');
  const practice = (await running(old)).files.filter((file) => /^warmcall-practice-|^practice-/.test(file));
  assert.ok(practice.some((file) => file.endsWith('/en.json')), 'the English exercises loaded');

  // Offline, the old tab still gets its own build's exercises in another language.
  await context.setOffline(true);
  await old.getByTestId('practice-stop').click();
  await old.getByTestId('practice-lang').selectOption('sv');
  await old.getByTestId('practice-start').click();
  await old.getByTestId('exercise').waitFor();
  await assertRuns(old, shared.a, 'the tab of build A, offline, Swedish exercises');
  assert.ok((await running(old)).files.some((file) => file.endsWith('/sv.json')), 'the Swedish exercises loaded');

  assert.deepEqual(errors, []);
});

test("a deploy in progress (the new worker served with the old page) leaves the old build working offline, and the new one follows", { timeout: 120_000 }, async (t) => {
  const b = await shared.next('b');
  const server = await serve(t, shared.a);
  const { context, page, errors } = await newVisitor(t);
  await openAndWait(page, server.url);
  await controlledBy(page, shared.a.id);

  // Build B's files are up but the page and the loader are still build A's.
  server.serve(b.dir, { 'index.html': shared.a.dir, 'warmcall.js': shared.a.dir });
  await openAndWait(page, server.url);
  await assertRuns(page, shared.a, 'during the deploy');
  // Build B's worker has had its try at installing.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => {});
    while (registration.installing) await new Promise((resolve) => setTimeout(resolve, 50));
  });
  await context.setOffline(true);
  await reload(page);
  await assertRuns(page, shared.a, 'during the deploy, offline');
  await assertNotice(page, false, 'during the deploy, offline');

  await context.setOffline(false);
  server.serve(b.dir);
  await openAndWait(page, server.url);
  await assertRuns(page, b, 'the deploy done');
  await assertNotice(page, true, 'the deploy done');
  await controlledBy(page, b.id);
  await context.setOffline(true);
  await reload(page);
  await assertRuns(page, b, 'the deploy done, offline');

  assert.deepEqual(errors, []);
});
