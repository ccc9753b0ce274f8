// The README's polkadot.js walk through a key's life, run as written against a
// fresh dev node, so the documentation cannot drift from the chain.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, startDevNode } from './lib/node.mjs';

const run = promisify(execFile);
// Written next to the tests so that `@polkadot/*` resolve from tests/node_modules.
const script = join(repoRoot, 'tests', '.readme-walkthrough.mjs');
let node;

before(async () => {
  node = await startDevNode();
});

after(async () => {
  rmSync(script, { force: true });
  await node?.stop();
});

/** The README's first ```js block, pointed at `url`. */
function walkthrough(url) {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = readme.match(/```js\n([\s\S]*?)```/);
  assert.ok(block, 'README.md has a ```js block');
  const code = block[1];
  assert.ok(code.includes("'ws://127.0.0.1:9944'"), 'the walk connects to the dev RPC port');
  assert.ok(code.includes("'./tests/lib/registry.mjs'"), 'the walk imports the payload builders');
  return code
    .replace("'ws://127.0.0.1:9944'", `'${url}'`)
    .replace("'./tests/lib/registry.mjs'", "'./lib/registry.mjs'");
}

test('the README walk-through runs against a dev node and prints what it promises', async () => {
  writeFileSync(script, walkthrough(node.url));
  const { stdout } = await run(process.execPath, [script], { timeout: 120_000 });
  // console.log prints each result; objects over several lines.
  const verified = stdout.indexOf("Ok: '0'");
  const revoked = stdout.indexOf('Revoked');
  assert.ok(verified >= 0, `verify accepts the signature by version 0:\n${stdout}`);
  assert.ok(revoked > verified, `version 0 reads as revoked at the compromise block:\n${stdout}`);
  assert.match(stdout, /reason: 'Compromised'/);
  assert.equal(stdout.trim().split('\n').at(-1), 'true', 'the audit head recomputed in JavaScript matches the chain');
});
