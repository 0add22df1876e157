// debitsim for Node: finds the binary of this platform's package (@debitsim/<os>-<cpu>, an
// optional dependency npm installs on that platform only; nothing is downloaded at install),
// and startDebitsim(), which runs it on a free port for a test suite. Each test takes a fresh
// world with newKey(): every sk_test_ key is a world of its own, made on first use.
'use strict';

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');

// The platform packages, by `${process.platform} ${process.arch}`.
const PLATFORMS = {
  'linux x64': '@debitsim/linux-x64',
  'linux arm64': '@debitsim/linux-arm64',
  'darwin x64': '@debitsim/darwin-x64',
  'darwin arm64': '@debitsim/darwin-arm64',
  'win32 x64': '@debitsim/win32-x64',
};

// Every flag of `debitsim serve`, by its option name (the flag in camelCase); true marks a
// flag that takes no value. The package's tests compare this list with the binary's --help.
const OPTIONS = {
  host: false,
  port: false,
  fixtures: false,
  log: true,
  state: false,
  snapshotEvery: false,
  startTime: false,
  rateLimit: false,
  forwardTo: false,
  forwardConnectTo: false,
  webhookSecret: false,
  webhookConcurrency: false,
  webhookTimeout: false,
  webhookCa: false,
  webhookAllowHost: false,
  onboarding: false,
};

// Options of this side only: which binary, and how long it may take to say it listens (a
// large --state directory is replayed first).
const OWN_OPTIONS = ['binary', 'startupTimeout'];

const READY = 'listening on ';
const SECRET = "Ready! Your webhook signing secret is '";

/** The path of the debitsim binary: $DEBITSIM_BIN if set, else this platform's package's. */
function binaryPath() {
  if (process.env.DEBITSIM_BIN) return process.env.DEBITSIM_BIN;
  const platform = `${process.platform} ${process.arch}`;
  const pkg = PLATFORMS[platform];
  if (!pkg) {
    throw new Error(
      `debitsim has no binary for ${process.platform}-${process.arch} (it ships for ` +
        `${Object.keys(PLATFORMS).join(', ')}); build one with 'cargo install debitsim' and set DEBITSIM_BIN to it`,
    );
  }
  const file = process.platform === 'win32' ? 'debitsim.exe' : 'debitsim';
  let found;
  try {
    found = require.resolve(`${pkg}/bin/${file}`);
  } catch {
    throw new Error(
      `${pkg} is not installed: it holds debitsim's binary for this platform and is an optional ` +
        `dependency of debitsim, which npm installs unless optional dependencies were omitted ` +
        `(--omit=optional, --no-optional) or the lockfile was made on another platform; ` +
        `run 'npm install ${pkg}' or set DEBITSIM_BIN`,
    );
  }
  // Some extractors drop the executable bit; put it back rather than fail with EACCES.
  if (process.platform !== 'win32') {
    try {
      fs.accessSync(found, fs.constants.X_OK);
    } catch {
      fs.chmodSync(found, 0o755);
    }
  }
  return found;
}

function kebab(name) {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function checkOptions(options) {
  const known = [...Object.keys(OPTIONS), ...OWN_OPTIONS];
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) {
      const close = known.find((k) => k.toLowerCase() === name.toLowerCase().replace(/[-_]/g, ''));
      const hint = close ? ` (did you mean '${close}'?)` : '';
      throw new TypeError(
        `startDebitsim() got an unknown option '${name}'${hint}. The options are: ${known.join(', ')}`,
      );
    }
  }
}

function flags(options) {
  const out = [];
  for (const [name, takesNoValue] of Object.entries(OPTIONS)) {
    const value = options[name];
    if (value === undefined || value === null || (takesNoValue && value === false)) continue;
    if (takesNoValue) out.push(`--${kebab(name)}`);
    // A repeatable flag (webhookAllowHost) takes a list: the flag once per element.
    else for (const one of Array.isArray(value) ? value : [value]) out.push(`--${kebab(name)}`, String(one));
  }
  return out;
}

/** A fresh secret key, `sk_test_` and 24 random hex digits: a world nobody has used. */
function newKey() {
  return `sk_test_${crypto.randomBytes(12).toString('hex')}`;
}

/** The error a control call answered with: `status` and Stripe's `error` object. */
class DebitsimError extends Error {
  constructor(status, error) {
    super(`${status}: ${error && error.message ? error.message : JSON.stringify(error)}`);
    this.name = 'DebitsimError';
    this.status = status;
    this.error = error;
  }
}

/**
 * Starts debitsim on a free loopback port (unless `port` says otherwise) and resolves once it
 * listens. Rejects with the server's own message if it stops first (a port in use, a bad
 * value) and with a TypeError for an option it does not have. The process gets no DEBITSIM_*
 * variable from this environment: it runs with exactly these options.
 */
function startDebitsim(options = {}) {
  return new Promise((resolve, reject) => {
    try {
      checkOptions(options);
    } catch (e) {
      reject(e);
      return;
    }
    let binary;
    try {
      binary = options.binary || binaryPath();
    } catch (e) {
      reject(e);
      return;
    }
    const args = ['serve', ...flags({ port: 0, ...options })];
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DEBITSIM_')));
    const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    let url = null;
    let webhookSecret = options.webhookSecret || null;
    let settled = false;
    const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
    // A server left running by a test that forgot stop() must not outlive this process.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    exited.then(() => process.removeListener('exit', killOnExit));
    const timeout = options.startupTimeout ?? 30000;
    const said = () => (stderr.trim() ? `: ${stderr.trim()}` : '');
    const timer = setTimeout(() => {
      fail(new Error(`debitsim did not say it was listening within ${timeout} ms${said()}`));
      child.kill('SIGKILL');
    }, timeout);
    function fail(error) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    }
    child.once('error', (e) => fail(new Error(`cannot run ${binary}: ${e.message}`)));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      // Always drained, so a server logging every request never blocks on a full pipe;
      // shown when the log was asked for, kept (the last 64 KiB) for a failure's message.
      if (options.log) process.stderr.write(chunk);
      stderr = (stderr + chunk).slice(-65536);
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      let newline;
      while ((newline = stdout.indexOf('\n')) >= 0) {
        const line = stdout.slice(0, newline);
        stdout = stdout.slice(newline + 1);
        if (line.startsWith(READY) && url === null) url = line.slice(READY.length).trim();
        if (line.startsWith(SECRET)) webhookSecret = line.slice(SECRET.length).replace(/'$/, '');
        // When forwarding, the secret's line follows the address's: wait for both.
        const ready = url !== null && (!options.forwardTo || line.startsWith(SECRET));
        if (ready && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve(running(child, exited, url, webhookSecret));
        }
      }
    });
    child.once('exit', (code, signal) => {
      // stderr may still hold unread bytes: let them arrive before saying what it said.
      setImmediate(() =>
        fail(new Error(`debitsim stopped with ${signal ? `signal ${signal}` : `exit status ${code}`}${said()}`)),
      );
    });
  });
}

function running(child, exited, url, webhookSecret) {
  async function request(method, path, key, params, account) {
    if (!key) throw new TypeError(`${method} ${path} needs the world's key`);
    const headers = { Authorization: `Bearer ${key}` };
    if (account) headers['Stripe-Account'] = account;
    let body;
    if (params) {
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) form.append(k, String(v));
      body = form.toString();
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    const response = await fetch(url + path, { method, headers, body });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = { error: { message: text } };
    }
    if (!response.ok) throw new DebitsimError(response.status, json.error || json);
    return json;
  }
  const advance = (key, { seconds, days, to, next } = {}) =>
    request('POST', '/_sim/clock/advance', key, { seconds, days, to, next });
  const audit = (key) => request('GET', '/_sim/audit', key);
  let stopping = null;
  const server = {
    url,
    port: Number(new URL(url).port),
    pid: child.pid,
    webhookSecret,
    newKey,
    request,
    advance,
    audit,
    world(key = newKey()) {
      return {
        apiKey: key,
        restrictedKey: `rk_${key.slice(3)}`,
        url,
        request: (method, path, params, account) => request(method, path, key, params, account),
        advance: (by) => advance(key, by),
        audit: () => audit(key),
        reset: () => request('POST', '/_sim/reset', key),
        stripe(config = {}) {
          // The user's own `stripe` package, pointed at this world.
          const Stripe = require('stripe');
          const { hostname, port } = new URL(url);
          return new Stripe(key, { host: hostname, port: Number(port), protocol: 'http', ...config });
        },
      };
    },
    /** Stops gracefully (SIGTERM: with `state` it writes its last snapshot); SIGKILL after 15 s. */
    stop() {
      if (!stopping) {
        stopping = (async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
          await exited;
          clearTimeout(timer);
        })();
      }
      return stopping;
    },
  };
  return server;
}

exports.startDebitsim = startDebitsim;
exports.binaryPath = binaryPath;
exports.newKey = newKey;
exports.DebitsimError = DebitsimError;
exports.OPTIONS = OPTIONS;
