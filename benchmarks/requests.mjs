// Signature requests fulfilled per block by the custodian's off-chain worker,
// with the key in a SoftHSM2 token, and in the node's local keystore under a
// raw hex seed and under a derivation path (which sc-keystore re-derives with
// PBKDF2 on every signature, so each worker run takes longer than a block), in
// one run.
//
//   node benchmarks/requests.mjs              (N=256 requests per signer)
//   KEYREG_BENCH_N=512 node benchmarks/requests.mjs
//   KEYREG_BENCH_NODE_ARGS='-ltxpool=debug' KEYREG_E2E_VERBOSE=1 node benchmarks/requests.mjs
//
// For each signer a dev node starts (default flags, empty blocks every
// second), a key of that signer is registered, and N requests are
// presigned by Alice and submitted at once. The runtime accepts at most
// MaxRequestsPerBlock (256) requests per block and a worker run signs at most
// that many. The script follows every block until all N are fulfilled and
// reports, per block, how many requests were made and how many fulfilled, and
// the time from the first submission to the last fulfilment. Each fulfilment
// is checked: the signature verifies over its envelope in JavaScript.
import { strict as assert } from 'node:assert';
import { Keyring, nodeBinary, startDevNode, connect } from '../tests/lib/node.mjs';
import { createToken } from '../tests/lib/softhsm.mjs';
import {
  accountActor, ed25519Verify, field, heldKey, insertKeystoreKey, possessionPayload, provisionCustodian,
  randomAsU8a, requestEnvelope, sendOk, u8aToHex,
} from '../tests/lib/registry.mjs';

// One domain may make 64 requests per block (MaxRequestsPerDomainPerBlock), so the default
// is one domain's share; more than that may spill into failed requests.
const N = Number(process.env.KEYREG_BENCH_N || 64);
const DOMAIN = 0; // `demo` in the development preset: Alice administers it.

/** Runs one signer's measurement; `setup.before()` returns { flags, env, key (a heldKey), afterStart }. */
async function measure(label, setup) {
  const signer = await setup.before();
  // KEYREG_BENCH_NODE_ARGS adds node flags, e.g. log targets for a diagnosis.
  const extra = (process.env.KEYREG_BENCH_NODE_ARGS || '').split(' ').filter(Boolean);
  const node = await startDevNode([...signer.flags, '--dev-block-time', '1000', ...extra], signer.env);
  const api = await connect(node.url);
  try {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const genesis = api.genesisHash.toU8a();
    await sendOk(api, alice, api.tx.keyRegistry.grantRole(DOMAIN, alice.address, 'Operator'));
    await signer.afterStart?.(api);
    // The node's custodian key, which the key names and which co-signs every fulfilment.
    const custodian = await provisionCustodian(api);
    const name = `bench-${label}`;
    const proof = signer.key.sign(possessionPayload({
      genesis, domain: DOMAIN, name, version: 0, submitter: accountActor(alice.publicKey), key: signer.key,
    }));
    const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
      DOMAIN, name, 'Signing', { Hsm: { attestation: null } }, custodian.public, null, '0x', signer.key.public, proof,
    ));
    const key = field(registered.event, 'key').toNumber();

    // Presign N requests with consecutive nonces.
    let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const payloads = [];
    const signed = [];
    for (let i = 0; i < N; i++) {
      const payload = randomAsU8a(32);
      payloads.push(payload);
      signed.push(await api.tx.keyRegistry.requestSignature(DOMAIN, key, u8aToHex(payload))
        .signAsync(alice, { nonce: nonce++, era: 0 }));
    }

    const perBlock = [];
    const requested = new Map(); // request id → payload
    let fulfilled = 0;
    let verified = 0;
    let expired = 0;
    let lastFulfilment = 0;
    let resolveDone;
    const done = new Promise((r) => { resolveDone = r; });
    // Blocks are processed one after the other, in the order they arrive.
    let queue = Promise.resolve();
    const onBlock = async (header) => {
      const events = await (await api.at(header.hash)).query.system.events();
      let made = 0;
      let filled = 0;
      let gone = 0;
      for (const { event } of events) {
        if (event.section !== 'keyRegistry' || field(event, 'domain').toNumber() !== DOMAIN) continue;
        if (event.method === 'SignatureRequested') {
          made++;
          requested.set(field(event, 'request').toBigInt(), field(event, 'payload').toU8a(true));
        } else if (event.method === 'SignatureRequestExpired') {
          expired++;
          gone++;
        } else if (event.method === 'SignatureFulfilled') {
          filled++;
          const request = field(event, 'request').toBigInt();
          const envelope = requestEnvelope({
            genesis, domain: DOMAIN, key, version: 0, request, payload: requested.get(request),
          });
          if (ed25519Verify(envelope, field(event, 'signature').asEd25519.toU8a(), signer.key.publicBytes)) verified++;
        }
      }
      if (made || filled || gone) perBlock.push({ block: header.number.toNumber(), made, filled, expired: gone });
      fulfilled += filled;
      if (filled) lastFulfilment = Date.now();
      if (fulfilled + expired >= N) resolveDone();
    };
    const unsubscribe = await api.rpc.chain.subscribeNewHeads((header) => {
      queue = queue.then(() => onBlock(header));
    });
    const started = Date.now();
    await Promise.all(signed.map((tx) => api.rpc.author.submitExtrinsic(tx)));
    const timeout = setTimeout(() => resolveDone(), 120_000);
    await done;
    clearTimeout(timeout);
    unsubscribe();

    const seconds = (lastFulfilment - started) / 1000;
    const busiest = Math.max(...perBlock.map((b) => b.filled));
    console.log(`\n${label}: ${N} requests, ${fulfilled} fulfilled (${verified} verified), ${expired} expired, in ${seconds.toFixed(2)} s`);
    console.log('  block  requested  fulfilled  expired');
    for (const b of perBlock) {
      console.log(`  ${String(b.block).padStart(5)}  ${String(b.made).padStart(9)}  ${String(b.filled).padStart(9)}  ${String(b.expired).padStart(7)}`);
    }
    assert.equal(expired, 0, `${label}: ${expired} of ${N} requests expired unfulfilled`);
    assert.equal(fulfilled, N, `${label}: all ${N} requests fulfilled`);
    assert.equal(verified, N, `${label}: every signature verifies`);
    console.log(`  most fulfilled in one block: ${busiest}; ${(N / seconds).toFixed(1)} fulfilments/s`);
    return { label, seconds, busiest };
  } finally {
    await api.disconnect();
    await node.stop();
    await setup.after?.();
  }
}

const token = createToken({ label: 'keyreg-bench' });
const hsm = {
  async before() {
    return { flags: token.flags(), env: token.env, key: token.ed25519Key(nodeBinary()) };
  },
  after: () => token.remove(),
};
/** A key in the node's local keystore, put there over RPC under `suri`. */
const localKey = (suri) => ({
  async before() {
    const pair = new Keyring({ type: 'ed25519' }).addFromUri(suri);
    return {
      flags: [],
      env: {},
      key: heldKey('Ed25519', pair.publicKey, (message) => pair.sign(message)),
      afterStart: (api) => insertKeystoreKey(api, 'kreg', suri, pair.publicKey),
    };
  },
});
const hexSeed = `0x${Buffer.from(randomAsU8a(32)).toString('hex')}`;

const results = [
  await measure('SoftHSM2 token', hsm),
  await measure('local, hex seed', localKey(hexSeed)),
  await measure('local, //path', localKey(`//bench-${Date.now()}`)),
];
console.log('\nsummary');
for (const r of results) console.log(`  ${r.label.padEnd(16)} ${N} fulfilled in ${r.seconds.toFixed(2)} s, at most ${r.busiest} in one block`);
process.exit(0);
