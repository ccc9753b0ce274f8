//! Access: who may act in a domain. Governance may act anywhere; an account
//! needs one of the roles a call names (implicit deny). Also granting and
//! revoking roles, which keep the domain's member counters.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The domain, if it exists and is open.
	pub(crate) fn open_domain(domain: DomainId) -> Result<DomainOf<T>, DispatchError> {
		let record = Domains::<T>::get(domain).ok_or(Error::<T>::UnknownDomain)?;
		ensure!(
			record.status == DomainStatus::Open,
			Error::<T>::DomainClosed
		);
		Ok(record)
	}

	/// Governance, or a signed account holding one of `allowed` in `domain`.
	pub(crate) fn actor_with_role(
		origin: OriginFor<T>,
		domain: DomainId,
		allowed: &[Role],
	) -> Result<ActorOf<T>, DispatchError> {
		match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => Ok(ActorOf::<T>::Governance),
			Err(origin) => {
				let who = ensure_signed(origin)?;
				ensure!(
					Roles::<T>::get(domain, &who).contains_any(allowed),
					Error::<T>::MissingRole
				);
				Ok(ActorOf::<T>::Account(who))
			}
		}
	}

	/// Checks that `domain` is open and that the origin is governance or holds
	/// one of `allowed` there (implicit deny).
	pub(crate) fn ensure_role(
		origin: OriginFor<T>,
		domain: DomainId,
		allowed: &[Role],
	) -> Result<(ActorOf<T>, DomainOf<T>), DispatchError> {
		let record = Self::open_domain(domain)?;
		let actor = Self::actor_with_role(origin, domain, allowed)?;
		Ok((actor, record))
	}

	/// As [`Self::ensure_role`], but `subject` itself is also allowed.
	pub(crate) fn ensure_role_or_self(
		origin: OriginFor<T>,
		domain: DomainId,
		allowed: &[Role],
		subject: &T::AccountId,
	) -> Result<(ActorOf<T>, DomainOf<T>), DispatchError> {
		let record = Self::open_domain(domain)?;
		match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => Ok((ActorOf::<T>::Governance, record)),
			Err(origin) => {
				let who = ensure_signed(origin)?;
				ensure!(
					&who == subject || Roles::<T>::get(domain, &who).contains_any(allowed),
					Error::<T>::MissingRole
				);
				Ok((ActorOf::<T>::Account(who), record))
			}
		}
	}

	/// Grants `role` to `who` in an open `domain` (whose record is
	/// `record`), keeping the counters; see [`Pallet::grant_role`].
	pub fn do_grant_role(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		who: T::AccountId,
		role: Role,
	) -> DispatchResult {
		let roles = Self::apply_grant_role(&mut record, domain, &who, role)?;
		Self::record(domain, record, |seq| Event::RoleGranted {
			domain,
			seq,
			actor,
			who,
			role,
			roles,
		})
	}

	/// Adds `role` to `who`'s roles and the domain's counters, without an
	/// audit entry (the caller makes it); returns `who`'s roles after.
	pub(crate) fn apply_grant_role(
		record: &mut DomainOf<T>,
		domain: DomainId,
		who: &T::AccountId,
		role: Role,
	) -> Result<RoleSet, DispatchError> {
		let mut roles = Roles::<T>::get(domain, who);
		if roles.is_empty() {
			ensure!(
				record.member_count < T::MaxMembersPerDomain::get(),
				Error::<T>::TooManyMembers
			);
			record.member_count = record
				.member_count
				.checked_add(1)
				.ok_or(Error::<T>::Overflow)?;
		}
		ensure!(roles.insert(role), Error::<T>::RoleAlreadyGranted);
		if role == Role::Admin {
			record.admin_count = record
				.admin_count
				.checked_add(1)
				.ok_or(Error::<T>::Overflow)?;
		}
		Roles::<T>::insert(domain, who, roles);
		Ok(roles)
	}

	/// Takes `role` from `who` in an open `domain`, keeping the counters; the
	/// last `Admin` of a domain cannot lose it. See [`Pallet::revoke_role`].
	pub(crate) fn do_revoke_role(
		actor: ActorOf<T>,
		domain: DomainId,
		mut record: DomainOf<T>,
		who: T::AccountId,
		role: Role,
	) -> DispatchResult {
		let mut roles = Roles::<T>::get(domain, &who);
		ensure!(roles.remove(role), Error::<T>::RoleNotHeld);
		if role == Role::Admin {
			ensure!(record.admin_count > 1, Error::<T>::LastAdmin);
			record.admin_count = record
				.admin_count
				.checked_sub(1)
				.ok_or(Error::<T>::Overflow)?;
		}
		if roles.is_empty() {
			Roles::<T>::remove(domain, &who);
			record.member_count = record
				.member_count
				.checked_sub(1)
				.ok_or(Error::<T>::Overflow)?;
		} else {
			Roles::<T>::insert(domain, &who, roles);
		}
		Self::record(domain, record, |seq| Event::RoleRevoked {
			domain,
			seq,
			actor,
			who,
			role,
			roles,
		})
	}

	/// The domain's owner acting, or governance.
	pub(crate) fn ensure_owner(
		origin: OriginFor<T>,
		record: &DomainOf<T>,
	) -> Result<ActorOf<T>, DispatchError> {
		match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => Ok(ActorOf::<T>::Governance),
			Err(origin) => {
				let who = ensure_signed(origin)?;
				ensure!(who == record.owner, Error::<T>::NotOwner);
				Ok(ActorOf::<T>::Account(who))
			}
		}
	}
}
