//! Repair: `threshold` helpers rebuild a member's lost share.
//!
//! The lost member learns its share and nothing else; no helper learns it.
//!
//! 1. [`helper_deltas`]: each helper splits its contribution into one delta
//!    per helper and seals each to that helper.
//! 2. [`helper_sigma`]: each helper adds up the deltas sealed to it and seals
//!    the sum (its sigma) to the lost member.
//! 3. [`recover`]: the lost member adds up the sigmas and checks the result
//!    against its verifying share in the committee's public record.

use super::{
	committee::Committee,
	envelope::{AgreementSecret, Purpose, SealedMessage},
	frost_error, MemberIndex, SessionId, ShareRecord, ThresholdError,
};
use frost_ed25519::{
	keys::{
		repairable::{self, Delta, Sigma},
		KeyPackage, PublicKeyPackage,
	},
	Ed25519Sha512,
};
use rand_core::{CryptoRng, RngCore};
use std::collections::BTreeSet;

/// Who repairs whom: the helpers (at least `threshold` members, distinct)
/// and the member whose share is rebuilt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepairPlan {
	/// The session of the repair.
	pub session: SessionId,
	/// The helpers, each a member with its share.
	pub helpers: Vec<MemberIndex>,
	/// The member that lost its share.
	pub lost: MemberIndex,
}

impl RepairPlan {
	/// Checks the plan against `committee`.
	///
	/// Errors: [`ThresholdError::InvalidCommittee`] when helpers repeat, are
	/// fewer than the threshold, or include the lost member;
	/// [`ThresholdError::NotAMember`].
	pub fn check(&self, committee: &Committee) -> Result<(), ThresholdError> {
		committee.agreement_key(self.lost)?;
		let distinct: BTreeSet<_> = self.helpers.iter().collect();
		if distinct.len() != self.helpers.len() {
			return Err(ThresholdError::InvalidCommittee("a helper is listed twice"));
		}
		if distinct.contains(&self.lost) {
			return Err(ThresholdError::InvalidCommittee(
				"the lost member cannot help",
			));
		}
		if self.helpers.len() < usize::from(committee.threshold()) {
			return Err(ThresholdError::InvalidCommittee(
				"a repair needs `threshold` helpers",
			));
		}
		for helper in &self.helpers {
			committee.agreement_key(*helper)?;
		}
		Ok(())
	}
}

/// Step 1, by each helper: one delta per helper, sealed to it.
pub fn helper_deltas<R: RngCore + CryptoRng>(
	plan: &RepairPlan,
	committee: &Committee,
	share: &ShareRecord,
	agreement: &AgreementSecret,
	rng: &mut R,
) -> Result<Vec<SealedMessage>, ThresholdError> {
	plan.check(committee)?;
	if !plan.helpers.contains(&share.member) {
		return Err(ThresholdError::NotAMember(share.member));
	}
	let helpers = plan
		.helpers
		.iter()
		.map(|helper| helper.identifier())
		.collect::<Result<Vec<_>, _>>()?;
	let deltas = repairable::repair_share_part1::<Ed25519Sha512, _>(
		&helpers,
		&share.key_package,
		rng,
		plan.lost.identifier()?,
	)
	.map_err(|error| frost_error(committee, error))?;
	let mut sealed = Vec::with_capacity(deltas.len());
	for (identifier, delta) in deltas {
		let to = committee.member_of(&identifier)?;
		let plaintext = zeroize::Zeroizing::new(delta.serialize());
		sealed.push(SealedMessage::seal(
			plan.session,
			Purpose::RepairDelta,
			(share.member, agreement),
			(to, committee.agreement_key(to)?),
			&plaintext,
			rng,
		)?);
	}
	Ok(sealed)
}

/// Step 2, by each helper: the sum of the deltas sealed to `me`, sealed to
/// the lost member. `deltas` may hold messages for other helpers.
///
/// Errors: [`ThresholdError::MissingMessage`], [`ThresholdError::DuplicateMessage`],
/// [`ThresholdError::Misbehaved`] naming a helper whose delta does not open.
pub fn helper_sigma<R: RngCore + CryptoRng>(
	plan: &RepairPlan,
	committee: &Committee,
	me: MemberIndex,
	agreement: &AgreementSecret,
	deltas: &[SealedMessage],
	rng: &mut R,
) -> Result<SealedMessage, ThresholdError> {
	plan.check(committee)?;
	let deltas = open_from_helpers(
		plan,
		committee,
		me,
		agreement,
		deltas,
		Purpose::RepairDelta,
		|bytes| Delta::deserialize(bytes).ok(),
	)?;
	let sigma = repairable::repair_share_part2(&deltas);
	let plaintext = zeroize::Zeroizing::new(sigma.serialize());
	SealedMessage::seal(
		plan.session,
		Purpose::RepairSigma,
		(me, agreement),
		(plan.lost, committee.agreement_key(plan.lost)?),
		&plaintext,
		rng,
	)
}

/// Step 3, by the lost member: its share rebuilt from every helper's sigma
/// and checked against `public` (the committee's public record of the key,
/// created by session `key_session`, now at `epoch`).
///
/// Errors: [`ThresholdError::MissingMessage`], [`ThresholdError::Misbehaved`]
/// naming a helper whose sigma does not open, [`ThresholdError::RepairMismatch`]
/// when the sum is not this member's share.
pub fn recover(
	plan: &RepairPlan,
	committee: &Committee,
	agreement: &AgreementSecret,
	public: PublicKeyPackage,
	(key_session, epoch): (SessionId, u32),
	sigmas: &[SealedMessage],
) -> Result<ShareRecord, ThresholdError> {
	plan.check(committee)?;
	let sigmas = open_from_helpers(
		plan,
		committee,
		plan.lost,
		agreement,
		sigmas,
		Purpose::RepairSigma,
		|bytes| Sigma::deserialize(bytes).ok(),
	)?;
	let identifier = plan.lost.identifier()?;
	let key_package: KeyPackage = repairable::repair_share_part3(&sigmas, identifier, &public)
		.map_err(|error| frost_error(committee, error))?;
	let expected = public
		.verifying_shares()
		.get(&identifier)
		.ok_or(ThresholdError::NotAMember(plan.lost))?;
	if key_package.verifying_share() != expected {
		return Err(ThresholdError::RepairMismatch);
	}
	Ok(ShareRecord {
		session: key_session,
		epoch,
		member: plan.lost,
		key_package,
		public_key_package: public,
	})
}

/// Opens the `purpose` messages sealed to `me`, exactly one from each helper,
/// and parses each with `parse`. Messages to others are ignored.
///
/// Errors: [`ThresholdError::NotAMember`] (a sender outside the plan),
/// [`ThresholdError::DuplicateMessage`], [`ThresholdError::MissingMessage`],
/// [`ThresholdError::Misbehaved`] naming a helper whose message does not open
/// or does not parse.
fn open_from_helpers<V>(
	plan: &RepairPlan,
	committee: &Committee,
	me: MemberIndex,
	agreement: &AgreementSecret,
	messages: &[SealedMessage],
	purpose: Purpose,
	parse: impl Fn(&[u8]) -> Option<V>,
) -> Result<Vec<V>, ThresholdError> {
	let mut opened: Vec<(MemberIndex, V)> = Vec::with_capacity(plan.helpers.len());
	for message in messages.iter().filter(|message| message.to == me) {
		if !plan.helpers.contains(&message.from) {
			return Err(ThresholdError::NotAMember(message.from));
		}
		if opened.iter().any(|(from, _)| *from == message.from) {
			return Err(ThresholdError::DuplicateMessage { from: message.from });
		}
		let plaintext = message.open(
			&plan.session,
			purpose,
			committee.agreement_key(message.from)?,
			agreement,
		)?;
		let value = parse(&plaintext).ok_or(ThresholdError::Misbehaved {
			members: vec![message.from],
			what: "a malformed repair value",
		})?;
		opened.push((message.from, value));
	}
	if let Some(missing) = plan
		.helpers
		.iter()
		.find(|helper| !opened.iter().any(|(from, _)| from == *helper))
	{
		return Err(ThresholdError::MissingMessage {
			from: *missing,
			what: "repair value",
		});
	}
	Ok(opened.into_iter().map(|(_, value)| value).collect())
}
