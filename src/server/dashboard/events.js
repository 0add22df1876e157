// The live feed and the events list: /_sim/stream read with fetch() (EventSource cannot send
// the key), each new event listed as it happens with its webhook deliveries, and every
// change of the world passed on to the reload schedule.

import { api, ApiError } from './api.js';
import { $, h, sleep } from './dom.js';
import { formatMoney, formatShort } from './format.js';
import { noteChange, scheduleRefresh } from './refresh.js';
import { nameOf, state } from './state.js';

const EVENTS_SHOWN = 100;

function renderEvent(event) {
  if (state.eventIds.has(event.id)) return;
  state.eventIds.add(event.id);
  // A thin event (v2) names its object and tells its time in RFC 3339; a v1 event carries
  // its object and a Unix time.
  const object = event.data?.object ?? event.related_object ?? {};
  const created = typeof event.created === 'string' ? Math.floor(Date.parse(event.created) / 1000) : event.created;
  const who = event.account ? nameOf(event.account) : 'Platform';
  const detail = [who, object.id];
  if (typeof object.amount === 'number' && object.currency) detail.push(formatMoney(object.amount, object.currency));
  const delivery = h('span', { class: 'delivery', 'data-testid': 'event-delivery', hidden: true });
  const row = h('li', { class: 'event new', 'data-testid': 'event', 'data-event-id': event.id, 'data-type': event.type },
    h('span', { class: 'type' }, event.type),
    h('time', { class: 'when' }, formatShort(created)),
    h('span', { class: 'detail' }, detail.filter(Boolean).join(' · ')),
    delivery);
  const known = state.deliveries.get(event.id);
  if (known) showDelivery(delivery, known);
  const list = $('events');
  list.prepend(row);
  while (list.children.length > EVENTS_SHOWN) {
    state.eventIds.delete(list.lastElementChild.dataset.eventId);
    state.deliveries.delete(list.lastElementChild.dataset.eventId);
    list.lastElementChild.remove();
  }
}

export function clearEvents() {
  state.eventIds.clear();
  state.deliveries.clear();
  $('events').replaceChildren();
}

/** Whether the world delivers its events anywhere, or did: only then is there a status. */
function hasWebhooks() {
  const webhooks = state.overview?.webhooks;
  return Boolean(webhooks && (webhooks.endpoints > 0 || webhooks.delivering));
}

/** The webhook deliveries of the events listed, from /_sim/event_deliveries. */
export async function loadDeliveries() {
  const generation = state.generation;
  const ids = [...state.eventIds];
  if (!ids.length || (!hasWebhooks() && !state.deliveries.size)) return;
  let found;
  try {
    found = await api('GET', '/_sim/event_deliveries', { params: { events: ids } });
  } catch (error) {
    // An event listed is gone (the world was reset under us): the feed's `reset` follows.
    if (error instanceof ApiError && error.error?.param === 'events') return;
    throw error;
  }
  if (generation !== state.generation) return;
  for (const delivery of found.data) {
    state.deliveries.set(delivery.event, delivery);
    const row = document.querySelector(`[data-testid="event"][data-event-id="${delivery.event}"]`);
    if (row) showDelivery($('event-delivery', row), delivery);
  }
}

/** One event's delivery status, in words: delivered, pending (and when it is tried next), or failed. */
function showDelivery(el, delivery) {
  const last = delivery.last_attempt;
  const answer = last ? (last.status ? `answered ${last.status}` : (last.error ?? 'no answer')) : null;
  let text;
  switch (delivery.status) {
    case 'succeeded':
      text = 'Webhook delivered';
      break;
    case 'pending':
      if (delivery.attempting) text = 'Webhook sending…';
      else if (!delivery.attempts) text = 'Webhook waiting to be sent';
      else {
        const tries = delivery.attempts === 1 ? '1 attempt' : `${delivery.attempts} attempts`;
        text = `Webhook pending: ${tries} failed (${answer}); next ${formatShort(delivery.next_attempt)}`;
      }
      break;
    case 'failed':
      text = `Webhook failed${answer ? ` (${answer})` : ''}: no more retries`;
      break;
    default:
      el.hidden = true;
      return;
  }
  el.textContent = text;
  el.dataset.status = delivery.status;
  el.className = `delivery ${delivery.status}`;
  el.hidden = false;
}

export function setLive(live, text) {
  const status = $('stream-status');
  status.dataset.live = live ? 'yes' : 'no';
  status.classList.toggle('on', live);
  status.textContent = text ?? (live ? 'Live' : 'Reconnecting…');
}

/** Reads /_sim/stream until the key changes, reconnecting after a dropped connection. */
export async function runStream(generation) {
  while (generation === state.generation) {
    const control = new AbortController();
    state.stream = control;
    try {
      const response = await fetch('/_sim/stream', {
        headers: { Authorization: `Bearer ${state.key}` },
        signal: control.signal,
        cache: 'no-store',
        credentials: 'omit',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      setLive(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          onMessage(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted (the key changed) or the connection dropped: reconnect below unless aborted.
    }
    if (control.signal.aborted || generation !== state.generation) return;
    setLive(false);
    await sleep(1000);
  }
}

function onMessage(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) name = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (!data.length) return; // a keep-alive comment
  let payload;
  try {
    payload = JSON.parse(data.join('\n'));
  } catch {
    return;
  }
  switch (name) {
    case 'reset':
      // An account shown may have gone with the reset: show the whole world again.
      state.focus = null;
      state.pageStarts = [''];
      clearEvents();
      scheduleRefresh();
      break;
    case 'hello':
      clearEvents();
      scheduleRefresh();
      break;
    case 'stripe_event':
      renderEvent(payload);
      break;
    case 'skipped':
      $('events').prepend(h('li', { class: 'event muted' }, `${payload.count.toLocaleString('en-US')} more events came too fast to list one by one.`));
      break;
    case 'changed':
      noteChange();
      scheduleRefresh();
      break;
    default:
      break;
  }
}
