//! The member's part in threshold signing: it keeps a batch of nonce
//! commitments on chain for every threshold key it holds a share of, and
//! answers the signing sessions that choose it
//! ([`pallet_key_registry::threshold_signing`]).
//!
//! Nonces live only in this process. The first batch a process publishes
//! for a key replaces whatever was on chain (those nonces died with the
//! previous process); later batches are published when fewer than
//! [`LOW_WATER`] commitments are left. Every answered session goes to the
//! seat's journal before the share leaves ([`SigningMember::sign`]).

use super::{chain, Seat, ThresholdMember, LOG, RESUBMIT_AFTER};
use crate::client::{FullClient, Hash};
use keyreg_runtime::{
	pallet_key_registry::{
		self, signature, threshold_signing::signing_session_id, Custody, DomainId, KeyId,
		KeyStatus, NonceCommitment, PublicKey, RequestId,
	},
	RuntimeCall,
};
use keyreg_signer::threshold::vault::ShareVault;
use keyreg_signer::threshold::{
	signing::{NonceCommitment as SignerCommitment, SigningMember},
	MemberIndex, ThresholdError,
};
use rand_core::OsRng;
use sc_client_api::HeaderBackend;
use sp_core::ed25519;
use std::collections::{HashMap, HashSet};

/// Commitments per published batch (the runtime allows 32).
const BATCH_SIZE: usize = 16;
/// A new batch is published when fewer commitments than this are left.
const LOW_WATER: usize = 4;
/// Blocks to wait before resending a share not yet on chain (a fork may
/// have dropped it). Shorter than for other messages: an attempt times out
/// `SigningAttemptTimeout` (4) blocks after it opens, and a resend must
/// still land before that.
const SHARE_RESEND_AFTER: u32 = 2;

/// What this member holds of one threshold key.
pub(super) struct KeySeat {
	member: u16,
	epoch: u32,
	signer: SigningMember,
	/// The batch this process published (or is publishing). `None` until
	/// the first: commitments on chain from before are void.
	batch: Option<Batch>,
	/// Shares sent, by `(request, attempt)`, with the block they were last
	/// submitted at: resent unchanged until on chain.
	sent: HashMap<(RequestId, u32), ([u8; 32], u32)>,
	/// Share files of epochs below this one are gone from the vault.
	pruned_below: u32,
}

struct Batch {
	sequence: u32,
	commitments: Vec<NonceCommitment>,
	submitted_at: u32,
	landed: bool,
}

/// What `seat` (custodian key `custodian`) submits for threshold signing at
/// this block.
#[allow(clippy::too_many_arguments)]
pub(super) fn step(
	member: &ThresholdMember,
	seat: &mut Seat,
	custodian: &[u8; 32],
	client: &FullClient,
	hash: Hash,
	number: u32,
	genesis: Hash,
	keys: &[chain::ThresholdKeyEntry],
	out: &mut Vec<RuntimeCall>,
) -> Result<(), String> {
	seat.keys
		.retain(|id, _| keys.iter().any(|(other, _)| other == id));
	let custodian = ed25519::Public::from_raw(*custodian);
	for ((domain, key), record) in keys {
		let (domain, key) = (*domain, *key);
		let Some(key_record) = chain::key_record(client, hash, domain, key)? else {
			continue;
		};
		if key_record.status == KeyStatus::Revoked {
			seat.keys.remove(&(domain, key));
			continue;
		}
		let Custody::Threshold { committee, .. } = &key_record.custody else {
			continue;
		};
		let Some(position) = committee
			.iter()
			.position(|m| *m == PublicKey::Ed25519(custodian.0))
		else {
			continue;
		};
		let me = u16::try_from(position)
			.map_err(|e| e.to_string())?
			.saturating_add(1);
		// The chain moved to a refreshed epoch: its share replaces the one in
		// memory, keeping the nonces (they do not depend on the share, and
		// their commitments are on chain). Older epochs leave the vault once
		// the new one is final (`prune_finalized`).
		if seat
			.keys
			.get(&(domain, key))
			.is_some_and(|k| k.epoch != record.epoch)
		{
			let switched = seat
				.vault
				.load_share(&record.session, record.epoch)
				.map_err(|e| e.to_string())
				.and_then(|share| {
					let held = seat
						.keys
						.get_mut(&(domain, key))
						.ok_or("the key left the seat")?;
					held.signer
						.replace_share(share)
						.map_err(|e| e.to_string())?;
					held.epoch = record.epoch;
					Ok(())
				});
			match switched {
				Ok(()) => log::info!(
					target: LOG,
					"key {domain}/{key}: member {me} signs with its share of epoch {} from now on",
					record.epoch
				),
				Err(error) => {
					log::warn!(
						target: LOG,
						"key {domain}/{key}: the chain is at epoch {} and member {me} cannot switch to it ({error}); it cannot sign until repaired",
						record.epoch
					);
					seat.keys.remove(&(domain, key));
					seat.missing.insert((domain, key));
				}
			}
		}
		if !seat.keys.contains_key(&(domain, key)) {
			match seat.vault.load_share(&record.session, record.epoch) {
				Ok(share) if share.epoch == record.epoch && share.member.0 == me => {
					log::info!(
						target: LOG,
						"key {domain}/{key}: member {me} holds its share (epoch {}); publishing nonce commitments",
						share.epoch
					);
					seat.missing.remove(&(domain, key));
					seat.keys.insert(
						(domain, key),
						KeySeat {
							member: me,
							epoch: share.epoch,
							signer: SigningMember::new(share, seat.journal.clone()),
							batch: None,
							sent: HashMap::new(),
							pruned_below: 0,
						},
					);
				}
				Ok(share) => {
					if seat.missing.insert((domain, key)) {
						log::warn!(
							target: LOG,
							"key {domain}/{key}: the vault holds member {}'s share of epoch {}, the chain is at epoch {} for member {me}: not signing",
							share.member.0, share.epoch, record.epoch
						);
					}
					continue;
				}
				Err(error) => {
					if seat.missing.insert((domain, key)) {
						log::warn!(
							target: LOG,
							"key {domain}/{key}: member {me} has no usable share ({error}); it cannot sign until repaired"
						);
					}
					continue;
				}
			}
		}
		let Some(held) = seat.keys.get_mut(&(domain, key)) else {
			continue;
		};
		prune_finalized(&seat.vault, held, client, domain, key, record);
		let batch_call = publish_batch(
			member, held, &custodian, client, hash, number, genesis, domain, key,
		)?;
		out.extend(batch_call);
		answer_sessions(
			member, held, &custodian, client, hash, number, genesis, domain, key, out,
		)?;
	}
	Ok(())
}

/// Deletes the share files of epochs before the one this member signs
/// with, once that epoch is *finalized*: until then a reorganisation could
/// take the chain back to the older epoch, whose share must still be there.
fn prune_finalized(
	vault: &ShareVault,
	held: &mut KeySeat,
	client: &FullClient,
	domain: DomainId,
	key: KeyId,
	record: &pallet_key_registry::ThresholdKey<keyreg_runtime::Runtime>,
) {
	if held.pruned_below >= held.epoch {
		return;
	}
	let finalized = client.info().finalized_hash;
	match chain::threshold_key(client, finalized, domain, key) {
		Ok(Some(at_finality)) if at_finality.epoch >= held.epoch => {
			match vault.prune_shares_before(&record.session, held.epoch) {
				Ok(removed) => {
					held.pruned_below = held.epoch;
					if removed > 0 {
						log::info!(
							target: LOG,
							"key {domain}/{key}: epoch {} is final; removed {removed} share file(s) of earlier epochs",
							held.epoch
						);
					}
				}
				Err(error) => log::warn!(
					target: LOG,
					"key {domain}/{key}: cannot remove the shares of earlier epochs: {error}"
				),
			}
		}
		Ok(_) => {}
		Err(error) => log::warn!(target: LOG, "key {domain}/{key}: {error}"),
	}
}

/// Publishes a new nonce batch when this process has none on chain yet or
/// the chain's is running low; resends a batch that has not landed.
#[allow(clippy::too_many_arguments)]
fn publish_batch(
	member: &ThresholdMember,
	held: &mut KeySeat,
	custodian: &ed25519::Public,
	client: &FullClient,
	hash: Hash,
	number: u32,
	genesis: Hash,
	domain: DomainId,
	key: KeyId,
) -> Result<Option<RuntimeCall>, String> {
	let on_chain = chain::nonce_batch(client, hash, domain, key, held.member)?;
	let chain_sequence = on_chain.as_ref().map_or(0, |b| b.sequence);
	let unused = on_chain.as_ref().map_or(0, |b| b.commitments.len());
	let fresh = match &mut held.batch {
		None => true,
		Some(batch) if !batch.landed => {
			if chain_sequence >= batch.sequence {
				batch.landed = true;
				unused < LOW_WATER
			} else if number < batch.submitted_at.saturating_add(RESUBMIT_AFTER) {
				return Ok(None);
			} else {
				// Not on chain yet: resend the same batch.
				batch.submitted_at = number;
				return Ok(batch_call(member, held, custodian, genesis, domain, key));
			}
		}
		Some(_) => unused < LOW_WATER,
	};
	if !fresh {
		return Ok(None);
	}
	let commitments = held
		.signer
		.commit_batch(BATCH_SIZE, &mut OsRng)
		.map_err(|e| e.to_string())?
		.iter()
		.map(|c| {
			c.points()
				.map(|(hiding, binding)| NonceCommitment { hiding, binding })
		})
		.collect::<Result<Vec<_>, ThresholdError>>()
		.map_err(|e| e.to_string())?;
	held.batch = Some(Batch {
		sequence: chain_sequence.saturating_add(1),
		commitments,
		submitted_at: number,
		landed: false,
	});
	log::info!(
		target: LOG,
		"key {domain}/{key}: member {} publishes nonce batch {} ({BATCH_SIZE} commitments, {unused} left on chain)",
		held.member,
		chain_sequence.saturating_add(1)
	);
	Ok(batch_call(member, held, custodian, genesis, domain, key))
}

fn batch_call(
	member: &ThresholdMember,
	held: &KeySeat,
	custodian: &ed25519::Public,
	genesis: Hash,
	domain: DomainId,
	key: KeyId,
) -> Option<RuntimeCall> {
	let batch = held.batch.as_ref()?;
	let payload = signature::nonce_batch_payload(
		&genesis,
		domain,
		key,
		held.member,
		batch.sequence,
		&batch.commitments,
	);
	let proof = member.sign(custodian, &payload)?;
	Some(RuntimeCall::KeyRegistry(
		pallet_key_registry::Call::publish_nonce_commitments {
			domain,
			key,
			member: held.member,
			sequence: batch.sequence,
			commitments: batch.commitments.clone(),
			custodian_proof: proof,
		},
	))
}

/// Signs every session that chose this member and has no share of it yet;
/// forgets nonces nobody can ask for any more.
#[allow(clippy::too_many_arguments)]
fn answer_sessions(
	member: &ThresholdMember,
	held: &mut KeySeat,
	custodian: &ed25519::Public,
	client: &FullClient,
	hash: Hash,
	number: u32,
	genesis: Hash,
	domain: DomainId,
	key: KeyId,
	out: &mut Vec<RuntimeCall>,
) -> Result<(), String> {
	let me = held.member;
	let sessions = chain::signing_sessions(client, hash, domain, key)?;
	held.sent.retain(|(request, attempt), _| {
		sessions
			.iter()
			.any(|(r, s)| r == request && s.attempt == *attempt)
	});
	let mut keep: HashSet<Vec<u8>> = HashSet::new();
	let mut remember = |m: u16, c: &NonceCommitment| {
		if let Ok(commitment) = SignerCommitment::from_points(MemberIndex(m), &c.hiding, &c.binding)
		{
			keep.insert(commitment.commitment);
		}
	};
	if let Some(batch) = &held.batch {
		batch.commitments.iter().for_each(|c| remember(me, c));
	}
	if let Some(on_chain) = chain::nonce_batch(client, hash, domain, key, me)? {
		on_chain.commitments.iter().for_each(|c| remember(me, c));
	}
	// A fork from the finalized block may still choose what is on chain
	// there: those nonces stay until finality moves past them.
	let finalized = client.info().finalized_hash;
	if finalized != hash {
		if let Some(at_finality) = chain::nonce_batch(client, finalized, domain, key, me)? {
			at_finality.commitments.iter().for_each(|c| remember(me, c));
		}
		for (_, session) in chain::signing_sessions(client, finalized, domain, key)? {
			if let Some((_, mine)) = session.signers.iter().find(|(m, _)| *m == me) {
				remember(me, mine);
			}
		}
	}
	for (request, session) in &sessions {
		let Some((_, mine)) = session.signers.iter().find(|(m, _)| *m == me) else {
			continue;
		};
		remember(me, mine);
		// A share of another epoch would not combine: the attempt ends at its
		// deadline and the next one is at this member's epoch.
		if session.epoch != held.epoch {
			continue;
		}
		if session.shares.iter().any(|(m, _)| *m == me) {
			continue;
		}
		let share = match held.sent.get_mut(&(*request, session.attempt)) {
			Some((share, at)) => {
				if number < at.saturating_add(SHARE_RESEND_AFTER) {
					continue;
				}
				*at = number;
				log::info!(
					target: LOG,
					"key {domain}/{key}: member {me} resends its share for request {request} (attempt {}): not on chain yet",
					session.attempt
				);
				*share
			}
			None => {
				let Some(pending) = chain::signature_request(client, hash, domain, key, *request)?
				else {
					continue;
				};
				let message = signature::request_payload(
					&genesis,
					domain,
					key,
					session.version,
					*request,
					&pending.payload,
				);
				let commitments = session
					.signers
					.iter()
					.map(|(m, c)| {
						SignerCommitment::from_points(MemberIndex(*m), &c.hiding, &c.binding)
					})
					.collect::<Result<Vec<_>, _>>()
					.map_err(|e| e.to_string())?;
				let session_id = signing_session_id(domain, key, *request, session.attempt);
				match held.signer.sign(&session_id, &message, &commitments) {
					Ok(share) => {
						let share: [u8; 32] = share
							.share
							.try_into()
							.map_err(|_| "a signature share is 32 bytes".to_string())?;
						log::info!(
							target: LOG,
							"key {domain}/{key}: member {me} signs request {request} (attempt {})",
							session.attempt
						);
						held.sent
							.insert((*request, session.attempt), (share, number));
						share
					}
					Err(ThresholdError::SessionAlreadyAnswered(_)) => continue,
					Err(error) => {
						log::warn!(
							target: LOG,
							"key {domain}/{key}: member {me} cannot sign request {request} (attempt {}): {error}; \
							 the chain will choose other signers at the attempt's deadline",
							session.attempt
						);
						continue;
					}
				}
			}
		};
		let payload = signature::signature_share_payload(
			&genesis,
			domain,
			key,
			*request,
			session.attempt,
			me,
			&share,
		);
		let Some(proof) = member.sign(custodian, &payload) else {
			continue;
		};
		out.push(RuntimeCall::KeyRegistry(
			pallet_key_registry::Call::submit_signature_share {
				domain,
				key,
				request: *request,
				attempt: session.attempt,
				member: me,
				share,
				custodian_proof: proof,
			},
		));
	}
	held.signer
		.retain_nonces(|commitment| keep.contains(commitment));
	Ok(())
}
