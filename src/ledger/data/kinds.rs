//! What the object table ([`with_kinds!`](super::with_kinds)) makes at the data floor: the
//! [`Kind`] and [`Obj`] enums, a typed id per kind, the id prefixes with their pinned codes,
//! and the image of an object reference.

use crate::ledger::codec::{Image, ImageError, Reader, Writer};

/// An account of the world; `AccountId(0)` is always the platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AccountId(pub(crate) u32);

impl AccountId {
    pub const PLATFORM: AccountId = AccountId(0);

    pub fn is_platform(self) -> bool {
        self == AccountId::PLATFORM
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

crate::ledger::codec::list_of!(AccountId);

impl Image for AccountId {
    fn write(&self, w: &mut Writer) {
        w.put(&self.0);
    }

    fn read(r: &mut Reader<'_>) -> Result<AccountId, ImageError> {
        Ok(AccountId(r.take()?))
    }
}

macro_rules! define_kinds {
    ($(
        $(#[$doc:meta])*
        [$kind:ident($id:ident) $accessor:ident in $arena:ident,
            prefixes ($($prefix:ident: $ptext:literal = $pcode:literal),+), code $code:literal, index [$($index:ident)?],
            shows |$si:ident| $shows:tt, owned by |$oi:ident, $ol:ident| $owner:tt]
    )+) => {
        $(
            #[doc = concat!("Where a ", stringify!($kind), " is stored: its index in its kind's arena.")]
            #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub struct $id(pub(crate) u32);

            impl $id {
                pub fn index(self) -> usize {
                    self.0 as usize
                }
            }

            impl Image for $id {
                fn write(&self, w: &mut Writer) {
                    w.put(&self.0);
                }

                fn read(r: &mut Reader<'_>) -> Result<$id, ImageError> {
                    Ok($id(r.take()?))
                }
            }

            crate::ledger::codec::list_of!($id);

            impl From<$id> for Obj {
                fn from(id: $id) -> Obj {
                    Obj::$kind(id)
                }
            }
        )+

        /// Every kind of object a world holds.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind {
            Account,
            /// An account's balance: `GET /v1/balance`.
            Balance,
            $($(#[$doc])* $kind,)+
        }

        impl Kind {
            pub const ALL: &'static [Kind] = &[Kind::Account, Kind::Balance, $(Kind::$kind,)+];
        }

        /// One object of the world: its kind and where it is stored.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Obj {
            Account(AccountId),
            Balance(AccountId),
            $($kind($id),)+
        }

        impl Obj {
            pub fn kind(self) -> Kind {
                match self {
                    Obj::Account(_) => Kind::Account,
                    Obj::Balance(_) => Kind::Balance,
                    $(Obj::$kind(_) => Kind::$kind,)+
                }
            }

            /// Where it is stored in its kind's arena (for an account or a balance, the
            /// account's).
            pub fn index(self) -> u32 {
                match self {
                    Obj::Account(id) | Obj::Balance(id) => id.0,
                    $(Obj::$kind(id) => id.0,)+
                }
            }

            /// The object of `kind` stored at `index` (for an account or a balance, the
            /// account's index).
            pub fn of(kind: Kind, index: u32) -> Obj {
                match kind {
                    Kind::Account => Obj::Account(AccountId(index)),
                    Kind::Balance => Obj::Balance(AccountId(index)),
                    $(Kind::$kind => Obj::$kind($id(index)),)+
                }
            }

            /// Its kind's image code, pinned by value.
            const fn code(self) -> u8 {
                match self {
                    Obj::Account(_) => 0,
                    Obj::Balance(_) => 1,
                    $(Obj::$kind(_) => $code,)+
                }
            }

            fn from_code(code: u8, index: u32) -> Option<Obj> {
                Some(match code {
                    0 => Obj::Account(AccountId(index)),
                    1 => Obj::Balance(AccountId(index)),
                    $($code => Obj::$kind($id(index)),)+
                    _ => return None,
                })
            }
        }

        /// The kinds of id the ledger mints; each is one Stripe prefix.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Prefix {
            $($($prefix,)+)+
            /// The card a card charge was paid with (`payment_method`).
            Card,
            /// Request ids, minted for the HTTP layer so they are deterministic per world too.
            Req,
            /// A webhook endpoint (kept by the HTTP layer's world, numbered here).
            We,
            /// The token of an account link or login link (never shown as an object id).
            Link,
            /// The platform's Connect application (`ca_…`), which earns its application fees.
            Application,
        }

        impl Prefix {
            pub(crate) const ALL: &'static [Prefix] = &[
                $($(Prefix::$prefix,)+)+
                Prefix::Card,
                Prefix::Req,
                Prefix::We,
                Prefix::Link,
                Prefix::Application,
            ];

            /// The number each id of this prefix carries inside it. Ids already minted (in
            /// clients' databases, in `--state` journals) hold these numbers, so each is pinned
            /// by value: a new prefix takes a new number, and none ever changes.
            pub(crate) const fn code(self) -> u64 {
                match self {
                    $($(Prefix::$prefix => $pcode,)+)+
                    Prefix::Card => 10,
                    Prefix::Req => 11,
                    Prefix::We => 12,
                    Prefix::Link => 41,
                    Prefix::Application => 26,
                }
            }

            pub const fn as_str(self) -> &'static str {
                match self {
                    $($(Prefix::$prefix => $ptext,)+)+
                    Prefix::Card => "card_",
                    Prefix::Req => "req_",
                    Prefix::We => "we_",
                    Prefix::Link => "link_",
                    Prefix::Application => "ca_",
                }
            }

            /// The kind whose objects show this prefix; `None` for ids of what is not stored
            /// as an object (cards, requests, links, the application).
            pub fn kind(self) -> Option<Kind> {
                match self {
                    $($(Prefix::$prefix)|+ => Some(Kind::$kind),)+
                    Prefix::Card | Prefix::Req | Prefix::We | Prefix::Link | Prefix::Application => None,
                }
            }
        }
    };
}

super::with_kinds!(define_kinds);

impl Prefix {
    /// Splits `id` into its prefix and the rest.
    pub fn split(id: &str) -> Option<(Prefix, &str)> {
        // Every prefix ends at its first underscore, so `trr_…` is never read as `tr_` + `r_…`.
        let underscore = id.find('_')?;
        let (head, rest) = id.split_at(underscore + 1);
        Prefix::ALL.iter().find(|p| p.as_str() == head).map(|p| (*p, rest))
    }
}

/// What an object refers to: every other object whose id it holds. A world read back from an
/// image is checked with it (every reference names an object of the world), and the audit
/// with it that no reference dangles.
pub trait Refers {
    /// Calls `to` with each object this one refers to.
    fn refers(&self, to: &mut dyn FnMut(Obj));
}

impl From<AccountId> for Obj {
    fn from(id: AccountId) -> Obj {
        Obj::Account(id)
    }
}

/// An object reference: its kind's code, pinned by value, then its index.
impl Image for Obj {
    fn write(&self, w: &mut Writer) {
        w.put(&self.code());
        w.put(&self.index());
    }

    fn read(r: &mut Reader<'_>) -> Result<Obj, ImageError> {
        let code = r.take::<u8>()?;
        let index = r.take::<u32>()?;
        Obj::from_code(code, index).ok_or_else(|| r.invalid("object kind"))
    }
}
