// Keys from an operator's own key ceremony: a key pair made with OpenSC's
// pkcs11-tool (its own label and id; Ed25519 EC params written as the
// printable name `edwards25519`) in a token whose label has a space is seen
// by `keyreg-node hsm list --all`, adopted by `keyreg-node hsm adopt`, then
// registered on chain, signs requests through the node's worker and signs
// its own rotation certificate. An extractable pair is refused, unchanged.
import { test, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { Keyring } from '@polkadot/api';
import { hexToU8a, stringToU8a, u8aToHex } from '@polkadot/util';
import { ed25519Verify } from '@polkadot/util-crypto';
import { nodeBinary, startDevNode, connect } from './lib/node.mjs';
import { createToken, softhsmModule } from './lib/softhsm.mjs';
import { heldKey } from './lib/registry.mjs';
import {
  accountActor, field, possessionPayload, provisionCustodian, requestEnvelope, sendOk, waitForEvent,
} from './lib/registry.mjs';

const token = createToken({ label: 'ceremony vault' });
after(() => token.remove());

/** `pkcs11-tool --keypairgen` on the test token, as an operator runs it. */
function ceremony(...args) {
  execFileSync('pkcs11-tool', [
    '--module', softhsmModule, '--token-label', token.label, '--login', '--pin', token.pin, '--keypairgen', ...args,
  ], { env: { ...process.env, ...token.env }, stdio: 'pipe' });
}

/** Runs `keyreg-node hsm ...` expecting exit status 1; returns its stderr. */
function refused(...args) {
  try {
    token.hsm(nodeBinary(), ...args);
  } catch (error) {
    assert.equal(error.status, 1);
    return error.stderr.toString();
  }
  return assert.fail(`keyreg-node hsm ${args.join(' ')} succeeded`);
}

test('a pkcs11-tool ceremony key is adopted, registered, signs requests through the worker and rotates', async () => {
  const node = nodeBinary();
  ceremony('--key-type', 'EC:edwards25519', '--label', 'ceremony ed', '--id', '0a01');
  ceremony('--key-type', 'EC:edwards25519', '--label', 'ceremony loose', '--id', '0a02', '--extractable');

  // Not the node's key yet, but visible with --all, each with its fitness.
  assert.deepEqual(token.hsm(node, 'list'), []);
  const all = token.hsm(node, 'list', '--all');
  assert.equal(all.length, 2, all.join('\n'));
  const edLine = all.find((l) => l.includes('label="ceremony ed"'));
  assert.match(edLine, /^ed25519 0x[0-9a-f]{64} label="ceremony ed" id=0x0a01 foreign: adopt it with `keyreg-node hsm adopt`$/);
  assert.match(all.find((l) => l.includes('ceremony loose')), /unusable: its private key is extractable \(CKA_EXTRACTABLE true\)/);

  // The extractable pair is refused and left as it was.
  assert.match(refused('adopt', '--label', 'ceremony loose'), /cannot adopt the key pair: the pair with label "ceremony loose": its private key is extractable/);
  assert.match(refused('adopt', '--label', 'no such pair'), /no key pair in the token has label "no such pair"/);
  assert.match(refused('adopt'), /--label|--id|--public/);

  const [publicHex] = token.hsm(node, 'adopt', '--label', 'ceremony ed');
  assert.equal(publicHex, edLine.split(' ')[1]);
  assert.deepEqual(token.hsm(node, 'list'), [`ed25519 ${publicHex}`], 'now the node\'s key');
  assert.equal(token.hsm(node, 'list', '--all').filter((l) => l.includes('ceremony loose')).length, 1, 'the refused pair is unchanged');
  const v0 = heldKey('Ed25519', hexToU8a(publicHex),
    (message) => hexToU8a(token.hsm(node, 'sign', '--public', publicHex, '--message', u8aToHex(message))[0]));

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
      await sendOk(api, alice, api.tx.keyRegistry.grantRole(domain, alice.address, 'Operator'));
      const custodian = await provisionCustodian(api);
      const name = 'ceremony-signer';
      const rotationPeriod = 10;
      const registered = await sendOk(api, alice, api.tx.keyRegistry.registerKey(
        domain, name, 'Signing', { Hsm: { attestation: null } }, custodian.public,
        { rotationPeriod, gracePeriod: 2, usageLimit: null }, '0x', v0.public,
        v0.sign(possessionPayload({ genesis, domain, name, version: 0, submitter: accountActor(alice.publicKey), key: v0 })),
      ));
      const key = field(registered.event, 'key').toNumber();

      const payload = stringToU8a('sign with the ceremony key');
      const requested = await sendOk(api, alice, api.tx.keyRegistry.requestSignature(domain, key, u8aToHex(payload)));
      const request = field(requested.event, 'request').toBigInt();
      const fulfilled = await waitForEvent(api, (e) => e.method === 'SignatureFulfilled'
        && field(e, 'request').toBigInt() === request, 90_000).catch(withLog);
      assert.ok(ed25519Verify(requestEnvelope({ genesis, domain, key, version: 0, request, payload }),
        field(fulfilled, 'signature').asEd25519.toU8a(), v0.publicBytes), 'signed by the ceremony key');

      // The rotation's certificate is signed by the adopted key; the next key is the node's own.
      const rotated = await waitForEvent(api, (e) => e.method === 'KeyRotated' && field(e, 'key').toNumber() === key, 120_000).catch(withLog);
      assert.equal(field(rotated, 'version').toNumber(), 1);
      const v1Hex = field(rotated, 'public').asEd25519.toHex();
      assert.ok(token.hsm(node, 'list').includes(`ed25519 ${v1Hex}`));
    } finally {
      await api.disconnect();
    }
  } finally {
    await chain.stop();
  }
});
