//! `expand[]`: which expandable fields of a response to render as objects instead of ids.
//!
//! Paths are dotted (`destination_payment.balance_transaction`), at most four levels deep,
//! and on lists start with `data.`. Each is checked against the fields Stripe lets you expand
//! on that object, so a typo is a 400 rather than silently ignored.

use super::error::ApiError;
use super::render::shape;
use crate::ledger::Kind;

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
    pub fn parse(paths: &[String], root: Kind) -> Result<Expand, ApiError> {
        let mut tree = Expand::default();
        for path in paths {
            tree.insert(path, path.split('.'), Some(root))?;
        }
        Ok(tree)
    }

    /// The expansions of a list's elements (`data.…` paths) of kind `item`.
    pub fn parse_list(paths: &[String], item: Kind) -> Result<Expand, ApiError> {
        let mut tree = Expand::default();
        for path in paths {
            let rest = path.strip_prefix("data.").ok_or_else(|| cannot_expand(path))?;
            tree.insert(path, rest.split('.'), Some(item))?;
        }
        Ok(tree)
    }

    fn insert<'p>(
        &mut self,
        path: &str,
        segments: impl Iterator<Item = &'p str>,
        root: Target,
    ) -> Result<(), ApiError> {
        let (mut node, mut kind) = (self, root);
        for (depth, field) in segments.enumerate() {
            if depth == MAX_DEPTH {
                return Err(ApiError::expand_too_deep(path, MAX_DEPTH));
            }
            let target = match kind {
                _ if field.is_empty() => return Err(cannot_expand(path)),
                None => None,
                Some(kind) => shape(kind)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn valid_paths_build_a_tree() {
        let tree = Expand::parse(
            &paths(&[
                "destination_payment.balance_transaction",
                "destination",
                "destination_payment",
            ]),
            Kind::Transfer,
        )
        .unwrap();
        assert!(tree.get("destination").is_some_and(Expand::is_empty));
        assert!(
            tree.get("destination_payment")
                .unwrap()
                .get("balance_transaction")
                .is_some()
        );
        assert!(tree.get("balance_transaction").is_none());
    }

    #[test]
    fn invalid_paths_are_refused() {
        let cases: [(&[&str], Kind); 6] = [
            (&["amount"], Kind::Transfer),
            (&["destination.foo"], Kind::Transfer),
            (&[""], Kind::Charge),
            (&["balance_transaction."], Kind::Charge),
            (&["data.nope"], Kind::Charge),
            (
                &["balance_transaction.source.balance_transaction.source.balance_transaction"],
                Kind::Charge,
            ),
        ];
        for (list, kind) in cases {
            assert!(Expand::parse(&paths(list), kind).is_err(), "{list:?}");
        }
    }

    #[test]
    fn list_paths_start_with_data() {
        let tree = Expand::parse_list(&paths(&["data.balance_transaction"]), Kind::Charge).unwrap();
        assert!(tree.get("balance_transaction").is_some());
        assert!(Expand::parse_list(&paths(&["balance_transaction"]), Kind::Charge).is_err());
    }

    #[test]
    fn polymorphic_fields_accept_deeper_paths() {
        let tree = Expand::parse(&paths(&["source.balance_transaction"]), Kind::BalanceTransaction).unwrap();
        assert!(tree.get("source").unwrap().get("balance_transaction").is_some());
    }
}
