//! Reads of the registry's state at a block, for the committee member.
//!
//! The service runs outside the runtime, so it reads storage by key through
//! the client: each helper builds the key the way FRAME does (the storage
//! item's prefix, then each key part hashed with `Twox64Concat`, which
//! appends the encoded part to its hash so it can be read back).

use crate::client::{FullClient, Hash};
use codec::{Decode, Encode};
use frame_support::storage::StoragePrefixedMap;
use keyreg_runtime::{
	pallet_key_registry::{
		Ceremonies, Ceremony, CeremonyId, CeremonyMessages, CeremonyPhase, DomainId, KeyId,
		KeyRecordOf, Keys, NonceBatch, NonceBatches, RequestId, SignatureRequestOf,
		SignatureRequests, SigningSession, SigningSessions, ThresholdKey, ThresholdKeys,
	},
	Runtime,
};
use sc_client_api::StorageProvider;
use sp_core::storage::StorageKey;

fn read<V: Decode>(client: &FullClient, hash: Hash, key: Vec<u8>) -> Result<Option<V>, String> {
	client
		.storage(hash, &StorageKey(key))
		.map_err(|e| e.to_string())?
		.map(|data| V::decode(&mut &data.0[..]).map_err(|e| e.to_string()))
		.transpose()
}

/// Every `(key, value)` under `prefix`.
fn read_prefix<V: Decode>(
	client: &FullClient,
	hash: Hash,
	prefix: Vec<u8>,
) -> Result<Vec<(Vec<u8>, V)>, String> {
	let keys = client
		.storage_keys(hash, Some(&StorageKey(prefix)), None)
		.map_err(|e| e.to_string())?;
	let mut out = Vec::new();
	for key in keys {
		if let Some(value) = read(client, hash, key.0.clone())? {
			out.push((key.0, value));
		}
	}
	Ok(out)
}

fn twox64_concat(part: &[u8]) -> Vec<u8> {
	let mut out = sp_io::hashing::twox_64(part).to_vec();
	out.extend_from_slice(part);
	out
}

/// The value encoded at `offset` of a storage key (after a `Twox64Concat` hash).
fn part<P: Decode>(key: &[u8], offset: usize) -> Result<P, String> {
	let mut bytes = key
		.get(offset..)
		.ok_or_else(|| "a storage key shorter than its layout".to_string())?;
	P::decode(&mut bytes).map_err(|e| e.to_string())
}

/// The ceremonies under way or failed.
pub fn ceremonies(
	client: &FullClient,
	hash: Hash,
) -> Result<Vec<(CeremonyId, Ceremony<Runtime>)>, String> {
	read_prefix(client, hash, Ceremonies::<Runtime>::final_prefix().to_vec())?
		.into_iter()
		// prefix (32) ‖ twox64 (8) ‖ id
		.map(|(key, ceremony)| Ok((part(&key, 40)?, ceremony)))
		.collect()
}

/// Member `member`'s message of `phase` in ceremony `id`.
pub fn ceremony_message(
	client: &FullClient,
	hash: Hash,
	id: CeremonyId,
	phase: CeremonyPhase,
	member: u16,
) -> Result<Vec<u8>, String> {
	read::<Vec<u8>>(
		client,
		hash,
		CeremonyMessages::<Runtime>::hashed_key_for((id, phase.tag(), member)),
	)?
	.ok_or_else(|| format!("member {member}'s {phase:?} message is not on chain"))
}

/// A threshold key's public record, by `(domain, key)`.
pub type ThresholdKeyEntry = ((DomainId, KeyId), ThresholdKey<Runtime>);

/// Every threshold key's public record.
pub fn threshold_keys(client: &FullClient, hash: Hash) -> Result<Vec<ThresholdKeyEntry>, String> {
	read_prefix(
		client,
		hash,
		ThresholdKeys::<Runtime>::final_prefix().to_vec(),
	)?
	.into_iter()
	// prefix (32) ‖ twox64 (8) ‖ domain (4) ‖ twox64 (8) ‖ key (4)
	.map(|(key, record)| Ok(((part(&key, 40)?, part(&key, 52)?), record)))
	.collect()
}

/// One threshold key's record (its share epoch and verifying shares).
pub fn threshold_key(
	client: &FullClient,
	hash: Hash,
	domain: DomainId,
	key: KeyId,
) -> Result<Option<ThresholdKey<Runtime>>, String> {
	read(
		client,
		hash,
		ThresholdKeys::<Runtime>::hashed_key_for(domain, key),
	)
}

/// A key's record.
pub fn key_record(
	client: &FullClient,
	hash: Hash,
	domain: DomainId,
	key: KeyId,
) -> Result<Option<KeyRecordOf<Runtime>>, String> {
	read(client, hash, Keys::<Runtime>::hashed_key_for(domain, key))
}

/// Member `member`'s nonce batch for a threshold key.
pub fn nonce_batch(
	client: &FullClient,
	hash: Hash,
	domain: DomainId,
	key: KeyId,
	member: u16,
) -> Result<Option<NonceBatch<Runtime>>, String> {
	read(
		client,
		hash,
		NonceBatches::<Runtime>::hashed_key_for((domain, key, member)),
	)
}

/// The signing sessions of a threshold key's pending requests.
pub fn signing_sessions(
	client: &FullClient,
	hash: Hash,
	domain: DomainId,
	key: KeyId,
) -> Result<Vec<(RequestId, SigningSession<Runtime>)>, String> {
	let mut prefix = SigningSessions::<Runtime>::final_prefix().to_vec();
	prefix.extend(twox64_concat(&domain.encode()));
	prefix.extend(twox64_concat(&key.encode()));
	let request_at = prefix.len().saturating_add(8);
	read_prefix(client, hash, prefix)?
		.into_iter()
		.map(|(key, session)| Ok((part(&key, request_at)?, session)))
		.collect()
}

/// A pending signature request.
pub fn signature_request(
	client: &FullClient,
	hash: Hash,
	domain: DomainId,
	key: KeyId,
	request: RequestId,
) -> Result<Option<SignatureRequestOf<Runtime>>, String> {
	read(
		client,
		hash,
		SignatureRequests::<Runtime>::hashed_key_for((domain, key, request)),
	)
}
