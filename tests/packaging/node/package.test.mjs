// The npm packages as installed from their tarballs into a fresh project (tests/packaging/run):
// the platform package's binary and the `npx debitsim` shim, startDebitsim()'s options against
// the binary's own flags, and its failures carrying the server's own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

import { OPTIONS, binaryPath, newKey, startDebitsim } from 'debitsim';

const require = createRequire(import.meta.url);

/** Whether a process runs (signal 0 only asks). */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
const version = require('debitsim/package.json').version;
const PINNED = 1795186800;

test('the binary comes from the platform package, and npx runs it', () => {
  const binary = binaryPath();
  assert.equal(binary, require.resolve('@debitsim/linux-x64/bin/debitsim'));
  assert.equal(execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim(), `debitsim ${version}`);
  const shim = path.join(process.cwd(), 'node_modules', '.bin', 'debitsim');
  assert.equal(execFileSync(shim, ['--version'], { encoding: 'utf8' }).trim(), `debitsim ${version}`);
});

test("the options are the binary's flags", () => {
  const help = execFileSync(binaryPath(), ['serve', '--help'], { encoding: 'utf8' });
  const flags = {};
  for (const line of help.split('\n')) {
    const found = /^\s+(?:-\w, )?--([a-z-]+)( <)?/.exec(line);
    if (found && found[1] !== 'help' && found[1] !== 'version') {
      flags[found[1].replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = found[2] === undefined;
    }
  }
  assert.ok(Object.keys(flags).length > 10, help);
  assert.deepEqual(flags, OPTIONS);
});

test('an unknown option is refused before anything starts', async () => {
  await assert.rejects(startDebitsim({ start_time: PINNED }), {
    name: 'TypeError',
    message: /unknown option 'start_time' \(did you mean 'startTime'\?\)/,
  });
});

test("a port in use rejects with the server's own message", async () => {
  const taken = net.createServer();
  await new Promise((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const { port } = taken.address();
  try {
    await assert.rejects(startDebitsim({ port }), (e) => {
      assert.match(e.message, new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}`));
      assert.match(e.message, /in use/);
      return true;
    });
  } finally {
    taken.close();
  }
});

test("a bad value rejects with the server's own message", async () => {
  await assert.rejects(startDebitsim({ onboarding: 'never' }), /invalid value 'never' for '--onboarding <MODE>'/);
});

test("the caller's DEBITSIM_ variables do not reach the server", async () => {
  process.env.DEBITSIM_ONBOARDING = 'never'; // the binary would refuse it
  try {
    const sim = await startDebitsim({ startTime: PINNED });
    try {
      assert.equal((await sim.world().request('GET', '/_sim/clock')).now, PINNED);
    } finally {
      await sim.stop();
    }
  } finally {
    delete process.env.DEBITSIM_ONBOARDING;
  }
});

test('each key is a world of its own, with its clock and audit', async () => {
  const sim = await startDebitsim({ startTime: PINNED });
  try {
    assert.match(sim.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const one = sim.newKey();
    const two = newKey();
    assert.notEqual(one, two);
    assert.equal((await sim.advance(one, { days: 1 })).now, PINNED + 86400);
    assert.equal((await sim.request('GET', '/_sim/clock', two)).now, PINNED);
    assert.equal((await sim.audit(one)).ok, true);
    await assert.rejects(sim.advance(one, { days: -1 }), { name: 'DebitsimError', status: 400 });
    await assert.rejects(sim.advance(undefined, { days: 1 }), TypeError);
  } finally {
    await sim.stop();
  }
  await sim.stop(); // idempotent
  assert.equal(alive(sim.pid), false);
});

test('forwarding gives the webhook secret', async () => {
  const sim = await startDebitsim({ forwardTo: 'localhost:9/hook' });
  try {
    assert.match(sim.webhookSecret, /^whsec_/);
  } finally {
    await sim.stop();
  }
});

test('stopping the npx shim stops the server', async () => {
  const shim = path.join(process.cwd(), 'node_modules', '.bin', 'debitsim');
  const child = spawn(shim, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /listening on (\S+)/.exec(out);
      if (found) resolve(found[1]);
    });
    child.once('exit', () => reject(new Error(`the shim stopped first: ${out}`)));
  });
  assert.equal((await fetch(`${url}/_sim/health`)).status, 200);
  // The server is the shim's child (asked by pid: the port may be someone else's by the end).
  const server = Number(execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).trim());
  assert.ok(alive(server), `no server under the shim (${server})`);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGTERM');
  const { code, signal } = await exited;
  assert.ok(code === 0 || signal === 'SIGTERM', `exit ${code} ${signal}`);
  assert.equal(alive(server), false, 'the server outlived the shim');
});
