// End-to-end: the Opener tab and the prep card (issue: opener coach).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, openApp, chooseInterfaceLang } from './support.mjs';

const shared = withServerAndBrowser();

const PREPS = {
  sv: {
    contact: 'Karin Lind', role: 'ekonomichef', company: 'Nordvik Bygg',
    hook: 'artikeln i Dagens Industri om att ni öppnar kontor i Umeå',
    need: 'snabbare fakturering', mutual: '',
  },
  de: {
    contact: 'Herr Vogel', role: 'Vertriebsleiter', company: 'Vogel Maschinenbau',
    hook: 'Ihren Beitrag auf LinkedIn über die neue Fertigungshalle',
    need: 'planbare Wartung', mutual: 'Julia Hartmann',
  },
};

test('a call is prepared in two languages, the prep card is shown and kept after a reload', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  for (const [lang, prep] of Object.entries(PREPS)) {
    await page.getByTestId('tab-opener').click();
    await page.getByTestId('opener-lang').selectOption(lang);
    await page.getByTestId('opener-contact').fill(prep.contact);
    await page.getByTestId('opener-role').fill(prep.role);
    await page.getByTestId('opener-company').fill(prep.company);
    await page.getByTestId('opener-hook').fill(prep.hook);
    await page.getByTestId('opener-need').fill(prep.need);
    await page.getByTestId('opener-mutual').fill(prep.mutual);
    await page.getByTestId('opener-write').click();

    const built = page.getByTestId('built-openers').locator('li');
    assert.equal(await built.count(), prep.mutual ? 3 : 2, `${lang}: openers`);
    await page.getByTestId('choose-opener').last().click();
    const chosen = await page.getByTestId('opener-text').inputValue();
    const score = Number(await page.getByTestId('opener-analysis').getAttribute('data-score'));
    assert.ok(score >= 80, `${lang}: "${chosen}" scored ${score}`);

    await page.getByTestId('show-prep-card').click();
    const card = page.getByTestId('prep-card');
    assert.match(await card.getByTestId('card-who').textContent(), new RegExp(prep.company));
    assert.equal(await card.getByTestId('card-opener').textContent(), chosen);
    assert.ok((await card.getByTestId('card-questions').locator('li').count()) >= 2);

    await page.reload();
    await page.getByTestId('warmcall-app').waitFor();
    await page.getByTestId('tab-opener').click();
    assert.equal(await page.getByTestId('prep-card').getByTestId('card-opener').textContent(), chosen);

    // The card on screen is the prepared call; reloaded and shown again it still counts once.
    assert.equal(await card.getByTestId('prep-counted').getAttribute('data-counted'), 'true');
    await page.getByTestId('tab-today').click();
    const counted = Number(await page.getByTestId('prepared-count').textContent());
    assert.equal(counted, lang === 'sv' ? 1 : 2, 'each prepared call counts once (W1)');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a talking ad typed as an opener scores low and says what it cost', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await page.getByTestId('tab-opener').click();
  await page.getByTestId('opener-text').fill(
    'Hallo, hier ist Tim von Firma X. Wir haben gerade ein Angebot mit 30 % Rabatt auf alle Tarife. Haben Sie kurz Zeit?',
  );
  const analysis = page.getByTestId('opener-analysis');
  assert.ok(Number(await analysis.getAttribute('data-score')) < 40);
  assert.equal(await analysis.locator('[data-finding="talking-ad"]').count(), 1);
  assert.equal(await analysis.locator('[data-finding="permission-question"]').count(), 1);
  await context.close();
});

test('left to detection, German fields in an English interface give German openers', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await chooseInterfaceLang(page, 'en');
  await page.getByTestId('tab-opener').click();
  const note = page.getByTestId('opener-lang-note');
  assert.equal(await page.getByTestId('opener-lang').inputValue(), '', 'detection is the default');
  await page.getByTestId('opener-contact').fill('Herr Becker');
  await page.getByTestId('opener-role').fill('Head of Operations');
  await page.getByTestId('opener-company').fill('Becker Logistik');
  await page.getByTestId('opener-hook').fill('Ihr neues Lager in Duisburg');
  await page.getByTestId('opener-need').fill('kürzere Lieferzeiten');
  assert.match(await note.textContent(), /^Detected: Deutsch\b/);
  assert.equal(await note.getAttribute('aria-live'), 'polite');
  await page.getByTestId('opener-write').click();

  const openers = page.getByTestId('built-openers').locator('li p');
  const german = await openers.allTextContents();
  assert.equal(german.length, 2);
  for (const opener of german) {
    // The case was "Hi Jonas Becker! I read about Ihr neues Lager in Duisburg"; a
    // courtesy title gets the formal greeting.
    assert.match(opener, /^Guten Tag Herr Becker!/, opener);
    assert.match(opener, /Ihr neues Lager in Duisburg/, opener);
    assert.doesNotMatch(opener, /\b(I read|you|your)\b/, opener);
  }
  assert.equal(await openers.first().getAttribute('lang'), 'de');
  const score = Number(await page.getByTestId('opener-analysis').getAttribute('data-score'));
  assert.ok(score >= 80, `the German opener scored ${score}`);

  // Choosing a language overrides detection.
  await page.getByTestId('opener-lang').selectOption('en');
  assert.equal(await note.textContent(), '');
  for (const opener of await openers.allTextContents()) {
    assert.match(opener, /^Hello Herr Becker!/, opener);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('when detection is unsure the tab says so, writes in the interface language and offers the guess', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await chooseInterfaceLang(page, 'en');
  await page.getByTestId('tab-opener').click();
  const note = page.getByTestId('opener-lang-note');
  await page.getByTestId('opener-hook').fill('prislistan');
  assert.match(await note.textContent(), /^Not sure which language .* the interface language: English\b.*It looks most like Svenska\./);
  assert.equal(await note.getAttribute('data-lang'), 'en');
  await page.getByTestId('opener-write').click();
  assert.match(await page.getByTestId('built-openers').locator('li p').first().textContent(), /^Hi\b/);

  // One click takes the guess, and the keyboard carries on from the select that shows it.
  await page.getByTestId('opener-lang-use-guess').click();
  assert.equal(await page.getByTestId('opener-lang').inputValue(), 'sv');
  assert.equal(await page.evaluate(() => deepActiveElement()?.dataset.testid), 'opener-lang');
  assert.equal(await page.getByTestId('opener-lang-use-guess').count(), 0);
  assert.match(await page.getByTestId('built-openers').locator('li p').first().textContent(), /^Hej\b/);
  await context.close();
});
