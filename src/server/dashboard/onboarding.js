// Onboarding, as the dashboard tells it: what Stripe still asks of an account, in words; where
// its latest account link stands; sending the user to the account's hosted onboarding page
// (an account link made through the API, opened in this tab, which comes back here when the
// form is submitted); and, for the guided demo, reading and submitting that hosted form the
// way a browser would.

import { api } from './api.js';
import { formatHour } from './format.js';

/** Stripe's requirement names, in words, by the part after the person or company prefix. */
const DUE_WORDS = {
  business_type: 'business type',
  'business_profile.mcc': 'industry (MCC)',
  'business_profile.url': 'website',
  external_account: 'bank account',
  'tos_acceptance.date': 'terms of service accepted',
  'tos_acceptance.ip': 'terms of service accepted',
};
const FIELD_WORDS = {
  address: 'address', dob: 'date of birth', first_name: 'name', last_name: 'name', email: 'email',
  phone: 'phone', ssn_last_4: 'SSN (last 4)', id_number: 'ID number', name: 'name', tax_id: 'tax ID',
  relationship: 'title',
};

/** One requirement in words: `individual.dob.day` → `owner’s date of birth`. */
export function dueWords(requirement) {
  if (DUE_WORDS[requirement]) return DUE_WORDS[requirement];
  const [prefix, field] = requirement.split('.');
  const whose = { individual: 'owner’s', company: 'company’s' }[prefix] ?? 'representative’s';
  return `${whose} ${FIELD_WORDS[field] ?? field.replaceAll('_', ' ')}`;
}

/** What is due, in words, each once, in Stripe's order. */
export function dueSummary(requirements) {
  return [...new Set(requirements.map(dueWords))];
}

/** Where an account's latest account link stands, in words (`state` is `none` without one). */
export function linkWords(link) {
  switch (link?.state) {
    case 'usable': return { state: 'usable', text: `Onboarding link open until ${formatHour(link.expires_at)} UTC` };
    case 'expired': return { state: 'expired', text: `Onboarding link expired at ${formatHour(link.expires_at)} UTC` };
    case 'used': return { state: 'used', text: 'Onboarding link used' };
    default: return { state: 'none', text: 'No onboarding link yet' };
  }
}

/** Where the hosted page sends the browser back to: this dashboard, saying which account
 * and how (the form submitted, or the link no longer usable). */
function backUrls(account) {
  const back = (how) => `${location.origin}/dashboard?onboarding=${how}&account=${encodeURIComponent(account)}`;
  return { return_url: back('returned'), refresh_url: back('refresh') };
}

/** An account link for `account` (POST /v1/account_links), back to this dashboard. */
export function createLink(account, call = api) {
  return call('POST', '/v1/account_links', {
    params: { account, type: 'account_onboarding', ...backUrls(account) },
  });
}

/** Sends this tab to `account`'s hosted onboarding page, through a new account link. The key
 * stays in this tab's session storage, so the dashboard opens the same world on return. */
export async function openOnboarding(account) {
  const link = await createLink(account);
  location.assign(new URL(link.url).pathname);
}

/** What the hosted page said when it sent the browser back here, if it did (and the address
 * without it, so a reload does not say it again). */
export function takeReturn() {
  const query = new URLSearchParams(location.search);
  const how = query.get('onboarding');
  const account = query.get('account');
  if (!how || !account) return null;
  history.replaceState(null, '', '/dashboard');
  return { how, account };
}

/** A field's label: the words of the label around it, without the field's own text (a
 * select's options). */
function labelOf(field) {
  const label = field.closest('label');
  if (!label) return field.name;
  const words = [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
  return words.join(' ').replace(/\s+/g, ' ').trim() || field.name;
}

/** The hosted form at a link's URL, read as a browser reads it: its action, and each field
 * with its label and the value it is filled in with. */
export async function readHostedForm(url) {
  const response = await fetch(new URL(url).pathname, { cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`The hosted onboarding page answered ${response.status}.`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const form = page.querySelector('form');
  if (!form) throw new Error('The hosted onboarding page has no form.');
  const fields = [];
  for (const field of form.querySelectorAll('input[name], select[name]')) {
    if (field.type === 'checkbox' && !field.checked) continue;
    fields.push({ label: labelOf(field), name: field.name, value: field.value });
  }
  return { action: new URL(form.getAttribute('action'), location.href).pathname, fields };
}

/** Submits a hosted form as read, without following its redirect back: the account is read
 * afterwards to see what it did. */
export async function submitHostedForm(form) {
  const body = new URLSearchParams(form.fields.map((f) => [f.name, f.value]));
  const response = await fetch(form.action, {
    method: 'POST', body, redirect: 'manual', cache: 'no-store', credentials: 'omit',
  });
  // A 303 to return_url (or refresh_url) is opaque here; a page is the form's refusal.
  if (response.type === 'opaqueredirect') return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  throw new Error(page.querySelector('p')?.textContent ?? `The hosted form answered ${response.status}.`);
}
