// End-to-end: a rep's working day with one lead, from a CRM export to a corrected log (issue 15).
// The lead comes from a HubSpot export with a lead status; its Today card says it was not reached
// yet and its prep card counts toward the daily goal; the call is logged from the card; *Write the
// follow-up* fills the Follow-up tab from the log in the lead's language and *Copy* copies it; a
// wrong entry is corrected, another deleted and put back. The advice changes at every step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, openApp, openLead } from './support.mjs';

const shared = withServerAndBrowser();
// Tuesday morning: the export is imported. The calls are made on Wednesday afternoon.
const TUESDAY = new Date('2026-12-01T09:30:00');
const at = (time) => new Date(`2026-12-02T${time}:00`);

const HUBSPOT = [
  'Record ID,First Name,Last Name,Email,Company Name,Lead Status,Notes',
  '301,Anna,Lindqvist,anna@kylfrakt.example,Kylfrakt AB,Attempted to contact,Träffades på mässan i Göteborg',
  '302,Eva,Holm,eva@holm.example,Holm Bygg,Unqualified,Har ingen egen fordonsflotta',
].join('\r\n');

/** What the advice on screen says: its action, its rule ids and its due text. */
async function adviceOf(scope) {
  const advice = scope.getByTestId('advice');
  const due = advice.getByTestId('advice-due');
  return {
    action: await advice.getAttribute('data-action'),
    rules: await advice.getAttribute('data-rules'),
    due: (await due.count()) ? await due.textContent() : '',
  };
}

test('a day with one lead: imported with its HubSpot status, prepared, called, followed up, and its log corrected', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: TUESDAY });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.server.url });

  // The export: each status is shown with what it becomes.
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-data').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'hubspot-leads.csv', mimeType: 'text/csv', buffer: Buffer.from(HUBSPOT, 'utf8'),
  });
  await page.getByTestId('import-summary').waitFor();
  const statuses = page.getByTestId('status-mapping');
  assert.deepEqual(await statuses.locator('tbody th').allTextContents(), ['Attempted to contact', 'Unqualified']);
  assert.equal(await page.getByTestId('status-map-0').inputValue(), 'attempted');
  assert.equal(await page.getByTestId('status-map-1').inputValue(), 'not-qualified');
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').waitFor();

  // Wednesday afternoon. Eva was unqualified in the CRM: she is not on Today (L3). Anna's card
  // says she has not been reached yet: a retry (L1), not a follow-up a week later.
  await context.clock.setFixedTime(at('15:05'));
  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  await page.getByTestId('tab-today').click();
  assert.doesNotMatch(await page.getByTestId('today-list').textContent(), /Eva Holm/);
  const card = page.getByTestId('today-item').filter({ hasText: 'Anna Lindqvist' });
  const retry = await adviceOf(card);
  assert.equal(retry.action, 'follow-up');
  assert.match(retry.rules, /\bL1\b/);
  assert.doesNotMatch(retry.rules, /\bT3\b/, 'nobody was spoken to: no "give the customer room"');

  // The prep card counts the call toward the daily goal, once, however often it is opened.
  const prepared = () => page.getByTestId('prepared-count').textContent();
  assert.equal(await prepared(), '0');
  await card.getByTestId('today-prep').click();
  await card.getByTestId('today-prep-card').waitFor();
  await page.waitForFunction(() => widgetQuery('[data-testid="prepared-count"]')?.textContent === '1');
  await card.getByTestId('today-prep').click();
  await card.getByTestId('today-prep').click();
  assert.equal(await prepared(), '1');

  // The call, logged from the card: she needs to think about the new price list.
  await card.getByTestId('log-outcome').selectOption('needs-to-think');
  await card.getByTestId('log-discussed').fill('den nya prislistan för kylbilar');
  await card.getByTestId('log-save').click();
  await page.getByTestId('today-logged').waitFor();

  // On her page, the advice is now a follow-up on her thinking, not a retry.
  await openLead(page, 'Anna Lindqvist');
  const leadPage = page.getByTestId('lead-page');
  await leadPage.waitFor();
  const afterCall = await adviceOf(leadPage);
  assert.equal(afterCall.action, 'follow-up');
  assert.doesNotMatch(afterCall.rules, /\bL1\b/, 'she was reached');
  assert.notDeepEqual(afterCall, retry);

  // Write the follow-up: filled from the log, in Swedish like the lead, and copied.
  await leadPage.getByTestId('write-follow-up').click();
  await page.getByTestId('followup').waitFor();
  assert.equal(await page.getByTestId('followup-contact').inputValue(), 'Anna Lindqvist');
  assert.equal(await page.getByTestId('followup-topic').inputValue(), 'den nya prislistan för kylbilar');
  assert.equal(await page.getByTestId('followup-lang').inputValue(), 'sv');
  const opener = await page.getByTestId('followup-opener').inputValue();
  assert.match(opener, /Anna/);
  assert.doesNotMatch(opener, /\[/, 'a line ready to say');
  await page.getByTestId('followup-copy').getByTestId('copy').click();
  await page.waitForFunction(() =>
    widgetQuery('[data-testid="followup-copy"] [data-testid="copy-status"]')?.dataset.copied === 'true');
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).startsWith(opener));

  // Back on her page, a second call logged wrong: "not interested" lets her go (L3)...
  await openLead(page, 'Anna Lindqvist');
  await context.clock.setFixedTime(at('16:10'));
  const form = leadPage.getByTestId('log-form');
  await form.getByTestId('log-outcome').selectOption('not-interested');
  await form.getByTestId('log-discussed').fill('offerten');
  await form.getByTestId('log-save').click();
  const entries = leadPage.getByTestId('log-entry');
  await entries.filter({ hasText: 'offerten' }).waitFor();
  const wrong = await adviceOf(leadPage);
  assert.equal(wrong.action, 'let-go');

  // ...corrected: she asked for the information. The advice is to send it now (S3).
  await entries.filter({ hasText: 'offerten' }).getByTestId('log-entry-edit').click();
  const editor = page.getByTestId('log-edit');
  await editor.getByTestId('edit-outcome').selectOption('send-information');
  await editor.getByTestId('edit-save').click();
  await editor.waitFor({ state: 'detached' });
  const corrected = await adviceOf(leadPage);
  assert.equal(corrected.action, 'send-information');

  // An entry for the wrong lead ("wrong person"), deleted: the advice goes back; undone: it
  // comes back with the entry.
  await context.clock.setFixedTime(at('16:40'));
  await form.getByTestId('log-outcome').selectOption('wrong-person');
  await form.getByTestId('log-discussed').fill('växeln kopplade fel');
  await form.getByTestId('log-save').click();
  await entries.filter({ hasText: 'växeln' }).waitFor();
  const phantom = await adviceOf(leadPage);
  assert.equal(phantom.action, 'find-decision-maker');
  await entries.filter({ hasText: 'växeln' }).getByTestId('log-entry-delete').click();
  await page.getByTestId('log-undo-notice').waitFor();
  assert.deepEqual(await adviceOf(leadPage), corrected);
  await page.getByTestId('log-undo').click();
  await entries.filter({ hasText: 'växeln' }).waitFor();
  assert.deepEqual(await adviceOf(leadPage), phantom);
  assert.equal(await entries.count(), 4, 'the imported attempt, the call, the corrected entry, the one put back');

  // The goal still counts the one call she was prepared for.
  await page.getByTestId('tab-today').click();
  assert.equal(await prepared(), '1');
  assert.deepEqual(errors, []);
  await context.close();
});
