//! Storage migrations, one module per storage version.
//!
//! Add the version's migration to the runtime's `Executive` (the `keyreg`
//! runtime does); [`frame_support::migrations::VersionedMigration`] runs it
//! once, only on a chain at the version it migrates from.

use crate::*;

/// Storage version 2: share refresh and repair.
///
/// - [`Ceremony`] gains its [`CeremonyKind`] (first field): every ceremony
///   of version 1 is a key generation.
/// - [`SigningSession`] gains the share `epoch` it was opened in: every
///   session of version 1 is at epoch 0 (no refresh existed).
pub mod v2 {
	use super::*;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

	/// A ceremony as version 1 stored it.
	#[derive(Encode, Decode)]
	pub struct CeremonyV1<T: Config> {
		domain: DomainId,
		name: NameOf<T>,
		purpose: KeyPurpose,
		policy: KeyPolicyOf<T>,
		metadata: MetadataOf<T>,
		threshold: u16,
		committee: CommitteeOf<T>,
		started_by: ActorOf<T>,
		attempt: u32,
		phase: CeremonyPhase,
		deadline: BlockNumberFor<T>,
		posted: u64,
		group_key: Option<[u8; 32]>,
		verifying_shares: VerifyingSharesOf<T>,
		transcript: Option<[u8; 32]>,
	}

	/// A signing session as version 1 stored it.
	#[derive(Encode, Decode)]
	pub struct SigningSessionV1<T: Config> {
		attempt: u32,
		version: VersionNumber,
		signers: BoundedVec<(MemberIndex, NonceCommitment), T::MaxCommitteeSize>,
		shares: BoundedVec<(MemberIndex, [u8; 32]), T::MaxCommitteeSize>,
		deadline: BlockNumberFor<T>,
	}

	/// The migration without its version check; use [`MigrateV1ToV2`].
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut entries: u64 = 0;
			// Both maps are bounded by the registry's limits (ceremonies per
			// domain, pending requests); a migration is where they are read
			// whole, once.
			Ceremonies::<T>::translate::<CeremonyV1<T>, _>(|_, old| {
				entries = entries.saturating_add(1);
				Some(Ceremony {
					kind: CeremonyKind::Generate,
					domain: old.domain,
					name: old.name,
					purpose: old.purpose,
					policy: old.policy,
					metadata: old.metadata,
					threshold: old.threshold,
					committee: old.committee,
					started_by: old.started_by,
					attempt: old.attempt,
					phase: old.phase,
					deadline: old.deadline,
					posted: old.posted,
					group_key: old.group_key,
					verifying_shares: old.verifying_shares,
					transcript: old.transcript,
				})
			});
			SigningSessions::<T>::translate::<SigningSessionV1<T>, _>(|_, old| {
				entries = entries.saturating_add(1);
				Some(SigningSession {
					attempt: old.attempt,
					version: old.version,
					epoch: 0,
					signers: old.signers,
					shares: old.shares,
					deadline: old.deadline,
				})
			});
			T::DbWeight::get().reads_writes(entries, entries)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let counts = (
				Ceremonies::<T>::iter_keys().count() as u64,
				SigningSessions::<T>::iter_keys().count() as u64,
			);
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (ceremonies, sessions) = <(u64, u64)>::decode(&mut &state[..])
				.map_err(|_| "cannot decode the pre-upgrade counts")?;
			ensure!(
				Ceremonies::<T>::iter_values().count() as u64 == ceremonies,
				"a ceremony did not decode after the migration"
			);
			ensure!(
				SigningSessions::<T>::iter_values().count() as u64 == sessions,
				"a signing session did not decode after the migration"
			);
			Ok(())
		}
	}

	/// Migrates storage version 1 to 2, once.
	pub type MigrateV1ToV2<T> = VersionedMigration<
		1,
		2,
		UncheckedMigrateV1ToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::unwrap_used)]
mod tests {
	use super::v2::*;
	use crate::{mock::*, *};
	use codec::Encode;
	use frame_support::traits::{Get, GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	#[test]
	fn version_1_ceremonies_and_sessions_become_generations_at_epoch_0() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(1).put::<KeyRegistry>();
			// A version-1 ceremony is a version-2 one without its kind.
			let ceremony = Ceremony::<Test> {
				kind: CeremonyKind::Generate,
				domain: 3,
				name: BoundedVec::truncate_from(b"old".to_vec()),
				purpose: KeyPurpose::Signing,
				policy: KeyPolicy::default(),
				metadata: BoundedVec::new(),
				threshold: 2,
				committee: BoundedVec::new(),
				started_by: Actor::System,
				attempt: 4,
				phase: CeremonyPhase::Round2,
				deadline: 9,
				posted: 0b101,
				group_key: Some([7; 32]),
				verifying_shares: BoundedVec::truncate_from(vec![[1; 32], [2; 32]]),
				transcript: None,
			};
			let v1 = ceremony.encode()[1..].to_vec();
			frame_support::storage::unhashed::put_raw(&Ceremonies::<Test>::hashed_key_for(5), &v1);
			let session = SigningSession::<Test> {
				attempt: 1,
				version: 0,
				epoch: 0,
				signers: BoundedVec::new(),
				shares: BoundedVec::truncate_from(vec![(2, [9; 32])]),
				deadline: 12,
			};
			let mut v1 = session.attempt.encode();
			v1.extend(session.version.encode());
			v1.extend(session.signers.encode());
			v1.extend(session.shares.encode());
			v1.extend(session.deadline.encode());
			frame_support::storage::unhashed::put_raw(
				&SigningSessions::<Test>::hashed_key_for((0, 1, 2)),
				&v1,
			);
			assert!(Ceremonies::<Test>::try_get(5).is_err(), "unreadable before");

			MigrateV1ToV2::<Test>::on_runtime_upgrade();

			assert_eq!(Ceremonies::<Test>::get(5), Some(ceremony));
			assert_eq!(SigningSessions::<Test>::get((0, 1, 2)), Some(session));
			assert_eq!(KeyRegistry::on_chain_storage_version(), 2);
			// Once only: a second run changes nothing.
			let weight = MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(
				weight,
				<<Test as frame_system::Config>::DbWeight as Get<
					frame_support::weights::RuntimeDbWeight,
				>>::get()
				.reads(1)
			);
		});
	}
}
