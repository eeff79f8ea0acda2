// End-to-end: the release build served on 127.0.0.1, driven in the system Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, openApp, fillStorage } from './support.mjs';

const shared = withServerAndBrowser();

test('settings survive a reload', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-cold-attempts').fill('4');
  await page.getByTestId('setting-experience-new').check();
  await page.getByTestId('setting-lang').selectOption('sv');
  await page.getByText('Sparat.').waitFor();

  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  await page.getByTestId('tab-settings').click();
  assert.equal(await page.getByTestId('setting-cold-attempts').inputValue(), '4');
  assert.equal(await page.getByTestId('setting-experience-new').isChecked(), true);
  assert.equal(await page.getByTestId('tab-settings').textContent(), 'Inställningar');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('warmcall:settings')));
  assert.equal(stored.stopRule.coldAttempts, 4);
  assert.equal(stored.interfaceLang, 'sv');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tab bar works with the keyboard alone', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => deepActiveElement()?.dataset.testid);
  assert.equal(await focused(), 'tab-today');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'tab-leads');
  assert.equal(await page.getByTestId('tab-leads').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('End');
  assert.equal(await focused(), 'tab-settings');
  await page.getByTestId('settings').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'setting-lang');
  await context.close();
});

test('fits a 320 px sidebar without horizontal scrolling', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url, { width: 320, height: 700 });
  for (const tab of ['today', 'leads', 'followup', 'opener', 'settings']) {
    await page.getByTestId(`tab-${tab}`).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, `${tab} scrolls sideways by ${overflow}px`);
  }
  await context.close();
});

test('blocked storage falls back to memory with a notice', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${shared.server.url}/fixtures/sandboxed.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('warmcall-app').waitFor();
  const notice = await frame.getByTestId('notice').textContent();
  assert.match(notice, /nothing you enter will be kept/);
  await frame.getByTestId('tab-settings').click();
  await frame.getByTestId('setting-cold-attempts').fill('7');
  await frame.getByText('Saved.').waitFor();
  await context.close();
});

test('storage found full at start-up is reported as full, with the data shown', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('setting-cold-attempts').fill('6');
  await page.getByText('Saved.').waitFor();
  // Another widget or site data fills the origin's storage to the last character.
  await fillStorage(page);
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  assert.match(await page.getByTestId('notice').first().textContent(), /storage for this site is full/);
  await page.getByTestId('tab-settings').click();
  assert.equal(await page.getByTestId('setting-cold-attempts').inputValue(), '6', 'the stored data is shown');
  await page.getByTestId('setting-cold-attempts').fill('12');
  await page.getByText(/Not saved: the browser's storage for this site is full/).waitFor();
  await context.close();
});

test('the page makes no request beyond its own files', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(shared.server.url)) foreign.push(request.url());
  });
  await page.goto(shared.server.url);
  await page.getByTestId('warmcall-app').waitFor();
  await page.getByTestId('tab-settings').click();
  assert.deepEqual(foreign, []);
  await context.close();
});
