//! The node's objects in a token that belong to no usable key pair.
//!
//! A key pair becomes usable in two steps: the token generates it, then the
//! node tags both halves with the public key (`CKA_ID`). A crash or a lost
//! token between the steps leaves halves under the node's label
//! (`keyreg/<type>`) that no listing shows and nothing will ever sign with.
//! [`Pkcs11Signer::node_objects`] finds them beside the complete pairs, so
//! that `keyreg-node hsm prune` can show and destroy them; complete pairs are
//! never leftovers, whatever the chain says of them.

use super::{keys, Curve, Pkcs11Signer};
use crate::error::SignerError;
use cryptoki::object::{Attribute, AttributeType, ObjectClass, ObjectHandle};
use sp_core::crypto::KeyTypeId;

/// Which half a leftover object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Half {
	/// A public key object.
	Public,
	/// A private key object.
	Private,
}

/// A node-labelled object that belongs to no complete pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leftover {
	/// Which half.
	pub half: Half,
	/// Its curve, if one the node signs with.
	pub curve: Option<Curve>,
	/// Its `CKA_ID` (empty when generation stopped before tagging).
	pub id: Vec<u8>,
	/// For a public half, its public key as the chain stores it.
	pub public: Option<Vec<u8>>,
	handle: ObjectHandle,
}

impl Leftover {
	/// Why it is left over, for the operator.
	pub fn reason(&self) -> &'static str {
		match (self.half, &self.public) {
			(Half::Public, Some(public)) if *public == self.id => {
				"a public half whose private half is missing"
			}
			(Half::Public, _) => {
				"a public half not tagged with its public key (generation interrupted)"
			}
			(Half::Private, _) => {
				"a private half without a matching tagged public half (generation interrupted)"
			}
		}
	}
}

/// The node's complete key pairs of a key type, and its leftovers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NodeObjects {
	/// Complete pairs: curve and public key.
	pub pairs: Vec<(Curve, Vec<u8>)>,
	/// Objects under the node's label that belong to no complete pair.
	pub leftovers: Vec<Leftover>,
}

impl Pkcs11Signer {
	/// The node's complete pairs of `key_type` (public half tagged with its
	/// own public key, private half with the same `CKA_ID` and curve) and
	/// the other objects under the node's label.
	///
	/// Errors: [`SignerError::Unavailable`], [`SignerError::Pkcs11`].
	pub fn node_objects(&self, key_type: KeyTypeId) -> Result<NodeObjects, SignerError> {
		type Public = (ObjectHandle, Option<Curve>, Option<Vec<u8>>, Vec<u8>);
		type Private = (ObjectHandle, Option<Curve>, Vec<u8>);
		let (publics, privates) = self.with_session(|_, session| {
			let mut publics: Vec<Public> = Vec::new();
			let mut privates: Vec<Private> = Vec::new();
			for class in [ObjectClass::PUBLIC_KEY, ObjectClass::PRIVATE_KEY] {
				let template = [
					Attribute::Class(class),
					Attribute::Label(keys::label(key_type)),
				];
				for object in session.find_objects(&template)? {
					let wanted: &[AttributeType] = if class == ObjectClass::PUBLIC_KEY {
						&[
							AttributeType::Id,
							AttributeType::EcParams,
							AttributeType::EcPoint,
						]
					} else {
						&[AttributeType::Id, AttributeType::EcParams]
					};
					let (mut id, mut params, mut point) = (Vec::new(), Vec::new(), None);
					for attribute in session.get_attributes(object, wanted)? {
						match attribute {
							Attribute::Id(v) => id = v,
							Attribute::EcParams(v) => params = v,
							Attribute::EcPoint(v) => point = Some(v),
							_ => {}
						}
					}
					let curve = Curve::from_params(&params);
					if class == ObjectClass::PUBLIC_KEY {
						let public = curve
							.zip(point)
							.and_then(|(c, p)| c.public_from_ec_point(&p).ok());
						publics.push((object, curve, public, id));
					} else {
						privates.push((object, curve, id));
					}
				}
			}
			Ok((publics, privates))
		})?;
		let mut objects = NodeObjects::default();
		let complete = |curve: &Option<Curve>, id: &[u8]| {
			publics.iter().any(|(_, c, public, pid)| {
				c == curve && pid.as_slice() == id && public.as_deref() == Some(id)
			}) && privates
				.iter()
				.any(|(_, c, pid)| c == curve && pid.as_slice() == id)
		};
		for (handle, curve, public, id) in &publics {
			match (curve, public) {
				(Some(curve), Some(raw)) if complete(&Some(*curve), id) => {
					objects.pairs.push((*curve, raw.clone()))
				}
				_ => objects.leftovers.push(Leftover {
					half: Half::Public,
					curve: *curve,
					id: id.clone(),
					public: public.clone(),
					handle: *handle,
				}),
			}
		}
		for (handle, curve, id) in &privates {
			if !complete(curve, id) {
				objects.leftovers.push(Leftover {
					half: Half::Private,
					curve: *curve,
					id: id.clone(),
					public: None,
					handle: *handle,
				});
			}
		}
		objects.pairs.sort();
		objects.pairs.dedup();
		Ok(objects)
	}

	/// Destroys a leftover object found by [`Self::node_objects`]; a tagged
	/// public half leaves the key index.
	///
	/// Errors: [`SignerError::Unavailable`], [`SignerError::Pkcs11`].
	pub fn destroy_leftover(
		&self,
		key_type: KeyTypeId,
		leftover: &Leftover,
	) -> Result<(), SignerError> {
		let _writer = self.index_writer.lock();
		self.with_session(|_, session| session.destroy_object(leftover.handle))?;
		if let (Some(curve), Some(public)) = (leftover.curve, &leftover.public) {
			self.index_update(key_type, curve, public, false);
			self.handles
				.write()
				.remove(&(key_type, curve, public.clone()));
		}
		Ok(())
	}
}
