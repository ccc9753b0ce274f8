//! Domains: creation with its deposit, and the bounded names of domains and
//! keys.

use crate::*;

impl<T: Config> Pallet<T> {
	/// A domain or key name: not empty, at most `MaxNameLen` bytes.
	pub(crate) fn bounded_name(name: Vec<u8>) -> Result<NameOf<T>, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::NameEmpty);
		Ok(NameOf::<T>::try_from(name).map_err(|_| Error::<T>::NameTooLong)?)
	}

	/// Creates a domain owned by `owner`; returns its id.
	pub fn do_create_domain(
		owner: T::AccountId,
		name: Vec<u8>,
		default_policy: KeyPolicyOf<T>,
	) -> Result<DomainId, DispatchError> {
		let name = Self::bounded_name(name)?;
		Self::validate_policy(&default_policy)?;
		let domain = NextDomainId::<T>::get();
		let next = domain
			.checked_add(1)
			.ok_or(Error::<T>::DomainIdsExhausted)?;
		let deposit = T::DomainDeposit::get();
		T::Currency::hold(&HoldReason::DomainDeposit.into(), &owner, deposit)
			.map_err(|_| Error::<T>::InsufficientDeposit)?;
		NextDomainId::<T>::put(next);
		Domains::<T>::insert(
			domain,
			Domain {
				name: name.clone(),
				owner: owner.clone(),
				pending_owner: None,
				deposit,
				key_deposits: Zero::zero(),
				default_policy,
				status: DomainStatus::Open,
				created_at: frame_system::Pallet::<T>::block_number(),
				key_count: 0,
				live_keys: 0,
				member_count: 1,
				admin_count: 1,
				revocation_count: 0,
			},
		);
		let mut roles = RoleSet::default();
		roles.insert(Role::Admin);
		Roles::<T>::insert(domain, &owner, roles);
		let actor = ActorOf::<T>::Account(owner.clone());
		Self::record(domain, |seq| Event::DomainCreated {
			domain,
			seq,
			actor,
			owner,
			name,
			deposit,
		})?;
		Ok(domain)
	}

	/// Replaces the domain's default key policy; see [`Pallet::set_domain_policy`].
	pub fn do_set_domain_policy(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		policy: KeyPolicyOf<T>,
	) -> DispatchResult {
		Self::validate_policy(&policy)?;
		record.default_policy = policy;
		Domains::<T>::insert(domain, record);
		Self::record(domain, |seq| Event::DomainPolicySet {
			domain,
			seq,
			actor,
			policy,
		})
	}

	/// Offers the domain to `to` (or withdraws the offer); see
	/// [`Pallet::hand_over_domain`].
	pub fn do_hand_over_domain(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		to: Option<T::AccountId>,
	) -> DispatchResult {
		ensure!(to.as_ref() != Some(&record.owner), Error::<T>::AlreadyOwner);
		record.pending_owner = to.clone();
		Domains::<T>::insert(domain, record);
		Self::record(domain, |seq| Event::DomainHandOverProposed {
			domain,
			seq,
			actor,
			to,
		})
	}

	/// `who` takes over the domain it was offered, with its deposits and
	/// `Admin`; see [`Pallet::accept_domain`].
	pub fn do_accept_domain(
		who: T::AccountId,
		domain: DomainId,
		mut record: DomainOf<T>,
	) -> DispatchResult {
		ensure!(
			record.pending_owner.as_ref() == Some(&who),
			Error::<T>::NotPendingOwner
		);
		let from = record.owner.clone();
		Self::move_domain_deposits(&record, &from, &who)?;
		record.owner = who.clone();
		record.pending_owner = None;
		Domains::<T>::insert(domain, record);
		let actor = ActorOf::<T>::Account(who.clone());
		Self::record(domain, |seq| Event::DomainHandedOver {
			domain,
			seq,
			actor: actor.clone(),
			from,
			to: who.clone(),
		})?;
		if !Roles::<T>::get(domain, &who).contains(Role::Admin) {
			Self::do_grant_role(actor, domain, who, Role::Admin)?;
		}
		Ok(())
	}

	/// Closes a domain without live keys and releases its deposit; see
	/// [`Pallet::close_domain`].
	pub fn do_close_domain(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
	) -> DispatchResult {
		ensure!(record.live_keys == 0, Error::<T>::DomainHasLiveKeys);
		let released = Self::release_domain_deposit(&record)?;
		record.deposit = Zero::zero();
		record.status = DomainStatus::Closed;
		record.pending_owner = None;
		Domains::<T>::insert(domain, record);
		Self::record(domain, |seq| Event::DomainClosed {
			domain,
			seq,
			actor,
			released,
		})
	}
}
