//! # keyreg-signer
//!
//! Node-local signers for the key registry's off-chain workers.
//!
//! Off-chain workers sign with the ordinary `sp_io::crypto` calls, which reach
//! the `sp_keystore::Keystore` the node registers for them. This crate makes
//! that keystore a [`RoutingKeystore`]: each key type is served either by the
//! node's local keystore or by a [`SignerBackend`] where private keys never
//! leave their hardware.
//!
//! | module       | what lives there                                             |
//! |--------------|--------------------------------------------------------------|
//! | [`routing`]  | the keystore that routes by `KeyTypeId`                      |
//! | [`backend`]  | the interface every signer backend offers                    |
//! | [`pkcs11`]   | a PKCS#11 HSM (SoftHSM2 in tests): keys generated in the token; backup-able keys wrapped under the SO's trusted key |
//! | [`pin`]      | the HSM PIN, from a file or the environment, zeroized        |
//! | [`secret_uri`] | imported secrets checked against their public key          |
//! | [`error`]    | errors that say which setting is wrong and how to fix it     |
//! | [`observe`]  | each signature's backend, scheme, latency and outcome, for the node's metrics |
//! | [`threshold`] | one member of a FROST(Ed25519) committee: DKG, signing, refresh, repair, shares at rest |
//! | [`backup`]   | encrypted backup bundles: the data key split among holders, HPKE to each |
//!
//! The crate has no `sc-*` dependency: its tests build in minutes and run
//! against a real SoftHSM2 token.

pub mod backend;
pub mod backup;
pub mod error;
pub mod observe;
pub mod pin;
pub mod pkcs11;
pub mod routing;
pub mod secret_uri;
pub mod threshold;

pub use backend::SignerBackend;
pub use error::SignerError;
pub use observe::{SignEvent, SignObserver, SignOutcome};
pub use pin::Pin;
pub use pkcs11::{Pkcs11Config, Pkcs11Signer};
pub use routing::{RoutedScheme, RoutingKeystore};
