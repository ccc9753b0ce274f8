//! A member's long-lived share of a threshold key.

use super::{MemberIndex, SessionId, ThresholdError};
use codec::{Decode, Encode};
use frost_ed25519::keys::{KeyPackage, PublicKeyPackage, VerifyingShare};
use rand_core::{CryptoRng, RngCore};
use std::collections::BTreeMap;
use zeroize::Zeroizing;

/// The committee's public record of a threshold key as the chain keeps it
/// (`ThresholdKeys`: the group key and every member's verifying share,
/// member 1 first) in FROST's form: what a member that lost its share
/// needs to rebuild it.
///
/// Errors: [`ThresholdError::Encoding`] for a point that does not parse.
pub fn public_key_package(
	group_key: &[u8; 32],
	verifying_shares: &[[u8; 32]],
	threshold: u16,
) -> Result<PublicKeyPackage, ThresholdError> {
	let mut shares = BTreeMap::new();
	for (member, share) in (1u16..).zip(verifying_shares) {
		shares.insert(
			MemberIndex(member).identifier()?,
			VerifyingShare::deserialize(share)
				.map_err(|_| ThresholdError::Encoding("verifying share"))?,
		);
	}
	let group_key = frost_ed25519::VerifyingKey::deserialize(group_key)
		.map_err(|_| ThresholdError::Encoding("group key"))?;
	Ok(PublicKeyPackage::new(shares, group_key, Some(threshold)))
}

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

	/// A plain Ed25519 signature over `message` by this member's share used
	/// as a private key: it verifies under the member's verifying share. A
	/// repaired member proves with it that it holds its share again
	/// (`pallet_key_registry::share_maintenance`).
	pub fn sign_with_share<R: RngCore + CryptoRng>(
		&self,
		message: &[u8],
		rng: &mut R,
	) -> Result<[u8; 64], ThresholdError> {
		let scalar = Zeroizing::new(self.key_package.signing_share().serialize());
		let key = frost_ed25519::SigningKey::deserialize(&scalar)
			.map_err(|error| ThresholdError::Frost(error.to_string()))?;
		key.sign(rng, message)
			.serialize()
			.map_err(|error| ThresholdError::Frost(error.to_string()))?
			.try_into()
			.map_err(|_| ThresholdError::Encoding("signature"))
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
