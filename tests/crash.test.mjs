// Crash safety: the node is killed with SIGKILL in the middle of a burst of
// signature requests on its HSM key, and again right after its worker
// generated the key of a due rotation; each time it restarts on the same base
// path and token. Every request on chain is then fulfilled or expired by the
// rules (never both, never twice), nothing registered is lost, the rotation
// uses the key generated before the crash (one key per rotation), the token
// holds registered versions only and, once the retired version's grace ends
// and the worker destroyed and recorded it, exactly the current one; and the
// auditor verifies every domain's audit chain across both crashes.
import { test, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { nodeBinary, startDevNode, connect, freePort } from './lib/node.mjs';
import { createToken } from './lib/softhsm.mjs';
import { startAuditor } from './lib/auditor.mjs';
import { accountActor, field, possessionPayload, provisionCustodian, sendOk } from './lib/registry.mjs';

const token = createToken({ label: 'keyreg-crash' });
const basePath = mkdtempSync(join(tmpdir(), 'keyreg-crash-'));
after(() => { token.remove(); rmSync(basePath, { recursive: true, force: true }); });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// One RPC port across restarts, so the live auditor reconnects to the same node.
const rpcPort = await freePort();
const start = () => startDevNode([...token.flags(), '--dev-block-time', '1000'], token.env, { basePath, rpcPort });

/** SIGKILL to the node's process group: no shutdown, no flush. */
async function crash(chain) {
  const exited = new Promise((resolve) => chain.child.once('exit', resolve));
  process.kill(-chain.child.pid, 'SIGKILL');
  await exited;
}

async function until(what, check, ms = 120_000) {
  if (process.env.KEYREG_E2E_VERBOSE) console.error(`waiting for ${what}`);
  const deadline = Date.now() + ms;
  for (;;) {
    // A query that never answers fails the wait instead of hanging the run.
    let timer;
    const value = await Promise.race([
      check(),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within 30 s while waiting for ${what}`)), 30_000); }),
    ]).finally(() => clearTimeout(timer));
    if (value) return value;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** Every registry event of blocks `from..=to`. */
async function registryEvents(api, from, to) {
  const events = [];
  for (let n = from; n <= to; n++) {
    const records = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
    for (const { event } of records) if (event.section === 'keyRegistry') events.push({ block: n, event });
  }
  return events;
}

test('SIGKILL mid-burst and mid-rotation: requests settle by the rules, nothing is lost, one key per rotation', { timeout: 600_000 }, async () => {
  const node = nodeBinary();
  const v0 = token.ed25519Key(node);
  let chain = await start();
  let api = await connect(chain.url);
  // A live auditor follows the node through both crashes, reconnecting.
  const metricsPort = await freePort();
  const live = startAuditor(chain.url, ['--state', join(basePath, 'auditor.json'), '--sweep-every', '1', '--prometheus-port', String(metricsPort)]);
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const domain = 0;
  let key; let registeredAt;
  const rotationPeriod = 45;
  try {
    const genesis = api.genesisHash.toU8a();
    await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, alice.address, 'Operator'));
    const custodian = await provisionCustodian(api);
    const name = 'crash-hsm';
    const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
      domain, name, 'Signing', { Hsm: { attestation: null } }, custodian.public,
      { rotationPeriod, gracePeriod: 2, usageLimit: null }, '0x', v0.public,
      v0.sign(possessionPayload({ genesis, domain, name, version: 0, submitter: accountActor(alice.publicKey), key: v0 })),
    ));
    key = field(registered.event, 'key').toNumber();
    registeredAt = (await api.rpc.chain.getHeader(registered.blockHash)).number.toNumber();

    // A burst of 24 requests; the node dies as soon as the first is fulfilled.
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const signed = [];
    for (let i = 0; i < 24; i++) {
      signed.push(await api.tx.keyRegistry.requestSignature(domain, key, u8aToHex(stringToU8a(`burst ${i}`)))
        .signAsync(alice, { nonce: nonce + i, era: 0 }));
    }
    await Promise.all(signed.map((tx) => api.rpc.author.submitExtrinsic(tx)));
    await until('the first fulfilment', async () => (await api.query.system.events())
      .some(({ event }) => event.method === 'SignatureFulfilled'), 60_000);
  } finally {
    await api.disconnect();
  }
  await crash(chain);

  // Restarted on the same base path and token: every request on chain settles.
  chain = await start();
  api = await connect(chain.url);
  try {
    const record = (await api.query.keyRegistry.keys(domain, key)).unwrap();
    assert.equal(record.currentVersion.toNumber(), 0, 'the key survived the crash');
    await until('every request fulfilled or expired', async () => (await api.query.keyRegistry.signatureRequests.entries(domain, key)).length === 0);
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const events = await registryEvents(api, registeredAt, head);
    const ids = (method) => events.filter((e) => e.event.method === method && field(e.event, 'key').toNumber() === key)
      .map((e) => field(e.event, 'request').toString());
    const requested = ids('SignatureRequested');
    const fulfilled = ids('SignatureFulfilled');
    const expired = ids('SignatureRequestExpired');
    assert.ok(requested.length >= 1, 'requests reached the chain');
    assert.equal(new Set(fulfilled).size, fulfilled.length, 'no request fulfilled twice');
    assert.equal(new Set(expired).size, expired.length, 'no request expired twice');
    assert.deepEqual([...fulfilled, ...expired].sort(), [...requested].sort(), 'each request fulfilled xor expired');
    console.log(`# burst across a SIGKILL: ${requested.length} on chain, ${fulfilled.length} fulfilled, ${expired.length} expired`);

    // The rotation falls due; the node dies right after generating the next key.
    const generated = await until('the rotation key generated', () => chain.lines.some((l) => /generated a Ed25519 key for/.test(l)), 120_000);
    assert.ok(generated);
  } finally {
    await api.disconnect();
  }
  await crash(chain);
  const inToken = token.hsm(node, 'list');
  const v0Hex = u8aToHex(v0.publicBytes);
  const next = inToken.filter((l) => l !== `ed25519 ${v0Hex}`);
  assert.equal(next.length, 1, `one key generated for the rotation: ${inToken}`);
  const nextHex = next[0].split(' ')[1];

  chain = await start();
  api = await connect(chain.url);
  try {
    const rotated = await until('the rotation', async () => {
      const record = (await api.query.keyRegistry.keys(domain, key)).unwrap();
      return record.currentVersion.toNumber() === 1 ? record : null;
    }, 120_000);
    const version1 = (await api.query.keyRegistry.versions(domain, key, 1)).unwrap();
    assert.equal(version1.public.asEd25519.toHex(), nextHex, 'the rotation used the key generated before the crash');
    assert.ok(rotated);
    const held = token.hsm(node, 'list');
    assert.ok(held.includes(`ed25519 ${nextHex}`), 'the current version is in the token');
    assert.ok(held.every((l) => [`ed25519 ${v0Hex}`, `ed25519 ${nextHex}`].includes(l)),
      `the token holds registered versions only: ${held}`);
    // Once v0's grace ends the worker destroys it and records it: then the
    // token holds exactly the current version.
    await until('v0 destroyed and recorded', async () => (await api.query.keyRegistry.destructions(domain, key, 0)).isSome, 120_000);
    assert.deepEqual(token.hsm(node, 'list'), [`ed25519 ${nextHex}`], 'the retired version is gone from the token');

    // The audit trail is whole across both crashes: the live auditor
    // reconnected after each, and a batch audit from genesis agrees.
    const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    await live.waitForLine((l) => l.type === 'sweep' && l.block >= finalized, 90_000);
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const reconnects = Number(metrics.match(/^keyreg_auditor_reconnects_total (\d+)/m)?.[1]);
    assert.ok(reconnects >= 2, `the live auditor reconnected after each crash (${reconnects})`);
    assert.equal(live.lines.filter((l) => l.type === 'disagreement').length, 0);
    await live.stop();
    const auditor = startAuditor(chain.url, ['--until-block', String(finalized), '--sweep-every', '1']);
    const exit = await auditor.exited;
    assert.equal(exit.code, 0, auditor.stderr.join(''));
    assert.equal(auditor.lines.filter((l) => l.type === 'disagreement').length, 0);
  } finally {
    await live.stop('SIGKILL');
    await api.disconnect();
    await chain.stop();
  }
});
