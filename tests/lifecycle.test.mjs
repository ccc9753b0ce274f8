// A key's whole life on a dev node, driven through polkadot.js as a user would:
// domain, roles, ed25519 and ecdsa keys with proofs of possession made here,
// rotation with a certificate, revocation with a past effective_from, freeze,
// validity and verify through the runtime API, and the audit hash chain
// recomputed from the events.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { Keyring } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { startDevNode, connect } from './lib/node.mjs';
import {
  accountActor, blockNumber, ecdsaKey, ed25519Key, field, possessionPayload, recomputeAuditHead,
  rotationPayload, sendOk,
} from './lib/registry.mjs';

let node;
let api;
let alice, bob, charlie;

before(async () => {
  node = await startDevNode();
  api = await connect(node.url);
  const keyring = new Keyring({ type: 'sr25519' });
  alice = keyring.addFromUri('//Alice');
  bob = keyring.addFromUri('//Bob');
  charlie = keyring.addFromUri('//Charlie');
});

after(async () => {
  await api?.disconnect();
  await node?.stop();
});

test('the node serves the registry: metadata V16 names the pallet, runtime API and dev genesis', async () => {
  const versions = await api.call.metadata.metadataVersions();
  assert.ok(versions.map((v) => v.toNumber()).includes(16), `served: ${versions}`);
  assert.equal(api.runtimeMetadata.version, 16, 'polkadot.js decodes with metadata V16');
  assert.ok(api.tx.keyRegistry.registerKey, 'registerKey is a call');
  assert.ok(api.call.keyRegistryApi?.verify, 'KeyRegistryApi is exposed');
  const demo = await api.call.keyRegistryApi.domain(0);
  assert.ok(demo.isSome, 'the development preset creates domain 0');
  assert.equal(demo.unwrap().name.toUtf8(), 'demo');
  assert.equal(demo.unwrap().owner.toString(), alice.address);
});

test('a key lifecycle: register, verify, rotate, revoke, freeze, audit', async (t) => {
  const genesis = api.genesisHash;
  let domain;
  const signing = { name: 'payments-signer', v0: ed25519Key(), v1: ed25519Key() };
  const settlement = { name: 'settlement', v0: ecdsaKey() };

  await t.test('Alice creates a domain with a 5-block grace period and grants roles', async () => {
    const policy = { rotationPeriod: null, gracePeriod: 5, usageLimit: null };
    const created = await sendOk(api, alice, api.tx.keyRegistry.createDomain('treasury', policy));
    assert.equal(created.event.method, 'DomainCreated');
    domain = field(created.event, 'domain').toNumber();
    assert.equal(field(created.event, 'seq').toNumber(), 1);

    await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, bob.address, 'KeyManager'));
    await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, charlie.address, 'Auditor'));
    const bobRoles = await api.call.keyRegistryApi.rolesOf(domain, bob.address);
    assert.deepEqual(bobRoles.map((r) => r.toString()), ['KeyManager']);
  });

  await t.test('Bob registers an ed25519 and an ecdsa key with proofs of possession', async () => {
    for (const [entry, purpose, custody] of [
      [signing, 'Signing', 'Software'],
      [settlement, 'Attestation', { Hsm: { attestation: null } }],
    ]) {
      const proof = entry.v0.sign(possessionPayload({
        genesis, domain, name: entry.name, version: 0, submitter: accountActor(bob.publicKey), key: entry.v0,
      }));
      // HSM custody names the node that holds the key (here a stand-in identity).
      const custodian = custody === 'Software' ? null : ed25519Key().public;
      const registered = await sendOk(api, bob, api.tx.keyRegistry.registerKey(
        domain, entry.name, purpose, custody, custodian, null, u8aToHex(stringToU8a('owner: treasury ops')),
        entry.v0.public, proof,
      ));
      assert.equal(registered.event.method, 'KeyRegistered');
      assert.equal(field(registered.event, 'version').toNumber(), 0);
      entry.id = field(registered.event, 'key').toNumber();
      entry.registeredAt = await blockNumber(api, registered.blockHash);
      const byName = await api.call.keyRegistryApi.keyIdByName(domain, entry.name);
      assert.equal(byName.unwrap().toNumber(), entry.id);
    }
    const record = (await api.call.keyRegistryApi.key(domain, settlement.id)).unwrap();
    assert.equal(record.scheme.toString(), 'EcdsaSecp256k1');
  });

  await t.test('verify through the runtime API accepts the key and refuses another', async () => {
    const message = stringToU8a('pay 100 to treasury-2');
    for (const entry of [signing, settlement]) {
      const ok = await api.call.keyRegistryApi.verify(domain, entry.id, u8aToHex(message), entry.v0.sign(message));
      assert.ok(ok.isOk, `${entry.name}: ${ok.toString()}`);
      assert.equal(ok.asOk.toNumber(), 0);
    }
    const forged = await api.call.keyRegistryApi.verify(domain, signing.id, u8aToHex(message), ed25519Key().sign(message));
    assert.ok(forged.isErr);
    assert.equal(forged.asErr.toString(), 'BadSignature');
  });

  await t.test('Bob rotates the ed25519 key with a certificate from the outgoing version', async () => {
    const proof = signing.v1.sign(possessionPayload({
      genesis, domain, name: signing.name, version: 1, submitter: accountActor(bob.publicKey), key: signing.v1,
    }));
    const certificate = signing.v0.sign(rotationPayload({
      genesis, domain, name: signing.name, from: 0, to: 1, key: signing.v1,
    }));
    const rotated = await sendOk(api, bob, api.tx.keyRegistry.rotateKey(
      domain, signing.id, signing.v1.public, proof, certificate,
    ));
    assert.equal(rotated.event.method, 'KeyRotated');
    const at = await blockNumber(api, rotated.blockHash);

    const newValidity = await api.call.keyRegistryApi.validityAt(signing.v1.public, at);
    assert.ok(newValidity.isValid, newValidity.toString());
    assert.equal(newValidity.asValid.version.toNumber(), 1);
    // Exact at the edge: v0 was current at the start of the rotation's block
    // (the chain accepted its signatures there), then in grace.
    const atRotation = await api.call.keyRegistryApi.validityAt(signing.v0.public, at);
    assert.ok(atRotation.isValid, atRotation.toString());
    const oldValidity = await api.call.keyRegistryApi.validityAt(signing.v0.public, at + 1);
    assert.ok(oldValidity.isInGrace, oldValidity.toString());
    assert.equal(oldValidity.asInGrace.until.toNumber(), at + 5);
    const before = await api.call.keyRegistryApi.validityAt(signing.v0.public, at - 1);
    assert.ok(before.isValid, 'history: v0 was current before the rotation');
    // v0 records neither its retirement nor its grace; v1 does, and the API reads it.
    const retirement = await api.call.keyRegistryApi.retirement(domain, signing.id, 0);
    assert.deepEqual(retirement.unwrap().map((b) => b.toNumber()), [at, at + 5]);
    assert.ok((await api.call.keyRegistryApi.retirement(domain, signing.id, 1)).isNone, 'v1 is current');

    const message = stringToU8a('after rotation');
    const byNew = await api.call.keyRegistryApi.verify(domain, signing.id, u8aToHex(message), signing.v1.sign(message));
    assert.equal(byNew.asOk.toNumber(), 1);
    const byOld = await api.call.keyRegistryApi.verify(domain, signing.id, u8aToHex(message), signing.v0.sign(message));
    assert.equal(byOld.asOk.toNumber(), 0, 'the outgoing version verifies during its grace period');
  });

  await t.test('Bob revokes the ecdsa key as compromised since a past block', async () => {
    const effectiveFrom = settlement.registeredAt + 1;
    const revoked = await sendOk(api, bob, api.tx.keyRegistry.revokeVersion(
      domain, settlement.id, 0, 'Compromised', effectiveFrom,
    ));
    assert.equal(revoked.event.method, 'VersionRevoked');
    const now = await blockNumber(api, revoked.blockHash);
    assert.ok(effectiveFrom < now, 'effective_from lies in the past');

    const since = await api.call.keyRegistryApi.validityAt(settlement.v0.public, effectiveFrom);
    assert.ok(since.isRevoked, since.toString());
    assert.equal(since.asRevoked.reason.toString(), 'Compromised');
    assert.equal(since.asRevoked.since.toNumber(), effectiveFrom);
    const earlier = await api.call.keyRegistryApi.validityAt(settlement.v0.public, settlement.registeredAt);
    assert.ok(earlier.isValid, 'before effective_from the key was valid');

    const message = stringToU8a('late signature');
    const refused = await api.call.keyRegistryApi.verify(domain, settlement.id, u8aToHex(message), settlement.v0.sign(message));
    assert.equal(refused.asErr.toString(), 'KeySuspended');
    const revocations = await api.call.keyRegistryApi.revocations(domain, 0, 10);
    assert.equal(revocations.length, 1);
    const [, entry] = revocations[0];
    assert.equal(entry.key.toNumber(), settlement.id);
    assert.equal(entry.revocation.effectiveFrom.toNumber(), effectiveFrom);
  });

  await t.test('a frozen key verifies nothing until the admin unfreezes it', async () => {
    const message = stringToU8a('while frozen');
    await sendOk(api, bob, api.tx.keyRegistry.freezeKey(domain, signing.id));
    const frozen = await api.call.keyRegistryApi.verify(domain, signing.id, u8aToHex(message), signing.v1.sign(message));
    assert.equal(frozen.asErr.toString(), 'KeyFrozen');
    await sendOk(api, alice, api.tx.keyRegistry.unfreezeKey(domain, signing.id));
    const thawed = await api.call.keyRegistryApi.verify(domain, signing.id, u8aToHex(message), signing.v1.sign(message));
    assert.equal(thawed.asOk.toNumber(), 1);
  });

  await t.test('the audit chain recomputed from the events equals the head on chain; the auditor attests it', async () => {
    const best = await api.rpc.chain.getBlockHash();
    const recomputed = await recomputeAuditHead(api, domain, best);
    const onChain = await api.call.keyRegistryApi.auditHead(domain);
    // create, 2 grants, 2 registrations, rotation, revocation, freeze, unfreeze
    assert.equal(recomputed.seq, 9n);
    assert.equal(onChain.seq.toBigInt(), recomputed.seq);
    assert.equal(u8aToHex(onChain.head), recomputed.head);

    const attested = await sendOk(api, charlie, api.tx.keyRegistry.attestAudit(domain, recomputed.seq, recomputed.head));
    assert.equal(attested.event.method, 'AuditAttested');
    const after = await recomputeAuditHead(api, domain, attested.blockHash);
    const headAfter = await api.call.keyRegistryApi.auditHead(domain);
    assert.equal(after.seq, 10n);
    assert.equal(u8aToHex(headAfter.head), after.head);
    assert.notEqual(after.head, recomputed.head);
  });
});
