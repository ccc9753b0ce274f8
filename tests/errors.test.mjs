// Bad input sent through polkadot.js comes back as the named module error and
// leaves every storage item of the registry as it was.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { Keyring } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { startDevNode, connect } from './lib/node.mjs';
import {
  accountActor, ed25519Key, ecdsaKey, field, possessionPayload, registrySnapshot, rotationPayload,
  send, sendOk,
} from './lib/registry.mjs';

let node;
let api;
let alice, bob, charlie, eve;
let domain;
const keyName = 'ops-key';
let registered;

before(async () => {
  node = await startDevNode();
  api = await connect(node.url);
  const keyring = new Keyring({ type: 'sr25519' });
  [alice, bob, charlie, eve] = ['//Alice', '//Bob', '//Charlie', '//Eve'].map((uri) => keyring.addFromUri(uri));
  const policy = { rotationPeriod: null, gracePeriod: 0, usageLimit: null };
  const created = await sendOk(api, alice, api.tx.keyRegistry.createDomain('errors', policy));
  domain = field(created.event, 'domain').toNumber();
  await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, bob.address, 'KeyManager'));
  await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, charlie.address, 'Auditor'));
  registered = ed25519Key();
  const key = await sendOk(api, bob, registerTx(bob, keyName, registered, 0, ''));
  registered.id = field(key.event, 'key').toNumber();
});

after(async () => {
  await api?.disconnect();
  await node?.stop();
});

function popFor(who, name, key, version = 0, signer = key) {
  return signer.sign(possessionPayload({
    genesis: api.genesisHash, domain, name, version, submitter: accountActor(who.publicKey), key,
  }));
}

function registerTx(who, name, key, version, metadata, proof = popFor(who, name, key, version)) {
  return api.tx.keyRegistry.registerKey(domain, name, 'Signing', 'Software', null, null, metadata, key.public, proof);
}

/** Sends `tx`, expects `error`, and checks that the registry's storage did not change. */
async function assertRejected(signer, tx, error) {
  const before = await registrySnapshot(api);
  const result = await send(api, signer, tx);
  assert.equal(result.error, error);
  assert.equal(result.registryEvents.length, 0, 'a failed call leaves no audit entry');
  const after = await registrySnapshot(api, result.blockHash);
  assert.deepEqual(after, before, 'the registry state is unchanged');
}

test('a proof of possession over another version is refused', async () => {
  const key = ed25519Key();
  await assertRejected(bob, registerTx(bob, 'wrong-version', key, 1, ''), 'keyRegistry.InvalidProofOfPossession');
});

test('a proof of possession made for another submitter is refused', async () => {
  const key = ecdsaKey();
  const proofForAlice = popFor(alice, 'stolen-proof', key);
  const tx = api.tx.keyRegistry.registerKey(domain, 'stolen-proof', 'Signing', 'Software', null, null, '', key.public, proofForAlice);
  await assertRejected(bob, tx, 'keyRegistry.InvalidProofOfPossession');
});

test('a proof signed by a different key is refused', async () => {
  const key = ed25519Key();
  const proof = popFor(bob, 'not-mine', key, 0, ed25519Key());
  await assertRejected(bob, registerTx(bob, 'not-mine', key, 0, '', proof), 'keyRegistry.InvalidProofOfPossession');
});

test('an account without the KeyManager role cannot register', async () => {
  const key = ed25519Key();
  await assertRejected(eve, registerTx(eve, 'eve-key', key, 0, ''), 'keyRegistry.MissingRole');
  await assertRejected(charlie, registerTx(charlie, 'auditor-key', key, 0, ''), 'keyRegistry.MissingRole');
});

test('metadata over 1024 bytes is refused', async () => {
  const key = ed25519Key();
  const oversized = new Uint8Array(1025).fill(0x41);
  await assertRejected(bob, registerTx(bob, 'big-metadata', key, 0, u8aToHex(oversized)), 'keyRegistry.MetadataTooLong');
});

test('a public key registered once cannot be registered again', async () => {
  await assertRejected(bob, registerTx(bob, 'duplicate', registered, 0, ''), 'keyRegistry.PublicKeyInUse');
});

test('a rotation certificate not signed by the outgoing version is refused', async () => {
  const next = ed25519Key();
  const payload = rotationPayload({ genesis: api.genesisHash, domain, name: keyName, from: 0, to: 1, key: next });
  const forged = ed25519Key().sign(payload);
  const tx = api.tx.keyRegistry.rotateKey(domain, registered.id, next.public, popFor(bob, keyName, next, 1), forged);
  await assertRejected(bob, tx, 'keyRegistry.InvalidRotationCertificate');
});

test('an auditor cannot freeze a key', async () => {
  await assertRejected(charlie, api.tx.keyRegistry.freezeKey(domain, registered.id), 'keyRegistry.MissingRole');
});

test('an attestation of a wrong audit head is refused', async () => {
  const head = await api.call.keyRegistryApi.auditHead(domain);
  const tx = api.tx.keyRegistry.attestAudit(domain, head.seq, new Uint8Array(32));
  await assertRejected(charlie, tx, 'keyRegistry.AuditHeadMismatch');
});

test('the valid call after all those failures still succeeds', async () => {
  const key = ed25519Key();
  const ok = await sendOk(api, bob, registerTx(bob, 'finally', key, 0, u8aToHex(stringToU8a('fine'))));
  assert.equal(ok.event.method, 'KeyRegistered');
});
