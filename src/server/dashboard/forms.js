// The actions panel: a tab per kind of call (a debit, a card charge, a refund, a transfer, a
// payout, a dispute), each a form whose submit makes the call any Stripe client would make,
// with its account selects filled from the platform and the accounts on the page.

import { act, InputError, showRefused } from './act.js';
import { api } from './api.js';
import { $, h } from './dom.js';
import { decimalsOf, formatDay, formatMoney, formatTime, parseAmount } from './format.js';
import { currencyOf, isPlatform, nameOf, state } from './state.js';

const DISPUTE_REASONS = {
  fraudulent: 'fraudulent', product_not_received: 'product not received', general: 'an inquiry',
};

/** Fills every account select from the platform and the accounts on this page. */
export function renderSelects() {
  fillAccounts($('debit-account'), { connectedOnly: true });
  fillAccounts($('charge-account'), {});
  fillAccounts($('charge-destination'), { connectedOnly: true, none: 'Nobody: the platform keeps it' });
  fillAccounts($('refund-account'), {});
  fillAccounts($('transfer-account'), { connectedOnly: true });
  fillAccounts($('payout-account'), {});
  fillAccounts($('dispute-account'), {});
  fillAccounts($('dispute-destination'), { connectedOnly: true, none: 'Nobody: the platform keeps it' });
  fillAccounts($('movements-account'), { none: 'The whole world', value: state.focus ?? '' });
  updateDebitForm();
  updateCurrencyLabels();
}

/** An account as an option: its name (which fits the select), with its id only where two
 * listed accounts share a name; the id is always its title. */
function accountOption(id, label, shared) {
  return h('option', { value: id, title: id }, shared ? `${label} · ${id}` : label);
}

function fillAccounts(select, { connectedOnly = false, none = null, value = undefined }) {
  const previous = value ?? select.value;
  const listed = [];
  const platform = state.overview.platform;
  if (!connectedOnly) listed.push([platform.id, `Platform · ${platform.name}`]);
  for (const a of state.accounts.data) listed.push([a.id, a.name]);
  // A chosen account from another page stays chosen.
  if (previous && !listed.some(([id]) => id === previous) && state.known.has(previous)) {
    listed.push([previous, nameOf(previous)]);
  }
  const counts = new Map();
  for (const [, label] of listed) counts.set(label, (counts.get(label) ?? 0) + 1);
  const options = listed.map(([id, label]) => accountOption(id, label, counts.get(label) > 1));
  if (none) options.unshift(h('option', { value: '' }, none));
  const current = [...select.options].map((o) => `${o.value}|${o.textContent}`).join('\n');
  const next = options.map((o) => `${o.value}|${o.textContent}`).join('\n');
  if (current !== next) select.replaceChildren(...options);
  if (options.some((o) => o.value === previous)) select.value = previous;
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

/** Opens the debit tab with `account` chosen (and the amount field focused, unless not). */
export function chooseForDebit(account, { focus = true } = {}) {
  selectTab('debit');
  const select = $('debit-account');
  if (![...select.options].some((o) => o.value === account)) select.append(accountOption(account, nameOf(account), false));
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
      `${d.id} · ${formatMoney(d.amount, d.currency)} · ${DISPUTE_REASONS[d.reason] ?? d.reason} · evidence due ${formatDay(d.evidence_details.due_by)}`))
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

/** The tabs: a click, or the arrow keys, Home and End, as a tab list is used. */
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

export function wireForms() {
  wireTabs();
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
}
