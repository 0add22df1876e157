// When the dashboard reloads its figures: soon after the live feed says the world changed,
// at most every REFRESH_GAP ms however fast it changes, and less often while it changes
// without pause (a load test), so an open dashboard takes little from the server it watches.
// What a reload does is the page's (main.js hands it over with setLoader); problems reaching
// the server are shown where the live status is.

import { ApiError } from './api.js';
import { $ } from './dom.js';
import { state } from './state.js';

/** Figures reload at most this often (ms) after a change… */
const REFRESH_GAP = 250;
/** …and this often once the world has changed without pause for BUSY_AFTER ms. */
const BUSY_REFRESH_GAP = 1000;
const BUSY_AFTER = 3000;

let load = async () => {};
let refreshing = null;
let refreshAgain = false;
let refreshTimer = null;
let lastRefresh = 0;
let lastChange = 0;
let changingSince = 0;

/** What a reload does: load every figure and draw it. */
export function setLoader(loader) {
  load = loader;
}

/** The live feed said the world changed: note whether it keeps changing. */
export function noteChange() {
  const now = Date.now();
  if (now - lastChange > REFRESH_GAP * 4) changingSince = now;
  lastChange = now;
}

/** The least time between two reloads now. */
export function refreshGap() {
  return lastChange - changingSince > BUSY_AFTER ? BUSY_REFRESH_GAP : REFRESH_GAP;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reloads every figure soon, at most every refreshGap() ms however fast the world changes. */
export function scheduleRefresh() {
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  if (refreshTimer) return;
  const wait = Math.max(0, lastRefresh + refreshGap() - Date.now());
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    refresh().catch(showTrouble);
  }, wait);
}

/** Reloads every figure now; resolves once the page shows the world as it is. */
export function refresh() {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    let again = false;
    do {
      // Asked again while loading: again, but no sooner than the gap allows.
      if (again) await sleep(Math.max(0, lastRefresh + refreshGap() - Date.now()));
      again = true;
      refreshAgain = false;
      lastRefresh = Date.now();
      await load();
    } while (refreshAgain);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** A problem reaching the server, shown where the live status is (null: none any more). */
export function setTrouble(message) {
  const status = $('stream-status');
  if (message) {
    status.textContent = message;
    status.classList.remove('on');
  } else if (state.stream && status.dataset.live === 'yes') {
    status.textContent = 'Live';
    status.classList.add('on');
  }
}

export function showTrouble(error) {
  if (error?.name === 'AbortError') return;
  setTrouble(error instanceof ApiError ? `Could not load: ${error.message}` : 'Could not load the world');
}
