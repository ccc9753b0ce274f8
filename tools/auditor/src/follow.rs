//! Following finalized blocks: fetch each block's events, fold the
//! registry's entries per domain, check every touched domain's head on
//! chain at that block, then print the entries.
//!
//! Blocks are taken by number, one after another, from the last verified
//! block up to the newest finalized one, so no block is skipped even when
//! the node's finality notifications jump several blocks. The auditor talks
//! to the node with the plain `chain_*`/`state_*` JSON-RPC methods (subxt's
//! legacy backend): every Substrate node serves them, archive or not.

use std::{collections::BTreeMap, io::Write, path::PathBuf, sync::Arc, time::Duration};

use scale_decode::DecodeAsType;
use subxt::{
	backend::LegacyBackend,
	client::{ClientAtBlock, OnlineClientAtBlockT},
	config::HashFor,
	OnlineClient, SubstrateConfig,
};

use crate::{
	chain::{AuditChains, Disagreement, DomainId, Head},
	entry::{AuditEntry, Line},
	metrics::Metrics,
	state::{self, SavedState},
};

/// The chain configuration the auditor speaks (32-byte hashes, `MultiAddress`).
pub type Chain = SubstrateConfig;

/// What the follower needs to know.
#[derive(Clone, Debug)]
pub struct Options {
	/// The node's WebSocket JSON-RPC endpoint.
	pub url: String,
	/// The registry pallet's name in the runtime.
	pub pallet: String,
	/// First block to verify when there is no state file (1: from genesis).
	pub from_block: u64,
	/// Stop once this block is verified.
	pub until_block: Option<u64>,
	/// Where to keep the verified heads between runs.
	pub state_file: Option<PathBuf>,
	/// Compare every domain's head (and count due drills) every this many blocks.
	pub sweep_every: u64,
}

/// How an audit ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
	/// `until_block` was verified; every chain agreed.
	Finished {
		/// The last verified block.
		block: u64,
	},
	/// A chain disagreed with its head on chain.
	Disagreed {
		/// The block at which it did.
		block: u64,
		/// Its hash.
		block_hash: String,
		/// What disagreed.
		disagreement: Disagreement,
	},
}

/// Why following stopped without an outcome.
#[derive(Debug)]
pub enum FollowError {
	/// The node is unreachable or answered with an error: try again.
	Node(String),
	/// Nothing to retry: a wrong state file, or an entry that is not one.
	Fatal(String),
}

impl std::fmt::Display for FollowError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			FollowError::Node(e) => write!(f, "node: {e}"),
			FollowError::Fatal(e) => f.write_str(e),
		}
	}
}

fn node<E: std::fmt::Display>(context: &'static str) -> impl Fn(E) -> FollowError {
	move |e| FollowError::Node(format!("{context}: {e}"))
}

/// The part of a domain record the auditor reads.
#[derive(DecodeAsType)]
struct DomainRecord {
	audit: OnChainHead,
}

#[derive(DecodeAsType)]
struct OnChainHead {
	seq: u64,
	head: [u8; 32],
}

impl From<OnChainHead> for Head {
	fn from(h: OnChainHead) -> Self {
		Head {
			seq: h.seq,
			head: h.head,
		}
	}
}

/// The part of a backup record the auditor reads.
#[derive(DecodeAsType)]
struct BackupRecord {
	drill_due_at: Option<u64>,
}

/// What was verified so far.
struct Progress {
	chains: AuditChains,
	/// Last verified block (`from_block - 1` before the first).
	last: u64,
	genesis_hash: String,
}

/// The live auditor.
pub struct Auditor<W: Write> {
	options: Options,
	metrics: Option<Metrics>,
	out: W,
	progress: Option<Progress>,
}

fn hex_hash(hash: HashFor<Chain>) -> String {
	format!("0x{}", hex::encode(hash.0))
}

impl<W: Write> Auditor<W> {
	/// An auditor that prints JSON lines to `out`.
	pub fn new(options: Options, metrics: Option<Metrics>, out: W) -> Self {
		Auditor {
			options,
			metrics,
			out,
			progress: None,
		}
	}

	/// Follows the chain until `until_block` or a disagreement; reconnects
	/// (with a growing pause, up to 30 s) whenever the node goes away.
	pub async fn run(&mut self) -> Result<Outcome, String> {
		const FIRST_PAUSE: Duration = Duration::from_millis(500);
		let mut pause = FIRST_PAUSE;
		loop {
			let verified_before = self.progress.as_ref().map(|p| p.last);
			match self.follow().await {
				Ok(outcome) => return Ok(outcome),
				Err(FollowError::Fatal(e)) => return Err(e),
				Err(FollowError::Node(e)) => {
					// A connection that verified blocks before it dropped
					// starts the pauses over.
					if self.progress.as_ref().map(|p| p.last) != verified_before {
						pause = FIRST_PAUSE;
					}
					eprintln!(
						"keyreg-auditor: {e}; reconnecting in {} ms",
						pause.as_millis()
					);
					if let Some(m) = &self.metrics {
						m.reconnects.inc();
					}
					tokio::time::sleep(pause).await;
					pause = pause.saturating_mul(2).min(Duration::from_secs(30));
				}
			}
		}
	}

	async fn connect(&self) -> Result<OnlineClient<Chain>, FollowError> {
		let rpc = subxt::rpcs::RpcClient::from_insecure_url(&self.options.url)
			.await
			.map_err(node("cannot connect"))?;
		let backend = LegacyBackend::<Chain>::builder().build(rpc);
		OnlineClient::from_backend(Arc::new(backend))
			.await
			.map_err(node("cannot start a client"))
	}

	/// One connection's worth of following.
	async fn follow(&mut self) -> Result<Outcome, FollowError> {
		let client = self.connect().await?;
		if self.progress.is_none() {
			self.progress = Some(self.start(&client).await?);
		}
		let mut finalized = client
			.stream_blocks()
			.await
			.map_err(node("cannot follow finalized blocks"))?;
		let mut target = client
			.at_current_block()
			.await
			.map_err(node("cannot read the finalized block"))?
			.block_number();
		loop {
			if let Some(m) = &self.metrics {
				m.finalized_block.set(target);
			}
			if let Some(outcome) = self.catch_up(&client, target).await? {
				return Ok(outcome);
			}
			match finalized.next().await {
				Some(block) => {
					target = block
						.map_err(node("finalized block stream"))?
						.number()
						.max(target)
				}
				None => return Err(FollowError::Node("the finalized block stream ended".into())),
			}
		}
	}

	/// Where to start: the state file, else genesis or a checkpoint.
	async fn start(&mut self, client: &OnlineClient<Chain>) -> Result<Progress, FollowError> {
		let genesis_hash = hex_hash(client.genesis_hash());
		let saved = match &self.options.state_file {
			Some(path) => state::load(path).map_err(FollowError::Fatal)?,
			None => None,
		};
		let (progress, mode) = if let Some(saved) = saved {
			if saved.genesis_hash != genesis_hash {
				return Err(FollowError::Fatal(format!(
					"the state file belongs to the chain with genesis {}, this node's genesis is {genesis_hash}: move the file away or point --state elsewhere",
					saved.genesis_hash
				)));
			}
			let at = client
				.at_block(saved.block)
				.await
				.map_err(node("cannot read the state file's block"))?;
			let hash = hex_hash(at.block_hash());
			if hash != saved.block_hash {
				return Err(FollowError::Fatal(format!(
					"the state file's block {} is {} but the chain's is {hash}: the chain was rebuilt or the file altered",
					saved.block, saved.block_hash
				)));
			}
			(
				Progress {
					chains: saved.chains,
					last: saved.block,
					genesis_hash,
				},
				"resume",
			)
		} else if self.options.from_block <= 1 {
			(
				Progress {
					chains: AuditChains::default(),
					last: 0,
					genesis_hash,
				},
				"genesis",
			)
		} else {
			let before = self.options.from_block.saturating_sub(1);
			let at = client
				.at_block(before)
				.await
				.map_err(node("cannot read the checkpoint block"))?;
			let heads = self.domain_heads(&at).await?;
			let chains = AuditChains::from_heads(heads.into_iter().filter(|(_, h)| h.seq > 0));
			(
				Progress {
					chains,
					last: before,
					genesis_hash,
				},
				"checkpoint",
			)
		};
		self.print(&Line::Start {
			from_block: progress.last.saturating_add(1),
			mode,
			domains: progress.chains.len(),
		})?;
		Ok(progress)
	}

	/// Verifies every block after the last verified one up to `target`.
	async fn catch_up(
		&mut self,
		client: &OnlineClient<Chain>,
		target: u64,
	) -> Result<Option<Outcome>, FollowError> {
		loop {
			let last = self.progress.as_ref().map(|p| p.last).unwrap_or_default();
			if let Some(until) = self.options.until_block {
				if last >= until {
					return Ok(Some(Outcome::Finished { block: last }));
				}
			}
			if let Some(m) = &self.metrics {
				m.lag_blocks.set(target.saturating_sub(last));
			}
			if last >= target {
				return Ok(None);
			}
			let number = last.saturating_add(1);
			if let Some(outcome) = self.verify_block(client, number).await? {
				return Ok(Some(outcome));
			}
		}
	}

	/// Verifies one block; commits and prints its entries when every
	/// touched domain's head agrees.
	async fn verify_block(
		&mut self,
		client: &OnlineClient<Chain>,
		number: u64,
	) -> Result<Option<Outcome>, FollowError> {
		let at = client
			.at_block(number)
			.await
			.map_err(node("cannot read a finalized block"))?;
		let block_hash = hex_hash(at.block_hash());
		let events = at
			.events()
			.fetch()
			.await
			.map_err(node("cannot read the block's events"))?;
		let Some(progress) = self.progress.as_ref() else {
			return Err(FollowError::Fatal("the auditor has not started".into()));
		};

		let mut fold = progress.chains.begin_block();
		let mut verified = Vec::new();
		for event in events.iter() {
			let event = event.map_err(|e| {
				FollowError::Fatal(format!(
					"block {number} ({block_hash}): an event does not decode: {e}"
				))
			})?;
			if event.pallet_name() != self.options.pallet {
				continue;
			}
			let entry = AuditEntry::from_event(&event).map_err(|e| {
				FollowError::Fatal(format!(
					"block {number} ({block_hash}), event {}: {e}",
					event.index()
				))
			})?;
			match fold.apply(entry.domain, entry.seq, &entry.encoded) {
				Ok(head) => verified.push((entry, head)),
				Err(disagreement) => {
					let known = progress.chains.head(entry.domain);
					return self
						.disagreed(number, block_hash, disagreement, Some(&entry), known)
						.map(Some);
				}
			}
		}
		let touched: Vec<DomainId> = fold.touched().collect();
		for domain in touched {
			let on_chain = self.domain_head(&at, domain).await?;
			if let Err(disagreement) = fold.check(domain, on_chain) {
				let known = progress.chains.head(domain);
				return self
					.disagreed(number, block_hash, disagreement, None, known)
					.map(Some);
			}
		}
		let heads = fold.into_heads();

		for (entry, head) in &verified {
			self.print(&Line::Entry {
				block: number,
				block_hash: block_hash.clone(),
				event_index: entry.event_index,
				extrinsic: entry.extrinsic,
				domain: entry.domain,
				seq: entry.seq,
				entry: &entry.name,
				head: head.head,
				fields: &entry.fields,
			})?;
		}
		let Some(progress) = self.progress.as_mut() else {
			return Err(FollowError::Fatal("the auditor has not started".into()));
		};
		progress.chains.commit(heads);
		progress.last = number;
		if let Some(m) = &self.metrics {
			for (entry, _) in &verified {
				m.entries.with_label_values(&[entry.name.as_str()]).inc();
			}
			m.verified_block.set(number);
			m.domains.set(progress.chains.len() as u64);
		}

		let sweep_every = self.options.sweep_every.max(1);
		if number == 1
			|| number.is_multiple_of(sweep_every)
			|| self.options.until_block == Some(number)
		{
			if let Some(outcome) = self.sweep(&at, number, &block_hash).await? {
				return Ok(Some(outcome));
			}
		}
		if let (Some(path), Some(progress)) = (&self.options.state_file, &self.progress) {
			let saved = SavedState {
				genesis_hash: progress.genesis_hash.clone(),
				block: number,
				block_hash,
				chains: progress.chains.clone(),
			};
			state::save(path, &saved).map_err(|e| {
				FollowError::Fatal(format!(
					"cannot write the state file {}: {e}",
					path.display()
				))
			})?;
		}
		Ok(None)
	}

	/// Compares every domain's head on chain with the verified one, and
	/// counts due drills.
	async fn sweep<C: OnlineClientAtBlockT<Chain>>(
		&mut self,
		at: &ClientAtBlock<Chain, C>,
		number: u64,
		block_hash: &str,
	) -> Result<Option<Outcome>, FollowError> {
		let heads = self.domain_heads(at).await?;
		let (drills_due, oldest) = self.due_drills(at, number).await?;
		let Some(progress) = self.progress.as_ref() else {
			return Err(FollowError::Fatal("the auditor has not started".into()));
		};
		if let Err(disagreement) = progress.chains.sweep(&heads) {
			let known = progress.chains.head(disagreement.domain());
			return self
				.disagreed(number, block_hash.to_owned(), disagreement, None, known)
				.map(Some);
		}
		if let Some(m) = &self.metrics {
			m.drills_due.set(drills_due);
			m.oldest_drill_due_blocks.set(oldest);
		}
		self.print(&Line::Sweep {
			block: number,
			domains: heads.len(),
			drills_due,
		})?;
		Ok(None)
	}

	/// The head of `domain` stored at this block (`None`: no such domain).
	async fn domain_head<C: OnlineClientAtBlockT<Chain>>(
		&self,
		at: &ClientAtBlock<Chain, C>,
		domain: DomainId,
	) -> Result<Option<Head>, FollowError> {
		let address = subxt::dynamic::storage::<(DomainId,), DomainRecord>(
			self.options.pallet.as_str(),
			"Domains",
		);
		let value = at
			.storage()
			.try_fetch(address, (domain,))
			.await
			.map_err(node("cannot read a domain"))?;
		match value {
			Some(value) => Ok(Some(
				value
					.decode()
					.map_err(|e| {
						FollowError::Fatal(format!("a domain record does not decode: {e}"))
					})?
					.audit
					.into(),
			)),
			None => Ok(None),
		}
	}

	/// Every domain's head stored at this block.
	async fn domain_heads<C: OnlineClientAtBlockT<Chain>>(
		&self,
		at: &ClientAtBlock<Chain, C>,
	) -> Result<BTreeMap<DomainId, Head>, FollowError> {
		let address = subxt::dynamic::storage::<(DomainId,), DomainRecord>(
			self.options.pallet.as_str(),
			"Domains",
		);
		let mut entries = at
			.storage()
			.iter(address, ())
			.await
			.map_err(node("cannot list domains"))?;
		let mut heads = BTreeMap::new();
		while let Some(entry) = entries.next().await {
			let entry = entry.map_err(node("cannot list domains"))?;
			let (domain,) = entry
				.key()
				.and_then(|k| k.decode())
				.map_err(|e| FollowError::Fatal(format!("a domain key does not decode: {e}")))?;
			let record = entry
				.value()
				.decode()
				.map_err(|e| FollowError::Fatal(format!("a domain record does not decode: {e}")))?;
			heads.insert(domain, record.audit.into());
		}
		Ok(heads)
	}

	/// Backups whose drill is due at this block, and how many blocks the
	/// oldest has been due.
	async fn due_drills<C: OnlineClientAtBlockT<Chain>>(
		&self,
		at: &ClientAtBlock<Chain, C>,
		number: u64,
	) -> Result<(u64, u64), FollowError> {
		let address = subxt::dynamic::storage::<(DomainId, u32, scale_value::Value), BackupRecord>(
			self.options.pallet.as_str(),
			"Backups",
		);
		let mut entries = at
			.storage()
			.iter(address, ())
			.await
			.map_err(node("cannot list backups"))?;
		let (mut due, mut oldest) = (0u64, 0u64);
		while let Some(entry) = entries.next().await {
			let entry = entry.map_err(node("cannot list backups"))?;
			let record = entry
				.value()
				.decode()
				.map_err(|e| FollowError::Fatal(format!("a backup record does not decode: {e}")))?;
			if let Some(due_at) = record.drill_due_at.filter(|d| *d <= number) {
				due = due.saturating_add(1);
				oldest = oldest.max(number.saturating_sub(due_at));
			}
		}
		Ok((due, oldest))
	}

	fn disagreed(
		&mut self,
		block: u64,
		block_hash: String,
		disagreement: Disagreement,
		entry: Option<&AuditEntry>,
		verified: Head,
	) -> Result<Outcome, FollowError> {
		if let Some(m) = &self.metrics {
			m.chain_broken.set(1);
		}
		self.print(&Line::Disagreement {
			block,
			block_hash: block_hash.clone(),
			disagreement: &disagreement,
			entry: entry.map(|e| e.name.as_str()),
			event_index: entry.map(|e| e.event_index),
			verified,
		})?;
		Ok(Outcome::Disagreed {
			block,
			block_hash,
			disagreement,
		})
	}

	fn print(&mut self, line: &Line<'_>) -> Result<(), FollowError> {
		let text = serde_json::to_string(line)
			.map_err(|e| FollowError::Fatal(format!("cannot write JSON: {e}")))?;
		writeln!(self.out, "{text}")
			.and_then(|()| self.out.flush())
			.map_err(|e| FollowError::Fatal(format!("cannot write to the output: {e}")))
	}
}
