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
use codec::{Decode, Encode};
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, Hooks};
use frame_system::RawOrigin;
use offchain::{CUSTODIAN_KEY_TYPE, KEY_TYPE};

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

/// The custodian key of the benchmarks: ecdsa, the costliest to verify.
fn custodian_key() -> PublicKey {
	let seed = Some(b"//keyreg-bench-custodian".to_vec());
	PublicKey::EcdsaSecp256k1(sp_io::crypto::ecdsa_generate(CUSTODIAN_KEY_TYPE, seed).into())
}

/// Signs `message` with the custodian key, as the off-chain worker does.
fn custodian_sign(message: &[u8]) -> Result<KeySignature, BenchmarkError> {
	offchain::sign_with(CUSTODIAN_KEY_TYPE, &custodian_key(), message).ok_or(BenchmarkError::Stop(
		"custodian key missing from the benchmark keystore",
	))
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
	pop_by::<T>(
		domain,
		name,
		version,
		&ActorOf::<T>::Account(submitter.clone()),
		public,
	)
}

/// As [`pop`], bound to any actor (an executed proposal's, say).
fn pop_by<T: Config>(
	domain: DomainId,
	name: &[u8],
	version: VersionNumber,
	actor: &ActorOf<T>,
	public: &PublicKey,
) -> Result<KeySignature, BenchmarkError> {
	let payload = signature::possession_payload(
		&Pallet::<T>::genesis_hash(),
		domain,
		name,
		version,
		actor,
		public,
	);
	sign(public, &payload)
}

/// An approval policy of `domain` guarding every kind of operation, with
/// the largest threshold; `approvers` holders of `Recovery` are granted it.
fn guarded<T: Config>(domain: DomainId, key: Option<KeyId>) -> Vec<T::AccountId> {
	let approvers: Vec<T::AccountId> = (0..T::MaxApprovals::get())
		.map(|i| funded::<T>("approver", i))
		.collect();
	for who in &approvers {
		grant::<T>(domain, who, Role::Recovery);
	}
	ApprovalPolicies::<T>::insert(
		domain,
		key,
		ApprovalPolicy {
			approvers: Role::Recovery,
			threshold: T::MaxApprovals::get(),
			operations: OperationSet(0b1_1111),
			ttl: 100u32.into(),
		},
	);
	approvers
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
		grant::<T>(domain, &manager, role);
	}
	(domain, owner, manager)
}

/// Grants `role` in `domain` to `who`, as the system.
fn grant<T: Config>(domain: DomainId, who: &T::AccountId, role: Role) {
	let record = Domains::<T>::get(domain).unwrap();
	Pallet::<T>::do_grant_role(ActorOf::<T>::System, domain, record, who.clone(), role).unwrap();
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
		allow_minority_threshold: false,
	}
}

/// A velocity policy with every rule; none freezes unless `freeze_on` says.
fn watching_policy<T: Config>(freeze_on: RuleSet) -> VelocityPolicyOf<T> {
	VelocityPolicy {
		window: 10u32.into(),
		max_uses: Some(0),
		max_requesters: Some(T::MaxTrackedRequesters::get().saturating_sub(1)),
		max_refusals: Some(0),
		baseline: Some(BaselineRule {
			factor_percent: 100,
			smoothing: sp_runtime::Percent::from_percent(1),
			warmup_windows: 0,
			min_uses: 0,
		}),
		flag_new_requesters: true,
		freeze_on,
	}
}

/// The key's activity as the dearest roll leaves it: its window closed
/// long ago (the baseline folds the most idle windows), and all but one
/// tracked requester are others.
fn busy_activity<T: Config>(domain: DomainId, key: KeyId) {
	let requesters: Vec<ActorOf<T>> = (1..T::MaxTrackedRequesters::get())
		.map(|i| ActorOf::<T>::Account(account("requester", i, 0)))
		.collect();
	KeyActivities::<T>::insert(
		domain,
		key,
		KeyActivity::<T> {
			window_start: Zero::zero(),
			uses: 1000,
			refusals: 0,
			requesters: BoundedVec::try_from(requesters).unwrap(),
			baseline_milli: u64::MAX / 2,
			windows_observed: 0,
			raised: RuleSet::NONE,
		},
	);
}

/// Fills the rotation queue of `at` but one place, so that scheduling into
/// it decodes and encodes the largest queue that still has room.
fn fill_queues<T: Config>(at: BlockNumberFor<T>) {
	let nearly_full: Vec<(DomainId, KeyId)> = (1..T::MaxRotationsPerBlock::get())
		.map(|i| (DomainId::MAX, i))
		.collect();
	RotationQueue::<T>::insert(at, BoundedVec::try_from(nearly_full).unwrap());
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
			custodian: Some(custodian_key()),
			policy: Some(scheduled_policy::<T>()),
			metadata: vec![0; T::MaxMetadataLen::get() as usize],
			public,
			proof,
		},
		Possession::Proof,
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
) -> Result<
	(
		T::AccountId,
		DomainId,
		Vec<u8>,
		CustodyInput,
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
	let custody = Custody::Hsm {
		attestation: Some([1; 32]),
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
/// with its usage window nearly used up; returns the request's coordinates,
/// the key's signature and the custodian's proof.
fn pending_request<T: Config>(
	scheme: SignatureScheme,
	len: u32,
) -> Result<(DomainId, KeyId, RequestId, KeySignature, KeySignature), BenchmarkError> {
	let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
	let (key, public) = register::<T>(domain, &manager, b"signer", scheme, 1)?;
	let request = Pallet::<T>::do_request_signature(
		ActorOf::<T>::Account(manager),
		domain,
		Domains::<T>::get(domain).unwrap(),
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
	let custodian_proof = custodian_sign(&signature::custodian_fulfilment_payload(
		&Pallet::<T>::genesis_hash(),
		domain,
		key,
		request,
		&signature,
	))?;
	Ok((domain, key, request, signature, custodian_proof))
}

/// An overdue ecdsa key (the costliest scheme to verify) and the arguments of
/// its custodian rotation: new key, proof of possession, certificate and the
/// custodian's proof.
fn overdue_key<T: Config>() -> Result<
	(
		DomainId,
		KeyId,
		PublicKey,
		KeySignature,
		KeySignature,
		KeySignature,
	),
	BenchmarkError,
> {
	let scheme = SignatureScheme::EcdsaSecp256k1;
	let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
	let name = vec![b'k'; T::MaxNameLen::get() as usize];
	let (key, v0) = register::<T>(domain, &manager, &name, scheme, 1)?;
	let due = Keys::<T>::get(domain, key)
		.and_then(|k| k.rotation_due_at)
		.ok_or(BenchmarkError::Stop("the key has no rotation scheduled"))?;
	frame_system::Pallet::<T>::set_block_number(due);
	Pallet::<T>::on_initialize(due);
	if Pallet::<T>::rotation_overdue_since(domain, key).is_none() {
		return Err(BenchmarkError::Stop("the key did not fall due"));
	}
	fill_queues::<T>(due + T::MinRotationPeriod::get());
	let v1 = new_key(scheme, 2);
	let genesis = Pallet::<T>::genesis_hash();
	let actor = ActorOf::<T>::Custodian(custodian_key());
	let proof = sign(
		&v1,
		&signature::possession_payload(&genesis, domain, &name, 1, &actor, &v1),
	)?;
	let certificate = sign(
		&v0,
		&signature::rotation_payload(&genesis, domain, &name, 0, 1, &v1),
	)?;
	let custodian_proof = custodian_sign(&signature::custodian_rotation_payload(
		&genesis, domain, key, 0, &v1,
	))?;
	Ok((domain, key, v1, proof, certificate, custodian_proof))
}

/// A key whose version 0 the custodian rotated away from, with the grace
/// period over: version 0 is due for destruction. Returns the custodian's
/// proof of the destruction.
fn retired_version<T: Config>() -> Result<(DomainId, KeyId, KeySignature), BenchmarkError> {
	let (domain, key, new_public, proof, certificate, custodian_proof) = overdue_key::<T>()?;
	Pallet::<T>::rotate_key_by_custodian(
		RawOrigin::Authorized.into(),
		domain,
		key,
		new_public,
		proof,
		certificate,
		custodian_proof,
	)
	.map_err(|_| BenchmarkError::Stop("the custodian rotation failed"))?;
	let v1 = Versions::<T>::get((domain, key, 1)).ok_or(BenchmarkError::Stop("no version 1"))?;
	let grace_until = v1.previous_grace_until.unwrap_or(v1.activated_at);
	frame_system::Pallet::<T>::set_block_number(grace_until);
	let v0 = Versions::<T>::get((domain, key, 0)).ok_or(BenchmarkError::Stop("no version 0"))?;
	let custodian_proof = custodian_sign(&signature::custodian_destruction_payload(
		&Pallet::<T>::genesis_hash(),
		domain,
		key,
		0,
		&v0.public,
	))?;
	Ok((domain, key, custodian_proof))
}

/// Deterministic randomness for benchmark set-up only: FROST needs an RNG,
/// the runtime has none, and benchmark committees guard nothing.
struct BenchRng {
	seed: [u8; 32],
	counter: u64,
}

impl BenchRng {
	fn new(label: &[u8], index: u32) -> Self {
		Self {
			seed: sp_io::hashing::blake2_256(&(label, index).encode()),
			counter: 0,
		}
	}
}

impl frost_ed25519::rand_core::RngCore for BenchRng {
	fn next_u32(&mut self) -> u32 {
		let mut bytes = [0u8; 4];
		self.fill_bytes(&mut bytes);
		u32::from_le_bytes(bytes)
	}
	fn next_u64(&mut self) -> u64 {
		let mut bytes = [0u8; 8];
		self.fill_bytes(&mut bytes);
		u64::from_le_bytes(bytes)
	}
	fn fill_bytes(&mut self, dest: &mut [u8]) {
		for chunk in dest.chunks_mut(32) {
			self.counter += 1;
			let block = sp_io::hashing::blake2_256(&(self.seed, self.counter).encode());
			chunk.copy_from_slice(&block[..chunk.len()]);
		}
	}
	fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), frost_ed25519::rand_core::Error> {
		self.fill_bytes(dest);
		Ok(())
	}
}

impl frost_ed25519::rand_core::CryptoRng for BenchRng {}

/// The custodian key of committee member `i` (committees seat ed25519
/// custodian keys only).
fn member_key(i: u16) -> PublicKey {
	let seed = Some(format!("//keyreg-bench-member-{i}").into_bytes());
	PublicKey::Ed25519(sp_io::crypto::ed25519_generate(CUSTODIAN_KEY_TYPE, seed).into())
}

fn member_sign(i: u16, message: &[u8]) -> Result<KeySignature, BenchmarkError> {
	offchain::sign_with(CUSTODIAN_KEY_TYPE, &member_key(i), message).ok_or(BenchmarkError::Stop(
		"member key missing from the benchmark keystore",
	))
}

/// A backup of `key` of `domain` with `h` holders (their agreement keys put
/// in storage), drilled every `MinRotationPeriod` blocks, the drill queue of
/// its due block nearly full; recorded as the worst-case replacement does.
fn backed_up<T: Config>(
	domain: DomainId,
	manager: &T::AccountId,
	key: KeyId,
	h: u32,
) -> Result<Vec<PublicKey>, BenchmarkError> {
	let holders = backup_holders::<T>(domain, h);
	let period = T::MinRotationPeriod::get();
	let record = Domains::<T>::get(domain).unwrap();
	Pallet::<T>::do_record_backup(
		ActorOf::<T>::Account(manager.clone()),
		domain,
		record,
		key,
		BackupSubject::Key,
		[9; 32],
		holders.clone(),
		1,
		3,
		Some(period),
	)
	.map_err(|_| BenchmarkError::Stop("the backup could not be recorded"))?;
	Ok(holders)
}

/// `h` holders with key-agreement keys in `domain`.
fn backup_holders<T: Config>(domain: DomainId, h: u32) -> Vec<PublicKey> {
	(1..=h as u16)
		.map(|i| {
			let holder = member_key(i);
			AgreementKeys::<T>::insert(domain, holder, [i as u8; 32]);
			holder
		})
		.collect()
}

/// Fills the drill queue of block `at` to one below its bound.
fn fill_drill_queue<T: Config>(at: BlockNumberFor<T>) {
	let nearly_full: Vec<(DomainId, KeyId, BackupSubject)> = (1..T::MaxDrillsPerBlock::get())
		.map(|i| (DomainId::MAX, i, BackupSubject::Key))
		.collect();
	DrillQueue::<T>::insert(at, BoundedVec::try_from(nearly_full).unwrap());
}

/// Member `i`'s custodian proof for `content` in ceremony `id`'s current phase.
fn ceremony_proof<T: Config>(
	id: CeremonyId,
	i: u16,
	content: &[u8],
) -> Result<KeySignature, BenchmarkError> {
	let ceremony = Ceremonies::<T>::get(id).unwrap();
	let payload = signature::ceremony_message_payload(
		&Pallet::<T>::genesis_hash(),
		id,
		ceremony.attempt,
		ceremony.phase.tag(),
		i,
		content,
	);
	member_sign(i, &payload)
}

/// Registers member `i`'s key-agreement key in `domain`.
fn register_member<T: Config>(
	domain: DomainId,
	manager: &T::AccountId,
	i: u16,
) -> Result<(), BenchmarkError> {
	let custodian = member_key(i);
	let agreement = [i as u8 + 1; 32];
	let payload = signature::agreement_key_payload(
		&Pallet::<T>::genesis_hash(),
		domain,
		&custodian,
		&agreement,
	);
	let proof = member_sign(i, &payload)?;
	Pallet::<T>::do_register_agreement_key(
		ActorOf::<T>::Account(manager.clone()),
		domain,
		Domains::<T>::get(domain).unwrap(),
		custodian,
		agreement,
		proof,
	)?;
	Ok(())
}

/// A `c`-member committee (threshold `c`, the worst case) running a real
/// FROST DKG through the chain.
struct BenchCeremony {
	id: CeremonyId,
	domain: DomainId,
	manager_actor: Vec<u8>,
	size: u16,
	round1_secrets: Vec<Option<frost_ed25519::keys::dkg::round1::SecretPackage>>,
	round1_packages: Vec<frost_ed25519::keys::dkg::round1::Package>,
	round2_secrets: Vec<Option<frost_ed25519::keys::dkg::round2::SecretPackage>>,
	round2_out: Vec<
		alloc::collections::BTreeMap<
			frost_ed25519::Identifier,
			frost_ed25519::keys::dkg::round2::Package,
		>,
	>,
	key_packages: Vec<Option<frost_ed25519::keys::KeyPackage>>,
	nonces: Vec<Option<frost_ed25519::round1::SigningNonces>>,
	/// For a refresh: each member's current key package and the committee's
	/// current public key package.
	refreshing: Option<(
		Vec<frost_ed25519::keys::KeyPackage>,
		frost_ed25519::keys::PublicKeyPackage,
	)>,
}

impl BenchCeremony {
	/// Starts a ceremony of `c` members (threshold `c`) in a fresh domain.
	fn start<T: Config>(c: u32) -> Result<Self, BenchmarkError> {
		Self::start_with::<T>(c, c as u16)
	}

	/// Starts a ceremony of `c` members with threshold `threshold`.
	fn start_with<T: Config>(c: u32, threshold: u16) -> Result<Self, BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let size = c as u16;
		for i in 1..=size {
			register_member::<T>(domain, &manager, i)?;
		}
		let id = Pallet::<T>::do_start_key_generation(
			ActorOf::<T>::Account(manager.clone()),
			domain,
			Domains::<T>::get(domain).unwrap(),
			vec![b'k'; T::MaxNameLen::get() as usize],
			KeyPurpose::Signing,
			threshold,
			(1..=size).map(member_key).collect(),
			None,
			vec![0; T::MaxMetadataLen::get() as usize],
		)?;
		let mut round1_secrets = Vec::new();
		let mut round1_packages = Vec::new();
		for i in 1..=size {
			let (secret, package) = frost_ed25519::keys::dkg::part1(
				frost_ed25519::Identifier::try_from(i).unwrap(),
				size,
				threshold,
				BenchRng::new(b"part1", i.into()),
			)
			.map_err(|_| BenchmarkError::Stop("DKG part 1"))?;
			round1_secrets.push(Some(secret));
			round1_packages.push(package);
		}
		Ok(Self {
			id,
			domain,
			manager_actor: manager.encode(),
			size,
			round1_secrets,
			round1_packages,
			round2_secrets: Vec::new(),
			round2_out: Vec::new(),
			key_packages: Vec::new(),
			nonces: Vec::new(),
			refreshing: None,
		})
	}

	/// Starts a share refresh of `key` (every member's refresh polynomial
	/// drawn, as `refresh_dkg_part1` does).
	fn refresh<T: Config>(key: &BenchThresholdKey) -> Result<Self, BenchmarkError> {
		let id = Pallet::<T>::do_start_share_refresh(
			ActorOf::<T>::Account(key.manager::<T>()),
			key.domain,
			Domains::<T>::get(key.domain).unwrap(),
			key.key,
		)?;
		let threshold = key.key_packages[0].min_signers();
		let mut round1_secrets = Vec::new();
		let mut round1_packages = Vec::new();
		for i in 1..=key.size {
			let (secret, package) = frost_ed25519::keys::refresh::refresh_dkg_part1(
				Self::identifier(i),
				key.size,
				*threshold,
				BenchRng::new(b"refresh", i.into()),
			)
			.map_err(|_| BenchmarkError::Stop("refresh part 1"))?;
			round1_secrets.push(Some(secret));
			round1_packages.push(package);
		}
		Ok(Self {
			id,
			domain: key.domain,
			manager_actor: key.manager.clone(),
			size: key.size,
			round1_secrets,
			round1_packages,
			round2_secrets: Vec::new(),
			round2_out: Vec::new(),
			key_packages: Vec::new(),
			nonces: Vec::new(),
			refreshing: Some((key.key_packages.clone(), key.public::<T>())),
		})
	}

	fn identifier(i: u16) -> frost_ed25519::Identifier {
		frost_ed25519::Identifier::try_from(i).unwrap()
	}

	/// Member `i`'s message of the ceremony's current phase.
	fn content<T: Config>(&mut self, i: u16) -> Result<Vec<u8>, BenchmarkError> {
		let ceremony = Ceremonies::<T>::get(self.id).unwrap();
		let idx = usize::from(i - 1);
		Ok(match ceremony.phase {
			CeremonyPhase::Round1 => self.round1_packages[idx].serialize().unwrap(),
			CeremonyPhase::Round2 => {
				if self.round2_secrets.is_empty() {
					for j in 1..=self.size {
						let others = (1..=self.size)
							.filter(|k| *k != j)
							.map(|k| {
								(
									Self::identifier(k),
									self.round1_packages[usize::from(k - 1)].clone(),
								)
							})
							.collect();
						let secret = self.round1_secrets[usize::from(j - 1)].take().unwrap();
						let (secret, out) = if self.refreshing.is_some() {
							frost_ed25519::keys::refresh::refresh_dkg_part2(secret, &others)
						} else {
							frost_ed25519::keys::dkg::part2(secret, &others)
						}
						.map_err(|_| BenchmarkError::Stop("DKG part 2"))?;
						self.round2_secrets.push(Some(secret));
						self.round2_out.push(out);
					}
				}
				// The chain never opens a sealed share; a realistic length
				// (the package plus an AEAD tag) is what costs.
				self.round2_out[idx]
					.iter()
					.map(|(to, package)| {
						let to = (1..=self.size)
							.find(|k| Self::identifier(*k) == *to)
							.unwrap();
						let mut ciphertext = package.serialize().unwrap();
						ciphertext.extend_from_slice(&[0u8; 16]);
						SealedShare {
							to,
							encapsulated: [to as u8; 32],
							ciphertext: ciphertext.try_into().unwrap(),
						}
					})
					.collect::<Vec<_>>()
					.encode()
			}
			CeremonyPhase::Confirm => {
				if self.key_packages.is_empty() {
					for j in 1..=self.size {
						let round1 = (1..=self.size)
							.filter(|k| *k != j)
							.map(|k| {
								(
									Self::identifier(k),
									self.round1_packages[usize::from(k - 1)].clone(),
								)
							})
							.collect();
						let round2 = (1..=self.size)
							.filter(|k| *k != j)
							.map(|k| {
								(
									k,
									self.round2_out[usize::from(k - 1)]
										.get(&Self::identifier(j))
										.unwrap()
										.clone(),
								)
							})
							.map(|(k, package)| (Self::identifier(k), package))
							.collect();
						let secret = self.round2_secrets[usize::from(j - 1)].take().unwrap();
						let (key_package, _) = match &self.refreshing {
							Some((current, public)) => {
								frost_ed25519::keys::refresh::refresh_dkg_shares(
									&secret,
									&round1,
									&round2,
									public.clone(),
									current[usize::from(j - 1)].clone(),
								)
							}
							None => frost_ed25519::keys::dkg::part3(&secret, &round1, &round2),
						}
						.map_err(|_| BenchmarkError::Stop("DKG part 3"))?;
						let (nonces, _) = frost_ed25519::round1::commit(
							key_package.signing_share(),
							&mut BenchRng::new(b"nonce", j.into()),
						);
						self.key_packages.push(Some(key_package));
						self.nonces.push(Some(nonces));
					}
				}
				let key_package = self.key_packages[idx].as_ref().unwrap();
				let commitment = self.nonces[idx]
					.as_ref()
					.unwrap()
					.commitments()
					.serialize()
					.unwrap();
				Confirmation {
					group_key: key_package
						.verifying_key()
						.serialize()
						.unwrap()
						.try_into()
						.unwrap(),
					transcript: ceremony.transcript.unwrap(),
					commitment: commitment.try_into().unwrap(),
				}
				.encode()
			}
			CeremonyPhase::Prove => {
				let message = Pallet::<T>::ceremony_possession_message(&ceremony)?;
				let commitments = (1..=ceremony.threshold)
					.map(|k| {
						(
							Self::identifier(k),
							*self.nonces[usize::from(k - 1)]
								.as_ref()
								.unwrap()
								.commitments(),
						)
					})
					.collect();
				let package = frost_ed25519::SigningPackage::new(commitments, &message);
				frost_ed25519::round2::sign(
					&package,
					self.nonces[idx].as_ref().unwrap(),
					self.key_packages[idx].as_ref().unwrap(),
				)
				.map_err(|_| BenchmarkError::Stop("signature share"))?
				.serialize()
			}
			CeremonyPhase::Failed => return Err(BenchmarkError::Stop("the ceremony failed")),
		})
	}

	/// Member `i`'s custodian proof for `content` in the current phase.
	fn proof<T: Config>(&self, i: u16, content: &[u8]) -> Result<KeySignature, BenchmarkError> {
		ceremony_proof::<T>(self.id, i, content)
	}

	/// Posts member `i`'s message of the current phase.
	fn post<T: Config>(&mut self, i: u16) -> Result<(), BenchmarkError> {
		let content = self.content::<T>(i)?;
		let proof = self.proof::<T>(i, &content)?;
		Pallet::<T>::do_submit_ceremony_message(self.id, i, content, proof)?;
		Ok(())
	}

	/// Posts every message up to `phase`, then all of that phase's but the
	/// last; returns the last member's index, message and proof.
	fn until_last_of<T: Config>(
		&mut self,
		phase: CeremonyPhase,
	) -> Result<(u16, Vec<u8>, KeySignature), BenchmarkError> {
		loop {
			let ceremony = Ceremonies::<T>::get(self.id).unwrap();
			let mut expected = ceremony.expected();
			let last = expected.pop().unwrap();
			if ceremony.phase == phase {
				for i in expected {
					self.post::<T>(i)?;
				}
				let content = self.content::<T>(last)?;
				let proof = self.proof::<T>(last, &content)?;
				return Ok((last, content, proof));
			}
			for i in expected.into_iter().chain([last]) {
				self.post::<T>(i)?;
			}
		}
	}
}

/// A threshold key of `c` members, all of whom must sign (the costliest
/// aggregation), generated by a real DKG through the chain, with each
/// member's key package for signing.
struct BenchThresholdKey {
	domain: DomainId,
	key: KeyId,
	manager: Vec<u8>,
	size: u16,
	key_packages: Vec<frost_ed25519::keys::KeyPackage>,
	/// Each member's unused nonces, in the order of its published batch.
	nonces: Vec<Vec<frost_ed25519::round1::SigningNonces>>,
}

impl BenchThresholdKey {
	fn generate<T: Config>(c: u32) -> Result<Self, BenchmarkError> {
		Self::generate_with::<T>(c, c as u16)
	}

	fn generate_with<T: Config>(c: u32, threshold: u16) -> Result<Self, BenchmarkError> {
		let mut bench = BenchCeremony::start_with::<T>(c, threshold)?;
		while let Some(ceremony) = Ceremonies::<T>::get(bench.id) {
			for i in ceremony.expected() {
				bench.post::<T>(i)?;
			}
		}
		let key = Domains::<T>::get(bench.domain).unwrap().key_count - 1;
		assert!(ThresholdKeys::<T>::contains_key(bench.domain, key));
		Ok(Self {
			domain: bench.domain,
			key,
			manager: bench.manager_actor.clone(),
			size: bench.size,
			key_packages: bench.key_packages.into_iter().map(Option::unwrap).collect(),
			nonces: vec![Vec::new(); usize::from(bench.size)],
		})
	}

	fn manager<T: Config>(&self) -> T::AccountId {
		T::AccountId::decode(&mut &self.manager[..]).unwrap()
	}

	/// Starts the repair of member `lost`'s share by every other member and
	/// posts the helpers' sealed values (the chain never opens them: their
	/// realistic lengths are what cost); returns the ceremony, the lost
	/// member's proof (signed with its share, which the benchmark knows) and
	/// its custodian's signature over it.
	fn repair_until_proof<T: Config>(
		&self,
		lost: u16,
	) -> Result<(CeremonyId, Vec<u8>, KeySignature), BenchmarkError> {
		let helpers: Vec<u16> = (1..=self.size).filter(|m| *m != lost).collect();
		let id = Pallet::<T>::do_start_share_repair(
			ActorOf::<T>::Account(self.manager::<T>()),
			self.domain,
			Domains::<T>::get(self.domain).unwrap(),
			self.key,
			lost,
			helpers.clone(),
		)?;
		let sealed = |to: u16, from: u16| SealedShare {
			to,
			encapsulated: [from as u8; 32],
			ciphertext: vec![0u8; 48].try_into().unwrap(),
		};
		for recipients in [helpers.clone(), vec![lost]] {
			for helper in &helpers {
				let content = recipients
					.iter()
					.map(|to| sealed(*to, *helper))
					.collect::<Vec<_>>()
					.encode();
				let proof = ceremony_proof::<T>(id, *helper, &content)?;
				Pallet::<T>::do_submit_ceremony_message(id, *helper, content, proof)?;
			}
		}
		let ceremony = Ceremonies::<T>::get(id).unwrap();
		let payload = signature::share_repair_payload(
			&Pallet::<T>::genesis_hash(),
			self.domain,
			self.key,
			id,
			ceremony.attempt,
			lost,
			&ceremony.transcript.unwrap(),
		);
		let share = &self.key_packages[usize::from(lost - 1)];
		let signing_key =
			frost_ed25519::SigningKey::deserialize(&share.signing_share().serialize()).unwrap();
		let content = signing_key
			.sign(BenchRng::new(b"repair", lost.into()), &payload)
			.serialize()
			.unwrap();
		let proof = ceremony_proof::<T>(id, lost, &content)?;
		Ok((id, content, proof))
	}

	/// The committee's public key package, as on chain.
	fn public<T: Config>(&self) -> frost_ed25519::keys::PublicKeyPackage {
		let record = ThresholdKeys::<T>::get(self.domain, self.key).unwrap();
		let shares = (1..=self.size)
			.zip(record.verifying_shares.iter())
			.map(|(i, share)| {
				(
					BenchCeremony::identifier(i),
					frost_ed25519::keys::VerifyingShare::deserialize(share).unwrap(),
				)
			})
			.collect();
		frost_ed25519::keys::PublicKeyPackage::new(
			shares,
			*self.key_packages[0].verifying_key(),
			Some(*self.key_packages[0].min_signers()),
		)
	}

	/// `count` fresh commitments of member `i` (its nonces kept) and its
	/// custodian's proof for batch `sequence`.
	fn batch<T: Config>(
		&mut self,
		i: u16,
		sequence: u32,
		count: u32,
	) -> Result<(Vec<NonceCommitment>, KeySignature), BenchmarkError> {
		let idx = usize::from(i - 1);
		let mut rng = BenchRng::new(b"signing-nonce", u32::from(i) * 1000 + sequence);
		let mut commitments = Vec::new();
		self.nonces[idx].clear();
		for _ in 0..count {
			let (nonces, commitment) =
				frost_ed25519::round1::commit(self.key_packages[idx].signing_share(), &mut rng);
			commitments.push(NonceCommitment {
				hiding: commitment.hiding().serialize().unwrap().try_into().unwrap(),
				binding: commitment
					.binding()
					.serialize()
					.unwrap()
					.try_into()
					.unwrap(),
			});
			self.nonces[idx].push(nonces);
		}
		let payload = signature::nonce_batch_payload(
			&Pallet::<T>::genesis_hash(),
			self.domain,
			self.key,
			i,
			sequence,
			&commitments,
		);
		Ok((commitments, member_sign(i, &payload)?))
	}

	/// Every member publishes batch `sequence` of `count` commitments.
	fn publish_all<T: Config>(&mut self, sequence: u32, count: u32) -> Result<(), BenchmarkError> {
		for i in 1..=self.size {
			let (commitments, proof) = self.batch::<T>(i, sequence, count)?;
			Pallet::<T>::do_publish_nonce_commitments(
				self.domain,
				self.key,
				i,
				sequence,
				commitments,
				proof,
			)?;
		}
		Ok(())
	}

	/// A request with the largest payload; its session takes every member's
	/// first commitment.
	fn request<T: Config>(&self) -> Result<RequestId, BenchmarkError> {
		Ok(Pallet::<T>::do_request_signature(
			ActorOf::<T>::Account(self.manager::<T>()),
			self.domain,
			Domains::<T>::get(self.domain).unwrap(),
			self.key,
			vec![7u8; T::MaxPayloadLen::get() as usize],
		)?)
	}

	/// Member `i`'s share in the current attempt of `request` (its first
	/// nonce), and its custodian's proof.
	fn share<T: Config>(
		&self,
		request: RequestId,
		i: u16,
	) -> Result<([u8; 32], KeySignature), BenchmarkError> {
		let session = SigningSessions::<T>::get((self.domain, self.key, request)).unwrap();
		let pending = SignatureRequests::<T>::get((self.domain, self.key, request)).unwrap();
		let commitments = session
			.signers
			.iter()
			.map(|(m, c)| (BenchCeremony::identifier(*m), c.to_frost().unwrap()))
			.collect();
		let message = signature::request_payload(
			&Pallet::<T>::genesis_hash(),
			self.domain,
			self.key,
			session.version,
			request,
			&pending.payload,
		);
		let package = frost_ed25519::SigningPackage::new(commitments, &message);
		let idx = usize::from(i - 1);
		let share: [u8; 32] =
			frost_ed25519::round2::sign(&package, &self.nonces[idx][0], &self.key_packages[idx])
				.map_err(|_| BenchmarkError::Stop("signature share"))?
				.serialize()
				.try_into()
				.unwrap();
		let payload = signature::signature_share_payload(
			&Pallet::<T>::genesis_hash(),
			self.domain,
			self.key,
			request,
			session.attempt,
			i,
			&share,
		);
		Ok((share, member_sign(i, &payload)?))
	}
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
		grant::<T>(domain, &who, Role::Admin);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, who.clone(), Role::Admin);
		assert!(!Roles::<T>::contains_key(domain, &who));
	}

	#[benchmark]
	fn register_key_ed25519(
		n: Linear<1, { T::MaxNameLen::get() }>,
		m: Linear<0, { T::MaxMetadataLen::get() }>,
	) -> Result<(), BenchmarkError> {
		let (manager, domain, name, custody, metadata, public, proof) =
			register_benchmark::<T>(SignatureScheme::Ed25519, n, m)?;
		#[extrinsic_call]
		register_key(
			RawOrigin::Signed(manager),
			domain,
			name,
			KeyPurpose::Signing,
			custody,
			Some(custodian_key()),
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
			register_benchmark::<T>(SignatureScheme::Sr25519, n, m)?;
		#[extrinsic_call]
		register_key(
			RawOrigin::Signed(manager),
			domain,
			name,
			KeyPurpose::Signing,
			custody,
			Some(custodian_key()),
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
			register_benchmark::<T>(SignatureScheme::EcdsaSecp256k1, n, m)?;
		#[extrinsic_call]
		register_key(
			RawOrigin::Signed(manager),
			domain,
			name,
			KeyPurpose::Signing,
			custody,
			Some(custodian_key()),
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
		let head = Domains::<T>::get(domain).unwrap().audit;
		#[extrinsic_call]
		_(RawOrigin::Signed(auditor), domain, head.seq, head.head);
		assert_eq!(Domains::<T>::get(domain).unwrap().audit.seq, head.seq + 1);
	}

	/// `n` rotations fall due in one block, each in a domain of its own: the
	/// worst case, since every announcement then extends a different domain's
	/// audit chain (one domain record read and written per key).
	#[benchmark]
	fn on_initialize(
		n: Linear<0, { T::MaxRotationsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		for i in 0..n {
			let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
			register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 10 + i)?;
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

	/// Block 1 deposits `n` audit entries recorded at genesis, each a domain
	/// creation with the longest name (genesis records only domains and roles).
	#[benchmark]
	fn emit_genesis_entries(n: Linear<0, 1024>) {
		let owner: T::AccountId = account("genesis", 0, SEED);
		let entries: Vec<Event<T>> = (0..n)
			.map(|i| Event::DomainCreated {
				domain: i,
				seq: 1,
				actor: ActorOf::<T>::System,
				owner: owner.clone(),
				name: BoundedVec::try_from(vec![b'g'; T::MaxNameLen::get() as usize]).unwrap(),
				deposit: T::DomainDeposit::get(),
				default_policy: scheduled_policy::<T>(),
			})
			.collect();
		PendingGenesisEntries::<T>::put(entries);
		#[block]
		{
			Pallet::<T>::emit_genesis_entries();
		}
		assert!(PendingGenesisEntries::<T>::get().is_empty());
	}

	/// Names a new custodian for a key that has one.
	#[benchmark]
	fn set_key_custodian() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		let next = new_key(SignatureScheme::EcdsaSecp256k1, 9);
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, key, Some(next));
		assert_eq!(Keys::<T>::get(domain, key).unwrap().custodian, Some(next));
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
		// The domain already made requests in this block (its counter is read
		// and advanced, not reset).
		let now = frame_system::Pallet::<T>::block_number();
		Domains::<T>::mutate(domain, |d| {
			if let Some(d) = d {
				d.requests = (now, T::MaxRequestsPerDomainPerBlock::get() - 1);
			}
		});
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

	#[benchmark]
	fn set_velocity_policy() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		// Replaces a policy and forgets an activity.
		VelocityPolicies::<T>::insert(domain, key, watching_policy::<T>(RuleSet::NONE));
		busy_activity::<T>(domain, key);
		let policy = watching_policy::<T>(RuleSet::of(&VelocityRule::ALL));
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, key, Some(policy));
		assert_eq!(VelocityPolicies::<T>::get(domain, key), Some(policy));
		Ok(())
	}

	/// A `p`-byte request for a watched key, as [`request_signature`] but
	/// with every rule checked, the window rolled over the most idle
	/// windows, a requester new to the key, and breaches that record an
	/// anomaly without freezing (the request is accepted).
	#[benchmark]
	fn request_signature_monitored(
		p: Linear<1, { T::MaxPayloadLen::get() }>,
	) -> Result<(), BenchmarkError> {
		let window = 10u32;
		frame_system::Pallet::<T>::set_block_number(
			(window * (crate::velocity::MAX_IDLE_WINDOWS_FOLDED + 1)).into(),
		);
		let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
		let (key, _) = register::<T>(
			domain,
			&manager,
			b"signer",
			SignatureScheme::EcdsaSecp256k1,
			1,
		)?;
		VelocityPolicies::<T>::insert(domain, key, watching_policy::<T>(RuleSet::NONE));
		busy_activity::<T>(domain, key);
		let expires_at = frame_system::Pallet::<T>::block_number() + T::RequestTtl::get();
		let others: Vec<(DomainId, KeyId, RequestId)> = (1..T::MaxRequestsPerBlock::get())
			.map(|i| (DomainId::MAX, 0, RequestId::MAX - u64::from(i)))
			.collect();
		RequestExpiries::<T>::insert(expires_at, BoundedVec::try_from(others).unwrap());
		#[extrinsic_call]
		request_signature(
			RawOrigin::Signed(manager),
			domain,
			key,
			vec![7u8; p as usize],
		);
		assert!(SignatureRequests::<T>::contains_key((domain, key, 0)));
		assert!(matches!(
			frame_system::Pallet::<T>::events().last().map(|e| &e.event),
			Some(e) if format!("{e:?}").contains("AnomalyDetected")
		));
		Ok(())
	}

	/// A watched key refuses a request (its usage limit is reached), the
	/// refusal breaches `max_refusals`, and the key freezes.
	#[benchmark]
	fn refuse_signature_request() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(scheduled_policy::<T>());
		let (key, _) = register::<T>(
			domain,
			&manager,
			b"signer",
			SignatureScheme::EcdsaSecp256k1,
			1,
		)?;
		let now = frame_system::Pallet::<T>::block_number();
		KeyUsage::<T>::insert(
			domain,
			key,
			UsageWindow {
				started_at: now,
				used: 100,
			},
		);
		VelocityPolicies::<T>::insert(
			domain,
			key,
			watching_policy::<T>(RuleSet::of(&[VelocityRule::Refusals])),
		);
		busy_activity::<T>(domain, key);
		#[extrinsic_call]
		request_signature(RawOrigin::Signed(manager), domain, key, vec![7u8; 32]);
		assert!(Keys::<T>::get(domain, key).unwrap().frozen);
		assert!(!SignatureRequests::<T>::contains_key((domain, key, 0)));
		Ok(())
	}

	/// Replaces a key's approval policy.
	#[benchmark]
	fn set_approval_policy() -> Result<(), BenchmarkError> {
		let (domain, owner, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		ApprovalPolicies::<T>::insert(
			domain,
			Some(key),
			ApprovalPolicy {
				approvers: Role::Recovery,
				threshold: 1,
				operations: OperationSet::of(&[OperationKind::SignatureRequest]),
				ttl: 10u32.into(),
			},
		);
		let policy = ApprovalPolicy {
			approvers: Role::Operator,
			threshold: T::MaxApprovals::get(),
			operations: OperationSet::of(&[OperationKind::SignatureRequest]),
			ttl: 100u32.into(),
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, Some(key), Some(policy));
		assert_eq!(ApprovalPolicies::<T>::get(domain, Some(key)), Some(policy));
		Ok(())
	}

	/// The dearest proposal: an ecdsa rotation, whose two proofs are checked
	/// at once, guarded by the domain's policy (the key has none of its own).
	#[benchmark]
	fn propose() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let name = vec![b'k'; T::MaxNameLen::get() as usize];
		let (key, v0) = register::<T>(domain, &manager, &name, SignatureScheme::EcdsaSecp256k1, 1)?;
		guarded::<T>(domain, None);
		let proposal = NextProposalId::<T>::get();
		let v1 = new_key(SignatureScheme::EcdsaSecp256k1, 2);
		let quorum = ActorOf::<T>::Quorum {
			proposer: manager.clone(),
			proposal,
		};
		let operation = Operation::<T>::RotateKey {
			key,
			new_public: v1,
			proof: pop_by::<T>(domain, &name, 1, &quorum, &v1)?,
			certificate: Some(sign(
				&v0,
				&signature::rotation_payload(
					&Pallet::<T>::genesis_hash(),
					domain,
					&name,
					0,
					1,
					&v1,
				),
			)?),
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, operation);
		assert!(Proposals::<T>::contains_key(domain, proposal));
		Ok(())
	}

	/// The last approval a proposal of the largest threshold takes.
	#[benchmark]
	fn approve() -> Result<(), BenchmarkError> {
		let (domain, owner, _) = domain_with_manager::<T>(KeyPolicy::default());
		let approvers = guarded::<T>(domain, None);
		let record = Domains::<T>::get(domain).unwrap();
		let operation = Operation::<T>::GrantRole {
			who: account("grantee", 0, SEED),
			role: Role::Auditor,
		};
		let proposal = Pallet::<T>::do_propose(owner, domain, record, operation)?;
		let (last, others) = approvers.split_last().unwrap();
		for who in others {
			let record = Domains::<T>::get(domain).unwrap();
			Pallet::<T>::do_approve(who.clone(), domain, record, proposal)?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), domain, proposal);
		assert_eq!(
			Proposals::<T>::get(domain, proposal)
				.unwrap()
				.approvals
				.len() as u32,
			T::MaxApprovals::get()
		);
		Ok(())
	}

	/// Executing a fully approved role grant: the proposal's own part (the
	/// operation's weight is charged on top, for the dearest operation).
	#[benchmark]
	fn execute_proposal() -> Result<(), BenchmarkError> {
		let (domain, owner, _) = domain_with_manager::<T>(KeyPolicy::default());
		let approvers = guarded::<T>(domain, None);
		let grantee: T::AccountId = account("grantee", 0, SEED);
		let record = Domains::<T>::get(domain).unwrap();
		let operation = Operation::<T>::GrantRole {
			who: grantee.clone(),
			role: Role::Auditor,
		};
		let proposal = Pallet::<T>::do_propose(owner.clone(), domain, record, operation)?;
		for who in &approvers {
			let record = Domains::<T>::get(domain).unwrap();
			Pallet::<T>::do_approve(who.clone(), domain, record, proposal)?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, proposal);
		assert!(Roles::<T>::get(domain, &grantee).contains(Role::Auditor));
		Ok(())
	}

	#[benchmark]
	fn cancel_proposal() -> Result<(), BenchmarkError> {
		let (domain, owner, _) = domain_with_manager::<T>(KeyPolicy::default());
		guarded::<T>(domain, None);
		let record = Domains::<T>::get(domain).unwrap();
		let operation = Operation::<T>::GrantRole {
			who: account("grantee", 0, SEED),
			role: Role::Auditor,
		};
		let proposal = Pallet::<T>::do_propose(owner.clone(), domain, record, operation)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), domain, proposal);
		assert!(!Proposals::<T>::contains_key(domain, proposal));
		Ok(())
	}

	#[benchmark]
	fn expire_proposal() -> Result<(), BenchmarkError> {
		let (domain, owner, manager) = domain_with_manager::<T>(KeyPolicy::default());
		guarded::<T>(domain, None);
		let record = Domains::<T>::get(domain).unwrap();
		let operation = Operation::<T>::GrantRole {
			who: account("grantee", 0, SEED),
			role: Role::Auditor,
		};
		let proposal = Pallet::<T>::do_propose(owner, domain, record, operation)?;
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number() + 100u32.into(),
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, proposal);
		assert!(!Proposals::<T>::contains_key(domain, proposal));
		Ok(())
	}

	/// The custodian delivers an ecdsa signature over a `p`-byte payload.
	#[benchmark]
	fn fulfil_signature(p: Linear<1, { T::MaxPayloadLen::get() }>) -> Result<(), BenchmarkError> {
		let (domain, key, request, signature, custodian_proof) =
			pending_request::<T>(SignatureScheme::EcdsaSecp256k1, p)?;
		#[extrinsic_call]
		_(
			RawOrigin::Authorized,
			domain,
			key,
			request,
			signature,
			custodian_proof,
		);
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
		let (domain, key, request, signature, custodian_proof) =
			pending_request::<T>(SignatureScheme::EcdsaSecp256k1, p)?;
		let call = Call::<T>::fulfil_signature {
			domain,
			key,
			request,
			signature,
			custodian_proof,
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
		let (domain, key, new, proof, certificate, custodian_proof) = overdue_key::<T>()?;
		#[extrinsic_call]
		_(
			RawOrigin::Authorized,
			domain,
			key,
			new,
			proof,
			certificate,
			custodian_proof,
		);
		assert_eq!(Keys::<T>::get(domain, key).unwrap().current_version, 1);
		Ok(())
	}

	/// The pool's check of a custodian rotation (ecdsa).
	#[benchmark]
	fn authorize_rotate_key_by_custodian() -> Result<(), BenchmarkError> {
		use frame_support::{pallet_prelude::TransactionSource, traits::Authorize};
		let (domain, key, new_public, proof, certificate, custodian_proof) = overdue_key::<T>()?;
		let call = Call::<T>::rotate_key_by_custodian {
			domain,
			key,
			new_public,
			proof,
			certificate,
			custodian_proof,
		};
		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the call must be authorized")?
				.map_err(|_| "the rotation must be valid")?;
		}
		Ok(())
	}

	/// The custodian records destroying a retired version.
	#[benchmark]
	fn record_key_destruction() -> Result<(), BenchmarkError> {
		let (domain, key, custodian_proof) = retired_version::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Authorized, domain, key, 0, custodian_proof);
		assert!(Destructions::<T>::contains_key((domain, key, 0)));
		Ok(())
	}

	/// The pool's check of a destruction record.
	#[benchmark]
	fn authorize_record_key_destruction() -> Result<(), BenchmarkError> {
		use frame_support::{pallet_prelude::TransactionSource, traits::Authorize};
		let (domain, key, custodian_proof) = retired_version::<T>()?;
		let call = Call::<T>::record_key_destruction {
			domain,
			key,
			version: 0,
			custodian_proof,
		};
		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the call must be authorized")?
				.map_err(|_| "the destruction record must be valid")?;
		}
		Ok(())
	}

	/// A key manager keeps a key's retired versions.
	#[benchmark]
	fn set_retired_keys() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::Ed25519, 1)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, key, RetiredKeys::Keep);
		assert_eq!(Pallet::<T>::retired_keys(domain, key), RetiredKeys::Keep);
		Ok(())
	}

	/// `n` requests expire in one block, each of a key in a domain of its own
	/// (every expiry extends a different domain's chain) and each releasing
	/// its requester's deposit.
	#[benchmark]
	fn expire_requests(
		n: Linear<0, { T::MaxRequestsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		// The keys register over several blocks (their rotations fall due in
		// queues of `MaxRotationsPerBlock`); the requests are all made in one.
		let mut keys = Vec::new();
		for i in 0..n {
			if i > 0 && i % T::MaxRotationsPerBlock::get() == 0 {
				let next = frame_system::Pallet::<T>::block_number() + One::one();
				frame_system::Pallet::<T>::set_block_number(next);
			}
			let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
			let (key, _) = register::<T>(
				domain,
				&manager,
				b"signer",
				SignatureScheme::Ed25519,
				10 + i,
			)?;
			keys.push((domain, key, manager));
		}
		let mut pending = Vec::new();
		for (domain, key, manager) in keys {
			let request = Pallet::<T>::do_request_signature(
				ActorOf::<T>::Account(manager),
				domain,
				Domains::<T>::get(domain).unwrap(),
				key,
				vec![7u8; T::MaxPayloadLen::get() as usize],
			)?;
			pending.push((domain, key, request));
		}
		let at = frame_system::Pallet::<T>::block_number() + T::RequestTtl::get();
		#[block]
		{
			Pallet::<T>::expire_requests(at);
		}
		for id in pending {
			assert!(!SignatureRequests::<T>::contains_key(id));
		}
		Ok(())
	}

	/// A custodian's first key-agreement key (ecdsa custodian proof).
	#[benchmark]
	fn register_agreement_key() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let custodian = member_key(1);
		let agreement = [7u8; 32];
		let payload = signature::agreement_key_payload(
			&Pallet::<T>::genesis_hash(),
			domain,
			&custodian,
			&agreement,
		);
		let proof = member_sign(1, &payload)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(manager),
			domain,
			custodian,
			agreement,
			proof,
		);
		assert_eq!(AgreementKeys::<T>::get(domain, custodian), Some(agreement));
		Ok(())
	}

	/// Starts a ceremony of `c` members.
	#[benchmark]
	fn start_key_generation(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let size = c as u16;
		for i in 1..=size {
			register_member::<T>(domain, &manager, i)?;
		}
		let committee: Vec<PublicKey> = (1..=size).map(member_key).collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(manager),
			domain,
			vec![b'k'; T::MaxNameLen::get() as usize],
			KeyPurpose::Signing,
			size,
			committee,
			None,
			vec![0; T::MaxMetadataLen::get() as usize],
		);
		assert_eq!(ActiveCeremonies::<T>::get(domain), 1);
		Ok(())
	}

	/// The last round-1 package of `c` members: its proof of knowledge, then
	/// the group key and verifying shares from all `c` commitments.
	#[benchmark]
	fn ceremony_round1(c: Linear<2, { T::MaxCommitteeSize::get() }>) -> Result<(), BenchmarkError> {
		let mut bench = BenchCeremony::start::<T>(c)?;
		let (member, content, proof) = bench.until_last_of::<T>(CeremonyPhase::Round1)?;
		#[extrinsic_call]
		submit_ceremony_message(RawOrigin::Authorized, bench.id, member, content, proof);
		assert_eq!(
			Ceremonies::<T>::get(bench.id).unwrap().phase,
			CeremonyPhase::Round2
		);
		Ok(())
	}

	/// The last sealed shares of `c` members: the transcript over 2c messages.
	#[benchmark]
	fn ceremony_round2(c: Linear<2, { T::MaxCommitteeSize::get() }>) -> Result<(), BenchmarkError> {
		let mut bench = BenchCeremony::start::<T>(c)?;
		let (member, content, proof) = bench.until_last_of::<T>(CeremonyPhase::Round2)?;
		#[extrinsic_call]
		submit_ceremony_message(RawOrigin::Authorized, bench.id, member, content, proof);
		assert_eq!(
			Ceremonies::<T>::get(bench.id).unwrap().phase,
			CeremonyPhase::Confirm
		);
		Ok(())
	}

	/// The last confirmation of `c` members.
	#[benchmark]
	fn ceremony_confirm(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchCeremony::start::<T>(c)?;
		let (member, content, proof) = bench.until_last_of::<T>(CeremonyPhase::Confirm)?;
		#[extrinsic_call]
		submit_ceremony_message(RawOrigin::Authorized, bench.id, member, content, proof);
		assert_eq!(
			Ceremonies::<T>::get(bench.id).unwrap().phase,
			CeremonyPhase::Prove
		);
		Ok(())
	}

	/// The last of `c` signature shares: verified, aggregated, checked as
	/// Ed25519, and the key registered.
	#[benchmark]
	fn ceremony_prove(c: Linear<2, { T::MaxCommitteeSize::get() }>) -> Result<(), BenchmarkError> {
		let mut bench = BenchCeremony::start::<T>(c)?;
		let (member, content, proof) = bench.until_last_of::<T>(CeremonyPhase::Prove)?;
		#[extrinsic_call]
		submit_ceremony_message(RawOrigin::Authorized, bench.id, member, content, proof);
		assert!(Ceremonies::<T>::get(bench.id).is_none());
		assert_eq!(Domains::<T>::get(bench.domain).unwrap().live_keys, 1);
		Ok(())
	}

	/// The pool's check of the largest message of `c` members (sealed shares).
	#[benchmark]
	fn authorize_ceremony_message(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		use frame_support::{pallet_prelude::TransactionSource, traits::Authorize};
		let mut bench = BenchCeremony::start::<T>(c)?;
		let (member, content, custodian_proof) = bench.until_last_of::<T>(CeremonyPhase::Round2)?;
		let call = Call::<T>::submit_ceremony_message {
			ceremony: bench.id,
			member,
			content,
			custodian_proof,
		};
		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the call must be authorized")?
				.map_err(|_| "the message must be valid")?;
		}
		Ok(())
	}

	/// A recipient's report in a ceremony of `c` members.
	#[benchmark]
	fn report_ceremony_fault(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchCeremony::start::<T>(c)?;
		bench.until_last_of::<T>(CeremonyPhase::Confirm)?;
		let size = bench.size;
		let attempt = Ceremonies::<T>::get(bench.id).unwrap().attempt;
		let payload = signature::ceremony_fault_payload(
			&Pallet::<T>::genesis_hash(),
			bench.id,
			attempt,
			size,
			1,
		);
		let proof = member_sign(size, &payload)?;
		#[extrinsic_call]
		_(RawOrigin::Authorized, bench.id, size, 1, proof);
		assert_eq!(
			Ceremonies::<T>::get(bench.id).unwrap().phase,
			CeremonyPhase::Failed
		);
		Ok(())
	}

	/// Restarts a ceremony of `c` members that stalled in its last phase
	/// (every earlier message is discarded).
	#[benchmark]
	fn restart_key_generation(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchCeremony::start::<T>(c)?;
		bench.until_last_of::<T>(CeremonyPhase::Prove)?;
		let deadline = Ceremonies::<T>::get(bench.id).unwrap().deadline;
		frame_system::Pallet::<T>::set_block_number(deadline + 1u32.into());
		let manager = T::AccountId::decode(&mut &bench.manager_actor[..]).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), bench.domain, bench.id);
		assert_eq!(Ceremonies::<T>::get(bench.id).unwrap().attempt, 1);
		Ok(())
	}

	/// Cancels a ceremony of `c` members in its last phase.
	#[benchmark]
	fn cancel_key_generation(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchCeremony::start::<T>(c)?;
		bench.until_last_of::<T>(CeremonyPhase::Prove)?;
		let manager = T::AccountId::decode(&mut &bench.manager_actor[..]).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), bench.domain, bench.id);
		assert!(Ceremonies::<T>::get(bench.id).is_none());
		Ok(())
	}

	/// Starts a share refresh of a key of `c` members.
	#[benchmark]
	fn start_share_refresh(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let bench = BenchThresholdKey::generate::<T>(c)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(bench.manager::<T>()),
			bench.domain,
			bench.key,
		);
		assert!(KeyMaintenance::<T>::contains_key(bench.domain, bench.key));
		Ok(())
	}

	/// The last refresh package of `c` members: every member's new
	/// verifying share from all `c` commitments.
	#[benchmark]
	fn ceremony_refresh_round1(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let key = BenchThresholdKey::generate::<T>(c)?;
		let mut bench = BenchCeremony::refresh::<T>(&key)?;
		let (member, content, proof) = bench.until_last_of::<T>(CeremonyPhase::Round1)?;
		#[extrinsic_call]
		submit_ceremony_message(RawOrigin::Authorized, bench.id, member, content, proof);
		assert_eq!(
			Ceremonies::<T>::get(bench.id).unwrap().phase,
			CeremonyPhase::Round2
		);
		Ok(())
	}

	/// The last of `c` signature shares of a refresh: verified with the new
	/// shares, aggregated, checked as Ed25519 under the unchanged group key,
	/// and the key moved to the new epoch (its rotation rescheduled).
	#[benchmark]
	fn ceremony_refresh_prove(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let key = BenchThresholdKey::generate::<T>(c)?;
		let mut bench = BenchCeremony::refresh::<T>(&key)?;
		let (member, content, proof) = bench.until_last_of::<T>(CeremonyPhase::Prove)?;
		#[extrinsic_call]
		submit_ceremony_message(RawOrigin::Authorized, bench.id, member, content, proof);
		assert_eq!(
			ThresholdKeys::<T>::get(key.domain, key.key).unwrap().epoch,
			1
		);
		Ok(())
	}

	/// Starts the repair of member `c`'s share of a key of `c` members
	/// (threshold `c - 1`) by the others.
	#[benchmark]
	fn start_share_repair(
		c: Linear<3, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let size = c as u16;
		let bench = BenchThresholdKey::generate_with::<T>(c, size - 1)?;
		let helpers: Vec<u16> = (1..size).collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(bench.manager::<T>()),
			bench.domain,
			bench.key,
			size,
			helpers,
		);
		assert!(KeyMaintenance::<T>::contains_key(bench.domain, bench.key));
		Ok(())
	}

	/// The repaired member's proof in a committee of `c` (threshold `c - 1`):
	/// one Ed25519 verification, then the repair's messages cleared.
	#[benchmark]
	fn ceremony_repair_confirm(
		c: Linear<3, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let size = c as u16;
		let key = BenchThresholdKey::generate_with::<T>(c, size - 1)?;
		let (id, content, proof) = key.repair_until_proof::<T>(size)?;
		#[extrinsic_call]
		submit_ceremony_message(RawOrigin::Authorized, id, size, content, proof);
		assert!(Ceremonies::<T>::get(id).is_none());
		Ok(())
	}

	/// Member 1 replaces its batch with `n` fresh commitments.
	#[benchmark]
	fn publish_nonce_commitments(
		n: Linear<1, { T::MaxNonceCommitments::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchThresholdKey::generate::<T>(2)?;
		bench.publish_all::<T>(1, T::MaxNonceCommitments::get())?;
		let (commitments, proof) = bench.batch::<T>(1, 2, n)?;
		#[extrinsic_call]
		_(
			RawOrigin::Authorized,
			bench.domain,
			bench.key,
			1,
			2,
			commitments,
			proof,
		);
		assert_eq!(
			NonceBatches::<T>::get((bench.domain, bench.key, 1))
				.unwrap()
				.commitments
				.len(),
			n as usize
		);
		Ok(())
	}

	/// A request on a threshold key of `c` members: its session chooses
	/// all `c` (threshold `c`) among their batches.
	#[benchmark]
	fn request_threshold_signature(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchThresholdKey::generate::<T>(c)?;
		bench.publish_all::<T>(1, T::MaxNonceCommitments::get())?;
		let manager = bench.manager::<T>();
		#[extrinsic_call]
		request_signature(
			RawOrigin::Signed(manager),
			bench.domain,
			bench.key,
			vec![7u8; T::MaxPayloadLen::get() as usize],
		);
		let session = SigningSessions::<T>::iter_values().next().unwrap();
		assert_eq!(session.signers.len(), c as usize);
		Ok(())
	}

	/// The last of `c` signature shares: verified, aggregated with the
	/// others, checked as Ed25519, and the request fulfilled.
	#[benchmark]
	fn submit_signature_share(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchThresholdKey::generate::<T>(c)?;
		bench.publish_all::<T>(1, 2)?;
		let request = bench.request::<T>()?;
		for i in 1..bench.size {
			let (share, proof) = bench.share::<T>(request, i)?;
			Pallet::<T>::do_submit_signature_share(
				bench.domain,
				bench.key,
				request,
				0,
				i,
				share,
				proof,
			)?;
		}
		let last = bench.size;
		let (share, proof) = bench.share::<T>(request, last)?;
		#[extrinsic_call]
		_(
			RawOrigin::Authorized,
			bench.domain,
			bench.key,
			request,
			0,
			last,
			share,
			proof,
		);
		assert!(!SignatureRequests::<T>::contains_key((
			bench.domain,
			bench.key,
			request
		)));
		Ok(())
	}

	/// A wrong share from the last of `c` signers: the attempt ends and the
	/// next one chooses among the others' batches.
	#[benchmark]
	fn reject_signature_share(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchThresholdKey::generate::<T>(c)?;
		bench.publish_all::<T>(1, 2)?;
		let request = bench.request::<T>()?;
		let last = bench.size;
		let (mut share, _) = bench.share::<T>(request, last)?;
		share[0] ^= 1;
		let payload = signature::signature_share_payload(
			&Pallet::<T>::genesis_hash(),
			bench.domain,
			bench.key,
			request,
			0,
			last,
			&share,
		);
		let proof = member_sign(last, &payload)?;
		#[extrinsic_call]
		submit_signature_share(
			RawOrigin::Authorized,
			bench.domain,
			bench.key,
			request,
			0,
			last,
			share,
			proof,
		);
		assert_eq!(
			SigningSessions::<T>::get((bench.domain, bench.key, request))
				.unwrap()
				.attempt,
			1
		);
		Ok(())
	}

	/// The pool's check of the last of `c` shares (verified against its
	/// verifying share).
	#[benchmark]
	fn authorize_signature_share(
		c: Linear<2, { T::MaxCommitteeSize::get() }>,
	) -> Result<(), BenchmarkError> {
		use frame_support::{pallet_prelude::TransactionSource, traits::Authorize};
		let mut bench = BenchThresholdKey::generate::<T>(c)?;
		bench.publish_all::<T>(1, 2)?;
		let request = bench.request::<T>()?;
		let last = bench.size;
		let (share, custodian_proof) = bench.share::<T>(request, last)?;
		let call = Call::<T>::submit_signature_share {
			domain: bench.domain,
			key: bench.key,
			request,
			attempt: 0,
			member: last,
			share,
			custodian_proof,
		};
		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the call must be authorized")?
				.map_err(|_| "the share must be valid")?;
		}
		Ok(())
	}

	/// `n` signing attempts end in one block, each on a key of
	/// `MaxCommitteeSize` members none of whom answered: each drops the
	/// silent signers' batches and looks for new signers among all members.
	#[benchmark]
	fn expire_signing_attempts(
		n: Linear<0, { T::MaxRequestsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut bench = BenchThresholdKey::generate::<T>(T::MaxCommitteeSize::get())?;
		bench.publish_all::<T>(1, T::MaxNonceCommitments::get())?;
		let first = bench.request::<T>()?;
		let template = SigningSessions::<T>::get((bench.domain, bench.key, first)).unwrap();
		let pending = SignatureRequests::<T>::get((bench.domain, bench.key, first)).unwrap();
		let at = template.deadline;
		// The other attempts are copies of the first (one request's worth of
		// set-up each would take hours), all due at the same block.
		let mut due = Vec::new();
		for i in 0..n {
			let request = first + RequestId::from(i);
			SignatureRequests::<T>::insert((bench.domain, bench.key, request), pending.clone());
			SigningSessions::<T>::insert((bench.domain, bench.key, request), template.clone());
			due.push((bench.domain, bench.key, request));
		}
		SigningDeadlines::<T>::insert(at, BoundedVec::try_from(due).unwrap());
		frame_system::Pallet::<T>::set_block_number(at);
		#[block]
		{
			Pallet::<T>::expire_signing_attempts(at);
		}
		if n > 0 {
			assert_eq!(
				SigningSessions::<T>::get((bench.domain, bench.key, first))
					.unwrap()
					.attempt,
				1
			);
		}
		Ok(())
	}

	/// Records a backup with `h` holders of an ecdsa key that already has one
	/// (its drill is unscheduled), the new drill's queue nearly full.
	#[benchmark]
	fn record_backup(h: Linear<1, { T::MaxBackupHolders::get() }>) -> Result<(), BenchmarkError> {
		// The call runs in block 1 (as events need): the queues filled below
		// are those of the blocks it schedules.
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::EcdsaSecp256k1, 1)?;
		backed_up::<T>(domain, &manager, key, 1)?;
		let holders = backup_holders::<T>(domain, h);
		let period = T::MinRotationPeriod::get() + 1u32.into();
		let now = frame_system::Pallet::<T>::block_number();
		fill_drill_queue::<T>(now + period);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(manager),
			domain,
			key,
			BackupSubject::Key,
			[8; 32],
			holders,
			h as u8,
			16,
			Some(period),
		);
		let backup = Backups::<T>::get((domain, key, BackupSubject::Key)).unwrap();
		assert_eq!(backup.holders.len() as u32, h);
		assert_eq!(backup.drill_due_at, Some(now + period));
		Ok(())
	}

	#[benchmark]
	fn retire_backup() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::EcdsaSecp256k1, 1)?;
		backed_up::<T>(domain, &manager, key, T::MaxBackupHolders::get())?;
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, key, BackupSubject::Key);
		assert!(Backups::<T>::get((domain, key, BackupSubject::Key)).is_none());
		Ok(())
	}

	#[benchmark]
	fn start_backup_drill() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, _) = register::<T>(domain, &manager, b"k", SignatureScheme::EcdsaSecp256k1, 1)?;
		backed_up::<T>(domain, &manager, key, T::MaxBackupHolders::get())?;
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, key, BackupSubject::Key);
		assert!(DrillChallenges::<T>::get((domain, key, BackupSubject::Key)).is_some());
		Ok(())
	}

	/// An ecdsa key (the costliest to verify) passes its drill; its next
	/// drill's queue is nearly full.
	#[benchmark]
	fn complete_backup_drill() -> Result<(), BenchmarkError> {
		let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
		let (key, public) =
			register::<T>(domain, &manager, b"k", SignatureScheme::EcdsaSecp256k1, 1)?;
		backed_up::<T>(domain, &manager, key, T::MaxBackupHolders::get())?;
		let subject = BackupSubject::Key;
		let record = Domains::<T>::get(domain).unwrap();
		Pallet::<T>::do_start_backup_drill(
			ActorOf::<T>::Account(manager.clone()),
			domain,
			record,
			key,
			subject,
		)
		.unwrap();
		let open = DrillChallenges::<T>::get((domain, key, subject)).unwrap();
		let payload = signature::drill_payload(
			&Pallet::<T>::genesis_hash(),
			domain,
			key,
			subject,
			0,
			0,
			open.issued_at,
			&open.challenge,
		);
		let proof = sign(&public, &payload)?;
		// A block later: its current drill is unscheduled from one queue and
		// the next goes into another, nearly full.
		let now = frame_system::Pallet::<T>::block_number() + 1u32.into();
		frame_system::Pallet::<T>::set_block_number(now);
		fill_drill_queue::<T>(now + T::MinRotationPeriod::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(manager), domain, key, subject, proof);
		let backup = Backups::<T>::get((domain, key, subject)).unwrap();
		assert_eq!(backup.last_drill, Some(now));
		Ok(())
	}

	/// `n` drills fall due in one block, each of an ecdsa key's backup in
	/// its own domain (one audit head written per drill).
	#[benchmark]
	fn announce_drills_due(
		n: Linear<0, { T::MaxDrillsPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let mut domains = Vec::new();
		for i in 0..n {
			let (domain, _, manager) = domain_with_manager::<T>(KeyPolicy::default());
			let (key, _) = register::<T>(
				domain,
				&manager,
				b"k",
				SignatureScheme::EcdsaSecp256k1,
				20 + i,
			)?;
			backed_up::<T>(domain, &manager, key, 1)?;
			domains.push((domain, Domains::<T>::get(domain).unwrap().audit.seq));
		}
		let due = frame_system::Pallet::<T>::block_number() + T::MinRotationPeriod::get();
		assert_eq!(DrillQueue::<T>::get(due).len() as u32, n);
		// Only the drills: the keys' rotations are measured by `on_initialize`.
		RotationQueue::<T>::remove(due);
		#[block]
		{
			Pallet::<T>::on_initialize(due);
		}
		assert!(DrillQueue::<T>::get(due).is_empty());
		for (domain, before) in domains {
			assert_eq!(Domains::<T>::get(domain).unwrap().audit.seq, before + 1);
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
