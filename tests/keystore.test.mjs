// Off-chain worker keys in the node's local keystore, put there over RPC as an
// operator does: from a raw hex seed and from a derivation path. Both serve
// signature requests. A secret URI that does not give the public key it is
// filed under (what polkadot.js sends for a hex seed given to
// `api.rpc.author.insertKey`) is refused at once instead of leaving a key that
// is listed but can never sign.
import { test, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { Keyring } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { ed25519PairFromSeed, ed25519Sign, ed25519Verify, randomAsU8a } from '@polkadot/util-crypto';
import { startDevNode, connect } from './lib/node.mjs';
import {
  accountActor, field, heldKey, insertKeystoreKey, possessionPayload, provisionCustodian,
  requestEnvelope, sendOk,
  waitForEvent,
} from './lib/registry.mjs';

const DOMAIN = 0; // `demo`: Alice administers it and manages its keys.

let node;
after(() => node?.stop());

test('keystore keys from a hex seed and from a derivation path both fulfil requests', async () => {
  node = await startDevNode(['--dev-block-time', '1000']);
  const api = await connect(node.url);
  const withLog = (error) => {
    throw new Error(`${error.message}; the node's last log lines:\n${node.lines.slice(-40).join('\n')}`);
  };
  try {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const genesis = api.genesisHash.toU8a();
    await sendOk(api, alice, api.tx.keyRegistry.grantRole(DOMAIN, alice.address, 'Operator'));
    // The node's identity as custodian; the keys below name it.
    const custodian = await provisionCustodian(api);

    // A raw 32-byte seed as the secret URI.
    const seed = randomAsU8a(32);
    const seeded = ed25519PairFromSeed(seed);
    await insertKeystoreKey(api, 'kreg', u8aToHex(seed), seeded.publicKey);
    // A derivation path, through polkadot.js's own call (no hex, nothing to decode).
    const path = `//kreg-e2e-${Date.now()}`;
    const derived = new Keyring({ type: 'ed25519' }).addFromUri(path);
    await api.rpc.author.insertKey('kreg', path, u8aToHex(derived.publicKey));

    const keys = [
      { label: 'hex seed', key: heldKey('Ed25519', seeded.publicKey, (m) => ed25519Sign(m, seeded)) },
      { label: 'derivation path', key: heldKey('Ed25519', derived.publicKey, (m) => derived.sign(m)) },
    ];
    for (const entry of keys) {
      assert.ok((await api.rpc.author.hasKey(u8aToHex(entry.key.publicBytes), 'kreg')).isTrue, `${entry.label}: in the keystore`);
      const name = `local-${entry.label.replace(' ', '-')}`;
      const proof = entry.key.sign(possessionPayload({
        genesis, domain: DOMAIN, name, version: 0, submitter: accountActor(alice.publicKey), key: entry.key,
      }));
      const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
        DOMAIN, name, 'Signing', 'Software', custodian.public, null, '0x', entry.key.public, proof,
      ));
      entry.id = field(registered.event, 'key').toNumber();
    }

    for (const entry of keys) {
      const payload = stringToU8a(`signed by the ${entry.label} key`);
      const requested = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(DOMAIN, entry.id, u8aToHex(payload)));
      const request = field(requested.event, 'request').toBigInt();
      const fulfilled = await waitForEvent(api, (e) => e.section === 'keyRegistry' && e.method === 'SignatureFulfilled'
        && field(e, 'request').toBigInt() === request, 60_000).catch(withLog);
      const envelope = requestEnvelope({ genesis, domain: DOMAIN, key: entry.id, version: 0, request, payload });
      assert.ok(ed25519Verify(envelope, field(fulfilled, 'signature').asEd25519.toU8a(), entry.key.publicBytes),
        `${entry.label}: the worker's signature verifies in JavaScript`);
    }
    assert.doesNotMatch(node.log(), /the signer did not sign/, 'no signing failure on the way');
  } finally {
    await api.disconnect();
  }
});

test('a secret URI that does not give its public key is refused, and says why', async () => {
  node ??= await startDevNode();
  const api = await connect(node.url);
  try {
    const seed = randomAsU8a(32);
    const { publicKey } = ed25519PairFromSeed(seed);
    // polkadot.js decodes this hex string into the seed's bytes before sending.
    await assert.rejects(api.rpc.author.insertKey('kreg', u8aToHex(seed), u8aToHex(publicKey)),
      /key store is unavailable/);
    // Another key's seed, sent intact.
    const other = u8aToHex(randomAsU8a(32));
    await assert.rejects(insertKeystoreKey(api, 'kreg', other, publicKey), /key store is unavailable/);
    assert.ok((await api.rpc.author.hasKey(u8aToHex(publicKey), 'kreg')).isFalse, 'nothing was stored');
    // The node logs asynchronously: give its lines a moment to arrive.
    const expected = [
      /refused to insert a key of type "kreg" under public key 0x[0-9a-f]{64}: the secret URI arrived garbled/,
      /refused to insert a key of type "kreg" under public key 0x[0-9a-f]{64}: the hex seed does not give that public key/,
    ];
    for (let i = 0; i < 50 && !expected.every((p) => p.test(node.log())); i++) await new Promise((r) => setTimeout(r, 100));
    const log = node.log();
    for (const pattern of expected) assert.match(log, pattern);
    assert.ok(!log.includes(u8aToHex(seed).slice(2)) && !log.includes(other.slice(2)), 'no secret in the log');
  } finally {
    await api.disconnect();
  }
});
