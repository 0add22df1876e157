//! Application fees (`fee_…`) and their refunds (`fr_…`).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::application_id;
use super::wire::{Expandable, MetadataView, View, Wire, embedded_list};
use crate::ledger::{ApplicationFee, ApplicationFeeId, AsOf, FeeRefund, FeeRefundId, Kind, Obj};
use crate::server::expand::Expand;
use crate::server::expand::Shape;

impl Wire for ApplicationFee {
    type Id = ApplicationFeeId;
    const SHAPE: Shape = Shape {
        object: "application_fee",
        noun: "application fee",
        expands: &[
            ("account", Some(Kind::Account)),
            ("application", None),
            ("balance_transaction", Some(Kind::BalanceTransaction)),
            ("charge", Some(Kind::Charge)),
            ("originating_transaction", Some(Kind::Charge)),
            ("refunds", None),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: ApplicationFeeId) -> Result<S::Ok, S::Error> {
        application_fee(s, view.at, id, view.expand)
    }
}

impl Wire for FeeRefund {
    type Id = FeeRefundId;
    const SHAPE: Shape = Shape {
        object: "fee_refund",
        noun: "application fee refund",
        expands: &[
            ("balance_transaction", Some(Kind::BalanceTransaction)),
            ("fee", Some(Kind::ApplicationFee)),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: FeeRefundId) -> Result<S::Ok, S::Error> {
        fee_refund(s, view.at, id, view.expand)
    }
}

pub fn application_fee<S: Serializer>(
    s: S,
    ledger: AsOf<'_>,
    id: ApplicationFeeId,
    expand: &Expand,
) -> Result<S::Ok, S::Error> {
    let f = ledger.application_fee(id);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let fee_id = ledger.id_of(Obj::ApplicationFee(id));
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", fee_id.as_str())?;
    m.serialize_entry("object", "application_fee")?;
    m.serialize_entry("account", &field(Some(Obj::Account(f.account)), "account"))?;
    m.serialize_entry("amount", &f.amount.minor_units())?;
    m.serialize_entry("amount_refunded", &f.amount_refunded.minor_units())?;
    m.serialize_entry("application", &application_id(ledger))?;
    m.serialize_entry(
        "balance_transaction",
        &field(
            Some(Obj::BalanceTransaction(f.balance_transaction)),
            "balance_transaction",
        ),
    )?;
    m.serialize_entry("charge", &field(Some(Obj::Charge(f.charge)), "charge"))?;
    m.serialize_entry("created", &f.created)?;
    m.serialize_entry("currency", f.currency.as_str())?;
    let charge = ledger.id_of(Obj::Charge(f.charge));
    m.serialize_entry("fee_source", &FeeSource(charge.as_str()))?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry(
        "originating_transaction",
        &field(f.originating_transaction.map(Obj::Charge), "originating_transaction"),
    )?;
    m.serialize_entry("refunded", &f.refunded())?;
    embedded_list(
        &mut m,
        "refunds",
        ledger,
        &["/v1/application_fees/", fee_id.as_str(), "/refunds"],
        f.refunds.iter().rev().map(|r| Obj::FeeRefund(*r)),
    )?;
    m.end()
}

/// `fee_source`: fees here are always taken from a charge.
struct FeeSource<'a>(&'a str);

impl Serialize for FeeSource<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("charge", self.0)?;
        m.serialize_entry("type", "charge")?;
        m.end()
    }
}

pub fn fee_refund<S: Serializer>(s: S, ledger: AsOf<'_>, id: FeeRefundId, expand: &Expand) -> Result<S::Ok, S::Error> {
    let r = ledger.fee_refund(id);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::FeeRefund(id)).as_str())?;
    m.serialize_entry("object", "fee_refund")?;
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
    m.serialize_entry("fee", &field(Some(Obj::ApplicationFee(r.fee)), "fee"))?;
    m.serialize_entry("metadata", &MetadataView(&r.metadata))?;
    m.end()
}
