//! CPU time of one committee member per FROST round, and the size of each
//! message it sends, for 2-of-3 and 3-of-5 committees: what a node spends on
//! a threshold key, next to one Ed25519 signature by the local keystore.
//!
//! Run with `cargo bench -p keyreg-signer --bench threshold` (release
//! profile); `benchmarks/README.md` records the figures.
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	missing_docs
)]

use codec::Encode;
use keyreg_signer::threshold::{
	dkg::KeyCeremony,
	repair::{self, RepairPlan},
	signing::{aggregate, SessionJournal, SigningMember},
	AgreementSecret, Committee, MemberIndex, SealedMessage, ShareRecord,
};
use rand_core::OsRng;
use sp_core::{ed25519, Pair};
use std::{
	sync::Arc,
	time::{Duration, Instant},
};

/// Runs `f` `rounds` times (after one warm-up) and returns the mean time.
fn mean(rounds: u32, mut f: impl FnMut()) -> Duration {
	f();
	let start = Instant::now();
	for _ in 0..rounds {
		f();
	}
	start.elapsed() / rounds
}

fn micros(d: Duration) -> String {
	format!("{:>8.1} µs", d.as_secs_f64() * 1e6)
}

fn committee(t: u16, n: u16) -> (Committee, Vec<AgreementSecret>) {
	let secrets: Vec<_> = (0..n)
		.map(|_| AgreementSecret::generate(&mut OsRng))
		.collect();
	(
		Committee::new(t, secrets.iter().map(|s| s.public()).collect()).unwrap(),
		secrets,
	)
}

fn run(t: u16, n: u16) {
	const ROUNDS: u32 = 20;
	let (committee, secrets) = committee(t, n);
	let session = [1u8; 32];

	// Round 1 of member 1; every member's messages for the later rounds.
	let part1 = mean(ROUNDS, || {
		KeyCeremony::generate(session, committee.clone(), MemberIndex(1), &mut OsRng).unwrap();
	});
	let started: Vec<_> = (1..=n)
		.map(|i| {
			KeyCeremony::generate(session, committee.clone(), MemberIndex(i), &mut OsRng).unwrap()
		})
		.collect();
	let round1: Vec<_> = started.iter().map(|(_, m)| m.clone()).collect();
	let round1_size = round1[0].package.len();

	// Round 2 (checks n-1 proofs of knowledge, seals n-1 shares): timed on
	// fresh ceremonies of member 1, as each call consumes its state.
	let part2 = mean(ROUNDS, || {
		let (mut c, _) =
			KeyCeremony::generate(session, committee.clone(), MemberIndex(1), &mut OsRng).unwrap();
		let mut messages = round1.clone();
		messages[0] = round1[0].clone();
		c.round2(&messages[1..], &secrets[0], &mut OsRng).unwrap();
	});
	let mut ceremonies: Vec<_> = started.into_iter().map(|(c, _)| c).collect();
	let round2: Vec<_> = ceremonies
		.iter_mut()
		.zip(&secrets)
		.flat_map(|(c, s)| c.round2(&round1, s, &mut OsRng).unwrap())
		.collect();
	let sealed_size: usize = round2
		.iter()
		.filter(|m| m.from == MemberIndex(1))
		.map(|m| 2 + 32 + m.envelope.ciphertext.len() + 1)
		.sum();

	// Finish: opens n-1 shares, checks each against its commitment.
	let shares: Vec<_> = ceremonies
		.iter_mut()
		.zip(&secrets)
		.map(|(c, s)| c.finish(&round2, s).unwrap())
		.collect();
	let part3 = {
		// Each finish consumes the ceremony: rebuild member 1 up to round 2 for each run.
		let mut total = Duration::ZERO;
		for _ in 0..ROUNDS.min(5) {
			let mut fresh: Vec<_> = (1..=n)
				.map(|i| {
					KeyCeremony::generate(session, committee.clone(), MemberIndex(i), &mut OsRng)
						.unwrap()
				})
				.collect();
			let r1: Vec<_> = fresh.iter().map(|(_, m)| m.clone()).collect();
			let r2: Vec<_> = fresh
				.iter_mut()
				.zip(&secrets)
				.flat_map(|((c, _), s)| c.round2(&r1, s, &mut OsRng).unwrap())
				.collect();
			let start = Instant::now();
			fresh[0].0.finish(&r2, &secrets[0]).unwrap();
			total += start.elapsed();
		}
		total / ROUNDS.min(5)
	};

	// Signing: nonce commitment, share (with its durable journal record), aggregation.
	let dir = tempfile::tempdir().unwrap();
	let signers: Vec<_> = shares
		.iter()
		.map(|s| {
			let journal =
				SessionJournal::open(&dir.path().join(format!("j{}", s.member.0))).unwrap();
			SigningMember::new(s.clone(), Arc::new(journal))
		})
		.collect();
	let commit = mean(ROUNDS, || {
		signers[0].commit_batch(1, &mut OsRng).unwrap();
	});
	let message = [7u8; 64];
	let mut session_counter = 0u64;
	let mut sign_time = Duration::ZERO;
	let mut aggregate_time = Duration::ZERO;
	let mut share_size = 0;
	let mut commitment_size = 0;
	for _ in 0..ROUNDS {
		session_counter += 1;
		let id = sp_crypto_hashing::blake2_256(&session_counter.encode());
		let chosen = &signers[..usize::from(t)];
		let commitments: Vec<_> = chosen
			.iter()
			.map(|s| s.commit_batch(1, &mut OsRng).unwrap().remove(0))
			.collect();
		commitment_size = commitments[0].commitment.len();
		let start = Instant::now();
		let first = chosen[0].sign(&id, &message, &commitments).unwrap();
		sign_time += start.elapsed();
		let mut out = vec![first];
		out.extend(
			chosen[1..]
				.iter()
				.map(|s| s.sign(&id, &message, &commitments).unwrap()),
		);
		share_size = out[0].share.len();
		let start = Instant::now();
		let signature =
			aggregate(shares[0].public_key_package(), &message, &commitments, &out).unwrap();
		aggregate_time += start.elapsed();
		assert!(ed25519::Pair::verify(
			&ed25519::Signature::from_raw(signature),
			message,
			&ed25519::Public::from_raw(shares[0].group_key().unwrap()),
		));
	}
	let (refresh1, refresh2, refresh3, refresh_sizes) =
		refresh_costs(&committee, &secrets, &shares, ROUNDS);
	let (deltas, sigma, recover, repair_sizes) = repair_costs(&committee, &secrets, &shares, t);
	let single = {
		let pair = ed25519::Pair::generate().0;
		mean(ROUNDS * 10, || {
			pair.sign(&message);
		})
	};

	println!("## {t}-of-{n}");
	println!("| step (one member) | CPU | message sent |");
	println!("|---|---|---|");
	println!(
		"| DKG round 1: commitment, proof of knowledge | {} | {round1_size} bytes |",
		micros(part1)
	);
	println!(
		"| DKG round 2: check {} proofs, seal {} shares (HPKE) | {} | {sealed_size} bytes |",
		n - 1,
		n - 1,
		micros(part2)
	);
	println!(
		"| DKG finish: open and check {} shares | {} | — |",
		n - 1,
		micros(part3)
	);
	println!(
		"| signing: nonce commitment | {} | {commitment_size} bytes |",
		micros(commit)
	);
	println!(
		"| signing: share, after the journal's fsync | {} | {share_size} bytes |",
		micros(sign_time / ROUNDS)
	);
	println!(
		"| aggregation of {t} shares, each checked | {} | 64-byte signature |",
		micros(aggregate_time / ROUNDS)
	);
	println!(
		"| refresh round 1: commitment to a zero-constant polynomial | {} | {} bytes |",
		micros(refresh1),
		refresh_sizes.0
	);
	println!(
		"| refresh round 2: seal {} refresh shares | {} | {} bytes |",
		n - 1,
		micros(refresh2),
		refresh_sizes.1
	);
	println!(
		"| refresh finish: open and check {} shares, add to the share | {} | — |",
		n - 1,
		micros(refresh3)
	);
	println!(
		"| repair, helper: {t} deltas, sealed | {} | {} bytes |",
		micros(deltas),
		repair_sizes.0
	);
	println!(
		"| repair, helper: open {t} deltas, seal the sigma | {} | {} bytes |",
		micros(sigma),
		repair_sizes.1
	);
	println!(
		"| repair, lost member: open {t} sigmas, rebuild, check, prove | {} | 64 bytes |",
		micros(recover)
	);
	println!(
		"| one plain Ed25519 signature (sp_core) | {} | — |",
		micros(single)
	);
	println!();
}

/// The size of sealed values as the chain carries them (`Vec<SealedShare>`:
/// recipient, encapsulated key, ciphertext with its length prefix).
fn sealed_size(messages: &[SealedMessage]) -> usize {
	1 + messages
		.iter()
		.map(|m| 2 + 32 + m.envelope.ciphertext.len() + 1)
		.sum::<usize>()
}

/// Member 1's CPU per refresh round (round 1; round 1 + 2; finish) and its
/// message sizes.
fn refresh_costs(
	committee: &Committee,
	secrets: &[AgreementSecret],
	shares: &[ShareRecord],
	rounds: u32,
) -> (Duration, Duration, Duration, (usize, usize)) {
	let session = [2u8; 32];
	let start = |share: &ShareRecord| {
		KeyCeremony::refresh(session, committee.clone(), share.clone(), &mut OsRng).unwrap()
	};
	let part1 = mean(rounds, || {
		start(&shares[0]);
	});
	let mut sizes = (0, 0);
	let mut part2 = Duration::ZERO;
	let mut part3 = Duration::ZERO;
	let runs = rounds.min(5);
	for _ in 0..runs {
		let (mut ceremonies, round1): (Vec<_>, Vec<_>) = shares.iter().map(start).unzip();
		sizes.0 = round1[0].package.len();
		let mut round2 = Vec::new();
		for (i, (c, s)) in ceremonies.iter_mut().zip(secrets).enumerate() {
			let begin = Instant::now();
			let sealed = c.round2(&round1, s, &mut OsRng).unwrap();
			if i == 0 {
				part2 += begin.elapsed();
				sizes.1 = sealed_size(&sealed);
			}
			round2.extend(sealed);
		}
		let begin = Instant::now();
		let refreshed = ceremonies[0].finish(&round2, &secrets[0]).unwrap();
		part3 += begin.elapsed();
		assert_eq!(refreshed.epoch, shares[0].epoch + 1);
	}
	(part1, part2 / runs, part3 / runs, sizes)
}

/// The CPU of one repair of the last member by the first `t`: a helper's
/// deltas, a helper's sigma, the lost member's rebuild with its proof; and
/// the helper's message sizes.
fn repair_costs(
	committee: &Committee,
	secrets: &[AgreementSecret],
	shares: &[ShareRecord],
	t: u16,
) -> (Duration, Duration, Duration, (usize, usize)) {
	let n = committee.size();
	let plan = RepairPlan {
		session: [3u8; 32],
		helpers: (1..=t).map(MemberIndex).collect(),
		lost: MemberIndex(n),
	};
	const RUNS: u32 = 5;
	let (mut d, mut g, mut r) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
	let mut sizes = (0, 0);
	for _ in 0..RUNS {
		let mut deltas = Vec::new();
		for helper in &plan.helpers {
			let i = usize::from(helper.0 - 1);
			let begin = Instant::now();
			let sealed =
				repair::helper_deltas(&plan, committee, &shares[i], &secrets[i], &mut OsRng)
					.unwrap();
			if i == 0 {
				d += begin.elapsed();
				sizes.0 = sealed_size(&sealed);
			}
			deltas.extend(sealed);
		}
		let mut sigmas = Vec::new();
		for helper in &plan.helpers {
			let i = usize::from(helper.0 - 1);
			let begin = Instant::now();
			let sigma =
				repair::helper_sigma(&plan, committee, *helper, &secrets[i], &deltas, &mut OsRng)
					.unwrap();
			if i == 0 {
				g += begin.elapsed();
				sizes.1 = sealed_size(std::slice::from_ref(&sigma));
			}
			sigmas.push(sigma);
		}
		let lost = usize::from(n - 1);
		let begin = Instant::now();
		let rebuilt = repair::recover(
			&plan,
			committee,
			&secrets[lost],
			shares[0].public_key_package().clone(),
			(shares[lost].session, shares[lost].epoch),
			&sigmas,
		)
		.unwrap();
		rebuilt
			.sign_with_share(b"repair proof", &mut OsRng)
			.unwrap();
		r += begin.elapsed();
		assert_eq!(rebuilt, shares[lost]);
	}
	(d / RUNS, g / RUNS, r / RUNS, sizes)
}

fn main() {
	run(2, 3);
	run(3, 5);
}
