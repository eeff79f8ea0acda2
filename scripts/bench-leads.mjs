// Browser half of scripts/bench.sh, for the lead list: how many leads localStorage holds, how
// long the Today tab takes to render after load with a full list, and how long logging a
// contact takes from the click to the updated advice on screen. Headless Chromium, release build.
import { serveDist, launchChromium, shadowHelpers } from '../tests/e2e/support.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await serveDist();
const browser = await launchChromium();

/**
 * Fills storage the way the app writes it (one key per lead plus the index) with up to `count`
 * leads of `entries` contacts each, until the quota stops it. Returns what fitted.
 */
function seed({ count, entries }) {
  localStorage.clear();
  const outcomes = ['booked-meeting', 'other', 'send-information', 'other'];
  const ids = [];
  let characters = 0;
  try {
    for (let i = 0; i < count; i++) {
      const id = `bench-${i}`;
      const log = [];
      for (let j = 0; j < entries; j++) {
        // All in the past, a week apart, so most leads are due or overdue today.
        const day = new Date(Date.now() - (200 - (i % 50) - j * 7) * 86400000).toISOString().slice(0, 10);
        log.push({
          at: `${day}T10:00`,
          reached: j % 3 !== 0,
          ...(j % 3 !== 0 && { outcome: outcomes[j % 4], discussed: 'the revised offer' }),
        });
      }
      const record = JSON.stringify({
        revision: 1,
        lead: {
          id, name: `Lead ${i}`, company: `Company ${i % 700}`, phone: '+46 70 123 45 67',
          source: i % 4 ? 'cold' : 'inbound', stage: 'in-dialogue',
          qualification: { needConfirmed: i % 5 ? true : null }, log,
        },
      });
      localStorage.setItem(`warmcall:lead:${id}`, record);
      characters += record.length;
      ids.push(id);
    }
  } catch {
    // The quota is reached: measure with what fitted.
  }
  // Make room for the index and the schema version by dropping the last leads written.
  for (;;) {
    try {
      localStorage.setItem('warmcall:schema', '1');
      localStorage.setItem('warmcall:leads', JSON.stringify(ids));
      break;
    } catch {
      for (const id of ids.splice(-100)) {
        characters -= localStorage.getItem(`warmcall:lead:${id}`).length;
        localStorage.removeItem(`warmcall:lead:${id}`);
      }
    }
  }
  return { leads: ids.length, characters };
}

async function measure(label, shape) {
  const context = await browser.newContext();
  await context.addInitScript(shadowHelpers);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('warmcall-app').waitFor();
  const fitted = await page.evaluate(seed, shape);
  await page.addInitScript(() => {
    window.firstSeen['[data-testid="today-list"]'] = null;
  });
  const today = [];
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    await page.getByTestId('today-list').waitFor({ state: 'attached' });
    today.push(await page.evaluate(() => window.firstSeen['[data-testid="today-list"]']));
  }
  const due = await page.getByTestId('today-item').count();
  if (fitted.leads === 0) {
    await context.close();
    console.log(`${label}: Today rendered ${median(today).toFixed(0)} ms after navigation (median of ${RUNS})`);
    return;
  }

  // Logging a contact on a lead's page: click to the new log entry on screen.
  await page.getByTestId('today-open').first().click();
  const saves = [];
  for (let run = 0; run < RUNS; run++) {
    saves.push(await page.evaluate(() => new Promise((resolve) => {
      const pageElement = widgetQuery('[data-testid="lead-page"]');
      const before = pageElement.querySelectorAll('[data-testid="log-entry"]').length;
      let started = 0;
      new MutationObserver((_, observer) => {
        if (pageElement.querySelectorAll('[data-testid="log-entry"]').length > before) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      }).observe(pageElement, { childList: true, subtree: true });
      started = performance.now();
      pageElement.querySelector('[data-testid="log-save"]').click();
    })));
  }
  // The browser's own cost of writing one lead record at this fill level, for comparison.
  const rawWrites = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('warmcall:lead:'));
    const value = localStorage.getItem(key);
    const times = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      localStorage.setItem(key, value);
      times.push(performance.now() - started);
    }
    return times;
  });
  await context.close();
  console.log(
    `${label}: ${fitted.leads} leads stored (${(fitted.characters / 1e6).toFixed(1)} M characters); ` +
      `Today rendered ${median(today).toFixed(0)} ms after navigation (median of ${RUNS}, ${due} cards); ` +
      `logging a contact: median ${median(saves).toFixed(1)} ms, max ${Math.max(...saves).toFixed(1)} ms from click to screen ` +
      `(of which localStorage.setItem of one record alone: median ${median(rawWrites).toFixed(2)} ms)`,
  );
}

await measure('no leads', { count: 0, entries: 0 });
await measure('10,000 leads x 20 contacts', { count: 10000, entries: 20 });
await measure('10,000 leads x 5 contacts', { count: 10000, entries: 5 });
await measure('1,000 leads x 20 contacts', { count: 1000, entries: 20 });

await browser.close();
await server.close();
