// scripts/local-network.sh: three validators in sync, GRANDPA finality
// advancing, and a key registered through one node visible on the others.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { startProcess, freePortRange, connect, repoRoot, nodeBinary } from './lib/node.mjs';
import { accountActor, ed25519Key, field, possessionPayload, sendOk } from './lib/registry.mjs';

let network;
const apis = {};

before(async () => {
  const p2p = await freePortRange(3);
  let rpc = await freePortRange(3);
  while (Math.abs(rpc - p2p) < 3) rpc = await freePortRange(3);
  network = await startProcess('bash', [join(repoRoot, 'scripts', 'local-network.sh')], {
    env: { KEYREG_NODE: nodeBinary(), P2P_PORT_BASE: String(p2p), RPC_PORT_BASE: String(rpc) },
    waitFor: [/local-network: alice\s+(\S+)/, /local-network: bob\s+(\S+)/, /local-network: charlie\s+(\S+)/, /local-network: ready/],
    timeoutMs: 180_000,
    name: 'local-network',
  });
  for (const [i, name] of ['alice', 'bob', 'charlie'].entries()) {
    apis[name] = await connect(network.matches[i][1]);
  }
});

after(async () => {
  await Promise.all(Object.values(apis).map((api) => api.disconnect()));
  await network?.stop();
});

/** Polls `probe` every second until it returns a truthy value or `ms` pass. */
async function eventually(what, ms, probe) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const finalized = async (api) => (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();

test('three validators in sync: two peers each, finality advancing, one finalized chain', async () => {
  const authorities = await apis.alice.query.aura.authorities();
  assert.equal(authorities.length, 3);
  for (const [name, api] of Object.entries(apis)) {
    await eventually(`${name} has 2 peers`, 60_000, async () => (await api.rpc.system.health()).peers.toNumber() === 2);
  }
  const start = await finalized(apis.alice);
  await eventually('finality advances by 3 blocks on every node', 90_000, async () => {
    const heights = await Promise.all(Object.values(apis).map(finalized));
    return heights.every((h) => h >= start + 3);
  });
  // The nodes agree on the finalized chain.
  const height = Math.min(...(await Promise.all(Object.values(apis).map(finalized))));
  const hashes = await Promise.all(Object.values(apis).map(async (api) => (await api.rpc.chain.getBlockHash(height)).toHex()));
  assert.equal(new Set(hashes).size, 1, `block ${height} differs between nodes: ${hashes}`);
});

test('a key registered through Alice\'s node is visible, finalized, on Bob\'s and Charlie\'s', async () => {
  const api = apis.alice;
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const policy = { rotationPeriod: null, gracePeriod: 0, usageLimit: null };
  const created = await sendOk(api, alice, api.tx.keyRegistry.createDomain('network', policy));
  const domain = field(created.event, 'domain').toNumber();
  await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, alice.address, 'KeyManager'));
  const key = ed25519Key();
  const proof = key.sign(possessionPayload({
    genesis: api.genesisHash, domain, name: 'shared', version: 0, submitter: accountActor(alice.publicKey), key,
  }));
  const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
    domain, 'shared', 'Signing', 'Software', null, null, '', key.public, proof,
  ));
  const keyId = field(registered.event, 'key').toNumber();

  for (const name of ['bob', 'charlie']) {
    const other = apis[name];
    const validity = await eventually(`${name} sees the key in a finalized block`, 90_000, async () => {
      const at = await other.rpc.chain.getFinalizedHead();
      const number = (await other.rpc.chain.getHeader(at)).number.toNumber();
      const v = await other.call.keyRegistryApi.validityAt(key.public, number);
      return v.isValid ? v : null;
    });
    assert.equal(validity.asValid.domain.toNumber(), domain);
    assert.equal(validity.asValid.key.toNumber(), keyId);
    const head = await other.call.keyRegistryApi.auditHead(domain);
    const aliceHead = await api.call.keyRegistryApi.auditHead(domain);
    assert.equal(head.seq.toNumber(), 3);
    assert.equal(head.head.toHex(), aliceHead.head.toHex());
  }
});
