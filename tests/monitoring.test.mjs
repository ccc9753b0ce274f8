// Monitoring end to end: a real Prometheus server (Debian's package) scrapes a
// dev node that serves an HSM key, with the shipped alert rules loaded. A
// burst of requests crosses the key's velocity rule, the key freezes in the
// same block, and the anomaly alert fires; with the token gone, the
// signer-down alert fires. The live auditor (tools/auditor) prints the
// anomaly entry as a JSON line; a second auditor, fed a tampered copy of that
// entry, stops and the audit-chain-broken alert fires. The Grafana
// dashboard's queries all run.
import { test, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { ed25519Verify } from '@polkadot/util-crypto';
import { connect, freePort, nodeBinary, repoRoot, startDevNode, startProcess } from './lib/node.mjs';
import { createToken } from './lib/softhsm.mjs';
import { alterField, startAuditor, startTamperProxy } from './lib/auditor.mjs';
import {
  accountActor, field, possessionPayload, provisionCustodian, requestEnvelope, send, sendOk, waitForEvent,
} from './lib/registry.mjs';

const token = createToken({ label: 'keyreg-monitoring' });
const workDir = mkdtempSync(join(tmpdir(), 'keyreg-monitoring-'));
after(() => { token.remove(); rmSync(workDir, { recursive: true, force: true }); });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The node's metrics as `{ 'name{labels}': value }`. */
async function scrape(port) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const samples = {};
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const at = line.lastIndexOf(' ');
    samples[line.slice(0, at)] = Number(line.slice(at + 1));
  }
  return samples;
}

/** The value of the one sample of `name` whose labels include every `labels` pair. */
function sample(samples, name, labels = {}) {
  const hits = Object.entries(samples).filter(([series]) => {
    if (series !== name && !series.startsWith(`${name}{`)) return false;
    return Object.entries(labels).every(([k, v]) => series.includes(`${k}="${v}"`));
  });
  assert.equal(hits.length, 1, `one ${name} ${JSON.stringify(labels)} series, found ${hits.map(([s]) => s)}`);
  return hits[0][1];
}

async function promApi(port, path) {
  const body = await (await fetch(`http://127.0.0.1:${port}/api/v1/${path}`)).json();
  assert.equal(body.status, 'success', `${path}: ${JSON.stringify(body)}`);
  return body.data;
}

/** Waits until Prometheus reports alert `name` firing with `labels`; returns it. */
async function firing(port, name, labels, ms) {
  const deadline = Date.now() + ms;
  let last = [];
  while (Date.now() < deadline) {
    last = (await promApi(port, 'alerts')).alerts;
    const alert = last.find((a) => a.labels.alertname === name && a.state === 'firing'
      && Object.entries(labels).every(([k, v]) => a.labels[k] === v));
    if (alert) return alert;
    await sleep(500);
  }
  const targets = (await promApi(port, 'targets')).activeTargets.map((t) => `${t.scrapeUrl} ${t.health} ${t.lastError}`);
  const rules = (await promApi(port, 'rules')).groups.flatMap((g) => g.rules.map((r) => `${r.name} ${r.health} ${r.lastError ?? ''}`));
  assert.fail(`${name} did not fire within ${ms} ms; alerts: ${JSON.stringify(last)}; targets: ${targets}; rules: ${rules}`);
}

test('a velocity breach freezes the HSM key in its block and fires the anomaly alert; a lost token fires signer-down', async () => {
  const v0 = token.ed25519Key(nodeBinary());
  const metricsPort = await freePort();
  const chain = await startDevNode(
    [...token.flags(), '--dev-block-time', '1000'], token.env, { prometheusPort: metricsPort },
  );
  const promPort = await freePort();
  const auditorPort = await freePort();
  const tamperedAuditorPort = await freePort();
  writeFileSync(join(workDir, 'prometheus.yml'), [
    'global:',
    '  scrape_interval: 1s',
    '  evaluation_interval: 1s',
    'rule_files:',
    `  - ${join(repoRoot, 'deploy', 'prometheus', 'keyreg-alerts.yml')}`,
    'scrape_configs:',
    '  - job_name: keyreg-node',
    '    static_configs:',
    `      - targets: ['127.0.0.1:${metricsPort}']`,
    '  - job_name: keyreg-auditor',
    '    static_configs:',
    `      - targets: ['127.0.0.1:${auditorPort}', '127.0.0.1:${tamperedAuditorPort}']`,
    '',
  ].join('\n'));
  const prometheus = await startProcess('prometheus', [
    `--config.file=${join(workDir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(workDir, 'data')}`,
    `--web.listen-address=127.0.0.1:${promPort}`,
  ], { waitFor: [/Server is ready to receive web requests/], name: 'prometheus' });
  const withLogs = (error) => {
    throw new Error(`${error.message}\nnode:\n${chain.lines.slice(-40).join('\n')}\nprometheus:\n${prometheus.lines.slice(-20).join('\n')}`);
  };
  const auditor = startAuditor(chain.url, ['--prometheus-port', String(auditorPort), '--sweep-every', '1']);
  let tamperedAuditor; let proxy;
  try {
    const api = await connect(chain.url);
    try {
      const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
      const genesis = api.genesisHash.toU8a();
      const domain = 0;
      await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, alice.address, 'Operator'));
      const custodian = await provisionCustodian(api);
      const name = 'treasury-hsm';
      const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
        domain, name, 'Signing', { Hsm: { attestation: null } }, custodian.public,
        { rotationPeriod: null, gracePeriod: 0, usageLimit: null }, '0x', v0.public,
        v0.sign(possessionPayload({ genesis, domain, name, version: 0, submitter: accountActor(alice.publicKey), key: v0 })),
      ));
      const key = field(registered.event, 'key').toNumber();
      // At most 3 requests per window of 600 blocks (10 minutes); a breach freezes.
      const policy = {
        window: 600, maxUses: 3, maxRequesters: null, maxRefusals: null, baseline: null,
        flagNewRequesters: false, freezeOn: 0b00001,
      };
      const set = await sendOk(api, alice, api.tx.keyRegistry.setVelocityPolicy(domain, key, policy));
      assert.equal(set.event.method, 'VelocityPolicySet');

      // Normal use: the HSM signs through the worker, and the metrics show it.
      const payload = stringToU8a('pay 10 to the escrow');
      const requested = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(domain, key, u8aToHex(payload)));
      const request = field(requested.event, 'request').toBigInt();
      const fulfilled = await waitForEvent(api, (e) => e.method === 'SignatureFulfilled'
        && field(e, 'request').toBigInt() === request, 60_000).catch(withLogs);
      assert.ok(ed25519Verify(
        requestEnvelope({ genesis, domain, key, version: 0, request, payload }),
        field(fulfilled, 'signature').asEd25519.toU8a(), v0.publicBytes,
      ));
      let samples = await scrape(metricsPort);
      const backend = `pkcs11:${token.label}`;
      assert.ok(sample(samples, 'keyreg_signatures_total', { backend, scheme: 'ed25519', key_type: 'kreg' }) >= 1);
      assert.ok(sample(samples, 'keyreg_signatures_total', { backend: 'local', scheme: 'ed25519', key_type: 'kcus' }) >= 1,
        'the custodian co-signs from the local keystore');
      assert.ok(sample(samples, 'keyreg_signer_latency_seconds_count', { backend, scheme: 'ed25519' }) >= 1);
      assert.equal(sample(samples, 'keyreg_hsm_up', { backend }), 1);
      assert.equal(sample(samples, 'keyreg_worker_keys_held'), 1);
      assert.equal(sample(samples, 'keyreg_worker_keys_custodied'), 1);
      assert.ok(sample(samples, 'keyreg_worker_lag_blocks') <= 2, 'the worker keeps up');
      assert.equal(sample(samples, 'keyreg_anomalies_total', { rule: 'uses' }), 0, 'the series exists at 0');
      // Prometheus must have scraped the 0 before the breach, or increase()
      // has nothing to compare the 1 with (a fresh target's first scrape
      // can take several seconds).
      const deadline = Date.now() + 60_000;
      while ((await promApi(promPort, `query?query=${encodeURIComponent('keyreg_anomalies_total{rule="uses"} == 0')}`)).result.length === 0) {
        assert.ok(Date.now() < deadline, 'Prometheus scrapes the node within a minute');
        await sleep(500);
      }

      // The burst: two more are within the limit, the fourth crosses it.
      for (const i of [2, 3]) {
        const ok = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(domain, key, u8aToHex(stringToU8a(`burst ${i}`))));
        assert.equal(ok.event.method, 'SignatureRequested');
      }
      const submitted = Date.now();
      const crossing = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(domain, key, '0x0bad'));
      const includedMs = Date.now() - submitted;
      const anomaly = crossing.event;
      assert.equal(anomaly.method, 'AnomalyDetected');
      assert.deepEqual(field(anomaly, 'breaches').toJSON(), [{ rule: 'Uses', observed: 4, limit: 3 }]);
      assert.equal(field(anomaly, 'frozen').isTrue, true);
      assert.equal(field(anomaly, 'outcome').toJSON().refused, 'AnomalyFreeze');
      // Frozen in the very block that recorded the anomaly: zero blocks later.
      const atAnomaly = await api.query.keyRegistry.keys.at(crossing.blockHash, domain, key);
      assert.equal(atAnomaly.unwrap().frozen.isTrue, true);
      const anomalyBlock = (await api.rpc.chain.getHeader(crossing.blockHash)).number.toNumber();
      console.log(`anomaly → freeze: same block #${anomalyBlock}, ${includedMs} ms from submission to inclusion`);

      // A stolen operator keeps trying: refused, recorded and counted.
      const refused = await send(api, alice, api.tx.keyRegistry.requestSignature(domain, key, '0x0bad'));
      assert.equal(refused.error, null);
      assert.equal(refused.registryEvents[0].method, 'SignatureRefused');
      assert.equal(field(refused.registryEvents[0], 'reason').toString(), 'KeyFrozen');

      const anomalyAlert = await firing(promPort, 'KeyregAnomaly', { rule: 'uses' }, 60_000).catch(withLogs);
      const alertMs = Date.now() - submitted;
      await firing(promPort, 'KeyregKeyFrozenByAnomaly', {}, 30_000);
      assert.equal(anomalyAlert.labels.severity, 'critical');
      console.log(`anomaly → KeyregAnomaly firing in Prometheus: ${alertMs} ms after submission`);

      // The auditor prints the anomaly entry, verified, once its block is final.
      const line = await auditor.waitForLine((l) => l.type === 'entry' && l.entry === 'AnomalyDetected', 30_000);
      const lineMs = auditor.arrivals[auditor.lines.indexOf(line)] - submitted;
      console.log(`anomaly → auditor JSON line: ${lineMs} ms after submission (printed once its block is finalized)`);
      assert.equal(line.block, anomalyBlock);
      assert.equal(line.domain, domain);
      assert.equal(line.seq, field(anomaly, 'seq').toNumber());
      assert.deepEqual(
        { key: line.fields.key, breaches: line.fields.breaches, frozen: line.fields.frozen, outcome: line.fields.outcome, actor: line.fields.actor },
        { key, breaches: [{ rule: 'Uses', observed: 4, limit: 3 }], frozen: true, outcome: { Refused: 'AnomalyFreeze' }, actor: { Account: u8aToHex(alice.publicKey) } },
      );
      assert.equal(auditor.lines.filter((l) => l.type === 'disagreement').length, 0);

      // Fed a copy of that entry with its actor altered, an auditor stops at
      // it and the audit-chain-broken alert fires.
      proxy = await startTamperProxy(api, chain.url, (records, at) => (at === crossing.blockHash.toHex()
        ? records.map((r) => (r.event.section === 'keyRegistry' && r.event.method === 'AnomalyDetected' ? alterField(r, 'actor') : r))
        : undefined));
      tamperedAuditor = startAuditor(proxy.url, ['--prometheus-port', String(tamperedAuditorPort), '--linger-secs', '120']);
      const broken = await tamperedAuditor.waitForLine((l) => l.type === 'disagreement', 60_000);
      assert.deepEqual({ block: broken.block, domain: broken.domain, kind: broken.kind, entries: broken.entries },
        { block: anomalyBlock, domain, kind: 'head_mismatch', entries: [line.seq, line.seq] });
      const brokenAt = tamperedAuditor.arrivals[tamperedAuditor.lines.indexOf(broken)];
      const brokenAlert = await firing(promPort, 'KeyregAuditChainBroken', { instance: `127.0.0.1:${tamperedAuditorPort}` }, 60_000).catch(withLogs);
      console.log(`tampered entry → KeyregAuditChainBroken firing: ${Date.now() - brokenAt} ms after the auditor's disagreement line`);
      assert.equal(brokenAlert.labels.severity, 'critical');
      assert.equal((await promApi(promPort, `query?query=${encodeURIComponent(`keyreg_auditor_chain_broken{instance="127.0.0.1:${auditorPort}"} == 0`)}`)).result.length, 1,
        'the honest auditor reports no broken chain');
      samples = await scrape(metricsPort);
      assert.equal(sample(samples, 'keyreg_anomalies_total', { rule: 'uses' }), 1);
      assert.equal(sample(samples, 'keyreg_anomaly_freezes_total'), 1);
      assert.equal(sample(samples, 'keyreg_refused_requests_total', { reason: 'key_frozen' }), 1);

      // Every query of the Grafana dashboard is valid PromQL over metrics
      // the node serves.
      const dashboard = JSON.parse(readFileSync(join(repoRoot, 'deploy', 'grafana', 'keyreg-node.json'), 'utf8'));
      // The auditor's panels read the auditor's metrics.
      const served = new Set([...Object.keys(samples), ...Object.keys(await scrape(auditorPort))]
        .map((s) => s.split('{')[0].replace(/_(bucket|sum|count)$/, '')));
      const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr));
      assert.ok(exprs.length >= 15);
      for (const expr of exprs) {
        for (const metric of expr.match(/keyreg_[a-z_]+/g)) {
          assert.ok(served.has(metric.replace(/_(bucket|sum|count)$/, '')), `${metric} is served by the node or the auditor`);
        }
        const query = expr.replaceAll('$__rate_interval', '1m').replaceAll('$instance', '.*');
        await promApi(promPort, `query?query=${encodeURIComponent(query)}`);
      }

      // The token goes away: the probe fails, and signer-down fires after 15 s.
      const lostAt = Date.now();
      renameSync(join(token.dir, 'tokens'), join(token.dir, 'tokens-gone'));
      const down = await firing(promPort, 'KeyregSignerDown', { backend }, 60_000).catch(withLogs);
      console.log(`token lost → KeyregSignerDown firing: ${Date.now() - lostAt} ms (rule: for 15s)`);
      assert.equal(down.labels.severity, 'critical');
      assert.equal(sample(await scrape(metricsPort), 'keyreg_hsm_up', { backend }), 0);
      assert.match(chain.log(), /pkcs11:keyreg-monitoring: the HSM is unavailable: the token does not answer/);
    } finally {
      await api.disconnect();
    }
  } finally {
    await tamperedAuditor?.stop('SIGKILL');
    await proxy?.stop();
    await auditor.stop();
    await prometheus.stop();
    await chain.stop();
  }
});
