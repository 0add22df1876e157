// The guided demo: a story in real API calls, stepped with Next and Back. A new seller signs
// up with requirements due, completes Stripe's hosted onboarding form and can take charges;
// then a sale, a chargeback, the seller paid out and taken below zero, the platform's
// reserve, a debit, and the bank debited at the payout run. Back resets the world and replays
// the steps before: with a pinned --start-time the world is the same every time, ids and
// times included.

import { markDemoFocus } from './accounts.js';
import { api, ApiError, balanceOf, encodeForm, plainWords } from './api.js';
import { redrawChartSoon } from './chart.js';
import { $, codeLine, h } from './dom.js';
import { formatHour, formatMoney, formatTime } from './format.js';
import { chooseForDebit } from './forms.js';
import { createLink, dueSummary, readHostedForm, submitHostedForm } from './onboarding.js';
import { refresh } from './refresh.js';
import { state } from './state.js';

class DemoError extends Error {}

/** The story's seller, as it signs up: a business, not test data. */
const SELLER = {
  name: 'Juniper Street Ceramics',
  email: 'hello@juniperstreet.example',
  what: 'a pottery studio',
};

/** Makes a call of the story, keeping how it reads for the step's "API calls" list. */
async function storyCall(ctx, method, path, { params, account } = {}) {
  const shown = encodeForm(params).split('&').filter(Boolean).map(decodeURIComponent).join(' ');
  ctx.calls.push([method, path, account ? `(Stripe-Account: ${account})` : '', shown].filter(Boolean).join(' '));
  return api(method, path, { params, account });
}

/** Moves the story's clock on within the day, so the balance chart shows each step apart. */
async function later(ctx, hours) {
  const clock = await storyCall(ctx, 'POST', '/_sim/clock/advance', { params: { seconds: hours * 3600 } });
  return formatHour(clock.now);
}

/** The hosted form's fields worth showing: a company's only for a company. */
function shownFields(form) {
  const individual = form.fields.find((f) => f.name === 'business_type')?.value !== 'company';
  return form.fields.filter((f) => !(individual && f.name.startsWith('company[')));
}

/** The first chapter: the world as the fixtures make it, and a new seller onboarded through
 * Stripe's hosted form before any money moves. */
const ONBOARDING_CHAPTER = [
  {
    title: 'The starting point',
    async run(ctx) {
      await storyCall(ctx, 'POST', '/_sim/reset', { params: { onboarding: 'required' } });
      const overview = await api('GET', '/_sim/overview');
      ctx.platform = overview.platform;
      ctx.currency = overview.platform.default_currency;
      // A word joiner after the minus keeps "−$170.00" on one line in a caption.
      ctx.m = (minor) => formatMoney(minor, ctx.currency).replace('\u2212', '\u2212\u2060');
      const platform = overview.balances.find((b) => b.currency === ctx.currency) ?? { available: 0 };
      return `The world is back to its fixtures: ${ctx.platform.name}, a marketplace platform, has ${ctx.m(platform.available)} available. With onboarding=required, the accounts it creates from now on start with requirements due, as they do on Stripe (the fixtures' own sellers are onboarded already).`;
    },
  },
  {
    title: 'A new seller signs up',
    async run(ctx) {
      const account = await storyCall(ctx, 'POST', '/v1/accounts', {
        params: {
          type: 'express', country: 'US', email: SELLER.email,
          business_profile: { name: SELLER.name },
          capabilities: { card_payments: { requested: 'true' }, transfers: { requested: 'true' } },
          settings: { payouts: { debit_negative_balances: 'true', schedule: { interval: 'manual' } } },
        },
      });
      ctx.seller = { id: account.id, name: SELLER.name };
      if (account.controller?.losses?.payments !== 'application') {
        throw new DemoError('The new seller’s losses are not the platform’s: this server does not make Express accounts as Stripe does.');
      }
      const due = account.requirements.currently_due;
      return `${ctx.seller.name}, ${SELLER.what}, signs up to sell through ${ctx.platform.name}: an Express account whose losses the platform carries. It cannot take payments or be paid yet (charges_enabled and payouts_enabled are false, disabled_reason ${account.requirements.disabled_reason}): Stripe still asks for ${dueSummary(due).join(', ')} (${due.length} requirements). The accounts table lists them.`;
    },
  },
  {
    title: 'Stripe’s hosted onboarding form',
    async run(ctx) {
      ctx.link = await createLink(ctx.seller.id, (method, path, options) => storyCall(ctx, method, path, options));
      const path = new URL(ctx.link.url).pathname;
      ctx.form = await readHostedForm(ctx.link.url);
      ctx.calls.push(`GET ${path}`);
      const fields = shownFields(ctx.form);
      ctx.detail = h('div', { class: 'hosted-form', 'data-testid': 'demo-form' },
        h('p', { class: 'hosted-form-head' }, 'The form, as the seller sees it ',
          h('a', { href: path, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'demo-form-link' }, '(open it)')),
        h('dl', {}, fields.flatMap((f) => (f.name === 'tos_accepted'
          ? [h('dt', {}, 'Services Agreement'), h('dd', {}, 'accepted')]
          : [h('dt', {}, f.label), h('dd', {}, f.value)]))));
      return `The platform makes an account link for the seller and sends it to the link's url: Stripe's hosted onboarding, here debitsim's stand-in, filled in with Stripe's test data (${fields.length} fields, below). The link is single-use and open until ${formatHour(ctx.link.expires_at)} UTC, five minutes of simulated time; the accounts table shows it open.`;
    },
  },
  {
    title: 'The seller submits the form, and can take charges',
    async run(ctx) {
      const path = new URL(ctx.link.url).pathname;
      await submitHostedForm(ctx.form);
      ctx.calls.push(`POST ${path} (the form's ${ctx.form.fields.length} fields)`);
      const account = await storyCall(ctx, 'GET', `/v1/accounts/${ctx.seller.id}`);
      if (!account.charges_enabled) {
        throw new DemoError(`The seller is not onboarded yet: Stripe still needs ${account.requirements.currently_due.join(', ')}.`);
      }
      const bank = account.external_accounts.data.find((b) => b.currency === ctx.currency);
      ctx.seller.bank = bank.last4;
      return `The seller submits the form, and Stripe has everything it asked for: ${ctx.seller.name} is onboarded — details_submitted, charges_enabled and payouts_enabled are true, its card_payments and transfers capabilities active — with the bank account the form added, ••${bank.last4}. The link is used up. Now the money can move.`;
    },
  },
];

/** The second: the seller's money moves, goes below zero, and the platform is covered. */
const MONEY_CHAPTER = [
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
    title: 'The money is available',
    async run(ctx) {
      const clock = await storyCall(ctx, 'POST', '/_sim/clock/advance', { params: { next: 'funds_available' } });
      const seller = await balanceOf(ctx.seller.id, ctx.currency);
      return `The clock moves on to the moment pending funds next become available (next=funds_available): midnight UTC two days after the sale, ${formatTime(clock.now)}. ${ctx.seller.name} has ${ctx.m(seller.available)} it can pay out.`;
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
      return `At ${at}, ${ctx.seller.name} pays out everything it has, ${ctx.m(before.available)}, to its bank account ••${ctx.seller.bank}; it arrives on ${formatTime(ctx.payout.arrival_date)}. Its Stripe balance is now ${ctx.m(0)}.`;
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
      return `At midnight UTC (${formatTime(clock.now)}) the daily payout run debits ${ctx.seller.name}'s bank account ••${ctx.seller.bank} for the ${ctx.m(-before.available)} it still owed. Its balance is back to ${ctx.m(seller.available)}, and the platform's connect_reserved is ${ctx.m(platform.connect_reserved)}: the reserve is released.`;
    },
  },
  {
    title: 'The books balance',
    async run(ctx) {
      const audit = await storyCall(ctx, 'GET', '/_sim/audit');
      if (!audit.ok) return `The audit found a problem: ${audit.problem}`;
      return 'Every balance equals the sum of its balance transactions, connect_reserved equals what the platform is liable for, and no money appeared or vanished: GET /_sim/audit says ok. That is the whole story; Back replays it, or act on the world yourself.';
    },
  },
];

const DEMO = [...ONBOARDING_CHAPTER, ...MONEY_CHAPTER];

const demo = { index: -1, ctx: null, busy: false };

function renderDemo(caption) {
  const running = demo.index >= 0;
  // Tests and automation wait on data-busy="no" for a step to be finished and shown.
  $('demo').dataset.busy = demo.busy ? 'yes' : 'no';
  $('demo').setAttribute('aria-busy', String(demo.busy));
  $('demo').dataset.seller = demo.ctx?.seller?.id ?? '';
  document.querySelector('[data-demo="idle"]').hidden = running;
  document.querySelector('[data-demo="running"]').hidden = !running;
  if (!running) return;
  const step = DEMO[demo.index];
  $('demo-step').textContent = `Step ${demo.index + 1} of ${DEMO.length}`;
  $('demo-title').textContent = step.title;
  if (caption != null) $('demo-caption').textContent = caption;
  $('demo-detail').replaceChildren(...(demo.ctx?.detail ? [demo.ctx.detail] : []));
  $('demo-call').replaceChildren(...(demo.ctx?.calls ?? []).map((call) => h('li', {}, codeLine(call))));
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
    if (replay) {
      // The story starts with a reset, which takes the seller shown with it: the page shows
      // the whole world before asking for anything about an account that is about to go.
      state.focus = null;
      state.demoSeller = null;
    }
    const from = replay ? 0 : demo.index + 1;
    for (let i = from; i <= target; i += 1) {
      demo.ctx.calls = [];
      demo.ctx.detail = null;
      caption = await DEMO[i].run(demo.ctx);
      demo.index = i;
    }
    // The page follows the story: the whole world at the start, then the seller.
    const seller = demo.ctx.seller?.id ?? null;
    const changed = replay || state.demoSeller !== seller;
    if (changed) {
      state.pageStarts = [''];
      state.focus = seller;
      state.chartCurrency = null;
      state.movements = { data: [], has_more: false };
    }
    state.demoSeller = seller;
    redrawChartSoon();
    await refresh();
    if (seller && changed) chooseForDebit(seller, { focus: false });
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

/** Leaves the demo (the world stays as the story left it). */
export function leaveDemo() {
  demo.index = -1;
  demo.ctx = null;
  state.demoSeller = null;
  renderDemo();
  markDemoFocus();
}

export function wireDemo() {
  $('demo-start').addEventListener('click', () => demoGo(0, { replay: true }));
  $('demo-next').addEventListener('click', () => demoGo(demo.index + 1, { replay: false }));
  $('demo-back').addEventListener('click', () => demoGo(demo.index - 1, { replay: true }));
  $('demo-exit').addEventListener('click', leaveDemo);
}
