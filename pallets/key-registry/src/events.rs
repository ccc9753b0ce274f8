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
			default_policy: KeyPolicyOf<T>,
		},
		/// A domain's default key policy changed from `old_policy` to `policy`.
		DomainPolicySet {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			old_policy: KeyPolicyOf<T>,
			policy: KeyPolicyOf<T>,
		},
		/// The owner offered the domain to `to` (`None`: offer withdrawn),
		/// replacing the offer to `previous`.
		DomainHandOverProposed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			previous: Option<T::AccountId>,
			to: Option<T::AccountId>,
		},
		/// Ownership and the held `deposit` and `key_deposits` passed from
		/// `from` to `to`; `admin_granted`: `to` was made `Admin` by this entry.
		DomainHandedOver {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			from: T::AccountId,
			to: T::AccountId,
			deposit: BalanceOf<T>,
			key_deposits: BalanceOf<T>,
			admin_granted: bool,
		},
		/// The domain was closed and its deposit released.
		DomainClosed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			released: BalanceOf<T>,
		},
		/// `who` was granted `role`; `roles` is the set it holds now.
		RoleGranted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			who: T::AccountId,
			role: Role,
			roles: RoleSet,
		},
		/// `who` lost `role`; `roles` is the set it holds now.
		RoleRevoked {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			who: T::AccountId,
			role: Role,
			roles: RoleSet,
		},
		/// A key was registered with its first version (`version` 0, active
		/// from this block), with everything stored about it; its rotation
		/// falls due at `rotation_due_at`, if scheduled.
		KeyRegistered {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			version: VersionNumber,
			name: NameOf<T>,
			purpose: KeyPurpose,
			public: PublicKey,
			custody: CustodyOf<T>,
			custodian: Option<PublicKey>,
			policy: KeyPolicyOf<T>,
			metadata: MetadataOf<T>,
			deposit: BalanceOf<T>,
			rotation_due_at: Option<BlockNumberFor<T>>,
		},
		/// A key was rotated to `version` (active from this block, the key
		/// active again if it was suspended); the previous version verifies
		/// until `grace_until` (exclusive), if set, and the one before it no
		/// longer. `deposit` was held for the version; the next rotation falls
		/// due at `rotation_due_at`, if scheduled.
		KeyRotated {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			version: VersionNumber,
			public: PublicKey,
			grace_until: Option<BlockNumberFor<T>>,
			deposit: BalanceOf<T>,
			rotation_due_at: Option<BlockNumberFor<T>>,
		},
		/// A key's policy changed from `old_policy` to `policy`; its rotation
		/// now falls due at `rotation_due_at`, if scheduled.
		KeyPolicySet {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			old_policy: KeyPolicyOf<T>,
			policy: KeyPolicyOf<T>,
			rotation_due_at: Option<BlockNumberFor<T>>,
		},
		/// A version was revoked; if it was the current one, the key is now
		/// suspended and its rotation unscheduled.
		VersionRevoked {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			version: VersionNumber,
			reason: RevocationReason,
			effective_from: BlockNumberFor<T>,
		},
		/// A whole key was revoked; its rotation is unscheduled.
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
		/// fulfilled before block `expires_at`. `deposit` is held from the
		/// requesting account until then.
		SignatureRequested {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			request: RequestId,
			payload: PayloadOf<T>,
			expires_at: BlockNumberFor<T>,
			deposit: BalanceOf<T>,
			/// For a threshold key: the first signing attempt (who signs
			/// with which nonce commitment).
			signing: Option<SigningSession<T>>,
		},
		/// The custodian (`actor`) fulfilled `request` with `signature` by
		/// `version` over the request envelope ([`signature::request_payload`]);
		/// the request's deposit was released.
		SignatureFulfilled {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			request: RequestId,
			version: VersionNumber,
			signature: KeySignature,
		},
		/// `request` expired unfulfilled; its deposit was released.
		SignatureRequestExpired {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			request: RequestId,
		},
		/// The key's named custodian destroyed the private key of retired
		/// `version` (`public`) in its signer, as the key's retired-keys
		/// policy asks; `actor` is [`Actor::Custodian`](crate::Actor::Custodian).
		KeyVersionDestroyed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			version: VersionNumber,
			public: PublicKey,
		},
		/// What happens to the key's retired versions is now `retired_keys`.
		RetiredKeysSet {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			retired_keys: RetiredKeys,
		},
		/// A key's named custodian changed from `previous` to `custodian`.
		KeyCustodianSet {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			previous: Option<PublicKey>,
			custodian: Option<PublicKey>,
		},
		/// `custodian` bound the X25519 key-agreement key `agreement` to
		/// itself in the domain, replacing `previous`.
		AgreementKeyRegistered {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			custodian: PublicKey,
			agreement: [u8; 32],
			previous: Option<[u8; 32]>,
		},
		/// A threshold key's generation began: `committee` (custodians with
		/// their key-agreement keys, member 1 first) will run a DKG; any
		/// `threshold` of them will sign. Round 1 is due by `deadline`.
		KeyGenerationStarted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			ceremony: CeremonyId,
			name: NameOf<T>,
			purpose: KeyPurpose,
			threshold: u16,
			committee: CommitteeOf<T>,
			policy: KeyPolicyOf<T>,
			metadata: MetadataOf<T>,
			deadline: BlockNumberFor<T>,
		},
		/// `member` posted `content` in `phase` of attempt `attempt`; the
		/// ceremony is now in `next_phase`, due by `deadline`.
		CeremonyMessagePosted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			ceremony: CeremonyId,
			attempt: u32,
			phase: CeremonyPhase,
			member: MemberIndex,
			content: CeremonyMessageOf<T>,
			next_phase: CeremonyPhase,
			deadline: BlockNumberFor<T>,
		},
		/// Attempt `attempt` ended in `phase` because of `fault` by `culprits`
		/// (for `Reported`: the reporter, then the accused).
		CeremonyFailed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			ceremony: CeremonyId,
			attempt: u32,
			phase: CeremonyPhase,
			culprits: MemberListOf<T>,
			fault: CeremonyFault,
		},
		/// A new attempt began from round 1, due by `deadline`; the previous
		/// one had stalled or failed in `stalled_in`, where `missing` had not posted.
		KeyGenerationRestarted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			ceremony: CeremonyId,
			attempt: u32,
			stalled_in: CeremonyPhase,
			missing: MemberListOf<T>,
			deadline: BlockNumberFor<T>,
		},
		/// The ceremony was cancelled at attempt `attempt`; no key came of it.
		KeyGenerationCancelled {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			ceremony: CeremonyId,
			attempt: u32,
		},
		/// Committee member `member` of a threshold key published nonce
		/// batch number `sequence`, replacing its previous commitments.
		NonceCommitmentsPublished {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			member: MemberIndex,
			sequence: u32,
			commitments: BoundedVec<NonceCommitment, T::MaxNonceCommitments>,
		},
		/// Signer `member` posted a signature share for `request` in
		/// `attempt`; the chain verified it. (The last share of an attempt
		/// is recorded as [`Event::SignatureFulfilled`] instead.)
		SignatureSharePosted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			request: RequestId,
			attempt: u32,
			member: MemberIndex,
			share: [u8; 32],
		},
		/// Signing attempt `attempt` of `request` ended without a signature:
		/// `culprits` sent a share that does not verify, or had not answered
		/// by the deadline. Their commitments were dropped; `next` is the new
		/// attempt (no signers: it waits for commitments until its deadline).
		SigningAttemptEnded {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			request: RequestId,
			attempt: u32,
			fault: SigningFault,
			culprits: MemberListOf<T>,
			next: SigningSession<T>,
		},
		/// A share refresh of threshold key `key` started as ceremony
		/// `ceremony`; it creates share epoch `epoch`. `committee` is the
		/// key's committee with each member's key-agreement key as of now.
		ShareRefreshStarted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			ceremony: CeremonyId,
			epoch: u32,
			committee: BoundedVec<CommitteeMember, T::MaxCommitteeSize>,
			deadline: BlockNumberFor<T>,
		},
		/// The repair of member `lost`'s share of threshold key `key` by
		/// `helpers` started as ceremony `ceremony`.
		ShareRepairStarted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			ceremony: CeremonyId,
			lost: MemberIndex,
			helpers: MemberListOf<T>,
			committee: BoundedVec<CommitteeMember, T::MaxCommitteeSize>,
			deadline: BlockNumberFor<T>,
		},
		/// The committee of threshold key `key` refreshed its shares: the
		/// group key is unchanged, the shares are at epoch `epoch` and
		/// `verifying_shares` (member 1 first) check them from now on. Shares
		/// of earlier epochs no longer combine. The key's next rotation
		/// (refresh) falls due at `rotation_due_at`, if scheduled.
		SharesRefreshed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			ceremony: CeremonyId,
			epoch: u32,
			verifying_shares: BoundedVec<[u8; 32], T::MaxCommitteeSize>,
			rotation_due_at: Option<BlockNumberFor<T>>,
		},
		/// Member `member` of threshold key `key` proved that it holds its
		/// share of epoch `epoch` again, rebuilt by `helpers` (ceremony
		/// `ceremony`). Its verifying share is unchanged.
		ShareRepaired {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			ceremony: CeremonyId,
			member: MemberIndex,
			helpers: MemberListOf<T>,
			epoch: u32,
		},
		/// `subject` of `key` has an encrypted backup, recorded as `backup`
		/// (digest, holders, threshold, copies, drill schedule). Replaces any
		/// earlier record of the subject.
		BackupRecorded {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			subject: BackupSubject,
			backup: BackupRecord<T>,
		},
		/// The backup of `subject` of `key` with `digest` was retired: the
		/// subject has no backup any more.
		BackupRetired {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			subject: BackupSubject,
			digest: [u8; 32],
		},
		/// A recovery drill of the backup of `subject` of `key` fell due at
		/// `due_at`: restore it and pass a drill.
		DrillDue {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			subject: BackupSubject,
			version: VersionNumber,
			due_at: BlockNumberFor<T>,
		},
		/// A recovery drill started: the key restored from the backup of
		/// `subject` (`version`, share `epoch`) must sign `challenge`
		/// ([`signature::drill_payload`]) before `expires_at`.
		DrillStarted {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			subject: BackupSubject,
			version: VersionNumber,
			epoch: u32,
			challenge: [u8; 32],
			expires_at: BlockNumberFor<T>,
		},
		/// `actor` restored the backup of `subject` of `key` and the restored
		/// key signed `challenge`: the drill passed. The next falls due at
		/// `next_due`, if scheduled.
		DrillPassed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			subject: BackupSubject,
			version: VersionNumber,
			epoch: u32,
			challenge: [u8; 32],
			next_due: Option<BlockNumberFor<T>>,
		},
		/// A key's velocity policy changed from `old_policy` to `policy`
		/// (`None`: not watched); its activity starts afresh.
		VelocityPolicySet {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			old_policy: Option<VelocityPolicyOf<T>>,
			policy: Option<VelocityPolicyOf<T>>,
		},
		/// A watched key refused `actor`'s signature request for `reason`;
		/// `refusals` attempts were refused in the current window. Recorded
		/// instead of returned as an error, so that the refusal counts.
		SignatureRefused {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			reason: RefusalReason,
			refusals: u32,
		},
		/// `actor`'s signature request breached velocity rules of the key in
		/// the window starting at `window_start`: each breach names the rule,
		/// the observed figure and the limit. `frozen`: this entry froze the
		/// key. `outcome`: the request was accepted (with everything a
		/// `SignatureRequested` entry records) or refused.
		AnomalyDetected {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: KeyId,
			window_start: BlockNumberFor<T>,
			breaches: Breaches,
			frozen: bool,
			outcome: AttemptOutcome<T>,
		},
		/// The approval policy of the domain (`key` = `None`) or of `key`
		/// changed from `old_policy` to `policy`.
		ApprovalPolicySet {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			key: Option<KeyId>,
			old_policy: Option<ApprovalPolicyOf<T>>,
			policy: Option<ApprovalPolicyOf<T>>,
		},
		/// `actor` proposed `operation` as `proposal`: it runs once
		/// `threshold` other holders of `approvers` approve, before
		/// `expires_at`; `deposit` is held from the proposer.
		OperationProposed {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			proposal: ProposalId,
			operation: Operation<T>,
			approvers: Role,
			threshold: u32,
			expires_at: BlockNumberFor<T>,
			deposit: BalanceOf<T>,
		},
		/// `actor` approved `proposal`: `approvals` of `threshold` so far.
		ProposalApproved {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			proposal: ProposalId,
			approvals: u32,
			threshold: u32,
		},
		/// `proposal` was withdrawn; its deposit was released.
		ProposalCancelled {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			proposal: ProposalId,
		},
		/// `proposal` expired with `approvals` approvals; its deposit was
		/// released and nothing ran.
		ProposalExpired {
			domain: DomainId,
			seq: AuditSeq,
			actor: ActorOf<T>,
			proposal: ProposalId,
			approvals: u32,
		},
	}
}
