// The debitsim dashboard: one world (a platform and its connected accounts) read and driven
// through this server's own API, with the key the user enters. Hand-written, no framework
// and no build step: render functions over plain DOM, fed by the simulator's JSON endpoints
// (/_sim/…) and Stripe's own (/v1/…), refreshed when the live feed (/_sim/stream) says the
// world changed. Nothing here writes to the console: a console error fails the browser tests.

// ---------------------------------------------------------------------------------------
// Constants

const KEY_STORAGE = 'debitsim.dashboard.key';
const KEY_SHAPE = /^(sk|rk)_test_[A-Za-z0-9_]{1,247}$/;
const ACCOUNTS_PER_PAGE = 25;
const MOVEMENTS_PER_PAGE = 25;
const EVENTS_SHOWN = 100;
const CHART_POINTS = 160;
/** Figures reload at most this often (ms) after a change… */
const REFRESH_GAP = 250;
/** …and this often once the world has changed without pause for BUSY_AFTER ms (a load
 * test), so an open dashboard takes little from the server it watches. */
const BUSY_REFRESH_GAP = 1000;
const BUSY_AFTER = 3000;
/** The balance history reads all of one account's transactions: at most this often, and
 * never more than 2 % of the time (its own duration × 50). */
const CHART_GAP = 1000;
/** Stripe's zero-decimal currencies, as src/ledger/money.rs lists them: amounts are whole units. */
const ZERO_DECIMAL = new Set([
  'bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf',
]);

// ---------------------------------------------------------------------------------------
// Formatting: money is integer minor units until the moment it is shown.

function decimalsOf(currency) {
  return ZERO_DECIMAL.has(currency) ? 0 : 2;
}

/** `-1500, 'usd'` → `−$15.00`; `1500, 'jpy'` → `¥1,500`. Exact: built from the digits, not a float. */
function formatMoney(minor, currency) {
  const decimals = decimalsOf(currency);
  const digits = String(Math.abs(minor)).padStart(decimals + 1, '0');
  const major = decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  const text = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(major);
  return minor < 0 ? `\u2212${text}` : text;
}

/** A short label for a chart axis: `$90.1K`. */
function formatCompact(minor, currency) {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: currency.toUpperCase(),
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(minor / 10 ** decimalsOf(currency));
}

/** What the user typed in major units (`12.34`) as minor units, or null if it is not an amount. */
function parseAmount(text, currency) {
  const decimals = decimalsOf(currency);
  const clean = text.trim().replace(/[,_\s]/g, '');
  const shape = decimals ? /^(\d{1,13})(?:\.(\d{1,2}))?$/ : /^(\d{1,15})$/;
  const match = shape.exec(clean);
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(decimals, '0');
  return Number(match[1]) * 10 ** decimals + Number(fraction || 0);
}

const FULL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const SHORT_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short' });
const DAY_ONLY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });

/** Simulated time is shown in UTC, where Stripe's payout runs happen (midnight UTC). */
function formatTime(unix) {
  return `${FULL_TIME.format(new Date(unix * 1000))} UTC`;
}
function formatShort(unix) {
  return SHORT_TIME.format(new Date(unix * 1000));
}

/** `sk_test_…6789`: enough to tell keys apart, never the key. */
function maskKey(key) {
  const prefix = key.slice(0, 8);
  return `${prefix}…${key.slice(-4)}`;
}

const KIND_LABELS = {
  charge: 'Card payment',
  debit: 'Account debit',
  transfer: 'Transfer',
  reversal: 'Reversal',
  refund: 'Refund',
  payout: 'Payout',
  bank_debit: 'Bank debit',
  payout_failure: 'Payout failed',
  payout_cancel: 'Payout canceled',
  payout_reversal: 'Payout reversed',
  reserve_held: 'Reserve held',
  reserve_released: 'Reserve released',
  application_fee: 'Application fee',
  application_fee_refund: 'Application fee back',
  dispute: 'Dispute: funds withdrawn',
  dispute_reinstated: 'Dispute won: funds back',
  dispute_fee: 'Dispute fee',
  stripe_fee: 'Stripe fee',
  other: 'Other',
};

const DISPUTE_REASONS = {
  fraudulent: 'fraudulent', product_not_received: 'product not received', general: 'an inquiry',
};

const TYPE_LABELS = { standard: 'Standard', express: 'Express', custom: 'Custom', none: 'Controller only' };

// ---------------------------------------------------------------------------------------
// DOM helpers

/** The element with this data-testid. */
function $(testid, root = document) {
  return root.querySelector(`[data-testid="${testid}"]`);
}

/** An element with attributes and children (strings become text: never HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children.flat()) {
    if (child != null) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** A figure: the formatted amount, with the exact minor units for tests and automation. */
function money(minor, currency, testid) {
  const classes = ['money'];
  if (minor < 0) classes.push('negative');
  if (minor === 0) classes.push('zero');
  return h('span', {
    class: classes.join(' '),
    'data-testid': testid,
    'data-amount': minor,
    'data-currency': currency,
  }, formatMoney(minor, currency));
}

/** Replaces `container`'s content, flashing every figure whose amount changed. */
function renderFigures(container, build) {
  const before = new Map();
  for (const el of container.querySelectorAll('[data-amount][data-testid]')) {
    before.set(el.dataset.testid, el.dataset.amount);
  }
  container.replaceChildren(...build());
  for (const el of container.querySelectorAll('[data-amount][data-testid]')) {
    const old = before.get(el.dataset.testid);
    if (old !== undefined && old !== el.dataset.amount) el.classList.add('flash');
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------
// The API: this server only, the key in the Authorization header, Stripe's errors as values.

class ApiError extends Error {
  constructor(status, error) {
    super(error.message ?? `HTTP ${status}`);
    this.status = status;
    this.error = error;
  }
}

/** `{a: 1, b: {c: 'x'}, e: ['y']}` → `a=1&b[c]=x&e[]=y`, as Stripe's form bodies nest. */
function encodeForm(params, prefix = '') {
  const parts = [];
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value == null || value === '') continue;
    const key = prefix ? `${prefix}[${name}]` : name;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(`${encodeURIComponent(`${key}[]`)}=${encodeURIComponent(item)}`);
    } else if (typeof value === 'object') {
      const nested = encodeForm(value, key);
      if (nested) parts.push(nested);
    } else {
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
    }
  }
  return parts.join('&');
}

async function api(method, path, { params, account, signal } = {}) {
  const headers = { Authorization: `Bearer ${state.key}` };
  if (account) headers['Stripe-Account'] = account;
  const form = encodeForm(params);
  let url = path;
  let body;
  if (method === 'GET') {
    if (form) url += `?${form}`;
  } else {
    body = form;
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  let response;
  try {
    response = await fetch(url, { method, headers, body, signal, cache: 'no-store', credentials: 'omit' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { type: 'connection_error', message: 'The server did not answer. Is debitsim still running?' });
  }
  let json = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, json?.error ?? { type: 'api_error', message: `HTTP ${response.status}` });
  }
  return json;
}

/** An account's balance in one currency, from Stripe's own /v1/balance. */
async function balanceOf(account, currency) {
  const isPlatform = account === state.overview?.platform.id;
  const balance = await api('GET', '/v1/balance', { account: isPlatform ? null : account });
  const pick = (bucket) => (balance[bucket] ?? []).find((b) => b.currency === currency)?.amount ?? 0;
  return { available: pick('available'), pending: pick('pending'), connect_reserved: pick('connect_reserved') };
}

/** Stripe's codes in plain words; the message and code are always shown too. */
const PLAIN = {
  balance_insufficient: 'There is not enough money in that balance for this.',
  transfers_not_allowed: 'Stripe does not allow this money movement between these accounts.',
  resource_missing: 'Something this refers to does not exist in this world.',
  parameter_missing: 'A required value is missing.',
  parameter_invalid_integer: 'A number is not valid here.',
  parameter_invalid_string: 'A value is not valid here.',
  parameter_unknown: 'The request named a parameter Stripe does not know.',
  amount_too_small: 'The amount is below the minimum Stripe accepts.',
  charge_disputed: 'That charge is disputed: it cannot be refunded while the dispute is open or lost.',
  amount_too_large: 'The amount is more than is allowed here.',
  charge_already_refunded: 'That charge has already been refunded in full.',
  account_invalid: 'That account is not one of this platform’s connected accounts.',
  card_declined: 'The card was declined.',
  insufficient_capabilities_for_transfer: 'The account cannot receive transfers: a capability is missing.',
  rate_limit: 'Too many requests at once; try again in a moment.',
  idempotency_key_in_use: 'The same request is still running.',
};

function plainWords(error) {
  const e = error.error ?? {};
  if (error.status === 401) return 'This API key was refused.';
  if (error.status === 403 && readOnly()) {
    return 'This key is read-only (rk_test_…): it can look, not act.';
  }
  if (e.type === 'connection_error') return 'The server could not be reached.';
  return PLAIN[e.code] ?? 'Stripe refused this request.';
}

// ---------------------------------------------------------------------------------------
// State

const state = {
  key: null,
  /** Bumped on every change of key: answers about an earlier world are dropped. */
  generation: 0,
  overview: null,
  /** The page of accounts shown, and its place among the pages. */
  accounts: { data: [], has_more: false, total_count: 0, pageIndex: 0 },
  /** The `starting_after` cursor of each page before the current one ('' for the first). */
  pageStarts: [''],
  /** Every account summary seen, by id, so selections survive paging. */
  known: new Map(),
  /** The account whose money moving and balance history are shown; null for the whole world. */
  focus: null,
  chartCurrency: null,
  movements: { data: [], has_more: false },
  eventIds: new Set(),
  /** What /_sim/event_deliveries last said of each event listed, by id. */
  deliveries: new Map(),
  stream: null,
};

function readOnly() {
  return state.key?.startsWith('rk_') ?? false;
}

function isPlatform(id) {
  return id != null && id === state.overview?.platform.id;
}

function nameOf(id) {
  if (isPlatform(id)) return state.overview.platform.name;
  return state.known.get(id)?.name ?? id;
}

/** The default currency of an account (the platform's for the platform). */
function currencyOf(id) {
  if (!id || isPlatform(id)) return state.overview?.platform.default_currency ?? 'usd';
  return state.known.get(id)?.default_currency ?? state.overview?.platform.default_currency ?? 'usd';
}

// ---------------------------------------------------------------------------------------
// Loading and refreshing

let refreshing = null;
let refreshAgain = false;
let refreshTimer = null;
let lastRefresh = 0;
let lastChart = 0;
let chartTimer = null;
let chartCost = 0;
let lastChange = 0;
let changingSince = 0;

/** The live feed said the world changed: note whether it keeps changing. */
function noteChange() {
  const now = Date.now();
  if (now - lastChange > REFRESH_GAP * 4) changingSince = now;
  lastChange = now;
}

function refreshGap() {
  return lastChange - changingSince > BUSY_AFTER ? BUSY_REFRESH_GAP : REFRESH_GAP;
}

/** Reloads every figure soon, at most every REFRESH_GAP ms however fast the world changes. */
function scheduleRefresh() {
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  if (refreshTimer) return;
  const wait = Math.max(0, lastRefresh + refreshGap() - Date.now());
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    refresh().catch(showTrouble);
  }, wait);
}

/** Reloads every figure now; resolves once the page shows the world as it is. */
function refresh() {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    let again = false;
    do {
      // Asked again while loading: again, but no sooner than the gap allows.
      if (again) await sleep(Math.max(0, lastRefresh + refreshGap() - Date.now()));
      again = true;
      refreshAgain = false;
      lastRefresh = Date.now();
      await loadAll();
    } while (refreshAgain);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

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
  renderOverview();
  renderAccounts();
  renderSelects();
  renderMovements();
  setTrouble(null);
  await Promise.all([loadChartSoon(), loadDeliveries()]);
}

/** The balance history, at most every CHART_GAP ms (a trailing load catches the last change). */
async function loadChartSoon() {
  const wait = lastChart + Math.max(CHART_GAP, chartCost * 50, refreshGap() * 2) - Date.now();
  if (wait <= 0) {
    lastChart = Date.now();
    await loadChart();
  } else if (!chartTimer) {
    chartTimer = setTimeout(() => {
      chartTimer = null;
      lastChart = Date.now();
      loadChart().catch(showTrouble);
    }, wait);
  }
}

async function loadChart() {
  const generation = state.generation;
  const account = state.focus ?? state.overview.platform.id;
  const currency = state.chartCurrency ?? currencyOf(account);
  const started = performance.now();
  const history = await api('GET', '/_sim/balance_history', {
    params: { account, currency, points: CHART_POINTS },
  });
  chartCost = performance.now() - started;
  if (generation !== state.generation) return;
  drawChart(history);
}

/** A problem reaching the server, shown where the live status is. */
function setTrouble(message) {
  const status = $('stream-status');
  if (message) {
    status.textContent = message;
    status.classList.remove('on');
  } else if (state.stream && status.dataset.live === 'yes') {
    status.textContent = 'Live';
    status.classList.add('on');
  }
}

function showTrouble(error) {
  if (error?.name === 'AbortError') return;
  setTrouble(error instanceof ApiError ? `Could not load: ${error.message}` : 'Could not load the world');
}

// ---------------------------------------------------------------------------------------
// Rendering: the clock, the platform, the accounts

function renderOverview() {
  const o = state.overview;
  const now = $('clock-now');
  now.textContent = formatTime(o.clock.now);
  now.dateTime = new Date(o.clock.now * 1000).toISOString();
  now.dataset.unix = o.clock.now;
  const next = $('clock-next-payout-run');
  next.textContent = `${WEEKDAY.format(new Date(o.clock.next_payout_run * 1000))} ${formatShort(o.clock.next_payout_run)}`;
  next.dataset.unix = o.clock.next_payout_run;
  const to = $('clock-to-input');
  if (!to.value || to.dataset.filled === 'auto') {
    to.value = new Date((o.clock.now + 86_400) * 1000).toISOString().slice(0, 16);
    to.dataset.filled = 'auto';
  }

  $('platform-name').textContent = `${o.platform.name} · ${o.platform.id} · ${o.platform.country}`;
  renderFigures($('platform-balances'), () => {
    const rows = o.balances.length ? o.balances : [{
      currency: o.platform.default_currency, available: 0, pending: 0, connect_reserved: 0,
    }];
    return rows.map((b) => h('div', { class: 'currency-row' },
      h('span', { class: 'currency-code' }, b.currency),
      stat('Available', money(b.available, b.currency, `platform-available-${b.currency}`)),
      stat('Pending', money(b.pending, b.currency, `platform-pending-${b.currency}`)),
      stat('Connect reserved', money(b.connect_reserved, b.currency, `platform-connect-reserved-${b.currency}`), 'reserve'),
    ));
  });

  const body = $('liability-table').tBodies[0];
  renderFigures(body, () => {
    const rows = o.liability.accounts.map((l) => h('tr', { 'data-testid': `liability-row-${l.account}` },
      h('td', {}, h('div', { class: 'stack' }, h('span', { class: 'name' }, l.name), h('span', { class: 'sub' }, l.account))),
      h('td', {}, lossesBadge(l.losses)),
      h('td', { class: 'num' }, money(l.amount, l.currency, `liability-${l.account}-${l.currency}`)),
    ));
    if (!rows.length) {
      rows.push(h('tr', {}, h('td', { colspan: 3, class: 'empty' },
        'Nothing: no connected account the platform answers for is below zero.')));
    }
    for (const total of o.liability.total) {
      rows.push(h('tr', {},
        h('td', { colspan: 2 }, h('strong', {}, `Total ${total.currency.toUpperCase()} (= connect_reserved)`)),
        h('td', { class: 'num' }, money(total.amount, total.currency, `liability-total-${total.currency}`)),
      ));
    }
    if (o.liability.has_more) {
      rows.push(h('tr', {}, h('td', { colspan: 3, class: 'muted' }, 'The largest 100 are listed; the total covers them all.')));
    }
    return rows;
  });
}

function stat(label, figure, extra = '') {
  return h('div', { class: `stat ${extra}` }, h('div', { class: 'stat-label' }, label), h('div', { class: 'stat-value' }, figure));
}

function lossesBadge(losses) {
  if (losses === 'application') return h('span', { class: 'badge platform', title: 'controller.losses.payments = application' }, 'Platform');
  if (losses === 'stripe') return h('span', { class: 'badge stripe', title: 'controller.losses.payments = stripe' }, 'Stripe');
  return h('span', { class: 'badge' }, '—');
}

function renderAccounts() {
  const { data, has_more: hasMore, total_count: total, pageIndex } = state.accounts;
  const first = pageIndex * ACCOUNTS_PER_PAGE + 1;
  $('accounts-count').textContent = `${total.toLocaleString('en-US')} in this world`;
  $('accounts-range').textContent = data.length
    ? `${first.toLocaleString('en-US')}–${(first + data.length - 1).toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`
    : 'None';
  $('accounts-prev').disabled = pageIndex === 0;
  $('accounts-next').disabled = !hasMore;

  const body = $('accounts-table').tBodies[0];
  renderFigures(body, () => {
    if (!data.length) return [h('tr', {}, h('td', { colspan: 7, class: 'empty' }, 'This world has no connected accounts.'))];
    return data.map(accountRow);
  });
  markDemoFocus();
}

function accountRow(a) {
  const negative = a.balances.some((b) => b.available < 0 || b.pending < 0);
  const classes = [negative ? 'negative' : '', state.focus === a.id ? 'selected' : ''].join(' ').trim();
  const perCurrency = (field, testid) => h('div', { class: 'stack' },
    a.balances.map((b) => money(b[field], b.currency, testid && `account-${a.id}-${testid}-${b.currency}`)));
  const liable = a.balances.filter((b) => b.liability !== 0);
  return h('tr', { class: classes || null, 'data-testid': `account-row-${a.id}`, 'data-account': a.id },
    h('td', {}, h('div', { class: 'stack' },
      h('button', {
        type: 'button', class: 'name', 'data-testid': `account-${a.id}-show`,
        title: 'Show its money moving and balance over time', onclick: () => setFocus(a.id),
      }, a.name),
      h('span', { class: 'sub' }, a.id),
      h('span', { class: 'about', 'data-testid': `account-${a.id}-about` },
        `${TYPE_LABELS[a.type] ?? a.type} · ${a.country}, ${a.region ?? 'no debit region'} · ${a.default_currency.toUpperCase()}`),
      a.same_region_as_platform ? null : h('span', { class: 'tags' },
        h('span', { class: 'badge warn', title: 'A platform can only debit accounts in its own debit region' }, 'Other region')))),
    h('td', { 'data-testid': `account-${a.id}-losses` }, lossesBadge(a.losses)),
    h('td', {}, bankCell(a)),
    h('td', { class: 'num' }, perCurrency('available', 'available')),
    h('td', { class: 'num' }, perCurrency('pending', 'pending')),
    h('td', { class: 'num' }, liable.length
      ? h('div', { class: 'stack' }, liable.map((b) => money(b.liability, b.currency, `account-${a.id}-liability-${b.currency}`)))
      : h('span', { class: 'muted' }, '—')),
    h('td', {}, h('button', {
      type: 'button', class: 'small', 'data-testid': `account-${a.id}-debit`, 'data-writes': true, disabled: readOnly(),
      'aria-label': `Debit ${a.name}`, onclick: () => chooseForDebit(a.id),
    }, 'Debit')),
  );
}

function bankCell(a) {
  if (!a.bank_accounts.length) {
    return h('span', { class: 'badge warn', title: 'Without a bank account a debit cannot take it below zero' }, 'No bank account');
  }
  const debits = a.debit_negative_balances && a.country_auto_debits;
  return h('div', { class: 'stack' },
    a.bank_accounts.map((b) => h('span', {}, `${b.currency.toUpperCase()} ••${b.last4}`)),
    h('span', { class: 'sub' }, debits ? 'debited when negative' : 'never debited'));
}

/** Fills every account select from the platform and the accounts on this page. */
function renderSelects() {
  fillAccounts($('debit-account'), { connectedOnly: true });
  fillAccounts($('charge-account'), {});
  fillAccounts($('charge-destination'), { connectedOnly: true, none: 'Nobody: the platform keeps it' });
  fillAccounts($('refund-account'), {});
  fillAccounts($('transfer-account'), { connectedOnly: true });
  fillAccounts($('payout-account'), {});
  fillAccounts($('dispute-account'), {});
  fillAccounts($('dispute-destination'), { connectedOnly: true, none: 'Nobody: the platform keeps it' });
  fillAccounts($('movements-account'), { none: 'The whole world', value: state.focus ?? '' });
  renderCurrencies();
  updateDebitForm();
  updateCurrencyLabels();
}

function fillAccounts(select, { connectedOnly = false, none = null, value = undefined }) {
  const previous = value ?? select.value;
  const options = [];
  if (none) options.push(h('option', { value: '' }, none));
  const platform = state.overview.platform;
  if (!connectedOnly) options.push(h('option', { value: platform.id }, `Platform · ${platform.name}`));
  const listed = new Set();
  for (const a of state.accounts.data) {
    listed.add(a.id);
    options.push(h('option', { value: a.id }, `${a.id} · ${a.name}`));
  }
  // A chosen account from another page stays chosen.
  if (previous && !listed.has(previous) && state.known.has(previous)) {
    options.push(h('option', { value: previous }, `${previous} · ${nameOf(previous)}`));
  }
  const current = [...select.options].map((o) => `${o.value}|${o.textContent}`).join('\n');
  const next = options.map((o) => `${o.value}|${o.textContent}`).join('\n');
  if (current !== next) select.replaceChildren(...options);
  if (options.some((o) => o.value === previous)) select.value = previous;
}

function renderCurrencies() {
  const select = $('chart-currency');
  const account = state.focus ?? state.overview.platform.id;
  const balances = isPlatform(account) ? state.overview.balances : state.known.get(account)?.balances ?? [];
  const currencies = balances.map((b) => b.currency);
  const fallback = currencyOf(account);
  if (!currencies.includes(fallback)) currencies.unshift(fallback);
  if (!currencies.includes(state.chartCurrency)) state.chartCurrency = currencies[0];
  const options = currencies.map((c) => h('option', { value: c }, c.toUpperCase()));
  if ([...select.options].map((o) => o.value).join() !== currencies.join()) select.replaceChildren(...options);
  select.value = state.chartCurrency;
}

function updateCurrencyLabels() {
  const charged = $('charge-account').value;
  $('charge-currency').textContent = currencyOf(charged).toUpperCase();
  $('charge-fee-currency').textContent = currencyOf(charged).toUpperCase();
  $('transfer-currency').textContent = currencyOf(state.overview.platform.id).toUpperCase();
  $('payout-currency').textContent = currencyOf($('payout-account').value).toUpperCase();
  $('dispute-currency').textContent = currencyOf($('dispute-account').value).toUpperCase();
  $('charge-destination').closest('.field').hidden = !isPlatform(charged);
  $('dispute-destination').closest('.field').hidden = !isPlatform($('dispute-account').value);
  // An application fee is taken from a connected account: on a direct charge, or from a
  // destination charge's payment.
  $('charge-application-fee').closest('.field').hidden = isPlatform(charged) && !$('charge-destination').value;
}

function setFocus(account) {
  state.focus = account || null;
  state.chartCurrency = null;
  state.movements = { data: [], has_more: false };
  lastChart = 0;
  renderAccounts();
  refresh().catch(showTrouble);
}

// ---------------------------------------------------------------------------------------
// Money moving: movements and the balance chart

function partyName(party) {
  switch (party.type) {
    case 'account': return party.account === state.overview.platform.id ? `${party.name} (platform)` : party.name;
    case 'cardholder': return 'Cardholder';
    case 'bank': return `${nameOf(party.account)}’s bank ••${party.last4}`;
    case 'stripe': return 'Stripe';
    case 'connect_reserved': return `Reserve for ${party.name}`;
    default: return party.type;
  }
}

function renderMovements() {
  const list = $('movements');
  const items = [];
  for (const m of state.movements.data) {
    items.push(movementRow(m.kind, m.from, m.to, m.amount, m.currency, m.created, m, m.id));
    // Fees taken with it: Stripe's (a card's, a dispute's), and an application fee to the platform.
    for (const [fee, key] of [[m.fee, 'fee'], [m.application_fee, 'application-fee']]) {
      if (fee) items.push(movementRow(fee.kind, fee.from, fee.to, fee.amount, m.currency, m.created, null, `${m.id}-${key}`, { fee: true }));
    }
  }
  if (!items.length) items.push(h('li', { class: 'empty' }, 'No money has moved yet.'));
  list.replaceChildren(...items);
  $('movements-more').hidden = !state.movements.has_more;
}

function movementRow(kind, from, to, amount, currency, created, m, key, { fee = false } = {}) {
  const notes = [];
  if (m?.debit) {
    const how = m.debit.flow === 'charge' ? 'by charge (source=acct_…)' : 'by transfer (Stripe-Account)';
    notes.push(m.debit.reference ? `Stripe-managed debit referencing ${m.debit.reference}` : `Debit ${how}`);
  }
  if (m?.status === 'pending') notes.push(`pending until ${formatShort(m.available_on)}`);
  if (m?.description) notes.push(m.description);
  if (m?.payment_intent) notes.push(`PaymentIntent ${m.payment_intent}`);
  if (m?.source) notes.push(m.source);
  return h('li', { class: `movement${fee ? ' fee' : ''}`, 'data-testid': 'movement', 'data-movement': key, 'data-kind': kind },
    h('time', { class: 'when' }, formatShort(created)),
    h('span', { class: `kind ${kind}` }, KIND_LABELS[kind] ?? kind),
    h('span', { class: 'parties' },
      partyName(from), h('span', { class: 'arrow', 'aria-label': 'to' }, '→'), partyName(to),
      notes.length ? h('span', { class: 'note' }, notes.join(' · ')) : null),
    h('span', { class: 'money' }, formatMoney(amount, currency)),
  );
}

async function loadMoreMovements() {
  const last = state.movements.data[state.movements.data.length - 1];
  if (!last) return;
  const more = await api('GET', '/_sim/movements', {
    params: { limit: MOVEMENTS_PER_PAGE, account: state.focus, starting_after: last.id },
  });
  state.movements = { data: [...state.movements.data, ...more.data], has_more: more.has_more };
  renderMovements();
}

/** "Nice" tick values between lo and hi. */
function ticks(lo, hi, count) {
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw;
  const out = [];
  // `|| 0` turns a rounded -0 into 0, which would print as "-$0".
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v) || 0);
  return out;
}

/** The balance over simulated time as a step chart, drawn by hand in SVG. */
function drawChart(history) {
  const W = 680;
  const H = 230;
  const left = 70;
  const right = 14;
  const top = 12;
  const bottom = 28;
  const points = history.points;
  const currency = history.currency;
  const platform = isPlatform(history.account);
  const series = [
    { field: 'available', label: 'Available', css: 'available' },
    { field: 'pending', label: 'Pending', css: 'pending' },
  ];
  if (platform) series.push({ field: 'connect_reserved', label: 'Connect reserved', css: 'reserved' });
  const values = points.flatMap((p) => series.map((s) => p[s.field]));
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 10 ** decimalsOf(currency) * 100;
  const pad = (hi - lo) * 0.08;
  if (lo < 0) lo -= pad;
  hi += pad;
  const x = (k) => left + (points.length > 1 ? (k / (points.length - 1)) * (W - left - right) : 0);
  const y = (v) => top + ((hi - v) / (hi - lo)) * (H - top - bottom);
  const name = nameOf(history.account);
  const last = points[points.length - 1];

  const parts = [
    svg('title', {}, `Balance of ${name} in ${currency.toUpperCase()}`),
    svg('desc', {}, `From ${formatTime(history.from)} to ${formatTime(history.to)}. Now: ${series
      .map((s) => `${s.label} ${formatMoney(last[s.field], currency)}`).join(', ')}.`),
  ];
  if (lo < 0) parts.push(svg('rect', { class: 'below', x: left, y: y(0), width: W - left - right, height: H - bottom - y(0) }));
  for (const v of ticks(lo, hi, 4)) {
    parts.push(svg('line', { class: 'axis', x1: left, x2: W - right, y1: y(v), y2: y(v), 'stroke-opacity': 0.5 }));
    parts.push(svg('text', { class: 'tick', x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, formatCompact(v, currency)));
  }
  parts.push(svg('line', { class: 'zero', x1: left, x2: W - right, y1: y(0), y2: y(0) }));
  const spanDays = (history.to - history.from) / 86_400;
  const label = (t) => (spanDays >= 2 ? DAY_ONLY.format(new Date(t * 1000)) : formatShort(t));
  parts.push(svg('text', { class: 'tick', x: left, y: H - 8, 'text-anchor': 'start' }, label(history.from)));
  parts.push(svg('text', { class: 'tick', x: W - right, y: H - 8, 'text-anchor': 'end' }, `${label(history.to)} (now)`));
  for (const s of series) {
    let d = `M${x(0).toFixed(1)} ${y(points[0][s.field]).toFixed(1)}`;
    for (let k = 1; k < points.length; k += 1) d += `H${x(k).toFixed(1)}V${y(points[k][s.field]).toFixed(1)}`;
    parts.push(svg('path', { class: `line ${s.css}`, d }));
  }
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, role: 'img', 'data-testid': 'balance-chart',
    'data-account': history.account, 'data-currency': currency, 'aria-labelledby': 'chart-title',
  }, parts);
  chart.firstChild.setAttribute('id', 'chart-title');
  $('balance-chart-box').replaceChildren(chart);
  $('chart-legend').replaceChildren(
    h('strong', {}, `${name} · ${currency.toUpperCase()}`),
    ...series.map((s) => h('span', {}, h('span', { class: `key ${s.css}` }), `${s.label} `,
      money(last[s.field], currency, `chart-now-${s.field.replace('_', '-')}`))),
    h('span', {}, `${history.transactions.toLocaleString('en-US')} balance transactions`),
  );
}

// ---------------------------------------------------------------------------------------
// Events, live

function renderEvent(event) {
  if (state.eventIds.has(event.id)) return;
  state.eventIds.add(event.id);
  const object = event.data?.object ?? {};
  const who = event.account ? nameOf(event.account) : 'Platform';
  const detail = [who, object.id];
  if (typeof object.amount === 'number' && object.currency) detail.push(formatMoney(object.amount, object.currency));
  const delivery = h('span', { class: 'delivery', 'data-testid': 'event-delivery', hidden: true });
  const row = h('li', { class: 'event new', 'data-testid': 'event', 'data-event-id': event.id, 'data-type': event.type },
    h('span', { class: 'type' }, event.type),
    h('time', { class: 'when' }, formatShort(event.created)),
    h('span', { class: 'detail' }, detail.filter(Boolean).join(' · ')),
    delivery);
  const known = state.deliveries.get(event.id);
  if (known) showDelivery(delivery, known);
  const list = $('events');
  list.prepend(row);
  while (list.children.length > EVENTS_SHOWN) {
    state.eventIds.delete(list.lastElementChild.dataset.eventId);
    state.deliveries.delete(list.lastElementChild.dataset.eventId);
    list.lastElementChild.remove();
  }
}

function clearEvents() {
  state.eventIds.clear();
  state.deliveries.clear();
  $('events').replaceChildren();
}

/** Whether the world delivers its events anywhere, or did: only then is there a status. */
function hasWebhooks() {
  const webhooks = state.overview?.webhooks;
  return Boolean(webhooks && (webhooks.endpoints > 0 || webhooks.delivering));
}

/** The webhook deliveries of the events listed, from /_sim/event_deliveries. */
async function loadDeliveries() {
  const generation = state.generation;
  const ids = [...state.eventIds];
  if (!ids.length || (!hasWebhooks() && !state.deliveries.size)) return;
  let found;
  try {
    found = await api('GET', '/_sim/event_deliveries', { params: { events: ids } });
  } catch (error) {
    // An event listed is gone (the world was reset under us): the feed's `reset` follows.
    if (error instanceof ApiError && error.error?.param === 'events') return;
    throw error;
  }
  if (generation !== state.generation) return;
  for (const delivery of found.data) {
    state.deliveries.set(delivery.event, delivery);
    const row = document.querySelector(`[data-testid="event"][data-event-id="${delivery.event}"]`);
    if (row) showDelivery($('event-delivery', row), delivery);
  }
}

/** One event's delivery status, in words: delivered, pending (and when it is tried next), or failed. */
function showDelivery(el, delivery) {
  const last = delivery.last_attempt;
  const answer = last ? (last.status ? `answered ${last.status}` : (last.error ?? 'no answer')) : null;
  let text;
  switch (delivery.status) {
    case 'succeeded':
      text = 'Webhook delivered';
      break;
    case 'pending':
      if (delivery.attempting) text = 'Webhook sending…';
      else if (!delivery.attempts) text = 'Webhook waiting to be sent';
      else {
        const tries = delivery.attempts === 1 ? '1 attempt' : `${delivery.attempts} attempts`;
        text = `Webhook pending: ${tries} failed (${answer}); next ${formatShort(delivery.next_attempt)}`;
      }
      break;
    case 'failed':
      text = `Webhook failed${answer ? ` (${answer})` : ''}: no more retries`;
      break;
    default:
      el.hidden = true;
      return;
  }
  el.textContent = text;
  el.dataset.status = delivery.status;
  el.className = `delivery ${delivery.status}`;
  el.hidden = false;
}

function setLive(live, text) {
  const status = $('stream-status');
  status.dataset.live = live ? 'yes' : 'no';
  status.classList.toggle('on', live);
  status.textContent = text ?? (live ? 'Live' : 'Reconnecting…');
}

/** Reads /_sim/stream with fetch() (EventSource cannot send the key) until the key changes. */
async function runStream(generation) {
  while (generation === state.generation) {
    const control = new AbortController();
    state.stream = control;
    try {
      const response = await fetch('/_sim/stream', {
        headers: { Authorization: `Bearer ${state.key}` },
        signal: control.signal,
        cache: 'no-store',
        credentials: 'omit',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      setLive(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          onMessage(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted (the key changed) or the connection dropped: reconnect below unless aborted.
    }
    if (control.signal.aborted || generation !== state.generation) return;
    setLive(false);
    await sleep(1000);
  }
}

function onMessage(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) name = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (!data.length) return; // a keep-alive comment
  let payload;
  try {
    payload = JSON.parse(data.join('\n'));
  } catch {
    return;
  }
  switch (name) {
    case 'hello':
    case 'reset':
      clearEvents();
      scheduleRefresh();
      break;
    case 'stripe_event':
      renderEvent(payload);
      break;
    case 'skipped':
      $('events').prepend(h('li', { class: 'event muted' }, `${payload.count.toLocaleString('en-US')} more events came too fast to list one by one.`));
      break;
    case 'changed':
      noteChange();
      scheduleRefresh();
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------------------------------
// Actions: each one a call any Stripe client could make

function showRefused(error) {
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

function showDone(message) {
  $('action-error').hidden = true;
  const box = $('action-result');
  box.textContent = message;
  box.hidden = false;
}

/** Runs an action from `button`: its result or Stripe's refusal shown, the figures reloaded. */
async function act(button, work) {
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

class InputError extends Error {}

function amountFrom(testid, currency, { optional = false } = {}) {
  const text = $(testid).value;
  if (optional && !text.trim()) return null;
  const amount = parseAmount(text, currency);
  if (amount == null || amount <= 0) {
    const example = decimalsOf(currency) ? '12.34' : '1500';
    throw new InputError(`Enter an amount in ${currency.toUpperCase()}, like ${example}.`);
  }
  return amount;
}

function chooseForDebit(account, { focus = true } = {}) {
  selectTab('debit');
  const select = $('debit-account');
  if (![...select.options].some((o) => o.value === account)) select.append(h('option', { value: account }, `${account} · ${nameOf(account)}`));
  select.value = account;
  updateDebitForm();
  if (focus) $('debit-amount').focus();
}

/** The debit form follows its account: its currency, and for a Stripe-managed one the references. */
async function updateDebitForm() {
  const account = $('debit-account').value;
  $('debit-currency').textContent = account ? currencyOf(account).toUpperCase() : '—';
  const managed = state.known.get(account)?.losses === 'stripe';
  const field = document.querySelector('[data-stripe-managed]');
  field.hidden = !managed;
  if (!managed || field.dataset.loadedFor === account) return;
  field.dataset.loadedFor = account;
  const select = $('debit-reference');
  try {
    const charges = await api('GET', '/v1/charges', { account, params: { limit: 20 } });
    const cards = charges.data.filter((c) => c.id.startsWith('ch_') && c.status === 'succeeded');
    select.replaceChildren(...(cards.length
      ? cards.map((c) => h('option', { value: c.id }, `${c.id} · ${formatMoney(c.amount, c.currency)}${c.description ? ` · ${c.description}` : ''}`))
      : [h('option', { value: '' }, 'This account has no card charge to reference')]));
  } catch (error) {
    field.dataset.loadedFor = '';
    showRefused(error);
  }
}

async function loadRefundCharges() {
  const account = $('refund-account').value;
  const select = $('refund-charge');
  const charges = await api('GET', '/v1/charges', {
    account: isPlatform(account) ? null : account,
    params: { limit: 25 },
  });
  const refundable = charges.data.filter((c) => c.id.startsWith('ch_') && c.status === 'succeeded' && c.amount_refunded < c.amount);
  const previous = select.value;
  select.replaceChildren(...(refundable.length
    ? refundable.map((c) => h('option', {
      value: c.id, 'data-currency': c.currency, 'data-destination': c.transfer_data?.destination ?? '',
      'data-application-fee': c.application_fee ?? '',
    }, `${c.id} · ${formatMoney(c.amount - c.amount_refunded, c.currency)}${c.transfer_data ? ` → ${nameOf(c.transfer_data.destination)}` : ''}${c.description ? ` · ${c.description}` : ''}`))
    : [h('option', { value: '' }, 'No card charge left to refund')]));
  if (refundable.some((c) => c.id === previous)) select.value = previous;
  updateRefundForm();
}

function updateRefundForm() {
  const option = $('refund-charge').selectedOptions[0];
  $('refund-currency').textContent = (option?.dataset.currency ?? currencyOf($('refund-account').value)).toUpperCase();
  const reverse = $('refund-reverse-transfer');
  reverse.disabled = !option?.dataset.destination;
  reverse.closest('label').hidden = !option?.dataset.destination;
  const fee = $('refund-application-fee');
  fee.disabled = !option?.dataset.applicationFee;
  fee.closest('label').hidden = !option?.dataset.applicationFee;
}

/** The open disputes of the account chosen in the dispute form: the ones that wait for evidence. */
async function loadDisputes(preferred) {
  const account = $('dispute-account').value;
  if (!account) return;
  const select = $('dispute-id');
  const found = await api('GET', '/v1/disputes', {
    account: isPlatform(account) ? null : account,
    params: { limit: 25 },
  });
  const open = found.data.filter((d) => d.status === 'needs_response' || d.status === 'warning_needs_response');
  const previous = preferred ?? select.value;
  select.replaceChildren(...(open.length
    ? open.map((d) => h('option', { value: d.id },
      `${d.id} · ${formatMoney(d.amount, d.currency)} · ${DISPUTE_REASONS[d.reason] ?? d.reason} · evidence due ${DAY_ONLY.format(new Date(d.evidence_details.due_by * 1000))}`))
    : [h('option', { value: '' }, 'No dispute of this account waits for evidence')]));
  if (open.some((d) => d.id === previous)) select.value = previous;
}

/** What a dispute the API answered with means for whose money, in words. */
function disputeOutcome(dispute, bearer) {
  const amount = formatMoney(dispute.amount, dispute.currency);
  switch (dispute.status) {
    case 'lost': return `It is lost: the ${amount} and the dispute fee stay withdrawn from ${bearer}.`;
    case 'won': return `It is won: the ${amount} and the dispute fee are back with ${bearer}.`;
    case 'warning_closed': return 'The inquiry is closed; nothing was withdrawn.';
    default: return `It is ${dispute.status.replaceAll('_', ' ')}.`;
  }
}

const ACTIONS = {
  'debit-charge': async () => {
    const account = $('debit-account').value;
    const currency = currencyOf(account);
    const amount = amountFrom('debit-amount', currency);
    const payment = await api('POST', '/v1/charges', { params: { amount, currency, source: account } });
    return `Debited ${formatMoney(amount, currency)} from ${nameOf(account)}: the platform received payment ${payment.id}.`;
  },
  'debit-transfer': async () => {
    const account = $('debit-account').value;
    const currency = currencyOf(account);
    const amount = amountFrom('debit-amount', currency);
    const transfer = await api('POST', '/v1/transfers', {
      account,
      params: { amount, currency, destination: state.overview.platform.id },
    });
    return `${nameOf(account)} sent ${formatMoney(amount, currency)} to the platform: transfer ${transfer.id}.`;
  },
  'debit-managed': async () => {
    const account = $('debit-account').value;
    const currency = currencyOf(account);
    const amount = amountFrom('debit-amount', currency);
    const charge = $('debit-reference').value;
    if (!charge) throw new InputError('Choose the charge this debit refers to.');
    const transfer = await api('POST', '/v1/transfers', {
      account,
      params: {
        amount, currency, destination: state.overview.platform.id,
        reference_transaction: { type: 'charge', charge },
      },
    });
    return `Stripe-managed debit of ${formatMoney(amount, currency)} from ${nameOf(account)}, referencing ${charge}: transfer ${transfer.id}.`;
  },
  charge: async () => {
    const account = $('charge-account').value;
    const currency = currencyOf(account);
    const amount = amountFrom('charge-amount', currency);
    const destination = isPlatform(account) ? $('charge-destination').value : '';
    const takesFee = !$('charge-application-fee').closest('.field').hidden;
    const fee = takesFee ? amountFrom('charge-application-fee', currency, { optional: true }) : null;
    const charge = await api('POST', '/v1/charges', {
      account: isPlatform(account) ? null : account,
      params: {
        amount, currency, source: $('charge-card').value,
        transfer_data: destination ? { destination } : null,
        application_fee_amount: fee,
      },
    });
    const onward = destination ? `, sent on to ${nameOf(destination)}` : '';
    const kept = fee ? `; the platform takes a ${formatMoney(fee, currency)} application fee from ${nameOf(destination || account)}` : '';
    return `Charged ${formatMoney(amount, currency)} to a card on ${nameOf(account)}${onward}${kept}: ${charge.id}.`;
  },
  refund: async () => {
    const option = $('refund-charge').selectedOptions[0];
    if (!option?.value) throw new InputError('Choose a charge to refund.');
    const account = $('refund-account').value;
    const currency = option.dataset.currency;
    const amount = amountFrom('refund-amount', currency, { optional: true });
    const reverse = option.dataset.destination && $('refund-reverse-transfer').checked;
    const feeBack = option.dataset.applicationFee && $('refund-application-fee').checked;
    const refund = await api('POST', '/v1/refunds', {
      account: isPlatform(account) ? null : account,
      params: {
        charge: option.value, amount,
        reverse_transfer: reverse ? 'true' : null,
        refund_application_fee: feeBack ? 'true' : null,
      },
    });
    await loadRefundCharges();
    const back = reverse ? `, and took it back from ${nameOf(option.dataset.destination)}` : '';
    const fee = feeBack ? '; the platform gave back its application fee in proportion' : '';
    return `Refunded ${formatMoney(refund.amount, refund.currency)} of ${option.value}${back}${fee}: ${refund.id}.`;
  },
  transfer: async () => {
    const account = $('transfer-account').value;
    const currency = currencyOf(state.overview.platform.id);
    const amount = amountFrom('transfer-amount', currency);
    const transfer = await api('POST', '/v1/transfers', { params: { amount, currency, destination: account } });
    return `Sent ${formatMoney(amount, currency)} from the platform to ${nameOf(account)}: ${transfer.id}.`;
  },
  payout: async () => {
    const account = $('payout-account').value;
    const currency = currencyOf(account);
    const amount = amountFrom('payout-amount', currency);
    const payout = await api('POST', '/v1/payouts', {
      account: isPlatform(account) ? null : account,
      params: { amount, currency },
    });
    return `${nameOf(account)} paid out ${formatMoney(amount, currency)}, arriving ${formatTime(payout.arrival_date)}: ${payout.id}.`;
  },
  'dispute-open': async () => {
    const account = $('dispute-account').value;
    const direct = !isPlatform(account);
    const currency = currencyOf(account);
    const amount = amountFrom('dispute-amount', currency);
    const destination = direct ? '' : $('dispute-destination').value;
    const card = $('dispute-card').value;
    const as = direct ? account : null;
    const intent = await api('POST', '/v1/payment_intents', {
      account: as,
      params: {
        amount, currency, payment_method: card, confirm: 'true',
        transfer_data: destination ? { destination } : null,
        expand: ['latest_charge'],
      },
    });
    const charge = intent.latest_charge;
    const found = await api('GET', '/v1/disputes', { account: as, params: { charge: charge.id, limit: 1 } });
    const dispute = found.data[0];
    await loadDisputes(dispute?.id);
    const paid = `${formatMoney(amount, currency)} paid on ${nameOf(account)}${destination ? `, sent on to ${nameOf(destination)}` : ''} (${intent.id}, ${charge.id})`;
    if (!dispute) return `${paid}; no dispute was opened.`;
    const due = formatTime(dispute.evidence_details.due_by);
    if (dispute.status === 'warning_needs_response') {
      return `${paid}. The cardholder's bank opened an inquiry, ${dispute.id}: nothing is withdrawn unless it becomes a chargeback. Evidence is due by ${due}.`;
    }
    const fee = dispute.balance_transactions[0]?.fee ?? 0;
    const feeWords = fee
      ? `and Stripe's ${formatMoney(fee, currency)} dispute fee were`
      : 'was (the platform pays this account’s dispute fee)';
    return `${paid}. The cardholder disputed it (${DISPUTE_REASONS[dispute.reason] ?? dispute.reason}): ${dispute.id}. ${formatMoney(dispute.amount, currency)} ${feeWords} withdrawn from ${nameOf(account)}. Evidence is due by ${due}.`;
  },
  'dispute-win': () => answerDispute('winning_evidence'),
  'dispute-lose': () => answerDispute('losing_evidence'),
  'dispute-accept': async () => {
    const { id, account } = chosenDispute();
    const dispute = await api('POST', `/v1/disputes/${id}/close`, { account });
    await loadDisputes();
    return `${id} accepted. ${disputeOutcome(dispute, nameOf($('dispute-account').value))}`;
  },
};

function chosenDispute() {
  const id = $('dispute-id').value;
  if (!id) throw new InputError('Choose a dispute that waits for evidence.');
  const account = $('dispute-account').value;
  return { id, account: isPlatform(account) ? null : account };
}

/** Submits Stripe's test-mode evidence text, which decides the outcome. */
async function answerDispute(text) {
  const { id, account } = chosenDispute();
  const dispute = await api('POST', `/v1/disputes/${id}`, {
    account, params: { evidence: { uncategorized_text: text } },
  });
  await loadDisputes();
  const inquiry = dispute.status.startsWith('warning');
  const then = inquiry
    ? 'the inquiry is closed'
    : (text === 'winning_evidence'
      ? `it is won: ${formatMoney(dispute.amount, dispute.currency)} and the dispute fee come back`
      : 'it is lost: nothing comes back');
  return `Evidence (${text}) submitted for ${id}: it is ${dispute.status.replaceAll('_', ' ')}. When the simulated clock next moves (+1 day, say), ${then}.`;
}

function selectTab(name) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.id === `tab-${name}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
  }
  if (name === 'refund') loadRefundCharges().catch(showRefused);
  if (name === 'dispute') loadDisputes().catch(showRefused);
}

function wireTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab.id.slice(4)));
    tab.addEventListener('keydown', (event) => {
      const visible = tabs.filter((t) => !t.hidden);
      const at = visible.indexOf(tab);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: visible.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = visible[(to + visible.length) % visible.length];
      selectTab(next.id.slice(4));
      next.focus();
    });
  }
}

function wireActions() {
  const forms = {
    'debit-form': null, 'charge-form': 'charge', 'refund-form': 'refund',
    'transfer-form': 'transfer', 'payout-form': 'payout', 'dispute-form': null,
  };
  for (const [testid, action] of Object.entries(forms)) {
    $(testid).addEventListener('submit', (event) => {
      event.preventDefault();
      const button = event.submitter ?? $(testid).querySelector('[type="submit"]');
      const name = action ?? button.dataset.action;
      act(button, ACTIONS[name]);
    });
  }
  $('debit-account').addEventListener('change', () => updateDebitForm());
  $('charge-account').addEventListener('change', updateCurrencyLabels);
  $('charge-destination').addEventListener('change', updateCurrencyLabels);
  $('dispute-account').addEventListener('change', () => {
    updateCurrencyLabels();
    loadDisputes().catch(showRefused);
  });
  $('payout-account').addEventListener('change', updateCurrencyLabels);
  $('refund-account').addEventListener('change', () => loadRefundCharges().catch(showRefused));
  $('refund-charge').addEventListener('change', updateRefundForm);
  $('movements-account').addEventListener('change', (event) => setFocus(event.target.value));
  $('chart-currency').addEventListener('change', (event) => {
    state.chartCurrency = event.target.value;
    lastChart = 0;
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

  const advance = (button, params, what) => act(button, async () => {
    const clock = await api('POST', '/_sim/clock/advance', { params });
    const count = clock.events.length;
    return `${what}: it is now ${formatTime(clock.now)}. ${count} event${count === 1 ? '' : 's'} happened on the way.`;
  });
  $('clock-advance-day').addEventListener('click', (e) => advance(e.currentTarget, { days: 1 }, 'One day later'));
  $('clock-advance-payout-run').addEventListener('click', (e) => advance(e.currentTarget, { next: 'payout_run' }, 'The payout run has happened'));
  $('clock-to-input').addEventListener('input', (e) => { e.target.dataset.filled = 'user'; });
  $('clock-to-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('clock-to-input').value;
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
    if (!match) {
      showRefused(new InputError('Choose a date and time to advance to.'));
      return;
    }
    const [, y, mo, d, hh, mm] = match.map(Number);
    const to = Date.UTC(y, mo - 1, d, hh, mm) / 1000;
    $('clock-to-input').dataset.filled = 'auto';
    advance($('clock-advance-to'), { to }, 'Advanced');
  });

  // Resetting loses the world's history: the button asks twice.
  const reset = $('reset-world');
  let armed = null;
  reset.addEventListener('click', () => {
    if (!armed) {
      reset.classList.add('armed');
      reset.textContent = 'Click again to reset';
      armed = setTimeout(() => {
        armed = null;
        reset.classList.remove('armed');
        reset.textContent = 'Reset world';
      }, 4000);
      return;
    }
    clearTimeout(armed);
    armed = null;
    reset.classList.remove('armed');
    reset.textContent = 'Reset world';
    act(reset, async () => {
      await api('POST', '/_sim/reset');
      state.pageStarts = [''];
      state.focus = null;
      clearEvents();
      return 'The world is back to its fixtures.';
    });
  });
}

// ---------------------------------------------------------------------------------------
// The guided demo: a story in real API calls, stepped with Next and Back. Back resets the
// world and replays the steps before: with a pinned --start-time the world is the same
// every time, ids and times included.

class DemoError extends Error {}

/** The seller of the story: a connected account the platform carries the losses of, with a
 * bank account in its currency, negative-balance debits on, in the platform's region. */
function pickSeller(accounts, platform) {
  return [...accounts].reverse().find((a) => a.losses === 'application'
    && a.same_region_as_platform
    && a.debit_negative_balances
    && a.country_auto_debits
    && a.default_currency === platform.default_currency
    && a.bank_accounts.some((b) => b.currency === a.default_currency));
}

/** Makes a call of the story, keeping how it reads for the step's "API calls" line. */
async function storyCall(ctx, method, path, { params, account } = {}) {
  const shown = encodeForm(params).split('&').filter(Boolean).map(decodeURIComponent).join(' ');
  ctx.calls.push([method, path, account ? `(Stripe-Account: ${account})` : '', shown].filter(Boolean).join(' '));
  return api(method, path, { params, account });
}

/** Moves the story's clock on within the day, so the balance chart shows each step apart. */
async function later(ctx, hours) {
  const clock = await storyCall(ctx, 'POST', '/_sim/clock/advance', { params: { seconds: hours * 3600 } });
  return SHORT_TIME.format(new Date(clock.now * 1000)).split(', ').pop() ?? '';
}

const DEMO = [
  {
    title: 'The starting point',
    async run(ctx) {
      await storyCall(ctx, 'POST', '/_sim/reset');
      const overview = await api('GET', '/_sim/overview');
      const accounts = await api('GET', '/_sim/accounts', { params: { limit: 100 } });
      ctx.platform = overview.platform;
      ctx.currency = overview.platform.default_currency;
      ctx.seller = pickSeller(accounts.data, overview.platform);
      if (!ctx.seller) {
        throw new DemoError('These fixtures have no account the story needs: one whose losses the platform carries, with a bank account in its currency, negative-balance debits on, in the platform’s region.');
      }
      // A word joiner after the minus keeps "−$170.00" on one line in a caption.
      ctx.m = (minor) => formatMoney(minor, ctx.currency).replace('\u2212', '\u2212\u2060');
      const seller = await balanceOf(ctx.seller.id, ctx.currency);
      const platform = overview.balances.find((b) => b.currency === ctx.currency) ?? { available: 0 };
      return `The world is back to its fixtures. ${ctx.seller.name} sells through ${ctx.platform.name}, which carries its losses (controller.losses.payments = application). The seller has ${ctx.m(seller.available)} available and ${ctx.m(seller.pending)} pending; the platform has ${ctx.m(platform.available)} available.`;
    },
  },
  {
    title: 'A sale, and the platform’s fee',
    async run(ctx) {
      const intent = await storyCall(ctx, 'POST', '/v1/payment_intents', {
        params: {
          amount: 25000, currency: ctx.currency, payment_method: 'pm_card_createDispute', confirm: 'true',
          description: 'Order #1001', transfer_data: { destination: ctx.seller.id }, application_fee_amount: 2500,
          expand: ['latest_charge.balance_transaction'],
        },
      });
      ctx.sale = intent.latest_charge;
      const fee = ctx.sale.balance_transaction.fee;
      return `A customer pays ${ctx.m(25000)} by card for Order #1001 from ${ctx.seller.name}, through a PaymentIntent with a destination: the platform takes the payment and pays Stripe's ${ctx.m(fee)} fee, and sends the ${ctx.m(25000)} on to ${ctx.seller.name}, which pays the platform a ${ctx.m(2500)} application fee out of it. Card money stays pending for two days: ${ctx.m(22500)} is on its way to ${ctx.seller.name}.`;
    },
  },
  {
    title: 'The cardholder disputes the payment',
    async run(ctx) {
      const found = await storyCall(ctx, 'GET', '/v1/disputes', { params: { charge: ctx.sale.id } });
      ctx.dispute = found.data[0];
      if (!ctx.dispute) throw new DemoError('The sale was not disputed: this server does not know Stripe’s dispute test card.');
      const fee = ctx.dispute.balance_transactions[0]?.fee ?? 0;
      const platform = await balanceOf(ctx.platform.id, ctx.currency);
      return `The card was Stripe's dispute test card: its holder's bank disputes the payment as fraudulent as soon as it is made (in real life, days or weeks later). On a destination charge a dispute is the platform's, so Stripe has already withdrawn the ${ctx.m(ctx.dispute.amount)} and a ${ctx.m(fee)} dispute fee from the platform's balance (now ${ctx.m(platform.available)} available). ${ctx.seller.name}'s money is untouched, for now.`;
    },
  },
  {
    title: 'Two days later',
    async run(ctx) {
      const clock = await storyCall(ctx, 'POST', '/_sim/clock/advance', { params: { days: 2 } });
      const seller = await balanceOf(ctx.seller.id, ctx.currency);
      return `Two days pass on the simulated clock: it is now ${formatTime(clock.now)}. The sale's money is available: ${ctx.seller.name} has ${ctx.m(seller.available)} it can pay out.`;
    },
  },
  {
    title: 'The seller is paid out',
    async run(ctx) {
      const at = await later(ctx, 9);
      const before = await balanceOf(ctx.seller.id, ctx.currency);
      ctx.payout = await storyCall(ctx, 'POST', '/v1/payouts', {
        account: ctx.seller.id,
        params: { amount: before.available, currency: ctx.currency, description: 'Payout of everything' },
      });
      const bank = ctx.seller.bank_accounts.find((b) => b.currency === ctx.currency);
      return `At ${at}, ${ctx.seller.name} pays out everything it has, ${ctx.m(before.available)}, to its bank account ••${bank.last4}; it arrives on ${formatTime(ctx.payout.arrival_date)}. Its Stripe balance is now ${ctx.m(0)}.`;
    },
  },
  {
    title: 'The platform accepts the dispute',
    async run(ctx) {
      const at = await later(ctx, 2);
      const closed = await storyCall(ctx, 'POST', `/v1/disputes/${ctx.dispute.id}/close`);
      return `At ${at}, the platform has no evidence that the order was genuine, so it accepts the dispute: ${ctx.dispute.id} is ${closed.status}, and the ${ctx.m(closed.amount)} and the dispute fee are gone for good. (Submitting winning evidence instead would have brought both back to the platform.)`;
    },
  },
  {
    title: 'The seller must pay it back, and goes below zero',
    async run(ctx) {
      const at = await later(ctx, 1);
      await storyCall(ctx, 'POST', `/v1/transfers/${ctx.sale.transfer}/reversals`, {
        params: { amount: 25000, refund_application_fee: 'true', description: 'Chargeback on Order #1001' },
      });
      const seller = await balanceOf(ctx.seller.id, ctx.currency);
      return `At ${at}, the platform recovers the disputed ${ctx.m(25000)} from ${ctx.seller.name} by reversing its transfer, and with refund_application_fee gives back its own ${ctx.m(2500)} fee. ${ctx.seller.name} has already paid everything out, so its balance is now ${ctx.m(seller.available)}: it owes that much.`;
    },
  },
  {
    title: 'The platform’s reserve rises',
    async run(ctx) {
      const platform = await balanceOf(ctx.platform.id, ctx.currency);
      ctx.calls.push('GET /v1/balance');
      return `Because the platform carries ${ctx.seller.name}'s losses, Stripe holds ${ctx.m(platform.connect_reserved)} of the platform's money in connect_reserved: exactly what the seller owes. It is no longer in the platform's available balance (${ctx.m(platform.available)}) until the seller pays it back.`;
    },
  },
  {
    title: 'The platform debits the seller',
    async run(ctx) {
      const at = await later(ctx, 2);
      await storyCall(ctx, 'POST', '/v1/charges', {
        params: { amount: 2000, currency: ctx.currency, source: ctx.seller.id, description: 'Monthly platform fee' },
      });
      const seller = await balanceOf(ctx.seller.id, ctx.currency);
      const platform = await balanceOf(ctx.platform.id, ctx.currency);
      return `At ${at}, the platform collects its ${ctx.m(2000)} monthly fee by debiting ${ctx.seller.name}: a charge whose source is the account. The seller now owes ${ctx.m(-seller.available)}, so connect_reserved rises to ${ctx.m(platform.connect_reserved)}: the fee the platform received is held right back.`;
    },
  },
  {
    title: 'A new sale, and the reserve is released',
    async run(ctx) {
      const at = await later(ctx, 3);
      const before = await balanceOf(ctx.platform.id, ctx.currency);
      await storyCall(ctx, 'POST', '/v1/charges', {
        params: {
          amount: 10000, currency: ctx.currency, source: 'tok_bypassPending', description: 'Order #1002',
          transfer_data: { destination: ctx.seller.id },
        },
      });
      const seller = await balanceOf(ctx.seller.id, ctx.currency);
      const platform = await balanceOf(ctx.platform.id, ctx.currency);
      return `At ${at}, a new ${ctx.m(10000)} order for ${ctx.seller.name}, paid with a card whose money is available at once, pays down what the seller owes: its balance is now ${ctx.m(seller.available)}. ${ctx.m(before.connect_reserved - platform.connect_reserved)} of the reserve is released back to the platform; connect_reserved is down to ${ctx.m(platform.connect_reserved)}.`;
    },
  },
  {
    title: 'The payout run debits the seller’s bank',
    async run(ctx) {
      const before = await balanceOf(ctx.seller.id, ctx.currency);
      const clock = await storyCall(ctx, 'POST', '/_sim/clock/advance', { params: { next: 'payout_run' } });
      const seller = await balanceOf(ctx.seller.id, ctx.currency);
      const platform = await balanceOf(ctx.platform.id, ctx.currency);
      const bank = ctx.seller.bank_accounts.find((b) => b.currency === ctx.currency);
      return `At midnight UTC (${formatTime(clock.now)}) the daily payout run debits ${ctx.seller.name}'s bank account ••${bank.last4} for the ${ctx.m(-before.available)} it still owed. Its balance is back to ${ctx.m(seller.available)}, and the platform's connect_reserved is ${ctx.m(platform.connect_reserved)}: the reserve is released.`;
    },
  },
  {
    title: 'The books balance',
    async run(ctx) {
      const audit = await storyCall(ctx, 'GET', '/_sim/audit');
      if (!audit.ok) return `The audit found a problem: ${audit.problem}`;
      return `Every balance equals the sum of its balance transactions, connect_reserved equals what the platform is liable for, and no money appeared or vanished: GET /_sim/audit says ok. That is the whole story; Back replays it, or act on the world yourself.`;
    },
  },
];

const demo = { index: -1, ctx: null, busy: false };

function renderDemo(caption) {
  const running = demo.index >= 0;
  // Tests and automation wait on data-busy="no" for a step to be finished and shown.
  $('demo').dataset.busy = demo.busy ? 'yes' : 'no';
  $('demo').setAttribute('aria-busy', String(demo.busy));
  document.querySelector('[data-demo="idle"]').hidden = running;
  document.querySelector('[data-demo="running"]').hidden = !running;
  if (!running) return;
  const step = DEMO[demo.index];
  $('demo-step').textContent = `Step ${demo.index + 1} of ${DEMO.length}`;
  $('demo-title').textContent = step.title;
  if (caption != null) $('demo-caption').textContent = caption;
  $('demo-call').replaceChildren(...(demo.ctx?.calls ?? []).map((call) => h('li', {}, h('code', {}, call))));
  $('demo-progress').replaceChildren(...DEMO.map((_, i) => h('li', { class: i <= demo.index ? 'done' : null })));
  $('demo-back').disabled = demo.busy || demo.index <= 0;
  $('demo-next').disabled = demo.busy || demo.index >= DEMO.length - 1;
  $('demo-next').textContent = demo.index >= DEMO.length - 1 ? 'The end' : 'Next';
  $('demo-status').textContent = demo.busy ? 'Working…' : '';
}

/** Runs the story up to step `target`: from the start (a reset) when going back. */
async function demoGo(target, { replay }) {
  if (demo.busy) return;
  demo.busy = true;
  renderDemo();
  let caption;
  try {
    if (replay || !demo.ctx) demo.ctx = {};
    const from = replay ? 0 : demo.index + 1;
    for (let i = from; i <= target; i += 1) {
      demo.ctx.calls = [];
      caption = await DEMO[i].run(demo.ctx);
      demo.index = i;
    }
    if (target === 0 || replay) {
      state.pageStarts = [''];
      state.focus = demo.ctx.seller.id;
      state.chartCurrency = null;
      state.movements = { data: [], has_more: false };
    }
    lastChart = 0;
    await refresh();
    if (target === 0 || replay) chooseForDebit(demo.ctx.seller.id, { focus: false });
  } catch (error) {
    caption = error instanceof ApiError
      ? `This step was refused: ${plainWords(error)} Stripe says: “${error.error?.message}” (${error.error?.code ?? error.error?.type}).`
      : error.message;
  } finally {
    demo.busy = false;
    renderDemo(caption);
    // A story that could not even start says why where the Start button is.
    $('demo-error').hidden = demo.index >= 0;
    $('demo-error').textContent = demo.index >= 0 ? '' : caption ?? '';
  }
}

function markDemoFocus() {
  const seller = demo.index >= 0 ? demo.ctx?.seller?.id : null;
  for (const row of document.querySelectorAll('[data-account]')) {
    row.classList.toggle('demo-focus', row.dataset.account === seller);
  }
}

function wireDemo() {
  $('demo-start').addEventListener('click', () => demoGo(0, { replay: true }));
  $('demo-next').addEventListener('click', () => demoGo(demo.index + 1, { replay: false }));
  $('demo-back').addEventListener('click', () => demoGo(demo.index - 1, { replay: true }));
  $('demo-exit').addEventListener('click', () => {
    demo.index = -1;
    demo.ctx = null;
    renderDemo();
    markDemoFocus();
  });
}

// ---------------------------------------------------------------------------------------
// Opening a world

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
  demo.index = -1;
  demo.ctx = null;
  renderDemo();
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
  wireGate();
  wireTabs();
  wireActions();
  wireDemo();
  const saved = sessionStorage.getItem(KEY_STORAGE);
  if (saved && KEY_SHAPE.test(saved)) {
    openWorld(saved).catch(() => closeWorld());
  } else {
    showWorld(false);
    $('key-input').focus();
  }
}

start();
