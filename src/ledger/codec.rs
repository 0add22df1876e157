//! The image codec: values written to bytes and read back, for snapshots and the journal.
//!
//! Integers are LEB128 varints (signed ones zigzagged), strings and lists are a length then
//! their contents. Reading checks everything it can: a length that runs past the end, an
//! unknown code, bytes left over; damage is an error, never a panic. What each value writes
//! is declared beside the value (`image_struct!`, `image_enum!`, `wire_enum!`); the layout of
//! a whole world is `ledger::image`. Any change to what is written is a new state format.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Bytes being written.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    pub fn put<T: Image>(&mut self, value: &T) {
        value.write(self);
    }

    pub(crate) fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.out.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.out.push(value as u8);
    }

    pub(crate) fn bytes(&mut self, bytes: &[u8]) {
        self.varint(bytes.len() as u64);
        self.out.extend_from_slice(bytes);
    }
}

/// Bytes being read.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    pub fn take<T: Image>(&mut self) -> Result<T, ImageError> {
        T::read(self)
    }

    /// Ends the reading: every byte must have been read.
    pub fn finish(self) -> Result<(), ImageError> {
        match self.bytes.len() - self.at {
            0 => Ok(()),
            left => Err(ImageError::TrailingBytes { count: left }),
        }
    }

    fn byte(&mut self) -> Result<u8, ImageError> {
        let byte = *self.bytes.get(self.at).ok_or(ImageError::Truncated { at: self.at })?;
        self.at += 1;
        Ok(byte)
    }

    pub(crate) fn varint(&mut self) -> Result<u64, ImageError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ImageError::Invalid {
            what: "integer",
            at: self.at,
        })
    }

    pub(crate) fn bytes(&mut self) -> Result<&'a [u8], ImageError> {
        let len = usize::try_from(self.varint()?).map_err(|_| ImageError::Truncated { at: self.at })?;
        let end = self
            .at
            .checked_add(len)
            .filter(|end| *end <= self.bytes.len())
            .ok_or(ImageError::Truncated { at: self.at })?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    pub(crate) fn length(&mut self) -> Result<usize, ImageError> {
        let len = self.varint()?;
        // Every element takes at least one byte, so a longer list cannot be there.
        usize::try_from(len)
            .ok()
            .filter(|len| *len <= self.bytes.len() - self.at)
            .ok_or(ImageError::Truncated { at: self.at })
    }

    /// An error for a value read just before this point.
    pub fn invalid(&self, what: &'static str) -> ImageError {
        ImageError::Invalid { what, at: self.at }
    }
}

/// Why an image could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageError {
    /// It ends before `at` could be read.
    Truncated { at: usize },
    /// A value that cannot be what is read at `at` (an unknown code, an id that names
    /// nothing, text that is not UTF-8).
    Invalid { what: &'static str, at: usize },
    /// Bytes are left after the image.
    TrailingBytes { count: usize },
    /// The world read back breaks an invariant (the audit's finding, described).
    Audit(String),
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageError::Truncated { at } => write!(f, "it ends early (at byte {at})"),
            ImageError::Invalid { what, at } => write!(f, "byte {at} is not a valid {what}"),
            ImageError::TrailingBytes { count } => write!(f, "{count} bytes follow its end"),
            ImageError::Audit(error) => write!(f, "the world it holds does not audit ({error})"),
        }
    }
}

impl std::error::Error for ImageError {}

/// A value with an image.
pub trait Image: Sized {
    fn write(&self, w: &mut Writer);
    fn read(r: &mut Reader<'_>) -> Result<Self, ImageError>;
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl Image for $t {
            fn write(&self, w: &mut Writer) {
                w.varint(u64::from(*self));
            }

            fn read(r: &mut Reader<'_>) -> Result<$t, ImageError> {
                let value = r.varint()?;
                <$t>::try_from(value).map_err(|_| r.invalid(stringify!($t)))
            }
        }
    )*};
}

unsigned!(u8, u16, u32, u64);

impl Image for i64 {
    fn write(&self, w: &mut Writer) {
        w.varint(((*self << 1) ^ (*self >> 63)) as u64);
    }

    fn read(r: &mut Reader<'_>) -> Result<i64, ImageError> {
        let value = r.varint()?;
        Ok(((value >> 1) as i64) ^ -((value & 1) as i64))
    }
}

impl Image for i128 {
    fn write(&self, w: &mut Writer) {
        w.out.extend_from_slice(&self.to_le_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<i128, ImageError> {
        let mut bytes = [0u8; 16];
        for byte in &mut bytes {
            *byte = r.byte()?;
        }
        Ok(i128::from_le_bytes(bytes))
    }
}

impl Image for u128 {
    fn write(&self, w: &mut Writer) {
        w.out.extend_from_slice(&self.to_le_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<u128, ImageError> {
        let mut bytes = [0u8; 16];
        for byte in &mut bytes {
            *byte = r.byte()?;
        }
        Ok(u128::from_le_bytes(bytes))
    }
}

impl Image for bool {
    fn write(&self, w: &mut Writer) {
        w.out.push(u8::from(*self));
    }

    fn read(r: &mut Reader<'_>) -> Result<bool, ImageError> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(r.invalid("boolean")),
        }
    }
}

impl Image for String {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<String, ImageError> {
        let bytes = r.bytes()?;
        String::from_utf8(bytes.to_vec()).map_err(|_| r.invalid("string"))
    }
}

impl Image for Box<str> {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<Box<str>, ImageError> {
        String::read(r).map(String::into_boxed_str)
    }
}

impl Image for Vec<u8> {
    fn write(&self, w: &mut Writer) {
        w.bytes(self);
    }

    fn read(r: &mut Reader<'_>) -> Result<Vec<u8>, ImageError> {
        r.bytes().map(<[u8]>::to_vec)
    }
}

impl<T: Image> Image for Option<T> {
    fn write(&self, w: &mut Writer) {
        match self {
            None => w.out.push(0),
            Some(value) => {
                w.out.push(1);
                value.write(w);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Option<T>, ImageError> {
        match r.byte()? {
            0 => Ok(None),
            1 => Ok(Some(T::read(r)?)),
            _ => Err(r.invalid("option")),
        }
    }
}

/// A list (not `Vec<u8>`, which is written as bytes).
pub struct List;

impl List {
    pub fn write<T: Image>(items: &[T], w: &mut Writer) {
        w.varint(items.len() as u64);
        for item in items {
            item.write(w);
        }
    }

    pub fn read<T: Image>(r: &mut Reader<'_>) -> Result<Vec<T>, ImageError> {
        let len = r.length()?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::read(r)?);
        }
        Ok(items)
    }
}

/// `Vec<T>` images for the element types listed (a blanket impl would take `Vec<u8>`, which
/// is written as bytes).
macro_rules! list_of {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::ledger::codec::Image for Vec<$t> {
            fn write(&self, w: &mut $crate::ledger::codec::Writer) {
                $crate::ledger::codec::List::write(self, w);
            }

            fn read(
                r: &mut $crate::ledger::codec::Reader<'_>,
            ) -> Result<Vec<$t>, $crate::ledger::codec::ImageError> {
                $crate::ledger::codec::List::read(r)
            }
        }
    )*};
}

impl<A: Image, B: Image> Image for (A, B) {
    fn write(&self, w: &mut Writer) {
        self.0.write(w);
        self.1.write(w);
    }

    fn read(r: &mut Reader<'_>) -> Result<(A, B), ImageError> {
        Ok((A::read(r)?, B::read(r)?))
    }
}

impl<K: Image + Ord, V: Image> Image for BTreeMap<K, V> {
    fn write(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for (key, value) in self {
            key.write(w);
            value.write(w);
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<BTreeMap<K, V>, ImageError> {
        let len = r.length()?;
        let mut map = BTreeMap::new();
        for _ in 0..len {
            let key = K::read(r)?;
            map.insert(key, V::read(r)?);
        }
        Ok(map)
    }
}

impl<T: Image + Ord> Image for BTreeSet<T> {
    fn write(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for item in self {
            item.write(w);
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<BTreeSet<T>, ImageError> {
        let len = r.length()?;
        let mut set = BTreeSet::new();
        for _ in 0..len {
            set.insert(T::read(r)?);
        }
        Ok(set)
    }
}

pub(crate) use list_of;

list_of!(u64, Box<str>);

/// A struct's image: its fields in order. The struct is destructured whole, so a field
/// added to it does not compile until it is added here.
macro_rules! image_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::ledger::codec::Image for $ty {
            fn write(&self, w: &mut $crate::ledger::codec::Writer) {
                let $ty { $($field),* } = self;
                $(w.put($field);)*
            }

            fn read(
                r: &mut $crate::ledger::codec::Reader<'_>,
            ) -> Result<$ty, $crate::ledger::codec::ImageError> {
                Ok($ty { $($field: r.take()?),* })
            }
        }
    };
}

/// A field-less enum's image: each variant's code, pinned by value. Codes are written as
/// varints, so a code below 128 is one byte whatever its type, and codes of 256 and more
/// (the event types' pinned ranges) fit.
macro_rules! image_enum {
    ($ty:ident { $($variant:ident = $code:literal),* $(,)? }) => {
        impl $crate::ledger::codec::Image for $ty {
            fn write(&self, w: &mut $crate::ledger::codec::Writer) {
                let code: u16 = match self { $($ty::$variant => $code),* };
                w.put(&code);
            }

            fn read(
                r: &mut $crate::ledger::codec::Reader<'_>,
            ) -> Result<$ty, $crate::ledger::codec::ImageError> {
                match r.take::<u16>()? {
                    $($code => Ok($ty::$variant),)*
                    _ => Err(r.invalid(stringify!($ty))),
                }
            }
        }
    };
}

pub(crate) use {image_enum, image_struct};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_round_trip() {
        let mut w = Writer::new();
        let values = [0i64, 1, -1, 63, -64, i64::MAX, i64::MIN, 300, -300];
        for v in values {
            w.put(&v);
        }
        w.put(&u64::MAX);
        w.put(&i128::MIN);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        for v in values {
            assert_eq!(r.take::<i64>().unwrap(), v);
        }
        assert_eq!(r.take::<u64>().unwrap(), u64::MAX);
        assert_eq!(r.take::<i128>().unwrap(), i128::MIN);
        r.finish().unwrap();
    }

    /// An enum's code is a varint: codes that fitted a byte are written as they always were,
    /// and wider ones round trip.
    #[test]
    fn enum_codes_are_varints() {
        for (code, bytes) in [(7u16, vec![7u8]), (200, vec![0xc8, 0x01]), (300, vec![0xac, 0x02])] {
            let mut w = Writer::new();
            w.put(&code);
            let written = w.into_bytes();
            assert_eq!(written, bytes, "{code}");
            let mut narrow = Writer::new();
            if let Ok(small) = u8::try_from(code) {
                narrow.put(&small);
                assert_eq!(narrow.into_bytes(), written, "{code}");
            }
            assert_eq!(Reader::new(&written).take::<u16>().unwrap(), code);
        }
    }

    #[test]
    fn damage_is_an_error_not_a_panic() {
        let mut w = Writer::new();
        w.put(&String::from("hello"));
        let bytes = w.into_bytes();
        for cut in 0..bytes.len() {
            assert!(Reader::new(&bytes[..cut]).take::<String>().is_err(), "{cut}");
        }
        // A length far beyond the bytes there.
        assert!(Reader::new(&[0xff, 0xff, 0xff, 0x0f]).take::<String>().is_err());
        assert!(Reader::new(&[0x02, 0xff, 0xfe]).take::<String>().is_err(), "not UTF-8");
        assert!(Reader::new(&[7]).take::<bool>().is_err());
        let mut r = Reader::new(&[1, 2]);
        r.take::<u8>().unwrap();
        assert_eq!(r.finish(), Err(ImageError::TrailingBytes { count: 1 }));
    }
}
