//! What can go wrong in a threshold ceremony, naming the member at fault.

use super::{MemberIndex, SessionId};
use std::path::PathBuf;

/// An error of a threshold ceremony (DKG, refresh, signing, repair) or of the
/// share vault. Where another member is at fault, the error names it, so the
/// chain can record the misbehaviour and the session can be retried without it.
#[derive(Debug)]
pub enum ThresholdError {
	/// The committee's shape is not allowed; the text says which rule failed.
	InvalidCommittee(&'static str),
	/// This index is not a member of the committee.
	NotAMember(MemberIndex),
	/// A FROST identifier that belongs to no member of the committee.
	UnknownIdentifier,
	/// A step was called out of order (`expected` names the step that was due).
	WrongStage {
		/// The step this ceremony is ready for.
		expected: &'static str,
	},
	/// A message that must be there is missing.
	MissingMessage {
		/// The member whose message is missing.
		from: MemberIndex,
		/// Which message.
		what: &'static str,
	},
	/// Two messages of the same kind from the same member.
	DuplicateMessage {
		/// The member that sent twice.
		from: MemberIndex,
	},
	/// Members sent something provably wrong: a proof of knowledge that does
	/// not verify, a secret share that does not match its commitment, a
	/// signature share that does not verify, a sealed message that does not
	/// open. The named members are the cheaters.
	Misbehaved {
		/// The members at fault.
		members: Vec<MemberIndex>,
		/// What they did.
		what: &'static str,
	},
	/// This member has already released a signature share in this session,
	/// for another package or before a restart: answering again could reuse
	/// a nonce.
	SessionAlreadyAnswered(SessionId),
	/// The session names a nonce commitment this member does not hold: it was
	/// used already, or made before the last restart (nonces live in memory
	/// only). The session must be abandoned and retried with fresh commitments.
	UnknownNonce,
	/// A share rebuilt by repair does not match the committee's public record:
	/// one of the helpers sent a wrong value.
	RepairMismatch,
	/// A byte string is not the encoding it should be.
	Encoding(&'static str),
	/// The journal of answered sessions cannot be read or written; no share is
	/// released while it is unavailable.
	Journal(String),
	/// The share vault cannot store or open a share.
	Vault {
		/// The file concerned.
		path: PathBuf,
		/// Why, in words an operator can act on.
		reason: String,
	},
	/// The keystore (or HSM) that holds the vault's custodian key refused.
	Keystore(String),
	/// Any other error reported by `frost-ed25519`.
	Frost(String),
}

impl std::fmt::Display for ThresholdError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Self::InvalidCommittee(rule) => write!(f, "invalid committee: {rule}"),
			Self::NotAMember(member) => write!(f, "{member} is not in the committee"),
			Self::UnknownIdentifier => write!(f, "a FROST identifier of no committee member"),
			Self::WrongStage { expected } => write!(f, "out of order: the next step is {expected}"),
			Self::MissingMessage { from, what } => write!(f, "the {what} of {from} is missing"),
			Self::DuplicateMessage { from } => write!(f, "{from} sent the same message twice"),
			Self::Misbehaved { members, what } => {
				let names: Vec<String> = members.iter().map(ToString::to_string).collect();
				write!(f, "{what}: {}", names.join(", "))
			}
			Self::SessionAlreadyAnswered(session) => write!(
				f,
				"session {} was already answered by this member; it will not sign in it again",
				hex(session)
			),
			Self::UnknownNonce => write!(
				f,
				"the nonce commitment named is not held here (used already, or made before a \
				 restart): retry the session with fresh commitments"
			),
			Self::RepairMismatch => write!(
				f,
				"the repaired share does not match the committee's verifying share: a helper \
				 sent a wrong value"
			),
			Self::Encoding(what) => write!(f, "malformed {what}"),
			Self::Journal(reason) => write!(f, "the journal of answered sessions failed: {reason}"),
			Self::Vault { path, reason } => {
				write!(f, "share vault {}: {reason}", path.display())
			}
			Self::Keystore(reason) => write!(f, "the custodian key's keystore refused: {reason}"),
			Self::Frost(reason) => write!(f, "FROST: {reason}"),
		}
	}
}

impl std::error::Error for ThresholdError {}

/// Lower-case hex, for session ids and file names.
pub(crate) fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
