//! Stripe's JSON for ledger objects: the only place that knows what a charge, a transfer or a
//! balance transaction looks like on the wire.
//!
//! Each object renders straight into the response buffer through serde's `Serializer`
//! (no intermediate `serde_json::Value`), with every field the schema marks required, `null`
//! for absent nullable ones, and expandable fields as an id or — when `expand[]` asks — the
//! object itself. `wire` is what renderers share and the dispatch to them; each file beside it
//! renders its kinds (their [`Wire`] impls).

mod accounts;
mod balances;
mod cards;
mod charges;
mod customers;
mod disputes;
mod events;
mod fees;
pub mod lifecycle;
mod payment_intents;
mod transfers;
pub mod webhook_endpoints;
mod wire;

pub use crate::ledger::{Kind, Obj};
pub use events::API_VERSION;
pub use wire::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::Fixtures;
    use crate::ledger::Kind;
    use crate::server::expand::NONE;

    /// Every object of the built-in world renders to valid JSON with its `object` field.
    #[test]
    fn every_fixture_object_renders() {
        let ledger = Fixtures::builtin().build(1, 1_800_000_000).unwrap();
        for &kind in Kind::ALL {
            let mut rendered = 0;
            for obj in ledger.ids(kind) {
                let body = View::new(&ledger, obj, &NONE).to_json();
                let value: serde_json::Value = serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{obj:?}: {e}"));
                assert_eq!(value["object"], shape(kind).object, "{obj:?}: {value}");
                rendered += 1;
            }
            // The built-in fixtures make no refunds, reversals or money-in objects.
            let made_by_fixtures = !matches!(
                kind,
                Kind::Reversal
                    | Kind::Refund
                    | Kind::PaymentIntent
                    | Kind::PaymentMethod
                    | Kind::Customer
                    | Kind::ApplicationFee
                    | Kind::FeeRefund
                    | Kind::Dispute
                    | Kind::Person
            );
            assert!(rendered > 0 || !made_by_fixtures, "{kind:?}");
        }
    }
}

/// `expand[]` paths checked against the shapes of the real renderers.
#[cfg(test)]
mod expand_tests {
    use super::shape;
    use crate::ledger::Kind;
    use crate::server::expand::Expand;

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
            shape,
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
            assert!(Expand::parse(&paths(list), kind, shape).is_err(), "{list:?}");
        }
    }

    #[test]
    fn list_paths_start_with_data() {
        let tree = Expand::parse_list(&paths(&["data.balance_transaction"]), Kind::Charge, shape).unwrap();
        assert!(tree.get("balance_transaction").is_some());
        assert!(Expand::parse_list(&paths(&["balance_transaction"]), Kind::Charge, shape).is_err());
    }

    #[test]
    fn polymorphic_fields_accept_deeper_paths() {
        let tree = Expand::parse(&paths(&["source.balance_transaction"]), Kind::BalanceTransaction, shape).unwrap();
        assert!(tree.get("source").unwrap().get("balance_transaction").is_some());
    }
}
