// An example with Vitest (TypeScript):
//   npm install --save-dev debitsim vitest && npx vitest run
// A server for the file in beforeAll, a fresh world per test in beforeEach.
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { startDebitsim, type Debitsim, type World } from 'debitsim';

const EXPRESS = 'acct_1SimExpressUS001';

let sim: Debitsim;
let world: World;
beforeAll(async () => {
  sim = await startDebitsim({ startTime: 1795186800 });
});
afterAll(() => sim.stop());
beforeEach(() => {
  world = sim.world(); // a fresh sk_test_ key
});

test('a debit by transfer, acting as the connected account', async () => {
  const transfer = await world.request(
    'POST',
    '/v1/transfers',
    { amount: 1500, currency: 'usd', destination: 'acct_1SimPlatform00US' },
    EXPRESS,
  );
  expect(transfer.id).toMatch(/^tr_/);
  expect((await world.audit()).ok).toBe(true);
});

test('starts from the fixtures', async () => {
  const transfers = await world.request('GET', '/v1/transfers', undefined, EXPRESS);
  expect(transfers.data).toEqual([]);
});
