//! `/v1/balance` and `/v1/balance_transactions`.

use crate::ledger::{BalanceTransaction, Payout};

use super::endpoint::{Endpoint, Prepared, not_found, object, page_of, prepare_get, prepare_list};
use crate::ledger::Kind;
use crate::ledger::{Currency, Ledger, Noun, Rejection, TxnSource, TxnType, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/balance` and `/v1/balance_transactions`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/balance", |p, _| get(p)),
    Endpoint::get("/v1/balance_transactions", |p, _| list(p)),
    Endpoint::get("/v1/balance_transactions/{id}", |p, mut ids| {
        get_transaction(p, ids.take())
    }),
];

pub fn get(p: Params) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Balance, |cx, expand| {
        Ok(object(cx.ledger(), Obj::Balance(cx.actor), &expand))
    })
}

pub fn get_transaction(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::BalanceTransaction, move |cx, expand| {
        let txn = cx
            .ledger()
            .find::<BalanceTransaction>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::BalanceTransaction), &id))?;
        Ok(object(cx.ledger(), Obj::BalanceTransaction(txn), &expand))
    })
}

struct Filters {
    kind: Option<String>,
    source: Option<String>,
    currency: Option<String>,
    payout: Option<String>,
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::BalanceTransaction,
        |p| {
            Ok(Filters {
                kind: p.take_str("type")?,
                source: p.take_str("source")?,
                currency: p.take_str("currency")?,
                payout: p.take_str("payout")?,
            })
        },
        |cx, list, filters| {
            let ledger = cx.ledger();
            let owner = cx.actor;
            // A type the simulator never produces simply matches nothing.
            let kind = filters.kind.as_deref().map(TxnType::parse);
            let currency = match filters.currency.as_deref() {
                None => None,
                Some(text) => Some(Currency::parse(text).ok_or_else(|| ApiError::invalid_currency_filter(text))?),
            };
            // A payout's balance transactions: those it paid out (automatic payouts only).
            let paid_out = match filters.payout.as_deref() {
                None => None,
                Some(id) => {
                    let found = ledger
                        .find::<Payout>(owner, id)
                        .ok_or_else(|| Rejection::NoSuchObject {
                            noun: Noun::Object(Kind::Payout),
                            id: id.to_owned(),
                            param: "payout",
                        })?;
                    Some(ledger.paid_out_by(found).ok_or_else(ApiError::payout_filter_manual)?)
                }
            };
            let source = filters.source.as_deref().map(|s| source_of(ledger, s));
            let ids = &ledger.books(owner).indexes.balance_transactions;
            let query = list.query(
                |id| ledger.find::<BalanceTransaction>(owner, id).map(|t| t.index() as u32),
                Noun::Object(Kind::BalanceTransaction),
            )?;
            let found = page(
                ids,
                &query,
                |t| t.index() as u32,
                |t| ledger.balance_transaction(t).created,
                |t| {
                    let txn = ledger.balance_transaction(t);
                    kind.is_none_or(|k| Some(txn.kind) == k)
                        && currency.is_none_or(|c| txn.currency == c)
                        && source.is_none_or(|s| s == Some(txn.source))
                        && paid_out.as_ref().is_none_or(|paid_out| paid_out(t))
                },
            );
            Ok(page_of(
                ledger,
                "/v1/balance_transactions",
                found,
                Obj::BalanceTransaction,
                &list.expand,
            ))
        },
    )
}

/// The balance-transaction source an id names (any world object, whoever owns it), for the
/// `source` filter; `None` matches nothing.
fn source_of(ledger: &Ledger, id: &str) -> Option<TxnSource> {
    ledger.locate(id).map(TxnSource::Object)
}
