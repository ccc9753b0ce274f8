// What a polkadot.js client of the key registry needs: signing keys, the
// proof-of-possession and rotation payloads, transaction results with their
// module errors, the audit hash chain, and a snapshot of the pallet's storage.
import { strict as assert } from 'node:assert';
import {
  blake2AsU8a, ed25519PairFromSeed, ed25519Sign, randomAsU8a, secp256k1PairFromSeed,
  secp256k1Sign, xxhashAsU8a,
} from '@polkadot/util-crypto';
import { bnToU8a, compactAddLength, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';

// Re-exported for scripts outside tests/ (benchmarks/), which have no node_modules of their own.
export { hexToU8a, u8aToHex } from '@polkadot/util';
export { ed25519PairFromSeed, ed25519Sign, ed25519Verify, randomAsU8a } from '@polkadot/util-crypto';

const u32 = (n) => bnToU8a(n, { bitLength: 32, isLe: true });
const u64 = (n) => bnToU8a(n, { bitLength: 64, isLe: true });

/** The SCALE index of each `PublicKey` / `KeySignature` variant. */
const SCHEME_INDEX = { Ed25519: 0, Sr25519: 1, EcdsaSecp256k1: 2 };

/**
 * A key whose private half is held elsewhere (in this process, an HSM, a
 * keystore): its public key in call and SCALE forms, and `sign`, which wraps
 * `signRaw(message)` (the raw signature bytes) as a `KeySignature` argument.
 */
export function heldKey(scheme, publicKey, signRaw) {
  return {
    scheme,
    publicBytes: publicKey,
    /** The `PublicKey` call argument. */
    public: { [scheme]: publicKey },
    /** SCALE `PublicKey`, as inside the signed payloads. */
    publicEncoded: u8aConcat([SCHEME_INDEX[scheme]], publicKey),
    /** A `KeySignature` call argument over `message`. */
    sign: (message) => ({ [scheme]: signRaw(message) }),
  };
}

/** An ed25519 key held by this process (a test stand-in for an HSM key). */
export function ed25519Key(seed = randomAsU8a(32)) {
  const pair = ed25519PairFromSeed(seed);
  return heldKey('Ed25519', pair.publicKey, (m) => ed25519Sign(m, pair));
}

/** An ecdsa-secp256k1 key: compressed public key, signatures over blake2_256(message) with recovery id. */
export function ecdsaKey(seed = randomAsU8a(32)) {
  const pair = secp256k1PairFromSeed(seed);
  return heldKey('EcdsaSecp256k1', pair.publicKey, (m) => secp256k1Sign(m, pair, 'blake2'));
}

/** `Actor::Account(who)`: the submitter the proof of possession binds. */
export const accountActor = (accountId) => u8aConcat([0], accountId);

/** SCALE of `(b"KEYREG/POP/V1", genesis, domain, name, version, submitter, public)`. */
export function possessionPayload({ genesis, domain, name, version, submitter, key }) {
  return u8aConcat(
    stringToU8a('KEYREG/POP/V1'), genesis, u32(domain), compactAddLength(stringToU8a(name)),
    u32(version), submitter, key.publicEncoded,
  );
}

/** SCALE of `(b"KEYREG/ROT/V1", genesis, domain, name, from, to, new_public)`. */
export function rotationPayload({ genesis, domain, name, from, to, key }) {
  return u8aConcat(
    stringToU8a('KEYREG/ROT/V1'), genesis, u32(domain), compactAddLength(stringToU8a(name)),
    u32(from), u32(to), key.publicEncoded,
  );
}

/** SCALE of `(b"KEYREG/KAK/V1", genesis, domain, custodian, agreement)`: what a custodian signs to bind its X25519 key-agreement key. */
export function agreementKeyPayload({ genesis, domain, custodian, agreement }) {
  return u8aConcat(stringToU8a('KEYREG/KAK/V1'), genesis, u32(domain), custodian.publicEncoded, agreement);
}

/** SCALE `BackupSubject`: `'Key'`, or `{ Share: member }`. */
export function backupSubjectEncoded(subject) {
  return subject === 'Key' ? new Uint8Array([0]) : u8aConcat([1], bnToU8a(subject.Share, { bitLength: 16, isLe: true }));
}

/**
 * SCALE of `(b"KEYREG/DRL/V1", genesis, domain, key, subject, version, epoch, issued_at, challenge)`:
 * what the key restored from a backup signs to pass a drill.
 */
export function drillPayload({ genesis, domain, key, subject, version, epoch, issuedAt, challenge }) {
  return u8aConcat(
    stringToU8a('KEYREG/DRL/V1'), genesis, u32(domain), u32(key), backupSubjectEncoded(subject),
    u32(version), u32(epoch), u32(issuedAt), challenge,
  );
}

/** `Actor::Custodian(custodian)`: the submitter of a custodian's proofs of possession. */
export const custodianActor = (custodian) => u8aConcat([3], custodian.publicEncoded);

/** SCALE of `(b"KEYREG/CUF/V1", genesis, domain, key, request, signature)`: what a key's named custodian co-signs to fulfil. */
export function custodianFulfilmentPayload({ genesis, domain, key, request, signatureEncoded }) {
  return u8aConcat(stringToU8a('KEYREG/CUF/V1'), genesis, u32(domain), u32(key), u64(request), signatureEncoded);
}

/** SCALE of `(b"KEYREG/CUR/V1", genesis, domain, key, from, new_public)`: what a key's named custodian co-signs to rotate. */
export function custodianRotationPayload({ genesis, domain, key, from, newKey }) {
  return u8aConcat(stringToU8a('KEYREG/CUR/V1'), genesis, u32(domain), u32(key), u32(from), newKey.publicEncoded);
}

/**
 * Gives the node a custodian key: a fresh ed25519 key put into its keystore
 * under `kcus`, the identity key managers name as a key's custodian. Returns
 * it as a held key (its `public` is the `custodian` argument of `registerKey`).
 */
export async function provisionCustodian(api, seed = randomAsU8a(32)) {
  const pair = ed25519PairFromSeed(seed);
  await insertKeystoreKey(api, 'kcus', u8aToHex(seed), pair.publicKey);
  return heldKey('Ed25519', pair.publicKey, (m) => ed25519Sign(m, pair));
}

/**
 * SCALE of `(b"KEYREG/SIG/V1", genesis, domain, key, version, request, payload)`:
 * what a custodian signs to fulfil a signature request. A verifier rebuilds it
 * from the `SignatureRequested` and `SignatureFulfilled` events.
 */
export function requestEnvelope({ genesis, domain, key, version, request, payload }) {
  return u8aConcat(
    stringToU8a('KEYREG/SIG/V1'), genesis, u32(domain), u32(key), u32(version), u64(request),
    compactAddLength(payload),
  );
}

/**
 * Resolves with the first event of a block, from now on, for which
 * `predicate(event)` holds; rejects after `timeoutMs`.
 */
export async function waitForEvent(api, predicate, timeoutMs = 60_000) {
  let unsubscribe = () => {};
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms`)), timeoutMs);
      api.query.system.events((records) => {
        for (const { event } of records) {
          if (predicate(event)) {
            clearTimeout(timer);
            resolve(event);
            return;
          }
        }
      }).then((u) => { unsubscribe = u; }, reject);
    });
  } finally {
    unsubscribe();
  }
}

/** A named field of an event (`domain`, `seq`, `key`, ...). */
export function field(event, name) {
  const index = event.data.names?.indexOf(name) ?? -1;
  assert.ok(index >= 0, `${event.section}.${event.method} has no field ${name}`);
  return event.data[index];
}

/**
 * Signs and submits `tx`, resolves when it is in a block: the block, its
 * events, the pallet event(s) emitted, and `error` as `section.Name` when the
 * call failed with a module error.
 */
export function send(api, signer, tx) {
  return new Promise((resolve, reject) => {
    let done = false;
    tx.signAndSend(signer, (result) => {
      const { status, events, dispatchError } = result;
      if (done) return;
      if (status.isInBlock || status.isFinalized) {
        done = true;
        let error = null;
        if (dispatchError) {
          if (dispatchError.isModule) {
            const meta = api.registry.findMetaError(dispatchError.asModule);
            error = `${meta.section}.${meta.name}`;
          } else {
            error = dispatchError.toString();
          }
        }
        resolve({
          blockHash: status.isInBlock ? status.asInBlock : status.asFinalized,
          events: events.map((r) => r.event),
          registryEvents: events.map((r) => r.event).filter((e) => e.section === 'keyRegistry'),
          error,
        });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        done = true;
        reject(new Error(`transaction ${status.type}`));
      }
    }).catch(reject);
  });
}

/** Like `send`, but the call must succeed; returns its one registry event. */
export async function sendOk(api, signer, tx) {
  const result = await send(api, signer, tx);
  assert.equal(result.error, null, `${tx.method.section}.${tx.method.method} failed`);
  assert.equal(result.registryEvents.length, 1, 'a state change emits exactly one audit event');
  return { ...result, event: result.registryEvents[0] };
}

/** The block number of a block hash. */
export async function blockNumber(api, hash) {
  return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

/**
 * Recomputes a domain's audit head from the events of every block up to
 * `at` (default: best), as an auditor would:
 * `head_n = blake2_256(head_{n-1} ‖ u64_le(n) ‖ SCALE(pallet event))`.
 */
export async function recomputeAuditHead(api, domain, at) {
  const hash = at ?? (await api.rpc.chain.getBlockHash());
  const last = await blockNumber(api, hash);
  let head = new Uint8Array(32);
  let seq = 0n;
  for (let n = 1; n <= last; n++) {
    const blockHash = await api.rpc.chain.getBlockHash(n);
    const records = await (await api.at(blockHash)).query.system.events();
    for (const { event } of records) {
      if (event.section !== 'keyRegistry' || field(event, 'domain').toNumber() !== domain) continue;
      const entrySeq = field(event, 'seq').toBigInt();
      assert.equal(entrySeq, seq + 1n, `audit seq of domain ${domain} has a gap at block ${n}`);
      seq = entrySeq;
      // toU8a() is pallet index ‖ variant index ‖ fields; the chain hashes the pallet's event.
      head = blake2AsU8a(u8aConcat(head, u64(seq), event.toU8a().slice(1)), 256);
    }
  }
  return { seq, head: u8aToHex(head) };
}

/** Every storage item of the KeyRegistry pallet at `at` (default: best), as hex key → hex value. */
export async function registrySnapshot(api, at) {
  const hash = at ?? (await api.rpc.chain.getBlockHash());
  const prefix = u8aToHex(xxhashAsU8a('KeyRegistry', 128));
  const snapshot = new Map();
  let start;
  for (;;) {
    const keys = await api.rpc.state.getKeysPaged(prefix, 500, start, hash);
    if (keys.length === 0) break;
    for (const key of keys) {
      const value = await api.rpc.state.getStorage(key, hash);
      snapshot.set(key.toHex(), value.toHex());
    }
    start = keys[keys.length - 1];
  }
  return snapshot;
}

/**
 * Puts a key into the node's local keystore under `keyType` (for the
 * registry's worker: `kreg`), with its secret URI: a hex seed (`0x…`) or a
 * mnemonic/derivation path (`//name`). Sent as raw JSON-RPC on purpose:
 * `api.rpc.author.insertKey` encodes the suri as `Text`, which decodes a
 * `0x…` string as hex, so a hex seed would reach the node as the seed's bytes
 * read as text (the node refuses that: the URI does not give the public key).
 */
export function insertKeystoreKey(api, keyType, suri, publicKey) {
  return api._rpcCore.provider.send('author_insertKey', [keyType, suri, u8aToHex(publicKey)]);
}
