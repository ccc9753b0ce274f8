//! Backup bundles: a key's private material encrypted under a fresh data
//! key, the data key split `t`-of-`n` among holders, each share sealed to a
//! holder's X25519 key-agreement key.
//!
//! **Format** (SCALE, version [`FORMAT`]): a [`Bundle`] is its
//! [`BundleHeader`] (a random bundle id, chain, domain, key, version,
//! subject, epoch, public key, what kind of material, holders and their
//! agreement keys, threshold), one HPKE-sealed share per holder, and the material sealed
//! with ChaCha20-Poly1305 under the data key with the encoded header as
//! associated data. So:
//!
//! - the header is authenticated: a changed byte (another key, a holder
//!   swapped in) and the material no longer opens;
//! - each share is sealed in HPKE base mode (RFC 9180: DHKEM(X25519,
//!   HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305) to its holder, with
//!   `info` binding the header's digest and the holder's position, so a
//!   share opens only for its holder and only for this bundle;
//! - a holder's opened share ([`HolderShare`]) carries the header digest it
//!   belongs to: a share of another bundle is refused by name.
//!
//! The data key is split with Shamir's scheme over GF(256) by the `blahaj`
//! crate (a maintained fork of `sharks`); nothing here does field
//! arithmetic. The chain records the BLAKE2b-256 of the encoded bundle
//! ([`Bundle::digest`]) so that every copy can be checked against it.
//!
//! Secrets (the material, the data key, opened shares) are zeroized when
//! dropped and never printed.

use crate::threshold::{AgreementPublic, AgreementSecret, Envelope};
use chacha20poly1305::{
	aead::{Aead, KeyInit, Payload},
	ChaCha20Poly1305, Key, Nonce,
};
use codec::{Decode, Encode};
use hpke::{Deserializable, Kem, Serializable};
use rand_core::{CryptoRng, RngCore};
use zeroize::{Zeroize, Zeroizing};

/// Version of the bundle format this code writes and reads.
pub const FORMAT: u16 = 1;
/// Leading bytes of every encoded bundle.
pub const MAGIC: [u8; 8] = *b"KRBACKUP";
/// Domain separation of the HPKE `info` of a holder's share.
const SHARE_INFO: &[u8] = b"keyreg/backup/share/v1";

/// What a bundle restores; encoded as the pallet's `BackupSubject`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum Subject {
	/// A key's private key.
	#[codec(index = 0)]
	Key,
	/// Member `0`'s share of a threshold key.
	#[codec(index = 1)]
	Share(u16),
}

/// What the sealed material is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum MaterialKind {
	/// A local-keystore secret (its secret URI or seed), as the keystore
	/// stores it.
	#[codec(index = 0)]
	KeystoreSecret,
	/// A key wrapped inside an HSM by its trusted backup wrapping key
	/// (`C_WrapKey`): a SCALE [`crate::pkcs11::wrapping::WrappedKey`], still
	/// encrypted under the token's wrapping key inside the bundle.
	#[codec(index = 1)]
	HsmWrapped,
	/// A threshold member's share record.
	#[codec(index = 2)]
	ThresholdShare,
	/// A token's backup wrapping key (32 bytes), which the security officer
	/// installs into a fresh token before `HsmWrapped` keys are restored
	/// there. Its bundle names [`NO_KEY`] and the wrapping key's id as its
	/// public key.
	#[codec(index = 3)]
	HsmWrappingKey,
}

/// The `key` of a bundle that restores no registry key (a token's backup
/// wrapping key); the registry assigns key ids from 0 upwards and never
/// reaches it.
pub const NO_KEY: u32 = u32::MAX;

/// One holder of a share of the data key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Holder {
	/// The holder's identity in the domain (its ed25519 custodian identity).
	pub identity: [u8; 32],
	/// The X25519 key-agreement key its share is sealed to (as registered).
	pub agreement: AgreementPublic,
}

/// The authenticated description of a bundle.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct BundleHeader {
	/// Always [`MAGIC`].
	pub magic: [u8; 8],
	/// Always [`FORMAT`] when written by this code.
	pub format: u16,
	/// Random, set by [`Bundle::create`]: two bundles of the same key are
	/// told apart, and a share of one never combines into the other.
	pub id: [u8; 16],
	/// Genesis hash of the chain the key is registered on.
	pub genesis: [u8; 32],
	/// The key's domain.
	pub domain: u32,
	/// The key.
	pub key: u32,
	/// The version restored.
	pub version: u32,
	/// What is restored.
	pub subject: Subject,
	/// For a share: its epoch (0 otherwise).
	pub epoch: u32,
	/// The public key of what is restored, as registered (SCALE
	/// `PublicKey`; for a share, its verifying share).
	pub public: Vec<u8>,
	/// What the sealed material is.
	pub material: MaterialKind,
	/// The holders, in share order.
	pub holders: Vec<Holder>,
	/// Shares needed to restore.
	pub threshold: u8,
	/// When the bundle was made (seconds since the Unix epoch).
	pub created_at: u64,
}

impl BundleHeader {
	/// BLAKE2b-256 of the encoded header: what a holder's share is bound to.
	pub fn digest(&self) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(&self.encode())
	}
}

/// An encrypted backup of one key version or share.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Bundle {
	/// What it is; authenticated.
	pub header: BundleHeader,
	/// One sealed share of the data key per holder, in holder order.
	pub shares: Vec<Envelope>,
	/// The material's nonce.
	pub nonce: [u8; 12],
	/// The material, sealed under the data key (tag included).
	pub ciphertext: Vec<u8>,
}

/// A holder's opened share of a bundle's data key: what the holder hands
/// to the restorer (over a channel they trust). Zeroized when dropped.
#[derive(Clone, PartialEq, Eq, Encode, Decode)]
pub struct HolderShare {
	/// The header digest of the bundle it belongs to.
	pub bundle: [u8; 32],
	/// The holder's position (from 0).
	pub index: u8,
	share: Vec<u8>,
}

impl Drop for HolderShare {
	fn drop(&mut self) {
		self.share.zeroize();
	}
}

impl core::fmt::Debug for HolderShare {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		write!(
			f,
			"HolderShare(holder {}, of bundle {:02x?}…)",
			self.index,
			&self.bundle[..4]
		)
	}
}

/// What a restorer expects the bundle to restore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expected {
	/// This chain's genesis hash.
	pub genesis: [u8; 32],
	/// The key's domain.
	pub domain: u32,
	/// The key.
	pub key: u32,
}

/// Why a bundle could not be made, read or opened. Each says what to fix.
#[derive(Debug, PartialEq, Eq)]
pub enum BackupError {
	/// Between 1 and 255 distinct holders are needed.
	InvalidHolders,
	/// The threshold must be between 1 and the number of holders.
	InvalidThreshold,
	/// The bytes are not a bundle (or a holder share) of a format this code reads.
	Malformed(&'static str),
	/// The bundle's digest is not the one recorded on chain: this copy was altered.
	DigestMismatch {
		/// The digest on chain.
		expected: [u8; 32],
		/// This copy's digest.
		found: [u8; 32],
	},
	/// The bundle is of another chain.
	OtherChain,
	/// The bundle restores another key.
	OtherKey {
		/// Its domain.
		domain: u32,
		/// Its key.
		key: u32,
	},
	/// This agreement key is not the one the named holder's share was sealed to.
	NotForThisHolder(u8),
	/// A share of another bundle.
	ShareOfAnotherBundle(u8),
	/// The same holder's share given twice.
	DuplicateShare(u8),
	/// Fewer shares than the bundle's threshold.
	TooFewShares {
		/// Distinct shares given.
		have: usize,
		/// The threshold.
		need: u8,
	},
	/// The shares combine to a key that does not open the material: a share
	/// is wrong, or the bundle was tampered with.
	SharesDoNotOpen,
	/// Sealing failed (an agreement key that is not a valid X25519 point).
	Seal(&'static str),
}

impl core::fmt::Display for BackupError {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		match self {
			Self::InvalidHolders => write!(f, "a backup needs between 1 and 255 distinct holders"),
			Self::InvalidThreshold => {
				write!(f, "the threshold must be between 1 and the number of holders")
			}
			Self::Malformed(what) => write!(f, "not a readable backup: {what}"),
			Self::DigestMismatch { expected, found } => write!(
				f,
				"this copy was altered: its digest is 0x{} but the chain recorded 0x{}",
				hex(found),
				hex(expected)
			),
			Self::OtherChain => write!(f, "the bundle belongs to another chain (genesis differs)"),
			Self::OtherKey { domain, key } => {
				write!(f, "the bundle restores key {domain}/{key}, not the one asked for")
			}
			Self::NotForThisHolder(i) => write!(
				f,
				"holder {i}'s share does not open with this agreement key: use the key it was sealed to (see the bundle's header)"
			),
			Self::ShareOfAnotherBundle(i) => {
				write!(f, "holder {i}'s share belongs to another bundle")
			}
			Self::DuplicateShare(i) => write!(f, "holder {i}'s share was given twice"),
			Self::TooFewShares { have, need } => {
				write!(f, "{have} distinct share(s) given, the bundle needs {need}")
			}
			Self::SharesDoNotOpen => write!(
				f,
				"the shares do not open the bundle: one of them is wrong, or the bundle was tampered with"
			),
			Self::Seal(what) => write!(f, "cannot seal: {what}"),
		}
	}
}

impl std::error::Error for BackupError {}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

type Kx = hpke::kem::X25519HkdfSha256;

fn share_info(header_digest: &[u8; 32], index: u8) -> Vec<u8> {
	(SHARE_INFO, header_digest, index).encode()
}

impl Bundle {
	/// Seals `material` as described by `header`: a fresh data key from
	/// `rng` encrypts it, and the key is split among the header's holders.
	///
	/// Errors: [`BackupError::InvalidHolders`], [`BackupError::InvalidThreshold`],
	/// [`BackupError::Seal`].
	pub fn create<R: RngCore + CryptoRng>(
		mut header: BundleHeader,
		material: &[u8],
		rng: &mut R,
	) -> Result<Self, BackupError> {
		header.magic = MAGIC;
		header.format = FORMAT;
		rng.fill_bytes(&mut header.id);
		let n = header.holders.len();
		if n == 0 || n > 255 {
			return Err(BackupError::InvalidHolders);
		}
		for (i, holder) in header.holders.iter().enumerate() {
			if header
				.holders
				.iter()
				.take(i)
				.any(|h| h.identity == holder.identity)
			{
				return Err(BackupError::InvalidHolders);
			}
		}
		if header.threshold == 0 || usize::from(header.threshold) > n {
			return Err(BackupError::InvalidThreshold);
		}
		let mut data_key = Zeroizing::new([0u8; 32]);
		rng.fill_bytes(data_key.as_mut());
		let mut nonce = [0u8; 12];
		rng.fill_bytes(&mut nonce);
		let aad = header.encode();
		let ciphertext = ChaCha20Poly1305::new(&Key::from(*data_key))
			.encrypt(
				&Nonce::from(nonce),
				Payload {
					msg: material,
					aad: &aad,
				},
			)
			.map_err(|_| BackupError::Seal("the material"))?;
		let digest = header.digest();
		let splits: Vec<blahaj::Share> = blahaj::Sharks(header.threshold)
			.dealer(data_key.as_ref())
			.take(n)
			.collect();
		let mut shares = Vec::with_capacity(n);
		for (i, (holder, split)) in header.holders.iter().zip(&splits).enumerate() {
			let index = u8::try_from(i).map_err(|_| BackupError::InvalidHolders)?;
			let plaintext = Zeroizing::new(Vec::from(split));
			let recipient =
				<Kx as Kem>::PublicKey::from_bytes(&holder.agreement.0).map_err(|_| {
					BackupError::Seal("a holder's agreement key is not an X25519 public key")
				})?;
			let (encapsulated, ciphertext) = hpke::single_shot_seal::<
				hpke::aead::ChaCha20Poly1305,
				hpke::kdf::HkdfSha256,
				Kx,
				_,
			>(
				&hpke::OpModeS::Base,
				&recipient,
				&share_info(&digest, index),
				&plaintext,
				&[],
				rng,
			)
			.map_err(|_| BackupError::Seal("a holder's share"))?;
			let mut encapsulated_bytes = [0u8; 32];
			encapsulated_bytes.copy_from_slice(&encapsulated.to_bytes());
			shares.push(Envelope {
				encapsulated: encapsulated_bytes,
				ciphertext,
			});
		}
		Ok(Self {
			header,
			shares,
			nonce,
			ciphertext,
		})
	}

	/// The bundle's bytes, as written to every copy.
	pub fn to_bytes(&self) -> Vec<u8> {
		self.encode()
	}

	/// BLAKE2b-256 of `bytes`: the digest the chain records.
	pub fn digest(bytes: &[u8]) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(bytes)
	}

	/// Reads a bundle; with `expected_digest` (the one on chain), first
	/// checks that these bytes are the recorded ones.
	///
	/// Errors: [`BackupError::DigestMismatch`], [`BackupError::Malformed`].
	pub fn from_bytes(
		bytes: &[u8],
		expected_digest: Option<[u8; 32]>,
	) -> Result<Self, BackupError> {
		if let Some(expected) = expected_digest {
			let found = Self::digest(bytes);
			if found != expected {
				return Err(BackupError::DigestMismatch { expected, found });
			}
		}
		let bundle = Self::decode(&mut &bytes[..])
			.map_err(|_| BackupError::Malformed("not a SCALE-encoded bundle"))?;
		if bundle.header.magic != MAGIC {
			return Err(BackupError::Malformed("not a keyreg backup bundle"));
		}
		if bundle.header.format != FORMAT {
			return Err(BackupError::Malformed(
				"a bundle format this version does not read",
			));
		}
		if bundle.shares.len() != bundle.header.holders.len() {
			return Err(BackupError::Malformed("one sealed share per holder"));
		}
		Ok(bundle)
	}

	/// Opens holder `index`'s share with its agreement key `secret`.
	///
	/// Errors: [`BackupError::InvalidHolders`] (no such holder),
	/// [`BackupError::NotForThisHolder`].
	pub fn open_share(
		&self,
		index: u8,
		secret: &AgreementSecret,
	) -> Result<HolderShare, BackupError> {
		let i = usize::from(index);
		let (holder, sealed) = self
			.header
			.holders
			.get(i)
			.zip(self.shares.get(i))
			.ok_or(BackupError::InvalidHolders)?;
		if secret.public() != holder.agreement {
			return Err(BackupError::NotForThisHolder(index));
		}
		let digest = self.header.digest();
		let encapsulated = <Kx as Kem>::EncappedKey::from_bytes(&sealed.encapsulated)
			.map_err(|_| BackupError::NotForThisHolder(index))?;
		let share =
			hpke::single_shot_open::<hpke::aead::ChaCha20Poly1305, hpke::kdf::HkdfSha256, Kx>(
				&hpke::OpModeR::Base,
				secret.hpke_secret(),
				&encapsulated,
				&share_info(&digest, index),
				&sealed.ciphertext,
				&[],
			)
			.map_err(|_| BackupError::NotForThisHolder(index))?;
		Ok(HolderShare {
			bundle: digest,
			index,
			share,
		})
	}

	/// Restores the material from `shares` (at least the threshold, each
	/// opened by its holder), after checking the bundle is of the chain and
	/// key `expected`. Returns the material; zeroized when dropped.
	///
	/// Errors: [`BackupError::OtherChain`], [`BackupError::OtherKey`],
	/// [`BackupError::ShareOfAnotherBundle`], [`BackupError::DuplicateShare`],
	/// [`BackupError::TooFewShares`], [`BackupError::SharesDoNotOpen`].
	pub fn restore(
		&self,
		shares: &[HolderShare],
		expected: &Expected,
	) -> Result<Zeroizing<Vec<u8>>, BackupError> {
		if self.header.genesis != expected.genesis {
			return Err(BackupError::OtherChain);
		}
		if (self.header.domain, self.header.key) != (expected.domain, expected.key) {
			return Err(BackupError::OtherKey {
				domain: self.header.domain,
				key: self.header.key,
			});
		}
		let digest = self.header.digest();
		let mut seen = Vec::with_capacity(shares.len());
		let mut splits = Vec::with_capacity(shares.len());
		for share in shares {
			if share.bundle != digest {
				return Err(BackupError::ShareOfAnotherBundle(share.index));
			}
			if seen.contains(&share.index) {
				return Err(BackupError::DuplicateShare(share.index));
			}
			seen.push(share.index);
			splits.push(
				blahaj::Share::try_from(share.share.as_slice())
					.map_err(|_| BackupError::Malformed("a holder share"))?,
			);
		}
		if seen.len() < usize::from(self.header.threshold) {
			return Err(BackupError::TooFewShares {
				have: seen.len(),
				need: self.header.threshold,
			});
		}
		let recovered = Zeroizing::new(
			blahaj::Sharks(self.header.threshold)
				.recover(splits.as_slice())
				.map_err(|_| BackupError::SharesDoNotOpen)?,
		);
		let mut data_key = Zeroizing::new([0u8; 32]);
		if recovered.len() != data_key.len() {
			return Err(BackupError::SharesDoNotOpen);
		}
		data_key.copy_from_slice(&recovered);
		let aad = self.header.encode();
		ChaCha20Poly1305::new(&Key::from(*data_key))
			.decrypt(
				&Nonce::from(self.nonce),
				Payload {
					msg: &self.ciphertext,
					aad: &aad,
				},
			)
			.map(Zeroizing::new)
			.map_err(|_| BackupError::SharesDoNotOpen)
	}
}

impl HolderShare {
	/// The share's bytes, to hand to the restorer (a file only they read).
	pub fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
		Zeroizing::new(self.encode())
	}

	/// A share handed over as `bytes`.
	///
	/// Errors: [`BackupError::Malformed`].
	pub fn from_bytes(bytes: &[u8]) -> Result<Self, BackupError> {
		Self::decode(&mut &bytes[..]).map_err(|_| BackupError::Malformed("not a holder share"))
	}
}
