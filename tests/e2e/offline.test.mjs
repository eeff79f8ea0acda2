// End-to-end: the service worker of scripts/build-sw.mjs keeps the widget working without a
// network, a new build is picked up on the next visit with a notice, and nothing is fetched from
// anywhere but the widget's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  DIST,
  ROOT,
  controlledBy,
  copyDist,
  launchChromium,
  launchPersistentChromium,
  openAndWait,
  serveBuild,
} from './support.mjs';

const UPDATED = /warmcall was updated to a new version/;
const shared = {};

before(async () => {
  shared.browser = await launchChromium();
});
after(async () => {
  await shared.browser?.close();
});

/** A fresh context whose every request (pages and the worker) must stay on `origin`. */
async function visit(origin) {
  const context = await shared.browser.newContext();
  const foreign = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`)) foreign.push(request.url());
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await openAndWait(page, origin);
  return { context, page, foreign, errors };
}

async function buildId(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  return html.match(/<meta name="?warmcall-build"? content="?([0-9a-f]+)/)[1];
}

async function typeFollowUpQuestion(page, text) {
  await page.getByTestId('tab-followup').click();
  await page.getByTestId('followup-question').fill('');
  await page.getByTestId('followup-question').pressSequentially(text);
}

test('works offline after one visit, with the data kept', async () => {
  const server = await serveBuild(DIST);
  const { context, page, foreign, errors } = await visit(server.url);
  await controlledBy(page, await buildId(DIST));
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-cold-attempts').fill('5');
  await page.getByText('Saved.').waitFor();
  await typeFollowUpQuestion(page, 'What did you conclude about the quote?');

  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  await page.getByTestId('tab-followup').click();
  assert.equal(await page.getByTestId('followup-question').inputValue(), 'What did you conclude about the quote?');
  const analysis = page.getByTestId('question-analysis');
  assert.equal(await analysis.getAttribute('data-kind'), 'assumptive');
  await typeFollowUpQuestion(page, 'Have you had a chance to look at the quote?');
  assert.equal(await analysis.getAttribute('data-kind'), 'closed', 'the analysis reacts to typing offline');
  await page.getByTestId('tab-settings').click();
  assert.equal(await page.getByTestId('setting-cold-attempts').inputValue(), '5');
  assert.equal(await page.getByTestId('notice').count(), 0, 'no update notice without an update');
  // The practice bundle and the exercises, never fetched online, were precached too.
  await page.getByTestId('tab-practice').click();
  await page.getByTestId('practice-start').click();
  await page.getByTestId('exercise').waitFor();

  // A file the worker did not precache is not answered from anywhere while offline.
  const missing = await page.evaluate(() => fetch('no-such-file.txt').then(() => 'answered', () => 'failed'));
  assert.equal(missing, 'failed');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
  await server.close();
});

test('a new build is picked up on the next visit, says so once, and keeps the data', async () => {
  // The next build: dist/ with a changed page, run through the same hook as a release build.
  const next = await copyDist();
  const index = join(next, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('</body>', '<!-- next build --></body>'));
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build-sw.mjs')], {
    env: { ...process.env, TRUNK_STAGING_DIR: next, TRUNK_PROFILE: 'release' },
  });
  const [first, second] = [await buildId(DIST), await buildId(next)];
  assert.notEqual(first, second);

  const server = await serveBuild(DIST);
  const { context, page, foreign, errors } = await visit(server.url);
  await controlledBy(page, first);
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-cold-attempts').fill('6');
  await page.getByText('Saved.').waitFor();
  await typeFollowUpQuestion(page, 'What did you conclude about the budget?');
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  assert.equal(await page.getByTestId('notice').count(), 0, 'the same build again is no update');

  server.serve(next);
  await openAndWait(page, server.url);
  const notice = page.getByTestId('notice').filter({ hasText: UPDATED });
  await notice.waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('warmcall:build')), second);
  await page.getByTestId('tab-settings').click();
  assert.equal(await page.getByTestId('setting-cold-attempts').inputValue(), '6');
  await page.getByTestId('tab-followup').click();
  assert.equal(await page.getByTestId('followup-question').inputValue(), 'What did you conclude about the budget?');
  await notice.getByTestId('notice-dismiss').click();
  assert.equal(await notice.count(), 0);

  // The new worker takes over; offline now means the new build. The old build's cache stays
  // for a tab still running it, until the build after this one (update.test.mjs).
  await controlledBy(page, second);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.filter((name) => name.endsWith(` ${first}`)).length, 1, 'the old cache is kept');
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  assert.equal(await page.getByTestId('notice').count(), 0, 'the notice shows once');
  assert.equal(await page.evaluate(() => document.querySelector('meta[name=warmcall-build]').content), second);
  await page.getByTestId('tab-settings').click();
  assert.equal(await page.getByTestId('setting-cold-attempts').inputValue(), '6');

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
  await server.close();
  await rm(next, { recursive: true });
});

test('the app is installable: a manifest, icons and a worker that Chromium accepts', async () => {
  const server = await serveBuild(DIST);
  const browser = await launchPersistentChromium();
  const page = await browser.context.newPage();
  await openAndWait(page, server.url);
  await controlledBy(page, await buildId(DIST));
  const cdp = await browser.context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  assert.equal(url, `${server.url}/manifest.webmanifest`);
  assert.deepEqual(errors, []);
  const manifest = JSON.parse(data);
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  await browser.close();
  await server.close();
});
