//! Storage invariants, checked by `try-runtime` and after every unit test.
//! These iterate over whole maps: they run off-chain only.

use crate::{pallet::*, BalanceOf, DomainStatus, KeyLocation, KeyStatus, Role};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{
	traits::{One, Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the registry's storage.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_domains()?;
		Self::check_keys_and_versions()?;
		Self::check_public_index()?;
		Self::check_rotation_queue()?;
		Self::check_deposits()?;
		Self::check_requests()?;
		Self::check_ceremonies()?;
		Self::check_threshold_signing()?;
		Self::check_backups()?;
		Self::check_proposals()?;
		Self::check_destructions()?;
		Ok(())
	}

	/// A destruction is recorded only for a retired version (a later one
	/// exists) of a key whose policy destroys retired keys, and no earlier
	/// than its grace period ended; only `Keep` is stored as a policy.
	fn check_destructions() -> Result<(), TryRuntimeError> {
		for ((domain, key, version), at) in Destructions::<T>::iter() {
			let successor = version
				.checked_add(1)
				.and_then(|next| Versions::<T>::get((domain, key, next)))
				.ok_or("destruction of a version that is not retired")?;
			ensure!(
				Versions::<T>::contains_key((domain, key, version)),
				"destruction of an unknown version"
			);
			ensure!(
				at >= successor
					.previous_grace_until
					.unwrap_or(successor.activated_at),
				"destruction recorded before the grace period ended"
			);
		}
		for (domain, key, retired_keys) in RetiredKeyPolicies::<T>::iter() {
			ensure!(
				retired_keys == crate::RetiredKeys::Keep,
				"a stored retired-keys policy other than Keep"
			);
			ensure!(
				Keys::<T>::contains_key(domain, key),
				"retired-keys policy of an unknown key"
			);
		}
		Ok(())
	}

	/// Each domain's open-proposal count matches its proposals and its
	/// bound; approvals are distinct, never the proposer's, at most the
	/// threshold; held proposal deposits match the open proposals.
	fn check_proposals() -> Result<(), TryRuntimeError> {
		let mut open: BTreeMap<crate::DomainId, u32> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (domain, id, proposal) in Proposals::<T>::iter() {
			ensure!(
				id < NextProposalId::<T>::get(),
				"proposal id not yet allocated"
			);
			let n = open.entry(domain).or_default();
			*n = n.saturating_add(1);
			ensure!(
				!proposal.approvals.contains(&proposal.proposer),
				"a proposer approved its own proposal"
			);
			ensure!(
				proposal.approvals.len() as u32 <= proposal.threshold,
				"more approvals than the threshold"
			);
			let mut approvers = proposal.approvals.to_vec();
			approvers.sort();
			approvers.dedup();
			ensure!(
				approvers.len() == proposal.approvals.len(),
				"an approver counted twice"
			);
			let d = deposits.entry(proposal.proposer).or_insert_with(Zero::zero);
			*d = d.saturating_add(proposal.deposit);
		}
		for (domain, count) in OpenProposals::<T>::iter() {
			ensure!(
				open.remove(&domain).unwrap_or(0) == count,
				"open-proposal count disagrees with the proposals"
			);
			ensure!(
				count <= T::MaxProposalsPerDomain::get(),
				"more open proposals than MaxProposalsPerDomain"
			);
		}
		ensure!(open.is_empty(), "proposals without an open-proposal count");
		for (who, amount) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProposalDeposit.into(), &who) == amount,
				"held proposal deposits disagree with the open proposals"
			);
		}
		Ok(())
	}

	/// Every backup belongs to a key, has between `threshold` and
	/// `MaxBackupHolders` distinct holders and a copy; every queued drill is
	/// scheduled there; open challenges belong to backups.
	fn check_backups() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for ((domain, key, _), backup) in Backups::<T>::iter() {
			ensure!(
				Keys::<T>::contains_key(domain, key),
				"backup of a missing key"
			);
			let holders = backup.holders.len();
			ensure!(
				backup.threshold >= 1 && usize::from(backup.threshold) <= holders,
				"backup threshold out of range"
			);
			ensure!(backup.copies >= 1, "backup without a copy");
			for (i, holder) in backup.holders.iter().enumerate() {
				ensure!(
					!backup
						.holders
						.iter()
						.take(i)
						.any(|other| other.holder == holder.holder),
					"backup holder repeated"
				);
			}
			// A drill scheduled into a full block is not queued (not
			// announced), so only the queue → schedule direction is checked.
			if backup.drill_due_at.is_some() {
				ensure!(backup.drill_period.is_some(), "drill due without a period");
			}
		}
		// Queues of past blocks were consumed by `on_initialize`.
		for (at, queue) in DrillQueue::<T>::iter().filter(|(at, _)| *at > now) {
			for (domain, key, subject) in queue {
				let backup =
					Backups::<T>::get((domain, key, subject)).ok_or("queued drill of no backup")?;
				ensure!(
					backup.drill_due_at == Some(at),
					"queued drill not scheduled there"
				);
			}
		}
		for ((domain, key, subject), _) in DrillChallenges::<T>::iter() {
			ensure!(
				Backups::<T>::contains_key((domain, key, subject)),
				"drill challenge of no backup"
			);
		}
		Ok(())
	}

	/// Key-agreement keys are counted per domain; every ceremony belongs to a
	/// domain, is counted there, has a valid committee whose members' keys
	/// have not changed, and has messages only from members expected so
	/// far; threshold shares belong to threshold keys, one per member.
	fn check_ceremonies() -> Result<(), TryRuntimeError> {
		let mut agreement_counts: BTreeMap<crate::DomainId, u32> = BTreeMap::new();
		for (domain, _, _) in AgreementKeys::<T>::iter() {
			let count = agreement_counts.entry(domain).or_default();
			*count = count.saturating_add(1);
		}
		for (domain, count) in AgreementKeyCount::<T>::iter() {
			ensure!(
				agreement_counts.remove(&domain) == Some(count),
				"AgreementKeyCount differs from the domain's key-agreement keys"
			);
		}
		ensure!(
			agreement_counts.is_empty(),
			"key-agreement keys without a count"
		);

		let next = NextCeremonyId::<T>::get();
		let mut active: BTreeMap<crate::DomainId, u32> = BTreeMap::new();
		// Keyed by the encoded custodian: public keys have no order.
		let mut seated: BTreeMap<(crate::DomainId, alloc::vec::Vec<u8>), u32> = BTreeMap::new();
		for (id, ceremony) in Ceremonies::<T>::iter() {
			ensure!(id < next, "ceremony id at or above NextCeremonyId");
			ensure!(
				Domains::<T>::contains_key(ceremony.domain),
				"ceremony of an unknown domain"
			);
			let size = ceremony.size();
			ensure!(
				size >= 2 && ceremony.threshold >= 2 && ceremony.threshold <= size,
				"ceremony with an invalid committee"
			);
			for member in &ceremony.committee {
				ensure!(
					AgreementKeys::<T>::get(ceremony.domain, member.custodian)
						== Some(member.agreement),
					"a ceremony member's key-agreement key changed"
				);
				let count = seated
					.entry((ceremony.domain, codec::Encode::encode(&member.custodian)))
					.or_default();
				*count = count.saturating_add(1);
			}
			let count = active.entry(ceremony.domain).or_default();
			*count = count.saturating_add(1);
			ensure!(
				ceremony.posted.checked_shr(u32::from(size)).unwrap_or(0) == 0,
				"posted bits beyond the committee"
			);
			// A refresh or repair is the one its key's marker names, and a
			// repair's helpers are `threshold` members other than the lost one.
			if let Some(key) = ceremony.kind.key() {
				ensure!(
					KeyMaintenance::<T>::get(ceremony.domain, key) == Some(id),
					"a refresh or repair its key does not name"
				);
				ensure!(
					ThresholdKeys::<T>::contains_key(ceremony.domain, key),
					"a refresh or repair of a key without a threshold record"
				);
			}
			if let crate::CeremonyKind::Repair { lost, helpers, .. } = &ceremony.kind {
				ensure!(
					helpers.len() == usize::from(ceremony.threshold)
						&& !helpers.contains(lost)
						&& helpers.windows(2).all(|pair| pair.first() < pair.last())
						&& helpers.iter().chain([lost]).all(|m| *m >= 1 && *m <= size),
					"a repair with invalid helpers"
				);
			}
		}
		for (domain, key, id) in KeyMaintenance::<T>::iter() {
			ensure!(
				Ceremonies::<T>::get(id)
					.is_some_and(|c| c.domain == domain && c.kind.key() == Some(key)),
				"a key names a refresh or repair that is not running"
			);
		}
		for ((id, _, member), _) in CeremonyMessages::<T>::iter() {
			let ceremony = Ceremonies::<T>::get(id).ok_or("message of an unknown ceremony")?;
			ensure!(
				member >= 1 && member <= ceremony.size(),
				"message from outside the committee"
			);
		}
		for (domain, count) in ActiveCeremonies::<T>::iter() {
			ensure!(
				active.remove(&domain) == Some(count),
				"ActiveCeremonies differs from the ceremonies"
			);
		}
		ensure!(active.is_empty(), "ceremonies without a count");
		for (domain, custodian, count) in CustodiansInCeremony::<T>::iter() {
			ensure!(
				seated.remove(&(domain, codec::Encode::encode(&custodian))) == Some(count),
				"CustodiansInCeremony differs from the committees"
			);
		}
		ensure!(seated.is_empty(), "committee members without a count");
		for (domain, key, threshold_key) in ThresholdKeys::<T>::iter() {
			let record =
				Keys::<T>::get(domain, key).ok_or("a threshold record of an unknown key")?;
			match record.custody {
				crate::Custody::Threshold { committee, .. } => ensure!(
					committee.len() == threshold_key.verifying_shares.len(),
					"one verifying share per committee member"
				),
				_ => return Err("a threshold record of a key without threshold custody".into()),
			}
		}
		Ok(())
	}

	/// Nonce batches belong to members of threshold keys; every signing
	/// session belongs to a pending request, names only committee members,
	/// holds shares only of its signers, and (with signers) exactly
	/// `threshold` of them.
	fn check_threshold_signing() -> Result<(), TryRuntimeError> {
		let committee_of = |domain, key| match Keys::<T>::get(domain, key).map(|k| k.custody) {
			Some(crate::Custody::Threshold {
				threshold,
				committee,
			}) => Ok((threshold, committee.len())),
			_ => Err("threshold signing state of a key without threshold custody"),
		};
		for ((domain, key, member), batch) in NonceBatches::<T>::iter() {
			let (_, size) = committee_of(domain, key)?;
			ensure!(
				member >= 1 && usize::from(member) <= size,
				"a nonce batch of a non-member"
			);
			ensure!(
				batch.sequence >= 1,
				"a nonce batch without a sequence number"
			);
		}
		for ((domain, key, request), session) in SigningSessions::<T>::iter() {
			ensure!(
				SignatureRequests::<T>::contains_key((domain, key, request)),
				"a signing session without its request"
			);
			let (threshold, size) = committee_of(domain, key)?;
			ensure!(
				session.signers.is_empty() || session.signers.len() == usize::from(threshold),
				"a signing attempt without exactly threshold signers"
			);
			ensure!(
				session
					.signers
					.iter()
					.all(|(m, _)| *m >= 1 && usize::from(*m) <= size),
				"a signer outside the committee"
			);
			ensure!(
				session
					.shares
					.iter()
					.all(|(m, _)| session.signers.iter().any(|(s, _)| s == m)),
				"a share from a member that was not chosen"
			);
			ensure!(
				session.shares.len() < session.signers.len() || session.signers.is_empty(),
				"a complete session that was not closed"
			);
		}
		Ok(())
	}

	/// Every pending request belongs to a key, has an id below
	/// `NextRequestId`, has not expired and sits in the expiry queue of the
	/// block it expires at.
	fn check_requests() -> Result<(), TryRuntimeError> {
		let next = NextRequestId::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		for ((domain, key, id), request) in SignatureRequests::<T>::iter() {
			ensure!(id < next, "request id at or above NextRequestId");
			ensure!(
				Keys::<T>::contains_key(domain, key),
				"request for an unknown key"
			);
			ensure!(request.expires_at > now, "expired request still pending");
			ensure!(
				RequestExpiries::<T>::get(request.expires_at).contains(&(domain, key, id)),
				"pending request missing from its expiry queue"
			);
		}
		Ok(())
	}

	fn check_domains() -> Result<(), TryRuntimeError> {
		let next = NextDomainId::<T>::get();
		for (id, domain) in Domains::<T>::iter() {
			ensure!(id < next, "domain id at or above NextDomainId");
			let (mut members, mut admins) = (0u32, 0u32);
			for (_, roles) in Roles::<T>::iter_prefix(id) {
				ensure!(!roles.is_empty(), "empty role set stored");
				members = members.saturating_add(1);
				if roles.contains(Role::Admin) {
					admins = admins.saturating_add(1);
				}
			}
			ensure!(
				members == domain.member_count,
				"member_count disagrees with Roles"
			);
			ensure!(
				admins == domain.admin_count,
				"admin_count disagrees with Roles"
			);
			ensure!(admins >= 1, "a domain has no administrator");
			ensure!(members <= T::MaxMembersPerDomain::get(), "too many members");
			let (mut keys, mut live) = (0u32, 0u32);
			for (_, key) in Keys::<T>::iter_prefix(id) {
				keys = keys.saturating_add(1);
				if key.status != KeyStatus::Revoked {
					live = live.saturating_add(1);
				}
			}
			ensure!(keys == domain.key_count, "key_count disagrees with Keys");
			ensure!(live == domain.live_keys, "live_keys disagrees with Keys");
			let revocations = Revocations::<T>::iter_prefix(id).count() as u32;
			ensure!(
				revocations == domain.revocation_count,
				"revocation_count disagrees"
			);
			ensure!(domain.audit.seq >= 1, "a domain without audit entries");
			ensure!(
				domain.requests.1 <= T::MaxRequestsPerDomainPerBlock::get(),
				"a domain made more requests in a block than its share"
			);
			if domain.status == DomainStatus::Closed {
				ensure!(live == 0, "a closed domain has live keys");
				ensure!(
					domain.deposit.is_zero(),
					"a closed domain still holds its deposit"
				);
			}
		}
		for (id, _) in Roles::<T>::iter_keys() {
			ensure!(Domains::<T>::contains_key(id), "roles in an unknown domain");
		}
		Ok(())
	}

	fn check_keys_and_versions() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (domain, key, record) in Keys::<T>::iter() {
			ensure!(
				Domains::<T>::contains_key(domain),
				"key in an unknown domain"
			);
			ensure!(
				KeyNames::<T>::get(domain, &record.name) == Some(key),
				"name index disagrees with the key"
			);
			let count = Versions::<T>::iter_prefix((domain, key)).count() as u32;
			ensure!(
				count == record.current_version.saturating_add(1),
				"versions are not exactly 0..=current_version"
			);
			ensure!(count <= T::MaxVersionsPerKey::get(), "too many versions");
			let current = Versions::<T>::get((domain, key, record.current_version))
				.ok_or("current version missing")?;
			ensure!(
				Self::retirement(domain, key, record.current_version).is_none(),
				"the current version is retired"
			);
			match record.status {
				KeyStatus::Active => {
					ensure!(current.revocation.is_none(), "a revoked version is current");
				}
				KeyStatus::Suspended => {
					ensure!(
						current.revocation.is_some(),
						"suspended key with a valid version"
					);
					ensure!(record.rotation_due_at.is_none(), "suspended key scheduled");
				}
				KeyStatus::Revoked => {
					ensure!(
						record.revocation.is_some(),
						"revoked key without revocation"
					);
					ensure!(record.rotation_due_at.is_none(), "revoked key scheduled");
				}
			}
			let mut in_grace = 0u32;
			for (version, entry) in Versions::<T>::iter_prefix((domain, key)) {
				ensure!(
					entry.previous_grace_until.is_some() == (version > 0),
					"only version 0 has no predecessor's grace"
				);
				if entry
					.previous_grace_until
					.is_some_and(|g| g < entry.activated_at)
				{
					return Err("a grace ends before the rotation that starts it".into());
				}
				if version < record.current_version {
					let (_, until) = Self::retirement(domain, key, version)
						.ok_or("an older version is not retired")?;
					// A version cut short in this block verified until the
					// rotation; from the next block only the previous one may.
					if now.saturating_add(One::one()) < until {
						in_grace = in_grace.saturating_add(1);
					}
				}
				ensure!(
					KeyByPublic::<T>::get(entry.public)
						== Some(KeyLocation {
							domain,
							key,
							version
						}),
					"public-key index disagrees with a version"
				);
				ensure!(
					entry.public.scheme() == record.scheme,
					"a version has another scheme"
				);
			}
			ensure!(in_grace <= 1, "more than one version in grace");
		}
		Ok(())
	}

	fn check_public_index() -> Result<(), TryRuntimeError> {
		for (public, location) in KeyByPublic::<T>::iter() {
			let entry = Versions::<T>::get((location.domain, location.key, location.version))
				.ok_or("public-key index points at no version")?;
			ensure!(
				entry.public == public,
				"public-key index points at another key"
			);
		}
		Ok(())
	}

	fn check_rotation_queue() -> Result<(), TryRuntimeError> {
		let mut queued = 0u32;
		for (at, queue) in RotationQueue::<T>::iter() {
			for (domain, key) in queue {
				queued = queued.saturating_add(1);
				let record = Keys::<T>::get(domain, key).ok_or("queued key missing")?;
				ensure!(
					record.rotation_due_at == Some(at),
					"queue entry for an unscheduled key"
				);
			}
		}
		let now = frame_system::Pallet::<T>::block_number();
		let mut scheduled = 0u32;
		for (_, _, record) in Keys::<T>::iter() {
			if let Some(at) = record.rotation_due_at {
				// Announced entries have left the queue; pending ones are in it.
				if at > now {
					scheduled = scheduled.saturating_add(1);
				}
			}
		}
		ensure!(
			queued >= scheduled,
			"a scheduled key is missing from the queue"
		);
		Ok(())
	}

	fn check_deposits() -> Result<(), TryRuntimeError> {
		let mut domain_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut key_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, domain) in Domains::<T>::iter() {
			let mut keys_total: BalanceOf<T> = Zero::zero();
			for (_, key) in Keys::<T>::iter_prefix(id) {
				keys_total = keys_total.saturating_add(key.deposit);
			}
			ensure!(
				keys_total == domain.key_deposits,
				"key deposits disagree with the keys"
			);
			let d = domain_deposits
				.entry(domain.owner.clone())
				.or_insert_with(Zero::zero);
			*d = d.saturating_add(domain.deposit);
			let k = key_deposits
				.entry(domain.owner.clone())
				.or_insert_with(Zero::zero);
			*k = k.saturating_add(domain.key_deposits);
		}
		for (who, amount) in domain_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DomainDeposit.into(), &who) == amount,
				"held domain deposits disagree with storage"
			);
		}
		for (who, amount) in key_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::KeyDeposit.into(), &who) == amount,
				"held key deposits disagree with storage"
			);
		}
		let mut request_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, request) in SignatureRequests::<T>::iter() {
			if let Some(who) = request.requester.paying_account() {
				let d = request_deposits
					.entry(who.clone())
					.or_insert_with(Zero::zero);
				*d = d.saturating_add(request.deposit);
			}
		}
		for (who, amount) in request_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::RequestDeposit.into(), &who) == amount,
				"held request deposits disagree with the pending requests"
			);
		}
		Ok(())
	}

	/// Ids of all domains (for tests that replay audit chains).
	#[cfg(test)]
	pub(crate) fn domain_ids() -> alloc::vec::Vec<crate::DomainId> {
		Domains::<T>::iter_keys().collect()
	}
}
