// The conformance flows through the official Node SDK (`stripe` from npm), unpatched.
//
// Configured the documented way: new Stripe(key, {host, port, protocol: 'http'}),
// per-request options {stripeAccount, idempotencyKey}, and parameters the SDK's types do
// not know (reference_transaction) passed in the params object, which the SDK encodes
// like any other (its extra-parameters mechanism). Flows and their order: cases/flows.json;
// error rows: cases/errors.json, shared with the Python and Rust clients.
//
// Environment: DEBITSIM_URL, CONFORMANCE_RESULTS, CONFORMANCE_RUN_ID (see python/flows.py).
// conformance/run installs `stripe` into conformance/.deps/node and sets NODE_PATH.
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const http = require('http');
const Stripe = require('stripe');

const CASES = path.join(__dirname, '..', 'cases');
const BASE = (process.env.DEBITSIM_URL || 'http://127.0.0.1:12111').replace(/\/$/, '');
const RUN_ID = process.env.CONFORMANCE_RUN_ID || crypto.randomBytes(6).toString('hex');
const PLATFORM = 'acct_1SimPlatform00US';
const FIXTURES = {$nobank: 'acct_1SimCustomUSNoBk', $gb: 'acct_1SimExpressGB001', $jp: 'acct_1SimCustomJP0001',
  $ca: 'acct_1SimCustomCA0001'};
const DAY = 86400;
const SDK_VERSION = Stripe.PACKAGE_VERSION;

const ERROR_CLASSES = {
  invalid_request: Stripe.errors.StripeInvalidRequestError,
  permission: Stripe.errors.StripePermissionError,
  authentication: Stripe.errors.StripeAuthenticationError,
  card: Stripe.errors.StripeCardError,
  idempotency: Stripe.errors.StripeIdempotencyError,
};

class Skip extends Error {}
class Check extends Error {}

function check(cond, what) {
  if (!cond) throw new Check(what);
}
// Compares JSON values structurally: object key order is not meaningful.
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
}
function eq(actual, expected, what) {
  if (!same(actual, expected)) {
    throw new Check(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
function starts(value, prefix, what) {
  if (!(typeof value === 'string' && value.startsWith(prefix))) {
    throw new Check(`${what}: expected an id starting '${prefix}', got ${JSON.stringify(value)}`);
  }
}
// An expandable field as an id, whether the server sent the id or the object.
function idOf(value) {
  return value && typeof value === 'object' ? value.id : value;
}
// Stripe's card fee in the simulator: 2.9 % rounded half-up, plus 30 minor units.
function fee(amount) {
  return Math.floor((amount * 29 + 500) / 1000) + 30;
}

function client(key) {
  const url = new URL(BASE);
  // No retries: each SDK call is exactly one request on the wire.
  return new Stripe(key, {
    host: url.hostname,
    port: Number(url.port || 80),
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  });
}

class Ctx {
  constructor() {
    this.suffix = `conf_node_${RUN_ID}`;
    this.key = `sk_test_${this.suffix}`;
    this.sk = client(this.key);
    this.values = {$platform: PLATFORM, ...FIXTURES};
  }
  get(name) {
    if (!(name in this.values)) throw new Skip(`needs ${name}, which an earlier flow did not produce`);
    return this.values[name];
  }
  set(name, value) {
    this.values[name] = value;
  }
  opts(account, more = {}) {
    return account ? {stripeAccount: this.get(account), ...more} : {...more};
  }
  // The usd buckets of the platform (account undefined) or of a connected account.
  async balance(account) {
    const b = await this.sk.balance.retrieve({}, this.opts(account));
    const usd = (list) => (list || []).filter((e) => e.currency === 'usd').reduce((s, e) => s + e.amount, 0);
    return {available: usd(b.available), pending: usd(b.pending), reserved: usd(b.connect_reserved)};
  }
  async btIds(account) {
    const all = await this.sk.balanceTransactions
      .list({limit: 100}, this.opts(account))
      .autoPagingToArray({limit: 10000});
    return all.map((bt) => bt.id);
  }
  // Simulator control (not Stripe's API, so plain HTTP rather than the SDK).
  async sim(p, form) {
    const res = await fetch(BASE + p, {
      method: 'POST',
      headers: {Authorization: `Bearer ${this.key}`, 'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams(form).toString(),
    });
    check(res.ok, `${p} answered ${res.status}`);
    return res.json();
  }
}

// ------------------------------------------------------------------------------ flows

async function platform_account(ctx) {
  const acct = await ctx.sk.accounts.retrieveCurrent();
  eq([acct.object, acct.id, acct.country, acct.default_currency], ['account', PLATFORM, 'US', 'usd'],
    'GET /v1/account: object, id, country, default_currency');
  eq((await ctx.sk.accounts.retrieve(PLATFORM)).id, PLATFORM, 'GET /v1/accounts/{platform} id');
}

const CONTROLLER = { // debit-rules section 1
  standard: {losses: 'stripe', requirement_collection: 'stripe', fees: 'account', dashboard: 'full'},
  express: {losses: 'application', requirement_collection: 'stripe', fees: 'application_express', dashboard: 'express'},
  custom: {losses: 'application', requirement_collection: 'application', fees: 'application_custom', dashboard: 'none'},
};

function checkAccount(a, kind, what) {
  starts(a.id, 'acct_', `${what} id`);
  eq([a.type, a.country, a.default_currency], [kind, 'US', 'usd'], `${what} type, country, default_currency`);
  const c = a.controller || {};
  const want = CONTROLLER[kind];
  eq([(c.losses || {}).payments, c.requirement_collection, (c.fees || {}).payer, (c.stripe_dashboard || {}).type],
    [want.losses, want.requirement_collection, want.fees, want.dashboard],
    `${what} controller (losses.payments, requirement_collection, fees.payer, stripe_dashboard.type)`);
  const banks = ((a.external_accounts || {}).data || []).map((b) => [b.object, b.country, b.currency]);
  check(banks.some((b) => same(b, ['bank_account', 'US', 'usd'])),
    `${what}: no US usd bank_account in external_accounts: ${JSON.stringify(banks)}`);
}

async function create_accounts(ctx) {
  const accounts = ctx.sk.accounts;
  const express = await accounts.create({
    type: 'express', country: 'US', default_currency: 'usd', email: `express-${RUN_ID}@example.com`,
    capabilities: {transfers: {requested: true}}, external_account: 'btok_us',
    settings: {payouts: {schedule: {interval: 'manual'}}}, metadata: {conformance: 'node'},
  });
  checkAccount(express, 'express', 'express');
  eq(express.metadata, {conformance: 'node'}, 'express metadata');
  eq(express.settings.payouts.schedule.interval, 'manual', 'express payout schedule');
  ctx.set('$express', express.id);

  const custom = await accounts.create({
    type: 'custom', country: 'US', default_currency: 'usd', capabilities: {transfers: {requested: true}},
    settings: {payouts: {debit_negative_balances: true, schedule: {interval: 'manual'}}},
    external_account: {object: 'bank_account', country: 'US', currency: 'usd',
      account_number: '000123456789', routing_number: '110000000'},
  });
  checkAccount(custom, 'custom', 'custom');
  eq(custom.settings.payouts.debit_negative_balances, true, 'custom debit_negative_balances');
  ctx.set('$custom', custom.id);

  // The flows pay out from the standard account by API, which needs a manual schedule.
  const standard = await accounts.create({type: 'standard', country: 'US', default_currency: 'usd',
    email: `standard-${RUN_ID}@example.com`, external_account: 'btok_us',
    settings: {payouts: {schedule: {interval: 'manual'}}}});
  checkAccount(standard, 'standard', 'standard');
  ctx.set('$standard', standard.id);

  const managed = await accounts.create({country: 'US', default_currency: 'usd', external_account: 'btok_us',
    controller: {losses: {payments: 'stripe'}, fees: {payer: 'account'}, stripe_dashboard: {type: 'full'},
      requirement_collection: 'stripe'}});
  const mc = managed.controller || {};
  eq([(mc.losses || {}).payments, (mc.fees || {}).payer], ['stripe', 'account'],
    'controller-only account: losses.payments, fees.payer');
  ctx.set('$managed', managed.id);

  // An account in another world: unknown to this key's platform (debit-rules section 1).
  const other = await client(`sk_test_conf_node2_${RUN_ID}`).accounts.create(
    {type: 'express', country: 'US', default_currency: 'usd'});
  starts(other.id, 'acct_', 'other-world account id');
  ctx.set('$other_world', other.id);
  const ids = ['$express', '$custom', '$standard', '$managed', '$other_world'].map((k) => ctx.get(k));
  eq(new Set(ids).size, ids.length, 'new account ids are distinct');
}

async function fund_accounts(ctx) {
  const sk = ctx.sk;
  const p0 = await ctx.balance();
  const ch = await sk.charges.create({amount: 100000, currency: 'usd', source: 'tok_bypassPending',
    description: 'conformance platform funding'});
  starts(ch.id, 'ch_', 'platform charge id');
  eq([ch.object, ch.status, ch.paid, ch.captured, ch.amount, ch.currency],
    ['charge', 'succeeded', true, true, 100000, 'usd'], 'platform charge object, status, paid, captured, amount, currency');
  const bt = await sk.balanceTransactions.retrieve(idOf(ch.balance_transaction));
  eq([bt.type, bt.amount, bt.fee, bt.net, bt.status], ['charge', 100000, fee(100000), 100000 - fee(100000), 'available'],
    'tok_bypassPending balance transaction (type, amount, fee, net, status)');
  eq(bt.fee_details.map((f) => [f.type, f.amount]), [['stripe_fee', fee(100000)]], 'fee_details');
  const p1 = await ctx.balance();
  eq(p1.available - p0.available, 100000 - fee(100000), 'platform available after the charge');
  eq(p1.pending, p0.pending, 'platform pending after a tok_bypassPending charge');
  ctx.set('$platform_charge', ch.id);

  for (const [name, amount] of [['$express', 20000], ['$custom', 10000]]) {
    const tr = await sk.transfers.create({amount, currency: 'usd', destination: ctx.get(name)});
    starts(tr.id, 'tr_', `transfer to ${name}`);
    eq(idOf(tr.destination), ctx.get(name), `transfer to ${name}: destination`);
    starts(idOf(tr.destination_payment), 'py_', `transfer to ${name}: destination_payment`);
    eq((await ctx.balance(name)).available, amount, `${name} available after its funding transfer`);
    ctx.set(`${name}_funding`, tr.id);
  }
  const p2 = await ctx.balance();
  eq(p1.available - p2.available, 30000, 'platform available after funding two accounts');

  // Direct charges: the stripeAccount option makes the charge on the connected account.
  for (const [name, amount, key] of [['$standard', 10000, '$std_charge'], ['$custom', 3000, '$custom_charge']]) {
    const before = (await ctx.balance(name)).available;
    const dc = await sk.charges.create({amount, currency: 'usd', source: 'tok_bypassPending'}, ctx.opts(name));
    starts(dc.id, 'ch_', `direct charge on ${name}`);
    eq((await ctx.balance(name)).available - before, amount - fee(amount), `${name} available after a direct charge`);
    ctx.set(key, dc.id);
  }
  eq(await ctx.balance(), p2, 'platform balance after direct charges on connected accounts');

  const before = (await ctx.balance('$standard')).available;
  const po = await sk.payouts.create({amount: 1000, currency: 'usd'}, ctx.opts('$standard'));
  starts(po.id, 'po_', 'payout on standard');
  eq([po.object, po.amount, po.currency], ['payout', 1000, 'usd'], 'payout object, amount, currency');
  eq(before - (await ctx.balance('$standard')).available, 1000, 'standard available after its payout');
  ctx.set('$std_payout', po.id);
}

async function pending_funds_clock(ctx) {
  const sk = ctx.sk;
  const p0 = await ctx.balance();
  const ch = await sk.charges.create({amount: 2000, currency: 'usd', source: 'tok_visa'});
  const bt = await sk.balanceTransactions.retrieve(idOf(ch.balance_transaction));
  eq(bt.status, 'pending', 'tok_visa balance transaction status');
  eq(bt.available_on, bt.created - (bt.created % DAY) + 2 * DAY, "tok_visa available_on: midnight UTC two days after the charge's day");
  const p1 = await ctx.balance();
  eq(p1.pending - p0.pending, 2000 - fee(2000), 'platform pending after a tok_visa charge');
  eq(p1.available, p0.available, 'platform available after a tok_visa charge');
  await ctx.sim('/_sim/clock/advance', {days: '2'});
  eq((await sk.balanceTransactions.retrieve(bt.id)).status, 'available', 'status after 2 simulated days');
  const p2 = await ctx.balance();
  const moved = p2.available - p1.available;
  eq(moved, p1.pending - p2.pending, 'what left pending is what reached available');
  check(moved >= 2000 - fee(2000), `at least the charge's net became available (moved ${moved})`);
}

async function debit_by_charge(ctx) {
  const sk = ctx.sk;
  const [p0, e0] = [await ctx.balance(), await ctx.balance('$express')];
  const py = await sk.charges.create({amount: 1500, currency: 'usd', source: ctx.get('$express')});
  starts(py.id, 'py_', 'flow A result id');
  eq([py.object, py.status, py.paid, py.amount, py.currency], ['charge', 'succeeded', true, 1500, 'usd'],
    'flow A object, status, paid, amount, currency');
  eq([py.source && py.source.object, py.source && py.source.id], ['account', ctx.get('$express')], 'flow A source');
  eq(py.payment_method_details, {type: 'stripe_account', stripe_account: {}}, 'payment_method_details');
  const trId = idOf(py.source_transfer);
  starts(trId, 'tr_', 'flow A source_transfer');
  const bt = await sk.balanceTransactions.retrieve(idOf(py.balance_transaction));
  eq([bt.type, bt.amount, bt.fee, bt.net, bt.status], ['payment', 1500, 0, 1500, 'available'],
    'platform balance transaction of the Payment');
  const [p1, e1] = [await ctx.balance(), await ctx.balance('$express')];
  eq(p1.available - p0.available, 1500, 'platform available after flow A');
  eq(e0.available - e1.available, 1500, 'express available after flow A');
  const newest = (await sk.balanceTransactions.list({limit: 1}, ctx.opts('$express'))).data[0];
  eq([newest.type, newest.amount, idOf(newest.source)], ['transfer', -1500, trId],
    "express's newest balance transaction (type, amount, source)");
  const tr = await sk.transfers.retrieve(trId, {}, ctx.opts('$express'));
  eq([idOf(tr.destination), idOf(tr.destination_payment)], [PLATFORM, py.id],
    "the connected account's transfer: destination and destination_payment");
}

async function debit_by_transfer(ctx) {
  const sk = ctx.sk;
  const [p0, c0] = [await ctx.balance(), await ctx.balance('$custom')];
  const tr = await sk.transfers.create({amount: 1200, currency: 'usd', destination: PLATFORM}, ctx.opts('$custom'));
  starts(tr.id, 'tr_', 'flow B transfer id');
  eq([tr.object, tr.amount, tr.currency, idOf(tr.destination)], ['transfer', 1200, 'usd', PLATFORM],
    'flow B object, amount, currency, destination');
  const pyId = idOf(tr.destination_payment);
  starts(pyId, 'py_', 'flow B destination_payment');
  const py = await sk.charges.retrieve(pyId);
  eq([py.amount, idOf(py.source_transfer)], [1200, tr.id], "the platform's Payment: amount, source_transfer");
  const bt = await sk.balanceTransactions.retrieve(idOf(py.balance_transaction));
  eq([bt.type, bt.amount, bt.fee, bt.status], ['payment', 1200, 0, 'available'], "the Payment's balance transaction");
  const [p1, c1] = [await ctx.balance(), await ctx.balance('$custom')];
  eq(p1.available - p0.available, 1200, 'platform available after flow B');
  eq(c0.available - c1.available, 1200, 'custom available after flow B');
}

function managedDebit(ctx, reference, amount) {
  return ctx.sk.transfers.create(
    {amount, currency: 'usd', destination: PLATFORM, reference_transaction: reference}, ctx.opts('$standard'));
}

async function managed_debit_charge_ref(ctx) {
  const [p0, s0] = [await ctx.balance(), await ctx.balance('$standard')];
  const tr = await managedDebit(ctx, {type: 'charge', charge: ctx.get('$std_charge')}, 500);
  starts(tr.id, 'tr_', 'Stripe-managed debit id');
  eq(idOf(tr.destination), PLATFORM, 'Stripe-managed debit destination');
  starts(idOf(tr.destination_payment), 'py_', 'Stripe-managed debit destination_payment');
  const [p1, s1] = [await ctx.balance(), await ctx.balance('$standard')];
  eq(p1.available - p0.available, 500, 'platform available after the debit');
  eq(s0.available - s1.available, 500, 'standard available after the debit');
  eq(p1.reserved, p0.reserved, 'platform connect_reserved (standard stayed positive)');
}

async function managed_debit_payout_ref(ctx) {
  const [p0, s0] = [await ctx.balance(), await ctx.balance('$standard')];
  check(s0.available > 0, `standard should still be positive here, has ${s0.available}`);
  const amount = s0.available + 400;
  const tr = await managedDebit(ctx, {type: 'payout', payout: ctx.get('$std_payout')}, amount);
  starts(tr.id, 'tr_', 'Stripe-managed debit (payout reference) id');
  starts(idOf(tr.destination_payment), 'py_', 'destination_payment');
  const [p1, s1] = [await ctx.balance(), await ctx.balance('$standard')];
  eq(s1.available, -400, 'standard available after debiting 400 beyond it');
  eq(p1.reserved - p0.reserved, 400, 'platform connect_reserved grows by the shortfall');
  eq(p1.available - p0.available, amount - 400, 'platform available: the payment less the reserve');
  const recent = (await ctx.sk.balanceTransactions.list({limit: 5})).data;
  check(recent.some((bt) => bt.type === 'reserve_transaction' && bt.amount === -400),
    `a reserve_transaction of -400 among the platform's newest: ${JSON.stringify(recent.map((b) => [b.type, b.amount]))}`);
}

async function negative_balance_reserve(ctx) {
  const [p0, c0] = [await ctx.balance(), await ctx.balance('$custom')];
  const amount = c0.available + 250;
  const py = await ctx.sk.charges.create({amount, currency: 'usd', source: ctx.get('$custom')});
  starts(py.id, 'py_', 'flow A beyond the balance');
  const [p1, c1] = [await ctx.balance(), await ctx.balance('$custom')];
  eq(c1.available, -250, 'custom available after debiting 250 beyond it');
  eq(p1.reserved - p0.reserved, 250, "platform connect_reserved grows by custom's negative balance");
  eq(p1.available - p0.available, amount - 250, 'platform available: the payment less the reserve');
}

async function refund_and_reversal(ctx) {
  const sk = ctx.sk;
  const p0 = await ctx.balance();
  const re = await sk.refunds.create({charge: ctx.get('$platform_charge'), amount: 500});
  starts(re.id, 're_', 'refund id');
  eq([re.object, re.amount, idOf(re.charge), re.status], ['refund', 500, ctx.get('$platform_charge'), 'succeeded'],
    'refund object, amount, charge, status');
  eq((await sk.charges.retrieve(ctx.get('$platform_charge'))).amount_refunded, 500, 'charge amount_refunded');
  const [p1, e0] = [await ctx.balance(), await ctx.balance('$express')];
  eq(p0.available - p1.available, 500, 'platform available after the refund');

  const trr = await sk.transfers.createReversal(ctx.get('$express_funding'), {amount: 1000});
  starts(trr.id, 'trr_', 'reversal id');
  eq([trr.object, trr.amount, idOf(trr.transfer)], ['transfer_reversal', 1000, ctx.get('$express_funding')],
    'reversal object, amount, transfer');
  const tr = await sk.transfers.retrieve(ctx.get('$express_funding'));
  eq([tr.amount_reversed, tr.reversed], [1000, false], 'transfer amount_reversed, reversed');
  const [p2, e1] = [await ctx.balance(), await ctx.balance('$express')];
  eq(p2.available - p1.available, 1000, 'platform available after the reversal');
  eq(e0.available - e1.available, 1000, 'express available after the reversal');
}

async function retrieve_accounts(ctx) {
  const sk = ctx.sk;
  const a = await sk.accounts.retrieve(ctx.get('$express'));
  eq([a.object, a.id, a.type], ['account', ctx.get('$express'), 'express'], 'GET /v1/accounts/{express}');
  eq((await sk.accounts.retrieve(PLATFORM)).id, PLATFORM, 'GET /v1/accounts/{platform}');
  eq((await sk.accounts.retrieveCurrent({}, ctx.opts('$express'))).id, ctx.get('$express'),
    'GET /v1/account with Stripe-Account');
  const strip = ({lastResponse, ...rest}) => rest; // eslint-disable-line no-unused-vars
  const rk = await client(`rk_test_${ctx.suffix}`).balance.retrieve();
  eq(strip(rk), strip(await sk.balance.retrieve()), 'balance read with the rk_test_ key');
}

async function balance_and_paging(ctx) {
  const sk = ctx.sk;
  const b = await sk.balance.retrieve();
  eq(b.object, 'balance', 'GET /v1/balance object');
  check(b.available.some((e) => e.currency === 'usd'), 'platform balance has a usd available entry');
  for (const [account, limit] of [['$express', 2], [undefined, 10]]) {
    const opts = ctx.opts(account);
    const who = account || 'platform';
    const byHand = [];
    let page = await sk.balanceTransactions.list({limit}, opts);
    for (;;) {
      check(page.data.length <= limit, `page of ${page.data.length} with limit=${limit}`);
      byHand.push(...page.data);
      if (!page.has_more || byHand.length > 2000) break;
      page = await sk.balanceTransactions.list({limit, starting_after: byHand[byHand.length - 1].id}, opts);
    }
    const ids = byHand.map((bt) => bt.id);
    check(ids.length > limit, `${who}: ${ids.length} balance transactions, not enough to page with limit=${limit}`);
    eq(new Set(ids).size, ids.length, `${who}: duplicate ids while paging by hand`);
    const created = byHand.map((bt) => bt.created);
    eq(created, [...created].sort((x, y) => y - x), `${who}: newest first`);
    const auto = [];
    for await (const bt of sk.balanceTransactions.list({limit}, opts)) auto.push(bt.id);
    eq(auto, ids, `${who}: for-await auto-pagination vs paging by hand`);
    const back = await sk.balanceTransactions.list({limit: 2, ending_before: ids[ids.length - 1]}, opts);
    eq(back.data.map((bt) => bt.id), ids.slice(-3, -1), `${who}: ending_before the oldest`);
    if (account === '$express') {
      const bal = await ctx.balance(account);
      for (const status of ['available', 'pending']) {
        const total = byHand.filter((bt) => bt.status === status && bt.currency === 'usd').reduce((s, bt) => s + bt.net, 0);
        eq(total, bal[status], `express ${status} = the sum of its ${status} balance transactions`);
      }
    }
  }
}

async function events(ctx) {
  const sk = ctx.sk;
  const seen = await sk.events.list({limit: 5}).autoPagingToArray({limit: 300});
  check(seen.length > 0, 'GET /v1/events returned no event');
  const ids = seen.map((e) => e.id);
  eq(new Set(ids).size, ids.length, 'event ids unique across pages');
  for (const e of seen) {
    starts(e.id, 'evt_', 'event id');
    check(e.data && e.data.object && typeof e.data.object.object === 'string',
      `${e.id} (${e.type}): data.object is not a resource`);
  }
  check(seen.some((e) => e.type === 'balance.available'),
    `no balance.available event after the clock moved funds; types: ${[...new Set(seen.map((e) => e.type))].sort()}`);
  const one = await sk.events.retrieve(ids[0]);
  eq([one.id, one.type], [ids[0], seen[0].type], 'GET /v1/events/{id}');
}

function resolve(value, ctx) {
  if (typeof value === 'string' && value.startsWith('$')) return ctx.get(value);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, ctx)]));
  }
  return value;
}

function call(ctx, row) {
  const c = row.key ? client(row.key) : ctx.sk;
  const opts = row.stripe_account ? {stripeAccount: resolve(row.stripe_account, ctx)} : {};
  const params = resolve(row.params, ctx);
  switch (row.op) {
    case 'charges.create': return c.charges.create(params, opts);
    case 'transfers.create': return c.transfers.create(params, opts);
    case 'balance.retrieve': return c.balance.retrieve(params, opts);
    case 'charges.retrieve': return c.charges.retrieve(params.id, {}, opts);
    case 'transfers.retrieve': return c.transfers.retrieve(params.id, {}, opts);
    case 'accounts.retrieve': return c.accounts.retrieve(params.id, {}, opts);
    case 'balance_transactions.retrieve': return c.balanceTransactions.retrieve(params.id, {}, opts);
    default: throw new Error(`unknown op ${row.op}`);
  }
}

async function errorRow(ctx, row) {
  const want = row.expect;
  let result;
  try {
    result = await call(ctx, row);
  } catch (e) {
    if (!(e instanceof Stripe.errors.StripeError)) throw e;
    const cls = ERROR_CLASSES[want.error];
    check(e.constructor === cls,
      `raised ${e.constructor.name} (${e.statusCode} ${JSON.stringify(e.message)}), expected ${cls.name}`);
    // The SDK copies the server's error fields onto the error; absent fields stay undefined.
    const nullish = (v) => (v === undefined ? null : v);
    eq([e.statusCode, e.rawType, nullish(e.code), nullish(e.param)],
      [want.status, want.type, want.code, want.param], 'status, type, code, param');
    if ('decline_code' in want) eq(e.decline_code, want.decline_code, 'decline_code');
    check(typeof e.message === 'string' && e.message.length > 0, 'error message is a non-empty sentence');
    return;
  }
  throw new Check(`expected ${want.status} ${want.code}, but the request succeeded (${result.object} ${result.id || ''})`);
}

async function snapshot(ctx) {
  const out = {};
  for (const n of [undefined, '$express', '$custom', '$standard']) {
    out[n || 'platform'] = [await ctx.balance(n), (await ctx.btIds(n)).length];
  }
  return out;
}

// Reports each row through `record`; the flow itself fails only if it cannot start.
async function error_table(ctx, record) {
  ctx.set('$nobank_over', (await ctx.balance('$nobank')).available + 100);
  ctx.set('$before_errors', await snapshot(ctx));
  const rows = JSON.parse(fs.readFileSync(path.join(CASES, 'errors.json'), 'utf8')).cases;
  for (const row of rows) {
    try {
      await errorRow(ctx, row);
      record(`error:${row.id}`, null);
    } catch (e) {
      record(`error:${row.id}`, e);
    }
  }
}

async function errors_change_nothing(ctx) {
  const before = ctx.get('$before_errors');
  const after = await snapshot(ctx);
  for (const name of Object.keys(before)) {
    eq(after[name], before[name], `${name}: [usd balance, balance transaction count] after the error table`);
  }
}

async function idempotency(ctx) {
  const sk = ctx.sk;
  const key = `conf-node-idem-${RUN_ID}`;
  const params = {amount: 700, currency: 'usd', source: 'tok_bypassPending'};
  const p0 = await ctx.balance();
  const first = await sk.charges.create({...params}, {idempotencyKey: key});
  const again = await sk.charges.create({...params}, {idempotencyKey: key});
  eq(again.id, first.id, 'replayed charge id');
  eq(again.lastResponse.headers['idempotent-replayed'], 'true', 'Idempotent-Replayed header on the replay');
  eq((await ctx.balance()).available - p0.available, 700 - fee(700), 'platform available moved once');
  try {
    await sk.charges.create({...params, amount: 701}, {idempotencyKey: key});
  } catch (e) {
    check(e instanceof Stripe.errors.StripeIdempotencyError, `raised ${e.constructor.name}, not StripeIdempotencyError`);
    eq([e.statusCode, e.rawType], [400, 'idempotency_error'], 'status and type of a reused key');
    return;
  }
  throw new Check('the same Idempotency-Key with other parameters succeeded');
}

// Issue 13: bank accounts, capabilities, persons, account and login links, reject and
// delete; payout metadata and cancel; refund and reversal metadata.
async function account_lifecycle(ctx) {
  const sk = ctx.sk;
  const a = (await sk.accounts.create({type: 'custom', country: 'US', capabilities: {transfers: {requested: true}}})).id;
  const ba = await sk.accounts.createExternalAccount(a, {external_account: 'btok_us', metadata: {k: 'v'}});
  starts(ba.id, 'ba_', 'bank account id');
  eq([ba.object, ba.currency, ba.default_for_currency, ba.metadata.k], ['bank_account', 'usd', true, 'v'],
    'bank account object, currency, default, metadata');
  eq((await sk.accounts.retrieveExternalAccount(a, ba.id)).id, ba.id, 'bank account retrieved');
  eq((await sk.accounts.updateExternalAccount(a, ba.id, {metadata: {k: 'w'}})).metadata.k, 'w', 'bank account metadata');
  eq((await sk.accounts.listExternalAccounts(a)).data.map((b) => b.id), [ba.id], 'bank accounts listed');
  const second = await sk.accounts.createExternalAccount(a, {external_account: 'btok_us'});
  eq(second.default_for_currency, false, 'a second usd bank account is not the default');

  eq((await sk.accounts.listCapabilities(a)).data.map((c) => c.id), ['transfers'], 'capabilities listed');
  const cap = await sk.accounts.retrieveCapability(a, 'transfers');
  eq([cap.object, cap.status, cap.requested], ['capability', 'active', true], 'capability retrieved');
  eq((await sk.accounts.updateCapability(a, 'card_payments', {requested: true})).status, 'active', 'capability requested');

  const person = await sk.accounts.createPerson(a, {first_name: 'Jenny', last_name: 'Rosen',
    relationship: {representative: true, title: 'CEO'}});
  starts(person.id, 'person_', 'person id');
  eq((await sk.accounts.retrievePerson(a, person.id)).first_name, 'Jenny', 'person retrieved');
  eq((await sk.accounts.updatePerson(a, person.id, {email: 'jenny@example.com'})).email, 'jenny@example.com', 'person updated');
  eq((await sk.accounts.listPersons(a)).data.map((p) => p.id), [person.id], 'persons listed');
  eq((await sk.accounts.deletePerson(a, person.id)).deleted, true, 'person deleted');

  const link = await sk.accountLinks.create({account: a, type: 'account_onboarding',
    refresh_url: 'https://example.com/refresh', return_url: 'https://example.com/return'});
  eq(link.object, 'account_link', 'account link object');
  check(link.url.includes('/_sim/onboarding/'), `account link url ${link.url} opens the simulator's hosted page`);
  eq((await sk.accounts.createLoginLink(ctx.get('$express'))).object, 'login_link', 'login link object');

  // The default bank account of the account's currency stays (Stripe never deletes it);
  // another one goes.
  const spare = await sk.accounts.createExternalAccount(a, {external_account: 'btok_us'});
  eq((await sk.accounts.deleteExternalAccount(a, spare.id)).deleted, true, 'bank account deleted');
  const rejected = await sk.accounts.reject(a, {reason: 'fraud'});
  eq([rejected.charges_enabled, rejected.payouts_enabled, rejected.requirements.disabled_reason],
    [false, false, 'rejected.fraud'], 'rejected account');
  const gone = await sk.accounts.del(a);
  eq([gone.id, gone.deleted], [a, true], 'account deleted');

  const as = {stripeAccount: ctx.get('$express')};
  const po = await sk.payouts.create({amount: 100, currency: 'usd'}, as);
  eq((await sk.payouts.update(po.id, {metadata: {a: '1'}}, as)).metadata.a, '1', 'payout metadata');
  eq((await sk.payouts.cancel(po.id, {}, as)).status, 'canceled', 'payout canceled');

  const ch = await sk.charges.create({amount: 1000, currency: 'usd', source: 'tok_bypassPending'});
  const re = await sk.refunds.create({charge: ch.id, amount: 100});
  eq((await sk.refunds.update(re.id, {metadata: {b: '2'}})).metadata.b, '2', 'refund metadata');
  const tr = await sk.transfers.create({amount: 300, currency: 'usd', destination: ctx.get('$express')});
  const trr = await sk.transfers.createReversal(tr.id, {amount: 100});
  eq((await sk.transfers.updateReversal(tr.id, trr.id, {metadata: {c: '3'}})).metadata.c, '3', 'reversal metadata');
}

// A local webhook receiver: records each delivery's raw body and Stripe-Signature, answers 200.
class Receiver {
  constructor() {
    this.got = [];
    this.waiters = [];
    this.server = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        this.got.push({body: Buffer.concat(chunks).toString('utf8'), sig: req.headers['stripe-signature']});
        res.writeHead(200, {'Content-Length': '0'});
        res.end();
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
  }
  async start() {
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${this.server.address().port}/webhooks`;
    return this;
  }
  // The first delivery whose parsed body satisfies `predicate`, waiting for it.
  async waitFor(what, predicate, timeoutMs = 20000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.got.find((d) => predicate(JSON.parse(d.body)));
      if (found) return found;
      const left = deadline - Date.now();
      check(left > 0, `no delivery of ${what} within ${timeoutMs / 1000} s (got ${this.got.map((d) => JSON.parse(d.body).type)})`);
      await new Promise((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, Math.min(left, 200));
      });
    }
  }
  stop() {
    this.server.closeAllConnections();
    this.server.close();
  }
}

async function webhooks(ctx) {
  const sk = ctx.sk;
  const platformHook = await new Receiver().start();
  const connectHook = await new Receiver().start();
  try {
    const we = await sk.webhookEndpoints.create({
      url: platformHook.url,
      description: 'conformance',
      enabled_events: ['charge.succeeded', 'charge.refunded'],
    });
    starts(we.id, 'we_', 'webhook endpoint id');
    starts(we.secret, 'whsec_', 'secret, returned at creation');
    eq([we.status, we.enabled_events], ['enabled', ['charge.succeeded', 'charge.refunded']], 'status and enabled_events');
    const cw = await sk.webhookEndpoints.create({url: connectHook.url, enabled_events: ['*'], connect: true});
    const got = await sk.webhookEndpoints.retrieve(we.id);
    eq(got.secret, undefined, 'the secret is not shown after creation');
    const updated = await sk.webhookEndpoints.update(we.id, {metadata: {team: 'conformance'}});
    eq(updated.metadata.team, 'conformance', 'metadata after update');
    const listed = (await sk.webhookEndpoints.list({limit: 1}).autoPagingToArray({limit: 100})).map((e) => e.id);
    check(listed.includes(we.id) && listed.includes(cw.id), `both endpoints listed by auto-pagination: ${listed}`);

    // Two deliveries, verified by the SDK with the endpoint's secret; the refund's event shows
    // the charge as it was then.
    const charge = await sk.charges.create({amount: 2500, currency: 'usd', source: 'tok_visa'});
    await sk.refunds.create({charge: charge.id, amount: 1000});
    const events = [];
    let last;
    for (const kind of ['charge.succeeded', 'charge.refunded']) {
      last = await platformHook.waitFor(kind, (e) => e.type === kind && e.data.object.id === charge.id);
      events.push(sk.webhooks.constructEvent(last.body, last.sig, we.secret));
    }
    eq(events[1].data.object.amount_refunded, 1000, 'charge.refunded shows the refund');
    eq(events[0].account, undefined, 'a platform event has no account');
    let verified = true;
    try {
      sk.webhooks.constructEvent(last.body, last.sig, 'whsec_not_the_secret');
    } catch (e) {
      check(e instanceof Stripe.errors.StripeSignatureVerificationError, `raised ${e.constructor.name}`);
      verified = false;
    }
    check(!verified, 'a delivery verified with the wrong secret');

    // An account debit reaches the Connect endpoint as the connected account's transfer.
    const payment = await sk.charges.create({amount: 300, currency: 'usd', source: ctx.get('$express')});
    const transfer = await connectHook.waitFor('transfer.created',
      (e) => e.type === 'transfer.created' && e.data.object.destination_payment === payment.id);
    const transferEvent = sk.webhooks.constructEvent(transfer.body, transfer.sig, cw.secret);
    eq(transferEvent.account, ctx.get('$express'), "a connected account's event names it");

    // The Events API shows the same history; a resend delivers the event again.
    eq((await sk.events.retrieve(events[1].id)).data.object.amount_refunded, 1000, 'GET /v1/events/{id}');
    await sk.rawRequest('POST', `/v1/events/${events[0].id}/retry`, {webhook_endpoint: we.id});
    const deadline = Date.now() + 20000;
    while (platformHook.got.filter((d) => JSON.parse(d.body).id === events[0].id).length < 2) {
      check(Date.now() < deadline, 'the resent event did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    for (const endpoint of [we, cw]) {
      const deleted = await sk.webhookEndpoints.del(endpoint.id);
      eq([deleted.id, deleted.deleted], [endpoint.id, true], 'deleted endpoint');
    }
    ctx.webhookBodies = platformHook.got.concat(connectHook.got).map((d) => d.body);
  } finally {
    platformHook.stop();
    connectHook.stop();
  }
}

// ------------------------------------------------------------ money in (behaviour 10-14)

async function customers(ctx) {
  const sk = ctx.sk;
  const email = `jenny-${RUN_ID}@example.com`;
  const cus = await sk.customers.create({email, name: 'Jenny Rosen', metadata: {plan: 'pro'}});
  starts(cus.id, 'cus_', 'customer id');
  eq([cus.object, cus.email, cus.name, cus.metadata], ['customer', email, 'Jenny Rosen', {plan: 'pro'}],
    'customer object, email, name, metadata');
  const updated = await sk.customers.update(cus.id, {phone: '+15555550100'});
  eq([updated.phone, updated.name], ['+15555550100', 'Jenny Rosen'], 'customer after update');
  eq((await sk.customers.retrieve(cus.id)).phone, '+15555550100', 'GET /v1/customers/{id}');
  const found = await sk.customers.list({email});
  eq(found.data.map((c) => c.id), [cus.id], 'GET /v1/customers?email=');
  ctx.set('$customer', cus.id);
}

async function pi_destination_fee(ctx) {
  const sk = ctx.sk;
  const [p0, e0] = [await ctx.balance(), await ctx.balance('$express')];
  const pi = await sk.paymentIntents.create({
    amount: 10000, currency: 'usd', payment_method: 'pm_card_bypassPending', confirm: true,
    customer: ctx.get('$customer'), transfer_data: {destination: ctx.get('$express')}, application_fee_amount: 1230,
  });
  starts(pi.id, 'pi_', 'PaymentIntent id');
  eq([pi.object, pi.status, pi.amount_received, pi.application_fee_amount, idOf(pi.customer)],
    ['payment_intent', 'succeeded', 10000, 1230, ctx.get('$customer')],
    'object, status, amount_received, application_fee_amount, customer');
  const charge = await sk.charges.retrieve(idOf(pi.latest_charge));
  eq(idOf(charge.payment_intent), pi.id, "the charge's payment_intent");
  const feeId = idOf(charge.application_fee);
  starts(feeId, 'fee_', "the charge's application_fee");
  const feeObj = await sk.applicationFees.retrieve(feeId);
  eq([feeObj.object, idOf(feeObj.account), feeObj.amount, idOf(feeObj.originating_transaction)],
    ['application_fee', ctx.get('$express'), 1230, charge.id], "the fee's object, account, amount, originating_transaction");
  starts(idOf(feeObj.application), 'ca_', "the fee's application");
  const bt = await sk.balanceTransactions.retrieve(idOf(feeObj.balance_transaction));
  eq([bt.type, bt.amount, bt.reporting_category], ['application_fee', 1230, 'platform_earning'],
    "the fee's balance transaction");
  const [p1, e1] = [await ctx.balance(), await ctx.balance('$express')];
  eq(p1.available - p0.available, 1230 - fee(10000), "platform available: the fee less Stripe's fee");
  eq(e1.available - e0.available, 10000 - 1230, 'express available: the whole amount less the fee');
  ctx.set('$dest_pi', pi.id);
  ctx.set('$dest_fee', feeId);
}

async function pi_direct_fee(ctx) {
  const sk = ctx.sk;
  const [p0, e0] = [await ctx.balance(), await ctx.balance('$express')];
  const opts = ctx.opts('$express');
  const pi = await sk.paymentIntents.create({amount: 5000, currency: 'usd', payment_method: 'pm_card_bypassPending',
    confirm: true, application_fee_amount: 400}, opts);
  eq(pi.status, 'succeeded', 'direct PaymentIntent status');
  starts(idOf(pi.application), 'ca_', 'direct PaymentIntent application');
  const charge = await sk.charges.retrieve(idOf(pi.latest_charge), {}, opts);
  const bt = await sk.balanceTransactions.retrieve(idOf(charge.balance_transaction), {}, opts);
  eq(bt.fee_details.map((d) => [d.type, d.amount]), [['application_fee', 400], ['stripe_fee', fee(5000)]],
    "the direct charge's fee_details");
  const [p1, e1] = [await ctx.balance(), await ctx.balance('$express')];
  eq(e1.available - e0.available, 5000 - fee(5000) - 400, 'express available after its direct charge');
  eq(p1.available - p0.available, 400, 'platform available: the application fee');
}

async function pi_manual_capture(ctx) {
  const sk = ctx.sk;
  const p0 = await ctx.balance();
  const pi = await sk.paymentIntents.create({amount: 6000, currency: 'usd', payment_method: 'pm_card_bypassPending',
    confirm: true, capture_method: 'manual'});
  eq([pi.status, pi.amount_capturable, pi.capture_method], ['requires_capture', 6000, 'manual'], 'authorised PaymentIntent');
  eq(await ctx.balance(), p0, 'platform balance after an authorisation');
  const done = await sk.paymentIntents.capture(pi.id, {amount_to_capture: 4000});
  eq([done.status, done.amount_received, done.amount_capturable], ['succeeded', 4000, 0], 'captured PaymentIntent');
  const charge = await sk.charges.retrieve(idOf(done.latest_charge));
  eq([charge.captured, charge.amount_captured, charge.amount_refunded], [true, 4000, 2000],
    'the charge after a partial capture');
  eq((await ctx.balance()).available - p0.available, 4000 - fee(4000), 'platform available after the capture');
}

async function pi_decline_and_retry(ctx) {
  const sk = ctx.sk;
  let pi;
  try {
    await sk.paymentIntents.create({amount: 2000, currency: 'usd', payment_method: 'pm_card_chargeDeclined', confirm: true});
  } catch (e) {
    check(e instanceof Stripe.errors.StripeCardError, `raised ${e.constructor.name}, not StripeCardError`);
    eq([e.statusCode, e.code, e.decline_code], [402, 'card_declined', 'generic_decline'], 'status, code, decline_code');
    pi = e.payment_intent;
    check(pi && pi.id, 'the card error carries the PaymentIntent');
    eq([pi.status, pi.last_payment_error.code], ['requires_payment_method', 'card_declined'], 'the PaymentIntent in the error');
    starts(e.raw.payment_method.id, 'pm_', 'the declined payment method');
  }
  check(pi, 'pm_card_chargeDeclined succeeded');
  const done = await sk.paymentIntents.confirm(pi.id, {payment_method: 'pm_card_visa'});
  eq([done.status, done.last_payment_error], ['succeeded', null], 'confirmed again with pm_card_visa');
}

async function charge_capture(ctx) {
  const sk = ctx.sk;
  const ch = await sk.charges.create({amount: 3000, currency: 'usd', source: 'tok_bypassPending', capture: false});
  eq([ch.captured, ch.amount_captured, ch.balance_transaction], [false, 0, null], 'an authorised charge');
  const done = await sk.charges.capture(ch.id, {amount: 2000});
  eq([done.captured, done.amount_captured, done.amount_refunded], [true, 2000, 1000], 'the charge after capture');
  starts(idOf(done.balance_transaction), 'txn_', "the captured charge's balance transaction");
}

async function refund_with_fee(ctx) {
  const sk = ctx.sk;
  const [p0, e0] = [await ctx.balance(), await ctx.balance('$express')];
  const re = await sk.refunds.create({payment_intent: ctx.get('$dest_pi'), amount: 4000, reverse_transfer: true,
    refund_application_fee: true});
  eq([re.amount, idOf(re.payment_intent)], [4000, ctx.get('$dest_pi')], 'refund amount, payment_intent');
  starts(idOf(re.transfer_reversal), 'trr_', 'refund transfer_reversal');
  const [p1, e1] = [await ctx.balance(), await ctx.balance('$express')];
  eq(p1.available - p0.available, -492, 'platform available: -4000 + 4000 reversed - 492 of the fee');
  eq(e1.available - e0.available, -4000 + 492, 'express available: -4000 reversed + 492 of the fee');
  eq((await sk.applicationFees.retrieve(ctx.get('$dest_fee'))).amount_refunded, 492, "the fee's amount_refunded");
  const fr = await sk.applicationFees.createRefund(ctx.get('$dest_fee'), {amount: 100});
  starts(fr.id, 'fr_', 'fee refund id');
  eq([fr.object, fr.amount, idOf(fr.fee)], ['fee_refund', 100, ctx.get('$dest_fee')], 'fee refund object, amount, fee');
  const listed = await sk.applicationFees.listRefunds(ctx.get('$dest_fee'));
  eq(listed.data.length, 2, "the fee's refunds");
}

async function dispute_won(ctx) {
  const sk = ctx.sk;
  const p0 = await ctx.balance();
  const pi = await sk.paymentIntents.create({amount: 5000, currency: 'usd', payment_method: 'pm_card_createDispute',
    confirm: true, transfer_data: {destination: ctx.get('$express')}});
  const found = await sk.disputes.list({payment_intent: pi.id});
  eq(found.data.length, 1, 'disputes of the PaymentIntent');
  const dp = found.data[0];
  starts(dp.id, 'dp_', 'dispute id');
  eq([dp.object, dp.status, dp.amount, dp.reason], ['dispute', 'needs_response', 5000, 'fraudulent'],
    'dispute object, status, amount, reason');
  eq(dp.balance_transactions.map((t) => [t.type, t.amount, t.fee]), [['adjustment', -5000, 1500]],
    "the dispute's withdrawal");
  eq((await ctx.balance()).available - p0.available, -6500, 'platform available after the withdrawal');
  const up = await sk.disputes.update(dp.id, {evidence: {uncategorized_text: 'winning_evidence', customer_name: 'Jenny Rosen'}});
  eq([up.status, up.evidence.customer_name], ['under_review', 'Jenny Rosen'], 'dispute after evidence');
  await ctx.sim('/_sim/clock/advance', {seconds: '1'});
  eq((await sk.disputes.retrieve(dp.id)).status, 'won', 'dispute after the clock moved');
  eq((await ctx.balance()).available - p0.available, 0, 'platform available after the reinstatement');
}

async function dispute_lost(ctx) {
  const sk = ctx.sk;
  const [p0, c0] = [await ctx.balance(), await ctx.balance('$custom')];
  const amount = Math.max(c0.available, 0) + 1000;
  const opts = ctx.opts('$custom');
  const pi = await sk.paymentIntents.create({amount, currency: 'usd', payment_method: 'pm_card_createDispute',
    confirm: true}, opts);
  const c1 = await ctx.balance('$custom');
  eq(c1.available, c0.available - amount - 1500, 'custom available after the withdrawal');
  const shortfall = (b) => Math.max(0, -b.available);
  eq((await ctx.balance()).reserved - p0.reserved, shortfall(c1) - shortfall(c0),
    "the platform's connect_reserved follows custom's negative balance");
  const dp = (await sk.disputes.list({payment_intent: pi.id}, opts)).data[0];
  eq((await sk.disputes.close(dp.id, {}, opts)).status, 'lost', 'dispute after close');
  try {
    await sk.refunds.create({charge: idOf(dp.charge)}, opts);
  } catch (e) {
    check(e instanceof Stripe.errors.StripeInvalidRequestError, `raised ${e.constructor.name}`);
    eq([e.statusCode, e.code], [400, 'charge_disputed'], 'refund of a charged-back charge');
    return;
  }
  throw new Check('a charged-back charge was refunded');
}

async function money_in_events(ctx) {
  const wanted = ['payment_intent.created', 'payment_intent.succeeded', 'payment_intent.payment_failed',
    'payment_intent.amount_capturable_updated', 'charge.captured', 'application_fee.created',
    'application_fee.refunded', 'charge.dispute.created', 'charge.dispute.funds_withdrawn',
    'charge.dispute.closed', 'charge.dispute.funds_reinstated', 'customer.created'];
  const seen = new Map();
  for await (const ev of ctx.sk.events.list({limit: 100})) {
    if (!seen.has(ev.type)) seen.set(ev.type, ev);
  }
  const missing = wanted.filter((t) => !seen.has(t));
  eq(missing, [], 'events not found');
  for (const t of wanted) {
    const obj = seen.get(t).data.object;
    check(obj && typeof obj.object === 'string', `${t}: data.object is not a resource`);
  }
}

async function customer_delete(ctx) {
  const sk = ctx.sk;
  const gone = await sk.customers.del(ctx.get('$customer'));
  eq([gone.id, gone.deleted], [ctx.get('$customer'), true], 'DELETE /v1/customers/{id}');
  eq((await sk.customers.retrieve(ctx.get('$customer'))).deleted, true, 'GET of a deleted customer');
}

// ------------------------------------------------------------------ API v2 (accounts v2, thin events)

const EXPRESS_LIKE_V2 = {
  display_name: 'Conformance seller',
  contact_email: 'seller@example.com',
  dashboard: 'express',
  identity: {country: 'US', entity_type: 'individual'},
  defaults: {currency: 'usd', responsibilities: {losses_collector: 'application', fees_collector: 'application_express'}},
  configuration: {
    merchant: {capabilities: {card_payments: {requested: true}}},
    recipient: {capabilities: {stripe_balance: {stripe_transfers: {requested: true}}}},
  },
};

/** Opens `account`'s hosted onboarding page from an account link and submits it as a browser
 * would (its fields as given, the terms accepted), as a seller does. */
async function onboardOnHostedPage(sk, account) {
  const link = await sk.accountLinks.create({account, type: 'account_onboarding',
    refresh_url: 'https://example.com/refresh', return_url: 'https://example.com/return'});
  const html = await (await fetch(link.url)).text();
  const fields = new URLSearchParams();
  for (const tag of html.split('<input ').slice(1)) {
    const attrs = Object.fromEntries([...tag.split('>')[0].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (attrs.name !== undefined && attrs.value !== undefined) fields.append(attrs.name, attrs.value.replaceAll('&amp;', '&'));
  }
  fields.append('business_type', 'individual');
  fields.append('tos_accepted', 'true');
  const sent = await fetch(link.url, {method: 'POST', body: fields, redirect: 'manual'});
  eq(sent.status, 303, 'the hosted page sends the seller back once submitted');
}

async function accounts_v2(ctx) {
  const sk = ctx.sk;
  const acct = await sk.v2.core.accounts.create({...EXPRESS_LIKE_V2, include: ['defaults', 'configuration.merchant']});
  starts(acct.id, 'acct_', 'v2 account id');
  eq(acct.object, 'v2.core.account', 'object');
  eq(acct.defaults.responsibilities.losses_collector, 'application', 'losses_collector');
  eq(acct.configuration.merchant.capabilities.card_payments.status, 'active', 'card_payments');
  const got = await sk.v2.core.accounts.retrieve(acct.id, {include: ['identity', 'requirements']});
  eq(got.identity.country, 'US', 'identity.country');
  eq(got.defaults, null, 'defaults not included');
  const v1 = await sk.accounts.retrieve(acct.id);
  eq([v1.controller.losses.payments, v1.controller.fees.payer], ['application', 'application_express'], 'v1 controller');
  const fixture = await sk.v2.core.accounts.retrieve(ctx.get('$express'), {include: ['defaults']});
  eq(fixture.defaults.responsibilities.losses_collector, 'application', 'fixture through v2');
  const updated = await sk.v2.core.accounts.update(acct.id, {display_name: 'Renamed', metadata: {tier: 'gold'}});
  eq([updated.display_name, updated.metadata.tier], ['Renamed', 'gold'], 'update');
  const ids = (await sk.v2.core.accounts.list({limit: 2}).autoPagingToArray({limit: 1000})).map((a) => a.id);
  check(ids.includes(acct.id) && ids.includes(ctx.get('$express')) && new Set(ids).size === ids.length,
    `auto-paging walks next_page_url once over every account: ${ids}`);
  // Stripe collects an Express account's bank account, on the hosted onboarding page, so the
  // seller gives it there.
  await onboardOnHostedPage(sk, acct.id);
  await sk.transfers.create({amount: 5000, currency: 'usd', destination: acct.id});
  await sk.charges.create({amount: 1500, currency: 'usd', source: acct.id});
  await sk.transfers.create({amount: 4250, currency: 'usd', destination: PLATFORM}, {stripeAccount: acct.id});
  const bal = await sk.balance.retrieve({}, {stripeAccount: acct.id});
  eq(bal.available.map((b) => [b.currency, b.amount]), [['usd', -750]], 'v2 account debited below zero');
}

async function v2_bad_input(ctx) {
  const sk = ctx.sk;
  const list = async () => (await sk.v2.core.accounts.list({limit: 100}).autoPagingToArray({limit: 1000})).map((a) => a.id);
  const before = await list();
  let refused = false;
  try {
    await sk.v2.core.accounts.retrieve(ctx.get('$express'), {include: ['nope']});
  } catch (e) {
    refused = e.statusCode === 400;
  }
  check(refused, 'an unknown include value was refused with a 400');
  const res = await fetch(`${BASE}/v2/core/accounts`, {
    method: 'POST',
    headers: {Authorization: `Bearer ${ctx.key}`, 'Content-Type': 'application/x-www-form-urlencoded'},
    body: 'display_name=x',
  });
  const body = await res.json();
  eq([res.status, body.error.type], [400, 'invalid_request_error'], 'form body on /v2');
  eq(await list(), before, 'nothing changed');
}

async function event_destinations_v2(ctx) {
  const sk = ctx.sk;
  const hook = await new Receiver().start();
  try {
    const ed = await sk.v2.core.eventDestinations.create({
      name: 'conformance', type: 'webhook_endpoint', event_payload: 'thin',
      enabled_events: ['v2.core.account.created', 'v2.core.account.updated'],
      webhook_endpoint: {url: hook.url}, include: ['webhook_endpoint.signing_secret'],
    });
    const secret = ed.webhook_endpoint.signing_secret;
    starts(secret, 'whsec_', 'signing secret at creation');
    eq((await sk.v2.core.eventDestinations.retrieve(ed.id)).webhook_endpoint.signing_secret, null, 'the secret only at creation');
    const acct = await sk.v2.core.accounts.create(EXPRESS_LIKE_V2);
    const got = await hook.waitFor('v2.core.account.created', (e) => e.related_object && e.related_object.id === acct.id);
    const note = sk.parseEventNotification(got.body, got.sig, secret);
    eq([note.type, note.related_object.id], ['v2.core.account.created', acct.id], 'thin event');
    eq((await note.fetchRelatedObject()).id, acct.id, 'its related object, fetched');
    eq((await note.fetchEvent()).id, note.id, 'the event, fetched from /v2/core/events');
    let rejected = false;
    try {
      sk.parseEventNotification(got.body, got.sig, 'whsec_not_the_secret');
    } catch (e) {
      rejected = true;
    }
    check(rejected, 'a thin event verified with the wrong secret');
    eq((await sk.v2.core.eventDestinations.ping(ed.id)).type, 'v2.core.event_destination.ping', 'ping');
    eq((await sk.v2.core.eventDestinations.disable(ed.id)).status, 'disabled', 'disable');
    eq((await sk.v2.core.eventDestinations.enable(ed.id)).status, 'enabled', 'enable');
    eq((await sk.v2.core.eventDestinations.update(ed.id, {description: 'd'})).description, 'd', 'update');
    const listed = (await sk.v2.core.eventDestinations.list().autoPagingToArray({limit: 100})).map((d) => d.id);
    check(listed.includes(ed.id), `listed: ${listed}`);
    await sk.v2.core.eventDestinations.del(ed.id);
    ctx.webhookBodies = (ctx.webhookBodies || []).concat(hook.got.map((d) => d.body));
  } finally {
    hook.stop();
  }
}

// --------------------------------------------------------- saved cards (behaviour 19, 20)

// Runs `call`, which must fail with an error of class `kind`; the error.
async function refused(call, kind, what) {
  try {
    await call();
  } catch (e) {
    check(e instanceof kind, `${what}: raised ${e.constructor.name}, not ${kind.name}`);
    return e;
  }
  throw new Check(`${what}: it succeeded`);
}

async function saved_cards(ctx) {
  const sk = ctx.sk;
  const cus = await sk.customers.create({email: `saver-${RUN_ID}@example.com`});
  const pm = await sk.paymentMethods.create({
    type: 'card', card: {token: 'tok_visa'},
    billing_details: {name: 'Jenny Rosen', address: {country: 'US', postal_code: '94103'}},
  });
  starts(pm.id, 'pm_', 'payment method id');
  eq([pm.object, pm.card.last4, pm.billing_details.name, pm.billing_details.address.postal_code, pm.customer],
    ['payment_method', '4242', 'Jenny Rosen', '94103', null], 'last4, billing details kept as data, no customer');
  const attached = await sk.paymentMethods.attach(pm.id, {customer: cus.id});
  eq(idOf(attached.customer), cus.id, 'attached to the customer');
  const second = await sk.paymentMethods.attach('pm_card_mastercard', {customer: cus.id});
  starts(second.id, 'pm_', 'a test payment method attached is a new pm_');
  eq([second.card.brand, idOf(second.customer)], ['mastercard', cus.id], 'the second card');
  const listed = await sk.customers.listPaymentMethods(cus.id, {type: 'card'});
  eq(listed.data.map((m) => m.id), [second.id, pm.id], "the customer's payment methods, newest first");
  eq((await sk.paymentMethods.list({customer: cus.id, type: 'card'})).data.map((m) => m.id), [second.id, pm.id],
    'GET /v1/payment_methods?customer=&type=card');
  const up = await sk.paymentMethods.update(pm.id, {metadata: {nickname: 'work'}});
  eq(up.metadata, {nickname: 'work'}, 'payment method metadata');
  const withDefault = await sk.customers.update(cus.id, {invoice_settings: {default_payment_method: pm.id}});
  eq(idOf(withDefault.invoice_settings.default_payment_method), pm.id, 'invoice_settings.default_payment_method');
  const gone = await sk.paymentMethods.detach(second.id);
  eq(gone.customer, null, 'a detached payment method has no customer');
  eq((await sk.customers.listPaymentMethods(cus.id)).data.map((m) => m.id), [pm.id], 'after the detach');
  const again = await refused(() => sk.paymentMethods.attach(second.id, {customer: cus.id}),
    Stripe.errors.StripeInvalidRequestError, 'attaching a detached payment method');
  eq(again.statusCode, 400, 'attaching a detached payment method');
  // SetupIntents: 3D Secure stops, a decline card fails the check, and one is canceled.
  const action = await sk.setupIntents.create({customer: cus.id, payment_method: 'pm_card_authenticationRequired',
    confirm: true});
  starts(action.id, 'seti_', 'SetupIntent id');
  eq([action.object, action.status, action.next_action.type, action.usage],
    ['setup_intent', 'requires_action', 'use_stripe_sdk', 'off_session'], "a 3D Secure card's SetupIntent");
  const declined = await refused(() => sk.setupIntents.create({customer: cus.id,
    payment_method: 'pm_card_chargeDeclined', confirm: true}), Stripe.errors.StripeCardError, "a decline card's SetupIntent");
  eq([declined.statusCode, declined.code, declined.decline_code], [402, 'card_declined', 'generic_decline'],
    "a decline card's SetupIntent");
  const failed = declined.raw.setup_intent;
  check(failed && failed.id, 'the card error carries the SetupIntent');
  eq([failed.status, failed.last_setup_error.code], ['requires_payment_method', 'card_declined'],
    'the SetupIntent in the error');
  const waiting = await sk.setupIntents.create({customer: cus.id, payment_method_types: ['card']});
  eq(waiting.status, 'requires_payment_method', 'a SetupIntent without a payment method');
  const canceled = await sk.setupIntents.cancel(waiting.id, {cancellation_reason: 'requested_by_customer'});
  eq([canceled.status, canceled.cancellation_reason], ['canceled', 'requested_by_customer'], 'canceled SetupIntent');
  // A card source, the older way, becomes the customer's default source.
  const card = await sk.customers.createSource(cus.id, {source: 'tok_visa'});
  starts(card.id, 'card_', 'card source id');
  eq([card.object, card.last4, idOf(card.customer)], ['card', '4242', cus.id], 'the card source');
  eq(idOf((await sk.customers.retrieve(cus.id)).default_source), card.id, "the customer's default_source");
  // setup_future_usage saves the card it pays with to the customer.
  const p0 = await ctx.balance();
  const pi = await sk.paymentIntents.create({amount: 1800, currency: 'usd', customer: cus.id,
    payment_method: 'pm_card_bypassPending', setup_future_usage: 'off_session', confirm: true});
  eq([pi.status, pi.setup_future_usage], ['succeeded', 'off_session'], 'a PaymentIntent that saves its card');
  const saved = await sk.paymentMethods.retrieve(idOf(pi.payment_method));
  eq(idOf(saved.customer), cus.id, 'the card it paid with is saved to the customer');
  eq((await ctx.balance()).available - p0.available, 1800 - fee(1800), 'platform available after the payment');
  const kinds = new Set((await sk.events.list({limit: 100})).data.map((e) => e.type));
  const missing = ['payment_method.attached', 'payment_method.detached', 'payment_method.updated',
    'setup_intent.created', 'setup_intent.requires_action', 'setup_intent.setup_failed', 'setup_intent.canceled',
    'customer.source.created'].filter((t) => !kinds.has(t));
  eq(missing, [], 'events not found');
}

// A mobile app's saved card: the server makes a customer, an ephemeral key and a SetupIntent;
// the app (publishable key) confirms it with the card the customer typed, and (ephemeral key)
// lists the customer's cards; the server later charges it off-session.
async function mobile_saved_card_off_session(ctx) {
  const sk = ctx.sk;
  const cus = await sk.customers.create({email: `rider-${RUN_ID}@example.com`});
  const ek = await sk.ephemeralKeys.create({customer: cus.id}, {apiVersion: '2024-04-10'});
  starts(ek.id, 'ephkey_', 'ephemeral key id');
  starts(ek.secret, 'ek_test_', 'ephemeral key secret');
  eq([ek.object, ek.expires - ek.created, ek.associated_objects.map((o) => o.id)], ['ephemeral_key', 3600, [cus.id]],
    'an hour, for the customer');
  const si = await sk.setupIntents.create({customer: cus.id, usage: 'off_session', payment_method_types: ['card']});
  starts(si.client_secret, `${si.id}_secret_`, "the SetupIntent's client_secret");
  const app = client(`pk_test_${ctx.suffix}`);
  const confirmed = await app.setupIntents.confirm(si.id, {
    client_secret: si.client_secret,
    payment_method_data: {type: 'card', card: {number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123'}},
  });
  eq(confirmed.status, 'succeeded', 'the app confirmed the SetupIntent with its publishable key');
  const card = idOf(confirmed.payment_method);
  starts(card, 'pm_', 'the saved card');
  const wallet = client(ek.secret);
  const mine = await wallet.paymentMethods.list({customer: cus.id, type: 'card'});
  eq(mine.data.map((m) => [m.id, m.card.last4]), [[card, '4242']], "the app lists its customer's cards");
  eq((await wallet.customers.retrieve(cus.id)).id, cus.id, 'the app reads its customer');
  const outside = await refused(() => wallet.charges.list(), Stripe.errors.StripeAuthenticationError,
    "an ephemeral key outside its customer's cards");
  eq(outside.statusCode, 401, "an ephemeral key outside its customer's cards");
  await sk.customers.update(cus.id, {invoice_settings: {default_payment_method: card}});
  const p0 = await ctx.balance();
  const pi = await sk.paymentIntents.create({amount: 4200, currency: 'usd', customer: cus.id, payment_method: card,
    off_session: true, confirm: true});
  eq([pi.status, pi.amount_received, idOf(pi.payment_method)], ['succeeded', 4200, card],
    'the off-session charge of the saved card');
  eq((await ctx.balance()).pending - p0.pending, 4200 - fee(4200), 'platform pending after the charge');
  await sk.ephemeralKeys.del(ek.id);
  const deleted = await refused(() => wallet.paymentMethods.list({customer: cus.id, type: 'card'}),
    Stripe.errors.StripeAuthenticationError, 'a deleted ephemeral key');
  eq(deleted.statusCode, 401, 'a deleted ephemeral key');
}

// Stripe.js style: the server makes a PaymentIntent; the browser, with the publishable key
// and the client_secret, reads it, makes a payment method from the card typed in, and
// confirms it.
async function publishable_key_confirm(ctx) {
  const sk = ctx.sk;
  const pi = await sk.paymentIntents.create({amount: 2500, currency: 'usd',
    automatic_payment_methods: {enabled: true, allow_redirects: 'never'}});
  const browser = client(`pk_test_${ctx.suffix}`);
  const seen = await browser.paymentIntents.retrieve(pi.id, {client_secret: pi.client_secret});
  eq([seen.id, seen.status], [pi.id, 'requires_payment_method'], 'the PaymentIntent read with the client_secret');
  const bare = await refused(() => browser.paymentIntents.retrieve(pi.id), Stripe.errors.StripeInvalidRequestError,
    'a publishable key without the client_secret');
  eq([bare.statusCode, bare.param], [400, 'client_secret'], 'a publishable key without the client_secret');
  const pm = await browser.paymentMethods.create({
    type: 'card', card: {number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '314'},
    billing_details: {name: 'Jenny Rosen', email: `jenny-${RUN_ID}@example.com`},
  });
  eq([pm.card.last4, pm.card.exp_year, pm.billing_details.name], ['4242', 2034, 'Jenny Rosen'],
    'the card the browser typed');
  const p0 = await ctx.balance();
  const done = await browser.paymentIntents.confirm(pi.id, {client_secret: pi.client_secret, payment_method: pm.id});
  eq([done.status, done.amount_received], ['succeeded', 2500], 'confirmed with the publishable key');
  eq((await ctx.balance()).pending - p0.pending, 2500 - fee(2500), 'platform pending after the payment');
  // A card token, the older way: made by the browser, charged once by the server.
  const tok = await browser.tokens.create({card: {number: '5555555555554444', exp_month: '12', exp_year: '2034',
    cvc: '314'}});
  starts(tok.id, 'tok_', 'token id');
  eq([tok.object, tok.type, tok.used, tok.card.last4], ['token', 'card', false, '4444'], 'the token');
  const charge = await sk.charges.create({amount: 900, currency: 'usd', source: tok.id});
  eq([charge.paid, charge.source.last4], [true, '4444'], 'a charge of the token');
  const twice = await refused(() => sk.charges.create({amount: 900, currency: 'usd', source: tok.id}),
    Stripe.errors.StripeInvalidRequestError, 'a token used twice');
  eq([twice.statusCode, twice.param], [400, 'source'], 'a token used twice');
  const secretOnly = await refused(() => browser.charges.list(), Stripe.errors.StripeAuthenticationError,
    "a publishable key on a secret key's endpoint");
  check(secretOnly.statusCode === 401 && secretOnly.message.includes('publishable'),
    `a publishable key on a secret key's endpoint: ${secretOnly.statusCode} ${secretOnly.message}`);
  const raw = await refused(() => sk.paymentMethods.create({type: 'card',
    card: {number: '4242424242424242', exp_month: 12, exp_year: 2034}}), Stripe.errors.StripeInvalidRequestError,
  'card numbers sent with a secret key');
  eq(raw.statusCode, 400, 'card numbers sent with a secret key');
}

// Issue 20: /v1/balance_settings through the SDK's own methods, for a connected account the
// platform manages and one it does not.
async function balance_settings(ctx) {
  const sk = ctx.sk;
  const own = await sk.balanceSettings.retrieve();
  eq(own.object, 'balance_settings', 'balance settings object');
  const express = ctx.opts('$express');
  const before = await sk.balanceSettings.retrieve({}, express);
  eq(before.payments.debit_negative_balances, true, 'Express debits negative balances by default');
  const changed = await sk.balanceSettings.update({payments: {
    debit_negative_balances: false,
    payouts: {schedule: {interval: 'weekly', weekly_payout_days: ['monday', 'thursday']},
      minimum_balance_by_currency: {usd: 1500}, statement_descriptor: 'CONFORMANCE'},
    settlement_timing: {delay_days_override: 5}}}, express);
  const p = changed.payments;
  eq([p.debit_negative_balances, p.payouts.schedule.interval, p.payouts.schedule.weekly_payout_days,
    p.payouts.minimum_balance_by_currency, p.settlement_timing.delay_days],
  [false, 'weekly', ['monday', 'thursday'], {usd: 1500}, 5], 'balance settings after the update');
  const payouts = (await sk.accounts.retrieve(ctx.get('$express'))).settings.payouts;
  eq([payouts.debit_negative_balances, payouts.schedule.interval, payouts.schedule.delay_days], [false, 'weekly', 5],
    "the account's settings.payouts shows the same values");
  // A Standard account manages its own payouts: Stripe's error, and nothing changes.
  const standard = ctx.opts('$standard');
  const unchanged = await sk.balanceSettings.retrieve({}, standard);
  try {
    await sk.balanceSettings.update({payments: {debit_negative_balances: false}}, standard);
    throw new Check("the platform changed a Standard account's balance settings");
  } catch (e) {
    if (!(e instanceof Stripe.errors.StripeInvalidRequestError)) throw e;
    eq([e.statusCode, e.type], [400, 'StripeInvalidRequestError'], 'balance settings of a Standard account');
  }
  eq(JSON.parse(JSON.stringify(await sk.balanceSettings.retrieve({}, standard))),
    JSON.parse(JSON.stringify(unchanged)), 'a refused update changed nothing');
  // Back as it was, so later flows see Express as the fixtures made it.
  const restored = await sk.balanceSettings.update({payments: {debit_negative_balances: true,
    payouts: {schedule: {interval: 'manual'}, minimum_balance_by_currency: ''},
    settlement_timing: {delay_days_override: ''}}}, express);
  eq([restored.payments.payouts.schedule.interval, restored.payments.settlement_timing.delay_days], ['manual', 2],
    'Express restored');
}

// Issue 20: test clocks through the SDK's own methods, as a front for the world's clock.
async function test_clocks(ctx) {
  const sk = ctx.sk;
  const worldNow = async () => (await ctx.sim('/_sim/clock/advance', {seconds: '0'})).now;
  const now = await worldNow();
  const clocks = sk.testHelpers.testClocks;
  const clock = await clocks.create({frozen_time: now, name: 'conformance'});
  starts(clock.id, 'clock_', 'test clock id');
  eq([clock.object, clock.status, clock.frozen_time, clock.name],
    ['test_helpers.test_clock', 'ready', now, 'conformance'], 'a new clock');
  eq((await clocks.retrieve(clock.id)).id, clock.id, 'GET /v1/test_helpers/test_clocks/{id}');
  check((await clocks.list({limit: 100})).data.some((c) => c.id === clock.id), 'the clock is listed');
  const cus = await sk.customers.create({email: `clocked-${RUN_ID}@example.com`, test_clock: clock.id});
  eq(idOf(cus.test_clock), clock.id, 'a customer created on the clock');
  eq((await sk.customers.list({test_clock: clock.id})).data.map((c) => c.id), [cus.id], 'customers of the clock');
  check(!(await sk.customers.list({limit: 100})).data.some((c) => c.id === cus.id),
    "a clock's customers are left out of the plain list");
  // Pending card funds, which the clock's advance makes available.
  await sk.charges.create({amount: 3000, currency: 'usd', source: 'tok_visa'});
  const p0 = await ctx.balance();
  check(p0.pending > 0, 'pending funds before the advance');
  const target = now + 3 * DAY;
  const advancing = await clocks.advance(clock.id, {frozen_time: target});
  eq([advancing.status, advancing.frozen_time, advancing.status_details.advancing.target_frozen_time],
    ['advancing', now, target], "the advance's answer");
  const ready = await clocks.retrieve(clock.id);
  eq([ready.status, ready.frozen_time], ['ready', target], 'the clock after its advance');
  // The world's clock then runs on with the wall clock: a second may pass before the read.
  const moved = await worldNow();
  check(moved >= target && moved < target + 60, `the world's clock moved with it: ${moved}, target ${target}`);
  const p1 = await ctx.balance();
  eq(p1.pending, 0, 'no funds left pending after three days');
  check(p1.available - p0.available >= p0.pending, 'what was pending became available on the way');
  // A clock moved backwards: Stripe's error, and nothing changes.
  try {
    await clocks.advance(clock.id, {frozen_time: now + DAY});
    throw new Check('a clock moved backwards');
  } catch (e) {
    if (!(e instanceof Stripe.errors.StripeInvalidRequestError)) throw e;
    eq([e.statusCode, e.param], [400, 'frozen_time'], 'a clock moved backwards');
  }
  eq((await clocks.retrieve(clock.id)).frozen_time, target, 'a refused advance left the clock where it was');
  const world = await worldNow();
  check(world >= target && world < target + 60, `a refused advance left the world's clock where it was (now ${world})`);
  // Clocks are the platform's.
  try {
    await clocks.create({frozen_time: now}, ctx.opts('$express'));
    throw new Check('a connected account created a test clock');
  } catch (e) {
    if (!(e instanceof Stripe.errors.StripeInvalidRequestError)) throw e;
    eq(e.statusCode, 400, 'a clock created as a connected account');
  }
  const gone = await clocks.del(clock.id);
  eq([gone.id, gone.deleted], [clock.id, true], 'DELETE /v1/test_helpers/test_clocks/{id}');
  eq((await sk.customers.retrieve(cus.id)).deleted, true, "the clock's customer went with it");
  const types = (await sk.events.list({limit: 100})).data.map((e) => e.type);
  for (const kind of ['created', 'advancing', 'ready', 'deleted']) {
    check(types.includes(`test_helpers.test_clock.${kind}`), `test_helpers.test_clock.${kind} event`);
  }
}

async function refund_expire(ctx) {
  const sk = ctx.sk;
  const ch = await sk.charges.create({amount: 1500, currency: 'usd', source: 'tok_bypassPending'});
  const re = await sk.refunds.create({charge: ch.id, amount: 500});
  try {
    await sk.testHelpers.refunds.expire(re.id);
    throw new Check('a succeeded refund was expired');
  } catch (e) {
    if (!(e instanceof Stripe.errors.StripeInvalidRequestError)) throw e;
    eq([e.statusCode, e.code], [400, undefined], 'expiring a succeeded refund');
  }
  eq((await sk.refunds.retrieve(re.id)).status, 'succeeded', 'the refund is unchanged');
}

// A request pinning 2024-04-10 gets that version's shape (`invoice` on a PaymentIntent), the
// SDK's own version (endive) the newest; the harness checks each body against the schemas of
// its version.
async function api_versions(ctx) {
  const sk = ctx.sk;
  const pi = await sk.paymentIntents.create({amount: 1200, currency: 'usd', payment_method: 'pm_card_visa',
    confirm: true});
  const old = await sk.paymentIntents.retrieve(pi.id, {}, {apiVersion: '2024-04-10'});
  check('invoice' in old, 'a PaymentIntent rendered for 2024-04-10 has invoice');
  const current = await sk.paymentIntents.retrieve(pi.id);
  check(!('invoice' in current) && 'customer_account' in current, 'a PaymentIntent rendered for endive');
  const refund = await sk.refunds.create({payment_intent: pi.id, amount: 200});
  eq(refund.payment_method, idOf(current.payment_method), 'a refund names its payment method');
  // A test clock's life rendered for 2024-04-10 too (its schemas are in subset.json).
  const oldVersion = {apiVersion: '2024-04-10'};
  const now = (await ctx.sim('/_sim/clock/advance', {seconds: '0'})).now;
  const clock = await sk.testHelpers.testClocks.create({frozen_time: now}, oldVersion);
  eq((await sk.testHelpers.testClocks.advance(clock.id, {frozen_time: now + 60}, oldVersion)).status, 'advancing',
    'a clock advanced pinning 2024-04-10');
  eq((await sk.testHelpers.testClocks.del(clock.id, {}, oldVersion)).deleted, true, 'a clock deleted pinning 2024-04-10');
}

// An account's available balance in one currency.
async function availableIn(ctx, currency, account) {
  const b = await ctx.sk.balance.retrieve({}, ctx.opts(account));
  return (b.available || []).filter((e) => e.currency === currency).reduce((s, e) => s + e.amount, 0);
}

// A USD ride paid to a German and to a Canadian driver (docs/behaviour.md section 21).
async function cross_currency_rides(ctx) {
  const sk = ctx.sk;
  const de = await sk.accounts.create({type: 'custom', country: 'DE', external_account: 'btok_de',
    capabilities: {transfers: {requested: true}}});
  eq(de.default_currency, 'eur', "the German driver's default_currency");
  ctx.set('$de', de.id);
  const p0 = await availableIn(ctx, 'usd');
  const pi = await sk.paymentIntents.create({amount: 2500, currency: 'usd', payment_method: 'pm_card_bypassPending',
    confirm: true, application_fee_amount: 500, transfer_data: {destination: de.id}});
  eq(pi.status, 'succeeded', "the ride's PaymentIntent");
  const charge = await sk.charges.retrieve(idOf(pi.latest_charge));
  let transfer = await sk.transfers.retrieve(idOf(charge.transfer));
  eq([transfer.amount, transfer.currency], [2500, 'usd'], 'the transfer stays in usd');
  let payment = await sk.charges.retrieve(idOf(transfer.destination_payment), {}, ctx.opts('$de'));
  eq([payment.amount, payment.currency], [2300, 'eur'], "the driver's payment, converted");
  let bt = await sk.balanceTransactions.retrieve(idOf(payment.balance_transaction), {}, ctx.opts('$de'));
  eq([bt.amount, bt.fee, bt.net, bt.currency, bt.exchange_rate], [2300, 460, 1840, 'eur', 0.92],
    "the driver's balance transaction");
  eq(await availableIn(ctx, 'eur', '$de'), 1840, "the German driver's eur available");
  eq(await availableIn(ctx, 'usd', '$de'), 0, 'nothing kept in usd');
  eq(await availableIn(ctx, 'usd') - p0, 500 - fee(2500), "platform usd: the fee less Stripe's fee");
  // The Canadian fixture driver, by a destination charge: 2500 x 1.35 = 3375, fee 675.
  const c0 = await availableIn(ctx, 'cad', '$ca');
  const ch = await sk.charges.create({amount: 2500, currency: 'usd', source: 'tok_bypassPending',
    application_fee_amount: 500, transfer_data: {destination: ctx.get('$ca')}});
  transfer = await sk.transfers.retrieve(idOf(ch.transfer));
  payment = await sk.charges.retrieve(idOf(transfer.destination_payment), {}, ctx.opts('$ca'));
  bt = await sk.balanceTransactions.retrieve(idOf(payment.balance_transaction), {}, ctx.opts('$ca'));
  eq([bt.amount, bt.fee, bt.net, bt.currency, bt.exchange_rate], [3375, 675, 2700, 'cad', 1.35],
    "the Canadian driver's balance transaction");
  eq(await availableIn(ctx, 'cad', '$ca') - c0, 2700, "the Canadian driver's cad available");
}

// A debit card as an external account and an Instant Payout to it (docs/behaviour.md section 22).
async function instant_payout(ctx) {
  const sk = ctx.sk;
  const a = (await sk.accounts.create({type: 'custom', country: 'US', external_account: 'btok_us',
    capabilities: {transfers: {requested: true}}, settings: {payouts: {schedule: {interval: 'daily'}}}})).id;
  ctx.set('$driver', a);
  const card = await sk.accounts.createExternalAccount(a, {external_account: 'tok_visa_debit'});
  starts(card.id, 'card_', 'debit card id');
  eq([card.object, card.funding, card.last4, card.available_payout_methods],
    ['card', 'debit', '5556', ['standard', 'instant']], 'the debit card');
  await sk.charges.create({amount: 20000, currency: 'usd', source: 'tok_bypassPending'});
  await sk.transfers.create({amount: 10000, currency: 'usd', destination: a});
  const balance = await sk.balance.retrieve({}, ctx.opts('$driver'));
  eq((balance.instant_available || []).map((x) => [x.amount, x.currency]), [[10000, 'usd']], 'instant_available');
  const po = await sk.payouts.create({amount: 5000, currency: 'usd', method: 'instant', destination: card.id},
    ctx.opts('$driver'));
  eq([po.method, po.type, idOf(po.destination), po.status], ['instant', 'card', card.id, 'pending'],
    'the Instant Payout');
  const bt = await sk.balanceTransactions.retrieve(idOf(po.balance_transaction), {}, ctx.opts('$driver'));
  eq([bt.type, bt.amount, bt.fee, bt.net], ['payout', -5000, 75, -5075], 'its balance transaction');
  eq(await availableIn(ctx, 'usd', '$driver'), 10000 - 5075, "the driver's usd available");
}

const FLOWS = [platform_account, create_accounts, fund_accounts, pending_funds_clock, debit_by_charge,
  debit_by_transfer, managed_debit_charge_ref, managed_debit_payout_ref, negative_balance_reserve,
  refund_and_reversal, retrieve_accounts, balance_and_paging, events, error_table,
  errors_change_nothing, idempotency, account_lifecycle, webhooks, customers, pi_destination_fee, pi_direct_fee, pi_manual_capture,
  pi_decline_and_retry, charge_capture, refund_with_fee, dispute_won, dispute_lost, money_in_events,
  customer_delete, accounts_v2, v2_bad_input, event_destinations_v2, saved_cards, mobile_saved_card_off_session,
  publishable_key_confirm,
  balance_settings, test_clocks, refund_expire, api_versions, cross_currency_rides, instant_payout];

// ----------------------------------------------------------------------------- runner

function describe(e) {
  if (e instanceof Check) return e.message;
  if (e instanceof Skip) return `skipped: ${e.message}`;
  if (e instanceof Stripe.errors.StripeError) return `${e.constructor.name} ${e.statusCode || ''}: ${e.message}`;
  return `${e.name}: ${e.message}\n${(e.stack || '').split('\n').slice(1, 4).join('\n')}`;
}

async function main() {
  const results = [];
  const record = (name, error) => {
    results.push({name, ok: !error, detail: error ? describe(error) : null});
    console.log(`  ${error ? 'FAIL' : 'ok  '} ${name}${error ? `: ${describe(error)}` : ''}`);
  };
  const ctx = new Ctx();
  console.log(`node stripe ${SDK_VERSION} (API ${Stripe.API_VERSION}) against ${BASE}, key ${ctx.key}`);
  try {
    await ctx.sk.balance.retrieve();
  } catch (e) {
    if (e instanceof Stripe.errors.StripeConnectionError) {
      console.error(`cannot reach the simulator at ${BASE}: ${e.message} ${e.detail ? e.detail.code || e.detail : ''}\n` +
        'start it with `target/release/debitsim serve --port 0` and set DEBITSIM_URL, or run conformance/run');
      for (const flow of FLOWS) record(flow.name, new Skip('simulator unreachable'));
      return finish(results, 2);
    }
  }
  for (const flow of FLOWS) {
    try {
      await flow(ctx, record);
      record(flow.name, null);
    } catch (e) {
      record(flow.name, e);
    }
  }
  return finish(results, results.every((r) => r.ok) ? 0 : 1, ctx.webhookBodies || []);
}

function finish(results, code, webhookBodies = []) {
  if (process.env.CONFORMANCE_RESULTS) {
    fs.writeFileSync(process.env.CONFORMANCE_RESULTS, JSON.stringify(
      {client: 'node', sdk: `stripe ${SDK_VERSION} (npm)`, flows: results, webhook_bodies: webhookBodies}, null, 1));
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`node: ${passed} passed, ${results.length - passed} failed`);
  return code;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(3);
});
