// The dashboard in a real browser: Playwright (playwright-core) drives Debian's Chromium
// against the release binary started on port 0 with a pinned --start-time. Every test fails
// on a request to any other host than the server and on any browser console error (except
// the browser's own log line for a refusal the test provokes on purpose). Timings are
// printed, never asserted. Run by tests/browser/run, which installs what is missing.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BIN = process.env.DEBITSIM_BIN;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** With `tests/browser/run --screenshot`: docs/, where the README's and docs/dashboard.md's screenshots are written. */
const SCREENSHOTS = process.env.SCREENSHOTS || '';
/** Thu 1 Jan 2026, 00:00 UTC: every world starts here and stands still until advanced. */
const START_TIME = 1767225600;
const PLATFORM = 'acct_1SimPlatform00US';
const SELLER = 'acct_1SimExpressUS001';
const NO_BANK = 'acct_1SimCustomUSNoBk';
const STANDARD = 'acct_1SimStandardUS01';
/** Chromium's own background traffic would flood the closed network without these. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run',
];

let server;
let base;
let browser;
let keys = 0;

function freshKey(name) {
  keys += 1;
  return `sk_test_browser_${name}_${keys}_${process.pid}`;
}

/** Starts the release binary on port 0; resolves with its address once it listens. */
function startServer() {
  assert.ok(BIN, 'DEBITSIM_BIN names the debitsim binary (tests/browser/run sets it)');
  const child = spawn(BIN, ['--port', '0', '--start-time', String(START_TIME)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const match = /^listening on (http:\/\/\S+)$/.exec(line);
      if (match) resolve({ child, base: match[1] });
      else reject(new Error(`debitsim said ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`debitsim exited (${code}) before listening`)));
  });
}

before(async () => {
  ({ child: server, base } = await startServer());
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

// ---- The API from Node, to compare with what the page shows ----

async function api(key, method, path, { params, account } = {}) {
  const headers = { Authorization: `Bearer ${key}` };
  if (account) headers['Stripe-Account'] = account;
  const form = new URLSearchParams(params ?? {}).toString();
  const url = method === 'GET' && form ? `${base}${path}?${form}` : `${base}${path}`;
  if (method !== 'GET') headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(url, { method, headers, body: method === 'GET' ? undefined : form });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** POSTs many requests quickly: node:http on kept-alive connections (fetch() costs more). */
const bulkAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
function bulkPost(key, path, body) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: hostname, port, path, method: 'POST', agent: bulkAgent,
      headers: {
        Authorization: `Bearer ${key}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': Buffer.byteLength(body),
      },
    }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`${path}: ${response.statusCode}`))));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function balance(key, account) {
  const body = await api(key, 'GET', '/v1/balance', { account: account === PLATFORM ? null : account });
  const out = {};
  for (const bucket of ['available', 'pending', 'connect_reserved']) {
    for (const entry of body[bucket] ?? []) out[`${bucket}-${entry.currency}`] = entry.amount;
  }
  return out;
}

// ---- A page with its guards ----

/**
 * A page at 1280×800 that records requests to other hosts (and blocks them) and console
 * errors. `expectRefusal(path)` lets exactly one browser log line for a failed request to
 * `path` through: Chromium logs every 4xx response as a console error, and a test that
 * checks how a refusal is shown provokes one on purpose.
 */
async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const guard = { foreign: [], errors: [], allowed: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`)) return route.continue();
    guard.foreign.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    const i = guard.allowed.findIndex((path) => url.startsWith(`${base}${path}`)
      && /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()));
    if (i >= 0) guard.allowed.splice(i, 1);
    else guard.errors.push(`${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => guard.errors.push(`uncaught: ${error.message}`));
  page.expectRefusal = (path) => guard.allowed.push(path);
  page.checkGuards = () => {
    assert.deepEqual(guard.foreign, [], 'requests to another host than the server');
    assert.deepEqual(guard.errors, [], 'browser console errors');
    assert.deepEqual(guard.allowed, [], 'a refusal the test provoked did not happen');
  };
  page.closeAll = () => context.close();
  return page;
}

/** How long the last navigation took to its load event, by the page's own Navigation Timing. */
function loadTime(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return Math.round((nav.loadEventEnd - nav.startTime) * 10) / 10;
  });
}

async function openWorld(page, key) {
  await page.getByTestId('key-input').fill(key);
  await page.getByTestId('key-input').press('Enter');
  await page.getByTestId(`platform-available-usd`).waitFor();
}

/** A page with a world of its own open: a fresh key entered on the dashboard. */
async function openFreshWorld(name) {
  const page = await openPage();
  const key = freshKey(name);
  await page.goto(`${base}/dashboard`);
  await openWorld(page, key);
  return { page, key };
}

/** Polls `check` (which throws while the page is not there yet) for up to `ms`. */
async function eventually(check, ms = 8000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The page's money formatting, computed in the page's own Intl (so the same ICU data). */
function expectedText(page, amount, currency) {
  return page.evaluate(([minor, cur]) => {
    const zero = ['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf'];
    const decimals = zero.includes(cur) ? 0 : 2;
    const digits = String(Math.abs(minor)).padStart(decimals + 1, '0');
    const major = decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
    const text = new Intl.NumberFormat('en-US', {
      style: 'currency', currency: cur.toUpperCase(), minimumFractionDigits: decimals, maximumFractionDigits: decimals,
    }).format(major);
    return minor < 0 ? `\u2212${text}` : text;
  }, [amount, currency]);
}

async function figure(page, testid) {
  const el = page.getByTestId(testid);
  return {
    amount: Number(await el.getAttribute('data-amount', { timeout: 2000 })),
    currency: await el.getAttribute('data-currency'),
    text: (await el.textContent()).trim(),
  };
}

/**
 * Every figure on screen against the API: the platform's balance buckets, each account on
 * the page, the liability rows, the clock; and every amount anywhere formatted with its
 * currency's decimals.
 */
async function expectScreenMatchesApi(page, key) {
  await eventually(async () => {
    const platform = await balance(key, PLATFORM);
    for (const [bucket, amount] of Object.entries(platform)) {
      const [name, currency] = bucket.split('-');
      const shown = await figure(page, `platform-${name.replace('_', '-')}-${currency}`);
      assert.equal(shown.amount, amount, `platform ${bucket}`);
    }
    const accounts = await page.$$eval('[data-testid^="account-row-"]', (rows) => rows.map((r) => r.dataset.account));
    assert.ok(accounts.length > 0, 'accounts are shown');
    for (const account of accounts) {
      const amounts = await balance(key, account);
      for (const [bucket, amount] of Object.entries(amounts)) {
        const [name, currency] = bucket.split('-');
        const shown = await figure(page, `account-${account}-${name}-${currency}`);
        assert.equal(shown.amount, amount, `${account} ${bucket}`);
      }
    }
    for (const row of await page.$$eval('[data-testid^="liability-acct_"]', (els) => els.map((e) => e.dataset.testid))) {
      const [, account, currency] = /^liability-(acct_\w+)-(\w+)$/.exec(row);
      const amounts = await balance(key, account);
      assert.equal((await figure(page, row)).amount, -amounts[`available-${currency}`], row);
    }
    const clock = await api(key, 'GET', '/_sim/clock');
    assert.equal(Number(await page.getByTestId('clock-now').getAttribute('data-unix')), clock.now, 'the clock');
  });
  // Every amount on screen is written with its currency's decimals.
  const all = await page.$$eval('[data-amount][data-currency]', (els) => els.map((e) => [
    e.dataset.testid, Number(e.dataset.amount), e.dataset.currency, e.textContent.trim(),
  ]));
  for (const [testid, amount, currency, text] of all) {
    assert.equal(text, await expectedText(page, amount, currency), testid);
  }
  return all.length;
}

/**
 * Takes a screenshot with `take(path)` into a temporary file (so taking it is tested on
 * every run) and, with `--screenshot`, copies it into docs/ as `name`.
 */
async function saveShot(page, name, take) {
  const shot = join(tmpdir(), `debitsim-${process.pid}-${name}`);
  await take(shot);
  if (SCREENSHOTS) {
    await mkdir(SCREENSHOTS, { recursive: true });
    await copyFile(shot, join(SCREENSHOTS, name));
    console.log(`# screenshot written to ${join(SCREENSHOTS, name)}`);
  }
}

/**
 * Every word of every code sample on screen that the browser broke across two lines. A
 * word is a run without white space, cut before each `/`, `?` and `&` of a path or URL:
 * code may wrap between its parameters and before a path's segment or a query's
 * parameter, never inside a word (`reversal` / `s`).
 */
function wordsBrokenInCode(page) {
  return page.evaluate(() => {
    const broken = [];
    for (const code of document.querySelectorAll('code')) {
      if (!code.getClientRects().length) continue; // not shown
      const chars = [];
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i += 1) chars.push({ node, i, c: node.data[i] });
      }
      const lineOf = ({ node, i }) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return Math.round(rect.top + rect.height / 2);
      };
      let word = [];
      const check = () => {
        if (word.length > 1) {
          const lines = new Set(word.map(lineOf));
          if (lines.size > 1) broken.push(`${word.map((w) => w.c).join('')} in "${code.textContent.slice(0, 80)}"`);
        }
        word = [];
      };
      for (const char of chars) {
        if (/\s/.test(char.c)) {
          check();
          continue;
        }
        if ('/?&'.includes(char.c)) check();
        word.push(char);
      }
      check();
    }
    return broken;
  });
}

/** What the balance chart draws, read from the SVG: its span, its axes and their ticks. */
function chartFacts(page) {
  return page.getByTestId('balance-chart').evaluate((chart) => {
    const number = (name) => Number(chart.getAttribute(name));
    const frame = chart.querySelector('.frame');
    const zero = chart.querySelector('[data-testid="chart-zero"]');
    return {
      account: chart.dataset.account,
      from: number('data-from'),
      to: number('data-to'),
      min: number('data-min'),
      max: number('data-max'),
      axisMin: number('data-axis-min'),
      axisMax: number('data-axis-max'),
      yTicks: [...chart.querySelectorAll('.tick.y')].map((t) => Number(t.dataset.value)),
      xTicks: [...chart.querySelectorAll('.tick.x[data-at]')].map((t) => ({ at: Number(t.dataset.at), x: Number(t.getAttribute('x')) })),
      breaks: [...chart.querySelectorAll('.gap')].map((g) => [Number(g.dataset.from), Number(g.dataset.to)]),
      breakLabels: [...chart.querySelectorAll('.gap-label')].map((t) => t.textContent),
      zero: Boolean(zero),
      zeroY: zero ? Number(zero.getAttribute('y1')) : NaN,
      top: Math.min(...[...chart.querySelectorAll('.tick.y')].map((t) => Number(t.getAttribute('y')) - 4)),
      bottom: frame ? Number(frame.getAttribute('y1')) : NaN,
      left: frame ? Number(frame.getAttribute('x1')) : NaN,
      right: frame ? Number(frame.getAttribute('x2')) : NaN,
    };
  });
}

// ---- The tests ----

test('the page loads from the server alone and every figure matches the API', async () => {
  const page = await openPage();
  const key = freshKey('figures');
  await page.goto(`${base}/dashboard`, { waitUntil: 'load' });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const assets = performance.getEntriesByType('resource').map((r) => `${new URL(r.name).pathname} ${r.duration.toFixed(1)} ms`);
    return { load: nav.loadEventEnd - nav.startTime, html: nav.responseEnd - nav.startTime, assets };
  });
  console.log(`# page and assets loaded in ${timing.load.toFixed(1)} ms (HTML ${timing.html.toFixed(1)} ms; ${timing.assets.join(', ')})`);
  // Loaded again, as a returning user would: the page revalidated (304), its versioned
  // assets straight from the browser's cache.
  await page.reload({ waitUntil: 'load' });
  const again = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return nav.loadEventEnd - nav.startTime;
  });
  console.log(`# loaded again in ${again.toFixed(1)} ms`);

  // Keyboard only: the key field has focus, Enter opens the world.
  await page.keyboard.type(key);
  await page.keyboard.press('Enter');
  await page.getByTestId('platform-available-usd').waitFor();
  // The key is in session storage and nowhere in the address.
  assert.ok(!page.url().includes(key));
  assert.equal(await page.evaluate(() => sessionStorage.getItem('debitsim.dashboard.key')), key);
  assert.match(await page.getByTestId('world-key').textContent(), /^sk_test_…/);

  const figures = await expectScreenMatchesApi(page, key);
  assert.ok(figures >= 15, `only ${figures} figures on screen`);
  // The zero-decimal account shows whole yen.
  assert.match((await figure(page, 'account-acct_1SimCustomJP0001-available-jpy')).text, /^¥[\d,]+$/);
  await eventually(async () => assert.ok(await page.getByTestId('event').count() > 0, 'events are listed'));
  // Thin events (v2, with RFC 3339 times) are listed beside v1 ones, with their time.
  const thin = page.locator('[data-testid="event"][data-type^="v2.core.account."] time');
  await eventually(async () => assert.ok(await thin.count() > 0, 'thin events are listed'));
  assert.match(await thin.first().textContent(), /\d/);
  await eventually(async () => assert.ok(await page.getByTestId('movement').count() > 0, 'movements are listed'));
  assert.equal(await page.getByTestId('balance-chart').count(), 1);

  // Keyboard: arrow keys move between the action tabs; End reaches the last, the dispute
  // action (the server serves /v1/disputes), and ArrowRight wraps round to the first.
  await page.getByTestId('action-tab-debit').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByTestId('action-tab-charge').getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByTestId('charge-form').isVisible(), true);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getByTestId('debit-form').isVisible(), true);
  await page.keyboard.press('End');
  assert.equal(await page.getByTestId('action-tab-dispute').getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByTestId('dispute-form').isVisible(), true);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByTestId('debit-form').isVisible(), true);

  // A narrow window: nothing makes the page wider than the window (tables scroll inside).
  await page.setViewportSize({ width: 400, height: 860 });
  const overflow = await page.evaluate(() => ({
    by: document.scrollingElement.scrollWidth - window.innerWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap'))
      .slice(0, 5)
      .map((e) => `${e.tagName} ${e.dataset?.testid ?? e.getAttribute('class') ?? ''} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`),
  }));
  assert.ok(overflow.by <= 0, `the page is ${overflow.by}px wider than a 400px window: ${overflow.wide.join(', ')}`);
  await page.setViewportSize({ width: 1280, height: 800 });

  page.checkGuards();
  await page.closeAll();
});

test('a debit from the page and one from the API both show, live', async () => {
  const page = await openPage();
  const key = freshKey('debits');
  await page.goto(`${base}/dashboard`, { waitUntil: 'load' });
  console.log(`# in a new browser context (empty cache, browser warm): loaded in ${await loadTime(page)} ms`);
  await openWorld(page, key);
  const before = { seller: await balance(key, SELLER), platform: await balance(key, PLATFORM) };

  // From the page: 12.34 by charge, then 5.00 by transfer.
  await page.getByTestId('debit-account').selectOption(SELLER);
  await page.getByTestId('debit-amount').fill('12.34');
  await page.getByTestId('debit-by-charge').click();
  await page.getByTestId('action-result').waitFor();
  await page.getByTestId('debit-amount').fill('5.00');
  await page.getByTestId('debit-by-transfer').click();
  await eventually(async () => {
    const shown = await figure(page, `account-${SELLER}-available-usd`);
    assert.equal(shown.amount, before.seller['available-usd'] - 1234 - 500);
    assert.equal((await figure(page, 'platform-available-usd')).amount, before.platform['available-usd'] + 1234 + 500);
  });
  const transfers = await api(key, 'GET', '/v1/transfers', { account: SELLER, params: { limit: 2 } });
  assert.deepEqual(transfers.data.map((t) => t.amount), [500, 1234]);
  assert.equal(transfers.data[0].destination, PLATFORM);

  // From the API, while the page only watches: the live feed brings it.
  const eventsBefore = await page.getByTestId('event').count();
  const transfer = await api(key, 'POST', '/v1/transfers', {
    account: SELLER,
    params: { amount: 777, currency: 'usd', destination: PLATFORM },
  });
  await eventually(async () => {
    const shown = await figure(page, `account-${SELLER}-available-usd`);
    assert.equal(shown.amount, before.seller['available-usd'] - 1234 - 500 - 777);
    const row = page.getByTestId('event').filter({ hasText: transfer.id });
    assert.equal(await row.count(), 1, 'the transfer.created event is listed');
  });
  assert.ok(await page.getByTestId('event').count() > eventsBefore);
  await eventually(async () => {
    const first = page.getByTestId('movement').first();
    assert.match(await first.textContent(), /Account debit/);
    assert.match(await first.textContent(), /\$7\.77/);
  });

  // A refusal, in plain words with Stripe's code: no bank account, so no going below zero.
  await page.getByTestId('debit-account').selectOption(NO_BANK);
  await page.getByTestId('debit-amount').fill('999999.00');
  page.expectRefusal('/v1/charges');
  await page.getByTestId('debit-by-charge').click();
  const refusal = page.getByTestId('action-error');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /not enough money/);
  assert.match(await page.getByTestId('action-error-code').textContent(), /balance_insufficient/);
  // Not an amount at all: refused before anything is sent.
  await page.getByTestId('debit-amount').fill('12.345');
  await page.getByTestId('debit-by-charge').click();
  await eventually(async () => assert.match(await refusal.textContent(), /Enter an amount in USD/));

  await expectScreenMatchesApi(page, key);
  page.checkGuards();
  await page.closeAll();
});

test('the guided demo onboards a new seller, walks to the end, and the books are audited', async () => {
  const { page, key } = await openFreshWorld('demo');
  // A step is done when the demo is no longer busy (data-busy, set before the first call).
  const idle = () => eventually(async () => {
    assert.equal(await page.getByTestId('demo').getAttribute('data-busy'), 'no');
    assert.match(await page.getByTestId('demo-step').textContent(), /^Step \d+ of 15$/);
  }, 15000);
  const calls = async () => page.getByTestId('demo-call').textContent();

  await page.getByTestId('demo-start').click();
  await idle();
  assert.match(await calls(), /POST \/_sim\/reset onboarding=required/);
  // Before any money moves the chart is the whole world's, since the reset.
  await eventually(async () => {
    const chart = page.getByTestId('balance-chart');
    assert.equal(await chart.getAttribute('data-account'), PLATFORM);
    assert.equal(Number(await chart.getAttribute('data-from')), START_TIME, 'since the last reset');
  });
  const titles = [];
  let seller = null;
  for (;;) {
    const step = await page.getByTestId('demo-step').textContent();
    const caption = await page.getByTestId('demo-caption').textContent();
    assert.doesNotMatch(caption, /refused|problem/i, `${step}: ${caption}`);
    assert.ok(caption.length > 40, `${step} has a caption`);
    assert.ok((await calls()).length > 0, `${step} shows its API call`);
    assert.deepEqual(await wordsBrokenInCode(page), [], `${step}: code breaks inside a word`);
    titles.push(await page.getByTestId('demo-title').textContent());
    const row = (testid) => page.getByTestId(`account-${seller}-${testid}`);
    if (step === 'Step 2 of 15') {
      // A new seller, named like a business, with requirements due: what is due is listed,
      // no link yet, charges and payouts disabled.
      seller = await page.getByTestId('demo').getAttribute('data-seller');
      assert.match(seller, /^acct_/);
      const account = await api(key, 'GET', `/v1/accounts/${seller}`);
      assert.equal(account.business_profile.name, 'Juniper Street Ceramics');
      assert.equal(account.charges_enabled, false);
      const due = account.requirements.currently_due;
      assert.ok(due.length > 0, 'requirements are due');
      await eventually(async () => {
        assert.equal(await row('onboarding').getAttribute('data-due'), String(due.length));
        assert.equal(await row('onboarding').getAttribute('data-charges-enabled'), 'false');
        assert.deepEqual(await row('due').locator('li').evaluateAll((items) => items.map((li) => li.dataset.requirement)), due);
        assert.equal(await row('link').getAttribute('data-state'), 'none');
        assert.equal(await row('onboard').isVisible(), true);
        assert.match(await page.getByTestId(`account-${seller}-show`).textContent(), /Juniper Street Ceramics/);
      });
      assert.match(caption, /Juniper Street Ceramics, a pottery studio, signs up/);
      assert.match(caption, /charges_enabled and payouts_enabled are false/);
    }
    if (step === 'Step 3 of 15') {
      // The hosted form: an account link, its page read and shown, the link open.
      assert.match(await calls(), /POST \/v1\/account_links account=acct_\w+ type=account_onboarding/);
      assert.match(await calls(), /GET \/_sim\/onboarding\/\S+/);
      const form = page.getByTestId('demo-form');
      assert.match(await form.textContent(), /First name\s*Jenny/);
      assert.match(await form.textContent(), /Routing number\s*110000000/);
      assert.match(await page.getByTestId('demo-form-link').getAttribute('href'), /^\/_sim\/onboarding\//);
      await eventually(async () => assert.equal(await row('link').getAttribute('data-state'), 'usable'));
      assert.match(await row('link').textContent(), /open until 00:05 UTC/);
      // The onboarding chapter, as docs/dashboard.md shows it: the story on the right, the seller's
      // row in the accounts table on the left.
      await page.waitForTimeout(300);
      await saveShot(page, 'dashboard-onboarding.png', async (path) => {
        const bottom = await page.getByTestId(`account-row-${seller}`).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
        const demo = await page.getByTestId('demo').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.ceil(Math.max(bottom, demo) + 16) } });
      });
    }
    if (step === 'Step 4 of 15') {
      // Submitted: onboarded, charges and payouts enabled, nothing due any more.
      const account = await api(key, 'GET', `/v1/accounts/${seller}`);
      assert.deepEqual(
        [account.details_submitted, account.charges_enabled, account.payouts_enabled, account.requirements.currently_due],
        [true, true, true, []],
      );
      assert.match(await calls(), /POST \/_sim\/onboarding\/\S+ \(the form's \d+ fields\)/);
      assert.match(caption, /charges_enabled and payouts_enabled are true/);
      await eventually(async () => assert.equal(await row('onboarding').count(), 0, 'nothing due any more'));
      const listed = (await api(key, 'GET', '/_sim/accounts', { params: { limit: 100 } })).data.find((a) => a.id === seller);
      assert.equal(listed.onboarding.link.state, 'used');
    }
    if (step === 'Step 6 of 15') {
      // The sale was disputed at once: the platform bears it, and the page lists its event.
      const disputes = await api(key, 'GET', '/v1/disputes');
      assert.deepEqual(disputes.data.map((d) => [d.status, d.amount]), [['needs_response', 25000]]);
      assert.match(caption, /\$250\.00 and a \$15\.00 dispute fee/);
      await eventually(async () => assert.equal(
        await page.locator('[data-testid="event"][data-type="charge.dispute.funds_withdrawn"]').count(), 1));
      await expectScreenMatchesApi(page, key);
    }
    if (step === 'Step 7 of 15') {
      // next=funds_available: midnight two days after the sale.
      assert.match(await calls(), /POST \/_sim\/clock\/advance next=funds_available/);
      assert.equal((await api(key, 'GET', '/_sim/clock')).now, START_TIME + 2 * 86_400);
    }
    if (step === 'Step 10 of 15') {
      // The reversal's path, at a phone's width: the code wraps between its parts only.
      assert.match(await calls(), /POST \/v1\/transfers\/tr_\w+\/reversals/);
      await page.setViewportSize({ width: 400, height: 860 });
      assert.deepEqual(await wordsBrokenInCode(page), [], 'code at 400 px');
      assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth), 'nothing wider than 400 px');
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    if (step === 'Step 12 of 15') {
      // The seller owes money, and the platform holds it in reserve.
      await expectScreenMatchesApi(page, key);
      const owed = await figure(page, `account-${seller}-available-usd`);
      assert.ok(owed.amount < 0, 'the seller is below zero');
      assert.equal((await figure(page, 'platform-connect-reserved-usd')).amount, -owed.amount);
      // The chart is the seller's: its money axis goes below its lowest balance, with a zero
      // line and ticks below zero; its time axis spans the story, from the sale to now, the
      // quiet two days drawn narrow so the day the story happens fills the chart.
      const sale = (await api(key, 'GET', '/v1/balance_transactions', { account: seller, params: { limit: 100 } })).data.at(-1);
      const now = (await api(key, 'GET', '/_sim/clock')).now;
      await eventually(async () => {
        const chart = await chartFacts(page);
        assert.equal(chart.account, seller);
        assert.equal(chart.min, owed.amount, 'the lowest balance drawn is what the seller owes');
        assert.ok(chart.axisMin <= chart.min, `the axis (${chart.axisMin}) includes the minimum (${chart.min})`);
        assert.ok(chart.yTicks.some((v) => v < 0 && v <= chart.min), `a tick at or below the minimum: ${chart.yTicks}`);
        assert.ok(chart.yTicks.includes(0), 'a tick at zero');
        assert.equal(chart.zero, true, 'a zero line');
        assert.ok(chart.zeroY > chart.top && chart.zeroY < chart.bottom, 'the zero line is inside the plot, not on its edge');
        assert.deepEqual([chart.from, chart.to], [sale.created, now], 'from the sale to now');
        assert.equal(chart.breaks.length, 1, 'the quiet two days drawn as one break');
        assert.match(chart.breakLabels[0], /^2 days$/);
        // Midnight of the story's day, 3 Jan: everything after it is the day the story
        // happens, and it takes most of the chart.
        const dayStart = chart.xTicks.find((t) => t.at === START_TIME + 2 * 86_400);
        assert.ok(dayStart, `a tick at the day's midnight: ${JSON.stringify(chart.xTicks)}`);
        assert.ok((chart.right - dayStart.x) / (chart.right - chart.left) > 0.6, 'the day takes most of the chart');
      });
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveShot(page, 'dashboard.png', (path) => page.screenshot({ path }));
      await saveShot(page, 'dashboard-negative-balance.png', async (path) => {
        await page.getByTestId('balance-chart-box').scrollIntoViewIfNeeded();
        await page.locator('.chart').screenshot({ path });
      });
    }
    if (step === 'Step 9 of 15' && !titles.includes('(back)')) {
      // Back replays the story to the step before, on a reset world; Next goes on again.
      titles.push('(back)');
      await page.getByTestId('demo-back').click();
      await idle();
      assert.equal(await page.getByTestId('demo-step').textContent(), 'Step 8 of 15');
      assert.equal(await page.getByTestId('demo').getAttribute('data-seller'), seller, 'the same seller, ids and all');
      await expectScreenMatchesApi(page, key);
      assert.equal((await figure(page, `account-${seller}-available-usd`)).amount, 0);
      await page.getByTestId('demo-next').click();
      await idle();
      continue;
    }
    if (await page.getByTestId('demo-next').isDisabled()) break;
    await page.getByTestId('demo-next').click();
    await idle();
  }
  assert.equal(await page.getByTestId('demo-step').textContent(), 'Step 15 of 15');
  assert.match(await calls(), /GET \/_sim\/audit/);
  const audit = await api(key, 'GET', '/_sim/audit');
  assert.equal(audit.ok, true, audit.problem);
  await expectScreenMatchesApi(page, key);
  // The end of the story: the seller is back to zero and the reserve released.
  assert.equal((await figure(page, `account-${seller}-available-usd`)).amount, 0);
  assert.equal((await figure(page, 'platform-connect-reserved-usd')).amount, 0);
  const payouts = await api(key, 'GET', '/v1/payouts', { account: seller, params: { limit: 1 } });
  assert.ok(payouts.data[0].amount < 0 && payouts.data[0].automatic, 'the payout run debited the bank');
  assert.equal((await api(key, 'GET', '/v1/disputes')).data[0].status, 'lost');
  // The seller's money moving, on screen as the API lists it: each movement with its
  // amount, and the fees that went with them.
  await eventually(async () => {
    const listed = await api(key, 'GET', '/_sim/movements', { params: { account: seller, limit: 25 } });
    const expected = listed.data.flatMap((m) => [
      [m.kind, m.amount], ...[m.fee, m.application_fee].filter(Boolean).map((f) => [f.kind, f.amount]),
    ]);
    const shown = await page.$$eval('[data-testid="movement"]', (rows) => rows.map((r) => [
      r.dataset.kind, r.querySelector(':scope > .money').textContent,
    ]));
    const texts = await Promise.all(expected.map(([, amount]) => expectedText(page, amount, 'usd')));
    assert.deepEqual(shown, expected.map(([kind], i) => [kind, texts[i]]));
    for (const kind of ['application_fee', 'application_fee_refund', 'reversal', 'bank_debit', 'debit']) {
      assert.ok(shown.some(([k]) => k === kind), `a ${kind} movement is shown`);
    }
  });
  console.log(`# demo steps: ${titles.join(' → ')}`);
  page.checkGuards();
  await page.closeAll();
});

test('every action goes through the API, and the clock and reset work from the page', async () => {
  const { page, key } = await openFreshWorld('actions');
  const done = async (what) => {
    await eventually(async () => assert.equal(await page.getByTestId('action-result').isVisible(), true, what));
    assert.equal(await page.getByTestId('action-error').isVisible(), false, what);
  };

  // A Stripe-managed debit: the account's own charge is its reference_transaction.
  await page.getByTestId('debit-account').selectOption(STANDARD);
  await eventually(async () => assert.match(await page.getByTestId('debit-reference').inputValue(), /^ch_/));
  const reference = await page.getByTestId('debit-reference').inputValue();
  await page.getByTestId('debit-amount').fill('3.00');
  await page.getByTestId('debit-stripe-managed').click();
  await done('stripe-managed debit');
  const managed = (await api(key, 'GET', '/_sim/movements', { params: { account: STANDARD, limit: 1 } })).data[0];
  assert.deepEqual([managed.kind, managed.amount, managed.debit.reference], ['debit', 300, reference]);

  // A destination charge with an application fee, then its refund with the transfer
  // reversed and the fee given back.
  await page.getByTestId('action-tab-charge').click();
  await page.getByTestId('charge-account').selectOption(PLATFORM);
  await page.getByTestId('charge-amount').fill('100.00');
  await page.getByTestId('charge-card').selectOption('tok_bypassPending');
  assert.equal(await page.getByTestId('charge-application-fee').isVisible(), false, 'no fee on the platform’s own charge');
  await page.getByTestId('charge-destination').selectOption(SELLER);
  await page.getByTestId('charge-application-fee').fill('10.00');
  await page.getByTestId('charge-submit').click();
  await done('charge');
  const charge = (await api(key, 'GET', '/v1/charges', { params: { limit: 1 } })).data[0];
  assert.deepEqual([charge.amount, charge.transfer_data?.destination, charge.application_fee_amount], [10000, SELLER, 1000]);
  // The fee shows as money from the seller to the platform.
  await eventually(async () => {
    const row = page.locator(`[data-testid="movement"][data-kind="application_fee"]`).first();
    assert.match(await row.textContent(), /Express US.*→.*\(platform\).*\$10\.00/);
  });
  await page.getByTestId('action-tab-refund').click();
  await page.getByTestId('refund-account').selectOption(PLATFORM);
  await eventually(async () => assert.equal(await page.getByTestId('refund-charge').inputValue(), charge.id));
  assert.equal(await page.getByTestId('refund-reverse-transfer').isChecked(), true);
  assert.equal(await page.getByTestId('refund-application-fee').isChecked(), true);
  await page.getByTestId('refund-submit').click();
  await done('refund');
  const refunded = await api(key, 'GET', `/v1/charges/${charge.id}`);
  assert.equal(refunded.amount_refunded, 10000);
  const reversed = await api(key, 'GET', `/v1/transfers/${refunded.transfer}`);
  assert.equal(reversed.amount_reversed, 10000);
  const fee = await api(key, 'GET', `/v1/application_fees/${refunded.application_fee}`);
  assert.deepEqual([fee.amount_refunded, fee.refunded], [1000, true]);

  // A transfer to an account, and a payout from one.
  await page.getByTestId('action-tab-transfer').click();
  await page.getByTestId('transfer-account').selectOption(NO_BANK);
  await page.getByTestId('transfer-amount').fill('1.00');
  await page.getByTestId('transfer-submit').click();
  await done('transfer');
  const transfer = (await api(key, 'GET', '/v1/transfers', { params: { limit: 1 } })).data[0];
  assert.deepEqual([transfer.destination, transfer.amount], [NO_BANK, 100]);
  await page.getByTestId('action-tab-payout').click();
  await page.getByTestId('payout-account').selectOption(STANDARD);
  await page.getByTestId('payout-amount').fill('2.50');
  await page.getByTestId('payout-submit').click();
  await done('payout');
  const payout = (await api(key, 'GET', '/v1/payouts', { account: STANDARD, params: { limit: 1 } })).data[0];
  assert.equal(payout.amount, 250);

  // Whose money moving: one account's, and its balance chart.
  await page.getByTestId('movements-account').selectOption(SELLER);
  await eventually(async () => {
    assert.equal(await page.getByTestId('balance-chart').getAttribute('data-account'), SELLER);
    const rows = await page.getByTestId('movement').allTextContents();
    assert.ok(rows.length > 0 && rows.every((row) => row.includes('Express US')), 'only the seller’s movements');
  });
  await expectScreenMatchesApi(page, key);

  // The clock: a day, the next payout run, a chosen moment.
  const clockShown = async () => Number(await page.getByTestId('clock-now').getAttribute('data-unix'));
  await page.getByTestId('clock-advance-day').click();
  await eventually(async () => assert.equal(await clockShown(), START_TIME + 86_400));
  await page.getByTestId('clock-advance-payout-run').click();
  await eventually(async () => assert.equal(await clockShown(), START_TIME + 2 * 86_400));
  await page.getByTestId('clock-to-input').fill('2026-01-04 12:30');
  await page.getByTestId('clock-advance-to').click();
  await eventually(async () => assert.equal(await clockShown(), Date.UTC(2026, 0, 4, 12, 30) / 1000));
  assert.equal((await api(key, 'GET', '/_sim/clock')).now, Date.UTC(2026, 0, 4, 12, 30) / 1000);
  // The payouts made on Thursday arrive on Monday, two business days later: the button
  // goes straight there, then has nothing left to reach.
  await page.getByTestId('clock-advance-payout-arrival').click();
  await eventually(async () => assert.equal(await clockShown(), payout.arrival_date));
  assert.equal(payout.arrival_date, Date.UTC(2026, 0, 5) / 1000, 'Monday 5 January');
  assert.equal((await api(key, 'GET', `/v1/payouts/${payout.id}`, { account: STANDARD })).status, 'paid');
  await eventually(async () => assert.equal(await page.getByTestId('clock-advance-payout-arrival').isDisabled(), true));

  // Disputes: a destination PaymentIntent paid with Stripe's dispute card opens one on the
  // platform, which wins it with Stripe's test evidence once the clock moves.
  await page.getByTestId('action-tab-dispute').click();
  await page.getByTestId('dispute-account').selectOption(PLATFORM);
  await page.getByTestId('dispute-destination').selectOption(SELLER);
  await page.getByTestId('dispute-amount').fill('80.00');
  await page.getByTestId('dispute-card').selectOption('pm_card_createDispute');
  await page.getByTestId('dispute-open').click();
  await done('dispute opened');
  const opened = (await api(key, 'GET', '/v1/disputes', { params: { limit: 1 } })).data[0];
  assert.deepEqual([opened.status, opened.amount, opened.reason], ['needs_response', 8000, 'fraudulent']);
  assert.match(await page.getByTestId('action-result').textContent(), new RegExp(`${opened.id}.*\\$80\\.00 and Stripe's \\$15\\.00 dispute fee were withdrawn from Debitsim Platform`));
  await eventually(async () => assert.equal(await page.getByTestId('dispute-id').inputValue(), opened.id));
  await page.getByTestId('movements-account').selectOption(PLATFORM);
  await eventually(async () => {
    const withdrawn = page.locator('[data-testid="movement"][data-kind="dispute"]').first();
    assert.match(await withdrawn.textContent(), /Debitsim Platform \(platform\).*→.*Cardholder.*\$80\.00/);
    const fee = page.locator(`[data-testid="movement"][data-kind="dispute_fee"]`).first();
    assert.match(await fee.textContent(), /→.*Stripe.*\$15\.00/);
  });
  await page.getByTestId('dispute-win').click();
  await done('evidence');
  assert.equal((await api(key, 'GET', `/v1/disputes/${opened.id}`)).status, 'under_review');
  await page.getByTestId('clock-advance-day').click();
  await eventually(async () => assert.equal((await api(key, 'GET', `/v1/disputes/${opened.id}`)).status, 'won'));
  await eventually(async () => {
    const back = page.locator('[data-testid="movement"][data-kind="dispute_reinstated"]').first();
    assert.match(await back.textContent(), /Cardholder.*→.*Debitsim Platform.*\$80\.00/);
  });
  // An inquiry on a direct charge, accepted: closed, nothing withdrawn.
  await page.getByTestId('dispute-account').selectOption(STANDARD);
  assert.equal(await page.getByTestId('dispute-destination').isVisible(), false, 'no destination on a direct charge');
  await page.getByTestId('dispute-amount').fill('30.00');
  await page.getByTestId('dispute-card').selectOption('pm_card_createDisputeInquiry');
  await page.getByTestId('dispute-open').click();
  await done('inquiry opened');
  const inquiry = (await api(key, 'GET', '/v1/disputes', { account: STANDARD, params: { limit: 1 } })).data[0];
  assert.deepEqual([inquiry.status, inquiry.balance_transactions.length], ['warning_needs_response', 0]);
  await eventually(async () => assert.equal(await page.getByTestId('dispute-id').inputValue(), inquiry.id));
  await page.getByTestId('dispute-accept').click();
  await done('inquiry accepted');
  assert.equal((await api(key, 'GET', `/v1/disputes/${inquiry.id}`, { account: STANDARD })).status, 'warning_closed');
  // Refused: below Stripe's minimum, in plain words with the code.
  await page.getByTestId('dispute-amount').fill('0.20');
  page.expectRefusal('/v1/payment_intents');
  await page.getByTestId('dispute-open').click();
  await page.getByTestId('action-error').waitFor();
  assert.match(await page.getByTestId('action-error').textContent(), /below the minimum/);
  assert.match(await page.getByTestId('action-error-code').textContent(), /amount_too_small/);
  await expectScreenMatchesApi(page, key);

  // Reset asks twice, then the world is its fixtures again.
  await page.getByTestId('reset-world').click();
  assert.match(await page.getByTestId('reset-world').textContent(), /again/);
  await page.getByTestId('reset-world').click();
  await eventually(async () => assert.equal(await clockShown(), START_TIME));
  assert.equal((await api(key, 'GET', '/v1/transfers', { account: STANDARD, params: { limit: 1 } })).data.length, 0);
  await expectScreenMatchesApi(page, key);
  page.checkGuards();
  await page.closeAll();
});

test('what a newcomer saw is polished: the clock field, the tabs, the selects', async () => {
  const { page, key } = await openFreshWorld('polish');

  // The time in the clock field parses as UTC, 24-hour: a day after now, shown whole.
  const field = page.getByTestId('clock-to-input');
  await eventually(async () => assert.notEqual(await field.inputValue(), ''));
  const shown = await field.inputValue();
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(shown);
  assert.ok(match, `"${shown}" is YYYY-MM-DD HH:MM`);
  const [, y, mo, d, hh, mm] = match.map(Number);
  assert.equal(Date.UTC(y, mo - 1, d, hh, mm) / 1000, START_TIME + 86_400, 'a day after now, in UTC');
  const whole = await field.evaluate((input) => input.scrollWidth <= input.clientWidth);
  assert.ok(whole, 'the field shows the whole moment');
  // An afternoon time, typed in 24-hour UTC, is the moment the clock goes to.
  await field.fill('2026-01-01 15:30');
  await page.getByTestId('clock-advance-to').click();
  await eventually(async () => assert.equal(
    Number(await page.getByTestId('clock-now').getAttribute('data-unix')), Date.UTC(2026, 0, 1, 15, 30) / 1000));
  assert.match(await page.getByTestId('clock-now').textContent(), /15:30 UTC$/);
  // A 12-hour time is not one: refused before anything is sent, and the clock stays.
  await field.fill('2026-01-02 3:30 PM');
  await page.getByTestId('clock-advance-to').click();
  await eventually(async () => assert.match(await page.getByTestId('action-error').textContent(), /UTC, 24-hour/));
  assert.equal((await api(key, 'GET', '/_sim/clock')).now, Date.UTC(2026, 0, 1, 15, 30) / 1000);

  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 860 });
    // No tab row wraps: every tab on one line, none cut, the row within its card.
    const tabs = await page.evaluate(() => {
      const all = [...document.querySelectorAll('[role="tab"]')];
      const list = document.querySelector('[role="tablist"]').getBoundingClientRect();
      const card = document.querySelector('[role="tablist"]').closest('.card').getBoundingClientRect();
      return {
        tops: [...new Set(all.map((t) => Math.round(t.getBoundingClientRect().top)))],
        cut: all.filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent),
        inside: list.right <= card.right && list.left >= card.left,
      };
    });
    assert.equal(tabs.tops.length, 1, `${width} px: the tabs sit on ${tabs.tops.length} rows`);
    assert.deepEqual(tabs.cut, [], `${width} px: tab labels cut`);
    assert.ok(tabs.inside, `${width} px: the tab row leaves its card`);
    // The account selects are not cut: on every tab, every account's name fits its select,
    // and the select fits its card.
    for (const tab of ['debit', 'charge', 'refund', 'transfer', 'payout', 'dispute']) {
      await page.getByTestId(`action-tab-${tab}`).click();
      const cut = await page.evaluate(() => {
        const measure = document.createElement('canvas').getContext('2d');
        const selects = [...document.querySelectorAll('select[id$="-account"], select[id$="-destination"]')]
          .filter((s) => s.getClientRects().length);
        return selects.flatMap((select) => {
          const style = getComputedStyle(select);
          measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // The text's room: the box less its padding and the drop-down arrow.
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          const card = select.closest('.card').getBoundingClientRect();
          const box = select.getBoundingClientRect();
          const problems = [...select.options]
            .filter((o) => measure.measureText(o.textContent).width > room)
            .map((o) => `${select.id}: "${o.textContent}" is cut (${Math.round(room)} px)`);
          if (box.right > card.right || box.left < card.left) problems.push(`${select.id} leaves its card`);
          return problems;
        });
      });
      assert.deepEqual(cut, [], `${width} px, ${tab} tab`);
    }
    assert.deepEqual(await wordsBrokenInCode(page), [], `${width} px: code breaks inside a word`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  page.checkGuards();
  await page.closeAll();
});

test('an account with requirements due shows them, its link, and opens its hosted onboarding', async () => {
  const { page, key } = await openFreshWorld('onboarding');
  // A world whose new accounts start with requirements due, and a seller who signs up.
  await api(key, 'POST', '/_sim/reset', { params: { onboarding: 'required' } });
  const account = await api(key, 'POST', '/v1/accounts', {
    params: { type: 'express', country: 'US', 'business_profile[name]': 'Fern & Finch Bakery' },
  });
  const id = account.id;
  const cell = (testid) => page.getByTestId(`account-${id}-${testid}`);
  await eventually(async () => {
    assert.equal(await cell('onboarding').getAttribute('data-due'), String(account.requirements.currently_due.length));
    assert.deepEqual(
      await cell('due').locator('li').evaluateAll((items) => items.map((li) => li.dataset.requirement)),
      account.requirements.currently_due,
    );
    assert.equal(await cell('link').getAttribute('data-state'), 'none');
    assert.equal(await cell('onboarding').getAttribute('data-charges-enabled'), 'false');
  });
  await cell('due').evaluate((list) => { list.closest('details').open = true; });
  assert.match(await cell('onboarding').textContent(), /Due: .*business type.*bank account/);
  // A link made through the API, then expired on the world's clock.
  const links = { type: 'account_onboarding', refresh_url: `${base}/dashboard`, return_url: `${base}/dashboard` };
  await api(key, 'POST', '/v1/account_links', { params: { account: id, ...links } });
  await eventually(async () => assert.equal(await cell('link').getAttribute('data-state'), 'usable'));
  await api(key, 'POST', '/_sim/clock/advance', { params: { seconds: 300 } });
  await eventually(async () => assert.equal(await cell('link').getAttribute('data-state'), 'expired'));

  // The button opens the hosted page in this tab; submitting it comes back here, to the
  // same world (the key is in the tab's session storage), and says what happened.
  await cell('onboard').click();
  await page.waitForURL(/\/_sim\/onboarding\//);
  assert.match(await page.locator('h1').textContent(), new RegExp(`Set up payouts for ${id}`));
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`${base}/dashboard`);
  await eventually(async () => assert.match(await page.getByTestId('action-result').textContent(),
    /Back from onboarding: Fern & Finch Bakery is onboarded, with charges enabled and payouts enabled/));
  assert.equal(await page.evaluate(() => location.search), '', 'the address is clean again');
  await eventually(async () => assert.equal(await cell('onboarding').count(), 0, 'nothing due any more'));
  const onboarded = await api(key, 'GET', `/v1/accounts/${id}`);
  assert.deepEqual([onboarded.charges_enabled, onboarded.payouts_enabled], [true, true]);
  page.checkGuards();
  await page.closeAll();
});

/** A webhook receiver on 127.0.0.1 that answers every delivery with `receiver.status`. */
function startReceiver() {
  const receiver = { status: 500, received: 0 };
  const listener = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      receiver.received += 1;
      response.statusCode = receiver.status;
      response.end();
    });
  });
  return new Promise((resolve) => {
    listener.listen(0, '127.0.0.1', () => {
      receiver.url = `http://127.0.0.1:${listener.address().port}/hooks`;
      receiver.close = () => new Promise((done) => listener.close(done));
      resolve(receiver);
    });
  });
}

test('each event shows its webhook deliveries as they happen', async () => {
  const receiver = await startReceiver();
  const { page, key } = await openFreshWorld('webhooks');
  await eventually(async () => assert.ok(await page.getByTestId('event').count() > 0, 'events are listed'));
  await api(key, 'POST', '/v1/webhook_endpoints', {
    params: { url: receiver.url, 'enabled_events[]': 'charge.succeeded' },
  });
  const delivery = (event) => page.locator(`[data-testid="event"][data-event-id="${event}"] [data-testid="event-delivery"]`);
  const charge = async () => {
    await api(key, 'POST', '/v1/charges', { params: { amount: 2000, currency: 'usd', source: 'tok_visa' } });
    return (await api(key, 'GET', '/v1/events', { params: { type: 'charge.succeeded', limit: 1 } })).data[0].id;
  };
  const statusOf = async (event) => (await api(key, 'GET', '/_sim/event_deliveries', { params: { 'events[]': event } })).data[0];

  // The receiver fails: the event's delivery is pending, with what it answered and when the
  // next attempt is due on the world's clock, as the API says.
  const failing = await charge();
  await eventually(async () => {
    assert.equal(await delivery(failing).getAttribute('data-status'), 'pending');
    assert.match(await delivery(failing).textContent(), /1 attempt failed \(answered 500\); next/);
  });
  const pending = await statusOf(failing);
  assert.deepEqual([pending.status, pending.attempts, pending.next_attempt], ['pending', 1, START_TIME + 300]);
  // Events from before the endpoint existed were never owed anywhere: no status.
  const oldest = page.getByTestId('event').last();
  assert.equal(await oldest.getByTestId('event-delivery').isVisible(), false);

  // It recovers: the retry, due five minutes later on the world's clock, succeeds, and the
  // page shows it without being asked.
  receiver.status = 200;
  await api(key, 'POST', '/_sim/clock/advance', { params: { seconds: 300 } });
  await eventually(async () => {
    assert.equal(await delivery(failing).getAttribute('data-status'), 'succeeded');
    assert.match(await delivery(failing).textContent(), /Webhook delivered/);
  });

  // It fails for good: after the last of its retries the delivery is given up.
  receiver.status = 503;
  const lost = await charge();
  for (const [attempts, wait] of [[1, 300], [2, 1800], [3, 7200], [4, 21600]]) {
    await eventually(async () => {
      const now = await statusOf(lost);
      assert.ok(now.attempts === attempts && !now.attempting, `attempt ${attempts}: ${JSON.stringify(now)}`);
    });
    await api(key, 'POST', '/_sim/clock/advance', { params: { seconds: wait } });
  }
  await eventually(async () => {
    assert.equal(await delivery(lost).getAttribute('data-status'), 'failed');
    assert.match(await delivery(lost).textContent(), /failed \(answered 503\): no more retries/);
  });
  assert.equal((await statusOf(lost)).status, 'failed');
  assert.equal(await delivery(failing).getAttribute('data-status'), 'succeeded');
  console.log(`# the receiver got ${receiver.received} deliveries`);
  await receiver.close();
  page.checkGuards();
  await page.closeAll();
});

test('a world of 10,000 accounts stays responsive, a page at a time', async () => {
  const key = freshKey('large');
  const created = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < 10_000) {
      next += 1;
      await bulkPost(key, '/v1/accounts', 'type=express&country=US');
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  bulkAgent.destroy();
  console.log(`# created 10,000 accounts through the API in ${Date.now() - created} ms`);

  const page = await openPage();
  await page.goto(`${base}/dashboard`);
  const opened = Date.now();
  await openWorld(page, key);
  await eventually(async () => assert.equal(await page.getByTestId('accounts-range').textContent(), '1–25 of 10,006'), 20000);
  console.log(`# 10,006 accounts: first page shown ${Date.now() - opened} ms after the key was entered`);
  assert.equal(await page.locator('[data-testid^="account-row-"]').count(), 25, 'one page of accounts, not all');
  const paged = Date.now();
  await page.getByTestId('accounts-next').click();
  await eventually(async () => assert.equal(await page.getByTestId('accounts-range').textContent(), '26–50 of 10,006'));
  console.log(`# next page of accounts: ${Date.now() - paged} ms`);
  await expectScreenMatchesApi(page, key);
  // A debit still shows at once.
  const shownBefore = (await figure(page, 'platform-available-usd')).amount;
  const debited = Date.now();
  await api(key, 'POST', '/v1/charges', { params: { amount: 100, currency: 'usd', source: SELLER } });
  await eventually(async () => assert.equal((await figure(page, 'platform-available-usd')).amount, shownBefore + 100));
  console.log(`# a debit made through the API appeared on the page after ${Date.now() - debited} ms`);
  page.checkGuards();
  await page.closeAll();
});
