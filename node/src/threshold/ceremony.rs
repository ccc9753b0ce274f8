//! The member's part in key-generation ceremonies: one FROST DKG attempt
//! at a time per ceremony, its secrets in memory only.

use super::{chain, Seat, ThresholdMember, LOG, RESUBMIT_AFTER};
use crate::client::{FullClient, Hash};
use codec::{Decode, Encode};
use keyreg_runtime::{
	pallet_key_registry::{
		self,
		ceremonies::{possession_message, session_id, transcript_digest},
		signature, Ceremony, CeremonyId, CeremonyPhase, Confirmation, PublicKey, SealedShare,
	},
	Runtime, RuntimeCall,
};
use keyreg_signer::threshold::{
	dkg::{KeyCeremony, Round1Message},
	signing::{NonceCommitment, SigningMember},
	AgreementPublic, Committee, Envelope, MemberIndex, Purpose, SealedMessage, ThresholdError,
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
	/// Set once this member reported a fault: nothing more is sent.
	reported: bool,
}

/// What `seat` (custodian key `custodian`) submits for the ceremonies at
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
	ceremonies: &[(CeremonyId, Ceremony<Runtime>)],
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
		match act(seat, client, hash, genesis, *id, ceremony, me) {
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

fn has_posted(ceremony: &Ceremony<Runtime>, member: u16) -> bool {
	member
		.checked_sub(1)
		.and_then(|shift| 1u64.checked_shl(u32::from(shift)))
		.is_some_and(|bit| ceremony.posted & bit != 0)
}

/// What member `me` (holding `seat`) does now in `ceremony`.
fn act(
	seat: &mut Seat,
	client: &FullClient,
	hash: Hash,
	genesis: Hash,
	id: CeremonyId,
	ceremony: &Ceremony<Runtime>,
	me: u16,
) -> Result<Option<Action>, String> {
	let expected = ceremony.expected().any(|m| m == me);
	if !expected || has_posted(ceremony, me) {
		return Ok(None);
	}
	let phase = ceremony.phase.tag();
	let session = session_id(id, ceremony.attempt);
	let agreement = &seat.agreement;
	let attempt = seat.attempts.entry((id, ceremony.attempt)).or_default();
	if attempt.reported {
		return Ok(None);
	}
	if let Some(content) = attempt.sent.get(&phase) {
		return Ok(Some(Action::Post(content.clone())));
	}
	let committee = Committee::new(
		ceremony.threshold,
		ceremony
			.committee
			.iter()
			.map(|m| AgreementPublic(m.agreement))
			.collect(),
	)
	.map_err(|e| e.to_string())?;
	let content = match ceremony.phase {
		CeremonyPhase::Round1 => {
			let (state, message) =
				KeyCeremony::generate(session, committee, MemberIndex(me), &mut OsRng)
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
			sealed
				.into_iter()
				.map(|message| {
					Ok(SealedShare {
						to: message.to.0,
						encapsulated: message.envelope.encapsulated,
						ciphertext: message
							.envelope
							.ciphertext
							.try_into()
							.map_err(|_| "sealed share too long".to_string())?,
					})
				})
				.collect::<Result<Vec<_>, String>>()?
				.encode()
		}
		CeremonyPhase::Confirm => {
			let Some(state) = attempt.ceremony.as_mut() else {
				return Ok(None);
			};
			let mut sealed = Vec::new();
			let mut messages = Vec::new();
			for from in 1..=ceremony.size() {
				messages.push(chain::ceremony_message(
					client,
					hash,
					id,
					CeremonyPhase::Round1,
					from,
				)?);
			}
			for from in 1..=ceremony.size() {
				let content =
					chain::ceremony_message(client, hash, id, CeremonyPhase::Round2, from)?;
				let shares = Vec::<SealedShare>::decode(&mut &content[..])
					.map_err(|_| format!("member {from}'s sealed shares do not decode"))?;
				for share in shares {
					sealed.push(SealedMessage {
						session,
						purpose: Purpose::DkgShare,
						from: MemberIndex(from),
						to: MemberIndex(share.to),
						envelope: Envelope {
							encapsulated: share.encapsulated,
							ciphertext: share.ciphertext.into_inner(),
						},
					});
				}
				messages.push(content);
			}
			let share = match state.finish(&sealed, agreement) {
				Ok(share) => share,
				Err(ThresholdError::Misbehaved { members, .. }) => {
					attempt.reported = true;
					return Ok(members.first().map(|m| Action::Report(m.0)));
				}
				Err(error) => return Err(error.to_string()),
			};
			seat.vault.store_share(&share).map_err(|e| e.to_string())?;
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
