//! The pallet's events. Each is one audit entry (see [`crate::audit`]):
//! variants are append-only, since their index is part of the audit encoding.
//! Imported into the pallet module by `#[import_section]`.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	/// Every event is an audit entry of exactly one domain: it carries the
	/// domain, the entry's sequence number `seq` and the `actor`. Variants are
	/// append-only (their index is hashed into the audit chain).
	#[pallet::event]
	///
	/// Common fields: `domain` (the domain), `seq` (the entry's position in the
	/// domain's audit chain), `actor` (who acted), `key` and `version` (the key
	/// and version concerned).
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	#[allow(missing_docs)]
	pub enum Event<T: Config> {
		/// A domain was created; its owner holds `Admin`.
		DomainCreated {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			owner: T::AccountId,
			name: NameOf<T>,
			deposit: BalanceOf<T>,
		},
		/// A domain's default key policy changed.
		DomainPolicySet {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			policy: KeyPolicyOf<T>,
		},
		/// The owner offered the domain to `to` (`None`: offer withdrawn).
		DomainHandOverProposed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			to: Option<T::AccountId>,
		},
		/// Ownership, deposits and `Admin` passed from `from` to `to`.
		DomainHandedOver {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			from: T::AccountId,
			to: T::AccountId,
		},
		/// The domain was closed and its deposit released.
		DomainClosed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			released: BalanceOf<T>,
		},
		/// `who` was granted `role`.
		RoleGranted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			who: T::AccountId,
			role: Role,
		},
		/// `who` lost `role`.
		RoleRevoked {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			who: T::AccountId,
			role: Role,
		},
		/// A key was registered with its first version.
		KeyRegistered {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			version: VersionNumber,
			name: NameOf<T>,
			purpose: KeyPurpose,
			public: PublicKey,
			deposit: BalanceOf<T>,
		},
		/// A key was rotated to `version`; the previous version verifies until
		/// `grace_until` (exclusive), if set.
		KeyRotated {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			version: VersionNumber,
			public: PublicKey,
			grace_until: Option<BlockNumberFor<T>>,
		},
		/// A key's policy changed.
		KeyPolicySet {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			policy: KeyPolicyOf<T>,
		},
		/// A version was revoked.
		VersionRevoked {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			version: VersionNumber,
			reason: RevocationReason,
			effective_from: BlockNumberFor<T>,
		},
		/// A whole key was revoked.
		KeyRevoked {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			reason: RevocationReason,
			effective_from: BlockNumberFor<T>,
		},
		/// A key was frozen: nothing verifies until it is unfrozen.
		KeyFrozen {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
		},
		/// A key was unfrozen.
		KeyUnfrozen {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
		},
		/// The rotation of `version` of a key fell due at `due_at`.
		RotationDue {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			version: VersionNumber,
			due_at: BlockNumberFor<T>,
		},
		/// An auditor attested that it verified the chain up to `attested_seq`.
		AuditAttested {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			attested_seq: AuditSeq,
			attested_head: [u8; 32],
		},
		/// A signature by `key` over `payload` was requested; it must be
		/// fulfilled before block `expires_at`.
		SignatureRequested {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			request: RequestId,
			payload: PayloadOf<T>,
			expires_at: BlockNumberFor<T>,
		},
		/// The custodian fulfilled `request` with `signature` by `version` over
		/// the request envelope ([`signature::request_payload`]).
		SignatureFulfilled {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			request: RequestId,
			version: VersionNumber,
			signature: KeySignature,
		},
		/// `request` expired unfulfilled.
		SignatureRequestExpired {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			request: RequestId,
		},
	}
}
