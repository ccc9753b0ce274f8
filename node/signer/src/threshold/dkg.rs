//! Distributed key generation and share refresh, as one member runs them.
//!
//! Both are three steps with the same messages:
//!
//! 1. [`KeyCeremony::generate`] (or [`KeyCeremony::refresh`]) makes this
//!    member's public [`Round1Message`]: its commitment and, for a DKG, its
//!    proof of knowledge. Every member posts one.
//! 2. [`KeyCeremony::round2`] checks everyone's round-1 message (a proof that
//!    does not verify names its sender) and seals one secret share to each
//!    other member's key-agreement key.
//! 3. [`KeyCeremony::finish`] opens the shares sealed to this member, checks
//!    each against its sender's commitment, and returns the [`ShareRecord`].
//!
//! A refresh starts from the member's current share and ends with a new one
//! of the same group key; shares of different epochs do not combine.
//! Secret state lives only inside the ceremony value and dies with it (a
//! crashed ceremony is restarted, never resumed).

use super::{
	committee::Committee,
	envelope::{AgreementSecret, Purpose, SealedMessage},
	frost_error, MemberIndex, SessionId, ShareRecord, ThresholdError,
};
use codec::{Decode, Encode};
use frost_ed25519::{
	keys::{
		dkg::{self, round1, round2},
		refresh,
	},
	Identifier,
};
use rand_core::{CryptoRng, RngCore};
use std::collections::BTreeMap;

/// A member's public round-1 message: FROST commitment (and proof of
/// knowledge for a DKG), posted for everyone.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Round1Message {
	/// The session it belongs to.
	pub session: SessionId,
	/// The sender.
	pub from: MemberIndex,
	/// The serialized `frost_ed25519::keys::dkg::round1::Package`.
	pub package: Vec<u8>,
}

enum Kind {
	Generate,
	Refresh(Box<ShareRecord>),
}

enum Stage {
	Round1(round1::SecretPackage),
	Round2 {
		secret: round2::SecretPackage,
		round1: BTreeMap<Identifier, round1::Package>,
	},
	Finished,
}

/// One member's side of a DKG or a refresh.
pub struct KeyCeremony {
	session: SessionId,
	committee: Committee,
	me: MemberIndex,
	kind: Kind,
	stage: Stage,
}

impl KeyCeremony {
	/// Starts a DKG for `committee` as member `me`; returns the round-1
	/// message to post.
	pub fn generate<R: RngCore + CryptoRng>(
		session: SessionId,
		committee: Committee,
		me: MemberIndex,
		rng: &mut R,
	) -> Result<(Self, Round1Message), ThresholdError> {
		committee.agreement_key(me)?;
		let (secret, package) = dkg::part1(
			me.identifier()?,
			committee.size(),
			committee.threshold(),
			&mut *rng,
		)
		.map_err(|error| frost_error(&committee, error))?;
		Self::started(session, committee, me, Kind::Generate, secret, package)
	}

	/// Starts a refresh of `current` (same committee, same threshold, same
	/// group key); returns the round-1 message to post.
	pub fn refresh<R: RngCore + CryptoRng>(
		session: SessionId,
		committee: Committee,
		current: ShareRecord,
		rng: &mut R,
	) -> Result<(Self, Round1Message), ThresholdError> {
		if current.threshold() != committee.threshold()
			|| current.public_key_package.verifying_shares().len() != usize::from(committee.size())
		{
			return Err(ThresholdError::InvalidCommittee(
				"a refresh keeps the committee and threshold of the key it refreshes",
			));
		}
		let me = current.member;
		let (secret, package) = refresh::refresh_dkg_part1(
			me.identifier()?,
			committee.size(),
			committee.threshold(),
			&mut *rng,
		)
		.map_err(|error| frost_error(&committee, error))?;
		Self::started(
			session,
			committee,
			me,
			Kind::Refresh(Box::new(current)),
			secret,
			package,
		)
	}

	fn started(
		session: SessionId,
		committee: Committee,
		me: MemberIndex,
		kind: Kind,
		secret: round1::SecretPackage,
		package: round1::Package,
	) -> Result<(Self, Round1Message), ThresholdError> {
		let package = package
			.serialize()
			.map_err(|error| frost_error(&committee, error))?;
		let message = Round1Message {
			session,
			from: me,
			package,
		};
		Ok((
			Self {
				session,
				committee,
				me,
				kind,
				stage: Stage::Round1(secret),
			},
			message,
		))
	}

	/// This member.
	pub fn member(&self) -> MemberIndex {
		self.me
	}

	/// Checks every member's round-1 message and seals this member's secret
	/// share for each other member. `round1` holds one message per member
	/// (this member's own may be included; it is skipped).
	///
	/// Errors: [`ThresholdError::MissingMessage`], [`ThresholdError::DuplicateMessage`],
	/// [`ThresholdError::Misbehaved`] naming a member whose package is
	/// malformed or whose proof of knowledge fails; [`ThresholdError::WrongStage`].
	pub fn round2<R: RngCore + CryptoRng>(
		&mut self,
		round1: &[Round1Message],
		agreement: &AgreementSecret,
		rng: &mut R,
	) -> Result<Vec<SealedMessage>, ThresholdError> {
		if !matches!(self.stage, Stage::Round1(_)) {
			return Err(ThresholdError::WrongStage {
				expected: self.expected(),
			});
		}
		// Missing or duplicate messages leave the ceremony as it was: the
		// caller may simply be early.
		let packages = self.collect_round1(round1)?;
		let Stage::Round1(secret) = std::mem::replace(&mut self.stage, Stage::Finished) else {
			return Err(ThresholdError::WrongStage {
				expected: self.expected(),
			});
		};
		let part2 = match self.kind {
			Kind::Generate => dkg::part2(secret, &packages),
			Kind::Refresh(_) => refresh::refresh_dkg_part2(secret, &packages),
		};
		let (secret, outgoing) = part2.map_err(|error| frost_error(&self.committee, error))?;
		let purpose = self.purpose();
		let mut sealed = Vec::with_capacity(outgoing.len());
		for (identifier, package) in outgoing {
			let to = self.committee.member_of(&identifier)?;
			let plaintext = zeroize::Zeroizing::new(
				package
					.serialize()
					.map_err(|error| frost_error(&self.committee, error))?,
			);
			sealed.push(SealedMessage::seal(
				self.session,
				purpose,
				(self.me, agreement),
				(to, self.committee.agreement_key(to)?),
				&plaintext,
				rng,
			)?);
		}
		self.stage = Stage::Round2 {
			secret,
			round1: packages,
		};
		Ok(sealed)
	}

	/// Opens the shares sealed to this member, checks them and returns the
	/// member's new [`ShareRecord`]. `round2` may hold messages addressed to
	/// others; they are ignored.
	///
	/// Errors: [`ThresholdError::MissingMessage`], [`ThresholdError::DuplicateMessage`],
	/// [`ThresholdError::Misbehaved`] naming a member whose share does not
	/// open or does not match its commitment; [`ThresholdError::WrongStage`].
	pub fn finish(
		&mut self,
		round2: &[SealedMessage],
		agreement: &AgreementSecret,
	) -> Result<ShareRecord, ThresholdError> {
		if !matches!(self.stage, Stage::Round2 { .. }) {
			return Err(ThresholdError::WrongStage {
				expected: self.expected(),
			});
		}
		let purpose = self.purpose();
		let mut packages = BTreeMap::new();
		for message in round2.iter().filter(|message| message.to == self.me) {
			let sender_key = self.committee.agreement_key(message.from)?;
			let plaintext = message.open(&self.session, purpose, sender_key, agreement)?;
			let package = round2::Package::deserialize(&plaintext).map_err(|_| {
				ThresholdError::Misbehaved {
					members: vec![message.from],
					what: "a malformed round-2 package",
				}
			})?;
			if packages
				.insert(message.from.identifier()?, package)
				.is_some()
			{
				return Err(ThresholdError::DuplicateMessage { from: message.from });
			}
		}
		for member in self.committee.indices().filter(|member| *member != self.me) {
			if !packages.contains_key(&member.identifier()?) {
				return Err(ThresholdError::MissingMessage {
					from: member,
					what: "round-2 share",
				});
			}
		}
		let Stage::Round2 { secret, round1 } = std::mem::replace(&mut self.stage, Stage::Finished)
		else {
			return Err(ThresholdError::WrongStage {
				expected: self.expected(),
			});
		};
		let (key_package, public_key_package, epoch) = match &self.kind {
			Kind::Generate => {
				let (key, public) = dkg::part3(&secret, &round1, &packages)
					.map_err(|error| frost_error(&self.committee, error))?;
				(key, public, 0)
			}
			Kind::Refresh(current) => {
				let (key, public) = refresh::refresh_dkg_shares(
					&secret,
					&round1,
					&packages,
					current.public_key_package.clone(),
					current.key_package.clone(),
				)
				.map_err(|error| frost_error(&self.committee, error))?;
				if public.verifying_key() != current.public_key_package.verifying_key() {
					return Err(ThresholdError::Frost(
						"the refresh changed the group key".into(),
					));
				}
				let epoch = current
					.epoch
					.checked_add(1)
					.ok_or(ThresholdError::Encoding("epoch beyond u32"))?;
				(key, public, epoch)
			}
		};
		let session = match &self.kind {
			Kind::Generate => self.session,
			Kind::Refresh(current) => current.session,
		};
		Ok(ShareRecord {
			session,
			epoch,
			member: self.me,
			key_package,
			public_key_package,
		})
	}

	fn collect_round1(
		&self,
		round1: &[Round1Message],
	) -> Result<BTreeMap<Identifier, round1::Package>, ThresholdError> {
		let mut packages = BTreeMap::new();
		for message in round1.iter().filter(|message| message.from != self.me) {
			self.committee.agreement_key(message.from)?;
			if message.session != self.session {
				return Err(ThresholdError::Misbehaved {
					members: vec![message.from],
					what: "a round-1 message of another session",
				});
			}
			let package = round1::Package::deserialize(&message.package).map_err(|_| {
				ThresholdError::Misbehaved {
					members: vec![message.from],
					what: "a malformed round-1 package",
				}
			})?;
			if packages
				.insert(message.from.identifier()?, package)
				.is_some()
			{
				return Err(ThresholdError::DuplicateMessage { from: message.from });
			}
		}
		for member in self.committee.indices().filter(|member| *member != self.me) {
			if !packages.contains_key(&member.identifier()?) {
				return Err(ThresholdError::MissingMessage {
					from: member,
					what: "round-1 package",
				});
			}
		}
		Ok(packages)
	}

	fn purpose(&self) -> Purpose {
		match self.kind {
			Kind::Generate => Purpose::DkgShare,
			Kind::Refresh(_) => Purpose::RefreshShare,
		}
	}

	fn expected(&self) -> &'static str {
		match self.stage {
			Stage::Round1(_) => "round 2",
			Stage::Round2 { .. } => "finish",
			Stage::Finished => "nothing (the ceremony is over; start a new one)",
		}
	}
}
