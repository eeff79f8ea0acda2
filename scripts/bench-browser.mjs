// Browser half of scripts/bench.sh: what the first page load transfers (gzip -9), the time from
// navigation to the first interactive render, and keystroke-to-feedback on the Follow-up tab,
// in headless Chromium against the release build in dist/. Medians over several runs.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serveDist, launchChromium, DIST } from '../tests/e2e/support.mjs';

const KB = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((values.length * p) / 100) - 1];

const server = await serveDist();
const browser = await launchChromium();

// Every file the first load fetches, as the browser reports them.
const firstLoad = new Set();
{
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('requestfinished', (request) => firstLoad.add(new URL(request.url()).pathname));
  await page.goto(server.url);
  await page.getByTestId('warmcall-app').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
}
let total = 0;
console.log('first load (gzip -9, 1 kB = 1000 bytes):');
for (const path of [...firstLoad].sort()) {
  const file = join(DIST, path === '/' ? 'index.html' : path.slice(1));
  const size = gzipSync(await readFile(file), { level: 9 }).length;
  total += size;
  console.log(`  ${path.padEnd(44)} ${(size / KB).toFixed(1).padStart(7)} kB`);
}
console.log(`  ${'total'.padEnd(44)} ${(total / KB).toFixed(1).padStart(7)} kB`);
const unlisted = (await readdir(DIST)).filter((f) => !firstLoad.has(`/${f}`) && f !== 'index.html');
if (unlisted.length) console.log(`  (not fetched on first load: ${unlisted.join(', ')})`);

// Navigation start to the widget's first render, which is when its handlers are attached.
const startup = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="warmcall-app"]')) {
        window.__warmcallRendered = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await page.getByTestId('warmcall-app').waitFor();
  startup.push(await page.evaluate(() => window.__warmcallRendered));
  await context.close();
}
console.log(`navigation to first interactive render: median ${median(startup).toFixed(1)} ms over ${RUNS} runs`);

// Keystroke to rendered analysis: from the keydown event to the analysis reflecting the new
// text, measured inside the page, while typing a 300-character follow-up.
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url);
await page.getByTestId('tab-followup').click();
await page.getByTestId('followup-lang').selectOption('en');
const area = page.getByTestId('followup-question');
await area.focus();
await page.evaluate(() => {
  window.__latencies = [];
  const area = document.querySelector('[data-testid="followup-question"]');
  let pending = null;
  area.addEventListener('keydown', (event) => {
    pending = { started: event.timeStamp, expected: area.value.length + 1 };
  }, { capture: true });
  // Mutation records are delivered right after yew patches the DOM, before the next frame.
  new MutationObserver(() => {
    const analysis = document.querySelector('[data-testid="question-analysis"]');
    if (pending && Number(analysis?.dataset.length) >= pending.expected) {
      window.__latencies.push(performance.now() - pending.started);
      pending = null;
    }
  }).observe(document.querySelector('[data-testid="followup"]'), { attributes: true, subtree: true });
});
const text =
  'Hi Anna, thanks again for the demo on Tuesday. Last time we talked about the onboarding plan for your ' +
  'sales team, and you were going to go through the revised quote with your CFO before Friday. I have ' +
  'kept the price open until the end of the month. Have you had a chance to look at the quote together?';
await page.keyboard.type(text);
const latencies = await page.evaluate(() => window.__latencies);
await context.close();
console.log(
  `keystroke to feedback: median ${median(latencies).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, ` +
    `max ${Math.max(...latencies).toFixed(2)} ms over ${latencies.length} keystrokes (one frame is 16.7 ms)`,
);

await browser.close();
await server.close();
