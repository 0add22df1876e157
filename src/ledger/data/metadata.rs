//! Key-value metadata as Stripe keeps it, and how a request changes it.

use crate::ledger::codec::{Image, ImageError, List, Reader, Writer};

/// Key-value metadata as Stripe keeps it: at most 50 keys, sorted by key here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metadata(Vec<(Box<str>, Box<str>)>);

/// A change to metadata, as a request expresses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetadataUpdate {
    /// `metadata=`: remove every key.
    Clear,
    /// `metadata[k]=v` sets k; `metadata[k]=` (a `None` here) removes it.
    Set(Vec<(String, Option<String>)>),
}

/// Stripe's metadata limits: keys per object, characters per key, characters per value.
pub const METADATA_MAX_KEYS: usize = 50;

/// See [`METADATA_MAX_KEYS`].
pub const METADATA_MAX_KEY_CHARS: usize = 40;

/// See [`METADATA_MAX_KEYS`].
pub const METADATA_MAX_VALUE_CHARS: usize = 500;

impl Metadata {
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (&**k, &**v))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .binary_search_by(|(k, _)| (**k).cmp(key))
            .ok()
            .map(|i| &*self.0[i].1)
    }

    /// Metadata from pairs sorted by key, as an image holds them; `None` if they are not
    /// sorted, repeat a key, or are too many.
    pub fn from_sorted(pairs: Vec<(Box<str>, Box<str>)>) -> Option<Metadata> {
        let sorted = pairs.windows(2).all(|w| w[0].0 < w[1].0);
        (sorted && pairs.len() <= METADATA_MAX_KEYS).then_some(Metadata(pairs))
    }

    /// The metadata after `update`, or how many keys it would hold if that is more than
    /// [`METADATA_MAX_KEYS`].
    pub fn updated(&self, update: &MetadataUpdate) -> Result<Metadata, usize> {
        let mut next = match update {
            MetadataUpdate::Clear => return Ok(Metadata::default()),
            MetadataUpdate::Set(_) => self.clone(),
        };
        if let MetadataUpdate::Set(entries) = update {
            for (key, value) in entries {
                let position = next.0.binary_search_by(|(k, _)| (**k).cmp(key.as_str()));
                match (position, value) {
                    (Ok(i), Some(v)) => next.0[i].1 = v.as_str().into(),
                    (Ok(i), None) => {
                        next.0.remove(i);
                    }
                    (Err(i), Some(v)) => next.0.insert(i, (key.as_str().into(), v.as_str().into())),
                    (Err(_), None) => {}
                }
            }
        }
        if next.0.len() <= METADATA_MAX_KEYS {
            Ok(next)
        } else {
            Err(next.0.len())
        }
    }
}

impl Image for Metadata {
    fn write(&self, w: &mut Writer) {
        let pairs: Vec<(Box<str>, Box<str>)> = self.iter().map(|(k, v)| (k.into(), v.into())).collect();
        List::write(&pairs, w);
    }

    fn read(r: &mut Reader<'_>) -> Result<Metadata, ImageError> {
        let pairs: Vec<(Box<str>, Box<str>)> = List::read(r)?;
        Metadata::from_sorted(pairs).ok_or_else(|| r.invalid("metadata"))
    }
}
