// End-to-end: an automated accessibility audit (axe-core, WCAG 2.0–2.2 A and AA rules) of every
// screen, with the data a rep would have on it, at a course page's 320 px sidebar and at 1280 px,
// in the light and the dark theme (the app's page follows the system: data-theme="auto").
// Each screen in the light theme is also saved as a screenshot in docs/screenshots/ for the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withServerAndBrowser, openApp, ROOT } from './support.mjs';

const shared = withServerAndBrowser();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SHOTS = join(ROOT, 'docs', 'screenshots');

async function audit(page, screen) {
  const width = page.viewportSize().width;
  const theme = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  if (theme === 'light') {
    await page.screenshot({ path: join(SHOTS, `${screen.replaceAll(' ', '-')}-${width}.png`), fullPage: true });
  }
  screen = `${screen} (${theme})`;
  // Evaluated, not added as a <script>: the page's Content-Security-Policy refuses inline script.
  await page.evaluate(AXE);
  const { violations } = await page.evaluate(() =>
    window.axe.run(document.querySelector('[data-warmcall]'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return violations.map((v) => `${screen} at ${width} px: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) for (const width of [1280, 320]) test(`axe finds no WCAG A/AA violation on any screen at ${width} px in the ${colorScheme} theme`, async () => {
  await mkdir(SHOTS, { recursive: true });
  // A fixed Wednesday morning, so the screenshots show the same dates on every run.
  const time = new Date('2026-12-02T10:00:00');
  const { context, page } = await openApp(shared.browser, shared.server.url, { width, height: 900, time, colorScheme });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.server.url });
  const found = [];
  // A first visit: the start screen on Today.
  await page.getByTestId('start').waitFor();
  found.push(...(await audit(page, 'start')));
  // A lead with a logged contact, so the lead page, Today's card and the log all have content.
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill('Anna Berg');
  await page.getByTestId('lead-company').fill('Nordfrakt AB');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
  found.push(...(await audit(page, 'lead page')));
  await page.getByTestId('log-discussed').fill('the new price list');
  await page.getByTestId('log-save').click();
  await page.getByTestId('log-entry').waitFor();
  // A rule badge's "Why?" open, so its sentence is audited too.
  await page.getByTestId('advice-why').first().locator('summary').click();
  found.push(...(await audit(page, 'lead page with a log')));
  // Issue 15: an entry being edited in place, and the undo offered after a delete.
  await page.getByTestId('log-entry-edit').click();
  await page.getByTestId('log-edit').waitFor();
  found.push(...(await audit(page, 'log entry edit')));
  await page.getByTestId('edit-cancel').click();
  await page.getByTestId('log-entry-delete').click();
  await page.getByTestId('log-undo-notice').waitFor();
  found.push(...(await audit(page, 'log entry deleted')));
  await page.getByTestId('log-undo').click();
  await page.getByTestId('log-entry').waitFor();
  // Issue 15: the lead's prep card, a Copy done, and the follow-up written from the lead.
  await page.getByTestId('lead-prep').click();
  await page.getByTestId('today-prep-card').waitFor();
  await page.getByTestId('advice').getByTestId('copy').click();
  await page.getByTestId('advice').locator('[data-copied="true"]').waitFor();
  found.push(...(await audit(page, 'lead page with prep card and copy')));
  await page.getByTestId('write-follow-up').click();
  await page.getByTestId('filled-from-lead').waitFor();
  found.push(...(await audit(page, 'follow-up from a lead')));
  await page.getByTestId('tab-leads').click();
  await page.getByTestId('leads-list').click();
  found.push(...(await audit(page, 'lead list')));
  await page.getByTestId('leads-data').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'leads.csv', mimeType: 'text/csv',
    // A CRM status column (one value recognised, one not) and a row split by semicolons, so the
    // status mapping and the delimiter message are audited too.
    buffer: Buffer.from('Name,Company,Lead Status\nKarin Lind,Nordvik Bygg,Bad timing\nOla Berg,Berg AS,Odd value\nEva;Lind AB;New\n,,\n'),
  });
  await page.getByTestId('import-summary').waitFor();
  await page.getByTestId('status-mapping').waitFor();
  found.push(...(await audit(page, 'import preview')));
  // A lead not called yet, so Today has a card with a prep card and *Prepare the call*.
  await page.getByTestId('lead-new').click();
  await page.getByTestId('lead-name').fill('Karin Lind');
  await page.getByTestId('lead-company').fill('Nordvik Bygg');
  await page.getByTestId('lead-save').click();
  await page.getByTestId('lead-saved').waitFor();
  await page.getByTestId('tab-today').click();
  found.push(...(await audit(page, 'today')));
  const karin = page.getByTestId('today-item').filter({ hasText: 'Karin Lind' });
  await karin.getByTestId('today-prep').click();
  await karin.getByTestId('today-prep-card').waitFor();
  found.push(...(await audit(page, 'today prep card')));
  await karin.getByTestId('prepare-call').click();
  await page.getByTestId('save-to-lead').click();
  await page.getByTestId('save-to-lead-status').locator('.wc-ok').waitFor();
  found.push(...(await audit(page, 'opener from a lead')));
  await page.getByTestId('tab-followup').click();
  await page.getByTestId('followup-question').fill('Have you looked at the quote?');
  found.push(...(await audit(page, 'follow-up')));
  await page.getByTestId('tab-opener').click();
  found.push(...(await audit(page, 'opener')));
  await page.getByTestId('tab-practice').click();
  await page.getByTestId('practice-start').waitFor();
  found.push(...(await audit(page, 'practice')));
  await page.getByTestId('practice-start').click();
  await page.getByTestId('exercise').waitFor();
  found.push(...(await audit(page, 'practice exercise')));
  // An answer of either kind, to audit the graded exercise with its model answer.
  if (await page.getByTestId('exercise-answer').count()) {
    await page.getByTestId('exercise-answer').fill('Did you read it?');
  } else {
    await page.getByTestId('exercise').getByRole('radio').first().check();
  }
  await page.getByTestId('exercise-check').click();
  found.push(...(await audit(page, 'practice graded')));
  await page.getByTestId('practice-stop').click();
  found.push(...(await audit(page, 'practice progress')));
  await page.getByTestId('tab-settings').click();
  found.push(...(await audit(page, 'settings')));
  await context.close();

  // Sample leads on a first visit's Today: the note, the badges; a Saturday's next working day.
  const samples = await openApp(shared.browser, shared.server.url, { width, height: 900, time, colorScheme });
  await samples.page.getByTestId('start-samples').click();
  await samples.page.getByTestId('samples-note').waitFor();
  found.push(...(await audit(samples.page, 'today with sample leads')));
  await samples.context.close();
  const saturday = await openApp(shared.browser, shared.server.url, { width, height: 900, time: new Date('2026-12-05T11:00:00'), colorScheme });
  await saturday.page.getByTestId('start-own').click();
  await saturday.page.getByTestId('lead-new').click();
  await saturday.page.getByTestId('lead-name').fill('Karin Lind');
  await saturday.page.getByTestId('lead-save').click();
  await saturday.page.getByTestId('lead-saved').waitFor();
  await saturday.page.getByTestId('tab-today').click();
  await saturday.page.getByTestId('next-working-day').waitFor();
  found.push(...(await audit(saturday.page, 'today on a saturday')));
  await saturday.context.close();
  assert.deepEqual(found, []);
});
