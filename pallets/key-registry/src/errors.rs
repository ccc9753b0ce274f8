//! The pallet's errors, one per distinct cause. Imported into the pallet
//! module by `#[import_section]`.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod errors {
	/// Errors, one per distinct cause.
	#[pallet::error]
	pub enum Error<T> {
		/// No domain with that id.
		UnknownDomain,
		/// The domain is closed: nothing in it changes any more.
		DomainClosed,
		/// The caller holds none of the roles the call needs in this domain.
		MissingRole,
		/// Only the domain owner may do this.
		NotOwner,
		/// Only the account the domain was offered to may accept it.
		NotPendingOwner,
		/// The domain is already owned by that account.
		AlreadyOwner,
		/// The domain still has keys that are not revoked.
		DomainHasLiveKeys,
		/// All domain ids are used up.
		DomainIdsExhausted,
		/// A name must not be empty.
		NameEmpty,
		/// The name is longer than `MaxNameLen`.
		NameTooLong,
		/// The metadata is longer than `MaxMetadataLen`.
		MetadataTooLong,
		/// The domain already has (or had) a key of that name.
		KeyNameTaken,
		/// The domain has registered `MaxKeysPerDomain` keys.
		TooManyKeys,
		/// The key has `MaxVersionsPerKey` versions.
		TooManyVersions,
		/// The domain has `MaxMembersPerDomain` accounts with roles.
		TooManyMembers,
		/// The account already holds that role.
		RoleAlreadyGranted,
		/// The account does not hold that role.
		RoleNotHeld,
		/// The last administrator of a domain cannot lose `Admin`.
		LastAdmin,
		/// No key with that id in the domain.
		UnknownKey,
		/// The key has no such version.
		UnknownVersion,
		/// The public key is not a valid point of its scheme.
		InvalidPublicKey,
		/// The public key is already registered (possibly elsewhere).
		PublicKeyInUse,
		/// The signature's scheme differs from the public key's scheme.
		SignatureSchemeMismatch,
		/// A rotation must keep the key's scheme.
		SchemeChangeNotAllowed,
		/// The proof of possession does not verify.
		InvalidProofOfPossession,
		/// The outgoing version is not revoked as compromised, so it must sign a
		/// rotation certificate.
		MissingRotationCertificate,
		/// The rotation certificate does not verify against the outgoing version.
		InvalidRotationCertificate,
		/// The key is revoked: nothing about it changes any more.
		KeyRevoked,
		/// The version or key is already revoked.
		AlreadyRevoked,
		/// `effective_from` lies beyond the next block: a revocation takes
		/// effect at once, from the next block at the latest.
		EffectiveFromInFuture,
		/// `effective_from` lies before the version (or key) became active.
		EffectiveFromBeforeActivation,
		/// The key is already frozen.
		AlreadyFrozen,
		/// The key is not frozen.
		NotFrozen,
		/// The owner cannot afford the deposit.
		InsufficientDeposit,
		/// The rotation period is shorter than `MinRotationPeriod`.
		RotationPeriodTooShort,
		/// The grace period is longer than `MaxGracePeriod`.
		GracePeriodTooLong,
		/// A usage limit needs a window of at least one block.
		UsageWindowZero,
		/// A usage limit must allow at least one use.
		UsageLimitZero,
		/// A threshold must be at least two and at most the committee size.
		InvalidThreshold,
		/// A committee needs at least two members.
		CommitteeTooSmall,
		/// A committee has more than `MaxCommitteeSize` members.
		CommitteeTooLarge,
		/// A committee lists a custodian (or a key-agreement key) twice.
		DuplicateCommitteeMember,
		/// Threshold custody is FROST(Ed25519): the key must be Ed25519.
		ThresholdRequiresEd25519,
		/// The rotation queue of the block the rotation would fall due in is
		/// full (`MaxRotationsPerBlock`); retry in a later block (the due block
		/// moves with it). A rotation away from a revoked version never fails
		/// for this.
		RotationQueueFull,
		/// The attested audit head is not the domain's head.
		AuditHeadMismatch,
		/// A counter or a block number would overflow.
		Overflow,
		/// A signature request needs a non-empty payload.
		PayloadEmpty,
		/// The payload is longer than `MaxPayloadLen`.
		PayloadTooLong,
		/// The key is frozen: it neither signs nor rotates automatically.
		KeyFrozen,
		/// The key's current version is revoked; it awaits a recovery rotation.
		KeySuspended,
		/// The key made `max_uses` signatures in its current usage window.
		UsageLimitReached,
		/// This block already holds `MaxRequestsPerBlock` signature requests.
		TooManyRequests,
		/// No pending signature request with that id for that key (never made,
		/// already fulfilled, or expired).
		UnknownRequest,
		/// The request's time-to-live has passed.
		RequestExpired,
		/// The signature does not verify against the key's current version.
		InvalidSignature,
		/// The key's rotation is not due: the custodian may only rotate an
		/// overdue key.
		RotationNotDue,
		/// HSM and TEE custody need a named custodian.
		CustodianRequired,
		/// The custodian is not a valid public key of its scheme (or one was
		/// named for a threshold key, whose committee members are its custodians).
		InvalidCustodian,
		/// The key already has that custodian.
		CustodianUnchanged,
		/// The key names no custodian, so no custodian transaction is accepted
		/// for it.
		NoCustodian,
		/// The custodian proof does not verify against the key's named
		/// custodian: a copy of the key alone cannot act as its custodian.
		InvalidCustodianProof,
		/// The domain made `MaxRequestsPerDomainPerBlock` signature requests in
		/// this block; try again in the next.
		DomainRequestLimit,
		/// Threshold keys come only from their committee's key generation
		/// (`start_key_generation`), never from a dealer.
		ThresholdKeyNeedsCeremony,
		/// A threshold of half the committee or less needs the policy's
		/// `allow_minority_threshold`.
		MinorityThreshold,
		/// A committee member has no key-agreement key in this domain
		/// (`register_agreement_key` first).
		NoAgreementKey,
		/// A key-agreement key of all zeros.
		InvalidAgreementKey,
		/// The custodian's signature binding the key-agreement key does not verify.
		InvalidAgreementProof,
		/// The custodian already has that key-agreement key.
		AgreementKeyUnchanged,
		/// The custodian sits on a committee whose ceremony has not ended; its
		/// key-agreement key cannot change until then.
		CustodianInCeremony,
		/// The domain has `MaxCustodiansPerDomain` key-agreement keys.
		TooManyCustodians,
		/// The domain runs `MaxCeremoniesPerDomain` ceremonies already.
		TooManyCeremonies,
		/// No such ceremony (never started, completed, or cancelled).
		UnknownCeremony,
		/// The ceremony takes no messages now (it failed; restart it).
		CeremonyNotRunning,
		/// The ceremony has neither failed nor passed its phase deadline.
		CeremonyInProgress,
		/// Not a member of the committee, or not expected in this phase (only
		/// members `1..=threshold` sign the possession proof).
		NotACommitteeMember,
		/// This member already posted its message of this phase.
		AlreadyPosted,
		/// The message is longer than `MaxCeremonyMessageLen`.
		CeremonyMessageTooLong,
		/// Threshold committees seat only Ed25519 custodian keys: a member's
		/// share vault is sealed under a key derived from a deterministic
		/// Ed25519 signature by its custodian key.
		CommitteeMemberNotEd25519,
		/// The call needs a threshold key (`Custody::Threshold`).
		NotAThresholdKey,
		/// The nonce batch's sequence number is not the member's next one
		/// (an old batch replayed, or one already published).
		NonceSequenceMismatch,
		/// A nonce batch that is empty, repeats a point, or holds a point
		/// that is not a valid commitment.
		InvalidNonceCommitment,
		/// More commitments than `MaxNonceCommitments` in one batch.
		TooManyNonceCommitments,
		/// Fewer than `threshold` committee members have nonce commitments
		/// on chain: the committee cannot sign now; try again once they
		/// have published.
		CommitteeNotReady,
		/// The share names another signing attempt than the session's
		/// current one.
		SigningAttemptMismatch,
		/// The member was not chosen to sign in this attempt.
		NotASigner,
		/// A refresh or repair of this key is already running: wait for it,
		/// or cancel it.
		KeyMaintenanceInProgress,
		/// A repair needs exactly `threshold` distinct helpers, all committee
		/// members other than the member being repaired, which must itself
		/// be a member.
		InvalidRepairHelpers,
		/// A threshold key's group key never changes: it rotates by
		/// refreshing its shares (`start_share_refresh`), not by `rotate_key`.
		ThresholdKeyRotatesByRefresh,
		/// The key's shares moved to a new epoch since this signing attempt
		/// opened: the share cannot combine with the new epoch's; the attempt
		/// ends at its deadline and the next one is signed at the new epoch.
		SigningEpochEnded,
		/// The backup subject does not fit the key: `Key` names a key with
		/// one private key (not a threshold key), `Share(m)` a member `m`
		/// (from 1) of a threshold key's committee.
		InvalidBackupSubject,
		/// A backup digest of all zeroes: give the bundle's BLAKE2b-256.
		InvalidBackupDigest,
		/// A backup needs between 1 and `MaxBackupHolders` distinct holders.
		InvalidBackupHolders,
		/// A backup's threshold is between 1 and its number of holders.
		InvalidBackupThreshold,
		/// A backup has at least one copy.
		InvalidBackupCopies,
		/// A drill period is at least one block (or `None`: no schedule).
		InvalidDrillPeriod,
		/// This key (subject) has no backup on record.
		NoBackup,
		/// The backup restores a version or share epoch that is no longer
		/// current (the key rotated, or its shares were refreshed): record a
		/// new backup first.
		BackupOutdated,
		/// No drill is open for this backup: start one first.
		NoDrillChallenge,
		/// The drill's challenge expired: start a new drill.
		DrillChallengeExpired,
		/// The drill's signature was not made by the backed-up key over the
		/// open challenge: the restore did not yield the key on record.
		InvalidDrillSignature,
		/// A velocity policy needs a window of at least one block, a baseline
		/// factor of at least 100 % with non-zero smoothing, `max_requesters`
		/// below `MaxTrackedRequesters`, and only known rules in `freeze_on`.
		InvalidVelocityPolicy,
		/// An approval policy needs a threshold from 1 to `MaxApprovals`, at
		/// least one known operation kind, and a TTL of at least one block.
		InvalidApprovalPolicy,
		/// An approval policy guards this operation: `propose` it instead.
		ApprovalRequired,
		/// No approval policy guards this operation: call it directly.
		NotGuarded,
		/// No open proposal with that id in this domain.
		UnknownProposal,
		/// The proposal's time ran out: expire it and propose again.
		ProposalExpired,
		/// The proposal is still open.
		ProposalNotExpired,
		/// The proposer's approval does not count: another approver must approve.
		ProposerCannotApprove,
		/// This account approved already, or the proposal has all the
		/// approvals it needs.
		AlreadyApproved,
		/// The proposal has fewer approvals than its threshold.
		NotEnoughApprovals,
		/// The proposer no longer holds the role the operation needs.
		ProposerLacksRole,
		/// The domain has `MaxProposalsPerDomain` open proposals.
		TooManyProposals,
		/// The key's retired-keys policy already is that.
		RetiredKeysUnchanged,
		/// The version is not due for destruction: it is the current version,
		/// its grace period is not over, or the key's policy keeps retired keys.
		DestructionNotDue,
		/// The version's destruction is recorded already.
		AlreadyDestroyed,
	}
}
