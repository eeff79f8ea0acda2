// The course page's own script: mounts a second widget from script, removes and re-adds it, and
// records the learner's practice results for the course.
import { mount } from './warmcall/warmcall.js';

const element = document.getElementById('opener-coach');
const toggle = document.getElementById('toggle-opener');
let widget = await mount(element, { mode: 'opener', lang: 'de', theme: 'light', storagePrefix: 'course3:' });

toggle.addEventListener('click', async () => {
  if (widget) {
    widget.unmount();
    widget = null;
    toggle.textContent = 'Show the opener coach';
  } else {
    widget = await mount(element, { mode: 'opener', lang: 'de', theme: 'light', storagePrefix: 'course3:' });
    toggle.textContent = 'Hide the opener coach';
  }
});

// Every graded practice answer: { skill, exerciseId, pass, score, attempt, missing }, where missing
// lists the rubric items the answer lacked ({ item, phrases }). It bubbles out of the widget's
// shadow root, so one listener on the document hears every widget.
document.addEventListener('warmcall:result', (event) => {
  const { skill, exerciseId, pass, score, attempt, missing } = event.detail;
  const item = document.createElement('li');
  item.dataset.exercise = exerciseId;
  item.dataset.attempt = String(attempt);
  const lacking = missing.length ? `, missing: ${missing.map((m) => m.item).join(', ')}` : '';
  const retry = attempt > 1 ? ` (try ${attempt})` : '';
  item.textContent = `${skill} ${exerciseId}${retry}: ${pass ? 'passed' : 'not yet'} (${score}${lacking})`;
  document.getElementById('results').append(item);
});
