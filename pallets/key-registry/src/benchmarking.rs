//! Benchmarks of every call and of `on_initialize`, each in its worst case.
//!
//! Keys are generated in the benchmark's keystore (`sp_io::crypto`), so the
//! proofs and certificates are real signatures checked by the real code.

#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::arithmetic_side_effects
)]
#![allow(clippy::indexing_slicing, clippy::type_complexity)]

use super::*;
use alloc::{format, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, Hooks};
use frame_system::RawOrigin;
use offchain::KEY_TYPE;

const SEED: u32 = 0;

/// Funds `who` generously for deposits.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let amount = T::DomainDeposit::get()
		.saturating_add(T::KeyDeposit::get())
		.saturating_add(T::VersionDeposit::get())
		.saturating_add(T::ByteDeposit::get().saturating_mul(4096u32.into()))
		.saturating_mul(1024u32.into());
	let _ = T::Currency::set_balance(&who, amount);
	who
}

/// A fresh key of `scheme` in the keystore, derived from `index`.
fn new_key(scheme: SignatureScheme, index: u32) -> PublicKey {
	let seed = Some(format!("//keyreg-bench-{index}").into_bytes());
	match scheme {
		SignatureScheme::Ed25519 => {
			PublicKey::Ed25519(sp_io::crypto::ed25519_generate(KEY_TYPE, seed).into())
		}
		SignatureScheme::Sr25519 => {
			PublicKey::Sr25519(sp_io::crypto::sr25519_generate(KEY_TYPE, seed).into())
		}
		SignatureScheme::EcdsaSecp256k1 => {
			PublicKey::EcdsaSecp256k1(sp_io::crypto::ecdsa_generate(KEY_TYPE, seed).into())
		}
	}
}

/// Signs `message` with the keystore's private key of `public`, as the
/// off-chain worker does.
fn sign(public: &PublicKey, message: &[u8]) -> Result<KeySignature, BenchmarkError> {
	offchain::sign(public, message).ok_or(BenchmarkError::Stop(
		"key missing from the benchmark keystore",
	))
}

fn pop<T: Config>(
	domain: DomainId,
	name: &[u8],
	version: VersionNumber,
	submitter: &T::AccountId,
	public: &PublicKey,
) -> Result<KeySignature, BenchmarkError> {
	let payload = signature::possession_payload(
		&Pallet::<T>::genesis_hash(),
		domain,
		name,
		version,
		&ActorOf::<T>::Account(submitter.clone()),
		public,
	);
	sign(public, &payload)
}

/// A domain owned by a funded account, with a funded key manager (who also
/// holds every other role). Returns `(domain, owner, manager)`.
fn domain_with_manager<T: Config>(
	default_policy: KeyPolicyOf<T>,
) -> (DomainId, T::AccountId, T::AccountId) {
	let owner = funded::<T>("owner", 0);
	let manager = funded::<T>("manager", 0);
	let domain =
		Pallet::<T>::do_create_domain(owner.clone(), vec![b'd'; 8], default_policy).unwrap();
	for role in [
		Role::KeyManager,
		Role::Recovery,
		Role::Auditor,
		Role::Operator,
	] {
		Pallet::<T>::do_grant_role(ActorOf::<T>::System, domain, manager.clone(), role).unwrap();
	}
	(domain, owner, manager)
}

/// The worst policy: a rotation schedule and the longest grace.
fn scheduled_policy<T: Config>() -> KeyPolicyOf<T> {
	KeyPolicy {
		rotation_period: Some(T::MinRotationPeriod::get()),
		grace_period: T::MaxGracePeriod::get(),
		usage_limit: Some(UsageLimit {
			max_uses: 100,
			window: 10u32.into(),
		}),
	}
}

/// Fills the rotation queues of `from` and the following probes but the
/// last, so that scheduling probes as far as it can.
fn fill_queues<T: Config>(from: BlockNumberFor<T>) {
	let mut at = from;
	for _ in 1..MAX_SCHEDULE_PROBES {
		let full: Vec<(DomainId, KeyId)> = (0..T::MaxRotationsPerBlock::get())
			.map(|i| (DomainId::MAX, i))
			.collect();
		RotationQueue::<T>::insert(at, BoundedVec::try_from(full).unwrap());
		at += One::one();
	}
}

/// Registers a key named `name` with the worst policy; returns its id and public key.
fn register<T: Config>(
	domain: DomainId,
	manager: &T::AccountId,
	name: &[u8],
	scheme: SignatureScheme,
	index: u32,
) -> Result<(KeyId, PublicKey), BenchmarkError> {
	let public = new_key(scheme, index);
	let proof = pop::<T>(domain, name, 0, manager, &public)?;
	let record = Domains::<T>::get(domain).unwrap();
	let key = Pallet::<T>::do_register_key(
		ActorOf::<T>::Account(manager.clone()),
		domain,
		record,
		RegisterKey {
			name: name.to_vec(),
			purpose: KeyPurpose::Signing,
			custody: Custody::Hsm {
				attestation: Some([1; 32]),
			},
			policy: Some(scheduled_policy::<T>()),
			metadata: vec![0; T::MaxMetadataLen::get() as usize],
			public,
			proof,
		},
	)?;
	Ok((key, public))
}

/// Sets up a key that has rotated once (so a previous version is in grace)
/// and whose due slot is shared with a full queue; returns the key and the
/// arguments of its next rotation.
fn rotation_setup<T: Config>(
	scheme: SignatureScheme,
) -> Result<
	(
		T::AccountId,
		DomainId,
		KeyId,
		PublicKey,
		KeySignature,
		Option<KeySignature>,
	),
	BenchmarkError,
> {
	let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
	let name = vec![b'k'; T::MaxNameLen::get() as usize];
	let (key, v0) = register::<T>(domain, &manager, &name, scheme, 1)?;
	let v1 = new_key(scheme, 2);
	let genesis = Pallet::<T>::genesis_hash();
	let record = Domains::<T>::get(domain).unwrap();
	let key_record = Keys::<T>::get(domain, key).unwrap();
	Pallet::<T>::do_rotate_key(
		ActorOf::<T>::Account(manager.clone()),
		domain,
		record,
		key,
		key_record,
		v1,
		pop::<T>(domain, &name, 1, &manager, &v1)?,
		Some(sign(
			&v0,
			&signature::rotation_payload(&genesis, domain, &name, 0, 1, &v1),
		)?),
	)?;
	// Rotate again later, with the new due block's queues nearly full.
	let now = frame_system::Pallet::<T>::block_number() + 2u32.into();
	frame_system::Pallet::<T>::set_block_number(now);
	fill_queues::<T>(now + T::MinRotationPeriod::get());
	let v2 = new_key(scheme, 3);
	let proof = pop::<T>(domain, &name, 2, &manager, &v2)?;
	let certificate = sign(
		&v1,
		&signature::rotation_payload(&genesis, domain, &name, 1, 2, &v2),
	)?;
	Ok((manager, domain, key, v2, proof, Some(certificate)))
}

fn register_benchmark<T: Config>(
	scheme: SignatureScheme,
	n: u32,
	m: u32,
	c: u32,
) -> Result<
	(
		T::AccountId,
		DomainId,
		Vec<u8>,
		CustodyInputOf<T>,
		Vec<u8>,
		PublicKey,
		KeySignature,
	),
	BenchmarkError,
> {
	let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
	let now = frame_system::Pallet::<T>::block_number();
	fill_queues::<T>(now + T::MinRotationPeriod::get());
	let name = vec![b'n'; n as usize];
	let custody = if c >= 2 {
		Custody::Threshold {
			threshold: c as u16,
			committee: (0..c).map(|i| account("member", i, SEED)).collect(),
		}
	} else {
		Custody::Hsm {
			attestation: Some([1; 32]),
		}
	};
	let public = new_key(scheme, 1);
	let proof = pop::<T>(domain, &name, 0, &manager, &public)?;
	Ok((
		manager,
		domain,
		name,
		custody,
		vec![1u8; m as usize],
		public,
		proof,
	))
}

/// A key of `scheme` whose pending request carries a payload of `len` bytes,
/// with its usage window nearly used up; returns the request's coordinates
/// and the custodian's signature.
fn pending_request<T: Config>(
	scheme: SignatureScheme,
	len: u32,
) -> Result<(DomainId, KeyId, RequestId, KeySignature), BenchmarkError> {
	let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
	let (key, public) = register::<T>(domain, &manager, b"signer", scheme, 1)?;
	let request = Pallet::<T>::do_request_signature(
		ActorOf::<T>::Account(manager),
		domain,
		key,
		vec![7u8; len as usize],
	)?;
	let now = frame_system::Pallet::<T>::block_number();
	KeyUsage::<T>::insert(
		domain,
		key,
		UsageWindow {
			started_at: now,
			used: 98,
		},
	);
	let message = signature::request_payload(
		&Pallet::<T>::genesis_hash(),
		domain,
		key,
		0,
		request,
		&vec![7u8; len as usize],
	);
	let signature = sign(&public, &message)?;
	Ok((domain, key, request, signature))
}

/// An overdue ecdsa key (the costliest scheme to verify) and the arguments of
/// its custodian rotation: new key, proof by the custodian, certificate.
fn overdue_key<T: Config>(
) -> Result<(DomainId, KeyId, PublicKey, KeySignature, KeySignature), BenchmarkError> {
	let scheme = SignatureScheme::EcdsaSecp256k1;
	let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
	let name = vec![b'k'; T::MaxNameLen::get() as usize];
	let (key, v0) = register::<T>(domain, &manager, &name, scheme, 1)?;
	let due = Keys::<T>::get(domain, key)
		.and_then(|k| k.rotation_due_at)
		.ok_or(BenchmarkError::Stop("the key has no rotation scheduled"))?;
	frame_system::Pallet::<T>::set_block_number(due);
	Pallet::<T>::on_initialize(due);
	if !OverdueKeys::<T>::contains_key(domain, key) {
		return Err(BenchmarkError::Stop("the key did not fall due"));
	}
	fill_queues::<T>(due + T::MinRotationPeriod::get());
	let v1 = new_key(scheme, 2);
	let genesis = Pallet::<T>::genesis_hash();
	let proof = sign(
		&v1,
		&signature::possession_payload(&genesis, domain, &name, 1, &ActorOf::<T>::Custodian, &v1),
	)?;
	let certificate = sign(
		&v0,
		&signature::rotation_payload(&genesis, domain, &name, 0, 1, &v1),
	)?;
	Ok((domain, key, v1, proof, certificate))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_domain(n: Linear<1, { T::MaxNameLen::get() }>) {
		let caller = funded::<T>("caller", 0);
		let next = NextDomainId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			vec![b'd'; n as usize],
			scheduled_policy::<T>(),
		);
		assert_eq!(Domains::<T>::get(next).unwrap().owner, caller);
	}

	#[benchmark]
	fn set_domain_policy() {
		let (domain, owner, _) = domain_with_manager::<T>(KeyPolicy::default());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, scheduled_policy::<T>());
		assert_eq!(
			Domains::<T>::get(domain).unwrap().default_policy,
			scheduled_policy::<T>()
		);
	}

	#[benchmark]
	fn hand_over_domain() {
		let (domain, owner, _) = domain_with_manager::<T>(KeyPolicy::default());
		let to = funded::<T>("heir", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, Some(to.clone()));
		assert_eq!(Domains::<T>::get(domain).unwrap().pending_owner, Some(to));
	}

	#[benchmark]
	fn accept_domain() -> Result<(), BenchmarkError> {
		let (domain, owner, manager) = domain_with_manager::<T>(KeyPolicy::default());
		register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		let heir = funded::<T>("heir", 0);
		Pallet::<T>::hand_over_domain(RawOrigin::Signed(owner).into(), domain, Some(heir.clone()))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(heir.clone()), domain);
		assert_eq!(Domains::<T>::get(domain).unwrap().owner, heir);
		Ok(())
	}

	#[benchmark]
	fn close_domain() {
		let (domain, owner, _) = domain_with_manager::<T>(KeyPolicy::default());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain);
		assert_eq!(
			Domains::<T>::get(domain).unwrap().status,
			DomainStatus::Closed
		);
	}

	#[benchmark]
	fn grant_role() {
		let (domain, owner, _) = domain_with_manager::<T>(KeyPolicy::default());
		let who: T::AccountId = account("newcomer", 0, SEED);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, who.clone(), Role::Admin);
		assert!(Roles::<T>::get(domain, &who).contains(Role::Admin));
	}

	#[benchmark]
	fn revoke_role() {
		let (domain, owner, _) = domain_with_manager::<T>(KeyPolicy::default());
		let who: T::AccountId = account("leaver", 0, SEED);
		Pallet::<T>::do_grant_role(ActorOf::<T>::System, domain, who.clone(), Role::Admin).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, who.clone(), Role::Admin);
		assert!(!Roles::<T>::contains_key(domain, &who));
	}

	#[benchmark]
	fn register_key_ed25519(
		n: Linear<1, { T::MaxNameLen::get() }>,
		m: Linear<0, { T::MaxMetadataLen::get() }>,
		c: Linear<0, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let (manager, domain, name, custody, metadata, public, proof) =
			register_benchmark::<T>(SignatureScheme::Ed25519, n, m, c)?;
		#[extrinsic_call]
		register_key(
			RawOrigin::Signed(manager),
			domain,
			name,
			KeyPurpose::Signing,
			custody,
			None,
			metadata,
			public,
			proof,
		);
		assert!(KeyByPublic::<T>::contains_key(public));
		Ok(())
	}

	#[benchmark]
	fn register_key_sr25519(
		n: Linear<1, { T::MaxNameLen::get() }>,
		m: Linear<0, { T::MaxMetadataLen::get() }>,
	) -> Result<(), BenchmarkError> {
		let (manager, domain, name, custody, metadata, public, proof) =
			register_benchmark::<T>(SignatureScheme::Sr25519, n, m, 0)?;
		#[extrinsic_call]
		register_key(
			RawOrigin::Signed(manager),
			domain,
			name,
			KeyPurpose::Signing,
			custody,
			None,
			metadata,
			public,
			proof,
		);
		assert!(KeyByPublic::<T>::contains_key(public));
		Ok(())
	}

	#[benchmark]
	fn register_key_ecdsa(
		n: Linear<1, { T::MaxNameLen::get() }>,
		m: Linear<0, { T::MaxMetadataLen::get() }>,
	) -> Result<(), BenchmarkError> {
		let (manager, domain, name, custody, metadata, public, proof) =
			register_benchmark::<T>(SignatureScheme::EcdsaSecp256k1, n, m, 0)?;
		#[extrinsic_call]
		register_key(
			RawOrigin::Signed(manager),
			domain,
			name,
			KeyPurpose::Signing,
			custody,
			None,
			metadata,
			public,
			proof,
		);
		assert!(KeyByPublic::<T>::contains_key(public));
		Ok(())
	}

	#[benchmark]
	fn rotate_key_ed25519() -> Result<(), BenchmarkError> {
		let (manager, domain, key, new, proof, cert) =
			rotation_setup::<T>(SignatureScheme::Ed25519)?;
		#[extrinsic_call]
		rotate_key(RawOrigin::Signed(manager), domain, key, new, proof, cert);
		assert_eq!(Keys::<T>::get(domain, key).unwrap().current_version, 2);
		Ok(())
	}

	#[benchmark]
	fn rotate_key_sr25519() -> Result<(), BenchmarkError> {
		let (manager, domain, key, new, proof, cert) =
			rotation_setup::<T>(SignatureScheme::Sr25519)?;
		#[extrinsic_call]
		rotate_key(RawOrigin::Signed(manager), domain, key, new, proof, cert);
		assert_eq!(Keys::<T>::get(domain, key).unwrap().current_version, 2);
		Ok(())
	}

	#[benchmark]
	fn rotate_key_ecdsa() -> Result<(), BenchmarkError> {
		let (manager, domain, key, new, proof, cert) =
			rotation_setup::<T>(SignatureScheme::EcdsaSecp256k1)?;
		#[extrinsic_call]
		rotate_key(RawOrigin::Signed(manager), domain, key, new, proof, cert);
		assert_eq!(Keys::<T>::get(domain, key).unwrap().current_version, 2);
		Ok(())
	}

	#[benchmark]
	fn set_key_policy() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		let mut policy = scheduled_policy::<T>();
		policy.rotation_period = Some(T::MinRotationPeriod::get() + 1u32.into());
		let now = frame_system::Pallet::<T>::block_number();
		fill_queues::<T>(now + T::MinRotationPeriod::get() + 1u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, key, policy);
		assert_eq!(Keys::<T>::get(domain, key).unwrap().policy, policy);
		Ok(())
	}

	#[benchmark]
	fn revoke_version() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		// Revoking the current version suspends the key and unschedules it.
		let now = frame_system::Pallet::<T>::block_number();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(manager),
			domain,
			key,
			0,
			RevocationReason::Compromised,
			now,
		);
		assert_eq!(
			Keys::<T>::get(domain, key).unwrap().status,
			KeyStatus::Suspended
		);
		Ok(())
	}

	#[benchmark]
	fn revoke_key() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		let now = frame_system::Pallet::<T>::block_number();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(manager),
			domain,
			key,
			RevocationReason::Compromised,
			now,
		);
		assert_eq!(
			Keys::<T>::get(domain, key).unwrap().status,
			KeyStatus::Revoked
		);
		Ok(())
	}

	#[benchmark]
	fn freeze_key() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, key);
		assert!(Keys::<T>::get(domain, key).unwrap().frozen);
		Ok(())
	}

	#[benchmark]
	fn unfreeze_key() -> Result<(), BenchmarkError> {
		let (domain, owner, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		Pallet::<T>::freeze_key(RawOrigin::Signed(manager).into(), domain, key)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, key);
		assert!(!Keys::<T>::get(domain, key).unwrap().frozen);
		Ok(())
	}

	#[benchmark]
	fn attest_audit() {
		let (domain, _, auditor) = domain_with_manager::<T>(KeyPolicy::default());
		let head = AuditHeads::<T>::get(domain);
		#[extrinsic_call]
		_(RawOrigin::Signed(auditor), domain, head.seq, head.head);
		assert_eq!(AuditHeads::<T>::get(domain).seq, head.seq + 1);
	}

	/// `n` rotations fall due in one block, spread over as few domains as the
	/// per-domain key limit allows.
	#[benchmark]
	fn on_initialize(
		n: Linear<0, { T::MaxRotationsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let per_domain = T::MaxKeysPerDomain::get().max(1);
		let mut domain = 0;
		let mut manager = funded::<T>("manager", 0);
		for i in 0..n {
			if i % per_domain == 0 {
				let (d, _, m) = domain_with_manager::<T>(KeyPolicy::default());
				domain = d;
				manager = m;
			}
			register::<T>(
				domain,
				&manager,
				&format!("k{i}").into_bytes(),
				SignatureScheme::Ed25519,
				10 + i,
			)?;
		}
		let due = frame_system::Pallet::<T>::block_number() + T::MinRotationPeriod::get();
		assert_eq!(RotationQueue::<T>::get(due).len() as u32, n);
		#[block]
		{
			Pallet::<T>::on_initialize(due);
		}
		assert!(RotationQueue::<T>::get(due).is_empty());
		Ok(())
	}

	/// A request with a payload of `p` bytes for an ecdsa key with a usage limit.
	#[benchmark]
	fn request_signature(p: Linear<1, { T::MaxPayloadLen::get() }>) -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
		let (key, _) = register::<T>(
			domain,
			&manager,
			b"signer",
			SignatureScheme::EcdsaSecp256k1,
			1,
		)?;
		// The block's expiry queue is nearly full.
		let expires_at = frame_system::Pallet::<T>::block_number() + T::RequestTtl::get();
		let others: Vec<(DomainId, KeyId, RequestId)> = (1..T::MaxRequestsPerBlock::get())
			.map(|i| (DomainId::MAX, 0, RequestId::MAX - u64::from(i)))
			.collect();
		RequestExpiries::<T>::insert(expires_at, BoundedVec::try_from(others).unwrap());
		#[extrinsic_call]
		_(
			RawOrigin::Signed(manager),
			domain,
			key,
			vec![7u8; p as usize],
		);
		assert!(SignatureRequests::<T>::contains_key((domain, key, 0)));
		Ok(())
	}

	/// The custodian delivers an ecdsa signature over a `p`-byte payload.
	#[benchmark]
	fn fulfil_signature(p: Linear<1, { T::MaxPayloadLen::get() }>) -> Result<(), BenchmarkError> {
		let (domain, key, request, signature) =
			pending_request::<T>(SignatureScheme::EcdsaSecp256k1, p)?;
		#[extrinsic_call]
		_(RawOrigin::Authorized, domain, key, request, signature);
		assert!(!SignatureRequests::<T>::contains_key((
			domain, key, request
		)));
		Ok(())
	}

	/// The pool's check of a fulfilment (ecdsa, `p`-byte payload).
	#[benchmark]
	fn authorize_fulfil_signature(
		p: Linear<1, { T::MaxPayloadLen::get() }>,
	) -> Result<(), BenchmarkError> {
		use frame_support::{pallet_prelude::TransactionSource, traits::Authorize};
		let (domain, key, request, signature) =
			pending_request::<T>(SignatureScheme::EcdsaSecp256k1, p)?;
		let call = Call::<T>::fulfil_signature {
			domain,
			key,
			request,
			signature,
		};
		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the call must be authorized")?
				.map_err(|_| "the fulfilment must be valid")?;
		}
		Ok(())
	}

	/// The custodian rotates an overdue ecdsa key.
	#[benchmark]
	fn rotate_key_by_custodian() -> Result<(), BenchmarkError> {
		let (domain, key, new, proof, certificate) = overdue_key::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Authorized, domain, key, new, proof, certificate);
		assert_eq!(Keys::<T>::get(domain, key).unwrap().current_version, 1);
		Ok(())
	}

	/// The pool's check of a custodian rotation (ecdsa).
	#[benchmark]
	fn authorize_rotate_key_by_custodian() -> Result<(), BenchmarkError> {
		use frame_support::{pallet_prelude::TransactionSource, traits::Authorize};
		let (domain, key, new_public, proof, certificate) = overdue_key::<T>()?;
		let call = Call::<T>::rotate_key_by_custodian {
			domain,
			key,
			new_public,
			proof,
			certificate,
		};
		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the call must be authorized")?
				.map_err(|_| "the rotation must be valid")?;
		}
		Ok(())
	}

	/// `n` requests expire in one block, each extending its domain's chain.
	#[benchmark]
	fn expire_requests(
		n: Linear<0, { T::MaxRequestsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"signer", SignatureScheme::Ed25519, 1)?;
		for _ in 0..n {
			Pallet::<T>::do_request_signature(
				ActorOf::<T>::Account(manager.clone()),
				domain,
				key,
				vec![7u8; T::MaxPayloadLen::get() as usize],
			)?;
		}
		let at = frame_system::Pallet::<T>::block_number() + T::RequestTtl::get();
		#[block]
		{
			Pallet::<T>::expire_requests(at);
		}
		assert_eq!(
			SignatureRequests::<T>::iter_prefix((domain, key)).count(),
			0
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
