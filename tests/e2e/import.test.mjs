// End-to-end: a CRM export imported (issue 15). A HubSpot contacts export with lead statuses: the
// picker names the file, the preview lists each status with what it becomes and lets the rep
// change one, a row pasted from a semicolon file says so, and the imported leads carry the
// statuses into the advice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, openApp, chooseInterfaceLang, openLead } from './support.mjs';

const shared = withServerAndBrowser();
// A Sunday evening in December, importing for the week ahead.
const SUNDAY = new Date('2026-12-06T19:00:00');

const HUBSPOT = [
  'Record ID,First Name,Last Name,Email,Company Name,Lead Status,Notes',
  '201,Anna,Berg,anna@berg.example,Berg AB,New,',
  '202,Jonas,Meyer,jonas@meyer.example,Meyer GmbH,Attempted to contact,Voicemail twice',
  '203,Karl,Braun,karl@braun.example,Braun KG,"Bad timing, budget frozen until Q2",',
  '204,Eva,Lind,eva@lind.example,Lind AB,Unqualified,No fleet of their own',
  '205,Piet,Vries,piet@vries.example,Vries BV,Needs a second look,',
  '206;Lisa;Jansen;lisa@jansen.example;Jansen BV;Connected;',
].join('\r\n');

const action = (page) => page.getByTestId('lead-page').getByTestId('advice').getAttribute('data-action');

test('a HubSpot export: the file name, each status mapped and changeable, the delimiter message, the advice', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: SUNDAY });
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-data').click();

  const fileName = page.getByTestId('import-file-name');
  assert.doesNotMatch(await fileName.textContent(), /hubspot/);
  await page.getByTestId('import-file').setInputFiles({
    name: 'hubspot-leads-2026-12.csv', mimeType: 'text/csv', buffer: Buffer.from(HUBSPOT, 'utf8'),
  });
  await page.getByTestId('import-summary').waitFor();
  assert.match(await fileName.textContent(), /hubspot-leads-2026-12\.csv/, 'the picked file is named');

  // Each status once, with what it becomes; the unknown one is ignored and says so.
  const statuses = page.getByTestId('status-mapping');
  const shown = await statuses.locator('tbody th').allTextContents();
  assert.deepEqual(shown, ['New', 'Attempted to contact', 'Bad timing, budget frozen until Q2', 'Unqualified', 'Needs a second look']);
  const chosen = [];
  for (let i = 0; i < shown.length; i++) chosen.push(await page.getByTestId(`status-map-${i}`).inputValue());
  assert.deepEqual(chosen, ['new-lead', 'attempted', 'nurture', 'not-qualified', '']);
  assert.equal(await page.getByTestId('status-unknown-4').count(), 1);
  assert.equal(await page.getByTestId('status-unknown-0').count(), 0);

  // The row pasted from a semicolon file says what is wrong with it.
  assert.match(
    await page.getByTestId('import-errors').textContent(),
    /Line 7: looks separated by semicolons, the file by commas/,
  );

  // The rep reads "Needs a second look" as a conversation going on.
  await page.getByTestId('status-map-4').selectOption('in-dialogue');
  assert.equal(await page.getByTestId('status-unknown-4').count(), 1, 'still marked as not recognised');
  assert.match(await page.getByTestId('import-summary').textContent(), /: 5 .*: 1$/);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').waitFor();

  await openLead(page, 'Karl');
  assert.equal(await action(page), 'nurture', 'bad timing until Q2: nurture, not "follow up Monday"');
  assert.match(await page.getByTestId('lead-page').getByTestId('advice').textContent(), /L5/);
  await openLead(page, 'Eva');
  assert.equal(await action(page), 'let-go');
  assert.match(await page.getByTestId('lead-page').getByTestId('advice').textContent(), /L3/);
  await openLead(page, 'Jonas');
  assert.equal(await action(page), 'follow-up');
  assert.equal(await page.getByTestId('lead-page').getByTestId('log-entry').count(), 1, 'the unanswered attempt is logged');
  await openLead(page, 'Piet');
  assert.equal(await page.getByTestId('lead-page').getByTestId('log-entry').count(), 1, 'the changed mapping was applied');

  assert.deepEqual(errors, []);
  await context.close();
});

test('the delimiter message in Swedish', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: SUNDAY });
  await chooseInterfaceLang(page, 'sv');
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-data').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'kunder.csv', mimeType: 'text/csv', buffer: Buffer.from('Namn;Företag\nAnna;Berg AB\nJonas\tMeyer\n', 'utf8'),
  });
  await page.getByTestId('import-errors').waitFor();
  assert.match(await page.getByTestId('import-errors').textContent(), /verkar avgränsad med tabbar, filen med semikolon/);
  assert.match(await page.getByTestId('import-file-name').textContent(), /kunder\.csv/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the backup picker names the chosen file too, even one that is not a backup', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: SUNDAY });
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-data').click();
  await page.getByTestId('restore-file').setInputFiles({
    name: 'not-a-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}', 'utf8'),
  });
  await page.getByTestId('restore-problem').waitFor();
  assert.match(await page.getByTestId('restore-file-name').textContent(), /not-a-backup\.json/);
  assert.deepEqual(errors, []);
  await context.close();
});
