//! The runtime as composed: genesis presets, metadata, and a key lifecycle
//! dispatched through `RuntimeCall` with real signatures.

use frame_support::{
	assert_ok,
	dispatch::GetDispatchInfo,
	genesis_builder_helper::{build_state, get_preset},
	traits::{fungible::InspectHold, GetStorageVersion, Hooks},
};
use keyreg_runtime::{
	genesis, Balances, KeyRegistry, Runtime, RuntimeCall, RuntimeGenesisConfig, RuntimeHoldReason,
	RuntimeOrigin, System,
};
use pallet_key_registry::{
	signature, Actor, Custody, HoldReason, KeyPolicy, KeyPurpose, KeySignature, PublicKey, Role,
};
use sp_core::Pair;
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::Dispatchable;

/// Applies a JSON patch: objects merge key by key, anything else replaces.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

fn chain(preset: &str) -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::default();
	ext.execute_with(|| {
		// A preset is a patch on top of the default genesis config, as the
		// node's chain-spec builder applies it.
		let patch = get_preset::<RuntimeGenesisConfig>(&Some(preset.into()), genesis::get_preset)
			.expect("preset exists");
		let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
		merge(&mut config, serde_json::from_slice(&patch).unwrap());
		build_state::<RuntimeGenesisConfig>(serde_json::to_vec(&config).unwrap())
			.expect("preset builds");
	});
	ext
}

#[test]
fn presets_are_listed_and_build() {
	let names: Vec<String> = genesis::preset_names();
	assert_eq!(
		names,
		vec!["development".to_string(), "local_testnet".to_string()]
	);
	chain("local_testnet").execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
		assert_eq!(
			pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(),
			3
		);
	});
	// Genesis records the registry's storage version, so that a later layout
	// change can tell which migration to run.
	for preset in ["development", "local_testnet"] {
		chain(preset).execute_with(|| {
			assert_eq!(
				KeyRegistry::on_chain_storage_version(),
				pallet_key_registry::pallet::STORAGE_VERSION
			);
			assert_eq!(
				KeyRegistry::on_chain_storage_version(),
				KeyRegistry::in_code_storage_version()
			);
		});
	}
}

#[test]
fn development_makes_alice_sudo_and_demo_administrator() {
	chain("development").execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice.clone()));
		let demo = KeyRegistry::domain(0).expect("the demo domain exists");
		assert_eq!(demo.owner, alice);
		assert_eq!(demo.name.to_vec(), genesis::DEMO_DOMAIN.to_vec());
		assert_eq!(
			KeyRegistry::roles_of(0, &alice),
			vec![Role::Admin, Role::KeyManager]
		);
		assert_eq!(
			Balances::balance_on_hold(
				&RuntimeHoldReason::KeyRegistry(HoldReason::DomainDeposit),
				&alice
			),
			keyreg_runtime::DomainDeposit::get()
		);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		for account in Sr25519Keyring::well_known() {
			assert_eq!(
				Balances::free_balance(account.to_account_id())
					+ Balances::total_balance_on_hold(&account.to_account_id()),
				genesis::ENDOWMENT
			);
		}
		assert_eq!(
			KeyRegistry::audit_head(0).seq,
			2,
			"DomainCreated and RoleGranted"
		);
	});
}

/// Every preset's genesis entries reach the events of block 1, so folding
/// each domain's events from block 1 gives its head from seq 1, no gap.
#[test]
fn genesis_audit_entries_are_events_of_block_1_in_every_preset() {
	use codec::Encode;
	for preset in ["development", "local_testnet"] {
		chain(preset).execute_with(|| {
			System::set_block_number(1);
			KeyRegistry::on_initialize(1);
			let mut heads = std::collections::BTreeMap::new();
			for record in System::events() {
				let keyreg_runtime::RuntimeEvent::KeyRegistry(event) = record.event else {
					continue;
				};
				let (domain, seq) = event.audit_position();
				let head: &mut pallet_key_registry::AuditHead = heads.entry(domain).or_default();
				assert_eq!(seq, head.seq + 1, "{preset}: domain {domain} has a gap");
				head.head = pallet_key_registry::audit::next_head(&head.head, seq, &event.encode());
				head.seq = seq;
			}
			let domains = pallet_key_registry::NextDomainId::<Runtime>::get();
			assert!(domains >= 1, "{preset} creates a domain");
			for domain in 0..domains {
				assert_eq!(
					heads.get(&domain).copied().unwrap_or_default(),
					KeyRegistry::audit_head(domain),
					"{preset}: domain {domain} folds to its head"
				);
				assert!(KeyRegistry::audit_head(domain).seq >= 1);
			}
		});
	}
}

#[test]
fn metadata_v16_is_served() {
	assert!(Runtime::metadata_versions().contains(&16));
	assert!(Runtime::metadata_at_version(16).is_some());
}

#[test]
fn a_key_lifecycle_through_runtime_calls() {
	chain("development").execute_with(|| {
		System::set_block_number(1);
		let alice = Sr25519Keyring::Alice.to_account_id();
		let key = sp_core::ed25519::Pair::from_seed(&[42; 32]);
		let public = PublicKey::Ed25519(key.public().0);
		let payload = signature::possession_payload(
			&KeyRegistry::genesis_hash(),
			0,
			b"treasury",
			0,
			&Actor::Account(alice.clone()),
			&public,
		);
		let call = RuntimeCall::KeyRegistry(pallet_key_registry::Call::register_key {
			domain: 0,
			name: b"treasury".to_vec(),
			purpose: KeyPurpose::Signing,
			custody: Custody::Hsm { attestation: None },
			custodian: Some(PublicKey::Sr25519(Sr25519Keyring::Bob.public().0)),
			policy: Some(KeyPolicy {
				rotation_period: Some(10),
				grace_period: 2,
				usage_limit: None,
				allow_minority_threshold: false,
			}),
			metadata: b"multisig signer".to_vec(),
			public,
			proof: KeySignature::Ed25519(key.sign(&payload).0),
		});
		// The benchmarked weight is charged, and fits a block many times over.
		let weight = call.get_dispatch_info().call_weight;
		assert!(weight.ref_time() > 0);
		assert!(
			weight.ref_time()
				< keyreg_runtime::RuntimeBlockWeights::get()
					.max_block
					.ref_time() / 10
		);
		assert_ok!(call.dispatch(RuntimeOrigin::signed(alice.clone())));
		let message = b"pay 10 to bob".to_vec();
		let signed = KeySignature::Ed25519(key.sign(&message).0);
		assert_eq!(KeyRegistry::verify(0, 0, &message, &signed), Ok(0));
		// The rotation falls due ten blocks later and is announced.
		for n in 2..=11 {
			System::set_block_number(n);
			KeyRegistry::on_initialize(n);
		}
		assert_eq!(KeyRegistry::rotation_overdue_since(0, 0), Some(11));
		// DomainCreated, RoleGranted (genesis), KeyRegistered, RotationDue.
		assert_eq!(KeyRegistry::audit_head(0).seq, 4);
	});
}

/// The off-chain worker's fulfilment as the node's pool and block builder
/// see it: a general transaction with no account, validated by
/// `AuthorizeCall` and the pallet's check, applied without a fee.
#[test]
fn an_authorized_fulfilment_passes_the_pool_and_applies_without_an_account() {
	use frame_system::offchain::CreateAuthorizedTransaction;
	use keyreg_runtime::{Header, RuntimeExecutive, UncheckedExtrinsic};
	use sp_runtime::{
		traits::Header as _,
		transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	};

	chain("development").execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let genesis = frame_system::Pallet::<Runtime>::block_hash(0);
		RuntimeExecutive::initialize_block(&Header::new(
			1,
			Default::default(),
			Default::default(),
			genesis,
			Default::default(),
		));
		let key = sp_core::ed25519::Pair::from_seed(&[7; 32]);
		let public = PublicKey::Ed25519(key.public().0);
		// The node's custodian key, named by the key manager.
		let custodian = sp_core::ed25519::Pair::from_seed(&[70; 32]);
		let custodian_public = PublicKey::Ed25519(custodian.public().0);
		let proof = signature::possession_payload(
			&KeyRegistry::genesis_hash(),
			0,
			b"signer",
			0,
			&Actor::Account(alice.clone()),
			&public,
		);
		let alice_origin = || RuntimeOrigin::signed(alice.clone());
		assert_ok!(
			RuntimeCall::KeyRegistry(pallet_key_registry::Call::grant_role {
				domain: 0,
				who: alice.clone(),
				role: Role::Operator,
			})
			.dispatch(alice_origin())
		);
		assert_ok!(
			RuntimeCall::KeyRegistry(pallet_key_registry::Call::register_key {
				domain: 0,
				name: b"signer".to_vec(),
				purpose: KeyPurpose::Signing,
				custody: Custody::Software,
				custodian: Some(custodian_public),
				policy: None,
				metadata: vec![],
				public,
				proof: KeySignature::Ed25519(key.sign(&proof).0),
			})
			.dispatch(alice_origin())
		);
		assert_ok!(
			RuntimeCall::KeyRegistry(pallet_key_registry::Call::request_signature {
				domain: 0,
				key: 0,
				payload: b"release 5".to_vec(),
			})
			.dispatch(alice_origin())
		);
		let envelope =
			signature::request_payload(&KeyRegistry::genesis_hash(), 0, 0, 0, 0, b"release 5");
		let fulfilment = |signature: KeySignature, co_signer: &sp_core::ed25519::Pair| {
			let co = signature::custodian_fulfilment_payload(
				&KeyRegistry::genesis_hash(),
				0,
				0,
				0,
				&signature,
			);
			<Runtime as CreateAuthorizedTransaction<pallet_key_registry::Call<Runtime>>>::create_authorized_transaction(
				RuntimeCall::KeyRegistry(pallet_key_registry::Call::fulfil_signature {
					domain: 0,
					key: 0,
					request: 0,
					signature,
					custodian_proof: KeySignature::Ed25519(co_signer.sign(&co).0),
				}),
			)
		};
		let forged: UncheckedExtrinsic = fulfilment(
			KeySignature::Ed25519(sp_core::ed25519::Pair::from_seed(&[8; 32]).sign(&envelope).0),
			&custodian,
		);
		let genuine = KeySignature::Ed25519(key.sign(&envelope).0);
		// A copy of the key, co-signed by someone other than the custodian.
		let copied = fulfilment(genuine, &sp_core::ed25519::Pair::from_seed(&[66; 32]));
		let good = fulfilment(genuine, &custodian);

		assert_eq!(
			RuntimeExecutive::validate_transaction(TransactionSource::External, forged, genesis),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		assert_eq!(
			RuntimeExecutive::validate_transaction(TransactionSource::External, copied, genesis),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		let valid =
			RuntimeExecutive::validate_transaction(TransactionSource::External, good.clone(), genesis)
				.expect("the pool accepts the fulfilment");
		assert_eq!(valid.provides.len(), 1);

		let total_issuance = Balances::total_issuance();
		assert_ok!(RuntimeExecutive::apply_extrinsic(good.clone()).expect("applies"));
		assert_eq!(Balances::total_issuance(), total_issuance, "no fee was charged");
		// The entry names the custodian that acted.
		assert!(System::events().iter().any(|record| matches!(
			&record.event,
			keyreg_runtime::RuntimeEvent::KeyRegistry(
				pallet_key_registry::Event::SignatureFulfilled {
					actor: Actor::Custodian(c),
					request: 0,
					..
				}
			) if *c == custodian_public
		)));
		// Fulfilled once: the same transaction is now stale.
		assert_eq!(
			RuntimeExecutive::validate_transaction(TransactionSource::External, good, genesis),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
	});
}
