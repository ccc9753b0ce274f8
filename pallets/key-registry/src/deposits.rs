//! Deposits held from a domain's owner for its keys and versions.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Holds `amount` from the domain owner for keys and adds it to the
	/// domain's and the key's books.
	pub(crate) fn hold_key_deposit(
		record: &mut DomainOf<T>,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		T::Currency::hold(&HoldReason::KeyDeposit.into(), &record.owner, amount)
			.map_err(|_| Error::<T>::InsufficientDeposit)?;
		record.key_deposits = record
			.key_deposits
			.checked_add(&amount)
			.ok_or(Error::<T>::Overflow)?;
		Ok(amount)
	}

	/// Moves the domain's deposit and its keys' deposits from `from` to `to`.
	/// The new owner is held from first: if it cannot pay, nothing moves.
	pub(crate) fn move_domain_deposits(
		record: &DomainOf<T>,
		from: &T::AccountId,
		to: &T::AccountId,
	) -> DispatchResult {
		T::Currency::hold(&HoldReason::DomainDeposit.into(), to, record.deposit)
			.map_err(|_| Error::<T>::InsufficientDeposit)?;
		T::Currency::hold(&HoldReason::KeyDeposit.into(), to, record.key_deposits)
			.map_err(|_| Error::<T>::InsufficientDeposit)?;
		T::Currency::release(
			&HoldReason::DomainDeposit.into(),
			from,
			record.deposit,
			Precision::Exact,
		)?;
		T::Currency::release(
			&HoldReason::KeyDeposit.into(),
			from,
			record.key_deposits,
			Precision::Exact,
		)?;
		Ok(())
	}

	/// Releases the domain deposit to its owner; returns the amount.
	pub(crate) fn release_domain_deposit(
		record: &DomainOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		T::Currency::release(
			&HoldReason::DomainDeposit.into(),
			&record.owner,
			record.deposit,
			Precision::Exact,
		)?;
		Ok(record.deposit)
	}
}
