//! SCALE values as JSON for a SIEM, decoded against the runtime's metadata.
//!
//! Byte strings and fixed byte arrays (hashes, public keys, accounts,
//! payloads) become `0x…` hex; `Option` becomes the value or `null`; enum
//! variants become `"Name"` or `{"Name": fields}`; numbers above `u64::MAX`
//! become decimal strings. This is the shape polkadot.js's `toJSON` gives,
//! so one SIEM parser reads both.

use std::marker::PhantomData;

use scale_decode::{
	visitor::{
		types::{Array, BitSequence, Composite, Sequence, Str, Tuple, Variant},
		DecodeError, TypeIdFor, Visitor,
	},
	DecodeAsFields, FieldIter, TypeResolver,
};
use serde_json::{Map, Value as Json};

/// The named fields of an event (or any composite), as a JSON object.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonFields(pub Map<String, Json>);

impl DecodeAsFields for JsonFields {
	fn decode_as_fields<'resolver, R: TypeResolver>(
		input: &mut &[u8],
		fields: &mut dyn FieldIter<'resolver, R::TypeId>,
		types: &'resolver R,
	) -> Result<Self, scale_decode::Error> {
		let mut composite = Composite::new(core::iter::empty(), input, fields, types, false);
		let mut map = Map::new();
		for (position, item) in composite.by_ref().enumerate() {
			let item = item?;
			let value = item.decode_with_visitor(JsonVisitor::<R>::new())?;
			let name = item
				.name()
				.map(str::to_owned)
				.unwrap_or_else(|| position.to_string());
			map.insert(name, value.json);
		}
		composite.skip_decoding()?;
		*input = composite.bytes_from_undecoded();
		Ok(JsonFields(map))
	}
}

/// A decoded value, remembering whether it was a `u8` so that sequences and
/// arrays of bytes can be written as hex.
struct Decoded {
	json: Json,
	byte: Option<u8>,
}

impl Decoded {
	fn of(json: Json) -> Self {
		Decoded { json, byte: None }
	}
}

struct JsonVisitor<R>(PhantomData<R>);

impl<R> JsonVisitor<R> {
	fn new() -> Self {
		JsonVisitor(PhantomData)
	}
}

/// Items of a sequence or array: hex when every item is a byte.
fn items(values: Vec<Decoded>) -> Json {
	if !values.is_empty() && values.iter().all(|v| v.byte.is_some()) {
		let bytes: Vec<u8> = values.iter().filter_map(|v| v.byte).collect();
		Json::String(format!("0x{}", hex::encode(bytes)))
	} else {
		Json::Array(values.into_iter().map(|v| v.json).collect())
	}
}

/// Fields of a composite or variant: an object when named, the value itself
/// for one unnamed field (newtypes such as `AccountId32`), else an array.
fn fields(named: bool, values: Vec<(String, Json)>) -> Json {
	if named {
		Json::Object(values.into_iter().collect())
	} else if values.len() == 1 {
		values
			.into_iter()
			.next()
			.map(|(_, v)| v)
			.unwrap_or(Json::Null)
	} else {
		Json::Array(values.into_iter().map(|(_, v)| v).collect())
	}
}

fn big(value: u128) -> Json {
	match u64::try_from(value) {
		Ok(small) => Json::from(small),
		Err(_) => Json::String(value.to_string()),
	}
}

fn big_signed(value: i128) -> Json {
	match i64::try_from(value) {
		Ok(small) => Json::from(small),
		Err(_) => Json::String(value.to_string()),
	}
}

impl<R: TypeResolver> Visitor for JsonVisitor<R> {
	type Value<'scale, 'resolver> = Decoded;
	type Error = DecodeError;
	type TypeResolver = R;

	fn visit_bool<'scale, 'resolver>(
		self,
		value: bool,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::Bool(value)))
	}
	fn visit_char<'scale, 'resolver>(
		self,
		value: char,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::String(value.to_string())))
	}
	fn visit_u8<'scale, 'resolver>(
		self,
		value: u8,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded {
			json: Json::from(value),
			byte: Some(value),
		})
	}
	fn visit_u16<'scale, 'resolver>(
		self,
		value: u16,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::from(value)))
	}
	fn visit_u32<'scale, 'resolver>(
		self,
		value: u32,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::from(value)))
	}
	fn visit_u64<'scale, 'resolver>(
		self,
		value: u64,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::from(value)))
	}
	fn visit_u128<'scale, 'resolver>(
		self,
		value: u128,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(big(value)))
	}
	fn visit_u256<'resolver>(
		self,
		value: &[u8; 32],
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'_, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::String(format!(
			"0x{}",
			hex::encode(value)
		))))
	}
	fn visit_i8<'scale, 'resolver>(
		self,
		value: i8,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::from(value)))
	}
	fn visit_i16<'scale, 'resolver>(
		self,
		value: i16,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::from(value)))
	}
	fn visit_i32<'scale, 'resolver>(
		self,
		value: i32,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::from(value)))
	}
	fn visit_i64<'scale, 'resolver>(
		self,
		value: i64,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::from(value)))
	}
	fn visit_i128<'scale, 'resolver>(
		self,
		value: i128,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(big_signed(value)))
	}
	fn visit_i256<'resolver>(
		self,
		value: &[u8; 32],
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'_, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::String(format!(
			"0x{}",
			hex::encode(value)
		))))
	}
	fn visit_sequence<'scale, 'resolver>(
		self,
		value: &mut Sequence<'scale, 'resolver, R>,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		let mut values = Vec::with_capacity(value.remaining());
		while let Some(item) = value.decode_item(JsonVisitor::<R>::new()) {
			values.push(item?);
		}
		Ok(Decoded::of(items(values)))
	}
	fn visit_array<'scale, 'resolver>(
		self,
		value: &mut Array<'scale, 'resolver, R>,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		let mut values = Vec::with_capacity(value.remaining());
		while let Some(item) = value.decode_item(JsonVisitor::<R>::new()) {
			values.push(item?);
		}
		Ok(Decoded::of(items(values)))
	}
	fn visit_tuple<'scale, 'resolver>(
		self,
		value: &mut Tuple<'scale, 'resolver, R>,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		let mut values = Vec::new();
		while let Some(item) = value.decode_item(JsonVisitor::<R>::new()) {
			values.push(item?.json);
		}
		Ok(Decoded::of(Json::Array(values)))
	}
	fn visit_composite<'scale, 'resolver>(
		self,
		value: &mut Composite<'scale, 'resolver, R>,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		let named = value.has_unnamed_fields().not();
		let mut values = Vec::new();
		for item in value.by_ref() {
			let item = item?;
			let decoded = item.decode_with_visitor(JsonVisitor::<R>::new())?;
			values.push((item.name().unwrap_or_default().to_owned(), decoded.json));
		}
		Ok(Decoded::of(fields(named, values)))
	}
	fn visit_variant<'scale, 'resolver>(
		self,
		value: &mut Variant<'scale, 'resolver, R>,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		let name = value.name().to_owned();
		let composite = value.fields();
		let named = composite.has_unnamed_fields().not();
		let mut values = Vec::new();
		for item in composite.by_ref() {
			let item = item?;
			let decoded = item.decode_with_visitor(JsonVisitor::<R>::new())?;
			values.push((item.name().unwrap_or_default().to_owned(), decoded.json));
		}
		let json = match (name.as_str(), values.len()) {
			("None", 0) => Json::Null,
			("Some", 1) => fields(false, values),
			(_, 0) => Json::String(name),
			_ => {
				let mut object = Map::new();
				object.insert(name, fields(named, values));
				Json::Object(object)
			}
		};
		Ok(Decoded::of(json))
	}
	fn visit_str<'scale, 'resolver>(
		self,
		value: &mut Str<'scale>,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		Ok(Decoded::of(Json::String(value.as_str()?.to_owned())))
	}
	fn visit_bitsequence<'scale, 'resolver>(
		self,
		value: &mut BitSequence<'scale>,
		_: TypeIdFor<Self>,
	) -> Result<Self::Value<'scale, 'resolver>, Self::Error> {
		let mut bits = String::new();
		for bit in value.decode()? {
			bits.push(if bit? { '1' } else { '0' });
		}
		Ok(Decoded::of(Json::String(bits)))
	}
}

use core::ops::Not;
