// Threshold committees on a running network, driven from polkadot.js: seat
// each node's custodian key, generate a key through the chain, and request
// signatures that the committee answers. Used by the local-network test and
// by benchmarks/threshold-latency.mjs.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { ed25519Verify, field, insertKeystoreKey, requestEnvelope, sendOk } from './registry.mjs';

/** Polls `probe` every second until it returns a truthy value or `ms` pass. */
export async function eventually(what, ms, probe) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * The first registry event at or after block `from` for which `predicate`
 * holds, with its block number; `predicate` sees every registry event on the way.
 */
export async function findEvent(api, from, what, ms, predicate) {
  let next = from;
  return eventually(what, ms, async () => {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    for (; next <= best; next++) {
      const events = await (await api.at(await api.rpc.chain.getBlockHash(next))).query.system.events();
      for (const { event } of events) {
        if (event.section === 'keyRegistry' && predicate(event)) return { event, block: next };
      }
    }
    return null;
  });
}

/**
 * Gives each node (`apis`: name → api) the custodian key `//<name>//custodian`,
 * registers the key-agreement binding its node proves (RPC
 * `keyreg_agreementKeys`) through `api` as `manager`, and returns the
 * committee in node order.
 */
export async function seatCommittee(api, manager, domain, apis) {
  const proofType = api.tx.keyRegistry.registerAgreementKey.meta.args[3].type.toString();
  const committee = [];
  for (const [name, nodeApi] of Object.entries(apis)) {
    const custodian = new Keyring({ type: 'ed25519' }).addFromUri(`//${name}//custodian`);
    await insertKeystoreKey(nodeApi, 'kcus', `//${name}//custodian`, custodian.publicKey);
    const bindings = await nodeApi._rpcCore.provider.send('keyreg_agreementKeys', [domain]);
    const binding = bindings.find((b) => b.custodian === u8aToHex(custodian.publicKey));
    assert.ok(binding, `${name}'s node proves a binding for its custodian key`);
    await sendOk(api, manager, api.tx.keyRegistry.registerAgreementKey(
      domain, { Ed25519: binding.custodian }, binding.agreement, api.createType(proofType, hexToU8a(binding.proof)),
    ));
    committee.push({ Ed25519: binding.custodian });
  }
  return committee;
}

/**
 * Starts a `threshold`-of-n key generation named `name` and waits until the
 * committee registered the key; returns its id, group key and how long it took.
 */
export async function generateThresholdKey(api, manager, domain, name, threshold, committee) {
  const t0 = Date.now();
  const started = await sendOk(api, manager, api.tx.keyRegistry.startKeyGeneration(
    domain, name, 'Signing', threshold, committee, null, '',
  ));
  const startedAt = (await api.rpc.chain.getHeader(started.blockHash)).number.toNumber();
  const { event, block } = await findEvent(api, startedAt, `the committee registers ${name}`, 240_000, (e) => {
    if (e.method === 'CeremonyFailed') assert.fail(`the ceremony failed: ${e.toString()}`);
    return e.method === 'KeyRegistered' && field(e, 'domain').toNumber() === domain;
  });
  return {
    domain,
    keyId: field(event, 'key').toNumber(),
    groupKey: field(event, 'public').asEd25519.toU8a(),
    blocks: block - startedAt,
    seconds: (Date.now() - t0) / 1000,
  };
}

/**
 * Requests a signature by `key` (`{ domain, keyId, groupKey }`) over the
 * string `payload` as `operator` and waits for `SignatureFulfilled`; checks
 * the signature as plain Ed25519 by `groupKey` over the request envelope in
 * JavaScript (the chain checked it before emitting the entry). Returns the
 * blocks and seconds from submission to the fulfilment, the first signers
 * (threshold keys) and the attempts that ended on the way.
 */
export async function requestAndVerify(api, operator, key, payload) {
  const { domain, keyId, groupKey } = key;
  const t0 = Date.now();
  const requested = await sendOk(api, operator, api.tx.keyRegistry.requestSignature(domain, keyId, payload));
  const request = field(requested.event, 'request').toNumber();
  const signing = field(requested.event, 'signing');
  const requestedAt = (await api.rpc.chain.getHeader(requested.blockHash)).number.toNumber();
  const ended = [];
  const { event, block } = await findEvent(api, requestedAt, `request ${request} fulfilled`, 120_000, (e) => {
    if (e.method === 'SigningAttemptEnded' && field(e, 'request').toNumber() === request) ended.push(e);
    return e.method === 'SignatureFulfilled' && field(e, 'request').toNumber() === request;
  });
  const seconds = (Date.now() - t0) / 1000;
  const signature = field(event, 'signature').asEd25519.toU8a();
  const envelope = requestEnvelope({
    genesis: api.genesisHash.toU8a(), domain, key: keyId, version: 0, request, payload: new TextEncoder().encode(payload),
  });
  assert.ok(ed25519Verify(envelope, signature, groupKey), 'the signature verifies as plain Ed25519 over the envelope');
  assert.equal((await api.query.keyRegistry.signatureRequests(domain, keyId, request)).isNone, true);
  return {
    request,
    blocks: block - requestedAt,
    seconds,
    ended,
    firstSigners: signing.isSome ? signing.unwrap().signers.map(([m]) => m.toNumber()) : [],
  };
}

/**
 * Runs a ceremony started by `tx` (signed by `manager`) to its end: waits
 * for the `done` entry, failing on `CeremonyFailed`. Returns the start
 * entry, the end entry, the blocks in between and the sizes of the
 * ceremony messages posted, per phase (the last message of a ceremony ends
 * it and is in the end entry instead).
 */
async function runCeremony(api, manager, tx, startedMethod, done, what) {
  const t0 = Date.now();
  const started = await sendOk(api, manager, tx);
  assert.equal(started.event.method, startedMethod);
  const ceremony = field(started.event, 'ceremony').toNumber();
  const startedAt = (await api.rpc.chain.getHeader(started.blockHash)).number.toNumber();
  const phases = {};
  const { event, block } = await findEvent(api, startedAt, what, 240_000, (e) => {
    if (e.method === 'CeremonyFailed' && field(e, 'ceremony').toNumber() === ceremony) {
      assert.fail(`the ceremony failed: ${e.toString()}`);
    }
    if (e.method === 'CeremonyMessagePosted' && field(e, 'ceremony').toNumber() === ceremony) {
      // The size of each message posted, by phase.
      const phase = field(e, 'phase').toString();
      (phases[phase] ??= []).push(field(e, 'content').length);
    }
    return e.method === done && field(e, 'ceremony').toNumber() === ceremony;
  });
  return {
    ceremony, started: started.event, event, blocks: block - startedAt, seconds: (Date.now() - t0) / 1000, phases,
  };
}

/** Refreshes the shares of `key` (`{ domain, keyId }`) as `manager` and waits for `SharesRefreshed`. */
export function refreshShares(api, manager, key) {
  return runCeremony(
    api, manager, api.tx.keyRegistry.startShareRefresh(key.domain, key.keyId),
    'ShareRefreshStarted', 'SharesRefreshed', `the committee refreshes key ${key.keyId}`,
  );
}

/** Repairs member `lost`'s share of `key` by `helpers` as `manager` and waits for `ShareRepaired`. */
export function repairShare(api, manager, key, lost, helpers) {
  return runCeremony(
    api, manager, api.tx.keyRegistry.startShareRepair(key.domain, key.keyId, lost, helpers),
    'ShareRepairStarted', 'ShareRepaired', `helpers ${helpers} repair member ${lost}`,
  );
}

/** The share files (`<session>.<epoch>.share`) under a node's base path. */
export function shareFiles(basePath) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.share')) found.push({ path, epoch: Number(entry.name.split('.')[1]) });
    }
  };
  walk(basePath);
  return found;
}
