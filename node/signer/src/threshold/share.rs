//! A member's long-lived share of a threshold key.

use super::{MemberIndex, SessionId, ThresholdError};
use codec::{Decode, Encode};
use frost_ed25519::keys::{KeyPackage, PublicKeyPackage};
use zeroize::Zeroizing;

/// What a member keeps of a threshold key between ceremonies: its secret
/// share (inside the FROST key package, zeroized on drop) and the committee's
/// public record (the group key and every member's verifying share).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareRecord {
	/// The DKG session that created the key; names the key among a member's shares.
	pub session: SessionId,
	/// 0 after the DKG, one more after each refresh.
	pub epoch: u32,
	/// This member.
	pub member: MemberIndex,
	pub(crate) key_package: KeyPackage,
	pub(crate) public_key_package: PublicKeyPackage,
}

/// The stored form; the key package's bytes are zeroized when dropped.
#[derive(Encode, Decode)]
struct Stored {
	session: SessionId,
	epoch: u32,
	member: MemberIndex,
	key_package: Vec<u8>,
	public_key_package: Vec<u8>,
}

impl ShareRecord {
	/// The group key: a plain Ed25519 public key, what the chain registers.
	pub fn group_key(&self) -> Result<[u8; 32], ThresholdError> {
		let bytes = self
			.public_key_package
			.verifying_key()
			.serialize()
			.map_err(|error| ThresholdError::Frost(error.to_string()))?;
		bytes
			.try_into()
			.map_err(|_| ThresholdError::Encoding("group key"))
	}

	/// How many members must cooperate.
	pub fn threshold(&self) -> u16 {
		*self.key_package.min_signers()
	}

	/// The committee's public record: group key and verifying shares.
	pub fn public_key_package(&self) -> &PublicKeyPackage {
		&self.public_key_package
	}

	/// The public counterpart of `member`'s share, as 32 bytes.
	pub fn verifying_share(&self, member: MemberIndex) -> Result<[u8; 32], ThresholdError> {
		let share = self
			.public_key_package
			.verifying_shares()
			.get(&member.identifier()?)
			.ok_or(ThresholdError::NotAMember(member))?;
		let bytes = share
			.serialize()
			.map_err(|error| ThresholdError::Frost(error.to_string()))?;
		bytes
			.try_into()
			.map_err(|_| ThresholdError::Encoding("verifying share"))
	}

	/// The bytes to seal at rest; zeroized when dropped.
	pub fn to_bytes(&self) -> Result<Zeroizing<Vec<u8>>, ThresholdError> {
		let frost = |error: frost_ed25519::Error| ThresholdError::Frost(error.to_string());
		let stored = Stored {
			session: self.session,
			epoch: self.epoch,
			member: self.member,
			key_package: self.key_package.serialize().map_err(frost)?,
			public_key_package: self.public_key_package.serialize().map_err(frost)?,
		};
		let bytes = Zeroizing::new(stored.encode());
		let Stored {
			mut key_package, ..
		} = stored;
		zeroize::Zeroize::zeroize(&mut key_package);
		Ok(bytes)
	}

	/// A record from the bytes of [`ShareRecord::to_bytes`].
	pub fn from_bytes(bytes: &[u8]) -> Result<Self, ThresholdError> {
		let mut stored = Stored::decode(&mut &bytes[..])
			.map_err(|_| ThresholdError::Encoding("share record"))?;
		let key_package = KeyPackage::deserialize(&stored.key_package)
			.map_err(|_| ThresholdError::Encoding("FROST key package"));
		zeroize::Zeroize::zeroize(&mut stored.key_package);
		let public_key_package = PublicKeyPackage::deserialize(&stored.public_key_package)
			.map_err(|_| ThresholdError::Encoding("FROST public key package"))?;
		Ok(Self {
			session: stored.session,
			epoch: stored.epoch,
			member: stored.member,
			key_package: key_package?,
			public_key_package,
		})
	}
}
