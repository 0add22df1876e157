// The clock bar: the world's simulated time (UTC, 24-hour), when the next payout run is, the
// controls that move it (a day, the next payout run, a payout's arrival, a chosen moment typed
// as `YYYY-MM-DD HH:MM` UTC), and resetting the world to its fixtures.

import { act, InputError, showRefused } from './act.js';
import { api } from './api.js';
import { $ } from './dom.js';
import { clearEvents } from './events.js';
import { formatClockInput, formatTime, formatWeekdayShort, parseClockInput } from './format.js';
import { readOnly, state } from './state.js';

export function renderClock() {
  const clock = state.overview.clock;
  const now = $('clock-now');
  now.textContent = formatTime(clock.now);
  now.dateTime = new Date(clock.now * 1000).toISOString();
  now.dataset.unix = clock.now;
  const next = $('clock-next-payout-run');
  next.textContent = formatWeekdayShort(clock.next_payout_run);
  next.dateTime = new Date(clock.next_payout_run * 1000).toISOString();
  next.dataset.unix = clock.next_payout_run;
  // A payout's arrival can be reached only while one is in transit.
  const arrival = $('clock-advance-payout-arrival');
  const arrives = clock.next_payout_arrival;
  arrival.disabled = readOnly() || arrives == null;
  arrival.title = arrives == null
    ? 'No payout is in transit'
    : `The earliest payout in transit arrives ${formatWeekdayShort(arrives)} UTC`;
  // The field offers a day later until the user types in it.
  const to = $('clock-to-input');
  if (!to.value || to.dataset.filled === 'auto') {
    to.value = formatClockInput(clock.now + 86_400);
    to.dataset.filled = 'auto';
  }
}

/** Moves the clock as `params` say, from `button`, and says where it is now. */
function advance(button, params, what) {
  return act(button, async () => {
    const clock = await api('POST', '/_sim/clock/advance', { params });
    const count = clock.events.length;
    return `${what}: it is now ${formatTime(clock.now)}. ${count} event${count === 1 ? '' : 's'} happened on the way.`;
  });
}

export function wireClock() {
  $('clock-advance-day').addEventListener('click', (e) => advance(e.currentTarget, { days: 1 }, 'One day later'));
  $('clock-advance-payout-run').addEventListener('click', (e) => advance(e.currentTarget, { next: 'payout_run' }, 'The payout run has happened'));
  $('clock-advance-payout-arrival').addEventListener('click', (e) => advance(e.currentTarget, { next: 'payout_arrival' }, 'The next payout has arrived'));
  $('clock-to-input').addEventListener('input', (e) => { e.target.dataset.filled = 'user'; });
  $('clock-to-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const to = parseClockInput($('clock-to-input').value);
    if (to == null) {
      showRefused(new InputError('Type a moment in UTC, 24-hour, like 2026-01-02 15:30.'));
      return;
    }
    $('clock-to-input').dataset.filled = 'auto';
    advance($('clock-advance-to'), { to }, 'Advanced');
  });

  // Resetting loses the world's history: the button asks twice.
  const reset = $('reset-world');
  let armed = null;
  const disarm = () => {
    clearTimeout(armed);
    armed = null;
    reset.classList.remove('armed');
    reset.textContent = 'Reset world';
  };
  reset.addEventListener('click', () => {
    if (!armed) {
      reset.classList.add('armed');
      reset.textContent = 'Click again to reset';
      armed = setTimeout(disarm, 4000);
      return;
    }
    disarm();
    act(reset, async () => {
      await api('POST', '/_sim/reset');
      state.pageStarts = [''];
      state.focus = null;
      clearEvents();
      return 'The world is back to its fixtures.';
    });
  });
}
