// Backups and recovery drills on a dev node, through polkadot.js: holders
// bind key-agreement keys, a key manager records a 2-of-3 backup with a
// drill schedule, the drill falls due and shows as overdue through the
// runtime API, an auditor demands a drill, a restorer passes it with the
// key's signature over the fresh challenge (a wrong key fails), and every
// step is an audit entry.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { Keyring } from '@polkadot/api';
import { randomAsU8a } from '@polkadot/util-crypto';
import { startDevNode, connect } from './lib/node.mjs';
import {
  accountActor, agreementKeyPayload, blockNumber, drillPayload, ed25519Key, field, possessionPayload,
  recomputeAuditHead, send, sendOk,
} from './lib/registry.mjs';

let node;
let api;
let alice, bob, charlie, dave;

before(async () => {
  node = await startDevNode();
  api = await connect(node.url);
  const keyring = new Keyring({ type: 'sr25519' });
  alice = keyring.addFromUri('//Alice');
  bob = keyring.addFromUri('//Bob');
  charlie = keyring.addFromUri('//Charlie');
  dave = keyring.addFromUri('//Dave');
});

after(async () => {
  await api?.disconnect();
  await node?.stop();
});

test('a backup is recorded, its drill falls due, and only the backed-up key passes it', async () => {
  const genesis = api.genesisHash;
  const created = await sendOk(api, alice, api.tx.keyRegistry.createDomain('vault', { rotationPeriod: null, gracePeriod: 0, usageLimit: null }));
  const domain = field(created.event, 'domain').toNumber();
  await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, bob.address, 'KeyManager'));
  await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, charlie.address, 'Auditor'));
  await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, dave.address, 'Recovery'));

  // Three holders bind their X25519 key-agreement keys (each proven by the
  // holder's identity key).
  const holders = [ed25519Key(), ed25519Key(), ed25519Key()];
  for (const holder of holders) {
    const agreement = randomAsU8a(32);
    const proof = holder.sign(agreementKeyPayload({ genesis, domain, custodian: holder, agreement }));
    await sendOk(api, bob, api.tx.keyRegistry.registerAgreementKey(domain, holder.public, agreement, proof));
  }

  // The key to back up.
  const key = ed25519Key();
  const name = 'cold-wallet';
  const pop = key.sign(possessionPayload({ genesis, domain, name, version: 0, submitter: accountActor(bob.addressRaw), key }));
  const registered = await sendOk(api, bob, api.tx.keyRegistry.registerKey(domain, name, 'Signing', 'Software', null, null, '0x', key.public, pop));
  const keyId = field(registered.event, 'key').toNumber();

  // A 2-of-3 backup in 3 copies, drilled every 4 blocks.
  const digest = randomAsU8a(32);
  const recorded = await sendOk(api, bob, api.tx.keyRegistry.recordBackup(
    domain, keyId, 'Key', digest, holders.map((h) => h.public), 2, 3, 4,
  ));
  assert.equal(recorded.event.method, 'BackupRecorded');
  const backup = field(recorded.event, 'backup');
  assert.equal(backup.threshold.toNumber(), 2);
  assert.equal(backup.copies.toNumber(), 3);
  assert.deepEqual(backup.holders.map((h) => h.holder.asEd25519.toHex()), holders.map((h) => api.createType('[u8; 32]', h.publicBytes).toHex()));
  const stored = (await api.query.keyRegistry.backups(domain, keyId, 'Key')).unwrap();
  assert.equal(stored.digest.toHex(), api.createType('[u8; 32]', digest).toHex(), 'the digest on chain is the bundle\'s');

  // Bad input is refused with a named error and changes nothing.
  const bad = await send(api, bob, api.tx.keyRegistry.recordBackup(domain, keyId, 'Key', digest, holders.map((h) => h.public), 4, 3, 4));
  assert.equal(bad.error, 'keyRegistry.InvalidBackupThreshold');
  const outsider = await send(api, charlie, api.tx.keyRegistry.recordBackup(domain, keyId, 'Key', digest, holders.map((h) => h.public), 2, 3, 4));
  assert.equal(outsider.error, 'keyRegistry.MissingRole', 'an auditor cannot record a backup');

  // The drill falls due, is announced, and shows as overdue.
  const due = backup.drillDueAt.unwrap().toNumber();
  while ((await api.rpc.chain.getHeader()).number.toNumber() < due) await new Promise((r) => setTimeout(r, 500));
  const dueEvents = await (await api.at(await api.rpc.chain.getBlockHash(due))).query.system.events();
  const announced = dueEvents.map(({ event }) => event)
    .find((e) => e.method === 'DrillDue' && field(e, 'domain').toNumber() === domain);
  assert.ok(announced, `DrillDue is an entry of block ${due}`);
  assert.equal(field(announced, 'key').toNumber(), keyId);
  assert.equal(field(announced, 'dueAt').toNumber(), due);
  const overdue = await api.call.keyRegistryApi.drillOverdueSince(domain, keyId, 'Key');
  assert.equal(overdue.unwrap().toNumber(), due);

  // The auditor demands a drill; the challenge is fresh.
  const started = await sendOk(api, charlie, api.tx.keyRegistry.startBackupDrill(domain, keyId, 'Key'));
  assert.equal(started.event.method, 'DrillStarted');
  const open = (await api.query.keyRegistry.drillChallenges(domain, keyId, 'Key')).unwrap();
  assert.equal(open.challenge.toHex(), field(started.event, 'challenge').toHex());
  assert.equal(open.issuedAt.toNumber(), await blockNumber(api, started.blockHash));
  const payload = drillPayload({
    genesis, domain, key: keyId, subject: 'Key', version: 0, epoch: 0, issuedAt: open.issuedAt.toNumber(), challenge: open.challenge.toU8a(),
  });

  // A restore that yielded another key fails the drill.
  const wrong = await send(api, dave, api.tx.keyRegistry.completeBackupDrill(domain, keyId, 'Key', ed25519Key().sign(payload)));
  assert.equal(wrong.error, 'keyRegistry.InvalidDrillSignature');
  // The restored key passes it.
  const passed = await sendOk(api, dave, api.tx.keyRegistry.completeBackupDrill(domain, keyId, 'Key', key.sign(payload)));
  assert.equal(passed.event.method, 'DrillPassed');
  assert.deepEqual(field(passed.event, 'actor').toJSON(), { account: dave.address });
  const passedAt = await blockNumber(api, passed.blockHash);
  assert.equal(field(passed.event, 'nextDue').unwrap().toNumber(), passedAt + 4);
  assert.ok((await api.call.keyRegistryApi.drillOverdueSince(domain, keyId, 'Key')).isNone, 'no longer overdue');
  // The same signature cannot pass twice.
  const replay = await send(api, dave, api.tx.keyRegistry.completeBackupDrill(domain, keyId, 'Key', key.sign(payload)));
  assert.equal(replay.error, 'keyRegistry.NoDrillChallenge');

  // Every step, the scheduled announcement included, is in the domain's
  // audit chain, and the chain's head is the one recomputed from events.
  const best = await api.rpc.chain.getBlockHash();
  const recomputed = await recomputeAuditHead(api, domain, best);
  const onChain = await (await api.at(best)).call.keyRegistryApi.auditHead(domain);
  assert.equal(onChain.seq.toBigInt(), recomputed.seq);
  assert.equal(onChain.head.toHex(), recomputed.head);
});
