// The custodian's off-chain worker and node with 10,000 keys in one SoftHSM2
// token, next to 10 keys: the worker's time per block, the node's CPU per
// block and its memory, and the ratios.
//
//   node benchmarks/worker-scale.mjs                 (10 and 10,000 keys, 60 blocks each)
//   KEYREG_SCALE_KEYS=10,1000 KEYREG_SCALE_BLOCKS=30 node benchmarks/worker-scale.mjs
//
// For each size a fresh token is filled with `keyreg-node hsm generate
// --count N` (ed25519, the node's label and ids, as the node makes them), a
// dev node starts on it (empty blocks every second) and indexes the token
// once. Ten of the keys are registered on chain with the node as custodian;
// the rest are keys the node holds but the chain does not use (the retired
// and spare keys a long-running custodian accumulates). Every third block
// the script submits 4 signature requests spread over the ten keys, which
// the worker fulfils, so both sizes do the same work. (The dev chain seals a
// block for each burst of transactions, so a block is sealed for the
// requests and one for the fulfilments, besides the empty ones.)
//
// Per block it reads the worker's status from the node's off-chain storage
// (`keyreg/ocw/status`: its report and `took_ms`, the run's time measured by
// the worker with the off-chain clock, 1 ms resolution), and the node
// process's CPU time and resident memory from /proc. It prints one table.
import { readFileSync } from 'node:fs';
import { Keyring, nodeBinary, startDevNode, connect, freePort } from '../tests/lib/node.mjs';
import { createToken } from '../tests/lib/softhsm.mjs';
import {
  accountActor, field, heldKey, hexToU8a, possessionPayload, provisionCustodian, randomAsU8a, sendOk, u8aToHex,
} from '../tests/lib/registry.mjs';

const SIZES = (process.env.KEYREG_SCALE_KEYS || '10,10000').split(',').map(Number);
const BLOCKS = Number(process.env.KEYREG_SCALE_BLOCKS || 60);
const REGISTERED = 10;
const REQUESTS_PER_BURST = 4;
const DOMAIN = 0;
const WORKER_STATUS_KEY = u8aToHex(new TextEncoder().encode('keyreg/ocw/status'));
const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

/** `WorkerStatus` from its SCALE bytes: block, 12 report counters, took_ms. */
function decodeStatus(hex) {
  const bytes = hexToU8a(hex);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (i) => view.getUint32(i * 4, true);
  const names = ['held', 'scanned', 'pendingRequests', 'rotationsDue', 'claimsHeld', 'claimsCleared',
    'custodied', 'fulfilments', 'rotations', 'signerFailures', 'custodyAlerts', 'destructions'];
  const report = Object.fromEntries(names.map((name, i) => [name, u32(i + 1)]));
  return { block: u32(0), report, tookMs: Number(view.getBigUint64(13 * 4, true)) };
}

/** The node process's CPU seconds (user + system) and resident memory. */
function processFigures(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(status.match(new RegExp(`${name}:\\s+(\\d+) kB`))[1]);
  return { cpuSeconds, rssMiB: kib('VmRSS') / 1024, hwmMiB: kib('VmHWM') / 1024 };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

async function measure(size) {
  const token = createToken({ label: `scale-${size}` });
  const node = nodeBinary();
  try {
    const filling = Date.now();
    const publics = token.hsm(node, 'generate', '--scheme', 'ed25519', '--count', String(size));
    const fillSeconds = (Date.now() - filling) / 1000;
    const chain = await startDevNode([...token.flags(), '--dev-block-time', '1000'], token.env,
      { prometheusPort: await freePort() });
    const pid = chain.child.pid;
    const api = await connect(chain.url);
    try {
      const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
      const genesis = api.genesisHash.toU8a();
      await sendOk(api, alice, api.tx.keyRegistry.grantRole(DOMAIN, alice.address, 'Operator'));
      const custodian = await provisionCustodian(api);
      const keys = [];
      for (const [i, publicHex] of publics.slice(0, REGISTERED).entries()) {
        const key = heldKey('Ed25519', hexToU8a(publicHex),
          (message) => hexToU8a(token.hsm(node, 'sign', '--public', publicHex, '--message', u8aToHex(message))[0]));
        const name = `scale-${i}`;
        const proof = key.sign(possessionPayload({
          genesis, domain: DOMAIN, name, version: 0, submitter: accountActor(alice.publicKey), key,
        }));
        const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
          DOMAIN, name, 'Signing', { Hsm: { attestation: null } }, custodian.public, null, '0x', key.public, proof,
        ));
        keys.push(field(registered.event, 'key').toNumber());
      }
      const indexed = chain.lines.map((l) => l.match(/indexed (\d+) Ed25519 keys of .* in (\d+) ms/))
        .find((m) => m);

      // Warm-up: the worker has run with every key registered.
      const samples = [];
      let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
      let next = 0;
      let start = null;
      let fulfilled = 0;
      await new Promise((resolve, reject) => {
        let queue = Promise.resolve();
        let unsubscribe = () => {};
        api.rpc.chain.subscribeNewHeads((header) => {
          queue = queue.then(async () => {
            for (let i = 0; header.number.toNumber() % 3 === 0 && i < REQUESTS_PER_BURST; i++) {
              const key = keys[next++ % keys.length];
              await api.tx.keyRegistry.requestSignature(DOMAIN, key, u8aToHex(randomAsU8a(32)))
                .signAndSend(alice, { nonce: nonce++ });
            }
            const raw = await api.rpc.offchain.localStorageGet('PERSISTENT', WORKER_STATUS_KEY);
            if (raw.isNone) return;
            const status = decodeStatus(raw.unwrap().toHex());
            const events = await (await api.at(header.hash)).query.system.events();
            const filledHere = events.filter(({ event }) => event.section === 'keyRegistry'
              && event.method === 'SignatureFulfilled').length;
            if (start === null) {
              if (header.number.toNumber() < 5) return;
              start = { block: header.number.toNumber(), ...processFigures(pid) };
              return;
            }
            fulfilled += filledHere;
            samples.push(status);
            if (samples.length >= BLOCKS) {
              const end = { block: header.number.toNumber(), ...processFigures(pid) };
              unsubscribe();
              resolve({ end });
            }
          }).catch(reject);
        }).then((u) => { unsubscribe = u; }, reject);
      }).then(({ end }) => {
        samples.end = end;
      });
      const took = samples.map((s) => s.tookMs);
      const blocks = samples.end.block - start.block;
      return {
        size,
        fillSeconds,
        indexMs: indexed ? Number(indexed[2]) : null,
        held: samples.at(-1).report.held,
        scanned: mean(samples.map((s) => s.report.scanned)),
        workerMean: mean(took),
        workerP50: percentile(took, 50),
        workerP95: percentile(took, 95),
        workerMax: Math.max(...took),
        cpuMsPerBlock: ((samples.end.cpuSeconds - start.cpuSeconds) * 1000) / blocks,
        rssMiB: samples.end.rssMiB,
        hwmMiB: samples.end.hwmMiB,
        fulfilled,
        blocks,
      };
    } finally {
      await api.disconnect();
      await chain.stop();
    }
  } finally {
    token.remove();
  }
}

const results = [];
for (const size of SIZES) {
  console.error(`worker-scale: ${size} keys …`);
  results.push(await measure(size));
}
const fmt = (v, d = 1) => (v === null ? '–' : v.toFixed(d));
console.log(`| keys in token | filled in | index built in | held | scanned/run | worker ms/run mean (p50, p95, max) | node CPU ms/block | RSS MiB (peak) | fulfilled / blocks |`);
console.log('|---:|---:|---:|---:|---:|---|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.size} | ${fmt(r.fillSeconds)} s | ${r.indexMs ?? '–'} ms | ${r.held} | ${fmt(r.scanned, 0)} | ${fmt(r.workerMean, 2)} (${r.workerP50}, ${r.workerP95}, ${r.workerMax}) | ${fmt(r.cpuMsPerBlock)} | ${fmt(r.rssMiB, 0)} (${fmt(r.hwmMiB, 0)}) | ${r.fulfilled} / ${r.blocks} |`);
}
if (results.length >= 2) {
  const [small, large] = [results[0], results.at(-1)];
  console.log('');
  console.log(`ratio ${large.size} / ${small.size} keys: worker time ${fmt(large.workerMean / small.workerMean, 2)}×, `
    + `node CPU per block ${fmt(large.cpuMsPerBlock / small.cpuMsPerBlock, 2)}×, RSS ${fmt(large.rssMiB / small.rssMiB, 2)}×`);
}
process.exit(0);
