// End-to-end: what the widget says about the data it keeps (issue 17's smaller faults). A
// prepared-calls record that cannot be read, settings out of range found in storage, the storage
// used and its quota, persistent storage, and the reminder to download a backup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, openApp } from './support.mjs';

const shared = withServerAndBrowser();

/** Opens the app, puts `records` (name to stored text) under the default prefix, and reloads. */
async function openWith(records, options) {
  const opened = await openApp(shared.browser, shared.server.url, options);
  await opened.page.evaluate((entries) => {
    for (const [name, text] of entries) localStorage.setItem(`warmcall:${name}`, text);
  }, Object.entries(records));
  await opened.page.reload();
  await opened.page.getByTestId('warmcall-app').waitFor();
  return opened;
}

test('an unreadable prepared-calls record is set aside and reported, and the count starts again', async () => {
  const corrupt = '{"days": "three"}';
  const { context, page, errors } = await openWith({ 'prepared-calls': corrupt });
  const notice = page.getByTestId('notice').filter({ hasText: 'could not be read' });
  await notice.waitFor({ timeout: 5000 });
  assert.match(await notice.textContent(), /warmcall:backup:prepared-calls:1/);
  const stored = await page.evaluate(() => [
    localStorage.getItem('warmcall:backup:prepared-calls:1'),
    localStorage.getItem('warmcall:prepared-calls'),
  ]);
  assert.deepEqual(stored, [corrupt, null], 'set aside, not lost');
  assert.equal(await page.getByTestId('prepared-count').textContent(), '0');
  assert.deepEqual(errors, []);
  await context.close();
});

test('settings out of range found in storage fall back to their defaults, with a notice naming each', async () => {
  const settings = JSON.stringify({ dailyPreparedGoal: 0, followUpWindowDays: 60, stopRule: { coldAttempts: 4 } });
  const { context, page, errors } = await openWith({ settings });
  const named = page.locator('[data-testid="notice"] [data-setting]');
  await named.first().waitFor({ timeout: 5000 });
  assert.deepEqual(
    await named.evaluateAll((items) => items.map((item) => item.dataset.setting)),
    ['followUpWindowDays', 'dailyPreparedGoal'],
  );
  assert.match(await named.nth(1).textContent(), /Daily goal of prepared calls/);
  assert.match(await page.getByTestId('today').textContent(), /0 \/ 20/, 'the default goal counts');
  await page.getByTestId('tab-settings').click();
  assert.equal(await page.getByTestId('setting-daily-goal').inputValue(), '20');
  assert.equal(await page.getByTestId('setting-window').inputValue(), '3');
  assert.equal(await page.getByTestId('setting-cold-attempts').inputValue(), '4', 'valid values are kept');
  assert.equal(await page.evaluate(() => localStorage.getItem('warmcall:settings')), settings, 'nothing is written on load');
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Replaces `navigator.storage.persist()` and `persisted()` with ones that count the requests
 * (`window.persistRequests`) and grant them, remembered in sessionStorage across reloads; the
 * browser's own `estimate()` stays. Headless Chromium decides persistence by how the site has
 * been used, which a test cannot steer.
 */
function grantPersistence() {
  window.persistRequests = 0;
  const storage = navigator.storage;
  storage.persist = async () => {
    window.persistRequests += 1;
    sessionStorage.setItem('granted', 'yes');
    return true;
  };
  storage.persisted = async () => sessionStorage.getItem('granted') === 'yes';
}

test('keeping leads asks once for persistent storage, and Settings shows it with the storage used and the quota', async () => {
  const context = await shared.browser.newContext();
  await context.addInitScript(grantPersistence);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(shared.server.url);
  await page.getByTestId('start-samples').click();
  await page.getByTestId('samples-note').waitFor();
  assert.equal(await page.evaluate(() => window.persistRequests), 0, 'sample leads alone are not kept yet');

  await page.getByTestId('tab-settings').click();
  const persistent = page.getByTestId('storage-persistent');
  assert.equal(await persistent.getAttribute('data-persistent'), 'false');
  assert.match(await persistent.textContent(), /may clear this data/);

  await page.getByTestId('tab-today').click();
  await page.getByTestId('samples-keep').click();
  await page.waitForFunction(() => window.persistRequests === 1);
  await page.getByTestId('tab-settings').click();
  assert.equal(await persistent.getAttribute('data-persistent'), 'true');
  assert.match(await persistent.textContent(), /The browser keeps this data/);
  const usage = page.getByTestId('storage-usage');
  assert.ok(Number(await usage.getAttribute('data-used')) > 0, 'the leads take room');
  assert.ok(Number(await usage.getAttribute('data-quota')) > 0);
  assert.match(await usage.textContent(), /^This site uses [\d.]+\u00a0[kMG]?B of the [\d.]+\u00a0[kMG]?B the browser allows it\.$/);

  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('lead-new').click();
  assert.equal(await page.evaluate(() => window.persistRequests), 0, 'asked once, not at every start');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a browser without the Storage API: Settings says nothing about it, and nothing fails', async () => {
  const context = await shared.browser.newContext();
  await context.addInitScript(() => delete Navigator.prototype.storage);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(shared.server.url);
  assert.equal(await page.evaluate(() => 'storage' in navigator), false);
  await page.getByTestId('start-samples').click();
  await page.getByTestId('samples-keep').click();
  await page.getByTestId('samples-outcome').waitFor();
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-lang').waitFor();
  assert.equal(await page.getByTestId('storage-info').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Today reminds to download a backup after 30 days without one, but never for sample leads alone', async () => {
  const time = new Date('2026-12-02T10:00:00');
  const safekeeping = JSON.stringify({ persistenceRequested: true, keepingSince: '2026-10-01', lastBackup: '2026-11-01' });

  // Only sample leads, kept for months without a backup: nothing to lose, no reminder.
  const samples = await openWith({ safekeeping }, { time });
  await samples.page.getByTestId('start-samples').click();
  await samples.page.getByTestId('samples-note').waitFor();
  assert.equal(await samples.page.getByTestId('backup-reminder').count(), 0);
  await samples.context.close();

  const lead = { id: 'eva', name: 'Eva Lund', company: 'Lund Data' };
  const { context, page, errors } = await openWith({
    'lead:eva': JSON.stringify({ revision: 1, lead }),
    leads: JSON.stringify(['eva']),
    safekeeping,
  }, { time });
  const reminder = page.getByTestId('backup-reminder');
  await reminder.waitFor({ timeout: 5000 });
  assert.match(await reminder.textContent(), /No backup for 30 days/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reminder.getByTestId('backup-reminder-download').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'warmcall-backup-2026-12-02.json');
  await reminder.waitFor({ state: 'detached' });
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('warmcall:safekeeping')));
  assert.equal(stored.lastBackup, '2026-12-02');

  // The date was kept: the reminder stays away after a reload.
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  assert.equal(await page.getByTestId('backup-reminder').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Opens the page without a widget in a fresh context, with `records` (key to text) already in
 * its storage, as a host app of the same site left them.
 */
async function openBlankWith(records = {}) {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${shared.server.url}/fixtures/blank.html`);
  await page.evaluate((entries) => {
    for (const [key, text] of entries) localStorage.setItem(key, text);
  }, Object.entries(records));
  return { context, page, errors };
}

/** Every key of the page's storage with its text. */
const storedEntries = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));

/** mount() on a new element with `options`: 'mounted' once the widget shows, or the error's message. */
const mountNew = (page, options) =>
  page.evaluate(async (options) => {
    const { mount } = await import('/warmcall.js');
    const element = document.createElement('div');
    document.body.append(element);
    try {
      await mount(element, options);
    } catch (error) {
      return error.message;
    }
    // The app renders on the next turn; its storage has been claimed by then.
    while (!element.shadowRoot?.querySelector('[data-testid="warmcall-app"]')) await new Promise((r) => setTimeout(r, 20));
    return 'mounted';
  }, options);

test("a prefix holding the host app's own keys is refused on the page, and the keys stay byte for byte", async () => {
  const host = {
    'myapp:settings': '{"theme":"blue","pageSize":25}',
    'myapp:schema': 'v7',
    'myapp:leads': '42,43',
    'myapp:lead:42': 'Anna Berg <anna@example.com>',
    'myapp:probe': 'kept',
  };
  const { context, page, errors } = await openBlankWith(host);
  // Mounted by the loader from the element's attributes: the reason is shown in the element.
  await page.evaluate(async () => {
    const element = Object.assign(document.createElement('div'), { id: 'coach' });
    Object.assign(element.dataset, { warmcall: '', mode: 'today', storagePrefix: 'myapp:' });
    document.body.append(element);
    await import('/warmcall.js');
  });
  const coach = page.locator('#coach');
  await page.waitForFunction(() => /did not write/.test(document.querySelector('#coach').textContent));
  assert.equal(
    await coach.textContent(),
    'warmcall: the storage prefix "myapp:" holds keys that warmcall did not write ("myapp:lead:42"); ' +
      'warmcall leaves them alone and keeps nothing: choose a data-storage-prefix of its own',
  );
  assert.equal(await coach.evaluate((element) => element.shadowRoot), null, 'no widget was rendered');
  // From script, mount() rejects with the same reason.
  assert.match(await mountNew(page, { mode: 'full', storagePrefix: 'myapp:' }), /^warmcall: the storage prefix "myapp:" holds keys/);
  assert.deepEqual(await storedEntries(page), host, 'nothing moved, nothing written');
  assert.deepEqual(errors, []);
  await context.close();
});

test('nested prefixes: the second widget is refused, whichever claimed first, and the first keeps its data', async () => {
  for (const [first, second] of [['c:', 'c:lead:'], ['c:lead:', 'c:']]) {
    const { context, page, errors } = await openBlankWith();
    assert.equal(await mountNew(page, { mode: 'full', lang: 'en', storagePrefix: first }), 'mounted');
    await page.getByTestId('start-samples').click();
    await page.getByTestId('samples-note').waitFor();
    const before = await storedEntries(page);
    assert.ok(Object.keys(before).some((key) => key.startsWith(`${first}lead:`)), 'the first widget keeps leads');
    const message = await mountNew(page, { mode: 'today', storagePrefix: second });
    assert.match(message, new RegExp(`^warmcall: the storage prefix "${second}" overlaps "${first}"`));
    assert.deepEqual(await storedEntries(page), before, 'nothing of the first was read as the second');
    // The first widget loads its leads as before.
    await page.reload();
    assert.equal(await mountNew(page, { mode: 'full', lang: 'en', storagePrefix: first }), 'mounted');
    await page.getByTestId('tab-leads').click();
    assert.ok((await page.getByTestId('lead-row').count()) > 0);
    assert.equal(await page.getByTestId('notice').count(), 0, 'nothing was set aside');
    assert.deepEqual(errors, []);
    await context.close();
  }
});
