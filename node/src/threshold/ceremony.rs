//! The member's part in ceremonies: key generation (a FROST DKG), share
//! refresh and share repair ([`pallet_key_registry::share_maintenance`]),
//! one attempt at a time per ceremony, its secrets in memory only. New
//! shares go to the vault under their own epoch; the signing side switches
//! to them once the chain does.

use super::{chain, Seat, ThresholdMember, LOG, RESUBMIT_AFTER};
use crate::client::{FullClient, Hash};
use codec::{Decode, Encode};
use keyreg_runtime::{
	pallet_key_registry::{
		self,
		ceremonies::{possession_message, session_id, transcript_digest},
		signature, Ceremony, CeremonyId, CeremonyKind, CeremonyPhase, Confirmation, DomainId,
		KeyId, PublicKey, SealedShare,
	},
	Runtime, RuntimeCall,
};
use keyreg_signer::threshold::{
	dkg::{KeyCeremony, Round1Message},
	public_key_package, repair,
	signing::{NonceCommitment, SigningMember},
	AgreementPublic, Committee, Envelope, MemberIndex, Purpose, SealedMessage, ShareRecord,
	ThresholdError,
};
use rand_core::OsRng;
use sp_core::ed25519;
use std::collections::BTreeMap;

/// One ceremony attempt, as far as this member has got. Lost on restart.
#[derive(Default)]
pub(super) struct Attempt {
	ceremony: Option<KeyCeremony>,
	signer: Option<SigningMember>,
	/// The message this member sent per phase, resent unchanged until it is
	/// on chain (a fresh round-1 package would not match the first).
	sent: BTreeMap<u8, Vec<u8>>,
	/// The block at which each phase's message was last submitted.
	submitted_at: BTreeMap<u8, u32>,
	/// Set once this member reported a fault or cannot go on: nothing more
	/// is sent in this attempt.
	reported: bool,
}

/// Where the member reads the chain: client, best block, its number, genesis.
pub(super) type At<'a> = (&'a FullClient, Hash, u32, Hash);

/// What `seat` (custodian key `custodian`) submits for the ceremonies at
/// this block.
pub(super) fn step(
	member: &ThresholdMember,
	seat: &mut Seat,
	custodian: &[u8; 32],
	(client, hash, number, genesis): At,
	ceremonies: &[(CeremonyId, Ceremony<Runtime>)],
	keys: &[chain::ThresholdKeyEntry],
	out: &mut Vec<RuntimeCall>,
) -> Result<(), String> {
	// Forget attempts that ended.
	seat.attempts.retain(|(id, attempt), _| {
		ceremonies
			.iter()
			.any(|(c, ceremony)| c == id && ceremony.attempt == *attempt)
	});
	for (id, ceremony) in ceremonies {
		let Some(index) = ceremony
			.committee
			.iter()
			.position(|m| m.custodian == PublicKey::Ed25519(*custodian))
		else {
			continue;
		};
		let me = u16::try_from(index)
			.map_err(|e| e.to_string())?
			.saturating_add(1);
		let custodian = ed25519::Public::from_raw(*custodian);
		let acted = match prior_action(seat, *id, ceremony, me) {
			Some(prior) => Ok(prior),
			None => match ceremony.kind {
				CeremonyKind::Repair { .. } => {
					act_repair(seat, client, hash, genesis, *id, ceremony, me, keys)
				}
				_ => act(seat, client, hash, genesis, *id, ceremony, me, keys),
			},
		};
		match acted {
			Ok(Some(Action::Post(content))) => {
				let phase = ceremony.phase.tag();
				let attempt = seat.attempts.entry((*id, ceremony.attempt)).or_default();
				if attempt
					.submitted_at
					.get(&phase)
					.is_some_and(|at| number < at.saturating_add(RESUBMIT_AFTER))
				{
					continue;
				}
				let payload = signature::ceremony_message_payload(
					&genesis,
					*id,
					ceremony.attempt,
					phase,
					me,
					&content,
				);
				let Some(proof) = member.sign(&custodian, &payload) else {
					continue;
				};
				attempt.submitted_at.insert(phase, number);
				log::info!(
					target: LOG,
					"ceremony {id} attempt {}: member {me} posts its {:?} message ({} bytes)",
					ceremony.attempt,
					ceremony.phase,
					content.len()
				);
				out.push(RuntimeCall::KeyRegistry(
					pallet_key_registry::Call::submit_ceremony_message {
						ceremony: *id,
						member: me,
						content,
						custodian_proof: proof,
					},
				));
			}
			Ok(Some(Action::Report(accused))) => {
				let payload =
					signature::ceremony_fault_payload(&genesis, *id, ceremony.attempt, me, accused);
				let Some(proof) = member.sign(&custodian, &payload) else {
					continue;
				};
				log::warn!(
					target: LOG,
					"ceremony {id} attempt {}: member {me} reports member {accused}",
					ceremony.attempt
				);
				out.push(RuntimeCall::KeyRegistry(
					pallet_key_registry::Call::report_ceremony_fault {
						ceremony: *id,
						member: me,
						accused,
						custodian_proof: proof,
					},
				));
			}
			Ok(None) => {}
			Err(error) => log::warn!(
				target: LOG,
				"ceremony {id} attempt {}: member {me}: {error}",
				ceremony.attempt
			),
		}
	}
	Ok(())
}

enum Action {
	Post(Vec<u8>),
	Report(u16),
}

fn committee_of(ceremony: &Ceremony<Runtime>) -> Result<Committee, String> {
	Committee::new(
		ceremony.threshold,
		ceremony
			.committee
			.iter()
			.map(|m| AgreementPublic(m.agreement))
			.collect(),
	)
	.map_err(|e| e.to_string())
}

/// This member's share of `key` at the chain's current epoch, from the vault.
fn current_share(
	seat: &Seat,
	keys: &[chain::ThresholdKeyEntry],
	domain: DomainId,
	key: KeyId,
	me: u16,
) -> Result<ShareRecord, String> {
	let (_, record) = keys
		.iter()
		.find(|(id, _)| *id == (domain, key))
		.ok_or_else(|| format!("key {domain}/{key} has no threshold record"))?;
	let share = seat
		.vault
		.load_share(&record.session, record.epoch)
		.map_err(|e| e.to_string())?;
	if share.member.0 != me {
		return Err(format!(
			"the vault holds member {}'s share of key {domain}/{key}, not member {me}'s",
			share.member.0
		));
	}
	Ok(share)
}

/// The sealed values posted in `phase` (each poster's `Vec<SealedShare>`),
/// as the member library reads them.
fn sealed_on_chain(
	client: &FullClient,
	hash: Hash,
	id: CeremonyId,
	ceremony: &Ceremony<Runtime>,
	phase: CeremonyPhase,
	purpose: Purpose,
) -> Result<Vec<SealedMessage>, String> {
	let session = session_id(id, ceremony.attempt);
	let mut sealed = Vec::new();
	for from in ceremony.posters(phase) {
		let content = chain::ceremony_message(client, hash, id, phase, from)?;
		let shares = Vec::<SealedShare>::decode(&mut &content[..])
			.map_err(|_| format!("member {from}'s sealed values do not decode"))?;
		for share in shares {
			sealed.push(SealedMessage {
				session,
				purpose,
				from: MemberIndex(from),
				to: MemberIndex(share.to),
				envelope: Envelope {
					encapsulated: share.encapsulated,
					ciphertext: share.ciphertext.into_inner(),
				},
			});
		}
	}
	Ok(sealed)
}

fn encode_sealed(sealed: Vec<SealedMessage>) -> Result<Vec<u8>, String> {
	Ok(sealed
		.into_iter()
		.map(|message| {
			Ok(SealedShare {
				to: message.to.0,
				encapsulated: message.envelope.encapsulated,
				ciphertext: message
					.envelope
					.ciphertext
					.try_into()
					.map_err(|_| "sealed value too long".to_string())?,
			})
		})
		.collect::<Result<Vec<_>, String>>()?
		.encode())
}

/// What member `me` does without making anything new: nothing if it is not
/// due in this phase, has posted, or gave up on the attempt; the message it
/// already made for this phase, resent unchanged. `None`: make it.
fn prior_action(
	seat: &Seat,
	id: CeremonyId,
	ceremony: &Ceremony<Runtime>,
	me: u16,
) -> Option<Option<Action>> {
	if !ceremony.expected().contains(&me) || ceremony.has_posted(me) {
		return Some(None);
	}
	let attempt = seat.attempts.get(&(id, ceremony.attempt))?;
	if attempt.reported {
		return Some(None);
	}
	attempt
		.sent
		.get(&ceremony.phase.tag())
		.map(|content| Some(Action::Post(content.clone())))
}

/// What member `me` (holding `seat`) makes in a key generation or a share
/// refresh, once `prior_action` found nothing to resend.
#[allow(clippy::too_many_arguments)]
fn act(
	seat: &mut Seat,
	client: &FullClient,
	hash: Hash,
	genesis: Hash,
	id: CeremonyId,
	ceremony: &Ceremony<Runtime>,
	me: u16,
	keys: &[chain::ThresholdKeyEntry],
) -> Result<Option<Action>, String> {
	let phase = ceremony.phase.tag();
	let session = session_id(id, ceremony.attempt);
	let refresh = match ceremony.kind {
		CeremonyKind::Refresh { key, .. } => Some(key),
		_ => None,
	};
	// A refresh starts from the share in use.
	let current = match (refresh, ceremony.phase) {
		(Some(key), CeremonyPhase::Round1) => {
			Some(current_share(seat, keys, ceremony.domain, key, me)?)
		}
		_ => None,
	};
	let agreement = &seat.agreement;
	let attempt = seat.attempts.entry((id, ceremony.attempt)).or_default();
	let committee = committee_of(ceremony)?;
	let content = match ceremony.phase {
		CeremonyPhase::Round1 => {
			let (state, message) = match (refresh, current) {
				(Some(_), Some(current)) => {
					KeyCeremony::refresh(session, committee, current, &mut OsRng)
				}
				(None, _) => KeyCeremony::generate(session, committee, MemberIndex(me), &mut OsRng),
				(Some(_), None) => return Err("a refresh without the share in use".into()),
			}
			.map_err(|e| e.to_string())?;
			attempt.ceremony = Some(state);
			message.package
		}
		CeremonyPhase::Round2 => {
			// Without the round-1 secret (lost in a restart) this member
			// cannot go on: the attempt stalls until a key manager restarts it.
			let Some(state) = attempt.ceremony.as_mut() else {
				return Ok(None);
			};
			let round1: Vec<Round1Message> = (1..=ceremony.size())
				.map(|from| {
					Ok(Round1Message {
						session,
						from: MemberIndex(from),
						package: chain::ceremony_message(
							client,
							hash,
							id,
							CeremonyPhase::Round1,
							from,
						)?,
					})
				})
				.collect::<Result<_, String>>()?;
			let sealed = match state.round2(&round1, agreement, &mut OsRng) {
				Ok(sealed) => sealed,
				Err(ThresholdError::Misbehaved { members, .. }) => {
					attempt.reported = true;
					return Ok(members.first().map(|m| Action::Report(m.0)));
				}
				Err(error) => return Err(error.to_string()),
			};
			encode_sealed(sealed)?
		}
		CeremonyPhase::Confirm => {
			let Some(state) = attempt.ceremony.as_mut() else {
				return Ok(None);
			};
			let purpose = if refresh.is_some() {
				Purpose::RefreshShare
			} else {
				Purpose::DkgShare
			};
			let sealed =
				sealed_on_chain(client, hash, id, ceremony, CeremonyPhase::Round2, purpose)?;
			let messages = transcript_messages(client, hash, id, ceremony)?;
			let share = match state.finish(&sealed, agreement) {
				Ok(share) => share,
				Err(ThresholdError::Misbehaved { members, .. }) => {
					attempt.reported = true;
					return Ok(members.first().map(|m| Action::Report(m.0)));
				}
				Err(error) => return Err(error.to_string()),
			};
			// Filed under its own epoch: the share in use stays until the
			// chain completes (a refresh that fails loses nothing).
			let path = seat.vault.store_share(&share).map_err(|e| e.to_string())?;
			log::info!(
				target: LOG,
				"ceremony {id} attempt {}: member {me} sealed its share of epoch {} to {}",
				ceremony.attempt,
				share.epoch,
				path.display()
			);
			let signer = SigningMember::new(share.clone(), seat.journal.clone());
			let commitment = signer
				.commit_batch(1, &mut OsRng)
				.map_err(|e| e.to_string())?
				.remove(0)
				.commitment;
			attempt.signer = Some(signer);
			Confirmation {
				group_key: share.group_key().map_err(|e| e.to_string())?,
				transcript: transcript_digest(id, ceremony.attempt, &messages),
				commitment: commitment
					.try_into()
					.map_err(|_| "commitment too long".to_string())?,
			}
			.encode()
		}
		CeremonyPhase::Prove => {
			// The nonce behind this member's commitment lives only here.
			let Some(signer) = attempt.signer.as_ref() else {
				return Ok(None);
			};
			let message = possession_message::<Runtime>(&genesis, ceremony)
				.ok_or("the ceremony has no group key yet")?;
			let commitments = (1..=ceremony.threshold)
				.map(|from| {
					let content =
						chain::ceremony_message(client, hash, id, CeremonyPhase::Confirm, from)?;
					let confirmation = Confirmation::decode(&mut &content[..])
						.map_err(|_| format!("member {from}'s confirmation does not decode"))?;
					Ok(NonceCommitment {
						member: MemberIndex(from),
						commitment: confirmation.commitment.into_inner(),
					})
				})
				.collect::<Result<Vec<_>, String>>()?;
			signer
				.sign(&session, &message, &commitments)
				.map_err(|e| e.to_string())?
				.share
		}
		CeremonyPhase::Failed => return Ok(None),
	};
	attempt.sent.insert(phase, content.clone());
	Ok(Some(Action::Post(content)))
}

/// Every round-1 and round-2 message, in the order of the transcript.
fn transcript_messages(
	client: &FullClient,
	hash: Hash,
	id: CeremonyId,
	ceremony: &Ceremony<Runtime>,
) -> Result<Vec<Vec<u8>>, String> {
	let mut messages = Vec::new();
	for phase in [CeremonyPhase::Round1, CeremonyPhase::Round2] {
		for from in ceremony.posters(phase) {
			messages.push(chain::ceremony_message(client, hash, id, phase, from)?);
		}
	}
	Ok(messages)
}

/// What member `me` makes in a share repair, once `prior_action` found
/// nothing to resend: a helper seals its deltas,
/// then its sigma; the member that lost its share rebuilds it from the
/// sigmas and the committee's public record, files it and proves it.
#[allow(clippy::too_many_arguments)]
fn act_repair(
	seat: &mut Seat,
	client: &FullClient,
	hash: Hash,
	genesis: Hash,
	id: CeremonyId,
	ceremony: &Ceremony<Runtime>,
	me: u16,
	keys: &[chain::ThresholdKeyEntry],
) -> Result<Option<Action>, String> {
	let CeremonyKind::Repair {
		key, lost, helpers, ..
	} = &ceremony.kind
	else {
		return Ok(None);
	};
	let (key, lost) = (*key, *lost);
	let phase = ceremony.phase.tag();
	let plan = repair::RepairPlan {
		session: session_id(id, ceremony.attempt),
		helpers: helpers.iter().copied().map(MemberIndex).collect(),
		lost: MemberIndex(lost),
	};
	let committee = committee_of(ceremony)?;
	let content = match ceremony.phase {
		CeremonyPhase::Round1 => {
			let share = current_share(seat, keys, ceremony.domain, key, me)?;
			let deltas =
				repair::helper_deltas(&plan, &committee, &share, &seat.agreement, &mut OsRng)
					.map_err(|e| e.to_string())?;
			encode_sealed(deltas)?
		}
		CeremonyPhase::Round2 => {
			let deltas = sealed_on_chain(
				client,
				hash,
				id,
				ceremony,
				CeremonyPhase::Round1,
				Purpose::RepairDelta,
			)?;
			match repair::helper_sigma(
				&plan,
				&committee,
				MemberIndex(me),
				&seat.agreement,
				&deltas,
				&mut OsRng,
			) {
				Ok(sigma) => encode_sealed(vec![sigma])?,
				Err(ThresholdError::Misbehaved { members, .. }) => {
					seat.attempts
						.entry((id, ceremony.attempt))
						.or_default()
						.reported = true;
					return Ok(members.first().map(|m| Action::Report(m.0)));
				}
				Err(error) => return Err(error.to_string()),
			}
		}
		CeremonyPhase::Confirm => {
			let (_, record) = keys
				.iter()
				.find(|(k, _)| *k == (ceremony.domain, key))
				.ok_or("the repaired key has no threshold record")?;
			let group_key = ceremony.group_key.ok_or("the repair has no group key")?;
			let transcript = ceremony.transcript.ok_or("the repair has no transcript")?;
			let public =
				public_key_package(&group_key, &ceremony.verifying_shares, ceremony.threshold)
					.map_err(|e| e.to_string())?;
			let sigmas = sealed_on_chain(
				client,
				hash,
				id,
				ceremony,
				CeremonyPhase::Round2,
				Purpose::RepairSigma,
			)?;
			let share = match repair::recover(
				&plan,
				&committee,
				&seat.agreement,
				public,
				(record.session, record.epoch),
				&sigmas,
			) {
				Ok(share) => share,
				Err(ThresholdError::Misbehaved { members, .. }) => {
					seat.attempts
						.entry((id, ceremony.attempt))
						.or_default()
						.reported = true;
					return Ok(members.first().map(|m| Action::Report(m.0)));
				}
				Err(ThresholdError::RepairMismatch) => {
					// Some helper's sigma was wrong, and nobody can tell whose:
					// the key manager cancels and repairs with other helpers.
					seat.attempts
						.entry((id, ceremony.attempt))
						.or_default()
						.reported = true;
					log::error!(
						target: LOG,
						"ceremony {id} attempt {}: the rebuilt share of member {me} does not match its verifying share; \
						 not filing it. Cancel the repair and start one with other helpers.",
						ceremony.attempt
					);
					return Ok(None);
				}
				Err(error) => return Err(error.to_string()),
			};
			let path = seat.vault.store_share(&share).map_err(|e| e.to_string())?;
			log::info!(
				target: LOG,
				"ceremony {id} attempt {}: member {me} rebuilt its share of key {}/{key} (epoch {}) and sealed it to {}",
				ceremony.attempt,
				ceremony.domain,
				share.epoch,
				path.display()
			);
			let payload = signature::share_repair_payload(
				&genesis,
				ceremony.domain,
				key,
				id,
				ceremony.attempt,
				me,
				&transcript,
			);
			share
				.sign_with_share(&payload, &mut OsRng)
				.map_err(|e| e.to_string())?
				.to_vec()
		}
		CeremonyPhase::Prove | CeremonyPhase::Failed => return Ok(None),
	};
	seat.attempts
		.entry((id, ceremony.attempt))
		.or_default()
		.sent
		.insert(phase, content.clone());
	Ok(Some(Action::Post(content)))
}
