//! Where objects are kept: one [`Arena`] per kind, and the history of every change.
//!
//! An arena hands out no mutable references: an object changes only through
//! [`Arena::modify`], which first keeps its previous state together with the world version
//! that replaced it. So the world can show any object as it was at any version ([`AsOf`]):
//! an event's `data.object` is its object as it was when the event happened, and
//! `previous_attributes` is what changed since, without copying the object into the event.
//! Objects that never change (most: a debit's transfer and payment) cost nothing more than
//! the version at which they last changed.

use std::collections::BTreeMap;
use std::ops::Index;

/// Earlier states of changed items, by item, oldest first: the version that replaced each
/// state, and the state.
pub type History<T> = BTreeMap<u32, Vec<(u64, T)>>;

/// Objects of one kind, by index, with their superseded states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arena<T> {
    items: Vec<T>,
    /// The world version at which each item last changed (or was created).
    changed: Vec<u64>,
    history: History<T>,
}

impl<T> Default for Arena<T> {
    fn default() -> Arena<T> {
        Arena {
            items: Vec::new(),
            changed: Vec::new(),
            history: BTreeMap::new(),
        }
    }
}

impl<T: Clone> Arena<T> {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The index the next pushed item will have.
    pub fn next_index(&self) -> u32 {
        self.items.len() as u32
    }

    /// Stores a new item created at `version`; its index.
    pub(crate) fn push(&mut self, item: T, version: u64) -> u32 {
        self.items.push(item);
        self.changed.push(version);
        self.items.len() as u32 - 1
    }

    pub fn get(&self, index: u32) -> Option<&T> {
        self.items.get(index as usize)
    }

    /// Changes item `index` at `version`, keeping the state it replaces.
    pub(crate) fn modify<R>(&mut self, index: u32, version: u64, change: impl FnOnce(&mut T) -> R) -> R {
        let i = index as usize;
        debug_assert!(version >= self.changed[i], "versions only grow");
        self.history
            .entry(index)
            .or_default()
            .push((version, self.items[i].clone()));
        self.changed[i] = version;
        change(&mut self.items[i])
    }

    /// Changes item `index` without keeping the state it replaces: only for kinds that are
    /// never shown as they were (balance transactions, whose maturing is their only
    /// change, and which no event shows).
    pub(crate) fn modify_unversioned<R>(&mut self, index: u32, change: impl FnOnce(&mut T) -> R) -> R {
        change(&mut self.items[index as usize])
    }

    /// Item `index` as it was at world version `version`.
    pub fn at(&self, index: u32, version: u64) -> &T {
        let i = index as usize;
        if self.changed[i] <= version {
            return &self.items[i];
        }
        let states = &self.history[&index];
        // The first state replaced after `version` is the one that held at `version`.
        let held = states.partition_point(|(replaced, _)| *replaced <= version);
        &states[held.min(states.len() - 1)].1
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Every item with the version it last changed at, and its history (for images).
    pub fn parts(&self) -> (&[T], &[u64], &History<T>) {
        (&self.items, &self.changed, &self.history)
    }

    /// An arena from its parts, as [`Arena::parts`] gave them; `None` if they disagree.
    pub fn from_parts(items: Vec<T>, changed: Vec<u64>, history: History<T>) -> Option<Arena<T>> {
        let consistent = items.len() == changed.len()
            && history
                .iter()
                .all(|(i, states)| (*i as usize) < items.len() && !states.is_empty());
        consistent.then_some(Arena {
            items,
            changed,
            history,
        })
    }
}

impl<T> Index<u32> for Arena<T> {
    type Output = T;

    fn index(&self, index: u32) -> &T {
        &self.items[index as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_is_read_as_it_was_at_any_version() {
        let mut arena = Arena::default();
        let i = arena.push("created", 3);
        arena.modify(i, 5, |s| *s = "first change");
        arena.modify(i, 9, |s| *s = "second change");
        let cases = [
            (3, "created"),
            (4, "created"),
            (5, "first change"),
            (8, "first change"),
            (9, "second change"),
            (100, "second change"),
        ];
        for (version, expected) in cases {
            assert_eq!(*arena.at(i, version), expected, "{version}");
        }
        assert_eq!(arena[i], "second change");
        let untouched = arena.push("alone", 10);
        assert_eq!(*arena.at(untouched, 10), "alone");
        assert!(arena.parts().2.get(&untouched).is_none(), "no history without a change");
    }
}
