// The audit log is complete and self-sufficient: on a fresh dev node, after
// a long mixed sequence of calls (including the worker's fulfilments and
// rotations as the named custodian), an auditor who reads only the events
// rebuilds every domain, role, key and version, and gets exactly what storage
// and the runtime API hold. Every domain's chain folds from seq 1, domain 0's
// genesis entries included (they are events of block 1).
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { Keyring } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { ed25519PairFromSeed, ed25519Sign, randomAsU8a } from '@polkadot/util-crypto';
import { startDevNode, connect } from './lib/node.mjs';
import {
  accountActor, ecdsaKey, ed25519Key, field, heldKey, insertKeystoreKey, possessionPayload,
  provisionCustodian, recomputeAuditHead, rotationPayload, sendOk, waitForEvent,
} from './lib/registry.mjs';

let node;
let api;

before(async () => {
  // Blocks every second, so that the worker's rotation falls due on its own.
  node = await startDevNode(['--dev-block-time', '1000']);
  api = await connect(node.url);
});

after(async () => {
  await api?.disconnect();
  await node?.stop();
});

/** Every registry event from block 1 to the best block, with its block number. */
async function registryEvents() {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const out = [];
  for (let n = 1; n <= best; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    for (const { event } of await (await api.at(hash)).query.system.events()) {
      if (event.section === 'keyRegistry') out.push({ block: n, event });
    }
  }
  return { best, events: out };
}

const json = (codec) => codec.toJSON();
const f = (event, name) => field(event, name);

/**
 * The auditor's fold: the registry's domains, roles, keys and versions from
 * the events alone, as plain JSON comparable with storage's `toJSON()`.
 */
function rebuild(events) {
  const domains = new Map();
  const roles = new Map();
  const keys = new Map();
  const versions = new Map();
  const id = (...parts) => parts.join('/');
  for (const { block, event } of events) {
    const d = f(event, 'domain').toNumber();
    const k = event.data.names.includes('key') ? f(event, 'key').toNumber() : null;
    const key = () => keys.get(id(d, k));
    switch (event.method) {
      case 'DomainCreated':
        domains.set(d, {
          name: json(f(event, 'name')), owner: f(event, 'owner').toString(), pendingOwner: null,
          defaultPolicy: json(f(event, 'defaultPolicy')), status: 'Open',
        });
        roles.set(id(d, f(event, 'owner').toString()), 1); // Admin
        break;
      case 'DomainPolicySet': domains.get(d).defaultPolicy = json(f(event, 'policy')); break;
      case 'DomainHandOverProposed': {
        const to = f(event, 'to');
        domains.get(d).pendingOwner = to.isSome ? to.unwrap().toString() : null;
        break;
      }
      case 'DomainHandedOver': {
        const to = f(event, 'to').toString();
        Object.assign(domains.get(d), { owner: to, pendingOwner: null });
        if (f(event, 'adminGranted').isTrue) roles.set(id(d, to), (roles.get(id(d, to)) ?? 0) | 1);
        break;
      }
      case 'DomainClosed': Object.assign(domains.get(d), { status: 'Closed', pendingOwner: null }); break;
      case 'RoleGranted':
      case 'RoleRevoked': {
        const set = json(f(event, 'roles'));
        const who = id(d, f(event, 'who').toString());
        if (set === 0) roles.delete(who); else roles.set(who, set);
        break;
      }
      case 'KeyRegistered': {
        const pub = f(event, 'public');
        keys.set(id(d, k), {
          name: json(f(event, 'name')), purpose: f(event, 'purpose').toString(), scheme: pub.type,
          custody: json(f(event, 'custody')), custodian: json(f(event, 'custodian')),
          policy: json(f(event, 'policy')), metadata: json(f(event, 'metadata')),
          status: 'Active', frozen: false, currentVersion: 0, rotationDueAt: json(f(event, 'rotationDueAt')),
        });
        versions.set(id(d, k, 0), { public: json(pub), activatedAt: block, previousGraceUntil: null, revocation: null });
        break;
      }
      case 'KeyRotated': {
        const v = f(event, 'version').toNumber();
        const grace = f(event, 'graceUntil');
        versions.set(id(d, k, v), {
          public: json(f(event, 'public')), activatedAt: block,
          previousGraceUntil: grace.isSome ? grace.unwrap().toNumber() : block, revocation: null,
        });
        Object.assign(key(), { status: 'Active', currentVersion: v, rotationDueAt: json(f(event, 'rotationDueAt')) });
        break;
      }
      case 'KeyPolicySet':
        Object.assign(key(), { policy: json(f(event, 'policy')), rotationDueAt: json(f(event, 'rotationDueAt')) });
        break;
      case 'KeyCustodianSet': key().custodian = json(f(event, 'custodian')); break;
      case 'VersionRevoked': {
        const v = f(event, 'version').toNumber();
        versions.get(id(d, k, v)).revocation = {
          reason: f(event, 'reason').toString(), effectiveFrom: f(event, 'effectiveFrom').toNumber(), recordedAt: block,
        };
        if (v === key().currentVersion) Object.assign(key(), { status: 'Suspended', rotationDueAt: null });
        break;
      }
      case 'KeyRevoked': Object.assign(key(), { status: 'Revoked', rotationDueAt: null }); break;
      case 'KeyFrozen': key().frozen = true; break;
      case 'KeyUnfrozen': key().frozen = false; break;
      case 'AnomalyDetected': if (f(event, 'frozen').isTrue) key().frozen = true; break;
      default: break; // requests, fulfilments, expiries, announcements, attestations change no rebuilt state
    }
  }
  return { domains, roles, keys, versions };
}

/** The same facts read from storage at `apiAt`. */
async function stored(apiAt) {
  const q = apiAt.query.keyRegistry;
  const domains = new Map();
  for (const [k, v] of await q.domains.entries()) {
    const d = v.unwrap();
    domains.set(k.args[0].toNumber(), {
      name: json(d.name), owner: d.owner.toString(), pendingOwner: d.pendingOwner.isSome ? d.pendingOwner.unwrap().toString() : null,
      defaultPolicy: json(d.defaultPolicy), status: d.status.toString(),
    });
  }
  const roles = new Map();
  for (const [k, v] of await q.roles.entries()) {
    roles.set(`${k.args[0].toNumber()}/${k.args[1].toString()}`, json(v));
  }
  const keys = new Map();
  for (const [k, v] of await q.keys.entries()) {
    const r = v.unwrap();
    keys.set(`${k.args[0].toNumber()}/${k.args[1].toNumber()}`, {
      name: json(r.name), purpose: r.purpose.toString(), scheme: r.scheme.toString(), custody: json(r.custody),
      custodian: json(r.custodian), policy: json(r.policy), metadata: json(r.metadata), status: r.status.toString(),
      frozen: r.frozen.isTrue, currentVersion: r.currentVersion.toNumber(), rotationDueAt: json(r.rotationDueAt),
    });
  }
  const versions = new Map();
  for (const [k, v] of await q.versions.entries()) {
    const r = v.unwrap();
    const [d, key, n] = k.args.map((a) => a.toNumber());
    versions.set(`${d}/${key}/${n}`, {
      public: json(r.public), activatedAt: r.activatedAt.toNumber(), previousGraceUntil: json(r.previousGraceUntil),
      revocation: r.revocation.isSome ? {
        reason: r.revocation.unwrap().reason.toString(), effectiveFrom: r.revocation.unwrap().effectiveFrom.toNumber(),
        recordedAt: r.revocation.unwrap().recordedAt.toNumber(),
      } : null,
    });
  }
  return { domains, roles, keys, versions };
}

const sorted = (map) => Object.fromEntries([...map.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))));

test('genesis entries are events of block 1: domain 0 folds from seq 1', async () => {
  for (let i = 0; i < 100 && (await api.rpc.chain.getHeader()).number.toNumber() < 1; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const block1 = await (await api.at(await api.rpc.chain.getBlockHash(1))).query.system.events();
  const entries = block1.map(({ event }) => event).filter((e) => e.section === 'keyRegistry');
  assert.deepEqual(entries.map((e) => [e.method, f(e, 'seq').toNumber()]), [['DomainCreated', 1], ['RoleGranted', 2]]);
  const folded = await recomputeAuditHead(api, 0);
  const head = await api.call.keyRegistryApi.auditHead(0);
  assert.equal(folded.seq, head.seq.toBigInt());
  assert.equal(folded.head, head.head.toHex());
});

test('after a long mixed sequence, the state rebuilt from events alone equals storage and the runtime API', async () => {
  const keyring = new Keyring({ type: 'sr25519' });
  const [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u));
  const genesis = api.genesisHash.toU8a();
  const custodian = await provisionCustodian(api);
  const bobActor = accountActor(bob.publicKey);
  const withLog = (error) => {
    throw new Error(`${error.message}; the node's last log lines:\n${node.lines.slice(-40).join('\n')}`);
  };

  const created = await sendOk(api, alice, api.tx.keyRegistry.createDomain('rebuild', {
    rotationPeriod: null, gracePeriod: 3, usageLimit: null,
  }));
  const domain = f(created.event, 'domain').toNumber();
  for (const [who, role] of [[bob, 'KeyManager'], [bob, 'Recovery'], [charlie, 'Operator'], [dave, 'Auditor']]) {
    await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, who.address, role));
  }
  await sendOk(api, alice, api.tx.keyRegistry.setDomainPolicy(domain, { rotationPeriod: null, gracePeriod: 5, usageLimit: null }));

  const register = async (name, key, custody, custodianArg, policy, metadata) => {
    const proof = key.sign(possessionPayload({ genesis, domain, name, version: 0, submitter: bobActor, key }));
    const { event } = await sendOk(api, bob, api.tx.keyRegistry.registerKey(
      domain, name, 'Signing', custody, custodianArg, policy, u8aToHex(stringToU8a(metadata)), key.public, proof,
    ));
    return f(event, 'key').toNumber();
  };
  const rotate = async (keyId, name, from, oldKey, newKey, certify = true) => sendOk(api, bob, api.tx.keyRegistry.rotateKey(
    domain, keyId, newKey.public,
    newKey.sign(possessionPayload({ genesis, domain, name, version: from + 1, submitter: bobActor, key: newKey })),
    certify ? oldKey.sign(rotationPayload({ genesis, domain, name, from, to: from + 1, key: newKey })) : null,
  ));

  // A key the node holds (the worker fulfils and rotates it as custodian).
  const seed = randomAsU8a(32);
  const pair = ed25519PairFromSeed(seed);
  await insertKeystoreKey(api, 'kreg', u8aToHex(seed), pair.publicKey);
  const held = heldKey('Ed25519', pair.publicKey, (m) => ed25519Sign(m, pair));
  const heldId = await register('held', held, 'Software', custodian.public, null, 'served by the node');
  // An ecdsa key in an HSM elsewhere, a scheduled ed25519 key, a plain one.
  const hsm = { v0: ecdsaKey(), v1: ecdsaKey(), v2: ecdsaKey() };
  const hsmId = await register('hsm', hsm.v0, { Hsm: { attestation: u8aToHex(randomAsU8a(32)) } }, ed25519Key().public,
    { rotationPeriod: 100, gracePeriod: 2, usageLimit: { maxUses: 50, window: 20 } }, 'vault signer');
  const plain = ed25519Key();
  const plainId = await register('plain', plain, 'Software', null, null, '');

  await rotate(hsmId, 'hsm', 0, hsm.v0, hsm.v1);
  await sendOk(api, bob, api.tx.keyRegistry.setKeyPolicy(domain, hsmId, { rotationPeriod: 50, gracePeriod: 0, usageLimit: null }));
  await sendOk(api, bob, api.tx.keyRegistry.setKeyCustodian(domain, hsmId, ed25519Key().public));
  // Compromise and recovery: no certificate from the compromised version.
  const now = (await api.rpc.chain.getHeader()).number.toNumber();
  await sendOk(api, bob, api.tx.keyRegistry.revokeVersion(domain, hsmId, 1, 'Compromised', now));
  await rotate(hsmId, 'hsm', 1, hsm.v1, hsm.v2, false);
  await sendOk(api, bob, api.tx.keyRegistry.freezeKey(domain, plainId));
  await sendOk(api, alice, api.tx.keyRegistry.unfreezeKey(domain, plainId));
  await sendOk(api, bob, api.tx.keyRegistry.freezeKey(domain, plainId));
  const later = (await api.rpc.chain.getHeader()).number.toNumber();
  await sendOk(api, bob, api.tx.keyRegistry.revokeKey(domain, plainId, 'Ceased', later + 1));

  // The worker fulfils a request as the named custodian, then rotates the
  // key when its schedule makes it due.
  const requested = await sendOk(api, charlie, api.tx.keyRegistry.requestSignature(domain, heldId, '0x01020304'));
  const request = f(requested.event, 'request').toBigInt();
  const fulfilled = await waitForEvent(api, (e) => e.section === 'keyRegistry' && e.method === 'SignatureFulfilled'
    && f(e, 'request').toBigInt() === request, 60_000).catch(withLog);
  assert.equal(f(fulfilled, 'actor').asCustodian.toHex(), u8aToHex(custodian.publicEncoded));
  await sendOk(api, bob, api.tx.keyRegistry.setKeyPolicy(domain, heldId, { rotationPeriod: 10, gracePeriod: 1, usageLimit: null }));
  const rotated = await waitForEvent(api, (e) => e.section === 'keyRegistry' && e.method === 'KeyRotated'
    && f(e, 'key').toNumber() === heldId, 90_000).catch(withLog);
  assert.ok(f(rotated, 'actor').isCustodian, 'the worker rotated it as the named custodian');

  // Roles and ownership change hands; a second domain opens and closes.
  await sendOk(api, alice, api.tx.keyRegistry.revokeRole(domain, dave.address, 'Auditor'));
  await sendOk(api, alice, api.tx.keyRegistry.handOverDomain(domain, charlie.address));
  await sendOk(api, charlie, api.tx.keyRegistry.acceptDomain(domain));
  await sendOk(api, charlie, api.tx.keyRegistry.grantRole(domain, dave.address, 'Auditor'));
  const second = await sendOk(api, bob, api.tx.keyRegistry.createDomain('short-lived', {
    rotationPeriod: null, gracePeriod: 0, usageLimit: null,
  }));
  const secondDomain = f(second.event, 'domain').toNumber();
  await sendOk(api, bob, api.tx.keyRegistry.closeDomain(secondDomain));
  const head = await api.call.keyRegistryApi.auditHead(domain);
  await sendOk(api, dave, api.tx.keyRegistry.attestAudit(domain, head.seq, head.head));

  // The auditor's side: events only.
  const { best, events } = await registryEvents();
  const at = await api.rpc.chain.getBlockHash(best);
  const rebuilt = rebuild(events);
  // Storage at the block the events were read up to: the worker may rotate
  // the held key again afterwards.
  const apiAt = await api.at(at);
  const fromStorage = await stored(apiAt);
  for (const part of ['domains', 'roles', 'keys', 'versions']) {
    assert.deepEqual(sorted(rebuilt[part]), sorted(fromStorage[part]), `${part} rebuilt from events equals storage`);
  }
  // held: v0 and the worker's v1; hsm: v0, v1, the recovery v2; plain: v0.
  assert.equal(rebuilt.versions.size, 6, `versions rebuilt: ${rebuilt.versions.size}`);

  // The runtime API tells the same story.
  for (const [keyPath, key] of rebuilt.keys) {
    const [d, k] = keyPath.split('/').map(Number);
    const viaApi = (await apiAt.call.keyRegistryApi.key(d, k)).unwrap();
    assert.equal(viaApi.status.toString(), key.status, `${keyPath} status`);
    assert.equal(viaApi.currentVersion.toNumber(), key.currentVersion, `${keyPath} version`);
    assert.deepEqual(json(viaApi.custodian), key.custodian, `${keyPath} custodian`);
  }
  // Every domain's chain folds from seq 1 to its head.
  for (const d of [0, domain, secondDomain]) {
    const folded = await recomputeAuditHead(api, d, at);
    const onChain = await apiAt.call.keyRegistryApi.auditHead(d);
    assert.equal(folded.head, onChain.head.toHex(), `domain ${d} folds to its head`);
    assert.equal(folded.seq, onChain.seq.toBigInt());
  }
});
