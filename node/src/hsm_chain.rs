//! What `keyreg-node hsm delete` and `hsm prune` ask the chain before they
//! destroy anything: whether a public key is registered and still verifies,
//! and which keys the node's worker generated for rotations not yet on
//! chain. Asked over the node's JSON-RPC (WebSocket), as polkadot.js would.

use codec::{Decode, Encode};
use jsonrpsee::{
	core::client::ClientT,
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use keyreg_runtime::pallet_key_registry::{
	offchain::{self, Work},
	PublicKey, Validity,
};

/// A connection to a node's RPC and the best block it answered for.
pub struct ChainView {
	client: WsClient,
	runtime: tokio::runtime::Runtime,
	url: String,
	/// The best block's number when connected.
	pub best: u32,
	best_hash: String,
}

impl ChainView {
	/// Connects to `url` and reads the best block.
	pub fn connect(url: &str) -> Result<Self, String> {
		let runtime = tokio::runtime::Builder::new_current_thread()
			.enable_all()
			.build()
			.map_err(|e| format!("cannot start the RPC client: {e}"))?;
		let unreachable = |e: &dyn std::fmt::Display| {
			format!(
				"cannot reach the node's RPC at {url} ({e}): the chain must say which keys are \
				 in use before any is destroyed. Start the node, or give --rpc-url"
			)
		};
		let client = runtime
			.block_on(WsClientBuilder::default().build(url))
			.map_err(|e| unreachable(&e))?;
		let header: serde_json::Value = runtime
			.block_on(client.request("chain_getHeader", rpc_params![]))
			.map_err(|e| unreachable(&e))?;
		let best = header
			.get("number")
			.and_then(|n| n.as_str())
			.and_then(|n| u32::from_str_radix(n.trim_start_matches("0x"), 16).ok())
			.ok_or("the node's best header has no number")?;
		let best_hash: String = runtime
			.block_on(client.request("chain_getBlockHash", rpc_params![best]))
			.map_err(|e| unreachable(&e))?;
		Ok(Self {
			client,
			runtime,
			url: url.to_owned(),
			best,
			best_hash,
		})
	}

	/// What the registry says of `public` at the best block.
	pub fn validity(&self, public: &PublicKey) -> Result<Validity<u32>, String> {
		let data = format!("0x{}", hex(&(public, self.best).encode()));
		let answer: String = self
			.runtime
			.block_on(self.client.request(
				"state_call",
				rpc_params!["KeyRegistryApi_validity_at", data, &self.best_hash],
			))
			.map_err(|e| format!("{}: state_call KeyRegistryApi_validity_at: {e}", self.url))?;
		let bytes = unhex(&answer)?;
		Validity::<u32>::decode(&mut &bytes[..])
			.map_err(|e| format!("{}: undecodable validity: {e}", self.url))
	}

	/// The keys the node's worker generated for rotations that have not
	/// settled (from its persistent off-chain storage). Needs the node's
	/// `offchain_localStorageGet`, an unsafe RPC method: available on the
	/// node's local RPC by default.
	pub fn pending_rotation_keys(&self) -> Result<Vec<PublicKey>, String> {
		let Some(ledger) = self.offchain(offchain::CLAIMS)? else {
			return Ok(Vec::new());
		};
		let works = Vec::<Work>::decode(&mut &ledger[..])
			.map_err(|e| format!("{}: undecodable claims ledger: {e}", self.url))?;
		let mut keys = Vec::new();
		for work in works {
			if let Work::Rotation(domain, key, from) = work {
				if let Some(raw) = self.offchain(&offchain::next_key_memo(domain, key, from))? {
					if let Ok(public) = PublicKey::decode(&mut &raw[..]) {
						keys.push(public);
					}
				}
			}
		}
		Ok(keys)
	}

	fn offchain(&self, key: &[u8]) -> Result<Option<Vec<u8>>, String> {
		let answer: Option<String> = self
			.runtime
			.block_on(self.client.request(
				"offchain_localStorageGet",
				rpc_params!["PERSISTENT", format!("0x{}", hex(key))],
			))
			.map_err(|e| {
				format!(
					"{}: offchain_localStorageGet was refused ({e}): run this against the \
					 custodian node's own RPC, which allows it on localhost by default \
					 (--rpc-methods unsafe elsewhere)",
					self.url
				)
			})?;
		answer.as_deref().map(unhex).transpose()
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Result<Vec<u8>, String> {
	crate::hsm_command::unhex(text)
}
