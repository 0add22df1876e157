// The platform and its connected accounts: the platform's balances and what it is liable
// for (/_sim/overview), and the page of accounts shown (/_sim/accounts), each with its
// balances, bank accounts, who carries its losses and, while requirements are due, its
// onboarding: what is due, its link, and a button to its hosted onboarding page.

import { $, h, money, renderFigures } from './dom.js';
import { dueSummary, linkWords } from './onboarding.js';
import { readOnly, state } from './state.js';

export const ACCOUNTS_PER_PAGE = 25;

const TYPE_LABELS = { standard: 'Standard', express: 'Express', custom: 'Custom', none: 'Controller only' };

/** The platform card: its balances per currency and what it is liable for, account by account. */
export function renderPlatform() {
  const o = state.overview;
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

export function renderAccounts() {
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
        type: 'button', class: 'name', 'data-testid': `account-${a.id}-show`, 'data-do': 'focus',
        title: 'Show its money moving and balance over time',
      }, a.name),
      h('span', { class: 'sub' }, a.id),
      h('span', { class: 'about', 'data-testid': `account-${a.id}-about` },
        `${TYPE_LABELS[a.type] ?? a.type} · ${a.country}, ${a.region ?? 'no debit region'} · ${a.default_currency.toUpperCase()}`),
      a.same_region_as_platform ? null : h('span', { class: 'tags' },
        h('span', { class: 'badge warn', title: 'A platform can only debit accounts in its own debit region' }, 'Other region')),
      onboardingCell(a))),
    h('td', { 'data-testid': `account-${a.id}-losses` }, lossesBadge(a.losses)),
    h('td', {}, bankCell(a)),
    h('td', { class: 'num' }, perCurrency('available', 'available')),
    h('td', { class: 'num' }, perCurrency('pending', 'pending')),
    h('td', { class: 'num' }, liable.length
      ? h('div', { class: 'stack' }, liable.map((b) => money(b.liability, b.currency, `account-${a.id}-liability-${b.currency}`)))
      : h('span', { class: 'muted' }, '—')),
    h('td', {}, h('button', {
      type: 'button', class: 'small', 'data-testid': `account-${a.id}-debit`, 'data-writes': true, disabled: readOnly(),
      'aria-label': `Debit ${a.name}`, 'data-do': 'debit',
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

/** An account's onboarding while it is not done (or it was rejected): what Stripe still asks,
 * in words with Stripe's names, where its account link stands, and the way to its hosted
 * page. Nothing for an onboarded account. */
function onboardingCell(a) {
  const o = a.onboarding;
  if (o.details_submitted && !o.disabled_reason) return null;
  const rejected = o.disabled_reason?.startsWith('rejected.');
  const due = o.currently_due;
  const link = linkWords(o.link);
  return h('div', {
    class: 'onboarding', 'data-testid': `account-${a.id}-onboarding`, 'data-due': due.length,
    'data-charges-enabled': String(o.charges_enabled), 'data-payouts-enabled': String(o.payouts_enabled),
  },
  h('span', { class: 'tags' },
    h('span', { class: 'badge warn' }, rejected ? `Rejected (${o.disabled_reason.slice(9).replaceAll('_', ' ')})` : `Onboarding: ${due.length} due`),
    h('span', { class: 'badge' }, o.charges_enabled ? 'Charges enabled' : 'Charges disabled'),
    h('span', { class: 'badge' }, o.payouts_enabled ? 'Payouts enabled' : 'Payouts disabled')),
  due.length ? h('details', { class: 'due' },
    h('summary', {}, `Due: ${dueSummary(due).join(', ')}`),
    h('ul', { 'data-testid': `account-${a.id}-due` }, due.map((r) => h('li', { 'data-requirement': r }, h('code', {}, r))))) : null,
  rejected ? null : h('span', { class: 'link-state', 'data-testid': `account-${a.id}-link`, 'data-state': link.state }, link.text),
  rejected ? null : h('button', {
    type: 'button', class: 'small', 'data-testid': `account-${a.id}-onboard`, 'data-writes': true, disabled: readOnly(),
    'data-do': 'onboard', title: 'Make an account link and open its hosted onboarding page in this tab',
  }, 'Open onboarding'));
}

/** Outlines the guided demo's seller, while the demo runs. */
export function markDemoFocus() {
  for (const row of document.querySelectorAll('[data-account]')) {
    row.classList.toggle('demo-focus', row.dataset.account === state.demoSeller);
  }
}

/** The accounts table's buttons, by what they do: `focus` (show its money moving), `debit`
 * (choose it in the debit form), `onboard` (open its hosted onboarding page). */
export function wireAccounts(handlers) {
  $('accounts-table').tBodies[0].addEventListener('click', (event) => {
    const button = event.target.closest('button[data-do]');
    const account = button?.closest('[data-account]')?.dataset.account;
    if (account && !button.disabled) handlers[button.dataset.do]?.(account, button);
  });
}
