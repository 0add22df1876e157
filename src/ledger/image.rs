//! A world's image: the ledger's schema, written by the codec (`ledger::codec`) and read back
//! checked.
//!
//! Each kind's own layout is declared beside its struct (`ledger::data`); here is the layout
//! of a whole world: its fields in order, destructured whole, so adding a field to the
//! [`Ledger`] does not compile until its image says what happens to it. The arenas come from
//! the object table, in its order. Any change to what is written is a new state format:
//! bump `FORMAT` in `server::persist` and decide whether the old one is migrated or refused.
//!
//! A world read back is the world that was written (`==`): every id it holds is checked to
//! name an object of the world ([`Refers`]), and the world is audited before it is handed out.

use std::collections::BTreeMap;

use super::codec::{Image, ImageError, List, Reader, Writer, list_of};
use super::data::*;
use super::state::Ledger;
use super::store::{Arena, History};

list_of!(
    (Box<str>, CapabilityStatus),
    CurrencyBalance,
    (Currency, i128),
    (Currency, Amount),
    Books,
    Link,
);

/// An arena: its items, the version each last changed at, and the earlier states of those
/// that changed.
impl<T: Image + Clone> Image for Arena<T> {
    fn write(&self, w: &mut Writer) {
        let (items, changed, history) = self.parts();
        List::write(items, w);
        List::write(changed, w);
        w.varint(history.len() as u64);
        for (index, states) in history {
            w.put(index);
            w.varint(states.len() as u64);
            for (version, state) in states {
                w.put(version);
                w.put(state);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Arena<T>, ImageError> {
        let items: Vec<T> = List::read(r)?;
        let changed: Vec<u64> = List::read(r)?;
        let mut history: History<T> = BTreeMap::new();
        for _ in 0..r.length()? {
            let index: u32 = r.take()?;
            let count = r.length()?;
            let mut states = Vec::with_capacity(count);
            for _ in 0..count {
                states.push((r.take::<u64>()?, r.take::<T>()?));
            }
            if history.insert(index, states).is_some() {
                return Err(r.invalid("arena history (an item twice)"));
            }
        }
        Arena::from_parts(items, changed, history).ok_or_else(|| r.invalid("arena"))
    }
}

macro_rules! ledger_image {
    ($(
        $(#[$doc:meta])*
        [$kind:ident($id:ident) $accessor:ident in $arena:ident,
            prefixes ($($prefix:ident: $ptext:literal = $pcode:literal),+), code $code:literal,
            index [$($index:ident)?],
            shows |$si:ident| $shows:tt, owned by |$oi:ident, $ol:ident| $owner:tt]
    )+) => {
        impl Image for Ledger {
            fn write(&self, w: &mut Writer) {
                let Ledger {
                    codec,
                    now,
                    version,
                    accounts,
                    books,
                    // Rebuilt from the accounts.
                    account_ids: _,
                    balance_snapshots,
                    maturing,
                    arriving,
                    next_payout_run,
                    external,
                    links,
                    onboarding_required,
                    dispute_steps,
                    exchange_rates,
                    $($arena,)+
                } = self;
                // The codec is rebuilt from its seed.
                w.put(&codec.seed());
                w.put(now);
                w.put(version);
                w.put(accounts);
                w.put(books);
                w.put(balance_snapshots);
                w.put(maturing);
                w.put(arriving);
                w.put(next_payout_run);
                w.put(external);
                w.put(links);
                w.put(onboarding_required);
                w.put(dispute_steps);
                w.put(exchange_rates);
                $(w.put($arena);)+
            }

            /// A world from its image, checked: every id it holds names an object, and it
            /// audits.
            fn read(r: &mut Reader<'_>) -> Result<Ledger, ImageError> {
                let seed: u64 = r.take()?;
                let now = r.take()?;
                let mut ledger = Ledger {
                    codec: IdCodec::new(seed),
                    now,
                    version: r.take()?,
                    accounts: r.take()?,
                    books: r.take()?,
                    account_ids: BTreeMap::new(),
                    balance_snapshots: r.take()?,
                    maturing: r.take()?,
                    arriving: r.take()?,
                    next_payout_run: r.take()?,
                    external: r.take()?,
                    links: r.take()?,
                    onboarding_required: r.take()?,
                    dispute_steps: r.take()?,
                    exchange_rates: r.take()?,
                    $($arena: r.take()?,)+
                };
                if ledger.books.len() != ledger.accounts.len() || ledger.accounts.is_empty() {
                    return Err(r.invalid("world (accounts and books disagree)"));
                }
                for (index, account) in ledger.accounts.iter().enumerate() {
                    if ledger.account_ids.insert(account.id.clone(), AccountId(index as u32)).is_some() {
                        return Err(r.invalid("world (two accounts share an id)"));
                    }
                }
                if !ledger.references_hold() {
                    return Err(r.invalid("world (an id names nothing)"));
                }
                ledger.audit().map_err(|e| ImageError::Audit(format!("{e:?}")))?;
                Ok(ledger)
            }
        }

        impl Ledger {
            /// Whether every id the world holds names an object of the world, so reading an
            /// image can never make a lookup panic later.
            fn references_hold(&self) -> bool {
                let mut ok = true;
                let mut check = |obj: Obj| ok &= self.holds(obj);
                every(&self.accounts, &mut check);
                $(every(&self.$arena, &mut check);)+
                for link in &self.links {
                    link.refers(&mut check);
                }
                for books in &self.books {
                    $($(books.indexes.$index.iter().for_each(|id| check(Obj::$kind(*id)));)?)+
                }
                for event in self.balance_snapshots.keys() {
                    check(Obj::Event(EventId(*event)));
                }
                for (_, txn) in &self.maturing {
                    check(Obj::BalanceTransaction(*txn));
                }
                for (_, payout) in &self.arriving {
                    check(Obj::Payout(*payout));
                }
                for (_, dispute) in &self.dispute_steps {
                    check(Obj::Dispute(*dispute));
                }
                ok && self.events.iter().all(|e| e.at <= self.version)
            }
        }
    };
}

super::data::with_kinds!(ledger_image);

/// Checks the references of every object of `arena` and of every earlier state of each.
fn every<T: Refers + Clone>(arena: &Arena<T>, check: &mut dyn FnMut(Obj)) {
    let (items, _, history) = arena.parts();
    for item in items.iter().chain(history.values().flatten().map(|(_, item)| item)) {
        item.refers(check);
    }
}
