//! Backups and recovery drills: the record of a backup, its holders and
//! schedule, and drills passed only by a signature of the backed-up key over
//! a fresh challenge.

use super::ceremonies::{committee_domain, members, Member};
use super::threshold_signing::threshold_key;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use rand_core::OsRng;

const DIGEST: [u8; 32] = [7; 32];

/// Three holders with key-agreement keys in a fresh domain (BOB manages
/// keys, CHARLIE audits, DAVE recovers).
fn holders_domain() -> (DomainId, Vec<Member>) {
	let holders = members(3);
	let domain = committee_domain(&holders);
	assert_ok!(KeyRegistry::grant_role(
		signed(ALICE),
		domain,
		CHARLIE,
		Role::Auditor
	));
	assert_ok!(KeyRegistry::grant_role(
		signed(ALICE),
		domain,
		DAVE,
		Role::Recovery
	));
	(domain, holders)
}

fn identities(holders: &[Member]) -> Vec<PublicKey> {
	holders.iter().map(Member::public).collect()
}

/// BOB records a 2-of-3 backup of `subject` in 3 copies, drills every `period`.
fn record(
	domain: DomainId,
	key: KeyId,
	subject: BackupSubject,
	holders: &[Member],
	period: Option<u64>,
) -> frame_support::dispatch::DispatchResult {
	KeyRegistry::record_backup(
		signed(BOB),
		domain,
		key,
		subject,
		DIGEST,
		identities(holders),
		2,
		3,
		period,
	)
}

/// The payload the restored key signs for the open drill of `subject`.
fn drill_payload(domain: DomainId, key: KeyId, subject: BackupSubject) -> Vec<u8> {
	let backup = Backups::<Test>::get((domain, key, subject)).unwrap();
	let open = DrillChallenges::<Test>::get((domain, key, subject)).unwrap();
	signature::drill_payload(
		&KeyRegistry::genesis_hash(),
		domain,
		key,
		subject,
		backup.version,
		backup.epoch,
		open.issued_at,
		&open.challenge,
	)
}

#[test]
fn a_backup_is_recorded_with_the_agreement_key_of_each_holder_and_replaced_by_the_next() {
	build_and_execute(|| {
		let (domain, holders) = holders_domain();
		let key = TestKey::ed25519(1);
		let id = register(domain, b"payments", &key);
		System::set_block_number(3);
		assert_ok!(record(domain, id, BackupSubject::Key, &holders, Some(10)));

		let stored = Backups::<Test>::get((domain, id, BackupSubject::Key)).unwrap();
		assert_eq!(stored.version, 0);
		assert_eq!(stored.digest, DIGEST);
		assert_eq!((stored.threshold, stored.copies), (2, 3));
		assert_eq!(stored.drill_due_at, Some(13));
		for (holder, member) in stored.holders.iter().zip(&holders) {
			assert_eq!(holder.holder, member.public());
			assert_eq!(
				holder.agreement,
				member.agreement.public().0,
				"the agreement key the share was sealed to"
			);
		}
		assert_eq!(
			DrillQueue::<Test>::get(13).to_vec(),
			vec![(domain, id, BackupSubject::Key)]
		);
		// The entry carries the record it creates.
		match last_event() {
			Event::BackupRecorded {
				key,
				subject,
				backup,
				actor,
				..
			} => {
				assert_eq!((key, subject), (id, BackupSubject::Key));
				assert_eq!(backup, stored);
				assert_eq!(actor, Actor::Account(BOB));
			}
			other => panic!("{other:?}"),
		}

		// A new backup (by the recovery officer) replaces the record and its
		// schedule.
		System::set_block_number(5);
		assert_ok!(KeyRegistry::record_backup(
			signed(DAVE),
			domain,
			id,
			BackupSubject::Key,
			[8; 32],
			identities(&holders[..2]),
			1,
			2,
			None,
		));
		let replaced = Backups::<Test>::get((domain, id, BackupSubject::Key)).unwrap();
		assert_eq!(replaced.digest, [8; 32]);
		assert_eq!(replaced.holders.len(), 2);
		assert_eq!(replaced.drill_due_at, None);
		assert!(DrillQueue::<Test>::get(13).is_empty());
	});
}

#[test]
fn bad_backup_records_are_refused_with_a_specific_error_and_change_nothing() {
	build_and_execute(|| {
		let (domain, holders) = holders_domain();
		let id = register(domain, b"payments", &TestKey::ed25519(1));
		let ids = identities(&holders);
		let try_record = |who, subject, digest, holders: Vec<PublicKey>, t, copies, period| {
			KeyRegistry::record_backup(
				signed(who),
				domain,
				id,
				subject,
				digest,
				holders,
				t,
				copies,
				period,
			)
		};
		let key = BackupSubject::Key;
		assert_noop!(
			try_record(BOB, key, [0; 32], ids.clone(), 2, 3, None),
			Error::<Test>::InvalidBackupDigest
		);
		assert_noop!(
			try_record(BOB, key, DIGEST, vec![], 1, 3, None),
			Error::<Test>::InvalidBackupHolders
		);
		assert_noop!(
			try_record(BOB, key, DIGEST, vec![ids[0], ids[1], ids[0]], 2, 3, None),
			Error::<Test>::InvalidBackupHolders
		);
		let six: Vec<PublicKey> = members(6).iter().map(Member::public).collect();
		assert_noop!(
			try_record(BOB, key, DIGEST, six, 2, 3, None),
			Error::<Test>::InvalidBackupHolders
		);
		assert_noop!(
			try_record(BOB, key, DIGEST, ids.clone(), 0, 3, None),
			Error::<Test>::InvalidBackupThreshold
		);
		assert_noop!(
			try_record(BOB, key, DIGEST, ids.clone(), 4, 3, None),
			Error::<Test>::InvalidBackupThreshold
		);
		assert_noop!(
			try_record(BOB, key, DIGEST, ids.clone(), 2, 0, None),
			Error::<Test>::InvalidBackupCopies
		);
		assert_noop!(
			try_record(BOB, key, DIGEST, ids.clone(), 2, 3, Some(0)),
			Error::<Test>::InvalidDrillPeriod
		);
		// A holder without a registered key-agreement key: nobody could seal
		// its share.
		let stranger = TestKey::ed25519(99).public();
		assert_noop!(
			try_record(BOB, key, DIGEST, vec![ids[0], stranger], 2, 3, None),
			Error::<Test>::NoAgreementKey
		);
		// A key with one private key has no shares.
		assert_noop!(
			try_record(
				BOB,
				BackupSubject::Share(1),
				DIGEST,
				ids.clone(),
				2,
				3,
				None
			),
			Error::<Test>::InvalidBackupSubject
		);
		// Operators and auditors use or watch keys; they do not back them up.
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			DAVE + 1,
			Role::Operator
		));
		for who in [CHARLIE, DAVE + 1] {
			assert_noop!(
				try_record(who, key, DIGEST, ids.clone(), 2, 3, None),
				Error::<Test>::MissingRole
			);
		}
		assert_noop!(
			KeyRegistry::record_backup(
				signed(BOB),
				domain,
				id + 1,
				key,
				DIGEST,
				ids.clone(),
				2,
				3,
				None
			),
			Error::<Test>::UnknownKey
		);
		assert_ok!(KeyRegistry::revoke_key(
			signed(BOB),
			domain,
			id,
			RevocationReason::Ceased,
			System::block_number()
		));
		assert_noop!(
			try_record(BOB, key, DIGEST, ids, 2, 3, None),
			Error::<Test>::KeyRevoked
		);
	});
}

#[test]
fn a_drill_passes_only_with_a_signature_of_the_backed_up_key_over_a_fresh_challenge() {
	build_and_execute(|| {
		let (domain, holders) = holders_domain();
		for (i, key) in [TestKey::ed25519(1), TestKey::sr25519(2), TestKey::ecdsa(3)]
			.iter()
			.enumerate()
		{
			let id = register(domain, format!("key-{i}").as_bytes(), key);
			let subject = BackupSubject::Key;
			assert_ok!(record(domain, id, subject, &holders, Some(50)));
			// No drill open yet.
			assert_noop!(
				KeyRegistry::complete_backup_drill(
					signed(BOB),
					domain,
					id,
					subject,
					key.sign(b"anything")
				),
				Error::<Test>::NoDrillChallenge
			);
			// The auditor demands a drill; only a restorer completes it.
			assert_ok!(KeyRegistry::start_backup_drill(
				signed(CHARLIE),
				domain,
				id,
				subject
			));
			let Event::DrillStarted { challenge, .. } = last_event() else {
				panic!("a drill started")
			};
			let payload = drill_payload(domain, id, subject);
			assert_noop!(
				KeyRegistry::complete_backup_drill(
					signed(CHARLIE),
					domain,
					id,
					subject,
					key.sign(&payload)
				),
				Error::<Test>::MissingRole
			);
			// Another key's signature (a restore that yielded the wrong key),
			// or the right key over other bytes, fails the drill.
			for wrong in [TestKey::ed25519(9).sign(&payload), key.sign(&challenge)] {
				assert_noop!(
					KeyRegistry::complete_backup_drill(signed(BOB), domain, id, subject, wrong),
					Error::<Test>::InvalidDrillSignature
				);
			}
			let now = System::block_number();
			assert_ok!(KeyRegistry::complete_backup_drill(
				signed(DAVE),
				domain,
				id,
				subject,
				key.sign(&payload)
			));
			match last_event() {
				Event::DrillPassed {
					actor,
					challenge: passed,
					next_due,
					version,
					..
				} => {
					assert_eq!(actor, Actor::Account(DAVE), "who ran it");
					assert_eq!(passed, challenge);
					assert_eq!(version, 0);
					assert_eq!(next_due, Some(now + 50));
				}
				other => panic!("{other:?}"),
			}
			let stored = Backups::<Test>::get((domain, id, subject)).unwrap();
			assert_eq!(stored.last_drill, Some(now));
			// The challenge is spent: the same signature cannot pass again.
			assert_noop!(
				KeyRegistry::complete_backup_drill(
					signed(DAVE),
					domain,
					id,
					subject,
					key.sign(&payload)
				),
				Error::<Test>::NoDrillChallenge
			);
			// A signature for an earlier challenge does not answer a new one.
			System::set_block_number(now + 1);
			assert_ok!(KeyRegistry::start_backup_drill(
				signed(BOB),
				domain,
				id,
				subject
			));
			assert_noop!(
				KeyRegistry::complete_backup_drill(
					signed(DAVE),
					domain,
					id,
					subject,
					key.sign(&payload)
				),
				Error::<Test>::InvalidDrillSignature
			);
			// A challenge left open too long expires.
			let fresh = drill_payload(domain, id, subject);
			System::set_block_number(now + 1 + DRILL_CHALLENGE_TTL);
			assert_noop!(
				KeyRegistry::complete_backup_drill(
					signed(DAVE),
					domain,
					id,
					subject,
					key.sign(&fresh)
				),
				Error::<Test>::DrillChallengeExpired
			);
		}
	});
}

#[test]
fn drills_fall_due_on_schedule_and_a_rotation_outdates_the_backup() {
	build_and_execute(|| {
		let (domain, holders) = holders_domain();
		let key = TestKey::ed25519(1);
		let id = register(domain, b"payments", &key);
		let subject = BackupSubject::Key;
		run_to_block(2);
		assert_ok!(record(domain, id, subject, &holders, Some(10)));
		assert_eq!(KeyRegistry::drill_overdue_since(domain, id, subject), None);
		run_to_block(12);
		assert!(registry_events().iter().any(|e| matches!(
			e,
			Event::DrillDue { key, due_at: 12, version: 0, .. } if *key == id
		)));
		assert_eq!(
			KeyRegistry::drill_overdue_since(domain, id, subject),
			Some(12)
		);
		run_to_block(15);
		assert_eq!(
			KeyRegistry::drill_overdue_since(domain, id, subject),
			Some(12),
			"still overdue until a drill passes"
		);
		assert_ok!(KeyRegistry::start_backup_drill(
			signed(BOB),
			domain,
			id,
			subject
		));
		let payload = drill_payload(domain, id, subject);
		assert_ok!(KeyRegistry::complete_backup_drill(
			signed(BOB),
			domain,
			id,
			subject,
			key.sign(&payload)
		));
		assert_eq!(KeyRegistry::drill_overdue_since(domain, id, subject), None);
		assert_eq!(
			Backups::<Test>::get((domain, id, subject))
				.unwrap()
				.drill_due_at,
			Some(25)
		);

		// The key rotates: the backup restores a version that no longer
		// signs. It cannot be drilled and is not announced; back up again.
		let next = TestKey::ed25519(2);
		rotate(domain, id, b"payments", &key, &next);
		assert_noop!(
			KeyRegistry::start_backup_drill(signed(BOB), domain, id, subject),
			Error::<Test>::BackupOutdated
		);
		let before = registry_events().len();
		run_to_block(25);
		assert!(!registry_events()[before..]
			.iter()
			.any(|e| matches!(e, Event::DrillDue { .. })));
		assert_eq!(KeyRegistry::drill_overdue_since(domain, id, subject), None);
		assert_ok!(record(domain, id, subject, &holders, Some(10)));
		assert_eq!(
			Backups::<Test>::get((domain, id, subject)).unwrap().version,
			1
		);
		assert_ok!(KeyRegistry::start_backup_drill(
			signed(BOB),
			domain,
			id,
			subject
		));
		let payload = drill_payload(domain, id, subject);
		assert_noop!(
			KeyRegistry::complete_backup_drill(
				signed(BOB),
				domain,
				id,
				subject,
				key.sign(&payload)
			),
			Error::<Test>::InvalidDrillSignature
		);
		assert_ok!(KeyRegistry::complete_backup_drill(
			signed(BOB),
			domain,
			id,
			subject,
			next.sign(&payload)
		));
	});
}

#[test]
fn a_full_block_skips_the_announcement_not_the_drill_and_retired_backups_stop_drilling() {
	build_and_execute(|| {
		let (domain, holders) = holders_domain();
		let ids: Vec<KeyId> = (0..3)
			.map(|i| register(domain, format!("k{i}").as_bytes(), &TestKey::ed25519(i)))
			.collect();
		let start = System::block_number();
		let due = start + 10;
		// Three drills due in a block that announces two: all three are
		// recorded and fall due; the third is not announced.
		for id in &ids {
			assert_ok!(record(domain, *id, BackupSubject::Key, &holders, Some(10)));
		}
		assert_eq!(
			DrillQueue::<Test>::get(due).len(),
			MAX_DRILLS_PER_BLOCK as usize
		);
		for id in &ids {
			assert_eq!(
				Backups::<Test>::get((domain, *id, BackupSubject::Key))
					.unwrap()
					.drill_due_at,
				Some(due)
			);
		}
		run_to_block(due);
		let announced = registry_events()
			.iter()
			.filter(|e| matches!(e, Event::DrillDue { .. }))
			.count();
		assert_eq!(announced, MAX_DRILLS_PER_BLOCK as usize);
		for id in &ids {
			assert_eq!(
				KeyRegistry::drill_overdue_since(domain, *id, BackupSubject::Key),
				Some(due),
				"announced or not, every drill is overdue"
			);
		}
		// A new record schedules afresh.
		assert_ok!(record(
			domain,
			ids[2],
			BackupSubject::Key,
			&holders,
			Some(11)
		));

		assert_eq!(DrillQueue::<Test>::get(due + 11).len(), 1);

		// Retiring ends the schedule: out of its queue, no longer overdue.
		for id in [ids[2], ids[0]] {
			assert_ok!(KeyRegistry::retire_backup(
				signed(DAVE),
				domain,
				id,
				BackupSubject::Key
			));
			assert!(matches!(
				last_event(),
				Event::BackupRetired { digest: DIGEST, .. }
			));
		}
		assert!(DrillQueue::<Test>::get(due + 11).is_empty());
		assert_noop!(
			KeyRegistry::start_backup_drill(signed(BOB), domain, ids[0], BackupSubject::Key),
			Error::<Test>::NoBackup
		);
		assert_noop!(
			KeyRegistry::retire_backup(signed(DAVE), domain, ids[0], BackupSubject::Key),
			Error::<Test>::NoBackup
		);
		assert_noop!(
			KeyRegistry::retire_backup(signed(CHARLIE), domain, ids[1], BackupSubject::Key),
			Error::<Test>::MissingRole
		);
		assert_eq!(
			KeyRegistry::drill_overdue_since(domain, ids[0], BackupSubject::Key),
			None
		);
	});
}

#[test]
fn each_committee_member_backs_up_its_own_share_and_drills_with_it() {
	build_and_execute(|| {
		let mut committee = members(3);
		let (domain, key) = threshold_key(&mut committee);
		// The committee's custodians hold each other's backup shares.
		let subject = BackupSubject::Share(1);
		assert_noop!(
			record(domain, key, BackupSubject::Key, &committee, None),
			Error::<Test>::InvalidBackupSubject
		);
		for outside in [0, 4] {
			assert_noop!(
				record(domain, key, BackupSubject::Share(outside), &committee, None),
				Error::<Test>::InvalidBackupSubject
			);
		}
		assert_ok!(record(domain, key, subject, &committee, Some(100)));
		assert_ok!(KeyRegistry::start_backup_drill(
			signed(BOB),
			domain,
			key,
			subject
		));
		let payload = drill_payload(domain, key, subject);
		let share_of = |m: &Member| {
			KeySignature::Ed25519(
				m.share
					.as_ref()
					.unwrap()
					.sign_with_share(&payload, &mut OsRng)
					.unwrap(),
			)
		};
		// Member 2's share is not member 1's.
		assert_noop!(
			KeyRegistry::complete_backup_drill(
				signed(BOB),
				domain,
				key,
				subject,
				share_of(&committee[1])
			),
			Error::<Test>::InvalidDrillSignature
		);
		assert_ok!(KeyRegistry::complete_backup_drill(
			signed(BOB),
			domain,
			key,
			subject,
			share_of(&committee[0])
		));
		assert!(matches!(
			last_event(),
			Event::DrillPassed {
				subject: BackupSubject::Share(1),
				epoch: 0,
				..
			}
		));
	});
}
