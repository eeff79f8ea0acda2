// End-to-end: one flow from a lead to the coaching tabs and back (issue 15). Write the follow-up
// from a lead's log, in the lead's language; Copy; prepare a first call, save it to the lead;
// the daily goal counts a prep card opened, once per lead and day (W1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, openApp } from './support.mjs';

const shared = withServerAndBrowser();
// A Wednesday morning: new leads are due today, inside working hours.
const WEDNESDAY = new Date('2026-12-02T10:00:00');

async function newLead(page, { name, company, role = '' }) {
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill(name);
  await page.getByTestId('lead-company').fill(company);
  if (role) await page.getByTestId('lead-role').fill(role);
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
}

async function openWithClipboard() {
  const opened = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.server.url });
  return opened;
}

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

test('Write the follow-up fills the Follow-up tab from the log in the lead’s language, and Copy copies it', async () => {
  const { context, page, errors } = await openWithClipboard();
  // What the rep had on the Follow-up tab before: put aside, not lost.
  await page.getByTestId('tab-followup').click();
  await page.getByTestId('followup-topic').fill('my own half-written draft');

  await newLead(page, { name: 'Anna Berg', company: 'Nordfrakt AB' });
  const form = page.getByTestId('lead-page').getByTestId('log-form');
  await form.getByTestId('log-discussed').fill('den nya prislistan');
  await form.getByTestId('log-promised').fill('stämma av budgeten med styrelsen');
  await form.getByTestId('log-promised-by').fill('2026-12-04');
  await form.getByTestId('log-save').click();
  await page.getByTestId('lead-page').getByTestId('log-entry').waitFor();
  await page.getByTestId('lead-wished-time').fill('efter 16 på torsdagar');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();

  assert.equal(await page.getByTestId('lead-page').getByTestId('prepare-call').count(), 0,
    'after a conversation the way forward is the follow-up');
  await page.getByTestId('lead-page').getByTestId('write-follow-up').click();
  await page.getByTestId('followup').waitFor();
  assert.equal(await page.getByTestId('followup-contact').inputValue(), 'Anna Berg');
  assert.equal(await page.getByTestId('followup-topic').inputValue(), 'den nya prislistan');
  assert.equal(await page.getByTestId('followup-promise').inputValue(), 'stämma av budgeten med styrelsen');
  assert.equal(await page.getByTestId('followup-due').inputValue(), '2026-12-04');
  assert.equal(await page.getByTestId('followup-customer-time').inputValue(), 'efter 16 på torsdagar');
  assert.equal(await page.getByTestId('followup-lang').inputValue(), 'sv', 'the lead’s language');
  const opener = await page.getByTestId('followup-opener').inputValue();
  assert.match(opener, /Anna/);
  assert.match(opener, /prislistan/);
  assert.doesNotMatch(opener, /talked|last time/i, 'written in Swedish, not English');
  assert.match(await page.getByTestId('filled-from-lead').textContent(), /Anna Berg/);

  await page.getByTestId('followup-copy').getByTestId('copy').click();
  await page.waitForFunction(() =>
    widgetQuery('[data-testid="followup-copy"] [data-testid="copy-status"]')?.dataset.copied === 'true');
  const copied = await clipboard(page);
  assert.ok(copied.startsWith(opener), copied);
  assert.equal(copied, [opener,
    await page.getByTestId('followup-question').inputValue(),
    await page.getByTestId('followup-next-step').inputValue()].join('\n'));

  // The earlier draft comes back on request.
  await page.getByTestId('draft-put-aside').waitFor();
  await page.getByTestId('restore-draft').click();
  assert.equal(await page.getByTestId('followup-topic').inputValue(), 'my own half-written draft');
  assert.equal(await page.getByTestId('draft-put-aside').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Prepare the call fills the Opener tab, the prep is saved back to the lead, and the goal counts each lead once a day', async () => {
  const { context, page, errors } = await openWithClipboard();
  await newLead(page, { name: 'Karin Lind', company: 'Nordvik Bygg', role: 'ekonomichef' });
  await newLead(page, { name: 'Jonas Weber', company: 'Kranich GmbH' });

  await page.getByTestId('tab-today').click();
  const count = async () => Number(await page.getByTestId('prepared-count').textContent());
  assert.equal(await count(), 0);
  const karin = page.getByTestId('today-item').filter({ hasText: 'Karin Lind' });
  await karin.getByTestId('today-prep').click();
  await karin.getByTestId('today-prep-card').waitFor();
  await page.waitForFunction(() => widgetQuery('[data-testid="prepared-count"]')?.textContent === '1');
  assert.equal(await karin.getByTestId('prep-counted').getAttribute('data-counted'), 'true');
  // Closed and opened again the same day: still one prepared call.
  await karin.getByTestId('today-prep').click();
  await karin.getByTestId('today-prep').click();
  await karin.getByTestId('today-prep-card').waitFor();
  assert.equal(await count(), 1, 'the same lead counts once a day');
  // The first-call line on the card is ready to say, so it can be copied.
  assert.doesNotMatch(await karin.getByTestId('today-opener').textContent(), /\[/);
  assert.equal(await karin.getByTestId('today-prep-card').getByTestId('copy').count(), 1);
  const jonas = page.getByTestId('today-item').filter({ hasText: 'Jonas Weber' });
  await jonas.getByTestId('today-prep').click();
  await page.waitForFunction(() => widgetQuery('[data-testid="prepared-count"]')?.textContent === '2');

  await karin.getByTestId('prepare-call').click();
  await page.getByTestId('opener').waitFor();
  assert.equal(await page.getByTestId('opener-contact').inputValue(), 'Karin Lind');
  assert.equal(await page.getByTestId('opener-role').inputValue(), 'ekonomichef');
  assert.equal(await page.getByTestId('opener-company').inputValue(), 'Nordvik Bygg');
  await page.getByTestId('opener-lang').selectOption('sv');
  await page.getByTestId('opener-hook').fill('artikeln om ert nya kontor i Umeå');
  await page.getByTestId('opener-write').click();
  const built = page.getByTestId('built-openers').locator('li').first();
  await built.getByTestId('copy').click();
  await built.locator('[data-copied="true"]').waitFor();
  assert.equal(await clipboard(page), await built.locator('p').first().textContent());
  await built.getByTestId('choose-opener').click();
  const chosen = await page.getByTestId('opener-text').inputValue();
  await page.getByTestId('show-prep-card').click();
  assert.equal(await page.getByTestId('prep-card').getByTestId('prep-counted').getAttribute('data-counted'), 'true');
  assert.match(await page.getByTestId('save-to-lead').textContent(), /Karin Lind/);
  await page.getByTestId('save-to-lead').click();
  await page.getByTestId('save-to-lead-status').locator('.wc-ok').waitFor();

  await page.getByTestId('tab-today').click();
  assert.equal(await count(), 2, 'the Opener tab’s card for Karin is the call already counted');
  await karin.getByTestId('today-prep').click();
  assert.equal(await karin.getByTestId('today-opener').textContent(), chosen, 'the saved opener is on her card');

  // Reopened from the lead, the Opener tab shows what was saved.
  await page.getByTestId('tab-opener').click();
  await page.getByTestId('opener-hook').fill('something else');
  await page.getByTestId('tab-today').click();
  await karin.getByTestId('prepare-call').click();
  assert.equal(await page.getByTestId('opener-hook').inputValue(), 'artikeln om ert nya kontor i Umeå');
  assert.equal(await page.getByTestId('opener-text').inputValue(), chosen);
  await page.getByTestId('draft-put-aside').waitFor();
  await page.getByTestId('discard-draft').click();
  assert.equal(await page.getByTestId('draft-put-aside').count(), 0);

  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('warmcall:lead:')
      && JSON.parse(localStorage.getItem(k)).lead.name === 'Karin Lind');
    return JSON.parse(localStorage.getItem(key)).lead;
  });
  assert.equal(stored.prep.hook, 'artikeln om ert nya kontor i Umeå');
  assert.equal(stored.prep.opener, chosen);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the advice on a lead can be copied as sentences', async () => {
  const { context, page } = await openWithClipboard();
  await newLead(page, { name: 'Niamh Byrne', company: 'Tara Foods' });
  const advice = page.getByTestId('lead-page').getByTestId('advice');
  await advice.getByTestId('copy').click();
  await advice.locator('[data-copied="true"]').waitFor();
  const copied = await clipboard(page);
  assert.ok(copied.startsWith(await advice.getByTestId('advice-action').textContent()), copied);
  assert.ok(copied.split('\n').length >= 2, 'the action and its reasons');
  await context.close();
});

test('a line with a gap to fill is never offered as ready: no Copy, and it says what to fill in', async () => {
  const { context, page } = await openWithClipboard();
  await page.getByTestId('tab-opener').click();
  await page.getByTestId('opener-text').fill(
    'Hallo, hier ist Tim von Firma X. Wir haben gerade ein Angebot mit 30 % Rabatt auf alle Tarife. Haben Sie kurz Zeit?',
  );
  const finding = page.getByTestId('opener-analysis').locator('[data-finding="talking-ad"]');
  assert.match(await finding.textContent(), /\[[^\]]+\]/, 'the suggestion has a gap');
  assert.equal(await finding.getByTestId('copy').count(), 0);
  assert.match(await finding.getByTestId('copy-gaps').textContent(), /\[[^\]]+\]/);
  // The rep's own opener on the prep card has no gap: it can be copied.
  await page.getByTestId('show-prep-card').click();
  assert.equal(await page.getByTestId('prep-card').locator('dd').nth(2).getByTestId('copy').count(), 1);
  await context.close();
});
