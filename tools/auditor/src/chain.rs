//! The audit-chain verifier: folds each domain's entries as they arrive and
//! says where a chain stops agreeing with the chain's own head.
//!
//! This is an independent implementation of the formula the pallet documents
//! (`pallets/key-registry/src/audit.rs`), so a bug in the pallet's hashing
//! shows up as a disagreement instead of being shared:
//!
//! ```text
//! head_0 = [0u8; 32]
//! head_n = blake2_256(head_{n-1} ‖ n as u64 little-endian ‖ entry_n)
//! ```
//!
//! `entry_n` is the SCALE encoding of the pallet's event: its variant index,
//! then its fields. Entries of one block are folded into a [`BlockFold`]
//! first and committed only once the block's heads are checked, so a
//! disagreement never leaves half a block applied.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A domain of the registry.
pub type DomainId = u32;
/// The number of an entry in its domain's chain (1, 2, 3, …).
pub type AuditSeq = u64;

/// The head before a domain's first entry.
pub const GENESIS_HEAD: [u8; 32] = [0u8; 32];

/// Extends `previous` by entry number `seq` whose SCALE encoding is `entry`.
pub fn next_head(previous: &[u8; 32], seq: AuditSeq, entry: &[u8]) -> [u8; 32] {
	let mut preimage =
		Vec::with_capacity(previous.len().saturating_add(8).saturating_add(entry.len()));
	preimage.extend_from_slice(previous);
	preimage.extend_from_slice(&seq.to_le_bytes());
	preimage.extend_from_slice(entry);
	sp_crypto_hashing::blake2_256(&preimage)
}

/// A domain's audit head: the number of its last entry and the hash folded
/// up to it. The same shape as the pallet's `AuditHead`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Head {
	/// Number of the last entry (`0`: none yet).
	pub seq: AuditSeq,
	/// The folded hash, `0x`-prefixed hex in JSON.
	#[serde(with = "hex32")]
	pub head: [u8; 32],
}

impl Default for Head {
	fn default() -> Self {
		Head {
			seq: 0,
			head: GENESIS_HEAD,
		}
	}
}

/// Why a domain's chain does not fold to the head on chain.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Disagreement {
	/// An entry arrived out of turn: one is missing, repeated or reordered.
	SequenceGap {
		/// The domain.
		domain: DomainId,
		/// The number the next entry must carry.
		expected_seq: AuditSeq,
		/// The number it carried.
		found_seq: AuditSeq,
	},
	/// The entries folded so far give another head than the one on chain:
	/// an entry was altered, or the chain's head moved without an entry.
	HeadMismatch {
		/// The domain.
		domain: DomainId,
		/// The entries of this domain folded in the block (first and last
		/// number; empty when the block had none).
		entries: Option<(AuditSeq, AuditSeq)>,
		/// What the auditor folded.
		folded: Head,
		/// What the chain stores (`None`: the domain does not exist on chain).
		on_chain: Option<Head>,
	},
}

impl Disagreement {
	/// The domain whose chain disagrees.
	pub fn domain(&self) -> DomainId {
		match self {
			Disagreement::SequenceGap { domain, .. }
			| Disagreement::HeadMismatch { domain, .. } => *domain,
		}
	}
}

impl std::fmt::Display for Disagreement {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Disagreement::SequenceGap { domain, expected_seq, found_seq } => write!(
				f,
				"domain {domain}: expected entry {expected_seq}, found entry {found_seq} (an entry is missing, repeated or out of order)"
			),
			Disagreement::HeadMismatch { domain, entries, folded, on_chain } => {
				let entries = match entries {
					Some((first, last)) if first == last => format!("after entry {first}"),
					Some((first, last)) => format!("after entries {first}..={last}"),
					None => "with no entry in this block".to_owned(),
				};
				let on_chain = match on_chain {
					Some(h) => format!("seq {} head 0x{}", h.seq, hex::encode(h.head)),
					None => "no such domain".to_owned(),
				};
				write!(
					f,
					"domain {domain}: {entries} the chain folds to seq {} head 0x{}, but the head on chain is {on_chain}",
					folded.seq,
					hex::encode(folded.head)
				)
			}
		}
	}
}

/// The verified heads of every domain seen so far.
#[derive(Clone, Default, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditChains {
	heads: BTreeMap<DomainId, Head>,
}

impl AuditChains {
	/// Chains starting from trusted heads (a checkpoint).
	pub fn from_heads(heads: impl IntoIterator<Item = (DomainId, Head)>) -> Self {
		AuditChains {
			heads: heads.into_iter().collect(),
		}
	}

	/// The verified head of `domain` (the genesis head if it has no entry yet).
	pub fn head(&self, domain: DomainId) -> Head {
		self.heads.get(&domain).copied().unwrap_or_default()
	}

	/// Every domain with at least one verified entry, with its head.
	pub fn heads(&self) -> impl Iterator<Item = (DomainId, Head)> + '_ {
		self.heads.iter().map(|(d, h)| (*d, *h))
	}

	/// How many domains have a verified entry.
	pub fn len(&self) -> usize {
		self.heads.len()
	}

	/// Whether no domain has a verified entry yet.
	pub fn is_empty(&self) -> bool {
		self.heads.is_empty()
	}

	/// Starts folding one block's entries on top of the verified heads.
	pub fn begin_block(&self) -> BlockFold<'_> {
		BlockFold {
			base: self,
			staged: BTreeMap::new(),
		}
	}

	/// Compares every verified head with `on_chain` (all domains on chain):
	/// a domain on chain with entries the auditor never saw, or a verified
	/// domain whose head moved, is a disagreement.
	pub fn sweep(&self, on_chain: &BTreeMap<DomainId, Head>) -> Result<(), Disagreement> {
		for (domain, chain_head) in on_chain {
			let folded = self.head(*domain);
			if folded != *chain_head {
				return Err(Disagreement::HeadMismatch {
					domain: *domain,
					entries: None,
					folded,
					on_chain: Some(*chain_head),
				});
			}
		}
		for (domain, folded) in &self.heads {
			if !on_chain.contains_key(domain) {
				return Err(Disagreement::HeadMismatch {
					domain: *domain,
					entries: None,
					folded: *folded,
					on_chain: None,
				});
			}
		}
		Ok(())
	}
}

/// One block's entries folded on top of the verified heads, not yet committed.
#[derive(Debug)]
pub struct BlockFold<'a> {
	base: &'a AuditChains,
	/// Per touched domain: first entry folded in this block, and the head.
	staged: BTreeMap<DomainId, (AuditSeq, Head)>,
}

impl BlockFold<'_> {
	/// Folds entry `seq` of `domain` (encoded `entry`); returns the new head.
	/// An entry whose number is not the next one is refused: the chain
	/// stops there.
	pub fn apply(
		&mut self,
		domain: DomainId,
		seq: AuditSeq,
		entry: &[u8],
	) -> Result<Head, Disagreement> {
		let (first, previous) = match self.staged.get(&domain) {
			Some((first, head)) => (*first, *head),
			None => (seq, self.base.head(domain)),
		};
		let expected_seq = previous.seq.saturating_add(1);
		if seq != expected_seq {
			return Err(Disagreement::SequenceGap {
				domain,
				expected_seq,
				found_seq: seq,
			});
		}
		let head = Head {
			seq,
			head: next_head(&previous.head, seq, entry),
		};
		self.staged.insert(domain, (first, head));
		Ok(head)
	}

	/// The domains this block touched.
	pub fn touched(&self) -> impl Iterator<Item = DomainId> + '_ {
		self.staged.keys().copied()
	}

	/// Checks the folded head of `domain` against the head the chain stores
	/// at the end of the block.
	pub fn check(&self, domain: DomainId, on_chain: Option<Head>) -> Result<(), Disagreement> {
		let (entries, folded) = match self.staged.get(&domain) {
			Some((first, head)) => (Some((*first, head.seq)), *head),
			None => (None, self.base.head(domain)),
		};
		if on_chain == Some(folded) {
			Ok(())
		} else {
			Err(Disagreement::HeadMismatch {
				domain,
				entries,
				folded,
				on_chain,
			})
		}
	}

	/// The heads to commit once every touched domain is checked.
	pub fn into_heads(self) -> Vec<(DomainId, Head)> {
		self.staged.into_iter().map(|(d, (_, h))| (d, h)).collect()
	}
}

impl AuditChains {
	/// Commits a checked block's heads.
	pub fn commit(&mut self, heads: Vec<(DomainId, Head)>) {
		self.heads.extend(heads);
	}
}

/// `[u8; 32]` as `0x`-prefixed hex in JSON.
pub mod hex32 {
	use serde::{de::Error, Deserialize, Deserializer, Serializer};

	/// Writes `0x…`.
	pub fn serialize<S: Serializer>(bytes: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
		s.serialize_str(&format!("0x{}", hex::encode(bytes)))
	}

	/// Reads `0x…` (64 hex digits).
	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
		let text = String::deserialize(d)?;
		let digits = text
			.strip_prefix("0x")
			.ok_or_else(|| D::Error::custom("a head starts with 0x"))?;
		let mut out = [0u8; 32];
		hex::decode_to_slice(digits, &mut out)
			.map_err(|e| D::Error::custom(format!("a head is 32 bytes of hex: {e}")))?;
		Ok(out)
	}
}

#[cfg(test)]
mod tests {
	#![allow(
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::indexing_slicing,
		clippy::arithmetic_side_effects
	)]
	use super::*;
	use proptest::prelude::*;

	/// A chain of `n` entries for one domain, folded independently.
	fn chain(entries: &[Vec<u8>]) -> Vec<Head> {
		let mut head = Head::default();
		entries
			.iter()
			.enumerate()
			.map(|(i, e)| {
				let seq = i as u64 + 1;
				head = Head {
					seq,
					head: next_head(&head.head, seq, e),
				};
				head
			})
			.collect()
	}

	#[test]
	fn next_head_is_blake2_of_previous_seq_and_entry() {
		// blake2_256 of 32 zero bytes, 1u64 LE and [7, 1, 2]: computed with
		// Python's hashlib.blake2b(digest_size=32) as an outside reference.
		let head = next_head(&GENESIS_HEAD, 1, &[7, 1, 2]);
		assert_eq!(
			hex::encode(head),
			"9dd69e88d5e751dd7f1417b9f1ed3ab4a782a9fee3eb87595ebc18618c401d00"
		);
		assert_ne!(
			head,
			next_head(&GENESIS_HEAD, 2, &[7, 1, 2]),
			"the number is part of the preimage"
		);
	}

	#[test]
	fn a_block_commits_only_after_its_check() {
		let entries = vec![vec![1u8], vec![2u8], vec![3u8]];
		let heads = chain(&entries);
		let mut chains = AuditChains::default();
		let mut fold = chains.begin_block();
		fold.apply(5, 1, &entries[0]).unwrap();
		fold.apply(5, 2, &entries[1]).unwrap();
		fold.check(5, Some(heads[1])).unwrap();
		let staged = fold.into_heads();
		assert_eq!(
			chains.head(5),
			Head::default(),
			"nothing committed before commit"
		);
		chains.commit(staged);
		assert_eq!(chains.head(5), heads[1]);

		let mut fold = chains.begin_block();
		fold.apply(5, 3, &[9u8]).unwrap();
		let err = fold.check(5, Some(heads[2])).unwrap_err();
		assert_eq!(
			err,
			Disagreement::HeadMismatch {
				domain: 5,
				entries: Some((3, 3)),
				folded: Head {
					seq: 3,
					head: next_head(&heads[1].head, 3, &[9u8])
				},
				on_chain: Some(heads[2]),
			}
		);
		assert_eq!(
			chains.head(5),
			heads[1],
			"a refused block leaves the verified heads"
		);
	}

	#[test]
	fn gaps_repeats_and_reorders_stop_at_the_entry() {
		let chains = AuditChains::from_heads([(
			1,
			Head {
				seq: 4,
				head: [1; 32],
			},
		)]);
		let mut fold = chains.begin_block();
		assert_eq!(
			fold.apply(1, 6, b"x").unwrap_err(),
			Disagreement::SequenceGap {
				domain: 1,
				expected_seq: 5,
				found_seq: 6
			}
		);
		assert_eq!(
			fold.apply(1, 4, b"x").unwrap_err(),
			Disagreement::SequenceGap {
				domain: 1,
				expected_seq: 5,
				found_seq: 4
			}
		);
		fold.apply(1, 5, b"x").unwrap();
		assert_eq!(
			fold.apply(1, 5, b"x").unwrap_err(),
			Disagreement::SequenceGap {
				domain: 1,
				expected_seq: 6,
				found_seq: 5
			}
		);
		// A new domain starts at 1.
		assert_eq!(
			fold.apply(2, 2, b"x").unwrap_err(),
			Disagreement::SequenceGap {
				domain: 2,
				expected_seq: 1,
				found_seq: 2
			}
		);
	}

	#[test]
	fn sweep_finds_unseen_domains_and_moved_heads() {
		let chains = AuditChains::from_heads([(
			1,
			Head {
				seq: 2,
				head: [2; 32],
			},
		)]);
		let mut on_chain = BTreeMap::from([(
			1,
			Head {
				seq: 2,
				head: [2; 32],
			},
		)]);
		chains.sweep(&on_chain).unwrap();
		// A domain with entries the auditor never saw.
		on_chain.insert(
			3,
			Head {
				seq: 1,
				head: [3; 32],
			},
		);
		assert_eq!(chains.sweep(&on_chain).unwrap_err().domain(), 3);
		// A domain created but still without entries agrees with the genesis head.
		on_chain.insert(3, Head::default());
		chains.sweep(&on_chain).unwrap();
		// A verified head that moved without an entry.
		on_chain.insert(
			1,
			Head {
				seq: 3,
				head: [2; 32],
			},
		);
		assert_eq!(chains.sweep(&on_chain).unwrap_err().domain(), 1);
		// A verified domain missing on chain.
		on_chain.remove(&1);
		assert!(matches!(
			chains.sweep(&on_chain).unwrap_err(),
			Disagreement::HeadMismatch {
				domain: 1,
				on_chain: None,
				..
			}
		));
	}

	#[test]
	fn heads_round_trip_through_json() {
		let chains = AuditChains::from_heads([(
			7,
			Head {
				seq: 9,
				head: [0xab; 32],
			},
		)]);
		let text = serde_json::to_string(&chains).unwrap();
		assert!(text.contains(&format!("0x{}", "ab".repeat(32))), "{text}");
		assert_eq!(serde_json::from_str::<AuditChains>(&text).unwrap(), chains);
		assert!(serde_json::from_str::<Head>(r#"{"seq":1,"head":"00"}"#).is_err());
	}

	proptest! {
		/// Tampering with one entry of an honest stream (alter, drop,
		/// repeat, swap) is caught at that entry or, for an alteration, at
		/// the end of its block; an honest stream always agrees.
		#[test]
		fn tampering_is_caught_at_the_right_entry(
			sizes in proptest::collection::vec(1usize..4, 1..12),
			target in any::<proptest::sample::Index>(),
			kind in 0u8..4,
		) {
			// Blocks of entries for domain 1, each entry unique.
			let total: usize = sizes.iter().sum();
			let entries: Vec<Vec<u8>> = (0..total).map(|i| vec![i as u8, 0x55]).collect();
			let truth = chain(&entries);
			let target = target.index(total);

			let mut stream: Vec<(usize, u64, Vec<u8>)> = Vec::new();
			let mut n = 0;
			for (block, size) in sizes.iter().enumerate() {
				for _ in 0..*size {
					stream.push((block, n as u64 + 1, entries[n].clone()));
					n += 1;
				}
			}
			let honest = stream.clone();
			match kind {
				0 => stream[target].2[1] ^= 1,
				1 => { stream.remove(target); }
				2 => { let copy = stream[target].clone(); stream.insert(target + 1, copy); }
				_ => if target + 1 < stream.len() && stream[target].0 == stream[target + 1].0 { stream.swap(target, target + 1); } else { stream[target].2[1] ^= 1; },
			}
			let mut chains = AuditChains::default();
			let mut stopped = None;
			let mut verified_last = 0u64;
			'blocks: for block in 0..sizes.len() {
				let mut fold = chains.begin_block();
				for (_, seq, entry) in stream.iter().filter(|(b, ..)| *b == block) {
					if let Err(e) = fold.apply(1, *seq, entry) { stopped = Some((block, e)); break 'blocks; }
				}
				// The chain's head at the end of the block, from the honest stream.
				let last = honest.iter().filter(|(b, ..)| *b <= block).count();
				if let Err(e) = fold.check(1, Some(truth[last - 1])) { stopped = Some((block, e)); break 'blocks; }
				let heads = fold.into_heads();
				chains.commit(heads);
				verified_last = last as u64;
			}
			let (block, e) = stopped.expect("a tampered stream never verifies");
			let target_block = honest[target].0;
			prop_assert_eq!(block, target_block, "stopped in the block of the tampered entry");
			prop_assert_eq!(e.domain(), 1);
			prop_assert!(verified_last < target as u64 + 1, "no tampered entry was committed");
			if let Disagreement::SequenceGap { expected_seq, .. } = e {
				prop_assert_eq!(expected_seq, target as u64 + 1 + u64::from(kind == 2));
			}

			let mut chains = AuditChains::default();
			for block in 0..sizes.len() {
				let mut fold = chains.begin_block();
				for (_, seq, entry) in honest.iter().filter(|(b, ..)| *b == block) { fold.apply(1, *seq, entry).unwrap(); }
				let last = honest.iter().filter(|(b, ..)| *b <= block).count();
				fold.check(1, Some(truth[last - 1])).unwrap();
				let heads = fold.into_heads();
				chains.commit(heads);
			}
			prop_assert_eq!(chains.head(1), truth[total - 1]);
		}
	}
}
