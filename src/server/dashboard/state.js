// What the dashboard knows of the world it shows, shared by every module: the key, what the
// last load brought, what the user chose to look at. Changed by the modules that load and
// that act; read by the ones that render.

export const state = {
  key: null,
  /** Bumped on every change of key: answers about an earlier world are dropped. */
  generation: 0,
  overview: null,
  /** The page of accounts shown, and its place among the pages. */
  accounts: { data: [], has_more: false, total_count: 0, pageIndex: 0 },
  /** The `starting_after` cursor of each page before the current one ('' for the first). */
  pageStarts: [''],
  /** Every account summary seen, by id, so selections survive paging. */
  known: new Map(),
  /** The account whose money moving and balance history are shown; null for the whole world. */
  focus: null,
  chartCurrency: null,
  movements: { data: [], has_more: false },
  eventIds: new Set(),
  /** What /_sim/event_deliveries last said of each event listed, by id. */
  deliveries: new Map(),
  /** The live feed's AbortController, while it runs. */
  stream: null,
  /** The guided demo's seller, outlined in the accounts table while the demo runs. */
  demoSeller: null,
};

export function readOnly() {
  return state.key?.startsWith('rk_') ?? false;
}

export function isPlatform(id) {
  return id != null && id === state.overview?.platform.id;
}

export function nameOf(id) {
  if (isPlatform(id)) return state.overview.platform.name;
  return state.known.get(id)?.name ?? id;
}

/** The default currency of an account (the platform's for the platform). */
export function currencyOf(id) {
  if (!id || isPlatform(id)) return state.overview?.platform.default_currency ?? 'usd';
  return state.known.get(id)?.default_currency ?? state.overview?.platform.default_currency ?? 'usd';
}
