//! Backups and recovery drills: the chain's record that a key can be
//! restored, and the proof, on a schedule, that it was.
//!
//! A backup bundle lives off chain, in several copies; its data key is
//! split `threshold`-of-`n` among *holders*, each share sealed with HPKE to
//! a holder's X25519 key-agreement key registered in this domain
//! ([`Pallet::register_agreement_key`]). The chain never sees a bundle or a
//! share. It keeps one [`BackupRecord`] per key and [`BackupSubject`]: the
//! bundle's digest, the holders with the agreement key each share was
//! sealed to, the threshold, the number of copies and the drill schedule.
//!
//! **Drills.** An untested backup is not a backup. A drill proves that
//! whoever restored the key from its backup holds it:
//!
//! 1. [`Pallet::start_backup_drill`] issues a fresh challenge, bound to the
//!    genesis, the domain, the key, the version (and epoch), the subject and
//!    the block it was issued in, and unpredictable before that block (it
//!    hashes the parent block's hash). [`Event::DrillStarted`] carries it.
//! 2. The restored key signs [`crate::signature::drill_payload`] over it;
//!    [`Pallet::complete_backup_drill`] verifies the signature against the
//!    version on record (for a threshold member's share: against the
//!    member's verifying share, as a share repair's proof) and records
//!    [`Event::DrillPassed`] with who ran it, then schedules the next drill.
//!
//! A drill period makes drills due like rotations: [`Event::DrillDue`] is
//! announced by `on_initialize` (at most `MaxDrillsPerBlock` per block; a
//! drill scheduled into a full block is not announced but still falls due)
//! and [`Pallet::drill_overdue_since`] answers "which backups are overdue"
//! for auditors (also through the runtime API).
//! A backup of a version (or share epoch) that is no longer current is
//! *outdated*: it restores a key that no longer signs, so it cannot be
//! drilled, is never announced, and the key needs a new backup.
//!
//! | who | may |
//! |---|---|
//! | `KeyManager`, `Recovery` | record or retire a backup, start and complete drills |
//! | `Auditor` | start a drill (demand proof); only a restorer completes it |
//! | governance | all of the above |

use crate::*;
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};

/// What a backup restores.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum BackupSubject {
	/// The key's private key (its current version): software, HSM or TEE
	/// custody.
	#[codec(index = 0)]
	Key,
	/// Member `0`'s share of a threshold key (each member backs up its own;
	/// no whole key exists to back up).
	#[codec(index = 1)]
	Share(u16),
}

/// A holder of one share of a backup's data key.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct BackupHolder {
	/// The holder's identity in the domain (a custodian identity).
	pub holder: PublicKey,
	/// The X25519 key-agreement key its share was sealed to, as registered
	/// when the backup was recorded.
	pub agreement: [u8; 32],
}

/// The chain's record of a key's backup (never its contents).
#[derive(
	CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct BackupRecord<T: Config> {
	/// The version the bundle restores.
	pub version: VersionNumber,
	/// For a share: the epoch of the share the bundle restores (0 otherwise).
	pub epoch: u32,
	/// BLAKE2b-256 of the bundle as written to every copy.
	pub digest: [u8; 32],
	/// The holders of the data key's shares, in share order.
	pub holders: BoundedVec<BackupHolder, T::MaxBackupHolders>,
	/// Shares needed to restore.
	pub threshold: u8,
	/// Copies of the bundle written.
	pub copies: u8,
	/// Block the backup was recorded in.
	pub recorded_at: BlockNumberFor<T>,
	/// Blocks between drills; `None`: no schedule.
	pub drill_period: Option<BlockNumberFor<T>>,
	/// Block at which the next drill is due, if scheduled.
	pub drill_due_at: Option<BlockNumberFor<T>>,
	/// Block of the last passed drill.
	pub last_drill: Option<BlockNumberFor<T>>,
}

/// An open drill: the challenge the restored key must sign.
#[derive(
	CloneNoBound, Encode, Decode, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct DrillChallenge<T: Config> {
	/// The fresh challenge.
	pub challenge: [u8; 32],
	/// Block it was issued in.
	pub issued_at: BlockNumberFor<T>,
	/// First block at which it is no longer accepted.
	pub expires_at: BlockNumberFor<T>,
}

/// The roles that record, retire and complete drills of backups.
pub const RESTORER_ROLES: &[Role] = &[Role::KeyManager, Role::Recovery];
/// The roles that may demand a drill.
pub const DRILL_ROLES: &[Role] = &[Role::KeyManager, Role::Recovery, Role::Auditor];

impl<T: Config> Pallet<T> {
	/// The version and epoch `subject` of `key` is at now, checking that
	/// the subject exists for the key's custody and the key is not revoked.
	fn backup_target(
		domain: DomainId,
		key: KeyId,
		key_record: &KeyRecordOf<T>,
		subject: BackupSubject,
	) -> Result<(VersionNumber, u32), DispatchError> {
		ensure!(
			key_record.status != KeyStatus::Revoked,
			Error::<T>::KeyRevoked
		);
		let threshold = ThresholdKeys::<T>::get(domain, key);
		match (subject, threshold) {
			(BackupSubject::Key, None) => Ok((key_record.current_version, 0)),
			(BackupSubject::Share(member), Some(threshold_key)) => {
				let index = usize::from(member)
					.checked_sub(1)
					.ok_or(Error::<T>::InvalidBackupSubject)?;
				ensure!(
					index < threshold_key.verifying_shares.len(),
					Error::<T>::InvalidBackupSubject
				);
				Ok((key_record.current_version, threshold_key.epoch))
			}
			_ => Err(Error::<T>::InvalidBackupSubject.into()),
		}
	}

	/// Records a backup; see [`Pallet::record_backup`].
	#[allow(clippy::too_many_arguments)]
	pub fn do_record_backup(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		subject: BackupSubject,
		digest: [u8; 32],
		holders: Vec<PublicKey>,
		threshold: u8,
		copies: u8,
		drill_period: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		let (version, epoch) = Self::backup_target(domain, key, &key_record, subject)?;
		ensure!(digest != [0u8; 32], Error::<T>::InvalidBackupDigest);
		ensure!(
			!holders.is_empty() && holders.len() <= T::MaxBackupHolders::get() as usize,
			Error::<T>::InvalidBackupHolders
		);
		ensure!(
			threshold >= 1 && usize::from(threshold) <= holders.len(),
			Error::<T>::InvalidBackupThreshold
		);
		ensure!(copies >= 1, Error::<T>::InvalidBackupCopies);
		if let Some(period) = drill_period {
			ensure!(!period.is_zero(), Error::<T>::InvalidDrillPeriod);
		}
		let mut sealed_to = Vec::with_capacity(holders.len());
		for (i, holder) in holders.iter().enumerate() {
			ensure!(
				!holders.iter().take(i).any(|other| other == holder),
				Error::<T>::InvalidBackupHolders
			);
			let agreement =
				AgreementKeys::<T>::get(domain, holder).ok_or(Error::<T>::NoAgreementKey)?;
			sealed_to.push(BackupHolder {
				holder: *holder,
				agreement,
			});
		}
		let holders = BoundedVec::truncate_from(sealed_to);
		let now = frame_system::Pallet::<T>::block_number();
		// A new backup replaces the old one and its schedule.
		if let Some(previous) = Backups::<T>::get((domain, key, subject)) {
			Self::unschedule_drill(domain, key, subject, previous.drill_due_at, now);
		}
		let drill_due_at = match drill_period {
			Some(period) => Some(Self::schedule_drill(domain, key, subject, now, period)?),
			None => None,
		};
		let backup = BackupRecord::<T> {
			version,
			epoch,
			digest,
			holders,
			threshold,
			copies,
			recorded_at: now,
			drill_period,
			drill_due_at,
			last_drill: None,
		};
		Backups::<T>::insert((domain, key, subject), backup.clone());
		DrillChallenges::<T>::remove((domain, key, subject));
		Self::record(domain, record, |seq| Event::BackupRecorded {
			domain,
			seq,
			actor,
			key,
			subject,
			backup,
		})
	}

	/// Retires a backup; see [`Pallet::retire_backup`].
	pub fn do_retire_backup(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		subject: BackupSubject,
	) -> DispatchResult {
		let backup = Backups::<T>::take((domain, key, subject)).ok_or(Error::<T>::NoBackup)?;
		let now = frame_system::Pallet::<T>::block_number();
		Self::unschedule_drill(domain, key, subject, backup.drill_due_at, now);
		DrillChallenges::<T>::remove((domain, key, subject));
		Self::record(domain, record, |seq| Event::BackupRetired {
			domain,
			seq,
			actor,
			key,
			subject,
			digest: backup.digest,
		})
	}

	/// The backup of `subject` of `key` if it restores what is current now.
	fn current_backup(
		domain: DomainId,
		key: KeyId,
		subject: BackupSubject,
	) -> Result<(KeyRecordOf<T>, BackupRecord<T>), DispatchError> {
		let key_record = Keys::<T>::get(domain, key).ok_or(Error::<T>::UnknownKey)?;
		let backup = Backups::<T>::get((domain, key, subject)).ok_or(Error::<T>::NoBackup)?;
		let now_at = Self::backup_target(domain, key, &key_record, subject)?;
		ensure!(
			(backup.version, backup.epoch) == now_at,
			Error::<T>::BackupOutdated
		);
		Ok((key_record, backup))
	}

	/// Issues a drill challenge; see [`Pallet::start_backup_drill`].
	pub fn do_start_backup_drill(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		subject: BackupSubject,
	) -> DispatchResult {
		let (_, backup) = Self::current_backup(domain, key, subject)?;
		let now = frame_system::Pallet::<T>::block_number();
		let challenge = sp_io::hashing::blake2_256(
			&(
				signature::DRILL_TAG,
				Self::genesis_hash(),
				domain,
				key,
				subject,
				backup.version,
				backup.epoch,
				now,
				frame_system::Pallet::<T>::parent_hash(),
				record.audit.seq,
			)
				.encode(),
		);
		let expires_at = now
			.checked_add(&T::DrillChallengeTtl::get())
			.ok_or(Error::<T>::Overflow)?;
		let open = DrillChallenge::<T> {
			challenge,
			issued_at: now,
			expires_at,
		};
		DrillChallenges::<T>::insert((domain, key, subject), open);
		Self::record(domain, record, |seq| Event::DrillStarted {
			domain,
			seq,
			actor,
			key,
			subject,
			version: backup.version,
			epoch: backup.epoch,
			challenge,
			expires_at,
		})
	}

	/// Checks a drill's signature; see [`Pallet::complete_backup_drill`].
	/// Returns the backup and the challenge it answers.
	pub(crate) fn check_drill(
		domain: DomainId,
		key: KeyId,
		subject: BackupSubject,
		proof: &KeySignature,
	) -> Result<(BackupRecord<T>, DrillChallenge<T>), DispatchError> {
		let (_, backup) = Self::current_backup(domain, key, subject)?;
		let open = DrillChallenges::<T>::get((domain, key, subject))
			.ok_or(Error::<T>::NoDrillChallenge)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < open.expires_at, Error::<T>::DrillChallengeExpired);
		let payload = signature::drill_payload(
			&Self::genesis_hash(),
			domain,
			key,
			subject,
			backup.version,
			backup.epoch,
			open.issued_at,
			&open.challenge,
		);
		let signer = match subject {
			BackupSubject::Key => {
				Versions::<T>::get((domain, key, backup.version))
					.ok_or(Error::<T>::UnknownVersion)?
					.public
			}
			BackupSubject::Share(member) => {
				let threshold_key =
					ThresholdKeys::<T>::get(domain, key).ok_or(Error::<T>::InvalidBackupSubject)?;
				let share = usize::from(member)
					.checked_sub(1)
					.and_then(|i| threshold_key.verifying_shares.get(i))
					.ok_or(Error::<T>::InvalidBackupSubject)?;
				PublicKey::Ed25519(*share)
			}
		};
		ensure!(
			signature::verify_signature(&signer, &payload, proof),
			Error::<T>::InvalidDrillSignature
		);
		Ok((backup, open))
	}

	/// Records a passed drill; see [`Pallet::complete_backup_drill`].
	pub fn do_complete_backup_drill(
		actor: ActorOf<T>,
		domain: DomainId,
		record: DomainOf<T>,
		key: KeyId,
		subject: BackupSubject,
		proof: KeySignature,
	) -> DispatchResult {
		let (mut backup, open) = Self::check_drill(domain, key, subject, &proof)?;
		let now = frame_system::Pallet::<T>::block_number();
		Self::unschedule_drill(domain, key, subject, backup.drill_due_at, now);
		backup.drill_due_at = match backup.drill_period {
			Some(period) => Some(Self::schedule_drill(domain, key, subject, now, period)?),
			None => None,
		};
		backup.last_drill = Some(now);
		let next_due = backup.drill_due_at;
		Backups::<T>::insert((domain, key, subject), backup.clone());
		DrillChallenges::<T>::remove((domain, key, subject));
		Self::record(domain, record, |seq| Event::DrillPassed {
			domain,
			seq,
			actor,
			key,
			subject,
			version: backup.version,
			epoch: backup.epoch,
			challenge: open.challenge,
			next_due,
		})
	}

	/// Schedules the drill of `subject` `period` blocks after `now` and
	/// queues its announcement there. The schedule (`drill_due_at`) is what
	/// counts: when that block's queue is already full the announcement is
	/// skipped, and the drill still falls due
	/// ([`Pallet::drill_overdue_since`]). So nobody can block another
	/// domain's backups or drills by filling a block's queue.
	fn schedule_drill(
		domain: DomainId,
		key: KeyId,
		subject: BackupSubject,
		now: BlockNumberFor<T>,
		period: BlockNumberFor<T>,
	) -> Result<BlockNumberFor<T>, DispatchError> {
		let at = now.checked_add(&period).ok_or(Error::<T>::Overflow)?;
		DrillQueue::<T>::mutate(at, |queue| {
			let _ = queue.try_push((domain, key, subject));
		});
		Ok(at)
	}

	/// Takes a drill out of its queue if its due block is still to come.
	fn unschedule_drill(
		domain: DomainId,
		key: KeyId,
		subject: BackupSubject,
		due_at: Option<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) {
		let Some(at) = due_at else { return };
		if at <= now {
			return;
		}
		DrillQueue::<T>::mutate_exists(at, |queue| {
			if let Some(q) = queue {
				q.retain(|entry| *entry != (domain, key, subject));
				if q.is_empty() {
					*queue = None;
				}
			}
		});
	}

	/// Announces that a drill fell due at `now` (one audit entry), if the
	/// backup is still current and still due then.
	pub(crate) fn announce_drill_due(
		domain: DomainId,
		key: KeyId,
		subject: BackupSubject,
		now: BlockNumberFor<T>,
	) {
		let Ok((_, backup)) = Self::current_backup(domain, key, subject) else {
			return;
		};
		if backup.drill_due_at != Some(now) {
			return;
		}
		let Some(record) = Domains::<T>::get(domain) else {
			return;
		};
		// As for rotations: were the sequence number to overflow, the
		// announcement is skipped and the drill is still overdue.
		let _ = Self::record(domain, record, |seq| Event::DrillDue {
			domain,
			seq,
			actor: ActorOf::<T>::System,
			key,
			subject,
			version: backup.version,
			due_at: now,
		});
	}

	/// The block at which the drill of `subject`'s backup fell due, if it is
	/// overdue: due at or before now and not passed since, of a backup that
	/// restores what is current.
	pub fn drill_overdue_since(
		domain: DomainId,
		key: KeyId,
		subject: BackupSubject,
	) -> Option<BlockNumberFor<T>> {
		// `current_backup` already refuses a revoked key and an outdated backup.
		let (_, backup) = Self::current_backup(domain, key, subject).ok()?;
		let due = backup.drill_due_at?;
		(due <= frame_system::Pallet::<T>::block_number()).then_some(due)
	}
}
