//! One member of a FROST(Ed25519) committee, run as a whole committee in one
//! process: every message goes through the same structures the chain carries.
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::panic,
	clippy::indexing_slicing,
	clippy::arithmetic_side_effects,
	missing_docs
)]

#[path = "../common/mod.rs"]
mod common;

mod dkg;
mod repair;
mod signing;
mod vault;

use keyreg_signer::threshold::{
	dkg::{KeyCeremony, Round1Message},
	signing::{NonceCommitment, SessionJournal, ShareMessage, SigningMember},
	AgreementSecret, Committee, MemberIndex, SealedMessage, SessionId, ShareRecord,
};
use rand_core::OsRng;
use sp_core::{ed25519, Pair};
use std::sync::Arc;

/// A session id for tests: `tag` repeated.
pub fn session(tag: u8) -> SessionId {
	[tag; 32]
}

/// A committee of `n` members with fresh key-agreement keys.
pub struct Members {
	pub committee: Committee,
	pub agreement: Vec<AgreementSecret>,
}

impl Members {
	pub fn new(threshold: u16, n: u16) -> Self {
		let agreement: Vec<_> = (0..n)
			.map(|_| AgreementSecret::generate(&mut OsRng))
			.collect();
		let committee = Committee::new(
			threshold,
			agreement.iter().map(AgreementSecret::public).collect(),
		)
		.unwrap();
		Self {
			committee,
			agreement,
		}
	}

	pub fn secret(&self, member: MemberIndex) -> &AgreementSecret {
		&self.agreement[usize::from(member.0) - 1]
	}

	pub fn indices(&self) -> Vec<MemberIndex> {
		self.committee.indices().collect()
	}

	/// Round 1 of a DKG for every member.
	pub fn start_dkg(&self, id: SessionId) -> (Vec<KeyCeremony>, Vec<Round1Message>) {
		self.indices()
			.into_iter()
			.map(|member| {
				KeyCeremony::generate(id, self.committee.clone(), member, &mut OsRng).unwrap()
			})
			.unzip()
	}

	/// Round 1 of a refresh of `shares` for every member.
	pub fn start_refresh(
		&self,
		shares: &[ShareRecord],
		id: SessionId,
	) -> (Vec<KeyCeremony>, Vec<Round1Message>) {
		shares
			.iter()
			.map(|share| {
				KeyCeremony::refresh(id, self.committee.clone(), share.clone(), &mut OsRng).unwrap()
			})
			.unzip()
	}

	/// Round 2 for every member.
	pub fn round2(
		&self,
		ceremonies: &mut [KeyCeremony],
		round1: &[Round1Message],
	) -> Vec<SealedMessage> {
		ceremonies
			.iter_mut()
			.flat_map(|ceremony| {
				let secret = self.secret(ceremony.member());
				ceremony.round2(round1, secret, &mut OsRng).unwrap()
			})
			.collect()
	}

	/// Finish for every member.
	pub fn finish(
		&self,
		ceremonies: &mut [KeyCeremony],
		round2: &[SealedMessage],
	) -> Vec<ShareRecord> {
		ceremonies
			.iter_mut()
			.map(|ceremony| {
				let secret = self.secret(ceremony.member());
				ceremony.finish(round2, secret).unwrap()
			})
			.collect()
	}

	/// A whole DKG; every member's share.
	pub fn dkg(&self, id: SessionId) -> Vec<ShareRecord> {
		let (mut ceremonies, round1) = self.start_dkg(id);
		let round2 = self.round2(&mut ceremonies, &round1);
		self.finish(&mut ceremonies, &round2)
	}
}

/// A signer per share, each with its own journal in `dir`.
pub fn signers(shares: &[ShareRecord], dir: &std::path::Path) -> Vec<SigningMember> {
	shares
		.iter()
		.map(|share| {
			let journal =
				SessionJournal::open(&dir.join(format!("journal-{}", share.member.0))).unwrap();
			SigningMember::new(share.clone(), Arc::new(journal))
		})
		.collect()
}

/// One signing session with the given signers: one fresh commitment each,
/// every share, the aggregate.
pub fn sign_with(
	signers: &[&SigningMember],
	id: SessionId,
	message: &[u8],
) -> (Vec<NonceCommitment>, Vec<ShareMessage>, [u8; 64]) {
	let commitments: Vec<NonceCommitment> = signers
		.iter()
		.map(|signer| signer.commit_batch(1, &mut OsRng).unwrap().remove(0))
		.collect();
	let shares: Vec<ShareMessage> = signers
		.iter()
		.map(|signer| signer.sign(&id, message, &commitments).unwrap())
		.collect();
	let signature = keyreg_signer::threshold::signing::aggregate(
		signers[0].share().public_key_package(),
		message,
		&commitments,
		&shares,
	)
	.unwrap();
	(commitments, shares, signature)
}

/// Whether `signature` is a plain Ed25519 signature of `message` under `group_key`,
/// as the runtime's `ed25519_verify` checks it.
pub fn verifies(group_key: [u8; 32], message: &[u8], signature: [u8; 64]) -> bool {
	ed25519::Pair::verify(
		&ed25519::Signature::from_raw(signature),
		message,
		&ed25519::Public::from_raw(group_key),
	)
}
