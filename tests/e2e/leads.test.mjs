// End-to-end: leads and the let-go advisor (issue: leads). Import a CSV, log contacts and watch the
// advice change, export a backup, clear everything, restore it, and find everything back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withServerAndBrowser, openApp, openLead } from './support.mjs';

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

test('an armed delete is disarmed when another tab changes the lead, so it never deletes what it has not shown', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill('Maja Ek');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
  const other = await context.newPage();
  await other.goto(shared.server.url);
  await other.getByTestId('warmcall-app').waitFor();
  await openLead(other, 'Maja');

  const remove = page.getByTestId('lead-delete');
  await remove.click();
  assert.match(await remove.textContent(), /Click again/, 'armed');
  await logContact(other, { outcome: 'needs-to-think', discussed: 'the new contract' });
  await page.getByTestId('lead-page').getByTestId('log-entry').waitFor();
  assert.doesNotMatch(await remove.textContent(), /Click again/, 'the change in the other tab disarmed it');
  // The next click arms it again, for the version now on screen; it deletes nothing.
  await remove.click();
  assert.match(await remove.textContent(), /Click again/);
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('warmcall:lead:')).map((key) => JSON.parse(localStorage.getItem(key)).lead));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].log.length, 1);
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

// Issue 15: a log that can be corrected, and a lead list to work from.

/** Stores leads as the app does (one record per lead, an index of ids) and reloads the app. */
async function seedLeads(page, leads) {
  await page.evaluate((leads) => {
    for (const lead of leads) {
      localStorage.setItem(`warmcall:lead:${lead.id}`, JSON.stringify({ revision: 1, lead }));
    }
    localStorage.setItem('warmcall:leads', JSON.stringify(leads.map((lead) => lead.id)));
  }, leads);
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
}

const storedLog = (page, id) =>
  page.evaluate((id) => JSON.parse(localStorage.getItem(`warmcall:lead:${id}`)).lead.log ?? [], id);

const entries = (page) => page.getByTestId('lead-page').getByTestId('log-entry');

test('a log entry can be edited and deleted with undo, and an empty one is refused', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await seedLeads(page, [{ id: 'eva', name: 'Eva Lund', company: 'Lund Data' }]);

  // Enter in the empty quick-log field on Today logs nothing; the button says why.
  await page.getByTestId('tab-today').click();
  const card = page.getByTestId('today-item').filter({ hasText: 'Eva Lund' });
  await card.getByTestId('log-discussed').press('Enter');
  assert.equal(await card.getByTestId('log-problem').count(), 0, 'Enter does nothing');
  assert.deepEqual(await storedLog(page, 'eva'), []);
  await card.getByTestId('log-save').click();
  assert.match(await card.getByTestId('log-problem').textContent(), /Nothing was logged/);
  assert.deepEqual(await storedLog(page, 'eva'), []);

  // A conversation logged as "not interested" lets the lead go (L3)...
  await openLead(page, 'Eva');
  await logContact(page, { outcome: 'not-interested', discussed: 'pricing' });
  assert.equal(await action(page), 'let-go');
  // ...until the entry is corrected: she needs to think, which is a follow-up.
  await entries(page).first().getByTestId('log-entry-edit').click();
  const editor = page.getByTestId('log-edit');
  assert.equal(await editor.getByTestId('edit-discussed').inputValue(), 'pricing');
  await editor.getByTestId('edit-outcome').selectOption('');
  await editor.getByTestId('edit-discussed').fill('');
  await editor.getByTestId('edit-save').click();
  assert.match(await page.getByTestId('log-edit-problem').textContent(), /Nothing was logged/);
  assert.equal((await storedLog(page, 'eva'))[0].outcome, 'not-interested', 'the refused edit wrote nothing');
  await editor.getByTestId('edit-outcome').selectOption('needs-to-think');
  await editor.getByTestId('edit-discussed').fill('pricing <b>and</b> delivery');
  await editor.getByTestId('edit-save').click();
  await editor.waitFor({ state: 'detached' });
  assert.equal(await action(page), 'follow-up', 'the advice follows the corrected entry');
  assert.equal(await page.getByText('pricing <b>and</b> delivery').count(), 1, 'markup is shown as text');
  const [edited] = await storedLog(page, 'eva');
  assert.equal(edited.outcome, 'needs-to-think');
  assert.equal(edited.at.slice(0, 10), '2026-12-02', 'the entry keeps its time');

  // Cancel leaves the entry as it was.
  await entries(page).first().getByTestId('log-entry-edit').click();
  await editor.getByTestId('edit-discussed').fill('something else');
  await editor.getByTestId('edit-cancel').click();
  assert.match(await entries(page).first().textContent(), /pricing <b>and<\/b> delivery/);

  // A phantom "not interested" logged by mistake, deleted, and put back with Undo.
  await page.getByTestId('log-at').fill('2026-12-01T09:00');
  await logContact(page, { outcome: 'wrong-person', discussed: 'phantom' });
  const before = await storedLog(page, 'eva');
  assert.equal(before.length, 2);
  await entries(page).filter({ hasText: 'phantom' }).getByTestId('log-entry-delete').click();
  assert.equal(await entries(page).count(), 1);
  assert.deepEqual((await storedLog(page, 'eva')).map((c) => c.discussed), ['pricing <b>and</b> delivery']);
  await page.getByTestId('log-undo').click();
  assert.equal(await page.getByTestId('log-undo-notice').count(), 0);
  assert.deepEqual(await storedLog(page, 'eva'), before, 'back in the same place');

  // The undo is offered until the next action, or for about ten seconds.
  await entries(page).filter({ hasText: 'phantom' }).getByTestId('log-entry-delete').click();
  await page.getByTestId('log-undo-notice').waitFor();
  await entries(page).first().getByTestId('log-entry-edit').click();
  assert.equal(await page.getByTestId('log-undo-notice').count(), 0, 'gone with the next action');
  await page.getByTestId('edit-cancel').click();
  await entries(page).filter({ hasText: 'pricing' }).getByTestId('log-entry-delete').click();
  await page.getByTestId('log-undo-notice').waitFor();
  await page.getByTestId('log-at').fill('2026-12-01T09:00');
  await logContact(page, { outcome: 'wrong-person', discussed: 'phantom again' });
  assert.equal(await page.getByTestId('log-undo-notice').count(), 0, 'logging a contact is an action too');
  await entries(page).filter({ hasText: 'phantom again' }).getByTestId('log-entry-delete').click();
  await page.getByTestId('log-undo-notice').waitFor();
  await page.getByTestId('log-undo-notice').waitFor({ state: 'detached', timeout: 15_000 });

  assert.deepEqual(errors, []);
  await context.close();
});

test('an entry being edited while another tab logs a contact keeps both changes', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await seedLeads(page, [{
    id: 'ole', name: 'Ole Dahl',
    log: [{ at: '2026-12-01T10:00', reached: true, discussed: 'first call' }],
  }]);
  await openLead(page, 'Ole');
  await entries(page).first().getByTestId('log-entry-edit').click();
  await page.getByTestId('edit-discussed').fill('first call, corrected');
  // Another tab logs a contact meanwhile; its storage event reaches this tab.
  const other = await context.newPage();
  await other.goto(shared.server.url);
  await other.getByTestId('warmcall-app').waitFor();
  await openLead(other, 'Ole');
  await logContact(other, { outcome: 'send-information', discussed: 'from the other tab' });
  await entries(page).filter({ hasText: 'from the other tab' }).waitFor();
  // The form stayed open with the typing, and the save applies to the newer version: the
  // entry is found by its content, so the other tab's entry stays (the store's tests cover a
  // save that races the storage event and is refused).
  assert.equal(await page.getByTestId('edit-discussed').inputValue(), 'first call, corrected');
  await page.getByTestId('edit-save').click();
  await page.getByTestId('log-edit').waitFor({ state: 'detached' });
  assert.deepEqual((await storedLog(page, 'ole')).map((c) => c.discussed), ['first call, corrected', 'from the other tab']);
  await context.close();
});

// Wednesday 2 December: one lead of each kind the list orders.
const WORKLIST = [
  { id: 'lars', name: 'Lars Ek', company: 'Ek & Co', qualification: { needConfirmed: false },
    log: [{ at: '2026-11-25T10:00', reached: true, discussed: 'no need' }] },
  { id: 'tove', name: 'Tove Sand', stage: 'offer-out',
    log: [{ at: '2026-12-01T15:00', reached: true, discussed: 'the offer', agreedNext: '2026-12-09T10:00' }] },
  { id: 'dora', name: 'Dora Vik', doNotContact: 'on-register' },
  { id: 'nina', name: 'Nina Holm', stage: 'first-contact' },
  { id: 'axel', name: 'Axel Berg',
    log: [
      { at: '2026-11-20T10:00', reached: true, discussed: 'intro', newInformation: true },
      { at: '2026-11-30T10:00' },
      { at: '2026-12-01T10:00' },
    ] },
  { id: 'olle', name: 'Olle Strand', log: [{ at: '2026-11-16T10:00', reached: true, outcome: 'other', discussed: 'the pilot' }] },
];

const rowNames = (page) => page.getByTestId('lead-row').evaluateAll((rows) => rows.map((r) => r.querySelector('strong').textContent));
const URGENCY_ORDER = ['overdue', 'today', 'later', 'let-go', 'do-not-contact'];

test('the lead list is ordered by when to act, sortable by column, and its filter shows what it applies', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await seedLeads(page, WORKLIST);
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-list').click();

  const names = await rowNames(page);
  const urgencies = await page.getByTestId('lead-row').evaluateAll((rows) => rows.map((r) => r.dataset.urgency));
  assert.equal(names[0], 'Olle Strand', `overdue first: ${names}`);
  assert.deepEqual(names.slice(-2), ['Lars Ek', 'Dora Vik'], 'let go, then do not contact, last');
  const ranks = urgencies.map((u) => URGENCY_ORDER.indexOf(u));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), `urgency never goes back: ${urgencies}`);
  assert.equal(urgencies[names.indexOf('Nina Holm')], 'today', 'a new lead is due, never late');
  assert.equal(urgencies[names.indexOf('Tove Sand')], 'later');

  // The columns: attempts since last reached, last contact, stage, and a dash for no date.
  const row = (name) => page.getByTestId('lead-row').filter({ hasText: name });
  assert.equal(await row('Axel').getByTestId('row-attempts').textContent(), '2');
  assert.equal(await row('Olle').getByTestId('row-attempts').textContent(), '0');
  assert.match(await row('Tove').getByTestId('row-last').textContent(), /1/);
  assert.equal(await row('Nina').getByTestId('row-last').textContent(), '–');
  assert.equal(await row('Tove').getByTestId('row-stage').textContent(), 'Offer sent');
  assert.equal(await row('Dora').getByTestId('row-due').textContent(), '–');

  // Sorting by a column: its header says so (aria-sort), a second click turns it around.
  const attemptsHeader = page.locator('th', { has: page.getByTestId('sort-attempts') });
  assert.equal(await attemptsHeader.getAttribute('aria-sort'), 'none');
  await page.getByTestId('sort-attempts').click();
  await page.getByTestId('sort-attempts').click();
  assert.equal(await attemptsHeader.getAttribute('aria-sort'), 'descending');
  assert.equal((await rowNames(page))[0], 'Axel Berg');
  await page.getByTestId('sort-name').click();
  assert.equal(await attemptsHeader.getAttribute('aria-sort'), 'none');
  assert.deepEqual(await rowNames(page), ['Axel Berg', 'Dora Vik', 'Lars Ek', 'Nina Holm', 'Olle Strand', 'Tove Sand']);

  // The filter shows the filter applied: "All actions" on every visit, and what was picked.
  const filter = page.getByTestId('lead-filter');
  const shown = () => filter.evaluate((select) => select.options[select.selectedIndex].value);
  assert.equal(await shown(), '');
  await filter.selectOption('let-go');
  assert.equal(await shown(), 'let-go');
  assert.deepEqual(await rowNames(page), ['Lars Ek']);
  assert.match(await page.getByTestId('lead-count').textContent(), /1 of 1/);
  await page.getByTestId('lead-row').first().locator('button').click();
  await page.getByTestId('lead-page').waitFor();
  await page.getByTestId('leads-list').click();
  assert.equal(await shown(), '', 'back on the list, the select matches the list shown');
  assert.equal(await page.getByTestId('lead-row').count(), WORKLIST.length);

  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px the lead list is a column of cards with no sideways scrolling', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY, width: 320, height: 700 });
  await seedLeads(page, WORKLIST);
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-list').click();
  await page.getByTestId('lead-table').waitFor();
  const layout = await page.evaluate(() => {
    const rows = [...widgetQuery('[data-testid="lead-table"]').querySelectorAll('tbody tr')];
    return {
      scrollWidth: document.documentElement.scrollWidth,
      rowDisplay: getComputedStyle(rows[0]).display,
      widest: Math.max(...rows.map((r) => r.getBoundingClientRect().right)),
      label: getComputedStyle(rows[0].querySelector('td'), '::before').content,
    };
  });
  assert.ok(layout.scrollWidth <= 320, `page is ${layout.scrollWidth} px wide`);
  assert.equal(layout.rowDisplay, 'block');
  assert.ok(layout.widest <= 320, `a card reaches ${layout.widest} px`);
  assert.match(layout.label, /Next action/, 'each value is labelled with its column');
  await context.close();
});
