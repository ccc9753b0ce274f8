#!/usr/bin/env python3
"""Worst-case weight of every benchmark in a generated `weights.rs`.

Reads the `WeightsWith<D>` impl of a weights file written by
`scripts/regenerate-weights.sh` and prints, for each benchmark, the weight at
the largest value of each component (the dev runtime's bounds below), with
the database reads and writes priced at the given database weights.

    python3 benchmarks/weights_table.py pallets/key-registry/src/weights.rs --db paritydb
    python3 benchmarks/weights_table.py old-weights.rs --db rocksdb --markdown

Used for the old/new tables of docs/weights.md.
"""
import argparse
import re
import sys

# The dev runtime's bounds: the largest value each component takes.
MAX = {
    ("create_domain", "n"): 64,
    ("register_key_ed25519", "n"): 64, ("register_key_ed25519", "m"): 1024,
    ("register_key_sr25519", "n"): 64, ("register_key_sr25519", "m"): 1024,
    ("register_key_ecdsa", "n"): 64, ("register_key_ecdsa", "m"): 1024,
    ("on_initialize", "n"): 64,
    ("request_signature", "p"): 1024,
    ("fulfil_signature", "p"): 1024,
    ("authorize_fulfil_signature", "p"): 1024,
    ("expire_requests", "n"): 256,
    ("emit_genesis_entries", "n"): 1024,
    # Backups: MaxBackupHolders = 16, MaxDrillsPerBlock = 64.
    ("record_backup", "h"): 16,
    ("announce_drills_due", "n"): 64,
    # Threshold committees: MaxCommitteeSize = 16.
    **{(name, "c"): 16 for name in (
        "start_key_generation", "ceremony_round1", "ceremony_round2", "ceremony_confirm",
        "ceremony_prove", "authorize_ceremony_message", "report_ceremony_fault",
        "restart_key_generation", "cancel_key_generation", "request_threshold_signature",
        "submit_signature_share", "reject_signature_share", "authorize_signature_share",
        "start_share_refresh", "ceremony_refresh_round1", "ceremony_refresh_prove",
        "start_share_repair", "ceremony_repair_confirm")},
    # Threshold signing: MaxNonceCommitments = 32, MaxRequestsPerBlock = 256.
    ("publish_nonce_commitments", "n"): 32,
    ("expire_signing_attempts", "n"): 256,
}

# frame_support::weights::constants, in picoseconds per access.
DB = {
    "rocksdb": (25_000_000, 100_000_000),
    "paritydb": (8_000_000, 50_000_000),
}


def parse(text):
    impl = text.split("impl<D: Get<RuntimeDbWeight>> WeightInfo for WeightsWith<D>", 1)[1]
    impl = impl.split("\n}\n", 1)[0]
    benches = {}
    for match in re.finditer(r"fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", impl, re.S):
        name, _args, body = match.groups()
        base = re.search(r"Weight::from_parts\(([\d_]+), ([\d_]+)\)", body)
        ref_time, proof = (int(base.group(1).replace("_", "")), int(base.group(2).replace("_", "")))
        entry = {"ref": ref_time, "proof": proof, "reads": 0, "writes": 0, "slope": {}, "proof_slope": {},
                 "reads_per": {}, "writes_per": {}}
        for r in re.finditer(r"Weight::from_parts\(([\d_]+), 0\)\.saturating_mul\((\w+)\.into\(\)\)", body):
            entry["slope"][r.group(2)] = int(r.group(1).replace("_", ""))
        for r in re.finditer(r"Weight::from_parts\(0, ([\d_]+)\)\.saturating_mul\((\w+)\.into\(\)\)", body):
            entry["proof_slope"][r.group(2)] = int(r.group(1).replace("_", ""))
        for kind in ("reads", "writes"):
            for r in re.finditer(rf"D::get\(\)\.{kind}\((\d+)_u64\)\)", body):
                entry[kind] += int(r.group(1))
            for r in re.finditer(rf"D::get\(\)\.{kind}\(\((\d+)_u64\)\.saturating_mul\((\w+)\.into\(\)\)\)", body):
                entry[f"{kind}_per"][r.group(2)] = int(r.group(1))
        benches[name] = entry
    return benches


def worst(name, entry, db):
    read_ps, write_ps = DB[db]
    comps = set(entry["slope"]) | set(entry["proof_slope"]) | set(entry["reads_per"]) | set(entry["writes_per"])
    values = {c: MAX.get((name, c), 0) for c in comps}
    reads = entry["reads"] + sum(entry["reads_per"].get(c, 0) * v for c, v in values.items())
    writes = entry["writes"] + sum(entry["writes_per"].get(c, 0) * v for c, v in values.items())
    compute = entry["ref"] + sum(entry["slope"].get(c, 0) * v for c, v in values.items())
    proof = entry["proof"] + sum(entry["proof_slope"].get(c, 0) * v for c, v in values.items())
    ref_time = compute + reads * read_ps + writes * write_ps
    case = ", ".join(f"{c}={v}" for c, v in sorted(values.items())) or "-"
    return case, compute, ref_time, proof, reads, writes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("weights")
    parser.add_argument("--db", choices=sorted(DB), default="paritydb")
    args = parser.parse_args()
    benches = parse(open(args.weights).read())
    print("| benchmark | worst case | compute (ps) | ref_time (ps) | proof_size (bytes) | reads | writes |")
    print("|---|---|---|---|---|---|---|")
    for name, entry in benches.items():
        case, compute, ref_time, proof, reads, writes = worst(name, entry, args.db)
        print(f"| `{name}` | {case} | {compute:,} | {ref_time:,} | {proof:,} | {reads} | {writes} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
