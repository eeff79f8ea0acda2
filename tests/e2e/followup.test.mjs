// End-to-end: the Follow-up tab in the release build (issue: follow-up coach).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, openApp, chooseInterfaceLang } from './support.mjs';

const shared = withServerAndBrowser();

// A closed question per language and the topic word its rewrite must keep.
const CLOSED = {
  en: ['Have you had a chance to look at the quote?', 'quote'],
  sv: ['Har du hunnit titta på offerten?', 'offerten'],
  de: ['Haben Sie sich das Angebot schon angesehen?', 'Angebot'],
  nb: ['Har du sett på tilbudet?', 'tilbudet'],
  nl: ['Heeft u de offerte al bekeken?', 'offerte'],
};

async function openFollowUp(page) {
  await page.getByTestId('tab-followup').click();
  await page.getByTestId('followup').waitFor();
}

test('a closed question in each language is flagged, rewritten, and the draft survives a reload', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await openFollowUp(page);
  const analysis = page.getByTestId('question-analysis');
  for (const [lang, [question, topic]] of Object.entries(CLOSED)) {
    await page.getByTestId('followup-lang').selectOption(lang);
    await page.getByTestId('followup-question').fill('');
    await page.getByTestId('followup-question').pressSequentially(question);
    assert.equal(await analysis.getAttribute('data-kind'), 'closed', `${lang}: ${question}`);
    await analysis.getByTestId('accept-rewrite').first().click();
    const rewritten = await page.getByTestId('followup-question').inputValue();
    assert.ok(rewritten.includes(topic), `${lang}: "${rewritten}" lost "${topic}"`);
    assert.equal(await analysis.getAttribute('data-kind'), 'assumptive', `${lang}: ${rewritten}`);

    await page.reload();
    await page.getByTestId('warmcall-app').waitFor();
    await openFollowUp(page);
    assert.equal(await page.getByTestId('followup-question').inputValue(), rewritten);
    assert.equal(await page.getByTestId('followup-lang').inputValue(), lang);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the builder writes an opener, an assumptive question and a dated next step', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await openFollowUp(page);
  await page.getByTestId('followup-lang').selectOption('sv');
  await page.getByTestId('followup-contact').fill('<b>Anna</b> Berg');
  await page.getByTestId('followup-topic').fill('den nya prislistan');
  await page.getByTestId('followup-promise').fill('kolla budgeten med styrelsen');
  await page.getByTestId('followup-thinking').check();
  await page.getByTestId('followup-stage').selectOption('closing-attempted');
  await page.getByTestId('followup-write').click();

  const opener = await page.getByTestId('followup-opener').inputValue();
  assert.match(opener, /^Hej <b>Anna<\/b>,/, 'markup in a field stays text; a bare name is greeted by its first name');
  assert.match(opener, /den nya prislistan/);
  assert.equal(await page.locator('b').count(), 0, 'no element was created from the name');
  assert.equal(await page.getByTestId('question-analysis').getAttribute('data-kind'), 'assumptive');
  const at = await page.getByTestId('next-contact').getAttribute('data-at');
  const day = new Date(`${at}:00`).getDay();
  assert.ok(day >= 1 && day <= 5, `${at} is a weekday`);
  assert.ok(new Date(`${at}:00`) - Date.now() < 4 * 24 * 3600 * 1000, 'T2: within three working days');
  assert.equal(await page.getByTestId('next-step-check').getAttribute('data-passes'), 'true');
  await page.getByTestId('followup-next-step').fill('Jag hör av mig nästa vecka.');
  assert.equal(await page.getByTestId('next-step-check').getAttribute('data-passes'), 'false');
  await page.getByTestId('next-contact').getByText('Why? T2').click();
  assert.match(await page.getByTestId('next-contact').textContent(), /three days|tre dagar|drei Tag/i);
  await context.close();
});

test('a Swedish follow-up proposed on 23 December moves past the Christmas holidays', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url, { time: '2026-12-23T10:00:00' });
  await openFollowUp(page);
  await page.getByTestId('followup-lang').selectOption('sv');
  await page.getByTestId('followup-contact').fill('Anna');
  await page.getByTestId('followup-topic').fill('den nya prislistan');
  await page.getByTestId('followup-promise').fill('kolla budgeten med styrelsen');
  await page.getByTestId('followup-write').click();
  // Three days on is Saturday 26 December; 24 and 25 December are off in Sweden.
  assert.match(await page.getByTestId('next-contact').getAttribute('data-at'), /^2026-12-28T/);
  // The next step ends that call and proposes the one after: 31 December is off too.
  assert.match(await page.getByTestId('followup-next-step').inputValue(), /onsdag 30 december/);
  // A British customer: Christmas Eve is off too, and Boxing Day's bank holiday is Monday 28.
  await page.getByTestId('followup-lang').selectOption('en');
  await page.getByTestId('followup-write').click();
  assert.match(await page.getByTestId('next-contact').getAttribute('data-at'), /^2026-12-29T/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('left to detection, Swedish fields in an English interface give a Swedish follow-up', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await chooseInterfaceLang(page, 'en');
  await openFollowUp(page);
  const note = page.getByTestId('followup-lang-note');
  assert.equal(await page.getByTestId('followup-lang').inputValue(), '', 'detection is the default');
  assert.equal(await note.getAttribute('aria-live'), 'polite');
  assert.match(await note.textContent(), /Until then it uses the interface language: English/);

  await page.getByTestId('followup-contact').fill('Anna Berg');
  await page.getByTestId('followup-topic').fill('nya prislistan');
  await page.getByTestId('followup-promise').pressSequentially('stämma av budgeten med ekonomichefen');
  assert.equal(await note.textContent(), 'Detected: Svenska The coach writes in it. To use another language, choose it above.');
  assert.equal(await note.getAttribute('data-lang'), 'sv');
  assert.equal(
    await page.evaluate(() => deepActiveElement()?.dataset.testid),
    'followup-promise',
    'the note does not take the focus from the field being typed in',
  );

  await page.getByTestId('followup-write').click();
  const parts = async () => ({
    opener: await page.getByTestId('followup-opener').inputValue(),
    question: await page.getByTestId('followup-question').inputValue(),
    nextStep: await page.getByTestId('followup-next-step').inputValue(),
  });
  const swedish = await parts();
  assert.match(swedish.opener, /^Hej Anna,/, swedish.opener);
  assert.match(swedish.opener, /pratade vi om nya prislistan/, swedish.opener);
  assert.equal(swedish.question, 'Vad sa ekonomichefen?', 'the question asks what the person the customer was to talk to said');
  assert.match(swedish.nextStep, /\bkl\. \d/, swedish.nextStep);
  for (const part of Object.values(swedish)) {
    assert.doesNotMatch(part, /\b(talked|you were going to|What did|I'll call)\b/, part);
  }
  assert.equal(await page.getByTestId('followup-question').getAttribute('lang'), 'sv');
  assert.equal(await page.getByTestId('question-analysis').getAttribute('data-kind'), 'assumptive');

  // Choosing a language overrides detection; going back to detection brings Swedish back.
  await page.getByTestId('followup-lang').selectOption('en');
  assert.equal(await note.textContent(), '');
  await page.getByTestId('followup-write').click();
  const english = await parts();
  assert.match(english.opener, /^Hi Anna,.*talked about nya prislistan/, english.opener);
  assert.match(english.question, /^What did you decide\b/, english.question);
  await page.getByTestId('followup-lang').selectOption('');
  assert.match(await note.textContent(), /^Detected: Svenska/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every JS API function checks its arguments and throws a named Error, never a trap', async () => {
  const loader = `${shared.server.url}/warmcall.js`;
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${shared.server.url}/fixtures/blank.html`);
  const results = await page.evaluate(async (url) => {
    const module = await (await import(url)).api();
    const cyclic = { lang: 'en' };
    cyclic.self = cyclic;
    const lead = { id: 'a', name: 'Anna' };
    const calls = {
      'analyzeQuestion(5)': () => module.analyzeQuestion(5),
      'analyzeQuestion(text, 5)': () => module.analyzeQuestion('Har du tittat?', 5),
      'analyzeQuestion(text, {})': () => module.analyzeQuestion('Har du tittat?', {}),
      'analyzeOpener(text, [])': () => module.analyzeOpener('Hello', []),
      'buildFollowUp("x")': () => module.buildFollowUp('x'),
      'buildFollowUp(cyclic)': () => module.buildFollowUp(cyclic),
      'buildFollowUp(bigint)': () => module.buildFollowUp({ lang: 'en', topic: 1n }),
      'buildFollowUp(topic 5)': () => module.buildFollowUp({ lang: 'en', topic: 5, promisedAction: 'x' }),
      'buildOpeners(null)': () => module.buildOpeners(null),
      'adviseLead(lead, 5)': () => module.adviseLead(lead, 5),
      'adviseLead(lead, now, 7)': () => module.adviseLead(lead, '2026-12-04T10:00', 7),
      'adviseLead(lead, now, en, "x")': () => module.adviseLead(lead, '2026-12-04T10:00', 'en', 'x'),
    };
    const out = {};
    for (const [name, call] of Object.entries(calls)) {
      try { call(); out[name] = 'no error'; } catch (e) {
        out[name] = `${e instanceof Error ? 'Error' : typeof e}: ${e.message}`;
      }
    }
    // The module still answers after every refusal: nothing trapped.
    out.after = module.analyzeQuestion('Har du tittat på offerten?').kind;
    return out;
  }, loader);
  const expected = {
    'analyzeQuestion(5)': /^Error: analyzeQuestion: text must be a string/,
    'analyzeQuestion(text, 5)': /^Error: analyzeQuestion: lang must be a string/,
    'analyzeQuestion(text, {})': /^Error: analyzeQuestion: lang must be a string/,
    'analyzeOpener(text, [])': /^Error: analyzeOpener: lang must be a string/,
    'buildFollowUp("x")': /^Error: buildFollowUp: pass an object/,
    'buildFollowUp(cyclic)': /^Error: buildFollowUp: the input could not be read as JSON/,
    'buildFollowUp(bigint)': /^Error: buildFollowUp: the input could not be read as JSON/,
    'buildFollowUp(topic 5)': /^Error: buildFollowUp: .*topic/,
    'buildOpeners(null)': /^Error: buildOpeners: pass an object/,
    'adviseLead(lead, 5)': /^Error: adviseLead: now must be a string/,
    'adviseLead(lead, now, 7)': /^Error: adviseLead: lang must be a string/,
    'adviseLead(lead, now, en, "x")': /^Error: adviseLead: settings: pass an object/,
  };
  for (const [name, pattern] of Object.entries(expected)) {
    assert.match(results[name], pattern, `${name} gave ${results[name]}`);
  }
  assert.equal(results.after, 'closed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Proxy as any argument of the JS API or of mount() gives a named Error, never its own', async () => {
  const loader = `${shared.server.url}/warmcall.js`;
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${shared.server.url}/fixtures/blank.html`);
  const results = await page.evaluate(async (url) => {
    const warmcall = await import(url);
    const module = await warmcall.api();
    // Every trap throws, as a hostile or revoked Proxy does.
    const trap = () => { throw new Error('proxy'); };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    const lead = { id: 'a', name: 'Anna' };
    const now = '2026-12-04T10:00';
    const calls = {
      'analyzeQuestion(proxy)': () => module.analyzeQuestion(proxy),
      'analyzeQuestion(text, proxy)': () => module.analyzeQuestion('Har du tittat?', proxy),
      'analyzeOpener(proxy)': () => module.analyzeOpener(proxy),
      'analyzeOpener(text, proxy)': () => module.analyzeOpener('Hello', proxy),
      'buildFollowUp(proxy)': () => module.buildFollowUp(proxy),
      'buildFollowUp({ topic: proxy })': () => module.buildFollowUp({ lang: 'en', topic: proxy, promisedAction: 'x' }),
      'buildOpeners(proxy)': () => module.buildOpeners(proxy),
      'adviseLead(proxy, now)': () => module.adviseLead(proxy, now),
      'adviseLead(lead, proxy)': () => module.adviseLead(lead, proxy),
      'adviseLead(lead, now, proxy)': () => module.adviseLead(lead, now, proxy),
      'adviseLead(lead, now, en, proxy)': () => module.adviseLead(lead, now, 'en', proxy),
      'mount(element, proxy)': () => warmcall.mount(document.createElement('div'), proxy),
      'mount(element, { scenario: proxy })': () => warmcall.mount(document.createElement('div'), { mode: 'followup', scenario: proxy }),
      'mount(element, { exercises: proxy })': () => warmcall.mount(document.createElement('div'), { mode: 'practice', exercises: proxy }),
      'mount(element, { lang: proxy })': () => warmcall.mount(document.createElement('div'), { mode: 'opener', lang: proxy }),
    };
    const out = {};
    for (const [name, call] of Object.entries(calls)) {
      try { await call(); out[name] = 'no error'; } catch (e) {
        out[name] = `${e instanceof Error ? 'Error' : typeof e}: ${e.message}`;
      }
    }
    out.after = module.analyzeQuestion('Har du tittat på offerten?').kind;
    return out;
  }, loader);
  const expected = {
    'analyzeQuestion(proxy)': /^Error: analyzeQuestion: text must be a string/,
    'analyzeQuestion(text, proxy)': /^Error: analyzeQuestion: lang must be a string/,
    'analyzeOpener(proxy)': /^Error: analyzeOpener: text must be a string/,
    'analyzeOpener(text, proxy)': /^Error: analyzeOpener: lang must be a string/,
    'buildFollowUp(proxy)': /^Error: buildFollowUp: the input could not be read as JSON/,
    'buildFollowUp({ topic: proxy })': /^Error: buildFollowUp: the input could not be read as JSON/,
    'buildOpeners(proxy)': /^Error: buildOpeners: the input could not be read as JSON/,
    'adviseLead(proxy, now)': /^Error: adviseLead: lead: the input could not be read as JSON/,
    'adviseLead(lead, proxy)': /^Error: adviseLead: now must be a string/,
    'adviseLead(lead, now, proxy)': /^Error: adviseLead: lang must be a string/,
    'adviseLead(lead, now, en, proxy)': /^Error: adviseLead: settings: the input could not be read as JSON/,
    'mount(element, proxy)': /^Error: warmcall: mount\(element, options\): the options could not be read/,
    'mount(element, { scenario: proxy })': /^Error: warmcall: mount\(element, options\): the option scenario could not be read as JSON/,
    'mount(element, { exercises: proxy })': /^Error: warmcall: mount\(element, options\): the option exercises could not be read as JSON/,
    'mount(element, { lang: proxy })': /^Error: warmcall: the option lang must be a string/,
  };
  for (const [name, pattern] of Object.entries(expected)) {
    assert.match(results[name], pattern, `${name} gave ${results[name]}`);
  }
  assert.equal(results.after, 'closed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the JS API works on a page without a widget', async () => {
  // The embed's loader hands out the API: `api()` loads the app's bundle on first use.
  const loader = `${shared.server.url}/warmcall.js`;
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${shared.server.url}/fixtures/blank.html`);
  const result = await page.evaluate(async (url) => {
    const module = await (await import(url)).api();
    const analysis = module.analyzeQuestion('Har du tittat på offerten?');
    const followUp = module.buildFollowUp({
      lang: 'en', contactName: 'Sam', topic: 'the renewal', promisedAction: 'talk to finance',
      dueDate: '2026-12-08', now: '2026-12-04T16:30',
    });
    let error;
    try { module.buildFollowUp({ lang: 'en', promisedAction: 'x' }); } catch (e) { error = e.message; }
    return { version: module.apiVersion(), analysis, followUp, error };
  }, loader);
  assert.equal(result.version, 1);
  assert.equal(result.analysis.lang, 'sv');
  assert.equal(result.analysis.kind, 'closed');
  assert.deepEqual(result.analysis.rules, ['F3']);
  assert.ok(result.analysis.rewrites.every((r) => r.includes('offerten')));
  assert.match(result.followUp.opener, /Sam/);
  assert.equal(result.followUp.nextContact.slice(0, 10), '2026-12-09');
  assert.ok(result.followUp.nextStepAt > result.followUp.nextContact, 'the next step proposes the contact after');
  assert.equal(result.error, 'buildFollowUp: missing field `topic`');
  assert.deepEqual(errors, []);
  await context.close();
});
