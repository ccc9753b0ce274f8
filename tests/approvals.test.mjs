// Quorum approvals from polkadot.js on a dev node: a domain policy makes role
// grants and a treasury key's signature requests need two recovery officers'
// approval. The direct calls are refused, the proposer's own approval does
// not count, and the approved request is signed by the node's worker.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { Keyring } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { ed25519PairFromSeed, ed25519Sign, ed25519Verify, randomAsU8a } from '@polkadot/util-crypto';
import { connect, startDevNode } from './lib/node.mjs';
import {
  accountActor, field, heldKey, insertKeystoreKey, possessionPayload, provisionCustodian, requestEnvelope, send,
  sendOk, waitForEvent,
} from './lib/registry.mjs';

const DOMAIN = 0; // `demo`: Alice administers it and manages its keys.

let node;
let api;
const keyring = new Keyring({ type: 'sr25519' });
const [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((uri) => keyring.addFromUri(uri));

before(async () => {
  node = await startDevNode(['--dev-block-time', '1000']);
  api = await connect(node.url);
});

after(async () => {
  await api?.disconnect();
  await node?.stop();
});

async function refused(signer, tx) {
  const result = await send(api, signer, tx);
  return result.error;
}

test('two recovery officers approve a role grant and a treasury request; nobody approves alone', async () => {
  const tx = api.tx.keyRegistry;
  for (const [who, role] of [[alice, 'Operator'], [bob, 'Operator'], [charlie, 'Recovery'], [dave, 'Recovery'], [bob, 'Recovery']]) {
    await sendOk(api, alice, tx.grantRole(DOMAIN, who.address, role));
  }
  // A treasury key the node holds (seed in its keystore) and serves.
  const seed = randomAsU8a(32);
  const pair = ed25519PairFromSeed(seed);
  await insertKeystoreKey(api, 'kreg', u8aToHex(seed), pair.publicKey);
  const key = heldKey('Ed25519', pair.publicKey, (m) => ed25519Sign(m, pair));
  const custodian = await provisionCustodian(api);
  const genesis = api.genesisHash.toU8a();
  const registered = await sendOk(api, alice, tx.registerKey(
    DOMAIN, 'treasury', 'Signing', 'Software', custodian.public, null, '0x', key.public,
    key.sign(possessionPayload({ genesis, domain: DOMAIN, name: 'treasury', version: 0, submitter: accountActor(alice.publicKey), key })),
  ));
  const keyId = field(registered.event, 'key').toNumber();

  const policy = { approvers: 'Recovery', threshold: 2, operations: 0b01001, ttl: 100 }; // SignatureRequest | RoleGrant
  const set = await sendOk(api, alice, tx.setApprovalPolicy(DOMAIN, null, policy));
  assert.equal(set.event.method, 'ApprovalPolicySet');

  // A stolen Admin or Operator account alone gets nothing done.
  assert.equal(await refused(alice, tx.grantRole(DOMAIN, dave.address, 'Admin')), 'keyRegistry.ApprovalRequired');
  assert.equal(await refused(bob, tx.requestSignature(DOMAIN, keyId, '0x01')), 'keyRegistry.ApprovalRequired');

  // Bob (operator and recovery officer) proposes a request; his own approval does not count.
  const payload = stringToU8a('pay 1000 to the auditor escrow');
  const proposed = await sendOk(api, bob, tx.propose(DOMAIN, { RequestSignature: { key: keyId, payload: u8aToHex(payload) } }));
  assert.equal(proposed.event.method, 'OperationProposed');
  const proposal = field(proposed.event, 'proposal').toNumber();
  assert.equal(field(proposed.event, 'threshold').toNumber(), 2);
  assert.equal(field(proposed.event, 'approvers').toString(), 'Recovery');
  assert.equal(await refused(bob, tx.approve(DOMAIN, proposal)), 'keyRegistry.ProposerCannotApprove');
  assert.equal(await refused(alice, tx.approve(DOMAIN, proposal)), 'keyRegistry.MissingRole');
  const first = await sendOk(api, charlie, tx.approve(DOMAIN, proposal));
  assert.equal(field(first.event, 'approvals').toNumber(), 1);
  assert.equal(await refused(bob, tx.executeProposal(DOMAIN, proposal)), 'keyRegistry.NotEnoughApprovals');
  await sendOk(api, dave, tx.approve(DOMAIN, proposal));
  const executed = await sendOk(api, bob, tx.executeProposal(DOMAIN, proposal));
  assert.equal(executed.event.method, 'SignatureRequested');
  const actor = field(executed.event, 'actor');
  assert.ok(actor.isQuorum, 'the entry names the proposal');
  assert.equal(actor.asQuorum.proposer.toString(), bob.address);
  assert.equal(actor.asQuorum.proposal.toNumber(), proposal);
  const request = field(executed.event, 'request').toBigInt();
  const fulfilled = await waitForEvent(api, (e) => e.method === 'SignatureFulfilled' && field(e, 'request').toBigInt() === request, 60_000);
  assert.ok(ed25519Verify(
    requestEnvelope({ genesis, domain: DOMAIN, key: keyId, version: 0, request, payload }),
    field(fulfilled, 'signature').asEd25519.toU8a(), pair.publicKey,
  ), 'the approved request is signed by the node');

  // A role grant, approved and executed; then a proposal cancelled.
  const grant = await sendOk(api, alice, tx.propose(DOMAIN, { GrantRole: { who: dave.address, role: 'Auditor' } }));
  const grantId = field(grant.event, 'proposal').toNumber();
  await sendOk(api, charlie, tx.approve(DOMAIN, grantId));
  await sendOk(api, bob, tx.approve(DOMAIN, grantId));
  const granted = await sendOk(api, charlie, tx.executeProposal(DOMAIN, grantId));
  assert.equal(granted.event.method, 'RoleGranted');
  assert.equal(field(granted.event, 'role').toString(), 'Auditor');
  // RoleSet bits: Admin 1, KeyManager 2, Operator 4, Auditor 8, Recovery 16.
  const roles = (await api.query.keyRegistry.roles(DOMAIN, dave.address)).toJSON();
  assert.equal(roles, 8 | 16, 'Dave holds Auditor next to Recovery');

  const cancelled = await sendOk(api, alice, tx.propose(DOMAIN, { GrantRole: { who: charlie.address, role: 'Admin' } }));
  const cancelledId = field(cancelled.event, 'proposal').toNumber();
  const withdrawn = await sendOk(api, alice, tx.cancelProposal(DOMAIN, cancelledId));
  assert.equal(withdrawn.event.method, 'ProposalCancelled');
  assert.equal((await api.query.keyRegistry.proposals(DOMAIN, cancelledId)).isNone, true);
  assert.equal((await api.query.keyRegistry.openProposals(DOMAIN)).toNumber(), 0);
});
