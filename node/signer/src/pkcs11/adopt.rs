//! Key pairs made outside the node, in an operator's own key ceremony
//! (`pkcs11-tool --keypairgen`, a vendor's tool), found and adopted.
//!
//! [`Pkcs11Signer::inventory`] lists every Ed25519 and EC key pair in the
//! token, the node's own and foreign ones, with the attributes that decide
//! whether it may sign for the chain. [`Pkcs11Signer::adopt`] takes one pair,
//! named by its label, its id or its public key, checks that its private
//! half is sensitive, never extractable and may sign, and tags both halves as
//! the node tags the keys it generates (`CKA_LABEL = keyreg/<type>`,
//! `CKA_ID = ` the public key), so the worker finds it and uses it for
//! registration, requests and rotation certificates like any other key.
//!
//! Ed25519 `CKA_EC_PARAMS` come in two forms, both allowed by PKCS#11 3.0:
//! the DER OID 1.3.101.112 (SoftHSM2, this node) and the DER
//! PrintableString `edwards25519` (OpenSC's `pkcs11-tool`). Both are read.

use super::{keys, Curve, Pkcs11Signer};
use crate::error::SignerError;
use cryptoki::object::{Attribute, AttributeType, KeyType, ObjectClass, ObjectHandle};
use sp_core::crypto::KeyTypeId;

/// DER PrintableString `edwards25519`: the curve's name as OpenSC writes it.
const ED25519_PRINTABLE_PARAMS: &[u8] = b"\x13\x0cedwards25519";

impl Curve {
	/// The curve `CKA_EC_PARAMS` names, if the node supports it.
	pub fn from_params(params: &[u8]) -> Option<Curve> {
		if params == Curve::Ed25519.params() || params == ED25519_PRINTABLE_PARAMS {
			Some(Curve::Ed25519)
		} else if params == Curve::Secp256k1.params() {
			Some(Curve::Secp256k1)
		} else {
			None
		}
	}
}

/// How an operator names the key pair to adopt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySelector {
	/// Its `CKA_LABEL`.
	Label(String),
	/// Its `CKA_ID`.
	Id(Vec<u8>),
	/// Its public key as the chain stores it (32 bytes ed25519, 33 bytes
	/// compressed secp256k1).
	Public(Vec<u8>),
}

impl std::fmt::Display for KeySelector {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			KeySelector::Label(label) => write!(f, "label {label:?}"),
			KeySelector::Id(id) => write!(f, "id {}", hex(id)),
			KeySelector::Public(public) => write!(f, "public key {}", hex(public)),
		}
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().fold(String::from("0x"), |mut s, b| {
		s.push_str(&format!("{b:02x}"));
		s
	})
}

/// What the token says of a pair's private half.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrivateHalf {
	/// `CKA_SENSITIVE`: its value cannot be read out.
	pub sensitive: bool,
	/// `CKA_EXTRACTABLE`: it can be wrapped out of the token.
	pub extractable: bool,
	/// `CKA_SIGN`: it may sign.
	pub can_sign: bool,
}

/// A key pair in the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenKeyPair {
	/// Its curve (`None`: a curve the node does not sign with, e.g. P-256).
	pub curve: Option<Curve>,
	/// Its public key as the chain stores it (for an unsupported curve: the
	/// raw `CKA_EC_POINT`).
	pub public: Vec<u8>,
	/// Its `CKA_LABEL`.
	pub label: String,
	/// Its `CKA_ID`.
	pub id: Vec<u8>,
	/// The node's key type it is tagged for, when the node generated or
	/// adopted it.
	pub key_type: Option<KeyTypeId>,
	/// Its private half, when the token holds one with the same id.
	pub private: Option<PrivateHalf>,
}

impl TokenKeyPair {
	/// Why the node may not sign with this pair (`None`: it may).
	pub fn unfit(&self) -> Option<String> {
		if self.curve.is_none() {
			return Some("its curve is not one the node signs with (Ed25519, secp256k1)".into());
		}
		let Some(private) = self.private else {
			return Some(
				"the token holds no private key with the same CKA_ID (or the user cannot see it)"
					.into(),
			);
		};
		if !private.sensitive {
			return Some(
				"its private key is not sensitive (CKA_SENSITIVE false): its value can be read \
				 out of the token; generate the key again with CKA_SENSITIVE true"
					.into(),
			);
		}
		if private.extractable {
			return Some(
				"its private key is extractable (CKA_EXTRACTABLE true): it can be wrapped out of \
				 the token; generate the key again with CKA_EXTRACTABLE false"
					.into(),
			);
		}
		if !private.can_sign {
			return Some("its private key may not sign (CKA_SIGN false)".into());
		}
		None
	}
}

/// The key type a node label `keyreg/<type>` names.
fn key_type_of(label: &str) -> Option<KeyTypeId> {
	let name = label.strip_prefix("keyreg/")?;
	let bytes: [u8; 4] = name.as_bytes().try_into().ok()?;
	Some(KeyTypeId(bytes))
}

/// A pair adopted by [`Pkcs11Signer::adopt`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adopted {
	/// Its curve.
	pub curve: Curve,
	/// Its public key as the chain stores it.
	pub public: Vec<u8>,
	/// The label it had (to correct the ceremony's records).
	pub previous_label: String,
	/// The id it had.
	pub previous_id: Vec<u8>,
	/// `false` when it was already the node's key of that type.
	pub relabelled: bool,
}

impl Pkcs11Signer {
	/// Every Ed25519 and EC key pair in the token (public halves, with the
	/// private half of the same `CKA_ID`), sorted by label then public key.
	pub fn inventory(&self) -> Result<Vec<TokenKeyPair>, SignerError> {
		let mut pairs = self.with_session(|_, session| {
			let mut pairs = Vec::new();
			for key_type in [KeyType::EC_EDWARDS, KeyType::EC] {
				let template = [
					Attribute::Class(ObjectClass::PUBLIC_KEY),
					Attribute::KeyType(key_type),
				];
				for object in session.find_objects(&template)? {
					let (mut params, mut point, mut label, mut id) =
						(Vec::new(), Vec::new(), Vec::new(), Vec::new());
					for attribute in session.get_attributes(
						object,
						&[
							AttributeType::EcParams,
							AttributeType::EcPoint,
							AttributeType::Label,
							AttributeType::Id,
						],
					)? {
						match attribute {
							Attribute::EcParams(v) => params = v,
							Attribute::EcPoint(v) => point = v,
							Attribute::Label(v) => label = v,
							Attribute::Id(v) => id = v,
							_ => {}
						}
					}
					let private = private_half(session, key_type, &id)?;
					pairs.push((params, point, label, id, private));
				}
			}
			Ok(pairs)
		})?;
		let mut inventory: Vec<TokenKeyPair> = pairs
			.drain(..)
			.map(|(params, point, label, id, private)| {
				let curve = Curve::from_params(&params);
				let public = curve
					.and_then(|c| c.public_from_ec_point(&point).ok())
					.unwrap_or(point);
				let label = String::from_utf8_lossy(&label).into_owned();
				let key_type = key_type_of(&label).filter(|_| id == public);
				TokenKeyPair {
					curve,
					public,
					label,
					id,
					key_type,
					private: private.map(|(_, p)| p),
				}
			})
			.collect();
		inventory.sort_by(|a, b| (&a.label, &a.public).cmp(&(&b.label, &b.public)));
		Ok(inventory)
	}

	/// Adopts the one pair `selector` names as a key of `key_type`: checks it
	/// may sign for the chain, then tags both halves as the node tags its own
	/// keys. Adopting a pair that already is the node's key of `key_type`
	/// changes nothing.
	///
	/// Errors: [`SignerError::KeyNotAdoptable`] saying why (none or several
	/// pairs match, the private half is missing, not sensitive, extractable
	/// or may not sign, the pair is the node's key of another type); the
	/// token is then unchanged.
	pub fn adopt(
		&self,
		key_type: KeyTypeId,
		selector: &KeySelector,
	) -> Result<Adopted, SignerError> {
		let inventory = self.inventory()?;
		let matching: Vec<TokenKeyPair> = inventory
			.iter()
			.filter(|pair| match selector {
				KeySelector::Label(label) => pair.label == *label,
				KeySelector::Id(id) => pair.id == *id,
				KeySelector::Public(public) => pair.public == *public,
			})
			.cloned()
			.collect();
		let pair = match matching.as_slice() {
			[] => {
				return Err(SignerError::KeyNotAdoptable(format!(
					"no key pair in the token has {selector}; `keyreg-node hsm list --all` shows \
					 the pairs it holds"
				)))
			}
			[one] => one.clone(),
			several => {
				return Err(SignerError::KeyNotAdoptable(format!(
					"{} key pairs have {selector}; name one by --public (or --id)",
					several.len()
				)))
			}
		};
		// Both halves are found again by their CKA_ID: it must name one pair.
		let sharing = inventory
			.iter()
			.filter(|p| p.curve == pair.curve && p.id == pair.id)
			.count();
		if sharing > 1 {
			return Err(SignerError::KeyNotAdoptable(format!(
				"the pair with {selector} shares its CKA_ID {} with {} other pair(s): give it an id \
				 of its own first (pkcs11-tool --set-id)",
				hex(&pair.id),
				sharing.saturating_sub(1)
			)));
		}
		if let Some(reason) = pair.unfit() {
			return Err(SignerError::KeyNotAdoptable(format!(
				"the pair with {selector}: {reason}"
			)));
		}
		let Some(curve) = pair.curve else {
			return Err(SignerError::KeyNotAdoptable("unsupported curve".into()));
		};
		match pair.key_type {
			Some(own) if own == key_type => {
				return Ok(Adopted {
					curve,
					public: pair.public.clone(),
					previous_label: pair.label.clone(),
					previous_id: pair.id.clone(),
					relabelled: false,
				})
			}
			Some(other) => {
				return Err(SignerError::KeyNotAdoptable(format!(
					"the pair with {selector} already is the node's key of type {:?}",
					String::from_utf8_lossy(&other.0)
				)))
			}
			None => {}
		}
		let tags = [
			Attribute::Label(keys::label(key_type)),
			Attribute::Id(pair.public.clone()),
		];
		let _writer = self.index_writer.lock();
		self.with_session(|_, session| {
			let (public, private) = halves(session, curve, &pair.id, &pair.label)?;
			session.update_attributes(public, &tags)?;
			if let Err(e) = session.update_attributes(private, &tags) {
				// Leave the pair as it was: a half-tagged pair is found by neither.
				let _ = session.update_attributes(
					public,
					&[
						Attribute::Label(pair.label.clone().into_bytes()),
						Attribute::Id(pair.id.clone()),
					],
				);
				return Err(e);
			}
			Ok(())
		})?;
		self.index_update(key_type, curve, &pair.public, true);
		log::info!(
			target: "keyreg-signer",
			"{}: adopted the {curve:?} key pair labelled {:?} (id {}) as a {:?} key {}",
			self.name,
			pair.label,
			hex(&pair.id),
			String::from_utf8_lossy(&key_type.0),
			hex(&pair.public),
		);
		Ok(Adopted {
			curve,
			public: pair.public,
			previous_label: pair.label,
			previous_id: pair.id,
			relabelled: true,
		})
	}
}

/// The private half with `id` and its attributes.
fn private_half(
	session: &cryptoki::session::Session,
	key_type: KeyType,
	id: &[u8],
) -> Result<Option<(ObjectHandle, PrivateHalf)>, cryptoki::error::Error> {
	let template = [
		Attribute::Class(ObjectClass::PRIVATE_KEY),
		Attribute::KeyType(key_type),
		Attribute::Id(id.to_vec()),
	];
	let Some(object) = session.find_objects(&template)?.into_iter().next() else {
		return Ok(None);
	};
	let mut half = PrivateHalf {
		sensitive: false,
		extractable: true,
		can_sign: false,
	};
	for attribute in session.get_attributes(
		object,
		&[
			AttributeType::Sensitive,
			AttributeType::Extractable,
			AttributeType::Sign,
		],
	)? {
		match attribute {
			Attribute::Sensitive(v) => half.sensitive = v,
			Attribute::Extractable(v) => half.extractable = v,
			Attribute::Sign(v) => half.can_sign = v,
			_ => {}
		}
	}
	Ok(Some((object, half)))
}

/// The public and private halves of the pair with `id` and `label`.
fn halves(
	session: &cryptoki::session::Session,
	curve: Curve,
	id: &[u8],
	label: &str,
) -> Result<(ObjectHandle, ObjectHandle), cryptoki::error::Error> {
	let find = |class| {
		let template = [
			Attribute::Class(class),
			Attribute::KeyType(curve.key_type()),
			Attribute::Id(id.to_vec()),
		];
		session.find_objects(&template)
	};
	let public = find(ObjectClass::PUBLIC_KEY)?;
	let private = find(ObjectClass::PRIVATE_KEY)?;
	match (public.as_slice(), private.as_slice()) {
		([public], [private]) => Ok((*public, *private)),
		_ => {
			log::warn!(target: "keyreg-signer", "the pair labelled {label:?} changed while being adopted");
			// Not a lost session: no retry on a fresh one.
			Err(cryptoki::error::Error::Pkcs11(
				cryptoki::error::RvError::FunctionFailed,
				cryptoki::context::Function::FindObjects,
			))
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn both_ed25519_param_forms_and_the_secp256k1_oid_are_read() {
		assert_eq!(
			Curve::from_params(&[0x06, 0x03, 0x2b, 0x65, 0x70]),
			Some(Curve::Ed25519)
		);
		assert_eq!(
			Curve::from_params(b"\x13\x0cedwards25519"),
			Some(Curve::Ed25519)
		);
		assert_eq!(
			Curve::from_params(&[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a]),
			Some(Curve::Secp256k1)
		);
		// P-256 (1.2.840.10045.3.1.7) and a misspelt name are not ours.
		assert_eq!(
			Curve::from_params(&[0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07]),
			None
		);
		assert_eq!(Curve::from_params(b"\x13\x0bedwards2551"), None);
	}

	#[test]
	fn only_node_labels_tagged_with_their_public_key_name_a_key_type() {
		assert_eq!(key_type_of("keyreg/kreg"), Some(KeyTypeId(*b"kreg")));
		assert_eq!(key_type_of("ceremony ed"), None);
		assert_eq!(key_type_of("keyreg/toolong"), None);
	}
}
