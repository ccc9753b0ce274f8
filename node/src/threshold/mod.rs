//! The node's seat on threshold committees: for every custodian key this
//! node holds, it runs the FROST key-generation ceremonies
//! ([`pallet_key_registry::ceremonies`], module [`ceremony`]) and serves
//! the signature requests on the threshold keys it holds a share of
//! ([`pallet_key_registry::threshold_signing`], module [`signing`]).
//!
//! **Why a node service and not the off-chain worker.** A FROST member keeps
//! secrets *between blocks* that must never be written down: the round-1
//! secret polynomial until round 2, the signing nonces until they are used.
//! An off-chain worker starts afresh at every block and could keep them only
//! in the off-chain database, on disk. This service lives as long as the
//! process, keeps them in memory (so they die with it: a restarted node can
//! never reuse a nonce), and otherwise does what the worker does: it reads
//! the chain's state at each new best block, signs with the custodian key in
//! the node's keystore (local, or the HSM through the routing keystore), and
//! submits authorized transactions to the pool.
//!
//! **At rest.** Each custodian key has a [`ShareVault`] under
//! `<chain data>/threshold/<custodian>`: its X25519 key-agreement secret and
//! its shares, sealed under a key derived from the custodian key itself, so
//! the files are useless off this node.

use crate::client::{FullClient, FullPool, Hash};
use futures::StreamExt;
use keyreg_runtime::{
	pallet_key_registry::{
		offchain::CUSTODIAN_KEY_TYPE, signature, CeremonyId, DomainId, KeyId, KeySignature,
		PublicKey,
	},
	UncheckedExtrinsic,
};
use keyreg_signer::threshold::{
	signing::SessionJournal, vault::ShareVault, AgreementPublic, AgreementSecret, ThresholdError,
};
use parking_lot::Mutex;
use rand_core::OsRng;
use sc_client_api::{BlockchainEvents, HeaderBackend};
use sc_transaction_pool_api::{TransactionPool, TransactionSource};
use sp_core::ed25519;
use sp_keystore::{Keystore, KeystorePtr};
use sp_runtime::traits::Header as _;
use std::{
	collections::{BTreeMap, HashMap, HashSet},
	path::PathBuf,
	sync::Arc,
};

mod ceremony;
mod chain;
mod signing;

const LOG: &str = "keyreg-threshold";

/// What one custodian key of this node holds.
struct Seat {
	vault: ShareVault,
	agreement: AgreementSecret,
	journal: Arc<SessionJournal>,
	/// In-memory state of each ceremony attempt this seat takes part in.
	attempts: HashMap<(CeremonyId, u32), ceremony::Attempt>,
	/// The threshold keys this seat signs for, with their nonces.
	keys: HashMap<(DomainId, KeyId), signing::KeySeat>,
	/// Threshold keys whose share is missing or stale (logged once).
	missing: HashSet<(DomainId, KeyId)>,
}

/// Blocks to wait before submitting a message again (it may still be in
/// the pool, or have been dropped).
const RESUBMIT_AFTER: u32 = 3;

/// Lifetime of a ceremony transaction, in blocks (a power of two).
const ERA_PERIOD: u64 = 16;

/// The node's committee seats, shared by the service and the RPC.
pub struct ThresholdMember {
	dir: PathBuf,
	keystore: KeystorePtr,
	seats: Mutex<BTreeMap<[u8; 32], Seat>>,
}

impl ThresholdMember {
	/// A member keeping its vaults under `dir`, signing with `keystore`.
	pub fn new(dir: PathBuf, keystore: KeystorePtr) -> Arc<Self> {
		Arc::new(Self {
			dir,
			keystore,
			seats: Mutex::new(BTreeMap::new()),
		})
	}

	/// Opens a seat for every ed25519 custodian key the keystore holds
	/// (only ed25519: the vault's sealing key is a deterministic signature).
	fn refresh_seats(&self) {
		let mut seats = self.seats.lock();
		for custodian in self.keystore.ed25519_public_keys(CUSTODIAN_KEY_TYPE) {
			if seats.contains_key(&custodian.0) {
				continue;
			}
			match self.open_seat(custodian) {
				Ok(seat) => {
					log::info!(
						target: LOG,
						"custodian {custodian:?}: key-agreement key 0x{} ready for committees",
						sp_core::hexdisplay::HexDisplay::from(&seat.agreement.public().0)
					);
					seats.insert(custodian.0, seat);
				}
				Err(error) => log::error!(
					target: LOG,
					"custodian {custodian:?}: cannot open its share vault: {error}"
				),
			}
		}
	}

	fn open_seat(&self, custodian: ed25519::Public) -> Result<Seat, ThresholdError> {
		let dir = self.dir.join(format!(
			"{}",
			sp_core::hexdisplay::HexDisplay::from(&custodian.0)
		));
		let vault = ShareVault::open(&dir, self.keystore.clone(), CUSTODIAN_KEY_TYPE, custodian)?;
		let agreement = match vault.load_agreement()? {
			Some(secret) => secret,
			None => {
				let secret = AgreementSecret::generate(&mut OsRng);
				vault.store_agreement(&secret)?;
				secret
			}
		};
		let journal = Arc::new(SessionJournal::open(&dir.join("answered-sessions"))?);
		Ok(Seat {
			vault,
			agreement,
			journal,
			attempts: HashMap::new(),
			keys: HashMap::new(),
			missing: HashSet::new(),
		})
	}

	/// For each custodian key: its key-agreement key and the custodian's
	/// proof binding it in `domain` (the arguments of
	/// `register_agreement_key`).
	pub fn agreement_bindings(
		&self,
		genesis: Hash,
		domain: u32,
	) -> Vec<(ed25519::Public, AgreementPublic, KeySignature)> {
		self.refresh_seats();
		let seats = self.seats.lock();
		seats
			.iter()
			.filter_map(|(custodian, seat)| {
				let custodian = ed25519::Public::from_raw(*custodian);
				let agreement = seat.agreement.public();
				let payload = signature::agreement_key_payload(
					&genesis,
					domain,
					&PublicKey::Ed25519(custodian.0),
					&agreement.0,
				);
				let proof = self.sign(&custodian, &payload)?;
				Some((custodian, agreement, proof))
			})
			.collect()
	}

	fn sign(&self, custodian: &ed25519::Public, payload: &[u8]) -> Option<KeySignature> {
		match self
			.keystore
			.ed25519_sign(CUSTODIAN_KEY_TYPE, custodian, payload)
		{
			Ok(Some(signature)) => Some(KeySignature::Ed25519(signature.0)),
			Ok(None) => None,
			Err(error) => {
				log::warn!(target: LOG, "custodian {custodian:?} could not sign: {error}");
				None
			}
		}
	}
}

/// Follows the best chain and acts for every seat in every ceremony.
pub async fn run(member: Arc<ThresholdMember>, client: Arc<FullClient>, pool: Arc<FullPool>) {
	let mut imports = client.import_notification_stream();
	while let Some(notification) = imports.next().await {
		if !notification.is_new_best {
			continue;
		}
		let number = *notification.header.number();
		member.refresh_seats();
		let outgoing = match step(&member, &client, notification.hash, number) {
			Ok(outgoing) => outgoing,
			Err(error) => {
				log::warn!(target: LOG, "block #{number}: {error}");
				continue;
			}
		};
		for call in outgoing {
			// Mortal: every resubmission is a new transaction, and a stale one
			// dies by itself. Born two blocks back, so that the pool's views
			// of the recent blocks all know the birth block.
			let era =
				sp_runtime::generic::Era::mortal(ERA_PERIOD, u64::from(number.saturating_sub(2)));
			let xt: UncheckedExtrinsic = UncheckedExtrinsic::new_transaction(
				call,
				keyreg_runtime::authorized_extension(era),
			);
			if let Err(error) = pool
				.submit_one(notification.hash, TransactionSource::Local, xt.into())
				.await
			{
				log::warn!(target: LOG, "block #{number}: the pool refused a committee transaction: {error}");
			}
		}
	}
}

/// Everything this node should submit at block `hash`.
fn step(
	member: &ThresholdMember,
	client: &FullClient,
	hash: Hash,
	number: u32,
) -> Result<Vec<keyreg_runtime::RuntimeCall>, String> {
	let genesis = client.info().genesis_hash;
	let ceremonies = chain::ceremonies(client, hash)?;
	let keys = chain::threshold_keys(client, hash)?;
	let mut seats = member.seats.lock();
	let mut outgoing = Vec::new();
	for (custodian, seat) in seats.iter_mut() {
		ceremony::step(
			member,
			seat,
			custodian,
			(client, hash, number, genesis),
			&ceremonies,
			&keys,
			&mut outgoing,
		)?;
		if let Err(error) = signing::step(
			member,
			seat,
			custodian,
			client,
			hash,
			number,
			genesis,
			&keys,
			&mut outgoing,
		) {
			log::warn!(target: LOG, "block #{number}: threshold signing: {error}");
		}
	}
	Ok(outgoing)
}
