// End-to-end: the sample course page of examples/host-page/ embeds two widgets (one by data
// attributes, one by mount()) from a sub-path, under a strict Content-Security-Policy, with a
// hostile stylesheet added; both work, neither side's CSS reaches the other (issue: embedding).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { serveHostPage, withServerAndBrowser } from './support.mjs';

/** Another origin (another port of 127.0.0.1), counting the requests it gets. */
const elsewhere = { url: '', requests: 0 };
const redirect = (target) => (request, response) => response.writeHead(302, { location: target() }).end();
const shared = withServerAndBrowser(() =>
  serveHostPage({
    '/course/moved-off-site.json': redirect(() => `${elsewhere.url}/lesson-3-exercises.json`),
    '/course/moved-on-site.json': redirect(() => '/course/lesson-3-exercises.json'),
  }),
);

/**
 * The course page with the hostile stylesheet, recording errors, CSP violations and requests.
 * `policy`: a Content-Security-Policy header sent with the page, besides its own meta policy.
 */
async function openCoursePage({ width = 1280, policy } = {}) {
  const context = await shared.browser.newContext({ viewport: { width, height: 900 } });
  if (policy) {
    await context.route(`${shared.server.url}/course/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
  }
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(`${message.text()} ${message.location().url}`));
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${shared.server.url}/course/`);
  await page.addStyleTag({ url: `${shared.server.url}/fixtures/hostile.css` });
  const followup = page.locator('#followup-coach');
  const opener = page.locator('#opener-coach');
  await followup.getByTestId('warmcall-app').waitFor();
  await opener.getByTestId('warmcall-app').waitFor();
  return { context, page, followup, opener, problems, requests };
}

const style = (locator, property) => locator.evaluate((element, p) => getComputedStyle(element)[p], property);

test('two widgets on a course page work under a strict CSP and a hostile stylesheet', async () => {
  const { context, page, followup, opener, problems, requests } = await openCoursePage();

  // Each shows only its own coach, in its own language and theme.
  assert.equal(await followup.getByTestId('warmcall-app').getAttribute('data-mode'), 'followup');
  assert.equal(await followup.getByTestId('warmcall-app').getAttribute('lang'), 'sv');
  assert.equal(await followup.getByRole('tab').count(), 0, 'one coach, no tab bar');
  assert.equal(await opener.getByTestId('warmcall-app').getAttribute('data-mode'), 'opener');
  assert.equal(await opener.getByTestId('warmcall-app').getAttribute('lang'), 'de');

  // The follow-up coach analyses and rewrites a closed Swedish question.
  await followup.getByTestId('followup-question').pressSequentially('Har du tittat på offerten?');
  const analysis = followup.getByTestId('question-analysis');
  assert.equal(await analysis.getAttribute('data-kind'), 'closed');
  await analysis.getByTestId('accept-rewrite').first().click();
  assert.equal(await analysis.getAttribute('data-kind'), 'assumptive');

  // The opener coach, mounted from script, scores a German talking ad low.
  await opener.getByTestId('opener-text').fill(
    'Guten Tag, wir sind der führende Anbieter von Lagersoftware und haben gerade ein tolles Angebot für Sie.',
  );
  const score = Number(await opener.getByTestId('opener-analysis').getAttribute('data-score'));
  assert.ok(score < 60, `a talking ad scored ${score}`);

  // The hostile rules (`* { font-family: ... !important }`, `textarea { display: none !important }`,
  // `.wc-button { display: none !important }`, `h2 { font-size: 60px !important }`) stop at the
  // shadow root; the host element itself keeps the widget's reset.
  const textarea = followup.getByTestId('followup-question');
  assert.notEqual(await style(textarea, 'display'), 'none');
  assert.doesNotMatch(await style(textarea, 'fontFamily'), /Comic/);
  const button = opener.locator('.wc-button').first();
  assert.equal(await button.isVisible(), true);
  assert.equal(await style(button, 'backgroundColor'), 'rgb(11, 92, 173)', 'the light accent');
  assert.equal(await style(followup.locator('.wc-button').first(), 'backgroundColor'), 'rgb(124, 183, 245)', 'the dark accent');
  assert.equal(await style(page.locator('#followup-coach'), 'letterSpacing'), 'normal');
  assert.equal(await style(page.locator('#followup-coach'), 'textTransform'), 'none');
  // ... and the widget's rules never reach the host: its <p class="wc-help warmcall"> is unstyled.
  const hostParagraph = page.locator('main > p.wc-help');
  assert.equal(await style(hostParagraph, 'maxWidth'), 'none');
  assert.equal(await style(hostParagraph, 'containerType'), 'normal');

  // Nothing was refused by the policy, nothing failed, and only the site's own files loaded.
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  const foreign = requests.filter((url) => !url.startsWith(`${shared.server.url}/`));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((url) => url.startsWith(`${shared.server.url}/course/warmcall/warmcall-`)), 'files from the sub-path');
  // Each bundle is fetched once, and only the bundles of the page's widgets' modes.
  const bundles = requests
    .map((url) => new URL(url).pathname.match(/\/warmcall-([a-z]+)-[0-9a-f]+_bg\.wasm$/)?.[1])
    .filter(Boolean)
    .sort();
  assert.deepEqual(bundles, ['followup', 'opener', 'practice']);
  await context.close();
});

test('unmount() removes a widget and mount() brings it back, its data kept', async () => {
  const { context, page, opener, problems } = await openCoursePage();
  await opener.getByTestId('opener-text').fill('Hallo Frau Brandt, ich habe Ihren Artikel über Lieferketten gelesen.');
  await page.locator('#toggle-opener').click();
  await opener.getByTestId('warmcall-app').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#opener-coach').evaluate((element) => element.shadowRoot.childElementCount), 0);
  await page.locator('#toggle-opener').click();
  await opener.getByTestId('warmcall-app').waitFor();
  assert.match(await opener.getByTestId('opener-text').inputValue(), /Frau Brandt/, 'the draft was saved');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad data attribute is named on the page instead of a silent default', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${shared.server.url}/course/`);
  await page.locator('#followup-coach').getByTestId('warmcall-app').waitFor();
  const message = await page.evaluate(async () => {
    const { mount } = await import('./warmcall/warmcall.js');
    const element = document.createElement('div');
    element.dataset.mode = 'everything';
    document.body.append(element);
    try {
      await mount(element);
      return 'mounted';
    } catch (error) {
      return error.message;
    }
  });
  assert.equal(message, 'warmcall: data-mode "everything" is not one of: full, followup, opener, practice, today');
  await context.close();
});

test('data-mode="today" shows Today with the Leads and Settings it links to, and nothing else', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${shared.server.url}/course/`);
  const host = page.locator('#today-coach');
  await page.evaluate(async () => {
    const { mount } = await import('./warmcall/warmcall.js');
    const element = Object.assign(document.createElement('div'), { id: 'today-coach' });
    document.body.append(element);
    await mount(element, { mode: 'today', lang: 'nb', storagePrefix: 'today-test:' });
  });
  await host.getByTestId('warmcall-app').waitFor();
  assert.deepEqual(
    await host.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.dataset.testid)),
    ['tab-today', 'tab-leads', 'tab-settings'],
  );
  assert.equal(await host.getByTestId('tab-today').textContent(), 'I dag');
  await host.getByTestId('prepared-count').waitFor();
  await context.close();
});

test('each widget fits a 320 px window without scrolling sideways', async () => {
  // The hostile stylesheet blows up the host's own headings; what is measured is the widgets.
  const { context, page } = await openCoursePage({ width: 320 });
  await page.locator('#practice-coach').getByTestId('practice-start').waitFor();
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('[data-warmcall]')].flatMap((host) => {
      const app = host.shadowRoot.querySelector('.warmcall');
      const wide = app.scrollWidth > app.clientWidth || host.getBoundingClientRect().right > innerWidth;
      return wide ? [`#${host.id}: ${app.scrollWidth} > ${app.clientWidth}`] : [];
    }),
  );
  assert.deepEqual(overflowing, []);
  await context.close();
});

test('axe finds no WCAG A/AA violation in either embedded widget', async () => {
  const { context, page } = await openCoursePage();
  const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => {
    const found = [];
    for (const host of document.querySelectorAll('[data-warmcall]')) {
      const { violations } = await window.axe.run(host, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      found.push(...violations.map((v) => `#${host.id}: ${v.id} ${v.help}`));
    }
    return found;
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test("a page requiring Trusted Types (require-trusted-types-for 'script') runs both widgets, unmount and mount again", async () => {
  const { context, page, opener, problems } = await openCoursePage({ policy: "require-trusted-types-for 'script'" });
  assert.equal(await page.evaluate(() => typeof window.trustedTypes), 'object', 'the browser enforces Trusted Types');
  await opener.getByTestId('opener-text').fill('Hallo Frau Brandt, ich habe Ihren Artikel gelesen.');
  await page.locator('#toggle-opener').click();
  await opener.getByTestId('warmcall-app').waitFor({ state: 'detached' });
  await page.locator('#toggle-opener').click();
  await opener.getByTestId('warmcall-app').waitFor();
  await page.locator('#practice-coach').getByTestId('practice-start').waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('data-exercises that redirect to another origin are refused before any request leaves the site', async () => {
  const server = createServer((request, response) => {
    elsewhere.requests += 1;
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('[]');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  elsewhere.url = `http://127.0.0.1:${server.address().port}`;
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${shared.server.url}/course/`);
  const mountWith = (address) =>
    page.evaluate(async (address) => {
      const { mount } = await import('./warmcall/warmcall.js');
      const element = Object.assign(document.createElement('div'), { id: address });
      Object.assign(element.dataset, { mode: 'practice', lang: 'en', exercises: address, storagePrefix: 'course3:' });
      document.body.append(element);
      try {
        await mount(element);
        return 'mounted';
      } catch (error) {
        return error.message;
      }
    }, address);
  assert.equal(
    await mountWith('moved-off-site.json'),
    `warmcall: data-exercises "moved-off-site.json" redirects to another site; it must be on this site (${shared.server.url})`,
  );
  assert.equal(elsewhere.requests, 0, 'no request reached the other origin');
  // A redirect within the site is followed as before.
  assert.equal(await mountWith('moved-on-site.json'), 'mounted');
  await page.locator('[id="moved-on-site.json"]').getByTestId('practice-start').click();
  assert.equal(await page.locator('[id="moved-on-site.json"]').getByTestId('exercise').getAttribute('data-exercise'), 'course3-assumptive-01');
  await context.close();
  await new Promise((resolve) => server.close(resolve));
});
