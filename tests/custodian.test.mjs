// Custody bound to a named custodian, end to end on a dev node: a holder of a
// copy of a key's private half cannot fulfil without the custodian's identity
// (the pool refuses its transaction as a bad proof), the named custodian can,
// and a node that finds a key it custodies rotated by someone else raises an
// alert that its RPC serves.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { Keyring } from '@polkadot/api';
import { compactAddLength, u8aConcat, u8aToHex } from '@polkadot/util';
import { ed25519PairFromSeed, ed25519Sign, randomAsU8a } from '@polkadot/util-crypto';
import { startDevNode, connect } from './lib/node.mjs';
import {
  accountActor, custodianFulfilmentPayload, ed25519Key, field, heldKey, insertKeystoreKey, possessionPayload,
  provisionCustodian, requestEnvelope, rotationPayload, sendOk, waitForEvent,
} from './lib/registry.mjs';

const DOMAIN = 0; // `demo`: Alice administers it and manages its keys.

let node;
let api;
let alice;

before(async () => {
  node = await startDevNode(['--dev-block-time', '1000']);
  api = await connect(node.url);
  alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  await sendOk(api, alice, api.tx.keyRegistry.grantRole(DOMAIN, alice.address, 'Operator'));
});

after(async () => {
  await api?.disconnect();
  await node?.stop();
});

/**
 * A general (v5) transaction without an account, as the off-chain worker
 * makes it: preamble `0x45` (version 5, general), extension version 0, the
 * explicit parts of the runtime's extensions (immortal era, nonce 0, tip 0),
 * then the call.
 */
function authorizedTransaction(call) {
  return u8aToHex(compactAddLength(u8aConcat([0x45, 0x00], [0x00, 0x00, 0x00], call.method.toU8a())));
}

/** Submits raw bytes; resolves with the node's error message, or null if accepted. */
async function submitRaw(hex) {
  try {
    await api._rpcCore.provider.send('author_submitExtrinsic', [hex]);
    return null;
  } catch (error) {
    return String(error.message);
  }
}

async function register(name, key, custodian) {
  const proof = key.sign(possessionPayload({
    genesis: api.genesisHash.toU8a(), domain: DOMAIN, name, version: 0, submitter: accountActor(alice.publicKey), key,
  }));
  const { event } = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
    DOMAIN, name, 'Signing', { Hsm: { attestation: null } }, custodian.public, null, '0x', key.public, proof,
  ));
  return field(event, 'key').toNumber();
}

test('a copy of the key without the custodian identity cannot fulfil; the named custodian can', async () => {
  const genesis = api.genesisHash.toU8a();
  // The key's named custodian is an identity this test holds (no node holds
  // it, so no worker races the transactions below).
  const custodian = ed25519Key();
  const key = ed25519Key(); // the "copy": this test holds the private half
  const keyId = await register('copied', key, custodian);
  const payload = new Uint8Array([1, 2, 3]);
  const requested = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(DOMAIN, keyId, u8aToHex(payload)));
  const request = field(requested.event, 'request').toBigInt();
  const signature = key.sign(requestEnvelope({ genesis, domain: DOMAIN, key: keyId, version: 0, request, payload }));
  const signatureEncoded = u8aConcat([0], signature.Ed25519); // SCALE KeySignature::Ed25519
  const fulfil = (coSigner) => authorizedTransaction(api.tx.keyRegistry.fulfilSignature(
    DOMAIN, keyId, request, signature,
    coSigner.sign(custodianFulfilmentPayload({ genesis, domain: DOMAIN, key: keyId, request, signatureEncoded })),
  ));

  // The thief's own identity as co-signer: refused before the pool, nothing lands.
  const refused = await submitRaw(fulfil(ed25519Key()));
  assert.match(refused ?? 'accepted', /bad signature|BadProof/i, `the pool refuses the copy: ${refused}`);
  assert.equal((await api.query.keyRegistry.signatureRequests(DOMAIN, keyId, request)).isSome, true,
    'the request is still pending');

  // The same transaction co-signed by the named custodian is accepted, and
  // the entry names that custodian.
  assert.equal(await submitRaw(fulfil(custodian)), null, 'the named custodian is accepted');
  const fulfilled = await waitForEvent(api, (e) => e.section === 'keyRegistry' && e.method === 'SignatureFulfilled'
    && field(e, 'request').toBigInt() === request, 60_000);
  assert.equal(field(fulfilled, 'actor').asCustodian.asEd25519.toHex(), u8aToHex(custodian.publicBytes));
});

test('a node whose key was rotated by someone else raises a custody alert on its RPC', async () => {
  const genesis = api.genesisHash.toU8a();
  const custodian = await provisionCustodian(api);
  // The node holds v0 of the key and is its named custodian.
  const seed = randomAsU8a(32);
  const pair = ed25519PairFromSeed(seed);
  await insertKeystoreKey(api, 'kreg', u8aToHex(seed), pair.publicKey);
  const v0 = heldKey('Ed25519', pair.publicKey, (m) => ed25519Sign(m, pair));
  const keyId = await register('taken-over', v0, custodian);
  assert.deepEqual(await api._rpcCore.provider.send('keyreg_custodyAlerts', []), [], 'no alert yet');

  // Someone with the key manager's role rotates it to a key the node does not hold.
  const v1 = ed25519Key();
  await sendOk(api, alice, api.tx.keyRegistry.rotateKey(
    DOMAIN, keyId, v1.public,
    v1.sign(possessionPayload({ genesis, domain: DOMAIN, name: 'taken-over', version: 1, submitter: accountActor(alice.publicKey), key: v1 })),
    v0.sign(rotationPayload({ genesis, domain: DOMAIN, name: 'taken-over', from: 0, to: 1, key: v1 })),
  ));
  let alerts = [];
  for (let i = 0; i < 60 && alerts.length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    alerts = await api._rpcCore.provider.send('keyreg_custodyAlerts', []);
  }
  assert.equal(alerts.length, 1, `one alert: ${JSON.stringify(alerts)}`);
  assert.equal(alerts[0].domain, DOMAIN);
  assert.equal(alerts[0].key, keyId);
  assert.equal(alerts[0].heldVersion, 0);
  assert.equal(alerts[0].successorPublic, u8aToHex(v1.publicEncoded));
  assert.match(node.log(), /someone\s+else rotated it/, 'the node logs the takeover');
});

test('custody alerts are operator information: a node serving only safe RPC methods refuses them', async () => {
  const safe = await startDevNode(['--rpc-methods', 'safe']);
  try {
    const client = await connect(safe.url);
    try {
      await assert.rejects(client._rpcCore.provider.send('keyreg_custodyAlerts', []), /unsafe/i);
    } finally {
      await client.disconnect();
    }
  } finally {
    await safe.stop();
  }
});
