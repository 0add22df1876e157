//! Transfers (including account debits, seen from the connected account) and reversals.

use serde::ser::{SerializeMap, Serializer};

use super::wire::{Expandable, MetadataView, View, Wire, embedded_list};
use crate::ledger::{AsOf, Kind, Obj, Reversal, ReversalId, Transfer, TransferId};
use crate::server::expand::Expand;
use crate::server::expand::Shape;

impl Wire for Transfer {
    type Id = TransferId;
    const SHAPE: Shape = Shape {
        object: "transfer",
        noun: "transfer",
        expands: &[
            ("balance_transaction", Some(Kind::BalanceTransaction)),
            ("destination", Some(Kind::Account)),
            ("destination_payment", Some(Kind::Charge)),
            ("source_transaction", Some(Kind::Charge)),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: TransferId) -> Result<S::Ok, S::Error> {
        transfer(s, view.at, id, view.expand)
    }
}

impl Wire for Reversal {
    type Id = ReversalId;
    const SHAPE: Shape = Shape {
        object: "transfer_reversal",
        noun: "transfer reversal",
        expands: &[
            ("balance_transaction", Some(Kind::BalanceTransaction)),
            ("destination_payment_refund", None),
            ("source_refund", Some(Kind::Refund)),
            ("transfer", Some(Kind::Transfer)),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: ReversalId) -> Result<S::Ok, S::Error> {
        reversal(s, view.at, id, view.expand)
    }
}

pub fn transfer<S: Serializer>(s: S, ledger: AsOf<'_>, id: TransferId, expand: &Expand) -> Result<S::Ok, S::Error> {
    let t = ledger.transfer(id);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let transfer_id = ledger.id_of(Obj::Transfer(id));
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", transfer_id.as_str())?;
    m.serialize_entry("object", "transfer")?;
    m.serialize_entry("amount", &t.amount.minor_units())?;
    m.serialize_entry("amount_reversed", &t.amount_reversed.minor_units())?;
    m.serialize_entry(
        "balance_transaction",
        &field(
            Some(Obj::BalanceTransaction(t.balance_transaction)),
            "balance_transaction",
        ),
    )?;
    m.serialize_entry("created", &t.created)?;
    m.serialize_entry("currency", t.currency.as_str())?;
    m.serialize_entry("description", &t.description.as_deref())?;
    m.serialize_entry("destination", &field(Some(Obj::Account(t.to)), "destination"))?;
    m.serialize_entry(
        "destination_payment",
        &field(Some(Obj::Charge(t.destination_payment)), "destination_payment"),
    )?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&t.metadata))?;
    embedded_list(
        &mut m,
        "reversals",
        ledger,
        &["/v1/transfers/", transfer_id.as_str(), "/reversals"],
        t.reversals.iter().rev().map(|r| Obj::Reversal(*r)),
    )?;
    m.serialize_entry("reversed", &t.reversed())?;
    m.serialize_entry(
        "source_transaction",
        &field(t.source_transaction.map(Obj::Charge), "source_transaction"),
    )?;
    m.serialize_entry("source_type", "card")?;
    m.serialize_entry("transfer_group", &t.transfer_group.as_deref())?;
    m.end()
}

pub fn reversal<S: Serializer>(s: S, ledger: AsOf<'_>, id: ReversalId, expand: &Expand) -> Result<S::Ok, S::Error> {
    let r = ledger.reversal(id);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::Reversal(id)).as_str())?;
    m.serialize_entry("object", "transfer_reversal")?;
    m.serialize_entry("amount", &r.amount.minor_units())?;
    m.serialize_entry(
        "balance_transaction",
        &field(
            Some(Obj::BalanceTransaction(r.balance_transaction)),
            "balance_transaction",
        ),
    )?;
    m.serialize_entry("created", &r.created)?;
    m.serialize_entry("currency", r.currency.as_str())?;
    m.serialize_entry("destination_payment_refund", &None::<()>)?;
    m.serialize_entry("metadata", &MetadataView(&r.metadata))?;
    m.serialize_entry(
        "source_refund",
        &field(r.source_refund.map(Obj::Refund), "source_refund"),
    )?;
    m.serialize_entry("transfer", &field(Some(Obj::Transfer(r.transfer)), "transfer"))?;
    m.end()
}
