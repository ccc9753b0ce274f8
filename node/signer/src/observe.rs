//! What the routing keystore tells an observer about each signature: which
//! backend and scheme, how long it took, and how it ended. The node turns
//! this into its `keyreg_*` Prometheus metrics; this crate stays free of any
//! metrics library.

use sp_core::crypto::KeyTypeId;
use std::time::Duration;

/// The backend name the routing keystore reports for the local keystore.
pub const LOCAL_BACKEND: &str = "local";

/// How one signing call ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOutcome {
	/// A signature was made.
	Signed,
	/// The backend holds no such key.
	NoSuchKey,
	/// The backend could not answer (an HSM that went away, a wrong PIN).
	Failed,
}

/// One signing call, as the observer sees it.
#[derive(Clone, Copy, Debug)]
pub struct SignEvent<'a> {
	/// The serving backend: [`LOCAL_BACKEND`] or a backend's name
	/// (`pkcs11:<token label>`).
	pub backend: &'a str,
	/// `ed25519`, `sr25519` or `ecdsa`.
	pub scheme: &'static str,
	/// The key type signed for.
	pub key_type: KeyTypeId,
	/// Time from the call to its answer.
	pub elapsed: Duration,
	/// How it ended.
	pub outcome: SignOutcome,
}

/// Told of every signing call of a [`crate::RoutingKeystore`]. Called on the
/// signing thread after the answer: keep it cheap and non-blocking.
pub trait SignObserver: Send + Sync {
	/// One signing call ended.
	fn observe(&self, event: SignEvent<'_>);
}
