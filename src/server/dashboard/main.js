// The dashboard's entry module, the one the page loads: it opens a world with the key the
// user gives, loads what every part of the page shows (the clock, the platform, the
// accounts, money moving, the chart, the events) and wires the controls to the modules that
// act. No framework and no build step: ES modules the server embeds and serves as they are.
// Nothing here writes to the console: a console error fails the browser tests.

import { ACCOUNTS_PER_PAGE, renderAccounts, renderPlatform, wireAccounts } from './accounts.js';
import { showDone, showRefused } from './act.js';
import { api, ApiError, plainWords } from './api.js';
import { loadChartSoon, redrawChartSoon, renderCurrencySelect } from './chart.js';
import { renderClock, wireClock } from './clock.js';
import { leaveDemo, wireDemo } from './demo.js';
import { $ } from './dom.js';
import { clearEvents, loadDeliveries, runStream, setLive } from './events.js';
import { maskKey } from './format.js';
import { chooseForDebit, renderSelects, wireForms } from './forms.js';
import { MOVEMENTS_PER_PAGE, loadMoreMovements, renderMovements } from './movements.js';
import { dueSummary, openOnboarding, takeReturn } from './onboarding.js';
import { refresh, setLoader, setTrouble, showTrouble } from './refresh.js';
import { nameOf, readOnly, state } from './state.js';

const KEY_STORAGE = 'debitsim.dashboard.key';
const KEY_SHAPE = /^(sk|rk)_test_[A-Za-z0-9_]{1,247}$/;

/** Loads every figure the page shows, and draws them. */
async function loadAll() {
  const generation = state.generation;
  // Which page this load is for: the user may page on while it is on its way.
  const pageIndex = state.pageStarts.length - 1;
  const cursor = state.pageStarts[pageIndex];
  const shown = Math.min(100, Math.max(MOVEMENTS_PER_PAGE, state.movements.data.length));
  let loaded;
  try {
    loaded = await Promise.all([
      api('GET', '/_sim/overview'),
      api('GET', '/_sim/accounts', { params: { limit: ACCOUNTS_PER_PAGE, starting_after: cursor } }),
      api('GET', '/_sim/movements', { params: { limit: shown, account: state.focus } }),
    ]);
  } catch (error) {
    // The page or the account shown is gone (the world was reset under us): start over
    // from the first page and the whole world.
    const param = error instanceof ApiError ? error.error?.param : null;
    if (generation !== state.generation || (param !== 'starting_after' && param !== 'account')) throw error;
    state.pageStarts = [''];
    state.focus = null;
    state.chartCurrency = null;
    return loadAll();
  }
  const [overview, accounts, movements] = loaded;
  if (generation !== state.generation) return;
  state.overview = overview;
  state.accounts = { ...accounts, pageIndex };
  for (const account of accounts.data) state.known.set(account.id, account);
  state.movements = movements;
  renderClock();
  renderPlatform();
  renderAccounts();
  renderSelects();
  renderCurrencySelect();
  renderMovements();
  setTrouble(null);
  await Promise.all([loadChartSoon(), loadDeliveries()]);
}

/** Shows one account's money moving and balance chart (or, with none, the whole world's). */
function setFocus(account) {
  state.focus = account || null;
  state.chartCurrency = null;
  state.movements = { data: [], has_more: false };
  redrawChartSoon();
  renderAccounts();
  refresh().catch(showTrouble);
}

function wireViews() {
  wireAccounts({
    focus: setFocus,
    debit: (account) => chooseForDebit(account),
    // The tab goes to the hosted page, and comes back here when the form is submitted.
    onboard: (account, button) => {
      button.disabled = true;
      openOnboarding(account).catch((error) => {
        button.disabled = readOnly();
        showRefused(error);
      });
    },
  });
  $('movements-account').addEventListener('change', (event) => setFocus(event.target.value));
  $('chart-currency').addEventListener('change', (event) => {
    state.chartCurrency = event.target.value;
    redrawChartSoon();
    loadChartSoon().catch(showTrouble);
  });
  $('movements-more').addEventListener('click', () => loadMoreMovements().catch(showTrouble));
  // Paging follows the page on screen, whatever a load on its way may bring.
  $('accounts-next').addEventListener('click', () => {
    const last = state.accounts.data[state.accounts.data.length - 1];
    if (!last) return;
    state.pageStarts = [...state.pageStarts.slice(0, state.accounts.pageIndex + 1), last.id];
    refresh().catch(showTrouble);
  });
  $('accounts-prev').addEventListener('click', () => {
    state.pageStarts = state.pageStarts.slice(0, Math.max(1, state.accounts.pageIndex));
    refresh().catch(showTrouble);
  });
}

/** Back from an account's hosted onboarding page: what became of it, in words. */
function sayReturn(back) {
  if (!back) return;
  const account = state.known.get(back.account);
  const name = nameOf(back.account);
  if (back.how === 'refresh') {
    showRefused(new Error(`The onboarding link of ${name} was used or had expired; open onboarding again for a new one.`));
  } else if (account?.onboarding.details_submitted) {
    showDone(`Back from onboarding: ${name} is onboarded, with charges ${account.onboarding.charges_enabled ? 'enabled' : 'disabled'} and payouts ${account.onboarding.payouts_enabled ? 'enabled' : 'disabled'}.`);
  } else {
    const due = account ? dueSummary(account.onboarding.currently_due).join(', ') : 'more';
    showDone(`Back from onboarding: Stripe still needs ${due} of ${name}.`);
  }
}

function showWorld(open) {
  for (const el of document.querySelectorAll('[data-when="open"]')) el.hidden = !open;
  for (const el of document.querySelectorAll('[data-when="closed"]')) el.hidden = open;
}

async function openWorld(key) {
  state.generation += 1;
  state.key = key;
  try {
    state.overview = await api('GET', '/_sim/overview');
  } catch (error) {
    state.key = null;
    throw error;
  }
  sessionStorage.setItem(KEY_STORAGE, key);
  $('world-key').textContent = maskKey(key);
  $('world-mode').hidden = !readOnly();
  for (const el of document.querySelectorAll('[data-writes]')) el.disabled = readOnly();
  showWorld(true);
  state.pageStarts = [''];
  state.focus = null;
  clearEvents();
  setLive(false, 'Connecting…');
  runStream(state.generation);
  await refresh();
}

function closeWorld() {
  state.generation += 1;
  state.stream?.abort();
  state.stream = null;
  state.key = null;
  state.known.clear();
  leaveDemo();
  sessionStorage.removeItem(KEY_STORAGE);
  $('key-input').value = '';
  showWorld(false);
  $('key-input').focus();
}

function wireGate() {
  const error = $('key-error');
  $('key-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = $('key-input').value.trim();
    error.hidden = true;
    if (!KEY_SHAPE.test(key)) {
      error.textContent = key.startsWith('sk_live_') || key.startsWith('rk_live_')
        ? 'That is a live key: debitsim only ever needs test keys (sk_test_…).'
        : 'A key looks like sk_test_ (or rk_test_) followed by letters, digits or underscores.';
      error.hidden = false;
      return;
    }
    try {
      await openWorld(key);
    } catch (e) {
      error.textContent = e instanceof ApiError ? `${plainWords(e)} ${e.message}` : 'Could not open the world.';
      error.hidden = false;
    }
  });
  $('key-generate').addEventListener('click', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const random = crypto.getRandomValues(new Uint8Array(16));
    $('key-input').value = `sk_test_dash_${[...random].map((b) => alphabet[b % alphabet.length]).join('')}`;
    $('key-form').requestSubmit();
  });
  $('change-key').addEventListener('click', closeWorld);
}

function start() {
  setLoader(loadAll);
  wireGate();
  wireClock();
  wireForms();
  wireViews();
  wireDemo();
  const back = takeReturn();
  const saved = sessionStorage.getItem(KEY_STORAGE);
  if (saved && KEY_SHAPE.test(saved)) {
    openWorld(saved).then(() => sayReturn(back), () => closeWorld());
  } else {
    showWorld(false);
    $('key-input').focus();
  }
}

start();
