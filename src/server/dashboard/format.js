// Formatting for the dashboard: money stays integer minor units until the moment it is
// shown, and every time is simulated time shown in UTC, 24-hour, where Stripe's payout runs
// happen (midnight UTC). No imports: every other module may use these.

/** Stripe's zero-decimal currencies, as src/ledger/money.rs lists them: amounts are whole units. */
export const ZERO_DECIMAL = new Set([
  'bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf',
]);

export function decimalsOf(currency) {
  return ZERO_DECIMAL.has(currency) ? 0 : 2;
}

/** `-1500, 'usd'` → `−$15.00`; `1500, 'jpy'` → `¥1,500`. Exact: built from the digits, not a float. */
export function formatMoney(minor, currency) {
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

/** A short label for a chart axis: `$90.1K`, `−$200`. */
export function formatCompact(minor, currency) {
  const text = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: currency.toUpperCase(),
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(Math.abs(minor) / 10 ** decimalsOf(currency));
  return minor < 0 ? `\u2212${text}` : text;
}

/** What the user typed in major units (`12.34`) as minor units, or null if it is not an amount. */
export function parseAmount(text, currency) {
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
const HOUR_ONLY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short' });
const DAY_ONLY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });

const at = (unix) => new Date(unix * 1000);

/** `Thu 1 Jan 2026, 00:00 UTC`. */
export function formatTime(unix) {
  return `${FULL_TIME.format(at(unix))} UTC`;
}

/** `1 Jan, 00:00`. */
export function formatShort(unix) {
  return SHORT_TIME.format(at(unix));
}

/** `14:05`. */
export function formatHour(unix) {
  return HOUR_ONLY.format(at(unix));
}

/** `1 Jan`. */
export function formatDay(unix) {
  return DAY_ONLY.format(at(unix));
}

/** `Thu 1 Jan, 00:00`. */
export function formatWeekdayShort(unix) {
  return `${WEEKDAY.format(at(unix))} ${formatShort(unix)}`;
}

/** The clock field's text for a moment: `2026-01-02 00:00`, UTC and 24-hour whatever the
 * browser's locale (a datetime-local field would show the locale's 12-hour time). */
export function formatClockInput(unix) {
  return at(unix).toISOString().slice(0, 16).replace('T', ' ');
}

/** The clock field's text as a Unix time: `2026-01-04 15:30` (or with a `T`, or a date
 * alone for its midnight), UTC. Null for anything else, or a date or time that does not exist. */
export function parseClockInput(text) {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const [y, mo, d, hh, mm] = match.slice(1).map((part) => Number(part ?? 0));
  if (hh > 23 || mm > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, hh, mm);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 1000;
}

/** `sk_test_…6789`: enough to tell keys apart, never the key. */
export function maskKey(key) {
  return `${key.slice(0, 8)}…${key.slice(-4)}`;
}
