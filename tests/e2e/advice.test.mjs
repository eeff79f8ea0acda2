// End-to-end: advice a rep believes (issue 15). An unanswered call is retried on L1's cadence
// with a reason in words, the rule id is a badge whose "Why?" says the rule in one sentence,
// "send me information" advises sending it first, and the calendar entry carries the advice,
// its reasons and the thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withServerAndBrowser, openApp } from './support.mjs';

const shared = withServerAndBrowser();
// Wednesday 2 December 2026, 10:00: a morning call, so the retry is in the afternoon.
const WEDNESDAY_MORNING = new Date('2026-12-02T10:00:00');

test('an unanswered call is retried the next afternoon, said in words, with the rule as a badge', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: WEDNESDAY_MORNING });
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill('Anna Berg');
  await page.getByTestId('lead-company').fill('Nordfrakt AB');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();

  const lead = page.getByTestId('lead-page');
  const advice = lead.getByTestId('advice');
  const form = lead.getByTestId('log-form');
  await form.getByTestId('log-reached').uncheck();
  await form.getByTestId('log-save').click();
  await lead.getByTestId('log-entry').waitFor();

  // Not the timing rules' "give them room" a week later: Thursday afternoon, because nobody
  // was spoken to.
  assert.equal(await advice.getAttribute('data-action'), 'follow-up');
  assert.equal(await advice.getAttribute('data-rules'), 'L1');
  assert.equal(await lead.getByTestId('advice-due').textContent(), 'Thursday 3 December at 15:00');
  const reasons = await advice.locator('.wc-reasons').textContent();
  assert.match(reasons, /You have not reached them yet: 1 of the 3 attempts/);
  assert.doesNotMatch(reasons, /timing rules|\bL1\b|\(L\d\)|Mistakes seen/);

  // The rule id is a badge; "Why?" opens one sentence about the rule.
  const why = advice.locator('[data-testid="advice-why"][data-rule="L1"]');
  assert.equal(await why.count(), 1);
  assert.match(await why.locator('summary').textContent(), /^L1 Why\?$/);
  await why.locator('summary').click();
  const sentence = await why.locator('p').textContent();
  assert.match(sentence, /^Decide in advance when a lead counts as dead/);
  assert.equal(sentence.match(/\. /g), null, `one sentence: ${sentence}`);

  // They call back and ask for information: send it first, follow up once they have read it.
  await form.getByTestId('log-reached').check();
  await form.getByTestId('log-outcome').selectOption('send-information');
  await form.getByTestId('log-discussed').fill('delivery tracking for the Umeå depot');
  await form.getByTestId('log-promised').fill('read the case study');
  await form.getByTestId('log-save').click();
  await page.waitForFunction(() => widgetQuery('[data-testid="lead-page"] [data-testid="advice"]')?.dataset.action === 'send-information');
  assert.match(await advice.textContent(), /Send the information · Wednesday 2 December at 17:00 · Email/);
  assert.match(await advice.locator('.wc-reasons').textContent(), /send it first, then follow up on /);
  assert.equal(await advice.locator('[data-rule="S3"]').count(), 1);

  // The calendar entry says what to do, why, and where they left off.
  const [download] = await Promise.all([page.waitForEvent('download'), lead.getByTestId('lead-ics').click()]);
  const ics = (await readFile(await download.path(), 'utf8')).replaceAll('\r\n ', '');
  assert.match(ics, /DESCRIPTION:Send the information \(Email\): Wednesday 2 December at 17:00\.\\n/);
  assert.match(ics, /\\nThey asked you to send information: send it first/);
  assert.match(ics, /Last time \(Wednesday 2 December at 10:00\): delivery tracking for the Umeå depot\\nPromised: read the case study/);

  assert.deepEqual(errors, []);
  await context.close();
});
