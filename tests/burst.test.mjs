// A dev node started as a new user starts it (`keyreg-node --dev`, the SDK's
// default fork-aware transaction pool, no pool flag) includes every
// transaction of a large burst: 2,000 remarks from four accounts submitted at
// once, each account's nonces in sequence.
import { test, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { Keyring } from '@polkadot/api';
import { startDevNode, connect } from './lib/node.mjs';

const ACCOUNTS = ['//Alice', '//Bob', '//Charlie', '//Dave'];
const PER_ACCOUNT = 500;

let node;
after(() => node?.stop());

test('a burst of 2,000 transactions is included in full on a dev node with default flags', async () => {
  node = await startDevNode();
  assert.ok(!node.args.includes('--pool-type'), 'the node runs with its default pool');
  const api = await connect(node.url);
  try {
    const keyring = new Keyring({ type: 'sr25519' });
    const senders = ACCOUNTS.map((uri) => keyring.addFromUri(uri));
    const start = await Promise.all(senders.map(async (s) => (await api.rpc.system.accountNextIndex(s.address)).toNumber()));
    // Signed beforehand, so that the submissions arrive as one burst.
    const signed = [];
    for (let i = 0; i < PER_ACCOUNT; i++) {
      for (const [s, sender] of senders.entries()) {
        signed.push(await api.tx.system.remark(`burst ${i}`).signAsync(sender, { nonce: start[s] + i, era: 0 }));
      }
    }
    const submitted = Date.now();
    const results = await Promise.allSettled(signed.map((tx) => api.rpc.author.submitExtrinsic(tx)));
    const refused = results.filter((r) => r.status === 'rejected');
    assert.equal(refused.length, 0, `the pool took every transaction (first refusal: ${refused[0]?.reason})`);

    // Every account's nonce reaches its last transaction: all were included.
    let nonces = [];
    for (let waited = 0; waited < 120_000; waited += 500) {
      nonces = await Promise.all(senders.map(async (s) => (await api.query.system.account(s.address)).nonce.toNumber()));
      if (nonces.every((n, s) => n === start[s] + PER_ACCOUNT)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const included = nonces.reduce((sum, n, s) => sum + n - start[s], 0);
    assert.equal(included, ACCOUNTS.length * PER_ACCOUNT,
      `all ${ACCOUNTS.length * PER_ACCOUNT} included (per account: ${nonces.map((n, s) => n - start[s]).join(', ')}); `
      + `node log:\n${node.lines.slice(-20).join('\n')}`);
    const pending = await api.rpc.author.pendingExtrinsics();
    assert.equal(pending.length, 0, 'nothing is left in the pool');
    console.log(`# ${included} transactions included in ${((Date.now() - submitted) / 1000).toFixed(1)} s`);
  } finally {
    await api.disconnect();
  }
});
