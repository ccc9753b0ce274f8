//! A bundle's copies: written to, read from and removed from every
//! location through `object_store` (directories and `file://` URLs).

use super::*;

/// Writes `bundle` to every location as `name`; prints its digest, name and
/// the number of copies.
pub(super) fn write_copies(bundle: &Bundle, name: &str, copies: &[String]) -> Result<(), String> {
	let bytes = bundle.to_bytes();
	for copy in copies {
		put(copy, name, &bytes).map_err(|e| format!("--copy {copy}: {e}"))?;
	}
	println!("digest {}", to_hex(&Bundle::digest(&bytes), false));
	println!("name {name}");
	println!("copies {}", copies.len());
	Ok(())
}

/// A wrapping key's bundle is named after its domain and the start of its id.
pub(super) fn wrapping_key_bundle_name(domain: u32, id: &[u8; 32]) -> String {
	let short: String = id.iter().take(4).map(|b| format!("{b:02x}")).collect();
	format!("keyreg-{domain}-wrapping-key-{short}.bundle")
}

/// Copies are named after what they restore.
pub(super) fn bundle_name(domain: u32, key: u32, version: u32) -> String {
	format!("keyreg-{domain}-{key}-v{version}.bundle")
}

/// The store behind a `--copy` location: a directory or `file://` URL.
pub(super) fn store(location: &str) -> Result<LocalFileSystem, String> {
	let dir = location.strip_prefix("file://").unwrap_or(location);
	if dir.contains("://") {
		return Err(format!(
			"{location}: only directories and file:// URLs are supported by this build"
		));
	}
	std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
	LocalFileSystem::new_with_prefix(dir).map_err(|e| e.to_string())
}

pub(super) fn put(location: &str, name: &str, bytes: &[u8]) -> Result<(), String> {
	let store = store(location)?;
	futures::executor::block_on(store.put(&StorePath::from(name), bytes.to_vec().into()))
		.map(|_| ())
		.map_err(|e| e.to_string())
}

pub(super) fn delete(location: &str, name: &str) -> Result<(), String> {
	let store = store(location)?;
	futures::executor::block_on(store.delete(&StorePath::from(name))).map_err(|e| e.to_string())
}

pub(super) fn get(location: &str, name: &str) -> Result<Option<Vec<u8>>, String> {
	let store = store(location)?;
	futures::executor::block_on(async {
		match store.get(&StorePath::from(name)).await {
			Ok(found) => found.bytes().await.map(|b| Some(b.to_vec())),
			Err(object_store::Error::NotFound { .. }) => Ok(None),
			Err(e) => Err(e),
		}
	})
	.map_err(|e| e.to_string())
}
