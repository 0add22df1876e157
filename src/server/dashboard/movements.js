// Money moving: one line per movement the API lists (/_sim/movements), from whom to whom, with
// the fees that went with it, newest first, a page at a time.

import { api } from './api.js';
import { $, h } from './dom.js';
import { formatMoney, formatShort } from './format.js';
import { nameOf, state } from './state.js';

export const MOVEMENTS_PER_PAGE = 25;

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

export function renderMovements() {
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

/** The next page of older movements, added under those shown. */
export async function loadMoreMovements() {
  const last = state.movements.data[state.movements.data.length - 1];
  if (!last) return;
  const more = await api('GET', '/_sim/movements', {
    params: { limit: MOVEMENTS_PER_PAGE, account: state.focus, starting_after: last.id },
  });
  state.movements = { data: [...state.movements.data, ...more.data], has_more: more.has_more };
  renderMovements();
}
