//! An account's books: its balance in each currency, and the indexes of what it owns.

use crate::ledger::codec::image_struct;
use crate::ledger::codec::{Image, ImageError, List, Reader, Writer};

use super::kinds::*;
use super::money::{Amount, Currency};

/// The balances of one account in one currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyBalance {
    pub currency: Currency,
    pub available: Amount,
    pub pending: Amount,
    /// On the platform only: funds held for connected accounts' negative balances (§6).
    pub connect_reserved: Amount,
    /// On a connected account: what the platform holds in reserve for this balance now.
    /// Always equals the platform's liability for it.
    pub reserve_held: Amount,
    /// On a Stripe-managed account: the part of its negative balance that account debits
    /// made and that is not yet recovered; the platform is liable for this much at most.
    pub debit_shortfall: Amount,
}

impl CurrencyBalance {
    pub fn new(currency: Currency) -> CurrencyBalance {
        CurrencyBalance {
            currency,
            available: Amount::ZERO,
            pending: Amount::ZERO,
            connect_reserved: Amount::ZERO,
            reserve_held: Amount::ZERO,
            debit_shortfall: Amount::ZERO,
        }
    }
}

/// Per-account indexes of what the account owns, each in creation order (so ascending by
/// index and by `created`), for paging newest first in time proportional to the page: one
/// per kind the object table gives an `index` (on the platform, `application_fees` are the
/// fees it collected).
macro_rules! account_indexes {
    ($(
        $(#[$doc:meta])*
        [$kind:ident($id:ident) $accessor:ident in $arena:ident,
            prefixes ($($prefix:ident: $ptext:literal = $pcode:literal),+), code $code:literal,
            index [$($index:ident)?],
            shows |$si:ident| $shows:tt, owned by |$oi:ident, $ol:ident| $owner:tt]
    )+) => {
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct AccountIndexes {
            $($(pub $index: Vec<$id>,)?)+
        }

        impl Image for AccountIndexes {
            fn write(&self, w: &mut Writer) {
                $($(List::write(&self.$index, w);)?)+
            }

            fn read(r: &mut Reader<'_>) -> Result<AccountIndexes, ImageError> {
                Ok(AccountIndexes {
                    $($($index: List::read(r)?,)?)+
                })
            }
        }
    };
}

super::kinds::with_kinds!(account_indexes);

/// An account's books: its balances and what it owns. Kept apart from the [`Account`]
/// itself, which is versioned (its history is copies of it), while these change with every
/// movement of money and are never shown as they were.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Books {
    /// One entry per currency the account has ever held, in first-use order.
    pub balances: Vec<CurrencyBalance>,
    pub indexes: AccountIndexes,
}

impl Books {
    pub fn balance(&self, currency: Currency) -> Option<&CurrencyBalance> {
        self.balances.iter().find(|b| b.currency == currency)
    }

    pub fn available(&self, currency: Currency) -> Amount {
        self.balance(currency).map_or(Amount::ZERO, |b| b.available)
    }
}

image_struct!(CurrencyBalance {
    currency,
    available,
    pending,
    connect_reserved,
    reserve_held,
    debit_shortfall
});

image_struct!(Books { balances, indexes });
