//! Runtime API of the key registry: every query a client (polkadot.js, subxt,
//! an auditor's tool) needs, answered from one block's state.
//!
//! Implement it in the runtime by forwarding to the pallet's query functions
//! (`pallet_key_registry::Pallet::<Runtime>::domain`, `key`, …).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_key_registry::{
	AuditHead, BackupSubject, Domain, DomainId, KeyId, KeyRecord, KeySignature, KeyVersion,
	PublicKey, RevocationEntry, Role, Validity, VerifyError, VersionNumber,
};

sp_api::decl_runtime_apis! {
	/// Queries of the key registry.
	///
	/// `DomainInfo` and `KeyInfo` are the pallet's `DomainOf<Runtime>` and
	/// `KeyRecordOf<Runtime>`.
	///
	/// Version 2 added [`KeyRegistryApi::drill_overdue_since`].
	#[api_version(2)]
	pub trait KeyRegistryApi<AccountId, BlockNumber, DomainInfo, KeyInfo>
	where
		AccountId: Codec,
		BlockNumber: Codec,
		DomainInfo: Codec,
		KeyInfo: Codec,
	{
		/// The domain with that id.
		fn domain(domain: DomainId) -> Option<DomainInfo>;

		/// The key with that id.
		fn key(domain: DomainId, key: KeyId) -> Option<KeyInfo>;

		/// The id of the key with that name in the domain.
		fn key_id_by_name(domain: DomainId, name: Vec<u8>) -> Option<KeyId>;

		/// Versions `from ..` of a key, at most `limit` (at most 256).
		fn versions(
			domain: DomainId,
			key: KeyId,
			from: VersionNumber,
			limit: u32,
		) -> Vec<(VersionNumber, KeyVersion<BlockNumber>)>;

		/// When `version` of a key was retired (its successor's activation)
		/// and the first block at which it no longer verified:
		/// `(retired_at, verifies_until)`; `None` while it is current. A
		/// version records neither itself: its successors do.
		fn retirement(
			domain: DomainId,
			key: KeyId,
			version: VersionNumber,
		) -> Option<(BlockNumber, BlockNumber)>;

		/// The roles of `who` in the domain.
		fn roles_of(domain: DomainId, who: AccountId) -> Vec<Role>;

		/// Entries `from ..` of the domain's revocation list, at most `limit` (at most 256).
		fn revocations(
			domain: DomainId,
			from: u32,
			limit: u32,
		) -> Vec<(u32, RevocationEntry<BlockNumber>)>;

		/// Whether `public` was valid at block `at`.
		fn validity_at(public: PublicKey, at: BlockNumber) -> Validity<BlockNumber>;

		/// The head of the domain's audit hash chain.
		fn audit_head(domain: DomainId) -> AuditHead;

		/// The block at which the key's rotation fell due, if it is overdue.
		fn rotation_overdue_since(domain: DomainId, key: KeyId) -> Option<BlockNumber>;

		/// The block at which the recovery drill of the key's backup of
		/// `subject` fell due, if it is overdue (`None` also when the backup
		/// is missing or outdated: see the `Backups` storage for those).
		#[api_version(2)]
		fn drill_overdue_since(
			domain: DomainId,
			key: KeyId,
			subject: BackupSubject,
		) -> Option<BlockNumber>;

		/// Verifies `signature` over `message` by the key, honouring
		/// revocation, freeze and grace; returns the version that verified.
		fn verify(
			domain: DomainId,
			key: KeyId,
			message: Vec<u8>,
			signature: KeySignature,
		) -> Result<VersionNumber, VerifyError>;
	}
}
