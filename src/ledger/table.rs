//! The object table over a world: reading objects by kind and id, and the only ways to store
//! and change them (every change keeps the state it replaces, so history is complete).
//!
//! From the table's rows ([`with_kinds!`](super::data::with_kinds)) come the [`Stored`]
//! trait's impls, the accessors on the [`Ledger`] and on [`AsOf`], finding an object by id,
//! its owner and its id text, and counting and listing every kind.

use super::data::*;
use super::state::{AsOf, Ledger};
use super::store::Arena;

/// What every stored kind provides; the object table implements it.
pub trait Stored: Clone + Sized {
    const KIND: Kind;
    type Id: Copy + Into<Obj>;
    fn arena(ledger: &Ledger) -> &Arena<Self>;
    fn index(id: Self::Id) -> u32;
    fn from_index(index: u32) -> Self::Id;
    /// The prefix this object's id shows.
    fn prefix(&self) -> Prefix;
    /// The account that owns it.
    fn owner(&self, ledger: &Ledger) -> AccountId;
}

/// Mutable access to a kind's arena, for this floor's primitives only ([`Ledger::store`],
/// [`Ledger::change`]).
pub(crate) trait Storage: Stored {
    fn arena_mut(ledger: &mut Ledger) -> &mut Arena<Self>;
}

macro_rules! object_table {
    ($(
        $(#[$doc:meta])*
        [$kind:ident($id:ident) $accessor:ident in $arena:ident,
            prefixes ($($prefix:ident: $ptext:literal = $pcode:literal),+), code $code:literal,
            index [$($index:ident)?],
            shows |$si:ident| $shows:tt, owned by |$oi:ident, $ol:ident| $owner:tt]
    )+) => {
        $(
            impl Stored for $kind {
                const KIND: Kind = Kind::$kind;
                type Id = $id;

                fn arena(ledger: &Ledger) -> &Arena<Self> {
                    &ledger.$arena
                }

                fn index(id: $id) -> u32 {
                    id.0
                }

                fn from_index(index: u32) -> $id {
                    $id(index)
                }

                fn prefix(&self) -> Prefix {
                    let $si = self;
                    $shows
                }

                fn owner(&self, ledger: &Ledger) -> AccountId {
                    let ($oi, $ol) = (self, ledger);
                    $owner
                }
            }

            impl Storage for $kind {
                fn arena_mut(ledger: &mut Ledger) -> &mut Arena<Self> {
                    &mut ledger.$arena
                }
            }
        )+

        impl Ledger {
            $(
                pub fn $accessor(&self, id: $id) -> &$kind {
                    &self.$arena[id.0]
                }
            )+

            /// The object `id` names, whoever owns it; `None` for an id this world never
            /// minted (accounts and balances are found by [`Ledger::find_account`]).
            pub fn locate(&self, id: &str) -> Option<Obj> {
                let (prefix, index) = self.codec.parse(id)?;
                match prefix {
                    $($(Prefix::$prefix)|+ => {
                        let item = self.$arena.get(index)?;
                        (item.prefix() == prefix).then_some(Obj::$kind($id(index)))
                    })+
                    Prefix::Card | Prefix::Req | Prefix::Link | Prefix::Application => None,
                }
            }

            /// The account that owns `obj`.
            pub fn owner(&self, obj: Obj) -> AccountId {
                match obj {
                    Obj::Account(id) | Obj::Balance(id) => id,
                    $(Obj::$kind(id) => self.$arena[id.0].owner(self),)+
                }
            }

            /// The id of `obj` as the API shows it.
            pub fn id_of(&self, obj: Obj) -> IdText<'_> {
                match obj {
                    Obj::Account(id) | Obj::Balance(id) => IdText::Stored(&self.accounts[id.0].id),
                    $(Obj::$kind(id) => {
                        IdText::Minted(self.codec.encode(self.$arena[id.0].prefix(), id.0))
                    })+
                }
            }

            /// How many of each kind the world holds.
            pub fn count(&self, kind: Kind) -> usize {
                match kind {
                    Kind::Account | Kind::Balance => self.accounts.len(),
                    $(Kind::$kind => self.$arena.len(),)+
                }
            }

            /// How many objects the world holds besides its accounts, persons and bank
            /// accounts, for sizing and benchmarks.
            pub fn object_count(&self) -> usize {
                0 $(+ self.$arena.len())+ - self.bank_accounts.len() - self.persons.len()
            }
        }

        impl<'a> AsOf<'a> {
            $(
                /// As it was at this view's version.
                pub fn $accessor(&self, id: $id) -> &'a $kind {
                    match self.version {
                        None => &self.ledger.$arena[id.0],
                        Some(version) => self.ledger.$arena.at(id.0, version),
                    }
                }
            )+
        }
    };
}

super::data::with_kinds!(object_table);

impl Ledger {
    /// Every object of `kind`, oldest first.
    pub fn ids(&self, kind: Kind) -> impl Iterator<Item = Obj> + '_ {
        (0..self.count(kind) as u32).map(move |i| Obj::of(kind, i))
    }

    /// Whether `obj` names an object of this world (an image read back is checked with it,
    /// so no lookup can fail later).
    pub fn holds(&self, obj: Obj) -> bool {
        (obj.index() as usize) < self.count(obj.kind())
    }

    /// The object of kind `T` that `id` names, if `owner` owns it.
    pub fn find<T: Stored>(&self, owner: AccountId, id: &str) -> Option<T::Id> {
        let obj = self.locate(id)?;
        if obj.kind() != T::KIND {
            return None;
        }
        let index = obj.index();
        let item = T::arena(self).get(index)?;
        (item.owner(self) == owner).then_some(T::from_index(index))
    }

    /// Every object of kind `T`, oldest first.
    pub fn all<T: Stored + 'static>(&self) -> impl DoubleEndedIterator<Item = T::Id> + ExactSizeIterator + '_ {
        (0..T::arena(self).len() as u32).map(T::from_index)
    }

    /// The next version, for a change about to be made.
    pub(crate) fn next_version(&mut self) -> u64 {
        self.version += 1;
        self.version
    }

    /// Stores a new object at the next version; its id.
    pub(crate) fn store<T: Storage>(&mut self, item: T) -> T::Id {
        let version = self.next_version();
        T::from_index(T::arena_mut(self).push(item, version))
    }

    /// Stores a new object under the id its plan took for it (the store's next index, named
    /// by the plan's postings and events before the object existed). Crashes if that id went
    /// to another object: those postings would then name the wrong one.
    pub(crate) fn store_as<T: Storage>(&mut self, planned: T::Id, item: T) -> T::Id {
        let id = self.store(item);
        assert_eq!(
            T::index(id),
            T::index(planned),
            "a {} was stored under another id than its plan's",
            std::any::type_name::<T>()
        );
        id
    }

    /// Changes a stored object at the next version, keeping its previous state.
    pub(crate) fn change<T: Storage, R>(&mut self, id: T::Id, change: impl FnOnce(&mut T) -> R) -> R {
        let version = self.next_version();
        T::arena_mut(self).modify(T::index(id), version, change)
    }

    /// Records an event about `object`, as it is now, on `account`'s side.
    pub(crate) fn emit(&mut self, kind: EventType, account: AccountId, object: impl Into<Obj>) -> EventId {
        self.record_event(kind, account, object.into(), None)
    }

    /// Records a `*.updated` event about `object`, whose state before the change was the
    /// one at version `before`.
    pub(crate) fn emit_updated(
        &mut self,
        kind: EventType,
        account: AccountId,
        object: impl Into<Obj>,
        before: u64,
    ) -> EventId {
        self.record_event(kind, account, object.into(), Some(before))
    }

    pub(crate) fn record_event(
        &mut self,
        kind: EventType,
        account: AccountId,
        object: Obj,
        previous: Option<u64>,
    ) -> EventId {
        let at = self.next_version();
        let event = Event {
            kind,
            account,
            object,
            created: self.now,
            at,
            previous,
            automatic: false,
        };
        let id = EventId(self.events.push(event, at));
        self.books[account.index()].indexes.events.push(id);
        id
    }

    /// Records a thin event of API v2 about `object` (its `related_object`), on the
    /// platform's side and in no account's index of events: v1 lists never show it.
    pub(crate) fn emit_thin(&mut self, kind: EventType, object: impl Into<Obj>) -> EventId {
        debug_assert!(kind.is_thin(), "{kind:?} is not a thin event");
        let at = self.next_version();
        let event = Event {
            kind,
            account: AccountId::PLATFORM,
            object: object.into(),
            created: self.now,
            at,
            previous: None,
            automatic: false,
        };
        EventId(self.events.push(event, at))
    }

    /// The events recorded since the world had `first` of them.
    pub(crate) fn emitted_since(&self, first: usize) -> Vec<EventId> {
        (first as u32..self.events.len() as u32).map(EventId).collect()
    }
}

impl<'a> AsOf<'a> {
    /// The id of `obj` (ids never change).
    pub fn id_of(&self, obj: Obj) -> IdText<'a> {
        self.ledger.id_of(obj)
    }
}
