//! `expand[]`: which expandable fields of a response to render as objects instead of ids.
//!
//! Paths are dotted (`destination_payment.balance_transaction`), at most four levels deep,
//! and on lists start with `data.`. Each is checked against the fields Stripe lets you expand
//! on that object, so a typo is a 400 rather than silently ignored.

use super::error::ApiError;
use crate::ledger::Kind;

/// The wire half of the object table (`ledger::data::kinds` holds the other): for each kind,
/// its JSON `object` name, the noun errors use for it ("No such charge"), and the fields a
/// request may expand with the kind each holds (`None`: one of several, or always null).
/// Each is declared beside its renderer (`server::render`).
pub struct Shape {
    pub object: &'static str,
    pub noun: &'static str,
    pub expands: &'static [(&'static str, Option<Kind>)],
}

/// Where each kind's shape is found: `server::render::shape`, handed in so that this module
/// stays below the renderers that use it.
pub type Shapes = fn(Kind) -> &'static Shape;

/// What an expandable field holds: one kind, or (`None`) one of several, or always null
/// here, where deeper paths are accepted and rendered where they apply.
type Target = Option<Kind>;

/// Stripe's limit on how deep an expansion may go.
pub const MAX_DEPTH: usize = 4;

/// The requested expansions, as a tree of field names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expand {
    fields: Vec<(Box<str>, Expand)>,
}

pub static NONE: Expand = Expand { fields: Vec::new() };

impl Expand {
    /// The expansions `paths` ask of an object of kind `root`.
    pub fn parse(paths: &[String], root: Kind, shapes: Shapes) -> Result<Expand, ApiError> {
        let mut tree = Expand::default();
        for path in paths {
            tree.insert(path, path.split('.'), Some(root), shapes)?;
        }
        Ok(tree)
    }

    /// The expansions of a list's elements (`data.…` paths) of kind `item`.
    pub fn parse_list(paths: &[String], item: Kind, shapes: Shapes) -> Result<Expand, ApiError> {
        let mut tree = Expand::default();
        for path in paths {
            let rest = path.strip_prefix("data.").ok_or_else(|| cannot_expand(path))?;
            tree.insert(path, rest.split('.'), Some(item), shapes)?;
        }
        Ok(tree)
    }

    fn insert<'p>(
        &mut self,
        path: &str,
        segments: impl Iterator<Item = &'p str>,
        root: Target,
        shapes: Shapes,
    ) -> Result<(), ApiError> {
        let (mut node, mut kind) = (self, root);
        for (depth, field) in segments.enumerate() {
            if depth == MAX_DEPTH {
                return Err(ApiError::expand_too_deep(path, MAX_DEPTH));
            }
            let target = match kind {
                _ if field.is_empty() => return Err(cannot_expand(path)),
                None => None,
                Some(kind) => shapes(kind)
                    .expands
                    .iter()
                    .find(|(name, _)| *name == field)
                    .map(|(_, target)| *target)
                    .ok_or_else(|| cannot_expand(path))?,
            };
            let position = match node.fields.iter().position(|(name, _)| &**name == field) {
                Some(position) => position,
                None => {
                    node.fields.push((field.into(), Expand::default()));
                    node.fields.len() - 1
                }
            };
            node = &mut node.fields[position].1;
            kind = target;
        }
        Ok(())
    }

    /// The expansions below `field`, if `field` is to be expanded.
    pub fn get(&self, field: &str) -> Option<&Expand> {
        self.fields.iter().find(|(name, _)| &**name == field).map(|(_, e)| e)
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

fn cannot_expand(path: &str) -> ApiError {
    ApiError::cannot_expand(path)
}
