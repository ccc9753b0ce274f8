// Sustained key operations per second against balance transfers per second,
// on one dev node, in one run, all submitted from polkadot.js.
//
//   node benchmarks/throughput.mjs            (N=400 per operation)
//   KEYREG_BENCH_N=1000 node benchmarks/throughput.mjs
//
// Every transaction is signed before its phase starts, then all of a phase's
// transactions are submitted at once (author_submitExtrinsic) and the phase
// ends when the block holding the last of them is imported. A phase's rate is
// N / (that moment - first submission). Each phase checks that all N calls
// succeeded, from the events of the blocks it produced.
import { strict as assert } from 'node:assert';
import { Keyring, startDevNode, connect } from '../tests/lib/node.mjs';
import {
  accountActor, ed25519Key, field, possessionPayload, rotationPayload,
} from '../tests/lib/registry.mjs';

const N = Number(process.env.KEYREG_BENCH_N || 400);
const DOMAIN = 0; // the development preset's `demo` domain: Alice is its KeyManager

const node = await startDevNode();
const api = await connect(node.url);
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');
const genesis = api.genesisHash;

/** Signs `calls` from Alice with consecutive nonces, immortal. */
async function presign(calls) {
  let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  const signed = [];
  for (const call of calls) signed.push(await call.signAsync(alice, { nonce: nonce++, era: 0 }));
  return { signed, lastNonce: nonce - 1 };
}

/** Submits all, waits for the block with Alice's last nonce, counts `section.method` events. */
async function runPhase(name, calls, section, method) {
  const { signed, lastNonce } = await presign(calls);
  const blocks = [];
  let resolveDone;
  const done = new Promise((r) => { resolveDone = r; });
  const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
    blocks.push(header.hash.toHex());
    const nonce = (await (await api.at(header.hash)).query.system.account(alice.address)).nonce.toNumber();
    if (nonce > lastNonce) resolveDone(Date.now());
  });
  const started = Date.now();
  await Promise.all(signed.map((tx) => api.rpc.author.submitExtrinsic(tx)));
  const ended = await done;
  unsubscribe();

  let succeeded = 0;
  let failed = 0;
  let included = 0;
  for (const hash of blocks) {
    const events = await (await api.at(hash)).query.system.events();
    for (const { event } of events) {
      if (event.section === section && event.method === method) succeeded++;
      if (event.section === 'system' && event.method === 'ExtrinsicFailed') failed++;
    }
    included += (await api.rpc.chain.getBlock(hash)).block.extrinsics.length;
  }
  assert.equal(failed, 0, `${name}: ${failed} calls failed`);
  assert.equal(succeeded, calls.length, `${name}: ${succeeded}/${calls.length} ${section}.${method} events`);
  const seconds = (ended - started) / 1000;
  const result = { name, n: calls.length, seconds, perSecond: calls.length / seconds, blocks: blocks.length, included };
  console.log(`${name.padEnd(10)} ${String(result.n).padStart(5)} in ${seconds.toFixed(2).padStart(6)} s = ${result.perSecond.toFixed(1).padStart(7)}/s over ${blocks.length} blocks`);
  return result;
}

async function bestNumber() {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

try {
  console.log(`keyreg throughput: N=${N} per operation, dev node ${node.url}`);

  const transfers = await runPhase(
    'transfer',
    Array.from({ length: N }, () => api.tx.balances.transferKeepAlive(bob.address, 1_000_000_000n)),
    'balances', 'Transfer',
  );

  const run = Date.now().toString(36);
  const keys = Array.from({ length: N }, (_, i) => ({ name: `bench-${run}-${i}`, v0: ed25519Key(), v1: ed25519Key() }));
  const submitter = accountActor(alice.publicKey);
  const register = await runPhase('register', keys.map((k) => api.tx.keyRegistry.registerKey(
    DOMAIN, k.name, 'Signing', 'Software', null, null, '', k.v0.public,
    k.v0.sign(possessionPayload({ genesis, domain: DOMAIN, name: k.name, version: 0, submitter, key: k.v0 })),
  )), 'keyRegistry', 'KeyRegistered');

  for (const k of keys) {
    k.id = (await api.call.keyRegistryApi.keyIdByName(DOMAIN, k.name)).unwrap().toNumber();
  }
  const rotate = await runPhase('rotate', keys.map((k) => api.tx.keyRegistry.rotateKey(
    DOMAIN, k.id, k.v1.public,
    k.v1.sign(possessionPayload({ genesis, domain: DOMAIN, name: k.name, version: 1, submitter, key: k.v1 })),
    k.v0.sign(rotationPayload({ genesis, domain: DOMAIN, name: k.name, from: 0, to: 1, key: k.v1 })),
  )), 'keyRegistry', 'KeyRotated');

  const effectiveFrom = await bestNumber();
  const revoke = await runPhase('revoke', keys.map((k) => api.tx.keyRegistry.revokeKey(
    DOMAIN, k.id, 'Ceased', effectiveFrom,
  )), 'keyRegistry', 'KeyRevoked');

  const keyOps = register.n + rotate.n + revoke.n;
  const keySeconds = register.seconds + rotate.seconds + revoke.seconds;
  const keyRate = keyOps / keySeconds;
  console.log(`key operations (register + rotate + revoke): ${keyRate.toFixed(1)}/s`);
  console.log(`balance transfers:                           ${transfers.perSecond.toFixed(1)}/s`);
  console.log(`ratio key ops / transfers:                   ${(keyRate / transfers.perSecond).toFixed(3)}`);
} finally {
  await api.disconnect();
  await node.stop();
}
