// Retired keys do not outlive their use: once a rotated-away HSM key's grace
// period ends, the node's worker destroys it in the token and the chain
// records `KeyVersionDestroyed` (named custodian, version, public key) as an
// audit entry; a key whose policy keeps retired keys keeps them. The
// operator's `keyreg-node hsm delete` refuses keys the chain still uses, and
// `hsm prune` finds unregistered pairs and halves of interrupted generations,
// changing nothing without --yes.
import { test, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { Keyring } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { nodeBinary, startDevNode, connect } from './lib/node.mjs';
import { createToken, softhsmModule } from './lib/softhsm.mjs';
import {
  accountActor, field, possessionPayload, provisionCustodian, recomputeAuditHead,
  sendOk, waitForEvent,
} from './lib/registry.mjs';

const token = createToken({ label: 'retired keys' });
after(() => token.remove());

/** `keyreg-node hsm ...` against the running node's RPC; stdout and stderr. */
function hsm(url, ...args) {
  const output = execFileSync(nodeBinary(), [
    'hsm', ...args, '--rpc-url', url,
    '--hsm-module', softhsmModule, '--hsm-token-label', token.label, '--hsm-pin-file', token.pinFile,
  ], { env: { ...process.env, ...token.env }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  return output.trim().split('\n').filter((line) => line.length > 0);
}

/** Like `hsm`, expecting exit status 1; returns stderr. */
function hsmRefused(url, ...args) {
  try {
    hsm(url, ...args);
  } catch (error) {
    assert.equal(error.status, 1, error.stderr);
    return error.stderr.toString();
  }
  return assert.fail(`keyreg-node hsm ${args.join(' ')} succeeded`);
}

const listed = () => token.hsm(nodeBinary(), 'list');

/** The best block's number. */
const best = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();

test('a retired HSM key is destroyed when its grace ends and recorded; delete and prune guard what is in use', async () => {
  const node = nodeBinary();
  const destroyed = token.ed25519Key(node);
  const kept = token.ed25519Key(node);
  const chain = await startDevNode([...token.flags(), '--dev-block-time', '1000'], token.env);
  const withLog = (error) => {
    throw new Error(`${error.message}; the node's last log lines:\n${chain.lines.slice(-60).join('\n')}`);
  };
  try {
    const api = await connect(chain.url);
    try {
      const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
      const genesis = api.genesisHash.toU8a();
      const domain = 0;
      const custodian = await provisionCustodian(api);
      const grace = 3;
      const register = async (name, v0) => {
        const proof = v0.sign(possessionPayload({
          genesis, domain, name, version: 0, submitter: accountActor(alice.publicKey), key: v0,
        }));
        const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
          domain, name, 'Signing', { Hsm: { attestation: null } }, custodian.public,
          { rotationPeriod: 10, gracePeriod: grace, usageLimit: null }, '0x', v0.public, proof,
        ));
        return field(registered.event, 'key').toNumber();
      };
      const keyA = await register('destroyed-when-retired', destroyed);
      const keyB = await register('kept-when-retired', kept);
      // Key B's manager keeps its retired versions (a legal hold).
      const keep = await sendOk(api, alice, api.tx.keyRegistry.setRetiredKeys(domain, keyB, 'Keep'));
      assert.equal(keep.event.method, 'RetiredKeysSet');
      assert.equal(field(keep.event, 'retiredKeys').toString(), 'Keep');

      const isEvent = (method, key) => (e) => e.section === 'keyRegistry' && e.method === method
        && field(e, 'key').toNumber() === key;
      const rotatedBLater = waitForEvent(api, isEvent('KeyRotated', keyB), 120_000).catch(withLog);
      // One rotation each is enough here: no further schedule once rotated.
      const once = { rotationPeriod: null, gracePeriod: grace, usageLimit: null };
      const rotatedA = await waitForEvent(api, isEvent('KeyRotated', keyA), 120_000).catch(withLog);
      await sendOk(api, alice, api.tx.keyRegistry.setKeyPolicy(domain, keyA, once));
      const v1A = field(rotatedA, 'public').asEd25519.toHex();
      const rotatedAt = (await api.query.keyRegistry.versions(domain, keyA, 1)).unwrap().activatedAt.toNumber();

      // The worker destroys v0 in the token once its grace ends, then records it.
      const record = await waitForEvent(api, isEvent('KeyVersionDestroyed', keyA), 120_000).catch(withLog);
      assert.equal(field(record, 'version').toNumber(), 0);
      assert.equal(field(record, 'public').asEd25519.toHex(), u8aToHex(destroyed.publicBytes));
      assert.equal(field(record, 'actor').asCustodian.asEd25519.toHex(), u8aToHex(custodian.publicBytes),
        'the entry names the custodian that destroyed it');
      const recordedAt = (await api.query.keyRegistry.destructions(domain, keyA, 0)).unwrap().toNumber();
      assert.ok(recordedAt >= rotatedAt + grace, `recorded at ${recordedAt}, grace ended at ${rotatedAt + grace}`);
      const inToken = listed();
      assert.ok(!inToken.includes(`ed25519 ${u8aToHex(destroyed.publicBytes)}`), `v0 is gone from the token: ${inToken}`);
      assert.ok(inToken.includes(`ed25519 ${v1A}`), 'the current version stays');
      // The node's log pipe may trail its RPC by a moment.
      for (let i = 0; i < 50 && !/destroyed the private key of retired v0/.test(chain.log()); i++) {
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.match(chain.log(), /key \d+\/\d+: destroyed the private key of retired v0 \(0x[0-9a-f]{64}\)/);

      // Key B rotates too, but its v0 stays in the token, with no record.
      await rotatedBLater;
      await sendOk(api, alice, api.tx.keyRegistry.setKeyPolicy(domain, keyB, once));
      const activatedB = (await api.query.keyRegistry.versions(domain, keyB, 1)).unwrap().activatedAt.toNumber();
      while (await best(api) < activatedB + grace + 8) await new Promise((r) => setTimeout(r, 500));
      assert.ok(listed().includes(`ed25519 ${u8aToHex(kept.publicBytes)}`), 'a kept key stays');
      assert.ok((await api.query.keyRegistry.destructions(domain, keyB, 0)).isNone);

      // The audit chain holds the new entries like any other.
      const at = await api.rpc.chain.getBlockHash(await best(api));
      const head = await recomputeAuditHead(api, domain, at);
      const onChain = (await (await api.at(at)).query.keyRegistry.domains(domain)).unwrap().audit;
      assert.equal(head.head, onChain.head.toHex(), 'the audit head rebuilt from the events matches the chain');
      assert.equal(head.seq, onChain.seq.toBigInt());

      // `hsm delete`: refused for a key the chain uses, a dry run by default.
      assert.match(hsmRefused(chain.url, 'delete', '--public', v1A, '--yes'),
        new RegExp(`refused: ${v1A} is the current version of key ${domain}/${keyA} v1: rotate the key first`));
      const keptHex = u8aToHex(kept.publicBytes);
      assert.match(hsm(chain.url, 'delete', '--public', keptHex)[0],
        new RegExp(`^would destroy Ed25519 ${keptHex} \\(key ${domain}/${keyB} v0, retired since block \\d+\\); run again with --yes`));
      assert.ok(listed().includes(`ed25519 ${keptHex}`), 'a dry run changes nothing');
      assert.match(hsm(chain.url, 'delete', '--public', keptHex, '--yes')[0], /^destroyed Ed25519/);
      assert.ok(!listed().includes(`ed25519 ${keptHex}`));
      assert.match(hsmRefused(chain.url, 'delete', '--public', keptHex), /the token holds no Ed25519 key pair/);

      // Orphans: a key generated and never registered, and an interrupted
      // generation (a pair under the node's label never tagged with its key).
      const [orphan] = token.hsm(node, 'generate', '--scheme', 'ed25519');
      execFileSync('pkcs11-tool', [
        '--module', softhsmModule, '--token-label', token.label, '--login', '--pin', token.pin,
        '--keypairgen', '--key-type', 'EC:edwards25519', '--label', 'keyreg/kreg', '--id', '00ff',
      ], { env: { ...process.env, ...token.env }, stdio: 'pipe' });
      const before = listed();
      const dryRun = hsm(chain.url, 'prune');
      assert.deepEqual(dryRun.filter((l) => l.startsWith('orphan')), [
        `orphan Ed25519 ${orphan}: not registered on chain (block ${dryRun[0].match(/block (\d+)/)[1]})`,
      ]);
      const leftovers = dryRun.filter((l) => l.startsWith('leftover'));
      assert.equal(leftovers.length, 2, dryRun.join('\n'));
      assert.ok(leftovers.every((l) => l.includes('id=0x00ff')), leftovers.join('\n'));
      assert.deepEqual(listed(), before, 'a dry run changes nothing');
      hsm(chain.url, 'prune', '--yes');
      assert.deepEqual(hsm(chain.url, 'prune'), [], 'nothing left to prune');
      const after = listed();
      assert.ok(!after.includes(`ed25519 ${orphan}`));
      // The keys the chain uses are all still there and still sign.
      const v1B = (await api.query.keyRegistry.versions(domain, keyB, 1)).unwrap().public.asEd25519.toHex();
      for (const current of [v1A, v1B]) assert.ok(after.includes(`ed25519 ${current}`), `${current} kept`);
      await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, alice.address, 'Operator'));
      const requested = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(domain, keyA, u8aToHex(stringToU8a('after pruning'))));
      const request = field(requested.event, 'request').toBigInt();
      await waitForEvent(api, (e) => e.section === 'keyRegistry' && e.method === 'SignatureFulfilled'
        && field(e, 'request').toBigInt() === request, 90_000).catch(withLog);
    } finally {
      await api.disconnect();
    }
  } finally {
    await chain.stop();
  }
});

test('hsm delete and prune refuse to act without the chain', async () => {
  const url = 'ws://127.0.0.1:9';
  assert.match(hsmRefused(url, 'prune'), /cannot reach the node's RPC at ws:\/\/127.0.0.1:9 .*give --rpc-url/);
  const [key] = token.hsm(nodeBinary(), 'generate', '--scheme', 'ed25519');
  assert.match(hsmRefused(url, 'delete', '--public', key, '--yes'), /cannot reach the node's RPC/);
  assert.ok(listed().includes(`ed25519 ${key}`), 'nothing was destroyed');
  assert.match(hsmRefused(url, 'delete', '--public', '0x1234'), /--public: 2 bytes; an ed25519 key has 32/);
});
