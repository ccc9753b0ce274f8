// docs/runtime-integration.md cannot drift from code that builds: every block
// it quotes from our runtime appears verbatim in the quoted file (which CI
// compiles), and its sizing table names every item of the pallet's `Config`.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/node.mjs';

const guide = readFileSync(join(repoRoot, 'docs', 'runtime-integration.md'), 'utf8');

test('every block the runtime integration guide quotes is in the runtime, verbatim', () => {
  const quoted = [...guide.matchAll(/<!-- quoted from ([^ ]+) -->\n```rust\n([\s\S]*?)\n```/g)];
  assert.ok(quoted.length >= 10, `the guide quotes the runtime (${quoted.length} blocks)`);
  for (const [, path, code] of quoted) {
    const source = readFileSync(join(repoRoot, path), 'utf8');
    assert.ok(source.includes(code), `${path} no longer contains the block the guide quotes:\n${code.slice(0, 300)}`);
  }
});

test('the guide says how to size every Config item of the pallet', () => {
  const lib = readFileSync(join(repoRoot, 'pallets', 'key-registry', 'src', 'lib.rs'), 'utf8');
  const start = lib.indexOf('pub trait Config:');
  const trait = lib.slice(start, lib.indexOf('\n\t}\n', start));
  const items = [...trait.matchAll(/^\t\ttype (\w+)/gm)].map((m) => m[1]);
  assert.ok(items.length >= 30, `found the Config items (${items.length})`);
  const table = guide.slice(guide.indexOf('| item |'), guide.indexOf('## 4.'));
  for (const item of items) assert.ok(table.includes(`\`${item}\``), `the sizing table names ${item}`);
});
