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
  const found = [];
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
  found.push(...(await audit(page, 'lead page with a log')));
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
  await page.getByTestId('tab-today').click();
  found.push(...(await audit(page, 'today')));
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
  assert.deepEqual(found, []);
  await context.close();
});
