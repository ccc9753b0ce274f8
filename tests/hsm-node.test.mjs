// A dev node whose off-chain keys live in a SoftHSM2 token: it starts with the
// right settings, and stops at once with a message that names the setting to
// fix when the module, token or PIN is wrong.
import { test, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Keyring } from '@polkadot/api';
import { hexToU8a, stringToU8a, u8aToHex } from '@polkadot/util';
import { ed25519Verify } from '@polkadot/util-crypto';
import { nodeBinary, startDevNode, connect } from './lib/node.mjs';
import { createToken, softhsmModule } from './lib/softhsm.mjs';
import {
  accountActor, field, possessionPayload, provisionCustodian, requestEnvelope, sendOk, waitForEvent,
} from './lib/registry.mjs';

const run = promisify(execFile);
const token = createToken({ label: 'keyreg-e2e' });
after(() => token.remove());

/** Runs the node expecting it to refuse to start; returns what it printed. */
async function refusedStart(args) {
  try {
    await run(nodeBinary(), ['--dev', '--tmp', '--rpc-port', '0', '--port', '0', '--no-prometheus', ...args], {
      env: { ...process.env, ...token.env }, timeout: 60_000,
    });
  } catch (error) {
    assert.equal(error.code, 1, `exit code 1, not ${error.code}/${error.signal}`);
    return `${error.stdout}${error.stderr}`;
  }
  assert.fail('the node started although a setting was wrong');
}

test('with the HSM flags the node starts, routes kreg keys to the token and makes blocks', async () => {
  const node = await startDevNode(token.flags(), token.env);
  try {
    const api = await connect(node.url);
    try {
      const start = (await api.rpc.chain.getHeader()).number.toNumber();
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      const now = (await api.rpc.chain.getHeader()).number.toNumber();
      assert.ok(now > start, `blocks advance (${start} → ${now})`);
    } finally {
      await api.disconnect();
    }
    const log = node.log();
    assert.match(log, /pkcs11:keyreg-e2e: logged in to the token/);
    assert.match(log, /off-chain keys of type "kreg" live in pkcs11:keyreg-e2e/);
    assert.ok(!log.includes(token.pin), 'the PIN appears in no log line');
  } finally {
    await node.stop();
  }
});

test('a node with the HSM flags but without the off-chain worker says its HSM keys stay unused', async () => {
  const node = await startDevNode([...token.flags(), '--offchain-worker', 'never'], token.env);
  try {
    const warning = /the off-chain worker is off on this node .* --offchain-worker always/;
    for (let i = 0; i < 50 && !warning.test(node.log()); i++) await new Promise((r) => setTimeout(r, 200));
    assert.match(node.log(), warning);
  } finally {
    await node.stop();
  }
});

test('a wrong PIN stops start-up and says which file to check', async () => {
  const wrongPin = join(token.dir, 'wrong.pin');
  writeFileSync(wrongPin, 'not-the-pin\n', { mode: 0o600 });
  const output = await refusedStart(token.flags(wrongPin));
  assert.match(output, /the token "keyreg-e2e" refused the user PIN/);
  assert.match(output, /--hsm-pin-file/);
  assert.ok(!output.includes('not-the-pin'), 'the wrong PIN is not echoed');
});

test('a wrong token label or module stops start-up and names the flag', async () => {
  let output = await refusedStart(['--hsm-module', softhsmModule, '--hsm-token-label', 'no-such-token', '--hsm-pin-file', token.pinFile]);
  assert.match(output, /no token labelled "no-such-token"/);
  assert.match(output, /tokens present: \["keyreg-e2e"\]/);
  assert.match(output, /--hsm-token-label/);

  output = await refusedStart(['--hsm-module', '/nonexistent/libpkcs11.so', '--hsm-token-label', token.label, '--hsm-pin-file', token.pinFile]);
  assert.match(output, /cannot load the PKCS#11 module \/nonexistent\/libpkcs11.so/);
  assert.match(output, /--hsm-module/);

  output = await refusedStart(['--hsm-module', softhsmModule, '--hsm-token-label', token.label]);
  assert.match(output, /give --hsm-pin-file .* or set KEYREG_HSM_PIN/);
});

test('a key generated in the HSM is registered, signs requests through the worker and rotates itself', async () => {
  const node = nodeBinary();
  // The operator generates the key in the token and signs its proof there.
  const v0 = token.ed25519Key(node);
  assert.equal(v0.publicBytes.length, 32, 'an ed25519 public key');
  const generated = u8aToHex(v0.publicBytes);
  assert.ok(token.hsm(node, 'list').includes(`ed25519 ${generated}`), 'the key is in the token');

  const basePath = mkdtempSync(join(tmpdir(), 'keyreg-hsm-node-'));
  // Empty blocks every second, so the rotation falls due in seconds.
  const chain = await startDevNode([...token.flags(), '--dev-block-time', '1000'], token.env, { basePath });
  // Typically each wait takes seconds; the limits leave room for a loaded CI
  // machine, and a timeout shows the node's last log lines.
  const withLog = (error) => {
    throw new Error(`${error.message}; the node's last log lines:\n${chain.lines.slice(-60).join('\n')}`);
  };
  try {
    const api = await connect(chain.url);
    try {
      const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
      const genesis = api.genesisHash.toU8a();
      const domain = 0; // `demo`: Alice administers it and manages its keys.
      await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, alice.address, 'Operator'));
      // The node's custodian key: HSM custody names the node that holds the key.
      const custodian = await provisionCustodian(api);

      const name = 'hsm-signer';
      const proofPayload = possessionPayload({
        genesis, domain, name, version: 0, submitter: accountActor(alice.publicKey), key: v0,
      });
      const rotationPeriod = 10;
      const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
        domain, name, 'Signing', { Hsm: { attestation: null } }, custodian.public,
        { rotationPeriod, gracePeriod: 2, usageLimit: null },
        '0x', v0.public, v0.sign(proofPayload),
      ));
      const key = field(registered.event, 'key').toNumber();
      const registeredAt = (await api.rpc.chain.getHeader(registered.blockHash)).number.toNumber();

      // A signature request from polkadot.js, fulfilled by the node's worker with the HSM key.
      const payload = stringToU8a('release 250 to the escrow');
      const requested = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(domain, key, u8aToHex(payload)));
      const request = field(requested.event, 'request').toBigInt();
      const fulfilled = await waitForEvent(api, (e) => e.section === 'keyRegistry' && e.method === 'SignatureFulfilled'
        && field(e, 'request').toBigInt() === request, 90_000).catch(withLog);
      assert.equal(field(fulfilled, 'actor').asCustodian.asEd25519.toHex(), u8aToHex(custodian.publicBytes),
        'the entry names the custodian that acted');
      assert.equal(field(fulfilled, 'version').toNumber(), 0);
      const signature = field(fulfilled, 'signature').asEd25519.toU8a();
      const envelope = requestEnvelope({ genesis, domain, key, version: 0, request, payload });
      assert.ok(ed25519Verify(envelope, signature, v0.publicBytes), 'the signature verifies in JavaScript');
      assert.ok(!ed25519Verify(payload, signature, v0.publicBytes), 'it signs the envelope, not the bare payload');
      assert.equal((await api.query.keyRegistry.signatureRequests.entries(domain, key)).length, 0);

      // The rotation falls due `rotationPeriod` blocks after registration; the
      // worker generates the next key in the token and rotates within a few blocks.
      const rotated = await waitForEvent(api, (e) => e.section === 'keyRegistry' && e.method === 'KeyRotated'
        && field(e, 'key').toNumber() === key, 120_000).catch(withLog);
      const rotatedAt = (await api.rpc.chain.getHeader()).number.toNumber();
      assert.equal(field(rotated, 'actor').asCustodian.asEd25519.toHex(), u8aToHex(custodian.publicBytes));
      assert.equal(field(rotated, 'version').toNumber(), 1);
      // Typically one or two blocks after it falls due; a transaction lost on
      // the way is resubmitted after the worker's 5-block claim lapses.
      assert.ok(rotatedAt - (registeredAt + rotationPeriod) <= 10,
        `rotated at block ${rotatedAt}, due at ${registeredAt + rotationPeriod}`);
      const v1Hex = field(rotated, 'public').asEd25519.toHex();
      assert.notEqual(v1Hex, generated);

      // The new private key is in the token, and nowhere on disk in the node's keystore.
      const inToken = token.hsm(node, 'list');
      assert.ok(inToken.includes(`ed25519 ${v1Hex}`), `token lists ${v1Hex}: ${inToken}`);
      // Local keystore files are named hex(key type) ‖ hex(public key).
      const kregPrefix = u8aToHex(stringToU8a('kreg'), -1, false);
      const kregFiles = readdirSync(basePath, { recursive: true })
        .filter((path) => path.split('/').pop().startsWith(kregPrefix));
      assert.deepEqual(kregFiles, [], 'no registry key in the node\'s local keystore');
      assert.ok(readdirSync(basePath, { recursive: true }).some((path) => path.endsWith('keystore')),
        'the node has a local keystore directory (the check above looked at it)');

      // The new version serves the next request.
      const second = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(domain, key, u8aToHex(payload)));
      const secondId = field(second.event, 'request').toBigInt();
      const secondFulfilled = await waitForEvent(api, (e) => e.section === 'keyRegistry' && e.method === 'SignatureFulfilled'
        && field(e, 'request').toBigInt() === secondId, 90_000).catch(withLog);
      assert.equal(field(secondFulfilled, 'version').toNumber(), 1);
      assert.ok(ed25519Verify(
        requestEnvelope({ genesis, domain, key, version: 1, request: secondId, payload }),
        field(secondFulfilled, 'signature').asEd25519.toU8a(),
        hexToU8a(v1Hex),
      ));
    } finally {
      await api.disconnect();
    }
    assert.match(chain.log(), /submitted the rotation from v0 to v1/);
  } finally {
    await chain.stop();
    rmSync(basePath, { recursive: true, force: true });
  }
});

test('keyreg-node hsm says what to fix when a key, a flag or the input is wrong', async () => {
  const refused = async (args) => {
    try {
      await run(nodeBinary(), ['hsm', ...args], { env: { ...process.env, ...token.env }, timeout: 30_000 });
    } catch (error) {
      assert.equal(error.code, 1, `exit code 1, not ${error.code}/${error.signal}`);
      return `${error.stdout}${error.stderr}`;
    }
    assert.fail(`keyreg-node hsm ${args.join(' ')} succeeded`);
  };
  const flags = token.flags();
  // A well-formed ed25519 public key the token does not hold.
  const stranger = `0x${'11'.repeat(32)}`;
  assert.match(await refused(['sign', '--public', stranger, '--message', '0x00', ...flags]),
    /the token holds no private key for --public/);
  assert.match(await refused(['sign', '--public', '0x1234', '--message', '0x00', ...flags]),
    /--public: 2 bytes; an ed25519 key has 32, a compressed secp256k1 key 33/);
  assert.match(await refused(['sign', '--public', stranger, '--message', 'xyz', ...flags]),
    /--message: hex needs an even number of digits/);
  assert.match(await refused(['list']), /give --hsm-module/);
  const wrongPin = join(token.dir, 'wrong-cli.pin');
  writeFileSync(wrongPin, 'not-the-pin\n', { mode: 0o600 });
  assert.match(await refused(['list', ...token.flags(wrongPin)]), /refused the user PIN/);
});
