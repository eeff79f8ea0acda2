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

