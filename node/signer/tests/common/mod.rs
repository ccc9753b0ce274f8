//! A real SoftHSM2 installation in a temporary directory, shared by the tests
//! of one binary: one token per test, so tests run in parallel undisturbed.

#![allow(dead_code)] // each test binary uses part of it
use keyreg_signer::{Pin, Pkcs11Config, Pkcs11Signer};
use std::{path::PathBuf, process::Command, sync::OnceLock};

/// The user PIN of every test token.
pub const USER_PIN: &str = "4711-user";
/// The security officer PIN of every test token.
pub const SO_PIN: &str = "0815-so";

/// Every token the tests use. SoftHSM2 reads its token directory at
/// `C_Initialize`, so all of them exist before the first signer opens.
pub const TOKENS: &[&str] = &[
	"ed25519",
	"ecdsa",
	"attributes",
	"restart",
	"threads",
	"relogin",
	"errors",
	"routing",
	"routing-observed",
	"pin-file",
	"vault",
	"wrap-a",
	"wrap-b",
	"wrap-c",
	"wrap-none",
	"routing-split",
	"ceremony token",
	"adopt-ecdsa",
	"adopt-refused",
	"index",
	"destroy",
	"index-refresher",
	"routing-destroy",
	"leftovers",
];

/// The SoftHSM2 PKCS#11 module: `$KEYREG_PKCS11_MODULE`, else Debian's path.
pub fn module() -> PathBuf {
	std::env::var_os("KEYREG_PKCS11_MODULE")
		.map(PathBuf::from)
		.unwrap_or_else(|| PathBuf::from("/usr/lib/softhsm/libsofthsm2.so"))
}

/// Creates the SoftHSM2 configuration and tokens once per test binary.
pub fn softhsm() -> &'static tempfile::TempDir {
	static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
	DIR.get_or_init(|| {
		let dir = tempfile::tempdir().expect("temporary directory");
		let tokens = dir.path().join("tokens");
		std::fs::create_dir(&tokens).expect("token directory");
		let conf = dir.path().join("softhsm2.conf");
		std::fs::write(
			&conf,
			format!(
				"directories.tokendir = {}\nobjectstore.backend = file\nlog.level = ERROR\n",
				tokens.display()
			),
		)
		.expect("softhsm2.conf");
		// Read by the module at C_Initialize, which no test has reached yet.
		std::env::set_var("SOFTHSM2_CONF", &conf);
		for label in TOKENS {
			let status = Command::new("softhsm2-util")
				.args([
					"--init-token",
					"--free",
					"--label",
					label,
					"--so-pin",
					SO_PIN,
					"--pin",
					USER_PIN,
				])
				.env("SOFTHSM2_CONF", &conf)
				.output()
				.expect("softhsm2-util runs: install Debian's softhsm2 (scripts/setup.sh does)");
			assert!(
				status.status.success(),
				"init token {label}: {}",
				String::from_utf8_lossy(&status.stderr)
			);
		}
		dir
	})
}

/// A signer logged in to the test token `label`.
pub fn signer(label: &str) -> Pkcs11Signer {
	softhsm();
	Pkcs11Signer::open(Pkcs11Config {
		module: module(),
		token_label: label.into(),
		pin: Pin::new(USER_PIN).expect("pin"),
	})
	.unwrap_or_else(|e| panic!("open token {label}: {e}"))
}
