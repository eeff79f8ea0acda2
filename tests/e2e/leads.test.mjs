// End-to-end: leads and the let-go advisor (issue: leads). Import a CSV, log contacts and watch the
// advice change, export a backup, clear everything, restore it, and find everything back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withServerAndBrowser, openApp } from './support.mjs';

const shared = withServerAndBrowser();
// A Wednesday morning: new leads are due today, inside working hours.
const WEDNESDAY = new Date('2026-12-02T10:00:00');

// Shaped like a HubSpot contacts export: quotes, a newline inside a field, a formula-looking
// cell, markup in a field, and one row with neither a name nor a company.
const CSV = [
  'First Name,Last Name,Company Name,Job Title,Phone Number,Email,Lead Source,Notes',
  'Anna,Berg,Nordfrakt AB,Head of logistics,+46 70 123 45 67,anna@nordfrakt.se,Inbound,"Met at the fair; said ""call me after 17:00"""',
  'Jonas,Weber,Kranich GmbH,Einkaufsleiter,+49 30 1234567,jonas@kranich.de,Referral,"Two lines:',
  'second line"',
  ',,,,,,Cold,nobody',
  '<img src=x onerror="window.__pwned=1">,Smit,Smit & Zn,Directeur,=HYPERLINK("http://evil"),info@smit.nl,Cold,=1+1',
].join('\r\n');

async function openData(page) {
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-data').click();
}

async function openLead(page, name) {
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-list').click();
  await page.getByTestId('lead-search').fill(name);
  await page.getByTestId('lead-row').first().locator('button').click();
  await page.getByTestId('lead-page').waitFor();
}

async function logContact(page, { outcome, discussed = '', promised = '' }) {
  const form = page.getByTestId('lead-page').getByTestId('log-form');
  if (outcome) await form.getByTestId('log-outcome').selectOption(outcome);
  await form.getByTestId('log-discussed').fill(discussed);
  await form.getByTestId('log-promised').fill(promised);
  await form.getByTestId('log-save').click();
}

const action = (page) => page.getByTestId('lead-page').getByTestId('advice').getAttribute('data-action');

test('import, log contacts, back up, clear, restore: everything comes back', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });

  await openData(page);
  await page.getByTestId('import-file').setInputFiles({
    name: 'hubspot-contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8'),
  });
  const summary = page.getByTestId('import-summary');
  await summary.waitFor();
  assert.match(await summary.textContent(), /: 3 .*: 1$/, 'three good rows, one bad');
  // The bad row starts on physical line 5, after the two-line quoted field.
  assert.match(await page.getByTestId('import-errors').textContent(), /\b5\b/);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').waitFor();

  await page.getByTestId('leads-list').click();
  assert.equal(await page.getByTestId('lead-row').count(), 3);
  // Markup from the file is shown as text, never run.
  assert.equal(await page.getByText('<img src=x onerror="window.__pwned=1">').count(), 1);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // Anna: a first call, then "needs to think" at a closing attempt, then "not interested".
  await openLead(page, 'Anna');
  assert.equal(await action(page), 'follow-up');
  await logContact(page, {
    outcome: 'needs-to-think', discussed: 'the new price list', promised: 'check the budget with the board',
  });
  assert.equal(await page.getByTestId('lead-page').getByTestId('log-entry').count(), 1);
  const dueAfterThinking = await page.getByTestId('lead-page').getByTestId('advice-due').textContent();
  assert.ok(dueAfterThinking.length > 0);
  await logContact(page, { outcome: 'not-interested', discussed: 'budget went to another project' });
  assert.equal(await action(page), 'let-go', 'L3: not interested means let go');
  assert.match(await page.getByTestId('lead-page').getByTestId('advice').textContent(), /L3/);

  // Jonas asks not to be called again: never a call suggestion (L7).
  await openLead(page, 'Jonas');
  await page.getByTestId('lead-dnc').selectOption('asked-not-to-be-contacted');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
  assert.equal(await action(page), 'do-not-contact');
  assert.equal(await page.getByTestId('lead-page').getByTestId('advice-due').count(), 0);

  // Today lists who is due; neither Anna (let go) nor Jonas (do not contact) is among them.
  await page.getByTestId('tab-today').click();
  const today = await page.getByTestId('today-list').textContent();
  assert.doesNotMatch(today, /Anna|Jonas/);
  // The imported lead nobody has called yet is due now, and not flagged as late; "Due by
  // today" on the Leads tab is the same list.
  const smit = page.getByTestId('today-item').filter({ hasText: 'Smit & Zn' });
  assert.equal(await smit.locator('.wc-overdue').count(), 0);
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-list').click();
  await page.getByTestId('lead-filter').selectOption('due');
  assert.equal(await page.getByTestId('lead-row').count(), 1);
  // An unanswered call from the Today card: the card says what comes next, and the lead is
  // no longer due today.
  await page.getByTestId('tab-today').click();
  await smit.getByTestId('log-reached').uncheck();
  await smit.getByTestId('log-save').click();
  assert.match(await page.getByTestId('today-logged').textContent(), /Smit & Zn|<img/);
  assert.equal(await smit.count(), 0);

  // Back up.
  await openData(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('backup-export').click(),
  ]);
  const backup = await readFile(await download.path(), 'utf8');
  const parsed = JSON.parse(backup);
  assert.equal(parsed.format, 'warmcall-backup');
  assert.equal(parsed.leads.length, 3);

  // Clear everything, as a browser's "clear site data" would.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('no-leads').waitFor();

  // Restore: the screen says what will be replaced, then everything is back.
  await page.getByTestId('leads-data').click();
  await page.getByTestId('restore-file').setInputFiles({
    name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup, 'utf8'),
  });
  const confirm = page.getByTestId('restore-confirm');
  await confirm.waitFor();
  assert.match(await confirm.getByTestId('restore-current').textContent(), /^\D*0 /);
  assert.match(await confirm.getByTestId('restore-incoming').textContent(), /3 .* 3 .*exported/);
  await page.getByTestId('restore-confirm-button').click();
  await page.getByTestId('restore-done').waitFor();

  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  await openLead(page, 'Anna');
  assert.equal(await page.getByTestId('lead-page').getByTestId('log-entry').count(), 2);
  assert.equal(await action(page), 'let-go');
  await openLead(page, 'Jonas');
  assert.equal(await action(page), 'do-not-contact');
  assert.equal(await page.getByTestId('lead-notes').inputValue(), 'Two lines:\nsecond line');

  assert.deepEqual(errors, []);
  await context.close();
});

test('a change in one browser tab shows in the other, and a stale save is refused', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill('Karin Lind');
  await page.getByTestId('lead-company').fill('Nordvik Bygg');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();

  const other = await context.newPage();
  await other.goto(shared.server.url);
  await other.getByTestId('warmcall-app').waitFor();
  await openLead(other, 'Karin');

  // Tab one logs a contact: tab two sees it without a reload.
  await logContact(page, { outcome: 'send-information', discussed: 'references in Umeå' });
  await other.getByTestId('lead-page').getByTestId('log-entry').waitFor();

  // Tab two, with an untouched form, takes tab one's newer copy and saves on top of it.
  await page.getByTestId('lead-role').fill('CFO');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
  await other.waitForFunction(() => widgetQuery('[data-testid="lead-role"]')?.value === 'CFO');
  await other.getByTestId('lead-email').fill('karin@nordvik.se');
  await other.getByTestId('lead-save').click();
  await other.getByTestId('lead-saved').waitFor();

  // Both tabs edit the same lead at once: the later save is refused instead of overwriting
  // the earlier one, and what its rep typed stays in the form.
  await page.waitForFunction(() => widgetQuery('[data-testid="lead-email"]')?.value === 'karin@nordvik.se');
  await other.getByTestId('lead-phone').fill('+46 90 555 12 12');
  await page.getByTestId('lead-role').fill('Finance director');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
  await other.getByTestId('lead-save').click();
  await other.getByTestId('lead-conflict').waitFor();
  assert.equal(await other.getByTestId('lead-phone').inputValue(), '+46 90 555 12 12', 'typed text is kept');
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('warmcall:lead:'));
    return JSON.parse(localStorage.getItem(key)).lead;
  });
  assert.equal(stored.role, 'Finance director');
  assert.equal(stored.email, 'karin@nordvik.se');
  assert.ok(!stored.phone, 'the refused save wrote nothing');
  assert.equal(stored.log.length, 1, 'the logged contact survived every save');
  await context.close();
});

test('the next contact can be added to a calendar as an .ics file', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill('Per Holm; "the, boss"');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('lead-ics').click(),
  ]);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /SUMMARY:.*Per Holm\\; "the\\, boss"/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

  // Deleting asks once more, then the lead and its key are gone.
  await page.getByTestId('lead-delete').click();
  assert.equal(await page.getByTestId('lead-page').count(), 1, 'the first click only asks');
  await page.getByTestId('lead-delete').click();
  await page.getByTestId('no-leads').waitFor();
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('warmcall:lead:'))),
    [],
  );
  await context.close();
});
