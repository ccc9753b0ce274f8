//! Audit entries: the registry pallet's events, with their position in
//! their domain's chain, their exact encoding and their fields as JSON.

use serde::Serialize;
use serde_json::{Map, Value as Json};
use subxt::{config::Config, events::Phase};

use crate::{
	chain::{AuditSeq, DomainId, Head},
	json::JsonFields,
};

/// One entry of a domain's audit chain, as found in a block's events.
#[derive(Clone, Debug)]
pub struct AuditEntry {
	/// The domain whose chain it extends.
	pub domain: DomainId,
	/// Its number in that chain.
	pub seq: AuditSeq,
	/// The event's name (`KeyRegistered`, `AnomalyDetected`, …).
	pub name: String,
	/// What is hashed: the event's variant index, then its fields (SCALE).
	pub encoded: Vec<u8>,
	/// Its index among the block's events.
	pub event_index: u32,
	/// The extrinsic that made it (`None`: block initialisation or finalisation).
	pub extrinsic: Option<u32>,
	/// Its fields, decoded against the runtime's metadata.
	pub fields: Map<String, Json>,
}

/// Why an event of the pallet could not be read as an audit entry.
#[derive(Debug)]
pub enum EntryError {
	/// The fields did not decode against the metadata.
	Decode(String),
	/// The event lacks the `domain` or `seq` every entry carries.
	NoPosition(String),
}

impl std::fmt::Display for EntryError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			EntryError::Decode(e) => write!(
				f,
				"an entry does not decode against the runtime's metadata: {e}"
			),
			EntryError::NoPosition(name) => {
				write!(f, "event {name} carries no `domain` and `seq`: it is not an audit entry of a key registry")
			}
		}
	}
}

impl AuditEntry {
	/// Reads `event` as an audit entry.
	pub fn from_event<T: Config>(event: &subxt::events::Event<'_, T>) -> Result<Self, EntryError> {
		let JsonFields(fields) = event
			.decode_fields_unchecked_as::<JsonFields>()
			.map_err(|e| EntryError::Decode(e.to_string()))?;
		let name = event.event_name().to_owned();
		let number = |field: &str| fields.get(field).and_then(Json::as_u64);
		let (Some(domain), Some(seq)) = (
			number("domain").and_then(|d| u32::try_from(d).ok()),
			number("seq"),
		) else {
			return Err(EntryError::NoPosition(name));
		};
		let mut encoded = Vec::with_capacity(event.field_bytes().len().saturating_add(1));
		encoded.push(event.event_index());
		encoded.extend_from_slice(event.field_bytes());
		let extrinsic = match event.phase() {
			Phase::ApplyExtrinsic(index) => Some(index),
			Phase::Initialization | Phase::Finalization => None,
		};
		Ok(AuditEntry {
			domain,
			seq,
			name,
			encoded,
			event_index: event.index(),
			extrinsic,
			fields,
		})
	}
}

/// One line of the auditor's output (JSON Lines on stdout).
#[derive(Serialize, Debug)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Line<'a> {
	/// Where the audit starts and what it trusts.
	Start {
		/// The first block to verify.
		from_block: u64,
		/// `genesis` (every chain from its first entry), `checkpoint`
		/// (heads on chain at `from_block - 1` trusted) or `resume` (the
		/// state file's heads).
		mode: &'a str,
		/// Domains with entries already verified or trusted.
		domains: usize,
	},
	/// A verified entry. Printed only once its block's heads agree.
	Entry {
		/// Block number.
		block: u64,
		/// Block hash.
		block_hash: String,
		/// Index among the block's events.
		event_index: u32,
		/// The extrinsic that made it.
		extrinsic: Option<u32>,
		/// The domain.
		domain: DomainId,
		/// Its number in the domain's chain.
		seq: AuditSeq,
		/// The event's name.
		entry: &'a str,
		/// The domain's head after it.
		#[serde(with = "crate::chain::hex32")]
		head: [u8; 32],
		/// The event's fields.
		fields: &'a Map<String, Json>,
	},
	/// Every domain's head compared with the chain's.
	Sweep {
		/// Block of the comparison.
		block: u64,
		/// Domains on chain.
		domains: usize,
		/// Backups whose drill is due.
		drills_due: u64,
	},
	/// A chain that does not fold to its head on chain: the auditor stops.
	Disagreement {
		/// Block at which it was found.
		block: u64,
		/// Block hash.
		block_hash: String,
		/// What disagrees.
		#[serde(flatten)]
		disagreement: &'a crate::chain::Disagreement,
		/// The entry at which it stopped, when one did.
		entry: Option<&'a str>,
		/// Its index among the block's events.
		event_index: Option<u32>,
		/// The last head the auditor verified for this domain.
		verified: Head,
	},
}
