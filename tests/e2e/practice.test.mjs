// End-to-end: the Practice tab (issue: practice). Sessions in two languages graded by the coach's
// own analyzers, the progress chart, the Leitner schedule kept across a reload, and a course page
// that embeds the drills of one skill and hears every result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HOST_PAGE, ROOT, fillStorage, launchChromium, openApp, serveDist, serveHostPage, shadowHelpers } from './support.mjs';

const shared = {};
before(async () => {
  shared.app = await serveDist();
  shared.course = await serveHostPage();
  shared.browser = await launchChromium();
});
after(async () => {
  await shared.browser?.close();
  await shared.app?.close();
  await shared.course?.close();
});

/** Every exercise the page can show, by id: the built-in files (as the build copies them into
 * practice-<hash>/) and the sample course's own. */
const EXERCISES = new Map();
for (const file of ['en', 'sv', 'de', 'nb', 'nl'].map((lang) => join(ROOT, 'static', 'practice', `${lang}.json`))
  .concat(join(HOST_PAGE, 'lesson-3-exercises.json'))) {
  for (const exercise of JSON.parse(await readFile(file, 'utf8'))) EXERCISES.set(exercise.id, exercise);
}

/**
 * Answers the exercise on screen with its model answer (`pass`) or with its weak prompt, checks
 * it, and returns what the screen says; the grader must agree with the exercise file.
 */
async function answer(scope, pass) {
  const shown = scope.getByTestId('exercise');
  const exercise = EXERCISES.get(await shown.getAttribute('data-exercise'));
  const given = pass ? exercise.model : exercise.prompt;
  if (exercise.skill === 'what-now') {
    await scope.getByTestId(`choice-${given}`).check();
  } else {
    await scope.getByTestId('exercise-answer').fill(given);
  }
  await scope.getByTestId('exercise-check').click();
  const grade = scope.getByTestId('exercise-grade');
  assert.equal(await grade.getAttribute('data-pass'), String(pass), `${exercise.id}: "${given}"`);
  // The Check button is gone: focus is on the verdict, where a screen reader reads it.
  const page = 'page' in scope ? scope.page() : scope;
  assert.equal(await page.evaluate(() => deepActiveElement()?.dataset.testid), 'exercise-verdict');
  if (exercise.skill === 'what-now') {
    assert.equal(await scope.getByTestId('advice').getAttribute('data-action') !== null, true);
  } else {
    assert.equal((await scope.getByTestId('model-answer').textContent()).trim(), exercise.model);
  }
  return exercise;
}

/** A whole session, passing every other exercise; returns the exercises in the order shown. */
async function session(page, size) {
  await page.getByTestId('practice-size').fill(String(size));
  await page.getByTestId('practice-size').dispatchEvent('change');
  await page.getByTestId('practice-start').click();
  const done = [];
  for (let index = 0; index < size; index += 1) {
    done.push({ ...(await answer(page, index % 2 === 0)), passed: index % 2 === 0 });
    await page.getByTestId('exercise-next').click();
  }
  await page.getByTestId('session-done').waitFor();
  // The summary lists each exercise with its first verdict and a rule to remember.
  const rows = page.getByTestId('summary-row');
  assert.deepEqual(
    await rows.evaluateAll((items) => items.map((item) => [item.dataset.exercise, item.dataset.pass])),
    done.map((exercise) => [exercise.id, String(exercise.passed)]),
  );
  assert.match(await rows.first().textContent(), /[FWTLS]\d · /);
  return done;
}

const chartPoints = (page) =>
  page.getByTestId('practice-chart').locator('circle').count();

test('sessions in two languages move the chart, and the schedule survives a reload', async () => {
  // A fixed Wednesday: failed exercises are due again the same day, passed ones the next.
  const { context, page, errors } = await openApp(shared.browser, shared.app.url, { time: new Date('2026-12-02T10:00:00') });
  await page.getByTestId('tab-practice').click();
  await page.getByTestId('practice-home').waitFor();
  assert.equal(await page.getByTestId('practice-progress').getAttribute('data-attempts'), '0');

  await page.getByTestId('practice-lang').selectOption('en');
  const english = await session(page, 1);
  assert.ok(english.every((exercise) => exercise.lang === 'en'));
  assert.equal(await page.getByTestId('practice-progress').getAttribute('data-attempts'), '1');
  const pointsAfterEnglish = await chartPoints(page);
  assert.ok(pointsAfterEnglish > 0, 'the chart shows the day');

  await page.getByTestId('practice-lang').selectOption('sv');
  const swedish = await session(page, 4);
  assert.ok(swedish.every((exercise) => exercise.lang === 'sv'));
  assert.equal(await page.getByTestId('practice-progress').getAttribute('data-attempts'), '5');
  // The Swedish session took the unpractised skills in turn, so new lines appeared.
  assert.equal(new Set(swedish.map((exercise) => exercise.skill)).size, 3, 'a mixed session');
  assert.ok(await chartPoints(page) > pointsAfterEnglish, 'the chart changed');
  assert.match(await page.getByTestId('practice-streak').textContent(), /1/);

  await page.reload();
  await page.getByTestId('warmcall-app').waitFor();
  await page.getByTestId('tab-practice').click();
  assert.equal(await page.getByTestId('practice-progress').getAttribute('data-attempts'), '5');
  assert.equal(await page.getByTestId('practice-lang').inputValue(), 'sv');
  // The Leitner boxes were kept: the exercises missed today come back first.
  const missed = swedish.filter((exercise) => !exercise.passed).map((exercise) => exercise.id);
  await page.getByTestId('practice-size').fill('2');
  await page.getByTestId('practice-size').dispatchEvent('change');
  await page.getByTestId('practice-start').click();
  const first = await page.getByTestId('exercise').getAttribute('data-exercise');
  assert.ok(missed.includes(first), `${first} should be one of the missed ${missed}`);
  await page.getByTestId('practice-stop').click();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a result that does not fit in full storage is said to be unsaved and kept for the session', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.app.url, { time: new Date('2026-12-02T10:00:00') });
  await page.getByTestId('tab-practice').click();
  await page.getByTestId('practice-home').waitFor();
  await page.getByTestId('practice-lang').selectOption('en');
  await page.getByTestId('practice-size').fill('1');
  await page.getByTestId('practice-size').dispatchEvent('change');
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('warmcall:practice') ?? '{}'));
  // The choices are saved before the storage fills, so that only the result meets a full storage.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('warmcall:practice') ?? '{}').sessionSize === 1);
  // Another widget or site data fills the origin's storage to the last character.
  await fillStorage(page);
  await page.getByTestId('practice-start').click();
  assert.match(await page.getByTestId('exercise').textContent(), /Exercise 1 of 1/);
  await answer(page, true);
  // Said during the session, beside the verdict, not only once the session is over.
  const problem = page.getByTestId('practice-session').getByTestId('save-problem');
  await problem.waitFor({ timeout: 5000 });
  assert.match(await problem.textContent(), /Not saved: the browser's storage for this site is full/);
  assert.equal((await stored()).attempts?.length ?? 0, 0, 'nothing was written');
  await page.getByTestId('exercise-next').click();
  // A crash would show its panel instead: said at once, with the page's errors, not as a timeout.
  await page.getByTestId('session-done').or(page.getByTestId('crash-panel')).waitFor();
  assert.deepEqual(errors, []);
  assert.equal(await page.getByTestId('session-done').count(), 1, await page.getByTestId('warmcall-app').innerText());
  assert.equal(await page.getByTestId('practice-progress').getAttribute('data-attempts'), '1', 'kept for the session');
  assert.match(await page.getByTestId('save-problem').textContent(), /Not saved/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a course page embeds one skill with its own exercises and hears every result', async () => {
  const context = await shared.browser.newContext();
  await context.addInitScript(shadowHelpers);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${shared.course.url}/course/`);
  const practice = page.locator('#practice-coach');
  await practice.getByTestId('practice-start').click();
  assert.equal(await practice.getByRole('tab').count(), 0);
  assert.equal(await practice.getByTestId('custom-exercise-problems').count(), 0, 'the course file is valid');
  const seen = [];
  for (let index = 0; index < 3; index += 1) {
    const exercise = await answer(practice, index !== 1);
    assert.equal(exercise.skill, 'assumptive', 'data-skill keeps to one skill');
    seen.push(exercise);
    await practice.getByTestId('exercise-next').click();
  }
  const results = page.locator('#results li');
  await results.nth(2).waitFor();
  assert.deepEqual(
    await results.evaluateAll((items) => items.map((item) => item.dataset.exercise)),
    seen.map((exercise) => exercise.id),
  );
  assert.match(await results.nth(1).textContent(), /assumptive .*: not yet/);

  // A course file with a mistake: the widget names the exercise and the field, and keeps the rest.
  const problems = await page.evaluate(async () => {
    const { mount } = await import('./warmcall/warmcall.js');
    const element = document.createElement('div');
    document.body.append(element);
    await mount(element, {
      mode: 'practice', lang: 'en', storagePrefix: 'bad-course:',
      exercises: [
        { id: 'ok-1', skill: 'next-step', lang: 'en', situation: 'The demo went well.', prompt: "I'll call you next week.",
          model: 'Shall we meet again on Thursday 10 December at 14:00? How does that fit your calendar?' },
        { id: 'broken-2', skill: 'assumptive', lang: 'en', situation: 'x', prompt: 'Did you read it?', model: 'Did you read it?' },
        // A copy of a built-in exercise's id, and an exercise in another language than the drills.
        { id: 'en-assumptive-01', skill: 'assumptive', lang: 'en', situation: 'The demo.', prompt: 'Did you like it?',
          model: 'What did you conclude after the demo?' },
        { id: 'sv-1', skill: 'assumptive', lang: 'sv', situation: 'Demon.', prompt: 'Gillade du den?',
          model: 'Vad kom ni fram till efter demon?' },
      ],
    });
    return element;
  }).then(() => page.locator('body > div:last-child').getByTestId('custom-exercise-problems').textContent());
  assert.match(problems, /broken-2/);
  assert.match(problems, /model/);
  assert.match(problems, /en-assumptive-01.*built-in exercise has this id/);
  assert.doesNotMatch(problems, /ok-1/);
  assert.match(
    await page.locator('body > div:last-child').getByTestId('custom-other-language').textContent(),
    /in another language: 1\./,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('the course page: its own exercises first, a generic answer fails naming what is missing, a retry, exercises-only, a filled scenario', async () => {
  const context = await shared.browser.newContext();
  await context.addInitScript(shadowHelpers);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const heard = [];
  await page.exposeFunction('heard', (detail) => heard.push(detail));
  await page.addInitScript(() => document.addEventListener('warmcall:result', (event) => window.heard(event.detail)));
  await page.goto(`${shared.course.url}/course/`);

  // The Swedish follow-up coach opens on the lesson's case.
  const followup = page.locator('#followup-coach');
  assert.equal(await followup.getByTestId('followup-contact').inputValue(), 'Lena');
  assert.equal(await followup.getByTestId('followup-topic').inputValue(), 'prislistan');
  assert.equal(await followup.getByTestId('followup-due').inputValue(), '2026-12-11');
  // The learner's edit survives a reload: the case fills the form once.
  await followup.getByTestId('followup-contact').fill('Lena Holm');
  await page.reload();
  assert.equal(await page.locator('#followup-coach').getByTestId('followup-contact').inputValue(), 'Lena Holm');

  const practice = page.locator('#practice-coach');
  assert.match(await practice.getByTestId('practice-home').textContent(), /graded by warmcall's coach/, 'no tabs on a course page');
  await practice.getByTestId('practice-start').click();
  assert.equal(await practice.getByTestId('exercise').getAttribute('data-exercise'), 'course3-assumptive-01', "the course's own first");

  // "What did they say?" has the assumptive form and names nothing: not yet, the thread missing.
  await practice.getByTestId('exercise-answer').fill('What did they say?');
  await practice.getByTestId('exercise-check').click();
  const grade = practice.getByTestId('exercise-grade');
  assert.equal(await grade.getAttribute('data-pass'), 'false');
  assert.match(await practice.getByTestId('exercise-verdict').textContent(), /Name the thread.*“stock report”/);
  await page.locator('#results li').first().waitFor();
  assert.match(await page.locator('#results li').first().textContent(), /not yet .*missing: thread/);
  assert.equal(heard[0].missing[0].item, 'thread');
  assert.ok(heard[0].missing[0].phrases.includes('stock report'));

  // Try again: the retry is graded, and the page hears it as a second attempt.
  await practice.getByTestId('exercise-retry').click();
  await practice.getByTestId('exercise-answer').fill('Tom, you were showing the stock report to your store managers. What did they ask?');
  await practice.getByTestId('exercise-check').click();
  assert.equal(await grade.getAttribute('data-pass'), 'true');
  await practice.getByTestId('retry-note').waitFor();
  await page.locator('#results li').nth(1).waitFor();
  assert.deepEqual([heard[1].attempt, heard[1].pass, heard[1].missing], [2, true, []]);
  await practice.getByTestId('exercise-next').click();
  assert.equal(await practice.getByTestId('exercise').getAttribute('data-exercise'), 'course3-assumptive-02');
  await practice.getByTestId('practice-stop').click();
  // The schedule kept the first verdict: one attempt, failed.
  assert.match(await practice.getByTestId('skill-assumptive').textContent(), /0 % .*\(1 /);

  // data-exercises-only: a session holds the course's own exercises and nothing else.
  await page.evaluate(async () => {
    const { mount } = await import('./warmcall/warmcall.js');
    const element = Object.assign(document.createElement('div'), { id: 'only-course' });
    element.setAttribute('data-exercises-only', '');
    document.body.append(element);
    const exercises = await (await fetch('lesson-3-exercises.json')).json();
    await mount(element, { mode: 'practice', lang: 'en', storagePrefix: 'only:', exercises });
  });
  const only = page.locator('#only-course');
  await only.getByTestId('practice-start').click();
  const ids = [];
  for (let index = 0; index < 2; index += 1) {
    ids.push((await answer(only, true)).id);
    await only.getByTestId('exercise-next').click();
  }
  await only.getByTestId('session-done').waitFor();
  assert.deepEqual(ids, ['course3-assumptive-01', 'course3-assumptive-02']);
  assert.equal(await only.getByTestId('summary-row').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});
