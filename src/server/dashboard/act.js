// Acting on the world from the page: every action is a call any Stripe client could make,
// run from a button, with its result in words or Stripe's refusal (plain words, Stripe's
// message, its code) shown under the actions, and the figures reloaded after it.

import { ApiError, plainWords } from './api.js';
import { $, h } from './dom.js';
import { refresh, showTrouble } from './refresh.js';
import { readOnly } from './state.js';

/** A mistake in what the user typed, caught before anything is sent. */
export class InputError extends Error {}

export function showRefused(error) {
  const box = $('action-error');
  $('action-result').hidden = true;
  if (!(error instanceof ApiError)) {
    box.replaceChildren(h('strong', {}, 'Not sent: '), error.message);
  } else {
    const e = error.error ?? {};
    box.replaceChildren(
      h('strong', {}, 'Refused. '), plainWords(error), ' ',
      h('span', {}, 'Stripe says: ', h('q', {}, e.message ?? '')), ' ',
      h('span', { 'data-testid': 'action-error-code' }, '(', e.code ? h('code', {}, e.code) : h('code', {}, e.type ?? `HTTP ${error.status}`), ')'),
    );
  }
  box.hidden = false;
}

export function showDone(message) {
  $('action-error').hidden = true;
  const box = $('action-result');
  box.textContent = message;
  box.hidden = false;
}

/** Runs an action from `button`: its result or Stripe's refusal shown, the figures reloaded. */
export async function act(button, work) {
  $('action-error').hidden = true;
  $('action-result').hidden = true;
  button.disabled = true;
  try {
    showDone(await work());
  } catch (error) {
    if (error?.name !== 'AbortError') showRefused(error);
  } finally {
    button.disabled = readOnly();
  }
  await refresh().catch(showTrouble);
}
