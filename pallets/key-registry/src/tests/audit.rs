//! The audit trail: one event per change, a hash chain anyone can rebuild.

use crate::{mock::*, *};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};

/// Drives a little of everything through one domain.
fn busy_domain() -> (DomainId, KeyId) {
	let domain = setup_domain();
	let (v0, v1) = (TestKey::ed25519(1), TestKey::ed25519(2));
	let id = register_with(domain, b"k", &v0, Some(policy(Some(5), 1)));
	assert_ok!(KeyRegistry::grant_role(
		signed(ALICE),
		domain,
		DAVE,
		Role::Auditor
	));
	run_to_block(6);
	rotate(domain, id, b"k", &v0, &v1);
	assert_ok!(KeyRegistry::freeze_key(signed(BOB), domain, id));
	assert_ok!(KeyRegistry::unfreeze_key(root(), domain, id));
	assert_ok!(KeyRegistry::revoke_version(
		signed(BOB),
		domain,
		id,
		0,
		RevocationReason::Superseded,
		6
	));
	(domain, id)
}

#[test]
fn the_head_is_rebuilt_from_the_events_alone() {
	build_and_execute(|| {
		let (domain, _) = busy_domain();
		let other = setup_domain();
		let head = KeyRegistry::audit_head(domain);
		// DomainCreated, RoleGranted x2, KeyRegistered, RotationDue, KeyRotated,
		// KeyFrozen, KeyUnfrozen, VersionRevoked.
		assert_eq!(head.seq, 9);
		assert_eq!(replay_audit_chain(domain), head);
		assert_eq!(replay_audit_chain(other), KeyRegistry::audit_head(other));
		assert_eq!(KeyRegistry::audit_head(other).seq, 2);
		assert_ne!(head.head, audit::GENESIS_HEAD);
	});
}

#[test]
fn the_entry_encoding_is_the_documented_one() {
	build_and_execute(|| {
		let domain = setup_domain();
		let created = registry_events().into_iter().next().unwrap();
		let encoded = created.encode();
		// Variant index 0, then the fields in declaration order.
		assert_eq!(encoded[0], 0);
		assert_eq!(&encoded[1..5], &domain.to_le_bytes());
		assert_eq!(&encoded[5..13], &1u64.to_le_bytes());
		let mut preimage = [0u8; 32].to_vec();
		preimage.extend_from_slice(&1u64.to_le_bytes());
		preimage.extend_from_slice(&encoded);
		let first = sp_io::hashing::blake2_256(&preimage);
		assert_eq!(audit::next_head(&audit::GENESIS_HEAD, 1, &encoded), first);
	});
}

#[test]
fn tampering_with_any_entry_changes_the_head() {
	build_and_execute(|| {
		let (domain, _) = busy_domain();
		let events: Vec<Event<Test>> = registry_events()
			.into_iter()
			.filter(|e| e.audit_position().0 == domain)
			.collect();
		let fold = |entries: &[Vec<u8>]| {
			entries
				.iter()
				.enumerate()
				.fold(audit::GENESIS_HEAD, |head, (i, e)| {
					audit::next_head(&head, i as u64 + 1, e)
				})
		};
		let honest: Vec<Vec<u8>> = events.iter().map(|e| e.encode()).collect();
		assert_eq!(fold(&honest), KeyRegistry::audit_head(domain).head);
		// Drop one entry.
		let mut dropped = honest.clone();
		dropped.remove(3);
		assert_ne!(fold(&dropped), KeyRegistry::audit_head(domain).head);
		// Swap two entries.
		let mut swapped = honest.clone();
		swapped.swap(1, 2);
		assert_ne!(fold(&swapped), KeyRegistry::audit_head(domain).head);
		// Alter one byte.
		let mut altered = honest;
		let last = altered[5].len() - 1;
		altered[5][last] ^= 1;
		assert_ne!(fold(&altered), KeyRegistry::audit_head(domain).head);
	});
}

#[test]
fn auditors_attest_the_current_head() {
	build_and_execute(|| {
		let (domain, _) = busy_domain();
		let head = KeyRegistry::audit_head(domain);
		assert_noop!(
			KeyRegistry::attest_audit(signed(BOB), domain, head.seq, head.head),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			KeyRegistry::attest_audit(signed(DAVE), domain, head.seq - 1, head.head),
			Error::<Test>::AuditHeadMismatch
		);
		assert_noop!(
			KeyRegistry::attest_audit(signed(DAVE), domain, head.seq, [0; 32]),
			Error::<Test>::AuditHeadMismatch
		);
		assert_noop!(
			KeyRegistry::attest_audit(signed(DAVE), 42, head.seq, head.head),
			Error::<Test>::UnknownDomain
		);
		assert_ok!(KeyRegistry::attest_audit(
			signed(DAVE),
			domain,
			head.seq,
			head.head
		));
		assert!(matches!(
			last_event(),
			Event::AuditAttested { attested_seq, actor: Actor::Account(DAVE), .. } if attested_seq == head.seq
		));
		assert_eq!(KeyRegistry::audit_head(domain).seq, head.seq + 1);
	});
}

#[test]
fn closed_domains_can_still_be_attested() {
	build_and_execute(|| {
		let domain = setup_domain();
		assert_ok!(KeyRegistry::grant_role(
			signed(ALICE),
			domain,
			DAVE,
			Role::Auditor
		));
		assert_ok!(KeyRegistry::close_domain(signed(ALICE), domain));
		let head = KeyRegistry::audit_head(domain);
		assert_ok!(KeyRegistry::attest_audit(
			signed(DAVE),
			domain,
			head.seq,
			head.head
		));
	});
}

#[test]
fn every_event_names_its_actor() {
	build_and_execute(|| {
		busy_domain();
		let actors: Vec<Actor<AccountId>> = registry_events()
			.into_iter()
			.map(|e| match e {
				Event::DomainCreated { actor, .. }
				| Event::RoleGranted { actor, .. }
				| Event::KeyRegistered { actor, .. }
				| Event::RotationDue { actor, .. }
				| Event::KeyRotated { actor, .. }
				| Event::KeyFrozen { actor, .. }
				| Event::KeyUnfrozen { actor, .. }
				| Event::VersionRevoked { actor, .. } => actor,
				other => panic!("unexpected event {other:?}"),
			})
			.collect();
		assert_eq!(
			actors,
			vec![
				Actor::Account(ALICE),
				Actor::Account(ALICE),
				Actor::Account(BOB),
				Actor::Account(ALICE),
				Actor::System,
				Actor::Account(BOB),
				Actor::Account(BOB),
				Actor::Governance,
				Actor::Account(BOB),
			]
		);
	});
}
