// DOM helpers for the dashboard: elements built from values (text is always text, never
// HTML), the figures that carry their exact minor units for tests and automation, and the
// test hooks (data-testid) everything is found by.

import { formatMoney } from './format.js';

/** The element with this data-testid. */
export function $(testid, root = document) {
  return root.querySelector(`[data-testid="${testid}"]`);
}

/** An element with attributes and children (strings become text: never HTML). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element, as `h` builds HTML ones. */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value != null) el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child != null) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** A figure: the formatted amount, with the exact minor units for tests and automation. */
export function money(minor, currency, testid) {
  const classes = ['money'];
  if (minor < 0) classes.push('negative');
  if (minor === 0) classes.push('zero');
  return h('span', {
    class: classes.join(' '),
    'data-testid': testid,
    'data-amount': minor,
    'data-currency': currency,
  }, formatMoney(minor, currency));
}

/** Replaces `container`'s content, flashing every figure whose amount changed. */
export function renderFigures(container, build) {
  const before = new Map();
  for (const el of container.querySelectorAll('[data-amount][data-testid]')) {
    before.set(el.dataset.testid, el.dataset.amount);
  }
  container.replaceChildren(...build());
  for (const el of container.querySelectorAll('[data-amount][data-testid]')) {
    const old = before.get(el.dataset.testid);
    if (old !== undefined && old !== el.dataset.amount) el.classList.add('flash');
  }
}

/**
 * A call or command as code that wraps only between its parts: each parameter (and each
 * segment of a path or URL, each parameter of its query) is a word that never breaks inside,
 * and the line may break between them. `POST /v1/transfers/tr_1/reversals amount=25000`
 * reads, on a narrow screen, `POST /v1/transfers/tr_1` then `/reversals amount=25000`,
 * never `reversal` then `s`.
 */
export function codeLine(text, attrs = {}) {
  const parts = [];
  text.split(/\s+/).filter(Boolean).forEach((token, i) => {
    if (i) parts.push(' ');
    // A path or URL may break before each `/` (not inside `://`), `?` and `&`; nothing else.
    const pieces = token.split(/(?<![/:])(?=[/?&])/);
    pieces.forEach((piece, j) => {
      if (j) parts.push(h('wbr'));
      parts.push(h('span', { class: 'word' }, piece));
    });
  });
  const { class: extra, ...rest } = attrs;
  return h('code', { ...rest, class: extra ? `call ${extra}` : 'call' }, parts);
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
