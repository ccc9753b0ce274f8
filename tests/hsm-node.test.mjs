// A dev node whose off-chain keys live in a SoftHSM2 token: it starts with the
// right settings, and stops at once with a message that names the setting to
// fix when the module, token or PIN is wrong.
import { test, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { nodeBinary, startDevNode, connect } from './lib/node.mjs';
import { createToken, softhsmModule } from './lib/softhsm.mjs';

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
