// End-to-end: a first visit (issue 15). The start screen, sample leads with their badges, a backup
// that carries no sample the rep did not keep, "Keep them" and "Remove sample leads", the empty
// Today's way to the Leads tab, and a Saturday that shows Monday's leads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withServerAndBrowser, openApp, chooseInterfaceLang } from './support.mjs';

const shared = withServerAndBrowser();
// A Wednesday morning: the sample leads' follow-ups are due today, one of them overdue.
const WEDNESDAY = new Date('2026-12-02T10:00:00');
const SATURDAY = new Date('2026-12-05T11:00:00');

async function downloadBackup(page) {
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-data').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('backup-export').click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

async function listedLeads(page) {
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-list').click();
  return page.getByTestId('lead-row').count();
}

test('a first visit offers sample leads, marked, kept out of a backup until kept', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });

  // The start screen sits on Today above its content; nothing is focused for the rep.
  const start = page.getByTestId('start');
  await start.waitFor();
  assert.match(await start.textContent(), /sample leads/);
  assert.equal(await page.getByTestId('prepared-count').textContent(), '0');
  assert.notEqual(await page.evaluate(() => window.deepActiveElement()?.dataset?.testid), 'start-samples');

  await page.getByTestId('start-samples').click();
  await page.getByTestId('today-item').first().waitFor();
  assert.equal(await start.count(), 0, 'the start screen has gone');
  // Overdue, due today at 16:00, and the new lead waiting for its first call; nurture and
  // let-go are not Today's business.
  assert.equal(await page.getByTestId('today-item').count(), 3);
  assert.equal(await page.getByTestId('today-list').getByTestId('sample-badge').count(), 3);
  assert.match(await page.getByTestId('today-list').textContent(), /Emma Clarke.*overdue/);
  await page.getByTestId('samples-note').waitFor();

  // Five on the Leads tab, each with its badge.
  assert.equal(await listedLeads(page), 5);
  assert.equal(await page.getByTestId('lead-row').getByTestId('sample-badge').count(), 5);

  // A lead of the rep's own beside them.
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill('Karin Lind');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();

  let backup = await downloadBackup(page);
  assert.deepEqual(backup.leads.map((lead) => lead.name), ['Karin Lind'], 'no unkept sample in a backup');

  // Reloading keeps the samples and does not bring the start screen back.
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  await page.getByTestId('today-item').first().waitFor();
  assert.equal(await page.getByTestId('start').count(), 0);

  await page.getByTestId('samples-keep').click();
  assert.match(await page.getByTestId('samples-outcome').textContent(), /yours now/);
  assert.equal(await page.getByTestId('samples-note').count(), 0);
  assert.equal(await page.getByTestId('sample-badge').count(), 0);
  backup = await downloadBackup(page);
  assert.equal(backup.leads.length, 6, 'kept samples are the rep\'s leads now');
  assert.ok(backup.leads.every((lead) => !('sample' in lead)));

  assert.deepEqual(errors, []);
  await context.close();
});

test('Remove sample leads takes them all out and leaves the rep\'s own', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await chooseInterfaceLang(page, 'sv');
  await page.getByTestId('tab-today').click();
  await page.getByTestId('start-samples').click();
  await page.getByTestId('today-item').first().waitFor();
  // In the interface language.
  assert.match(await page.getByTestId('today-list').textContent(), /Anna Lindqvist/);
  assert.equal(await page.getByTestId('sample-badge').first().textContent(), 'Exempel');

  // A lead of the rep's own, then the samples removed from the Leads tab's note.
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill('Karin Lind');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
  assert.equal(await listedLeads(page), 6);
  await page.getByTestId('samples-remove').click();
  assert.match(await page.getByTestId('samples-outcome').textContent(), /tagits bort|borttagna/);
  assert.equal(await page.getByTestId('samples-note').count(), 0);
  assert.equal(await page.getByTestId('lead-row').count(), 1);
  assert.match(await page.getByTestId('lead-row').textContent(), /Karin Lind/);
  await page.getByTestId('tab-today').click();
  assert.equal(await page.getByTestId('today-item').count(), 1);
  // Removed from storage too, and the start screen stays away.
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  assert.equal(await page.getByTestId('start').count(), 0);
  assert.equal(await listedLeads(page), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an empty Today links to the Leads tab, and a Saturday shows Monday', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: SATURDAY });

  // "Start with my own leads" goes to the Leads tab.
  await page.getByTestId('start-own').click();
  await page.getByTestId('leads').waitFor();
  assert.equal(await page.getByTestId('tab-leads').getAttribute('aria-selected'), 'true');

  // The empty state's link opens a new lead's form.
  await page.getByTestId('tab-today').click();
  assert.equal(await page.getByTestId('start').count(), 0);
  await page.getByTestId('today-add-leads').click();
  assert.equal(await page.getByTestId('tab-leads').getAttribute('aria-selected'), 'true');
  await page.getByTestId('lead-name').fill('Jonas Weber');
  await page.getByTestId('lead-company').fill('Kranich GmbH');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();

  // Saturday: nobody today; Monday 7 December and who is due then.
  await page.getByTestId('tab-today').click();
  assert.equal(await page.getByTestId('today-empty').textContent(), 'Nobody is due today.');
  assert.equal(await page.getByTestId('next-working-day-date').textContent(), 'Monday 7 December');
  assert.equal(await page.getByTestId('next-working-day-item').count(), 1);
  assert.match(await page.getByTestId('next-working-day-item').textContent(), /Jonas Weber · Kranich GmbH/);
  // Its name opens the lead.
  await page.getByTestId('next-working-day-item').locator('button').click();
  await page.getByTestId('lead-page').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the import link of an empty Today opens the import screen', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY });
  await page.getByTestId('today-import').click();
  await page.getByTestId('import-file').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the today widget of a course page has the start screen; a single coach has none', async () => {
  const { context, page, errors } = await openApp(shared.browser, `${shared.server.url}/fixtures/today-only.html`, { time: WEDNESDAY });
  await page.getByTestId('start').waitFor();
  await page.getByTestId('start-samples').click();
  await page.getByTestId('today-item').first().waitFor();
  assert.equal(await page.getByTestId('sample-badge').count(), 3);

  const coach = await context.newPage();
  await coach.goto(`${shared.server.url}/fixtures/followup-only.html`);
  await coach.getByTestId('panel-followup').waitFor();
  assert.equal(await coach.getByTestId('start').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
