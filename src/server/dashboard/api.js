// The dashboard's only way out: this server's API, with the key in the Authorization header,
// Stripe's form encoding, and Stripe's errors as values (ApiError) with plain words for them.

import { readOnly, state } from './state.js';

export class ApiError extends Error {
  constructor(status, error) {
    super(error.message ?? `HTTP ${status}`);
    this.status = status;
    this.error = error;
  }
}

/** `{a: 1, b: {c: 'x'}, e: ['y']}` → `a=1&b[c]=x&e[]=y`, as Stripe's form bodies nest. */
export function encodeForm(params, prefix = '') {
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

export async function api(method, path, { params, account, signal } = {}) {
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
export async function balanceOf(account, currency) {
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

export function plainWords(error) {
  const e = error.error ?? {};
  if (error.status === 401) return 'This API key was refused.';
  if (error.status === 403 && readOnly()) {
    return 'This key is read-only (rk_test_…): it can look, not act.';
  }
  if (e.type === 'connection_error') return 'The server could not be reached.';
  return PLAIN[e.code] ?? 'Stripe refused this request.';
}
