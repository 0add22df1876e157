// An example suite with node's own test runner and the official `stripe` package:
//   npm install --save-dev debitsim stripe && node --test
// One server for the file; a fresh world (a new sk_test_ key) for each test, so no test sees
// another's objects and nothing needs cleaning up.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDebitsim } from 'debitsim';

const EXPRESS = 'acct_1SimExpressUS001'; // a connected account of the built-in fixtures

let sim;
before(async () => {
  sim = await startDebitsim({ startTime: 1795186800 }); // every world's clock pinned
});
after(() => sim.stop());

const usd = (balance, bucket) =>
  balance[bucket].filter((e) => e.currency === 'usd').reduce((sum, e) => sum + e.amount, 0);

test('a debit by charge takes money from the connected account', async () => {
  const world = sim.world();
  const stripe = world.stripe();
  const before = await stripe.balance.retrieve({}, { stripeAccount: EXPRESS });

  const payment = await stripe.charges.create({ amount: 1500, currency: 'usd', source: EXPRESS });

  assert.match(payment.id, /^py_/);
  const after = await stripe.balance.retrieve({}, { stripeAccount: EXPRESS });
  assert.equal(usd(after, 'available'), usd(before, 'available') - 1500);
  assert.equal((await world.audit()).ok, true);
});

test('worlds share nothing', async () => {
  const payment = await sim.world().stripe().charges.create({ amount: 900, currency: 'usd', source: EXPRESS });
  const stranger = sim.world().stripe();
  await assert.rejects(stranger.charges.retrieve(payment.id), { statusCode: 404 });
});

test('the clock makes pending funds available', async () => {
  const world = sim.world();
  const stripe = world.stripe();
  assert.ok(usd(await stripe.balance.retrieve({}, { stripeAccount: EXPRESS }), 'pending') > 0);

  const clock = await world.advance({ days: 7 });

  assert.equal(clock.now, 1795186800 + 7 * 86400);
  assert.equal(usd(await stripe.balance.retrieve({}, { stripeAccount: EXPRESS }), 'pending'), 0);
});
