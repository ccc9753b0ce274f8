//! The node's seat on threshold committees: it runs the FROST key-generation
//! ceremonies ([`pallet_key_registry::ceremonies`]) for every custodian key
//! this node holds.
//!
//! **Why a node service and not the off-chain worker.** A FROST member keeps
//! secrets *between blocks* that must never be written down: the round-1
//! secret polynomial until round 2, the signing nonces until they are used.
//! An off-chain worker starts afresh at every block and could keep them only
//! in the off-chain database, on disk. This service lives as long as the
//! process, keeps them in memory (so they die with it: a restarted node can
//! never reuse a nonce), and otherwise does what the worker does: it reads
//! the chain's state at each new best block, signs with the custodian key in
//! the node's keystore (local, or the HSM through the routing keystore), and
//! submits authorized transactions to the pool.
//!
//! **At rest.** Each custodian key has a [`ShareVault`] under
//! `<chain data>/threshold/<custodian>`: its X25519 key-agreement secret and
//! its shares, sealed under a key derived from the custodian key itself, so
//! the files are useless off this node.

use crate::client::{FullClient, FullPool, Hash};
use codec::{Decode, Encode};
use frame_support::storage::StoragePrefixedMap;
use futures::StreamExt;
use keyreg_runtime::{
	pallet_key_registry::{
		self,
		ceremonies::{possession_message, session_id, transcript_digest},
		offchain::CUSTODIAN_KEY_TYPE,
		signature, Ceremonies, Ceremony, CeremonyId, CeremonyMessages, CeremonyPhase, Confirmation,
		KeySignature, PublicKey, SealedShare,
	},
	Runtime, RuntimeCall, UncheckedExtrinsic,
};
use keyreg_signer::threshold::{
	dkg::{KeyCeremony, Round1Message},
	signing::{NonceCommitment, SessionJournal, SigningMember},
	vault::ShareVault,
	AgreementPublic, AgreementSecret, Committee, Envelope, MemberIndex, Purpose, SealedMessage,
	ThresholdError,
};
use parking_lot::Mutex;
use rand_core::OsRng;
use sc_client_api::{BlockchainEvents, HeaderBackend, StorageProvider};
use sc_transaction_pool_api::{TransactionPool, TransactionSource};
use sp_core::{ed25519, storage::StorageKey};
use sp_keystore::{Keystore, KeystorePtr};
use sp_runtime::traits::Header as _;
use std::{
	collections::{BTreeMap, HashMap},
	path::PathBuf,
	sync::Arc,
};

const LOG: &str = "keyreg-threshold";

/// What one custodian key of this node holds.
struct Seat {
	vault: ShareVault,
	agreement: AgreementSecret,
	journal: Arc<SessionJournal>,
	/// In-memory state of each ceremony attempt this seat takes part in.
	attempts: HashMap<(CeremonyId, u32), Attempt>,
}

/// One ceremony attempt, as far as this member has got. Lost on restart.
#[derive(Default)]
struct Attempt {
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

/// Blocks to wait before submitting a message again (it may still be in
/// the pool, or have been dropped).
const RESUBMIT_AFTER: u32 = 3;

/// Lifetime of a ceremony transaction, in blocks (a power of two).
const ERA_PERIOD: u64 = 16;

/// The node's committee seats, shared by the service and the RPC.
pub struct ThresholdMember {
	dir: PathBuf,
	keystore: KeystorePtr,
	seats: Mutex<BTreeMap<[u8; 32], Seat>>,
}

impl ThresholdMember {
	/// A member keeping its vaults under `dir`, signing with `keystore`.
	pub fn new(dir: PathBuf, keystore: KeystorePtr) -> Arc<Self> {
		Arc::new(Self {
			dir,
			keystore,
			seats: Mutex::new(BTreeMap::new()),
		})
	}

	/// Opens a seat for every ed25519 custodian key the keystore holds
	/// (only ed25519: the vault's sealing key is a deterministic signature).
	fn refresh_seats(&self) {
		let mut seats = self.seats.lock();
		for custodian in self.keystore.ed25519_public_keys(CUSTODIAN_KEY_TYPE) {
			if seats.contains_key(&custodian.0) {
				continue;
			}
			match self.open_seat(custodian) {
				Ok(seat) => {
					log::info!(
						target: LOG,
						"custodian {custodian:?}: key-agreement key 0x{} ready for committees",
						sp_core::hexdisplay::HexDisplay::from(&seat.agreement.public().0)
					);
					seats.insert(custodian.0, seat);
				}
				Err(error) => log::error!(
					target: LOG,
					"custodian {custodian:?}: cannot open its share vault: {error}"
				),
			}
		}
	}

	fn open_seat(&self, custodian: ed25519::Public) -> Result<Seat, ThresholdError> {
		let dir = self.dir.join(format!(
			"{}",
			sp_core::hexdisplay::HexDisplay::from(&custodian.0)
		));
		let vault = ShareVault::open(&dir, self.keystore.clone(), CUSTODIAN_KEY_TYPE, custodian)?;
		let agreement = match vault.load_agreement()? {
			Some(secret) => secret,
			None => {
				let secret = AgreementSecret::generate(&mut OsRng);
				vault.store_agreement(&secret)?;
				secret
			}
		};
		let journal = Arc::new(SessionJournal::open(&dir.join("answered-sessions"))?);
		Ok(Seat {
			vault,
			agreement,
			journal,
			attempts: HashMap::new(),
		})
	}

	/// For each custodian key: its key-agreement key and the custodian's
	/// proof binding it in `domain` (the arguments of
	/// `register_agreement_key`).
	pub fn agreement_bindings(
		&self,
		genesis: Hash,
		domain: u32,
	) -> Vec<(ed25519::Public, AgreementPublic, KeySignature)> {
		self.refresh_seats();
		let seats = self.seats.lock();
		seats
			.iter()
			.filter_map(|(custodian, seat)| {
				let custodian = ed25519::Public::from_raw(*custodian);
				let agreement = seat.agreement.public();
				let payload = signature::agreement_key_payload(
					&genesis,
					domain,
					&PublicKey::Ed25519(custodian.0),
					&agreement.0,
				);
				let proof = self.sign(&custodian, &payload)?;
				Some((custodian, agreement, proof))
			})
			.collect()
	}

	fn sign(&self, custodian: &ed25519::Public, payload: &[u8]) -> Option<KeySignature> {
		match self
			.keystore
			.ed25519_sign(CUSTODIAN_KEY_TYPE, custodian, payload)
		{
			Ok(Some(signature)) => Some(KeySignature::Ed25519(signature.0)),
			Ok(None) => None,
			Err(error) => {
				log::warn!(target: LOG, "custodian {custodian:?} could not sign: {error}");
				None
			}
		}
	}
}

/// Follows the best chain and acts for every seat in every ceremony.
pub async fn run(member: Arc<ThresholdMember>, client: Arc<FullClient>, pool: Arc<FullPool>) {
	let mut imports = client.import_notification_stream();
	while let Some(notification) = imports.next().await {
		if !notification.is_new_best {
			continue;
		}
		let number = *notification.header.number();
		member.refresh_seats();
		let outgoing = match step(&member, &client, notification.hash, number) {
			Ok(outgoing) => outgoing,
			Err(error) => {
				log::warn!(target: LOG, "block #{number}: {error}");
				continue;
			}
		};
		for call in outgoing {
			// Mortal: every resubmission is a new transaction, and a stale one
			// dies by itself. Born two blocks back, so that the pool's views
			// of the recent blocks all know the birth block.
			let era =
				sp_runtime::generic::Era::mortal(ERA_PERIOD, u64::from(number.saturating_sub(2)));
			let xt: UncheckedExtrinsic = UncheckedExtrinsic::new_transaction(
				call,
				keyreg_runtime::authorized_extension(era),
			);
			if let Err(error) = pool
				.submit_one(notification.hash, TransactionSource::Local, xt.into())
				.await
			{
				log::warn!(target: LOG, "block #{number}: the pool refused a ceremony transaction: {error}");
			}
		}
	}
}

/// Everything this node should submit at block `hash`.
fn step(
	member: &ThresholdMember,
	client: &FullClient,
	hash: Hash,
	number: u32,
) -> Result<Vec<RuntimeCall>, String> {
	let genesis = client.info().genesis_hash;
	let ceremonies = read_ceremonies(client, hash)?;
	let mut seats = member.seats.lock();
	let mut outgoing = Vec::new();
	for (custodian, seat) in seats.iter_mut() {
		// Forget attempts that ended.
		seat.attempts.retain(|(id, attempt), _| {
			ceremonies
				.iter()
				.any(|(c, ceremony)| c == id && ceremony.attempt == *attempt)
		});
		for (id, ceremony) in &ceremonies {
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
					outgoing.push(RuntimeCall::KeyRegistry(
						pallet_key_registry::Call::submit_ceremony_message {
							ceremony: *id,
							member: me,
							content,
							custodian_proof: proof,
						},
					));
				}
				Ok(Some(Action::Report(accused))) => {
					let payload = signature::ceremony_fault_payload(
						&genesis,
						*id,
						ceremony.attempt,
						me,
						accused,
					);
					let Some(proof) = member.sign(&custodian, &payload) else {
						continue;
					};
					log::warn!(
						target: LOG,
						"ceremony {id} attempt {}: member {me} reports member {accused}",
						ceremony.attempt
					);
					outgoing.push(RuntimeCall::KeyRegistry(
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
	}
	Ok(outgoing)
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
						package: read_message(client, hash, id, CeremonyPhase::Round1, from)?,
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
				messages.push(read_message(client, hash, id, CeremonyPhase::Round1, from)?);
			}
			for from in 1..=ceremony.size() {
				let content = read_message(client, hash, id, CeremonyPhase::Round2, from)?;
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
					let content = read_message(client, hash, id, CeremonyPhase::Confirm, from)?;
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

fn read_ceremonies(
	client: &FullClient,
	hash: Hash,
) -> Result<Vec<(CeremonyId, Ceremony<Runtime>)>, String> {
	let prefix = StorageKey(Ceremonies::<Runtime>::final_prefix().to_vec());
	let keys = client
		.storage_keys(hash, Some(&prefix), None)
		.map_err(|e| e.to_string())?;
	let mut ceremonies = Vec::new();
	for key in keys {
		// Twox64Concat: the last 8 bytes are the id itself.
		let Some(id) = key
			.0
			.len()
			.checked_sub(8)
			.and_then(|start| key.0.get(start..))
		else {
			continue;
		};
		let id = CeremonyId::decode(&mut &id[..]).map_err(|e| e.to_string())?;
		if let Some(data) = client.storage(hash, &key).map_err(|e| e.to_string())? {
			let ceremony =
				Ceremony::<Runtime>::decode(&mut &data.0[..]).map_err(|e| e.to_string())?;
			ceremonies.push((id, ceremony));
		}
	}
	Ok(ceremonies)
}

fn read_message(
	client: &FullClient,
	hash: Hash,
	id: CeremonyId,
	phase: CeremonyPhase,
	member: u16,
) -> Result<Vec<u8>, String> {
	let key = StorageKey(CeremonyMessages::<Runtime>::hashed_key_for((
		id,
		phase.tag(),
		member,
	)));
	let data = client
		.storage(hash, &key)
		.map_err(|e| e.to_string())?
		.ok_or_else(|| format!("member {member}'s {phase:?} message is not on chain"))?;
	Vec::<u8>::decode(&mut &data.0[..]).map_err(|e| e.to_string())
}
