// The live auditor (tools/auditor, on subxt) against a running node:
// 1,000 audit entries verified with zero disagreements across a SIGKILL and
// a resume from its state file; then a JSON-RPC proxy tampers with the
// events the node serves (an altered, a dropped, a reordered and a repeated
// entry) and the auditor must stop at the tampered entry, naming its block
// and domain, and print nothing from it on.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { startDevNode, connect, freePort } from './lib/node.mjs';
import { sendOk, field } from './lib/registry.mjs';
import { startAuditor, startTamperProxy, alterField } from './lib/auditor.mjs';

const OWNERS = ['//Alice', '//Bob', '//Charlie', '//Dave'];
const BURST_PER_OWNER = 244;
const SINGLES = 24;
const policy = { rotationPeriod: null, gracePeriod: 0, usageLimit: null };

let node; let api; let workDir;
const auditors = [];
/** What the honest run saw: entries by `domain/seq`, the last finalized block verified. */
const honest = { entries: new Map(), lastBlock: 0 };

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'keyreg-auditor-'));
  node = await startDevNode(['--dev-block-time', '1000']);
  api = await connect(node.url);
});
after(async () => {
  for (const a of auditors) await a.stop('SIGKILL');
  await api?.disconnect();
  await node?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function metric(port, name) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return text.split('\n').filter((l) => l.startsWith(name))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

test('the auditor verifies 1,000 entries of a running node with zero disagreements, across a SIGKILL and a resume', async () => {
  const keyring = new Keyring({ type: 'sr25519' });
  const owners = OWNERS.map((uri) => keyring.addFromUri(uri));
  const eve = keyring.addFromUri('//Eve');
  const state = join(workDir, 'auditor-state.json');

  const first = startAuditor(node.url, ['--state', state, '--sweep-every', '5']);
  auditors.push(first);
  await first.waitForLine((l) => l.type === 'start');
  assert.deepEqual(first.lines[0], { type: 'start', from_block: 1, mode: 'genesis', domains: 0 });

  const domains = [];
  for (const owner of owners) {
    const { event } = await sendOk(api, owner, api.tx.keyRegistry.createDomain(`audited ${domains.length}`, policy));
    domains.push(field(event, 'domain').toNumber());
  }

  // A burst: each owner alternates granting and revoking Eve's Operator role.
  const start = await Promise.all(owners.map(async (o) => (await api.rpc.system.accountNextIndex(o.address)).toNumber()));
  const signed = [];
  for (let i = 0; i < BURST_PER_OWNER; i++) {
    for (const [o, owner] of owners.entries()) {
      const call = i % 2 === 0
        ? api.tx.keyRegistry.grantRole(domains[o], eve.address, 'Operator')
        : api.tx.keyRegistry.revokeRole(domains[o], eve.address, 'Operator');
      signed.push(await call.signAsync(owner, { nonce: start[o] + i, era: 0 }));
    }
  }
  const submitted = await Promise.allSettled(signed.map((tx) => api.rpc.author.submitExtrinsic(tx)));
  assert.equal(submitted.filter((r) => r.status === 'rejected').length, 0, 'the pool takes the burst');

  // Killed at an arbitrary point mid-burst, the auditor resumes from its state file.
  await first.waitForLine((l) => l.type === 'entry' && l.domain === domains[0] && l.seq > 60);
  await first.stop('SIGKILL');
  const second = startAuditor(node.url, ['--state', state, '--sweep-every', '5', '--prometheus-port', String(await freePort())]);
  auditors.push(second);
  const resumed = await second.waitForLine((l) => l.type === 'start');
  assert.equal(resumed.mode, 'resume');
  const lastOfFirst = Math.max(...first.entries().map((e) => e.block));
  assert.ok(resumed.from_block >= lastOfFirst && resumed.from_block <= lastOfFirst + 1,
    `resumes at the first block it did not finish (${resumed.from_block}, last printed ${lastOfFirst})`);

  const lastNonce = (o) => start[o] + BURST_PER_OWNER;
  for (let waited = 0; ; waited += 500) {
    const nonces = await Promise.all(owners.map(async (o) => (await api.query.system.account(o.address)).nonce.toNumber()));
    if (nonces.every((n, o) => n === lastNonce(o))) break;
    assert.ok(waited < 180_000, 'the burst is included');
    await new Promise((r) => setTimeout(r, 500));
  }
  // Entries in blocks of their own, so some blocks carry one entry of a domain.
  const alice = owners[0];
  for (let i = 0; i < SINGLES; i++) {
    const call = i % 2 === 0
      ? api.tx.keyRegistry.grantRole(domains[0], eve.address, 'Auditor')
      : api.tx.keyRegistry.revokeRole(domains[0], eve.address, 'Auditor');
    await sendOk(api, alice, call);
  }

  // Every domain's head on chain, at a finalized block, and the auditor past it.
  const finalized = await api.rpc.chain.getFinalizedHead();
  const finalizedNumber = (await api.rpc.chain.getHeader(finalized)).number.toNumber();
  const onChain = new Map();
  for (const [key, value] of await (await api.at(finalized)).query.keyRegistry.domains.entries()) {
    const { seq, head } = value.unwrap().audit;
    onChain.set(key.args[0].toNumber(), { seq: seq.toNumber(), head: head.toHex() });
  }
  await second.waitForLine((l) => l.type === 'sweep' && l.block >= finalizedNumber, 60_000);

  assert.equal([...first.lines, ...second.lines].filter((l) => l.type === 'disagreement').length, 0, 'zero disagreements');
  for (const line of [...first.entries(), ...second.entries()]) {
    const id = `${line.domain}/${line.seq}`;
    const seen = honest.entries.get(id);
    // At-least-once: a block printed but not yet saved is printed again, identically.
    if (seen) assert.deepEqual(line, seen, `entry ${id} printed twice differs`);
    honest.entries.set(id, line);
  }
  let total = 0;
  for (const [domain, head] of onChain) {
    for (let seq = 1; seq <= head.seq; seq++) {
      assert.ok(honest.entries.has(`${domain}/${seq}`), `entry ${seq} of domain ${domain} was printed`);
    }
    if (head.seq > 0) assert.equal(honest.entries.get(`${domain}/${head.seq}`).head, head.head, `domain ${domain} folds to its head on chain`);
    total += head.seq;
  }
  assert.ok(total >= 1000, `at least 1,000 entries (${total})`);
  const port = second.child.spawnargs[second.child.spawnargs.indexOf('--prometheus-port') + 1];
  assert.equal(await metric(port, 'keyreg_auditor_chain_broken'), 0);
  assert.equal(await metric(port, 'keyreg_auditor_entries_total'), second.entries().length);
  assert.ok(await metric(port, 'keyreg_auditor_verified_block') >= finalizedNumber);
  assert.ok(await metric(port, 'keyreg_auditor_domains') >= 5);
  honest.lastBlock = finalizedNumber;
  console.log(`# ${total} entries in ${onChain.size} domains verified up to block ${finalizedNumber}; `
    + `${first.entries().length} before the SIGKILL, ${second.entries().length} after`);
  await second.stop();
});

/** Runs the auditor from genesis through a proxy that applies `rewrite` at `blockHash`; resolves with its exit and lines. */
async function tamperedRun(blockHash, rewrite) {
  const proxy = await startTamperProxy(api, node.url, (records, at) => (at === blockHash ? rewrite(records) : undefined));
  const auditor = startAuditor(proxy.url, ['--until-block', String(honest.lastBlock), '--sweep-every', '1', '--linger-secs', '0']);
  auditors.push(auditor);
  const exit = await auditor.exited;
  await proxy.stop();
  const disagreement = auditor.lines.find((l) => l.type === 'disagreement');
  return { exit, disagreement, auditor };
}

const isEntry = (record, domain, seq) => record.event.section === 'keyRegistry'
  && field(record.event, 'domain').toNumber() === domain && field(record.event, 'seq').toNumber() === seq;

/** Blocks by hash with their entries, from the honest run. */
function blocks() {
  const byBlock = new Map();
  for (const e of honest.entries.values()) {
    if (!byBlock.has(e.block_hash)) byBlock.set(e.block_hash, []);
    byBlock.get(e.block_hash).push(e);
  }
  return [...byBlock.values()];
}

/** Checks that nothing of `domain` from entry `seq` on was printed as verified. */
function nothingFrom(auditor, domain, seq) {
  const printed = auditor.entries().filter((e) => e.domain === domain && e.seq >= seq);
  assert.equal(printed.length, 0, `no entry of domain ${domain} from ${seq} on is printed as verified`);
  assert.ok(auditor.entries().some((e) => e.domain === domain && e.seq === seq - 1) || seq === 1, 'the entries before it are');
}

test('a tampered event stream stops the auditor at the tampered entry', async () => {
  assert.ok(honest.lastBlock > 0, 'the honest run came first');
  // A block with two entries of one domain, and a block with a single role entry of one domain.
  const busy = blocks().find((es) => es.filter((e) => e.domain === es[0].domain).length >= 2).filter((e, _, es) => e.domain === es[0].domain).sort((a, b) => a.seq - b.seq);
  const [a, b] = busy;
  const sole = blocks().filter((es) => es.length === 1 && es[0].entry.startsWith('Role'))[0][0];

  // 1. An altered entry: the account in a role grant changed.
  {
    const { exit, disagreement, auditor } = await tamperedRun(sole.block_hash, (records) => records.map(
      (r) => (isEntry(r, sole.domain, sole.seq) ? alterField(r, 'who') : r),
    ));
    assert.equal(exit.code, 2, `exits with status 2: ${auditor.stderr.join('')}`);
    assert.deepEqual(
      { block: disagreement.block, domain: disagreement.domain, kind: disagreement.kind, entries: disagreement.entries },
      { block: sole.block, domain: sole.domain, kind: 'head_mismatch', entries: [sole.seq, sole.seq] },
    );
    assert.equal(disagreement.verified.seq, sole.seq - 1);
    assert.deepEqual(disagreement.on_chain, { seq: sole.seq, head: sole.head });
    assert.match(auditor.stderr.join(''), new RegExp(`AUDIT CHAIN BROKEN at block ${sole.block} .*domain ${sole.domain}: .*after entry ${sole.seq} `));
    nothingFrom(auditor, sole.domain, sole.seq);
  }
  // 2. A dropped entry followed by another of its domain: caught at the gap.
  {
    const { exit, disagreement, auditor } = await tamperedRun(a.block_hash, (records) => records.filter((r) => !isEntry(r, a.domain, a.seq)));
    assert.equal(exit.code, 2);
    assert.deepEqual(
      { block: disagreement.block, domain: disagreement.domain, kind: disagreement.kind, expected: disagreement.expected_seq, found: disagreement.found_seq, entry: disagreement.entry },
      { block: a.block, domain: a.domain, kind: 'sequence_gap', expected: a.seq, found: b.seq, entry: b.entry },
    );
    nothingFrom(auditor, a.domain, a.seq);
  }
  // 3. A dropped entry alone in its block: the domain's head moved without it.
  {
    const { exit, disagreement, auditor } = await tamperedRun(sole.block_hash, (records) => records.filter((r) => !isEntry(r, sole.domain, sole.seq)));
    assert.equal(exit.code, 2);
    assert.deepEqual(
      { block: disagreement.block, domain: disagreement.domain, kind: disagreement.kind, entries: disagreement.entries, verified: disagreement.verified.seq, on_chain: disagreement.on_chain.seq },
      { block: sole.block, domain: sole.domain, kind: 'head_mismatch', entries: null, verified: sole.seq - 1, on_chain: sole.seq },
    );
    nothingFrom(auditor, sole.domain, sole.seq);
  }
  // 4. Two entries of a domain swapped.
  {
    const { exit, disagreement, auditor } = await tamperedRun(a.block_hash, (records) => {
      const i = records.findIndex((r) => isEntry(r, a.domain, a.seq));
      const j = records.findIndex((r) => isEntry(r, b.domain, b.seq));
      const swapped = [...records];
      [swapped[i], swapped[j]] = [records[j], records[i]];
      return swapped;
    });
    assert.equal(exit.code, 2);
    assert.deepEqual(
      { block: disagreement.block, kind: disagreement.kind, expected: disagreement.expected_seq, found: disagreement.found_seq },
      { block: a.block, kind: 'sequence_gap', expected: a.seq, found: b.seq },
    );
    nothingFrom(auditor, a.domain, a.seq);
  }
  // 5. An entry repeated.
  {
    const { exit, disagreement, auditor } = await tamperedRun(a.block_hash, (records) => records.flatMap(
      (r) => (isEntry(r, a.domain, a.seq) ? [r, r] : [r]),
    ));
    assert.equal(exit.code, 2);
    assert.deepEqual(
      { block: disagreement.block, kind: disagreement.kind, expected: disagreement.expected_seq, found: disagreement.found_seq },
      { block: a.block, kind: 'sequence_gap', expected: a.seq + 1, found: a.seq },
    );
    nothingFrom(auditor, a.domain, a.seq);
  }
  // The same run without tampering finishes with status 0.
  {
    const { exit, disagreement, auditor } = await tamperedRun('0xnone', () => undefined);
    assert.equal(exit.code, 0, auditor.stderr.join(''));
    assert.equal(disagreement, undefined);
    assert.equal(auditor.entries().length, [...honest.entries.values()].filter((e) => e.block <= honest.lastBlock).length);
  }
});
