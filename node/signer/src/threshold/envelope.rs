//! Key-agreement keys and the sealed messages of a ceremony.
//!
//! Every member registers an X25519 key-agreement key. A secret that one
//! member sends another (a DKG round-2 share, a repair value) is sealed with
//! HPKE (RFC 9180) in **authenticated** mode, DHKEM(X25519, HKDF-SHA256),
//! HKDF-SHA256, ChaCha20-Poly1305: only the recipient can open it, and it
//! opens only under the sender's key-agreement key. The HPKE `info` binds
//! the message to its purpose, session, sender and recipient, so a message
//! cannot be replayed into another session or passed off as another's.

use super::{MemberIndex, SessionId, ThresholdError};
use codec::{Decode, Encode};
use hpke::{
	aead::ChaCha20Poly1305, kdf::HkdfSha256, kem::X25519HkdfSha256, Deserializable, Kem, OpModeR,
	OpModeS, Serializable,
};
use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

type Kx = X25519HkdfSha256;

/// Domain separation of everything this module seals.
const INFO_PREFIX: &[u8] = b"keyreg/frost/envelope/v1";

/// A member's public X25519 key-agreement key, as registered on chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Encode, Decode)]
pub struct AgreementPublic(pub [u8; 32]);

impl AgreementPublic {
	fn to_hpke(self) -> Result<<Kx as Kem>::PublicKey, ThresholdError> {
		<Kx as Kem>::PublicKey::from_bytes(&self.0)
			.map_err(|_| ThresholdError::Encoding("X25519 key-agreement key"))
	}
}

/// A member's private X25519 key-agreement key. Zeroized on drop; never
/// printed.
pub struct AgreementSecret {
	secret: <Kx as Kem>::PrivateKey,
	public: <Kx as Kem>::PublicKey,
}

impl AgreementSecret {
	/// A fresh key from `rng`.
	pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
		let (secret, public) = Kx::gen_keypair(rng);
		Self { secret, public }
	}

	/// The key stored as `bytes` (by [`AgreementSecret::to_bytes`]).
	pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, ThresholdError> {
		let secret = <Kx as Kem>::PrivateKey::from_bytes(bytes)
			.map_err(|_| ThresholdError::Encoding("X25519 private key"))?;
		let public = Kx::sk_to_pk(&secret);
		Ok(Self { secret, public })
	}

	/// The private key's bytes, for the vault; zeroized when dropped.
	pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
		let mut bytes = Zeroizing::new([0u8; 32]);
		bytes.copy_from_slice(&self.secret.to_bytes());
		bytes
	}

	/// The HPKE private key, for the crate's other sealed formats (backups).
	pub(crate) fn hpke_secret(&self) -> &<Kx as Kem>::PrivateKey {
		&self.secret
	}

	/// The public key to register.
	pub fn public(&self) -> AgreementPublic {
		let mut bytes = [0u8; 32];
		bytes.copy_from_slice(&self.public.to_bytes());
		AgreementPublic(bytes)
	}
}

impl std::fmt::Debug for AgreementSecret {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "AgreementSecret({:?})", self.public())
	}
}

/// What a sealed message carries; part of what it is bound to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum Purpose {
	/// A DKG round-2 package (a secret share for the recipient).
	DkgShare,
	/// A refresh round-2 package.
	RefreshShare,
	/// A repair helper's delta for another helper.
	RepairDelta,
	/// A repair helper's sigma for the member being repaired.
	RepairSigma,
}

/// HPKE's output: the encapsulated key and the ciphertext with its tag.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Envelope {
	/// The sender's ephemeral X25519 public key.
	pub encapsulated: [u8; 32],
	/// ChaCha20-Poly1305 ciphertext and tag.
	pub ciphertext: Vec<u8>,
}

/// A sealed message as it travels through the chain: who sent it to whom,
/// in which session, for what.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct SealedMessage {
	/// The session it belongs to.
	pub session: SessionId,
	/// What it carries.
	pub purpose: Purpose,
	/// The sender.
	pub from: MemberIndex,
	/// The only member who can open it.
	pub to: MemberIndex,
	/// The sealed content.
	pub envelope: Envelope,
}

impl Encode for MemberIndex {
	fn size_hint(&self) -> usize {
		2
	}
	fn encode_to<O: codec::Output + ?Sized>(&self, dest: &mut O) {
		self.0.encode_to(dest)
	}
}

impl Decode for MemberIndex {
	fn decode<I: codec::Input>(input: &mut I) -> Result<Self, codec::Error> {
		u16::decode(input).map(MemberIndex)
	}
}

fn info(purpose: Purpose, session: &SessionId, from: MemberIndex, to: MemberIndex) -> Vec<u8> {
	(INFO_PREFIX, purpose, session, from, to).encode()
}

impl SealedMessage {
	/// Seals `plaintext` from `from` (holding `sender`) to `to` (whose
	/// registered key is `recipient`).
	pub fn seal<R: RngCore + CryptoRng>(
		session: SessionId,
		purpose: Purpose,
		(from, sender): (MemberIndex, &AgreementSecret),
		(to, recipient): (MemberIndex, &AgreementPublic),
		plaintext: &[u8],
		rng: &mut R,
	) -> Result<Self, ThresholdError> {
		let mode = OpModeS::Auth((sender.secret.clone(), sender.public.clone()));
		let (encapsulated, ciphertext) =
			hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kx, _>(
				&mode,
				&recipient.to_hpke()?,
				&info(purpose, &session, from, to),
				plaintext,
				&[],
				rng,
			)
			.map_err(|_| ThresholdError::Encoding("HPKE seal"))?;
		let mut encapsulated_bytes = [0u8; 32];
		encapsulated_bytes.copy_from_slice(&encapsulated.to_bytes());
		Ok(Self {
			session,
			purpose,
			from,
			to,
			envelope: Envelope {
				encapsulated: encapsulated_bytes,
				ciphertext,
			},
		})
	}

	/// Opens a message addressed to this member (holding `recipient`) in
	/// `session` for `purpose`, checking it was sealed by `sender_key`.
	///
	/// Errors: [`ThresholdError::Misbehaved`] naming the sender when it does
	/// not open (wrong session, purpose, sender or recipient, or tampered).
	pub fn open(
		&self,
		session: &SessionId,
		purpose: Purpose,
		sender_key: &AgreementPublic,
		recipient: &AgreementSecret,
	) -> Result<Zeroizing<Vec<u8>>, ThresholdError> {
		let refused = || ThresholdError::Misbehaved {
			members: vec![self.from],
			what: "a sealed message that does not open for its recipient",
		};
		if &self.session != session || self.purpose != purpose {
			return Err(refused());
		}
		let encapsulated = <Kx as Kem>::EncappedKey::from_bytes(&self.envelope.encapsulated)
			.map_err(|_| refused())?;
		hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kx>(
			&OpModeR::Auth(sender_key.to_hpke()?),
			&recipient.secret,
			&encapsulated,
			&info(purpose, session, self.from, self.to),
			&self.envelope.ciphertext,
			&[],
		)
		.map(Zeroizing::new)
		.map_err(|_| refused())
	}
}
