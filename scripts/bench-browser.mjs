// Browser half of scripts/bench.sh: what the first page load transfers (gzip -9), the time from
// navigation to the first interactive render, and keystroke-to-feedback on the Follow-up tab,
// in headless Chromium against the release build in dist/. Medians over several runs.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serveDist, launchChromium, shadowHelpers, DIST } from '../tests/e2e/support.mjs';

const KB = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((values.length * p) / 100) - 1];

const server = await serveDist();
const browser = await launchChromium();

// Every file a first load fetches, as the browser reports them: the app's own page, and a course
// page that embeds only the practice drills (which load the practice bundle instead of the app's).
async function firstLoad(label, url, ready) {
  const fetched = new Set();
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('requestfinished', (request) => fetched.add(new URL(request.url()).pathname));
  await page.goto(url);
  await page.getByTestId(ready).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  let total = 0;
  console.log(`${label} (gzip -9, 1 kB = 1000 bytes):`);
  for (const path of [...fetched].sort()) {
    const file = path.startsWith('/fixtures/')
      ? join(DIST, '..', 'tests', 'e2e', path)
      : join(DIST, path === '/' ? 'index.html' : path.slice(1));
    const size = gzipSync(await readFile(file), { level: 9 }).length;
    total += size;
    console.log(`  ${path.padEnd(44)} ${(size / KB).toFixed(1).padStart(7)} kB`);
  }
  console.log(`  ${'total'.padEnd(44)} ${(total / KB).toFixed(1).padStart(7)} kB`);
  return fetched;
}
const appLoad = await firstLoad('first load of the app', server.url, 'warmcall-app');
const unlisted = (await readdir(DIST)).filter((f) => !appLoad.has(`/${f}`) && f !== 'index.html');
if (unlisted.length) console.log(`  (not fetched on first load: ${unlisted.join(', ')})`);
// A course page with one widget loads that mode's bundle alone.
for (const [mode, ready] of [['followup', 'panel-followup'], ['opener', 'panel-opener'], ['today', 'panel-today'], ['practice', 'practice-start']]) {
  await firstLoad(`first load of a ${mode}-only course page`, `${server.url}/fixtures/${mode}-only.html`, ready);
}

// Navigation start to the first render of a widget (or of the bare Yew baseline that
// build-baseline.mjs built), which is when its handlers are attached. The pages take turns in
// every round, so that a slower moment of the machine costs each of them alike.
async function bootTime(url, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(shadowHelpers);
  await page.addInitScript((selector) => {
    window.firstSeen[selector] = null;
  }, selector);
  await page.goto(url);
  await page.waitForFunction((selector) => window.firstSeen[selector] !== null, selector);
  const time = await page.evaluate((selector) => window.firstSeen[selector], selector);
  await context.close();
  return time;
}
const boots = [
  ['bare Yew app (baseline)', `${server.url}/baseline/index.html`, '[data-testid="baseline-ready"]'],
  ['full app', server.url, '[data-testid="warmcall-app"]'],
  ...[['followup', 'panel-followup'], ['opener', 'panel-opener'], ['today', 'panel-today'], ['practice', 'practice-start']]
    .map(([mode, ready]) => [`${mode}-only course page`, `${server.url}/fixtures/${mode}-only.html`, `[data-testid="${ready}"]`]),
];
const bootTimes = boots.map(() => []);
// Round 0 warms the browser and the server's file cache and is not counted.
for (let run = 0; run <= RUNS; run++) {
  for (const [index, [, url, selector]] of boots.entries()) {
    const time = await bootTime(url, selector);
    if (run > 0) bootTimes[index].push(time);
  }
}
const baseline = median(bootTimes[0]);
console.log(`navigation to first interactive render, median over ${RUNS} rounds (ratio to the bare Yew app; target ≤ 1.3):`);
for (const [index, [label]] of boots.entries()) {
  const time = median(bootTimes[index]);
  console.log(`  ${label.padEnd(30)} ${time.toFixed(1).padStart(7)} ms   × ${(time / baseline).toFixed(2)}`);
}

// Keystroke to rendered analysis: from the keydown event to the analysis reflecting the new
// text, measured inside the page, while typing a 300-character follow-up.
const context = await browser.newContext();
await context.addInitScript(shadowHelpers);
const page = await context.newPage();
await page.goto(server.url);
await page.getByTestId('tab-followup').click();
await page.getByTestId('followup-lang').selectOption('en');
const area = page.getByTestId('followup-question');
await area.focus();
await page.evaluate(() => {
  window.__latencies = [];
  const area = widgetQuery('[data-testid="followup-question"]');
  let pending = null;
  area.addEventListener('keydown', (event) => {
    pending = { started: event.timeStamp, expected: area.value.length + 1 };
  }, { capture: true });
  // Mutation records are delivered right after yew patches the DOM, before the next frame.
  new MutationObserver(() => {
    const analysis = widgetQuery('[data-testid="question-analysis"]');
    if (pending && Number(analysis?.dataset.length) >= pending.expected) {
      window.__latencies.push(performance.now() - pending.started);
      pending = null;
    }
  }).observe(widgetQuery('[data-testid="followup"]'), { attributes: true, subtree: true });
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
