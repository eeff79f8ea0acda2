// Keystroke time in a text field holding one 100,000-character word (issue 17): from keydown to
// the frame after it, median of 9 keystrokes, in headless Chromium, for each field below. Not a
// test; run it against a build directory to compare two builds:
// node scripts/measure-long-word.mjs [dist-dir].
import { launchChromium, serveBuild, shadowHelpers, openLead, DIST } from '../tests/e2e/support.mjs';

const dir = process.argv[2] ?? DIST;
const server = await serveBuild(dir);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: Number(process.env.WIDTH ?? 1280), height: 900 } });
await context.addInitScript(shadowHelpers);
const page = await context.newPage();
await page.goto(server.url);
await page.getByTestId('start-samples').click();
await page.getByTestId('samples-note').waitFor();
const FIELDS = [
  ['lead-notes', () => openLead(page, '')],
  ['lead-name', () => openLead(page, '')],
  ['followup-question', () => page.getByTestId('tab-followup').click()],
  ['opener-text', () => page.getByTestId('tab-opener').click()],
];
for (const [field, open] of FIELDS) {
await open();
const notes = page.getByTestId(field);
await notes.fill('x'.repeat(100_000));
await notes.focus();
await notes.press('End');
const times = [];
for (let index = 0; index < 9; index += 1) {
  await page.evaluate(() => {
    window.keystroke = new Promise((resolve) => {
      addEventListener('keydown', () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      }, { once: true, capture: true });
    });
  });
  await page.keyboard.press('y');
  times.push(await page.evaluate(() => window.keystroke));
}
times.sort((a, b) => a - b);
console.log(`${dir} ${field}: keystroke median ${times[4].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[8].toFixed(0)})`);
await notes.fill('');
}
await browser.close();
await server.close();
