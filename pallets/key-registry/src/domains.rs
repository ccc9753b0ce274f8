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
		let now = frame_system::Pallet::<T>::block_number();
		let record = Domain {
			name: name.clone(),
			owner: owner.clone(),
			pending_owner: None,
			deposit,
			key_deposits: Zero::zero(),
			default_policy,
			status: DomainStatus::Open,
			created_at: now,
			key_count: 0,
			live_keys: 0,
			member_count: 1,
			admin_count: 1,
			revocation_count: 0,
			audit: AuditHead::default(),
			requests: (now, 0),
		};
		let mut roles = RoleSet::default();
		roles.insert(Role::Admin);
		Roles::<T>::insert(domain, &owner, roles);
		let actor = ActorOf::<T>::Account(owner.clone());
		Self::record(domain, record, |seq| Event::DomainCreated {
			domain,
			seq,
			actor,
			owner,
			name,
			deposit,
			default_policy,
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
		let old_policy = core::mem::replace(&mut record.default_policy, policy);
		Self::record(domain, record, |seq| Event::DomainPolicySet {
			domain,
			seq,
			actor,
			old_policy,
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
		let previous = core::mem::replace(&mut record.pending_owner, to.clone());
		Self::record(domain, record, |seq| Event::DomainHandOverProposed {
			domain,
			seq,
			actor,
			previous,
			to,
		})
	}

	/// `who` takes over the domain it was offered, with its deposits and
	/// `Admin`, as one audit entry; see [`Pallet::accept_domain`].
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
		let admin_granted = !Roles::<T>::get(domain, &who).contains(Role::Admin);
		if admin_granted {
			Self::apply_grant_role(&mut record, domain, &who, Role::Admin)?;
		}
		Self::move_domain_deposits(&record, &from, &who)?;
		record.owner = who.clone();
		record.pending_owner = None;
		let (deposit, key_deposits) = (record.deposit, record.key_deposits);
		Self::record(domain, record, |seq| Event::DomainHandedOver {
			domain,
			seq,
			actor: ActorOf::<T>::Account(who.clone()),
			from,
			to: who,
			deposit,
			key_deposits,
			admin_granted,
		})
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
		Self::record(domain, record, |seq| Event::DomainClosed {
			domain,
			seq,
			actor,
			released,
		})
	}
}
