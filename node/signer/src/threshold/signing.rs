//! Threshold signing: nonce commitments, signature shares, aggregation.
//!
//! A signing session has two rounds, and the first can be done ahead of time:
//!
//! 1. Each member publishes a batch of nonce commitments
//!    ([`SigningMember::commit_batch`]). The nonces stay in this process's
//!    memory only: they die with it, so a restarted member cannot be led to
//!    reuse one.
//! 2. For a request, the coordinator (the chain) picks `threshold` members
//!    and one unused commitment of each. Each chosen member signs
//!    ([`SigningMember::sign`]): it takes its nonce out of memory, records
//!    the session durably in its [`SessionJournal`], and only then computes
//!    and releases its signature share. A session already in the journal is
//!    refused, so a member never answers the same session twice, even across
//!    a restart. Asked again for the very same package by the same process
//!    (its share was lost with a fork of the chain), it hands back the share
//!    it released, unchanged: nothing new is computed.
//!
//! [`aggregate`] checks every share (naming each cheater) and returns a plain
//! Ed25519 signature under the group key.

use super::{MemberIndex, SessionId, ShareRecord, ThresholdError};
use codec::{Decode, Encode};
use frost_ed25519::{
	keys::PublicKeyPackage,
	round1::{self, SigningCommitments, SigningNonces},
	round2::{self, SignatureShare},
	CheaterDetection, Identifier, SigningPackage,
};
use parking_lot::Mutex;
use rand_core::{CryptoRng, RngCore};
use std::{
	collections::{BTreeMap, HashMap, HashSet, VecDeque},
	fs::{File, OpenOptions},
	io::{Read, Write},
	path::{Path, PathBuf},
};

/// A member's published nonce commitment (hiding and binding points).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct NonceCommitment {
	/// The member that holds the nonces.
	pub member: MemberIndex,
	/// The serialized `frost_ed25519::round1::SigningCommitments`.
	pub commitment: Vec<u8>,
}

impl NonceCommitment {
	/// The commitment's two compressed points `(hiding, binding)`, as the
	/// chain stores them.
	pub fn points(&self) -> Result<([u8; 32], [u8; 32]), ThresholdError> {
		let malformed = || ThresholdError::Misbehaved {
			members: vec![self.member],
			what: "a malformed nonce commitment",
		};
		let parsed = SigningCommitments::deserialize(&self.commitment).map_err(|_| malformed())?;
		let point = |bytes: Result<Vec<u8>, frost_ed25519::Error>| {
			bytes
				.ok()
				.and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
				.ok_or_else(malformed)
		};
		Ok((
			point(parsed.hiding().serialize())?,
			point(parsed.binding().serialize())?,
		))
	}

	/// `member`'s commitment from its two compressed points, as the chain
	/// hands them out.
	pub fn from_points(
		member: MemberIndex,
		hiding: &[u8; 32],
		binding: &[u8; 32],
	) -> Result<Self, ThresholdError> {
		let malformed = || ThresholdError::Misbehaved {
			members: vec![member],
			what: "a malformed nonce commitment",
		};
		let hiding = round1::NonceCommitment::deserialize(hiding).map_err(|_| malformed())?;
		let binding = round1::NonceCommitment::deserialize(binding).map_err(|_| malformed())?;
		let commitment = SigningCommitments::new(hiding, binding)
			.serialize()
			.map_err(|_| malformed())?;
		Ok(Self { member, commitment })
	}
}

/// A member's signature share for one session.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct ShareMessage {
	/// The session (the chain's signature request).
	pub session: SessionId,
	/// The signer.
	pub from: MemberIndex,
	/// The serialized `frost_ed25519::round2::SignatureShare` (32 bytes).
	pub share: Vec<u8>,
}

/// The durable list of sessions this member has answered.
///
/// An append-only file of 32-byte session ids, synced to disk before any
/// share leaves the member. A torn last record (a crash mid-append) is cut
/// off on open: its share was never released.
pub struct SessionJournal {
	path: PathBuf,
	inner: Mutex<JournalInner>,
}

struct JournalInner {
	file: File,
	answered: HashSet<SessionId>,
}

impl SessionJournal {
	/// Opens (or creates) the journal at `path`.
	pub fn open(path: &Path) -> Result<Self, ThresholdError> {
		let failed =
			|error: std::io::Error| ThresholdError::Journal(format!("{}: {error}", path.display()));
		let mut file = OpenOptions::new()
			.read(true)
			.append(true)
			.create(true)
			.open(path)
			.map_err(failed)?;
		let mut bytes = Vec::new();
		file.read_to_end(&mut bytes).map_err(failed)?;
		let torn = bytes.len().checked_rem(32).unwrap_or(0);
		let whole = bytes.len().saturating_sub(torn);
		if torn != 0 {
			log::warn!(
				target: "keyreg-threshold",
				"{}: cutting a torn last record ({torn} bytes) left by a crash",
				path.display(),
			);
			file.set_len(whole as u64).map_err(failed)?;
			file.sync_all().map_err(failed)?;
		}
		let answered = bytes
			.chunks_exact(32)
			.filter_map(|record| SessionId::try_from(record).ok())
			.collect();
		Ok(Self {
			path: path.to_owned(),
			inner: Mutex::new(JournalInner { file, answered }),
		})
	}

	/// Whether `session` has been answered.
	pub fn contains(&self, session: &SessionId) -> bool {
		self.inner.lock().answered.contains(session)
	}

	/// How many sessions have been answered.
	pub fn len(&self) -> usize {
		self.inner.lock().answered.len()
	}

	/// Whether no session has been answered.
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}

	/// Records `session` durably; refuses a session recorded before.
	fn record(&self, session: &SessionId) -> Result<(), ThresholdError> {
		let mut inner = self.inner.lock();
		if inner.answered.contains(session) {
			return Err(ThresholdError::SessionAlreadyAnswered(*session));
		}
		let failed = |error: std::io::Error| {
			ThresholdError::Journal(format!("{}: {error}", self.path.display()))
		};
		inner.file.write_all(session).map_err(failed)?;
		inner.file.sync_data().map_err(failed)?;
		inner.answered.insert(*session);
		Ok(())
	}
}

/// One member's signer for one threshold key.
pub struct SigningMember {
	share: ShareRecord,
	journal: std::sync::Arc<SessionJournal>,
	/// Unused nonces, by the serialized commitment published for them.
	nonces: Mutex<HashMap<Vec<u8>, SigningNonces>>,
	/// The shares this process released, with the package each signed, most
	/// recent last (at most [`RELEASED_KEPT`]): a resend after a fork hands
	/// back the same share.
	released: Mutex<VecDeque<Released>>,
}

/// How many released shares a [`SigningMember`] remembers for resending.
/// Sessions end within a few blocks; this covers many more than are ever
/// open at once.
pub const RELEASED_KEPT: usize = 256;

struct Released {
	session: SessionId,
	message: Vec<u8>,
	commitments: Vec<NonceCommitment>,
	share: Vec<u8>,
}

impl SigningMember {
	/// A signer for `share` that records answered sessions in `journal`.
	/// It starts with no nonces: commitments made before are void.
	pub fn new(share: ShareRecord, journal: std::sync::Arc<SessionJournal>) -> Self {
		Self {
			share,
			journal,
			nonces: Mutex::new(HashMap::new()),
			released: Mutex::new(VecDeque::new()),
		}
	}

	/// Replaces the share by `share` (a refreshed epoch of the same key
	/// and member), keeping the unused nonces: a nonce does not depend on
	/// the share, so commitments already on chain stay good.
	///
	/// Errors: [`ThresholdError::InvalidCommittee`] when `share` belongs to
	/// another key or member.
	pub fn replace_share(&mut self, share: ShareRecord) -> Result<(), ThresholdError> {
		if share.session != self.share.session
			|| share.member != self.share.member
			|| share.group_key()? != self.share.group_key()?
		{
			return Err(ThresholdError::InvalidCommittee(
				"a replacement share must be of the same key and member",
			));
		}
		self.share = share;
		Ok(())
	}

	/// The share this signer uses.
	pub fn share(&self) -> &ShareRecord {
		&self.share
	}

	/// Makes `count` fresh nonce pairs, keeps them in memory and returns their
	/// commitments to publish.
	pub fn commit_batch<R: RngCore + CryptoRng>(
		&self,
		count: usize,
		rng: &mut R,
	) -> Result<Vec<NonceCommitment>, ThresholdError> {
		let mut batch = Vec::with_capacity(count);
		let mut nonces = self.nonces.lock();
		for _ in 0..count {
			let (secret, commitments) = round1::commit(self.share.key_package.signing_share(), rng);
			let commitment = commitments
				.serialize()
				.map_err(|error| ThresholdError::Frost(error.to_string()))?;
			nonces.insert(commitment.clone(), secret);
			batch.push(NonceCommitment {
				member: self.share.member,
				commitment,
			});
		}
		Ok(batch)
	}

	/// Forgets every unused nonce whose commitment `keep` rejects: those
	/// no longer on chain and not chosen for an open session can never be
	/// asked for.
	pub fn retain_nonces(&self, keep: impl Fn(&[u8]) -> bool) {
		self.nonces
			.lock()
			.retain(|commitment, _| keep(commitment.as_slice()));
	}

	/// How many unused nonces this signer holds.
	pub fn unused_nonces(&self) -> usize {
		self.nonces.lock().len()
	}

	/// Signs `message` in `session` with the commitments the coordinator
	/// chose (one per signer, this member's among them).
	///
	/// The nonce is taken out of memory first, the session is recorded in the
	/// journal next, and the share is computed last: whatever fails, a nonce
	/// is never used twice and a session is never answered twice. A session
	/// this process answered, asked again with the same message and
	/// commitments, gets the same share back (a resend: the chain may have
	/// lost the first with a fork); with anything else, it is refused.
	///
	/// Errors: [`ThresholdError::SessionAlreadyAnswered`], [`ThresholdError::UnknownNonce`]
	/// (used, or from before a restart), [`ThresholdError::MissingMessage`]
	/// (this member was not chosen), [`ThresholdError::Journal`],
	/// [`ThresholdError::Frost`] (fewer commitments than the threshold).
	pub fn sign(
		&self,
		session: &SessionId,
		message: &[u8],
		commitments: &[NonceCommitment],
	) -> Result<ShareMessage, ThresholdError> {
		if self.journal.contains(session) {
			let released = self.released.lock();
			return released
				.iter()
				.find(|r| {
					&r.session == session && r.message == message && r.commitments == commitments
				})
				.map(|r| ShareMessage {
					session: *session,
					from: self.share.member,
					share: r.share.clone(),
				})
				.ok_or(ThresholdError::SessionAlreadyAnswered(*session));
		}
		let me = self.share.member;
		let mine = commitments
			.iter()
			.find(|commitment| commitment.member == me)
			.ok_or(ThresholdError::MissingMessage {
				from: me,
				what: "nonce commitment in the request",
			})?;
		let package = signing_package(message, commitments)?;
		let nonces = self
			.nonces
			.lock()
			.remove(&mine.commitment)
			.ok_or(ThresholdError::UnknownNonce)?;
		self.journal.record(session)?;
		let share = round2::sign(&package, &nonces, &self.share.key_package)
			.map_err(|error| ThresholdError::Frost(error.to_string()))?
			.serialize();
		let mut released = self.released.lock();
		if released.len() >= RELEASED_KEPT {
			released.pop_front();
		}
		released.push_back(Released {
			session: *session,
			message: message.to_vec(),
			commitments: commitments.to_vec(),
			share: share.clone(),
		});
		Ok(ShareMessage {
			session: *session,
			from: me,
			share,
		})
	}
}

fn signing_package(
	message: &[u8],
	commitments: &[NonceCommitment],
) -> Result<SigningPackage, ThresholdError> {
	let mut chosen = BTreeMap::new();
	for commitment in commitments {
		let parsed = SigningCommitments::deserialize(&commitment.commitment).map_err(|_| {
			ThresholdError::Misbehaved {
				members: vec![commitment.member],
				what: "a malformed nonce commitment",
			}
		})?;
		if chosen
			.insert(commitment.member.identifier()?, parsed)
			.is_some()
		{
			return Err(ThresholdError::DuplicateMessage {
				from: commitment.member,
			});
		}
	}
	Ok(SigningPackage::new(chosen, message))
}

/// Checks every share against its signer's verifying share and combines them
/// into a plain 64-byte Ed25519 signature under the group key of `public`.
///
/// Errors: [`ThresholdError::Misbehaved`] naming every member whose share
/// does not verify (or is malformed); [`ThresholdError::MissingMessage`] for
/// a chosen signer without a share; [`ThresholdError::Frost`] otherwise.
pub fn aggregate(
	public: &PublicKeyPackage,
	message: &[u8],
	commitments: &[NonceCommitment],
	shares: &[ShareMessage],
) -> Result<[u8; 64], ThresholdError> {
	let package = signing_package(message, commitments)?;
	let mut parsed: BTreeMap<Identifier, SignatureShare> = BTreeMap::new();
	let mut members: BTreeMap<Identifier, MemberIndex> = BTreeMap::new();
	for share in shares {
		let value =
			SignatureShare::deserialize(&share.share).map_err(|_| ThresholdError::Misbehaved {
				members: vec![share.from],
				what: "a malformed signature share",
			})?;
		let identifier = share.from.identifier()?;
		if parsed.insert(identifier, value).is_some() {
			return Err(ThresholdError::DuplicateMessage { from: share.from });
		}
		members.insert(identifier, share.from);
	}
	for commitment in commitments {
		if !parsed.contains_key(&commitment.member.identifier()?) {
			return Err(ThresholdError::MissingMessage {
				from: commitment.member,
				what: "signature share",
			});
		}
	}
	let signature =
		frost_ed25519::aggregate_custom(&package, &parsed, public, CheaterDetection::AllCheaters)
			.map_err(|error| match &error {
			frost_ed25519::Error::InvalidSignatureShare { culprits } => {
				ThresholdError::Misbehaved {
					members: culprits
						.iter()
						.filter_map(|culprit| members.get(culprit))
						.copied()
						.collect(),
					what: "a signature share that does not verify",
				}
			}
			_ => ThresholdError::Frost(error.to_string()),
		})?;
	let bytes = signature
		.serialize()
		.map_err(|error| ThresholdError::Frost(error.to_string()))?;
	bytes
		.try_into()
		.map_err(|_| ThresholdError::Encoding("signature"))
}
