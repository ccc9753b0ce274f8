// Backups and recovery drills on a dev node, through polkadot.js and
// `keyreg-node backup`:
// - the chain's side: holders bind key-agreement keys, a key manager
//   records a 2-of-3 backup with a drill schedule, the drill falls due and
//   shows as overdue through the runtime API, an auditor demands a drill, a
//   restorer passes it with the key's signature over the fresh challenge (a
//   wrong key fails), and every step is an audit entry;
// - a disaster: a keystore key is backed up to three locations under three
//   holders' shares, the node's keystore is destroyed, two holders' shares
//   restore the key into the restarted node, which fulfils a request again
//   and passes a drill; an altered and a deleted copy are named by
//   `backup verify`, and wrong shares, too few shares, an altered bundle, a
//   bundle of another chain and a wrong holder key each restore nothing;
// - a disaster with an HSM: a node holds a backup-able secp256k1 key in a
//   SoftHSM2 token (wrapped inside the token under the SO's trusted wrapping
//   key) and a software ed25519 key in its keystore (`--hsm-key-type
//   kreg:ecdsa`); both are backed up 2-of-3 to three locations; an altered
//   and a deleted copy are named by `backup verify`; the token and the
//   keystore are destroyed; the SO installs the wrapping key from two
//   holders' shares into a fresh token, both keys are restored, the node
//   signs with both again (verified in JavaScript) and both drills pass.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { stringToU8a } from '@polkadot/util';
import { ed25519PairFromSeed, ed25519Sign, ed25519Verify, randomAsU8a, secp256k1Verify } from '@polkadot/util-crypto';
import { startAuditor } from './lib/auditor.mjs';
import { startDevNode, connect, nodeBinary } from './lib/node.mjs';
import { createToken, softhsmModule } from './lib/softhsm.mjs';
import {
  accountActor, agreementKeyPayload, blockNumber, drillPayload, ed25519Key, field, heldKey, hexToU8a,
  insertKeystoreKey, possessionPayload, provisionCustodian, recomputeAuditHead, requestEnvelope, send, sendOk,
  u8aToHex, waitForEvent,
} from './lib/registry.mjs';

let node;
let api;
let auditor;
let alice, bob, charlie, dave;

before(async () => {
  node = await startDevNode();
  api = await connect(node.url);
  // The live auditor counts due drills on every block it verifies.
  auditor = startAuditor(node.url, ['--sweep-every', '1']);
  const keyring = new Keyring({ type: 'sr25519' });
  alice = keyring.addFromUri('//Alice');
  bob = keyring.addFromUri('//Bob');
  charlie = keyring.addFromUri('//Charlie');
  dave = keyring.addFromUri('//Dave');
});

after(async () => {
  await auditor?.stop();
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
  // The auditor prints the DrillDue entry and counts the drill as due.
  const dueLine = await auditor.waitForLine((l) => l.type === 'entry' && l.entry === 'DrillDue' && l.domain === domain);
  assert.deepEqual({ block: dueLine.block, key: dueLine.fields.key, subject: dueLine.fields.subject, due_at: dueLine.fields.due_at },
    { block: due, key: keyId, subject: 'Key', due_at: due });
  assert.equal((await auditor.waitForLine((l) => l.type === 'sweep' && l.block >= due)).drills_due, 1);

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
  assert.equal((await auditor.waitForLine((l) => l.type === 'sweep' && l.block >= passedAt)).drills_due, 0,
    'a passed drill is no longer due');
  assert.equal(auditor.lines.filter((l) => l.type === 'disagreement').length, 0);
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

/** Runs `keyreg-node <command> ...` with `env` added; returns its status and output. */
function tool(env, command, ...args) {
  const run = spawnSync(nodeBinary(), [command, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

/** As `tool`, which must succeed; returns its output. */
function toolOk(env, command, ...args) {
  const run = tool(env, command, ...args);
  assert.equal(run.status, 0, `keyreg-node ${command} ${args[0]} failed: ${run.err}`);
  return run.out;
}

/** Runs `keyreg-node backup ...`; returns its status and output. */
const backup = (...args) => tool({}, 'backup', ...args);
/** As `backup`, which must succeed. */
const backupOk = (...args) => toolOk({}, 'backup', ...args);

/**
 * A domain `name` for a disaster test: Bob manages keys, Charlie audits,
 * Dave recovers, Alice operates; and three holders whose key-agreement
 * secrets `keyreg-node backup holder-key` writes under `work`, bound on chain.
 */
async function disasterDomain(client, name, work) {
  const genesis = client.genesisHash;
  const created = await sendOk(client, alice, client.tx.keyRegistry.createDomain(name, { rotationPeriod: null, gracePeriod: 0, usageLimit: null }));
  const domain = field(created.event, 'domain').toNumber();
  for (const [who, role] of [[bob, 'KeyManager'], [charlie, 'Auditor'], [dave, 'Recovery'], [alice, 'Operator']]) {
    await sendOk(client, alice, client.tx.keyRegistry.grantRole(domain, who.address, role));
  }
  const holders = [0, 1, 2].map((i) => {
    const secretFile = join(work, `holder-${i}.secret`);
    const agreement = backupOk('holder-key', '--out', secretFile).trim();
    return { identity: ed25519Key(), agreement, secretFile };
  });
  for (const h of holders) {
    const proof = h.identity.sign(agreementKeyPayload({ genesis, domain, custodian: h.identity, agreement: hexToU8a(h.agreement) }));
    await sendOk(client, bob, client.tx.keyRegistry.registerAgreementKey(domain, h.identity.public, h.agreement, proof));
  }
  return { domain, holders };
}

test('disaster: a keystore key restored from two of three holders signs again and passes its drill', async () => {
  const work = mkdtempSync(join(tmpdir(), 'keyreg-backup-'));
  const basePath = join(work, 'node');
  const keystorePath = join(basePath, 'chains', 'dev', 'keystore');
  let chain = await startDevNode(['--dev-block-time', '1000'], {}, { basePath });
  let client = await connect(chain.url);
  try {
    const genesis = client.genesisHash;
    const genesisHex = genesis.toHex();
    // A domain with its roles; three holders make their key-agreement
    // secrets with the tool and bind the public keys under their identities.
    const { domain, holders } = await disasterDomain(client, 'treasury', work);

    // The node holds an ed25519 key in its keystore and fulfils its requests.
    const custodian = await provisionCustodian(client);
    const seed = randomAsU8a(32);
    const pair = ed25519PairFromSeed(seed);
    const key = heldKey('Ed25519', pair.publicKey, (m) => ed25519Sign(m, pair));
    await insertKeystoreKey(client, 'kreg', u8aToHex(seed), pair.publicKey);
    const name = 'treasury-hot';
    const pop = key.sign(possessionPayload({ genesis, domain, name, version: 0, submitter: accountActor(bob.addressRaw), key }));
    const registered = await sendOk(client, bob, client.tx.keyRegistry.registerKey(domain, name, 'Signing', 'Software', custodian.public, null, '0x', key.public, pop));
    const keyId = field(registered.event, 'key').toNumber();
    const signOnce = async (text) => {
      const payload = stringToU8a(text);
      const requested = await sendOk(client, alice, client.tx.keyRegistry.requestSignature(domain, keyId, u8aToHex(payload)));
      const request = field(requested.event, 'request').toBigInt();
      const fulfilled = await waitForEvent(client, (e) => e.method === 'SignatureFulfilled' && field(e, 'request').toBigInt() === request, 60_000);
      const envelope = requestEnvelope({ genesis, domain, key: keyId, version: 0, request, payload });
      assert.ok(ed25519Verify(envelope, field(fulfilled, 'signature').asEd25519.toU8a(), pair.publicKey), 'verifies in JavaScript');
    };
    await signOnce('before the disaster');

    // Back it up: 2 of 3 holders, three copies (two directories, one URL).
    const copies = [join(work, 'copy-a'), join(work, 'copy-b'), `file://${join(work, 'copy-c')}`];
    const made = backupOk(
      'create', '--genesis', genesisHex, '--domain', String(domain), '--key', String(keyId), '--version', '0',
      '--scheme', 'ed25519', '--public', u8aToHex(pair.publicKey), '--keystore-path', keystorePath,
      ...holders.flatMap((h) => ['--holder', `${u8aToHex(h.identity.publicBytes)}=${h.agreement}`]),
      '--threshold', '2', ...copies.flatMap((c) => ['--copy', c]),
    );
    const digest = made.match(/^digest (0x[0-9a-f]{64})$/m)[1];
    const bundleName = made.match(/^name (\S+)$/m)[1];
    const bundleFile = join(copies[0], bundleName);
    assert.ok(!readFileSync(bundleFile).includes(Buffer.from(u8aToHex(seed).slice(2))), 'the seed is not in the bundle');
    await sendOk(client, bob, client.tx.keyRegistry.recordBackup(domain, keyId, 'Key', digest, holders.map((h) => h.identity.public), 2, 3, 1000));
    const verifyArgs = ['verify', '--name', bundleName, '--digest', digest, ...copies.flatMap((c) => ['--copy', c])];
    assert.match(backupOk(...verifyArgs), /intact .*copy-a\nintact .*copy-b\nintact .*copy-c/);

    // One copy is altered, one deleted: verify names both and fails.
    const altered = readFileSync(join(copies[1], bundleName));
    altered[altered.length - 1] ^= 0xff;
    writeFileSync(join(copies[1], bundleName), altered);
    unlinkSync(join(work, 'copy-c', bundleName));
    const checked = backup(...verifyArgs);
    assert.notEqual(checked.status, 0);
    assert.match(checked.out, /^intact .*copy-a$/m);
    assert.match(checked.out, /^altered .*copy-b digest 0x[0-9a-f]{64}$/m);
    assert.match(checked.out, /^missing .*copy-c$/m);
    assert.match(checked.err, /2 of 3 copies missing or altered/);

    // The disaster: the node's keystore (the key and its custodian key) is gone.
    await client.disconnect();
    await chain.stop();
    rmSync(keystorePath, { recursive: true, force: true });
    const lost = Date.now();
    chain = await startDevNode(['--dev-block-time', '1000'], {}, { basePath });
    client = await connect(chain.url);
    assert.equal((await client.rpc.author.hasKey(u8aToHex(pair.publicKey), 'kreg')).isTrue, false, 'the key is gone');

    // Holders 0 and 2 open their shares.
    const shareFile = (i) => join(work, `share-${i}`);
    for (const i of [0, 2]) backupOk('open-share', '--bundle', bundleFile, '--holder', String(i), '--agreement-secret-file', holders[i].secretFile, '--out', shareFile(i));
    const restoreArgs = (overrides = {}) => {
      const o = { bundle: bundleFile, genesis: genesisHex, shares: [0, 2], ...overrides };
      return ['restore', '--bundle', o.bundle, '--digest', digest, '--genesis', o.genesis, '--domain', String(domain), '--key', String(keyId),
        ...o.shares.flatMap((i) => ['--share', shareFile(i)]), '--keystore-path', keystorePath];
    };
    const keyFile = join(keystorePath, `6b726567${u8aToHex(pair.publicKey).slice(2)}`);
    // Each wrong input says what is wrong and restores nothing.
    const refusals = [
      [backup('open-share', '--bundle', bundleFile, '--holder', '1', '--agreement-secret-file', holders[0].secretFile, '--out', join(work, 'nope')), /holder 1's share does not open with this agreement key/],
      [backup(...restoreArgs({ shares: [0] })), /1 distinct share\(s\) given, the bundle needs 2/],
      [backup(...restoreArgs({ bundle: join(copies[1], bundleName) })), /this copy was altered/],
      [backup(...restoreArgs({ genesis: `0x${'11'.repeat(32)}` })), /another chain/],
    ];
    const forged = readFileSync(shareFile(2));
    forged[forged.length - 1] ^= 0x01;
    writeFileSync(join(work, 'share-9'), forged);
    refusals.push([backup(...restoreArgs({ shares: [0, 9] })), /one of them is wrong, or the bundle was tampered with/]);
    for (const [run, message] of refusals) {
      assert.notEqual(run.status, 0);
      assert.match(run.err, message);
      assert.equal(existsSync(keyFile), false, 'nothing was restored');
    }

    // Restore, name the new node's custodian key, and sign again.
    assert.match(backupOk(...restoreArgs()), /restored key \d+\/\d+ version 0/);
    const newCustodian = await provisionCustodian(client);
    await sendOk(client, bob, client.tx.keyRegistry.setKeyCustodian(domain, keyId, newCustodian.public));
    await signOnce('after the restore');
    const restoredIn = (Date.now() - lost) / 1000;
    console.log(`# node lost to first signature by the restored key: ${restoredIn.toFixed(1)} s`);

    // The drill: the auditor asks, the restorer signs with the tool.
    await sendOk(client, charlie, client.tx.keyRegistry.startBackupDrill(domain, keyId, 'Key'));
    const open = (await client.query.keyRegistry.drillChallenges(domain, keyId, 'Key')).unwrap();
    const payload = drillPayload({ genesis, domain, key: keyId, subject: 'Key', version: 0, epoch: 0, issuedAt: open.issuedAt.toNumber(), challenge: open.challenge.toU8a() });
    const refused = backup('drill-sign', '--scheme', 'ed25519', '--public', u8aToHex(pair.publicKey), '--payload', u8aToHex(stringToU8a('pay 1000 to mallory')), '--keystore-path', keystorePath);
    assert.notEqual(refused.status, 0);
    assert.match(refused.err, /not a drill payload/, 'the tool signs drills and nothing else');
    const signature = backupOk('drill-sign', '--scheme', 'ed25519', '--public', u8aToHex(pair.publicKey), '--payload', u8aToHex(payload), '--keystore-path', keystorePath).trim();
    const passed = await sendOk(client, dave, client.tx.keyRegistry.completeBackupDrill(domain, keyId, 'Key', hexToU8a(signature)));
    assert.equal(passed.event.method, 'DrillPassed');
    assert.deepEqual(field(passed.event, 'actor').toJSON(), { account: dave.address });
  } finally {
    await client.disconnect();
    await chain.stop();
    rmSync(work, { recursive: true, force: true });
  }
});

test('disaster with an HSM: a node\'s HSM secp256k1 key and software ed25519 key are restored from two holders into a fresh node and token', async () => {
  const work = mkdtempSync(join(tmpdir(), 'keyreg-hsm-backup-'));
  const basePath = join(work, 'node');
  const keystorePath = join(basePath, 'chains', 'dev', 'keystore');
  const label = 'keyreg-vault';
  const soPinFile = join(work, 'so.pin');
  writeFileSync(soPinFile, 'e2e-so-pin\n', { mode: 0o600 });
  let token = createToken({ label });
  const userFlags = (t) => ['--hsm-module', softhsmModule, '--hsm-token-label', label, '--hsm-pin-file', t.pinFile];
  const soFlags = ['--hsm-module', softhsmModule, '--hsm-token-label', label, '--so-pin-file', soPinFile];
  // The token holds the node's ecdsa registry keys; its ed25519 ones stay in the keystore.
  const nodeFlags = () => [...token.flags(), '--hsm-key-type', 'kreg:ecdsa', '--dev-block-time', '1000'];
  let chain = await startDevNode(nodeFlags(), token.env, { basePath });
  let client = await connect(chain.url);
  const withLog = (error) => {
    throw new Error(`${error.message}; the node's last log lines:\n${chain.lines.slice(-60).join('\n')}`);
  };
  try {
    const genesis = client.genesisHash;
    const genesisHex = genesis.toHex();
    const { domain, holders } = await disasterDomain(client, 'hsm-treasury', work);
    const holderFlags = holders.flatMap((h) => ['--holder', `${u8aToHex(h.identity.publicBytes)}=${h.agreement}`]);

    // Without a wrapping key nothing is generated backup-able.
    const early = tool(token.env, 'hsm', 'generate', '--scheme', 'ecdsa', '--backupable', ...userFlags(token));
    assert.notEqual(early.status, 0);
    assert.match(early.err, /holds no backup wrapping key/);

    // The SO's ceremony: the token's wrapping key, sealed 2-of-3 to the
    // holders in three copies, then installed. The user PIN is not the SO's.
    const wrongSo = join(work, 'wrong-so.pin');
    writeFileSync(wrongSo, `${token.pin}\n`, { mode: 0o600 });
    const kekCopies = [join(work, 'kek-a'), join(work, 'kek-b'), join(work, 'kek-c')];
    const ceremony = (pinFile) => tool(token.env, 'backup', 'wrapping-key', 'create', '--genesis', genesisHex, '--domain', String(domain),
      ...holderFlags, '--threshold', '2', ...kekCopies.flatMap((c) => ['--copy', c]),
      '--hsm-module', softhsmModule, '--hsm-token-label', label, '--so-pin-file', pinFile);
    const refusedSo = ceremony(wrongSo);
    assert.notEqual(refusedSo.status, 0);
    assert.match(refusedSo.err, /refused the security officer's PIN.*the copies were removed/s);
    assert.deepEqual(kekCopies.flatMap((c) => (existsSync(c) ? readdirSync(c) : [])), [], 'no copy names a key that no token holds');
    const made = ceremony(soPinFile);
    assert.equal(made.status, 0, made.err);
    const kekId = made.out.match(/^wrapping-key (0x[0-9a-f]{64})$/m)[1];
    const kekDigest = made.out.match(/^digest (0x[0-9a-f]{64})$/m)[1];
    const kekFile = join(kekCopies[0], made.out.match(/^name (\S+)$/m)[1]);

    // A backup-able secp256k1 key; SoftHSM2 cannot wrap Ed25519, so such a
    // key is refused as backup-able and not kept.
    const noEd = tool(token.env, 'hsm', 'generate', '--scheme', 'ed25519', '--backupable', ...userFlags(token));
    assert.notEqual(noEd.status, 0);
    assert.match(noEd.err, /SoftHSM2 2\.6 wraps secp256k1 keys but not Ed25519/);
    assert.ok(!token.hsm(nodeBinary(), 'list').some((line) => line.startsWith('ed25519')), 'the refused key is gone');
    const publicHex = toolOk(token.env, 'hsm', 'generate', '--scheme', 'ecdsa', '--backupable', ...userFlags(token)).trim();
    const key = heldKey('EcdsaSecp256k1', hexToU8a(publicHex),
      (m) => hexToU8a(token.hsm(nodeBinary(), 'sign', '--public', publicHex, '--message', u8aToHex(m))[0]));

    const custodian = await provisionCustodian(client);
    const name = 'hsm-treasury-key';
    const pop = key.sign(possessionPayload({ genesis, domain, name, version: 0, submitter: accountActor(bob.addressRaw), key }));
    const registered = await sendOk(client, bob, client.tx.keyRegistry.registerKey(domain, name, 'Signing', { Hsm: { attestation: null } }, custodian.public, null, '0x', key.public, pop));
    const keyId = field(registered.event, 'key').toNumber();
    // The software ed25519 key, in the node's keystore beside the token.
    const seed = randomAsU8a(32);
    const pair = ed25519PairFromSeed(seed);
    const edHex = u8aToHex(pair.publicKey);
    const edKey = heldKey('Ed25519', pair.publicKey, (m) => ed25519Sign(m, pair));
    await insertKeystoreKey(client, 'kreg', u8aToHex(seed), pair.publicKey);
    const edName = 'software-key';
    const edPop = edKey.sign(possessionPayload({ genesis, domain, name: edName, version: 0, submitter: accountActor(bob.addressRaw), key: edKey }));
    const edRegistered = await sendOk(client, bob, client.tx.keyRegistry.registerKey(domain, edName, 'Signing', 'Software', custodian.public, null, '0x', edKey.public, edPop));
    const edKeyId = field(edRegistered.event, 'key').toNumber();
    const signOnce = async (id, text) => {
      const payload = stringToU8a(text);
      const requested = await sendOk(client, alice, client.tx.keyRegistry.requestSignature(domain, id, u8aToHex(payload)));
      const request = field(requested.event, 'request').toBigInt();
      const fulfilled = await waitForEvent(client, (e) => e.method === 'SignatureFulfilled' && field(e, 'request').toBigInt() === request, 90_000).catch(withLog);
      const envelope = requestEnvelope({ genesis, domain, key: id, version: 0, request, payload });
      const signature = field(fulfilled, 'signature');
      if (id === keyId) {
        assert.ok(secp256k1Verify(envelope, signature.asEcdsaSecp256k1.toU8a(), hexToU8a(publicHex), 'blake2'), 'the HSM key\'s signature verifies in JavaScript');
      } else {
        assert.ok(ed25519Verify(envelope, signature.asEd25519.toU8a(), pair.publicKey), 'the software key\'s signature verifies in JavaScript');
      }
    };
    await signOnce(keyId, 'before the disaster, HSM key');
    await signOnce(edKeyId, 'before the disaster, software key');

    // The key, wrapped inside the token, sealed 2-of-3 in three copies.
    const copies = [join(work, 'copy-a'), join(work, 'copy-b'), `file://${join(work, 'copy-c')}`];
    const backed = toolOk(token.env, 'backup', 'create', '--genesis', genesisHex, '--domain', String(domain), '--key', String(keyId), '--version', '0',
      '--scheme', 'ecdsa', '--public', publicHex, ...userFlags(token), ...holderFlags, '--threshold', '2', ...copies.flatMap((c) => ['--copy', c]));
    const digest = backed.match(/^digest (0x[0-9a-f]{64})$/m)[1];
    const bundleName = backed.match(/^name (\S+)$/m)[1];
    const bundleFile = join(copies[0], bundleName);
    await sendOk(client, bob, client.tx.keyRegistry.recordBackup(domain, keyId, 'Key', digest, holders.map((h) => h.identity.public), 2, 3, 1000));
    const edBacked = backupOk('create', '--genesis', genesisHex, '--domain', String(domain), '--key', String(edKeyId), '--version', '0',
      '--scheme', 'ed25519', '--public', edHex, '--keystore-path', keystorePath, ...holderFlags, '--threshold', '2', ...copies.flatMap((c) => ['--copy', c]));
    const edDigest = edBacked.match(/^digest (0x[0-9a-f]{64})$/m)[1];
    const edBundleFile = join(copies[0], edBacked.match(/^name (\S+)$/m)[1]);
    assert.ok(!readFileSync(edBundleFile).includes(Buffer.from(u8aToHex(seed).slice(2))), 'the seed is not in the bundle');
    await sendOk(client, bob, client.tx.keyRegistry.recordBackup(domain, edKeyId, 'Key', edDigest, holders.map((h) => h.identity.public), 2, 3, 1000));

    // One copy of the HSM key's bundle altered, one deleted: verify names both.
    const altered = readFileSync(join(copies[1], bundleName));
    altered[40] ^= 0xff;
    writeFileSync(join(copies[1], bundleName), altered);
    unlinkSync(join(work, 'copy-c', bundleName));
    const checked = backup('verify', '--name', bundleName, '--digest', digest, ...copies.flatMap((c) => ['--copy', c]));
    assert.notEqual(checked.status, 0);
    assert.match(checked.out, /^intact .*copy-a$/m);
    assert.match(checked.out, /^altered .*copy-b digest 0x[0-9a-f]{64}$/m);
    assert.match(checked.out, /^missing .*copy-c$/m);
    // A key generated the default way cannot be backed up, by design.
    const fixedHex = token.hsm(nodeBinary(), 'generate', '--scheme', 'ecdsa')[0];
    const fixed = tool(token.env, 'backup', 'create', '--genesis', genesisHex, '--domain', String(domain), '--key', String(keyId), '--version', '0',
      '--scheme', 'ecdsa', '--public', fixedHex, ...userFlags(token), ...holderFlags, '--threshold', '2', '--copy', join(work, 'never'));
    assert.notEqual(fixed.status, 0);
    assert.match(fixed.err, /generated non-extractable and can never leave the token/);

    // The disaster: the node, its token and its keystore are gone.
    await client.disconnect();
    await chain.stop();
    token.remove();
    rmSync(keystorePath, { recursive: true, force: true });
    const lost = Date.now();
    token = createToken({ label });
    chain = await startDevNode(nodeFlags(), token.env, { basePath });
    client = await connect(chain.url);
    assert.deepEqual(token.hsm(nodeBinary(), 'list'), [], 'the fresh token is empty');

    // Holders 0 and 1 open their shares of the three bundles.
    const share = (what, i) => join(work, `${what}-share-${i}`);
    for (const i of [0, 1]) {
      backupOk('open-share', '--bundle', kekFile, '--holder', String(i), '--agreement-secret-file', holders[i].secretFile, '--out', share('kek', i));
      backupOk('open-share', '--bundle', bundleFile, '--holder', String(i), '--agreement-secret-file', holders[i].secretFile, '--out', share('key', i));
      backupOk('open-share', '--bundle', edBundleFile, '--holder', String(i), '--agreement-secret-file', holders[i].secretFile, '--out', share('ed', i));
    }
    const restoreKey = () => tool(token.env, 'backup', 'restore', '--bundle', bundleFile, '--digest', digest, '--genesis', genesisHex,
      '--domain', String(domain), '--key', String(keyId), '--share', share('key', 0), '--share', share('key', 1), ...userFlags(token));
    // Before the SO installs the wrapping key, the token cannot unwrap.
    const tooSoon = restoreKey();
    assert.notEqual(tooSoon.status, 0);
    assert.match(tooSoon.err, new RegExp(`does not hold the backup wrapping key ${kekId}`));
    assert.deepEqual(token.hsm(nodeBinary(), 'list'), [], 'nothing restored');
    // The wrapping key's bundle is not a key's, and one share is too few.
    const oneShare = tool(token.env, 'backup', 'wrapping-key', 'install', '--bundle', kekFile, '--digest', kekDigest, '--genesis', genesisHex,
      '--domain', String(domain), '--share', share('kek', 0), ...soFlags);
    assert.notEqual(oneShare.status, 0);
    assert.match(oneShare.err, /1 distinct share\(s\) given, the bundle needs 2/);
    const installed = toolOk(token.env, 'backup', 'wrapping-key', 'install', '--bundle', kekFile, '--digest', kekDigest, '--genesis', genesisHex,
      '--domain', String(domain), '--share', share('kek', 0), '--share', share('kek', 1), ...soFlags);
    assert.match(installed, new RegExp(`installed wrapping key ${kekId} in token ${label}`));

    const restored = restoreKey();
    assert.equal(restored.status, 0, restored.err);
    assert.match(restored.out, /restored key \d+\/\d+ version 0 into token keyreg-vault/);
    assert.deepEqual(token.hsm(nodeBinary(), 'list'), [`ecdsa ${publicHex}`], 'the key is back in the fresh token');
    assert.match(backupOk('restore', '--bundle', edBundleFile, '--digest', edDigest, '--genesis', genesisHex, '--domain', String(domain),
      '--key', String(edKeyId), '--share', share('ed', 0), '--share', share('ed', 1), '--keystore-path', keystorePath), /restored key \d+\/\d+ version 0 into/);
    const newCustodian = await provisionCustodian(client);
    await sendOk(client, bob, client.tx.keyRegistry.setKeyCustodian(domain, keyId, newCustodian.public));
    await sendOk(client, bob, client.tx.keyRegistry.setKeyCustodian(domain, edKeyId, newCustodian.public));
    await signOnce(keyId, 'after the restore, HSM key');
    console.log(`# HSM node lost to first signature by the restored HSM key: ${((Date.now() - lost) / 1000).toFixed(1)} s`);
    await signOnce(edKeyId, 'after the restore, software key');
    console.log(`# HSM node lost to both restored keys signing: ${((Date.now() - lost) / 1000).toFixed(1)} s`);

    // The drill, signed inside the fresh token.
    await sendOk(client, charlie, client.tx.keyRegistry.startBackupDrill(domain, keyId, 'Key'));
    const open = (await client.query.keyRegistry.drillChallenges(domain, keyId, 'Key')).unwrap();
    const payload = drillPayload({ genesis, domain, key: keyId, subject: 'Key', version: 0, epoch: 0, issuedAt: open.issuedAt.toNumber(), challenge: open.challenge.toU8a() });
    const signature = toolOk(token.env, 'backup', 'drill-sign', '--scheme', 'ecdsa', '--public', publicHex, '--payload', u8aToHex(payload), ...userFlags(token)).trim();
    const passed = await sendOk(client, dave, client.tx.keyRegistry.completeBackupDrill(domain, keyId, 'Key', hexToU8a(signature)));
    assert.equal(passed.event.method, 'DrillPassed');
    await sendOk(client, charlie, client.tx.keyRegistry.startBackupDrill(domain, edKeyId, 'Key'));
    const edOpen = (await client.query.keyRegistry.drillChallenges(domain, edKeyId, 'Key')).unwrap();
    const edPayload = drillPayload({ genesis, domain, key: edKeyId, subject: 'Key', version: 0, epoch: 0, issuedAt: edOpen.issuedAt.toNumber(), challenge: edOpen.challenge.toU8a() });
    const edSignature = backupOk('drill-sign', '--scheme', 'ed25519', '--public', edHex, '--payload', u8aToHex(edPayload), '--keystore-path', keystorePath).trim();
    const edPassed = await sendOk(client, dave, client.tx.keyRegistry.completeBackupDrill(domain, edKeyId, 'Key', hexToU8a(edSignature)));
    assert.equal(edPassed.event.method, 'DrillPassed');
  } finally {
    await client.disconnect();
    await chain.stop();
    token.remove();
    rmSync(work, { recursive: true, force: true });
  }
});
