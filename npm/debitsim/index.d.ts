// Types of the debitsim package (index.js): startDebitsim() and what it resolves to.

/** The flags of `debitsim serve`, in camelCase; see `debitsim serve --help`. */
export interface DebitsimOptions {
  /** The address to listen on; 127.0.0.1 by default. */
  host?: string;
  /** The port; 0 (the default here) picks a free one. */
  port?: number;
  /** A fixture file (JSON) every new world is built from. */
  fixtures?: string;
  /** Log one line per request to stderr (keys masked); shown on this process's stderr. */
  log?: boolean;
  /** Keep every world in this directory across restarts. */
  state?: string;
  snapshotEvery?: number;
  /** Start every world's clock at this Unix time, standing still until advanced. */
  startTime?: number;
  rateLimit?: number;
  /** Deliver every world's events, signed, to this URL (`localhost:4242/webhook`). */
  forwardTo?: string;
  forwardConnectTo?: string;
  /** The `whsec_` secret --forward-to signs with. */
  webhookSecret?: string;
  webhookConcurrency?: number;
  webhookTimeout?: number;
  /** A PEM file of certificates to trust for https:// receivers with their own certificate. */
  webhookCa?: string;
  /** Hosts besides loopback that webhooks may be delivered to (the flag once per host). */
  webhookAllowHost?: string | string[];
  onboarding?: 'instant' | 'required';
  /** The binary to run; default: this platform's package's, or $DEBITSIM_BIN. */
  binary?: string;
  /** How long to wait for `listening on`, in milliseconds (default 30000). */
  startupTimeout?: number;
}

/** How to move a world's clock (POST /_sim/clock/advance). */
export interface Advance {
  seconds?: number;
  days?: number;
  /** A Unix time, not before now. */
  to?: number;
  next?: 'payout_run' | 'payout_arrival' | 'funds_available';
}

export interface Clock {
  object: 'simulator.clock';
  now: number;
  offset: number;
  next_payout_run: number;
  events?: unknown[];
  [field: string]: unknown;
}

export interface Audit {
  object: 'simulator.audit';
  ok: boolean;
  problem: string | null;
  [field: string]: unknown;
}

/** One key's world on a running server. */
export interface World {
  apiKey: string;
  /** The read-only rk_test_ key of the same world. */
  restrictedKey: string;
  url: string;
  request(method: string, path: string, params?: Record<string, unknown>, account?: string): Promise<any>;
  advance(by: Advance): Promise<Clock>;
  audit(): Promise<Audit>;
  reset(): Promise<any>;
  /** A client of your own `stripe` package on this world. */
  stripe(config?: Record<string, unknown>): any;
}

export interface Debitsim {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  pid: number;
  /** The secret webhooks are signed with, when forwarding. */
  webhookSecret: string | null;
  /** A fresh `sk_test_` key: a world of its own. */
  newKey(): string;
  /** A world: of a fresh key unless one is given. */
  world(key?: string): World;
  request(method: string, path: string, key: string, params?: Record<string, unknown>, account?: string): Promise<any>;
  advance(key: string, by: Advance): Promise<Clock>;
  audit(key: string): Promise<Audit>;
  /** Stops the server gracefully. */
  stop(): Promise<void>;
}

export declare function startDebitsim(options?: DebitsimOptions): Promise<Debitsim>;
export declare function binaryPath(): string;
export declare function newKey(): string;
export declare class DebitsimError extends Error {
  status: number;
  error: { message?: string; type?: string; param?: string; code?: string; [field: string]: unknown };
}
export declare const OPTIONS: Record<keyof Omit<DebitsimOptions, 'binary' | 'startupTimeout'>, boolean>;
