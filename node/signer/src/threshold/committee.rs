//! Who a committee's members are and how many must cooperate.

use super::{envelope::AgreementPublic, ThresholdError};
use frost_ed25519::Identifier;

/// A member's position in its committee, from 1: the FROST identifier of the
/// member is this number. The chain lists members in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MemberIndex(pub u16);

impl MemberIndex {
	/// The FROST identifier of this member.
	pub fn identifier(self) -> Result<Identifier, ThresholdError> {
		Identifier::try_from(self.0).map_err(|_| ThresholdError::NotAMember(self))
	}
}

impl std::fmt::Display for MemberIndex {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "member {}", self.0)
	}
}

/// A committee: the key-agreement key of each member, in member order, and
/// the number of members that must cooperate to sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Committee {
	threshold: u16,
	members: Vec<AgreementPublic>,
}

impl Committee {
	/// A committee of `members` (member 1 first) of which any `threshold` sign.
	///
	/// Errors: [`ThresholdError::InvalidCommittee`] when `threshold` is below
	/// 2 or above the member count, or a key-agreement key appears twice.
	pub fn new(threshold: u16, members: Vec<AgreementPublic>) -> Result<Self, ThresholdError> {
		let size = u16::try_from(members.len())
			.map_err(|_| ThresholdError::InvalidCommittee("more than 65535 members"))?;
		if threshold < 2 {
			return Err(ThresholdError::InvalidCommittee(
				"the threshold must be at least 2",
			));
		}
		if threshold > size {
			return Err(ThresholdError::InvalidCommittee(
				"the threshold must not exceed the number of members",
			));
		}
		let mut sorted = members.clone();
		sorted.sort();
		sorted.dedup();
		if sorted.len() != members.len() {
			return Err(ThresholdError::InvalidCommittee(
				"a key-agreement key appears twice: members must be distinct",
			));
		}
		Ok(Self { threshold, members })
	}

	/// How many members must cooperate.
	pub fn threshold(&self) -> u16 {
		self.threshold
	}

	/// The number of members.
	pub fn size(&self) -> u16 {
		// `new` bounds the length to u16.
		u16::try_from(self.members.len()).unwrap_or(u16::MAX)
	}

	/// Every member's index, in order.
	pub fn indices(&self) -> impl Iterator<Item = MemberIndex> {
		(1..=self.size()).map(MemberIndex)
	}

	/// The key-agreement key of `member`.
	pub fn agreement_key(&self, member: MemberIndex) -> Result<&AgreementPublic, ThresholdError> {
		usize::from(member.0)
			.checked_sub(1)
			.and_then(|position| self.members.get(position))
			.ok_or(ThresholdError::NotAMember(member))
	}

	/// The member whose FROST identifier is `identifier`.
	pub fn member_of(&self, identifier: &Identifier) -> Result<MemberIndex, ThresholdError> {
		self.indices()
			.find(|member| member.identifier().ok().as_ref() == Some(identifier))
			.ok_or(ThresholdError::UnknownIdentifier)
	}
}
