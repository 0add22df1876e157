// The balance chart: an account's available and pending balance (and the platform's
// connect_reserved) over simulated time, from /_sim/balance_history, drawn by hand in SVG.
// Its time axis spans the story shown (from the account's first balance transaction, so
// since the last reset, to now), with long stretches in which nothing changed drawn narrow;
// its money axis always takes in zero and the lowest balance, with a tick below zero when a
// balance went negative: a negative balance is the point of the story, never a sliver.

import { api } from './api.js';
import { $, h, money, svg } from './dom.js';
import { decimalsOf, formatCompact, formatDay, formatHour, formatMoney, formatShort, formatTime } from './format.js';
import { refreshGap, showTrouble } from './refresh.js';
import { currencyOf, isPlatform, nameOf, state } from './state.js';

const CHART_POINTS = 160;
/** The balance history reads all of one account's transactions: at most this often, and
 * never more than 2 % of the time (its own duration × 50). */
const CHART_GAP = 1000;

let lastChart = 0;
let chartTimer = null;
let chartCost = 0;

/** Draw the chart at the next load, whenever the last one was (what it shows changed). */
export function redrawChartSoon() {
  lastChart = 0;
}

/** The balance history, at most every CHART_GAP ms (a trailing load catches the last change). */
export async function loadChartSoon() {
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

/** The currencies the account shown holds, in the chart's currency select. */
export function renderCurrencySelect() {
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

/** A "nice" step (1, 2, 2.5 or 5 times a power of ten) of at least `raw`. */
function niceStep(raw) {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw;
}

/**
 * The money axis for balances between `min` and `max`: whole steps from at or below the
 * lower of zero and `min` to at or above the higher of zero and `max`. A negative `min`
 * therefore always has a tick at or below it, so below zero reads as plainly as above.
 */
function moneyAxis(min, max, currency) {
  let lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (hi === lo) hi = lo + 100 * 10 ** decimalsOf(currency);
  const step = niceStep((hi - lo) / 5);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks = [];
  // `|| 0` turns a rounded -0 into 0, which would print as "−$0".
  for (let v = lo; v <= hi + step / 1e6; v += step) ticks.push(Math.round(v) || 0);
  return { lo, hi, ticks };
}

/** A stretch longer than this in which no balance changed is drawn narrow, as a break in
 * the time axis labelled with how long it was: two quiet days while card money is pending
 * would otherwise squeeze the day the story happens into the chart's last tenth. */
const BREAK_AFTER = 12 * 3600;
/** Of such a stretch, this much at each end is still drawn to scale. */
const BREAK_KEEP = 3600;

/** Steps the time axis may tick at: an hour to a year, each lining up with UTC midnights. */
const TIME_STEPS = [3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400, 2 * 86_400, 7 * 86_400, 14 * 86_400, 28 * 86_400, 91 * 86_400, 364 * 86_400];

/** `2 days`, `20 hours`. */
function lasting(seconds) {
  if (seconds >= 36 * 3600) return `${Math.round(seconds / 86_400)} days`;
  const hours = Math.max(1, Math.round(seconds / 3600));
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/**
 * The time axis of `points` (evenly spaced samples) over `width` pixels from `left`: pieces
 * of time from the first sample to the last, each drawn to scale except the breaks (quiet
 * stretches, see BREAK_AFTER), which share a fixed width. `x(t)` is where moment `t` is drawn.
 */
function timeAxis(points, series, left, width) {
  const from = points[0].at;
  const to = points[points.length - 1].at;
  const same = (a, b) => series.every((s) => a[s.field] === b[s.field]);
  const breaks = [];
  let run = 0;
  for (let k = 1; k <= points.length; k += 1) {
    if (k < points.length && same(points[k], points[k - 1])) continue;
    const [a, b] = [points[run].at, points[k - 1].at];
    if (b - a > BREAK_AFTER) breaks.push([a + BREAK_KEEP, b - BREAK_KEEP]);
    run = k;
  }
  const quiet = breaks.reduce((sum, [a, b]) => sum + (b - a), 0);
  const scaled = to - from - quiet;
  const breakWidth = Math.min(56, width * 0.1);
  if (!breaks.length || scaled <= 0) {
    const pieces = to > from ? [{ t0: from, t1: to, x0: left, x1: left + width }] : [];
    return { pieces, breaks: [], x: (t) => left + (to > from ? ((t - from) / (to - from)) * width : width) };
  }
  const perSecond = (width - breaks.length * breakWidth) / scaled;
  const pieces = [];
  let t = from;
  let x = left;
  for (const [a, b] of breaks) {
    if (a > t) pieces.push({ t0: t, t1: a, x0: x, x1: (x += (a - t) * perSecond) });
    pieces.push({ t0: a, t1: b, x0: x, x1: (x += breakWidth), quiet: true });
    t = b;
  }
  if (to > t) pieces.push({ t0: t, t1: to, x0: x, x1: left + width });
  const at = (moment) => {
    const piece = pieces.find((p) => moment <= p.t1) ?? pieces[pieces.length - 1];
    return piece.x0 + ((moment - piece.t0) / (piece.t1 - piece.t0 || 1)) * (piece.x1 - piece.x0);
  };
  return { pieces, breaks: pieces.filter((p) => p.quiet), x: at };
}

/** Ticks on the time axis, at round moments of the pieces drawn to scale (about six in all). */
function timeTicks(axis) {
  const shown = axis.pieces.filter((p) => !p.quiet);
  const scaled = shown.reduce((sum, p) => sum + (p.t1 - p.t0), 0);
  if (scaled < 3600) return [];
  const step = TIME_STEPS.find((s) => scaled / s <= 6) ?? TIME_STEPS[TIME_STEPS.length - 1];
  const ticks = [];
  for (const piece of shown) {
    for (let t = Math.ceil(piece.t0 / step) * step; t <= piece.t1; t += step) {
      ticks.push({ at: t, label: step >= 86_400 || t % 86_400 === 0 ? formatDay(t) : formatHour(t) });
    }
  }
  return ticks;
}

/** The balance over simulated time as a step chart. */
function drawChart(history) {
  const W = 680;
  const H = 236;
  const left = 70;
  const right = 14;
  const top = 12;
  const bottom = 34;
  const points = history.points;
  const currency = history.currency;
  const platform = isPlatform(history.account);
  const series = [
    { field: 'available', label: 'Available', css: 'available' },
    { field: 'pending', label: 'Pending', css: 'pending' },
  ];
  if (platform) series.push({ field: 'connect_reserved', label: 'Connect reserved', css: 'reserved' });
  const values = points.flatMap((p) => series.map((s) => p[s.field]));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const axis = moneyAxis(min, max, currency);
  const { from, to } = history;
  // Time runs to the now line; past it each balance is drawn on as it is now, so a change
  // made this moment shows as a level, not as a line on the chart's edge.
  const nowRoom = 26;
  const width = W - left - right - nowRoom;
  const time = timeAxis(points, series, left, width);
  // When no time has passed, the samples are drawn across.
  const x = (p, k) => (to > from ? time.x(p.at) : left + (k / Math.max(1, points.length - 1)) * width);
  const y = (v) => top + ((axis.hi - v) / (axis.hi - axis.lo)) * (H - top - bottom);
  const name = nameOf(history.account);
  const last = points[points.length - 1];

  const parts = [
    svg('title', { id: 'chart-title' }, `Balance of ${name} in ${currency.toUpperCase()}`),
    svg('desc', {}, `From ${formatTime(from)} to ${formatTime(to)}${time.breaks.length ? ' (stretches in which nothing changed drawn narrow)' : ''}. Lowest ${formatMoney(min, currency)}, highest ${formatMoney(max, currency)}. Now: ${series
      .map((s) => `${s.label} ${formatMoney(last[s.field], currency)}`).join(', ')}.`),
  ];
  if (axis.lo < 0) {
    parts.push(svg('rect', { class: 'below', x: left, y: y(0), width, height: H - bottom - y(0) }));
  }
  for (const v of axis.ticks) {
    if (v !== 0) parts.push(svg('line', { class: 'axis', x1: left, x2: W - right, y1: y(v), y2: y(v) }));
    parts.push(svg('text', {
      class: `tick y${v < 0 ? ' negative' : ''}`, x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'data-value': v,
    }, formatCompact(v, currency)));
  }
  // The time axis: the start, round moments between, the quiet stretches drawn narrow, and now.
  const startLabel = formatShort(from);
  const nowX = left + width;
  const taken = [[left, left + startLabel.length * 6.2], [nowX - 16, W - right]];
  const free = (x0, x1) => taken.every(([a, b]) => x1 + 6 < a || x0 - 6 > b);
  parts.push(svg('line', { class: 'frame', x1: left, x2: W - right, y1: H - bottom, y2: H - bottom }));
  parts.push(svg('text', { class: 'tick x', x: left, y: H - 12, 'text-anchor': 'start', 'data-at': from }, startLabel));
  parts.push(svg('line', { class: 'axis now', x1: nowX, x2: nowX, y1: top, y2: H - bottom }));
  parts.push(svg('text', { class: 'tick x now', x: nowX, y: H - 12, 'text-anchor': 'middle', 'data-at': to }, 'now'));
  for (const gap of time.breaks) {
    const label = lasting(gap.t1 - gap.t0 + 2 * BREAK_KEEP);
    const middle = (gap.x0 + gap.x1) / 2;
    parts.push(svg('rect', {
      class: 'gap', x: gap.x0, y: top, width: gap.x1 - gap.x0, height: H - top - bottom,
      'data-from': gap.t0, 'data-to': gap.t1,
    }, svg('title', {}, `${label} in which nothing changed, drawn narrow`)));
    parts.push(svg('path', { class: 'gap-mark', d: `M${gap.x0} ${H - bottom - 5}l4 10M${gap.x1 - 4} ${H - bottom - 5}l4 10` }));
    // Inside the break, at its top, where no other label goes.
    parts.push(svg('text', {
      class: 'tick gap-label', x: middle, y: top + 14, 'text-anchor': 'middle', 'data-seconds': gap.t1 - gap.t0 + 2 * BREAK_KEEP,
    }, label));
  }
  for (const tick of timeTicks(time)) {
    const at = time.x(tick.at);
    parts.push(svg('line', { class: 'axis time', x1: at, x2: at, y1: top, y2: H - bottom }));
    const half = tick.label.length * 3.1;
    if (free(at - half, at + half)) {
      taken.push([at - half, at + half]);
      parts.push(svg('text', { class: 'tick x', x: at, y: H - 12, 'text-anchor': 'middle', 'data-at': tick.at }, tick.label));
    }
  }
  parts.push(svg('line', { class: 'zero', 'data-testid': 'chart-zero', x1: left, x2: W - right, y1: y(0), y2: y(0) }));
  for (const s of series) {
    let d = `M${x(points[0], 0).toFixed(1)} ${y(points[0][s.field]).toFixed(1)}`;
    for (let k = 1; k < points.length; k += 1) d += `H${x(points[k], k).toFixed(1)}V${y(points[k][s.field]).toFixed(1)}`;
    d += `H${W - right}`;
    parts.push(svg('path', { class: `line ${s.css}`, d }));
  }
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, role: 'img', 'data-testid': 'balance-chart',
    'data-account': history.account, 'data-currency': currency, 'aria-labelledby': 'chart-title',
    'data-from': from, 'data-to': to, 'data-min': min, 'data-max': max,
    'data-axis-min': axis.lo, 'data-axis-max': axis.hi,
  }, parts);
  $('balance-chart-box').replaceChildren(chart);
  $('chart-legend').replaceChildren(
    h('strong', {}, `${name} · ${currency.toUpperCase()}`),
    ...series.map((s) => h('span', {}, h('span', { class: `key ${s.css}` }), `${s.label} `,
      money(last[s.field], currency, `chart-now-${s.field.replace('_', '-')}`))),
    h('span', {}, `${history.transactions.toLocaleString('en-US')} balance transactions`),
  );
}
