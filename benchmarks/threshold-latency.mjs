// Request-to-signature latency on the local network of three validators
// (3-second blocks), in one run: a 2-of-3 threshold key whose committee is
// the three validators, next to a single ed25519 key in a SoftHSM2 token of
// Alice's node. Requests alternate between the two keys, one at a time.
//
//   node benchmarks/threshold-latency.mjs            (N=10 requests per key)
//   KEYREG_BENCH_N=20 node benchmarks/threshold-latency.mjs
//
// For each request it measures the blocks from the block that includes
// `request_signature` to the block whose `SignatureFulfilled` closes it, and
// the seconds from submitting the request to seeing that block. Every
// signature is checked as plain Ed25519 over its envelope in JavaScript.
// It prints the DKG's duration too, and a markdown table for
// benchmarks/README.md.
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  Keyring, startProcess, freePortRange, connect, repoRoot, nodeBinary,
} from '../tests/lib/node.mjs';
import { createToken } from '../tests/lib/softhsm.mjs';
import {
  accountActor, field, possessionPayload, provisionCustodian, sendOk,
} from '../tests/lib/registry.mjs';
import { eventually, generateThresholdKey, requestAndVerify, seatCommittee } from '../tests/lib/committee.mjs';

const N = Number(process.env.KEYREG_BENCH_N || 10);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const token = createToken({ label: 'keyreg-latency' });
const networkDir = mkdtempSync(join(tmpdir(), 'keyreg-latency-'));
const p2p = await freePortRange(3);
let rpc = await freePortRange(3);
while (Math.abs(rpc - p2p) < 3) rpc = await freePortRange(3);
const network = await startProcess('bash', [join(repoRoot, 'scripts', 'local-network.sh')], {
  env: {
    KEYREG_NODE: nodeBinary(), P2P_PORT_BASE: String(p2p), RPC_PORT_BASE: String(rpc), NETWORK_DIR: networkDir,
    EXTRA_ARGS_ALICE: token.flags().join(' '), ...token.env,
  },
  waitFor: [/local-network: alice\s+(\S+)/, /local-network: bob\s+(\S+)/, /local-network: charlie\s+(\S+)/, /local-network: ready/],
  timeoutMs: 180_000,
  name: 'local-network',
});
const apis = {};
try {
  for (const [i, name] of ['alice', 'bob', 'charlie'].entries()) apis[name] = await connect(network.matches[i][1]);
  const api = apis.alice;
  for (const [name, nodeApi] of Object.entries(apis)) {
    await eventually(`${name} has 2 peers`, 60_000, async () => (await nodeApi.rpc.system.health()).peers.toNumber() === 2);
  }
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const policy = { rotationPeriod: null, gracePeriod: 0, usageLimit: null };
  const created = await sendOk(api, alice, api.tx.keyRegistry.createDomain('latency', policy));
  const domain = field(created.event, 'domain').toNumber();
  for (const role of ['KeyManager', 'Operator']) {
    await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, alice.address, role));
  }

  // The single key: generated in Alice's token, named custodian Alice's node.
  const hsmKey = token.ed25519Key(nodeBinary());
  const custodian = await provisionCustodian(api);
  const proof = hsmKey.sign(possessionPayload({
    genesis: api.genesisHash.toU8a(), domain, name: 'hsm', version: 0, submitter: accountActor(alice.publicKey), key: hsmKey,
  }));
  const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
    domain, 'hsm', 'Signing', { Hsm: { attestation: null } }, custodian.public, null, '0x', hsmKey.public, proof,
  ));
  const single = { domain, keyId: field(registered.event, 'key').toNumber(), groupKey: hsmKey.publicBytes };

  // The 2-of-3 key: the three validators' DKG through the chain.
  const committee = await seatCommittee(api, alice, domain, apis);
  const frost = await generateThresholdKey(api, alice, domain, 'frost', 2, committee);
  console.log(`DKG 2-of-3: ${frost.blocks} blocks, ${frost.seconds.toFixed(1)} s`);
  await eventually('every member publishes nonce commitments', 60_000, async () => {
    for (const member of [1, 2, 3]) {
      if ((await api.query.keyRegistry.nonceBatches(domain, frost.keyId, member)).isNone) return false;
    }
    return true;
  });

  const results = { hsm: [], threshold: [] };
  for (let i = 0; i < N; i++) {
    results.hsm.push(await requestAndVerify(api, alice, single, `hsm request ${i}`));
    results.threshold.push(await requestAndVerify(api, alice, frost, `threshold request ${i}`));
  }
  const row = (label, runs) => {
    const blocks = runs.map((r) => r.blocks);
    const seconds = runs.map((r) => r.seconds);
    return `| ${label} | ${runs.length} | ${median(blocks)} | ${Math.min(...blocks)}–${Math.max(...blocks)} `
      + `| ${median(seconds).toFixed(1)} | ${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)} |`;
  };
  console.log('\n| key | requests | blocks (median) | blocks (range) | seconds (median) | seconds (range) |');
  console.log('|---|---|---|---|---|---|');
  console.log(row('single ed25519 key in SoftHSM2 (Alice\'s worker)', results.hsm));
  console.log(row('2-of-3 FROST committee (three validators)', results.threshold));
  const ratio = median(results.threshold.map((r) => r.seconds)) / median(results.hsm.map((r) => r.seconds));
  console.log(`\nthreshold / single, median seconds: ${ratio.toFixed(2)}`);
  const retried = results.threshold.filter((r) => r.ended.length > 0).length;
  console.log(`threshold requests that needed a second attempt: ${retried} of ${N}`);
} finally {
  await Promise.all(Object.values(apis).map((a) => a.disconnect()));
  await network.stop();
  rmSync(networkDir, { recursive: true, force: true });
  token.remove();
}
