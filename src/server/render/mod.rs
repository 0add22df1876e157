//! Stripe's JSON for ledger objects: the only place that knows what a charge, a transfer or a
//! balance transaction looks like on the wire.
//!
//! Each object renders straight into the response buffer through serde's `Serializer`
//! (no intermediate `serde_json::Value`), with every field the schema marks required, `null`
//! for absent nullable ones, and expandable fields as an id or — when `expand[]` asks — the
//! object itself. `wire` is what renderers share and the dispatch to them; each file beside it
//! renders its kinds (their [`Wire`] impls).

mod accounts;
pub mod accounts_v2;
pub mod balance_settings;
mod balances;
mod cards;
mod charges;
mod customers;
mod disputes;
pub mod ephemeral_keys;
pub mod event_destinations;
mod events;
mod fees;
pub mod lifecycle;
mod payment_intents;
mod payment_methods;
mod setup_intents;
mod tokens;
mod transfers;
pub mod v2;
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

    /// A world holding at least one object of every kind: the built-in one, and on it a
    /// customer, a destination PaymentIntent with a fee paid by a card that is disputed, its
    /// refund with the transfer reversed and the fee refunded, a person, a webhook endpoint,
    /// a card saved by a SetupIntent, a card source, an ephemeral key and a card token.
    fn world_of_every_kind() -> crate::ledger::Ledger {
        use crate::ledger::*;
        let mut ledger = Fixtures::builtin().build(1, 1_800_000_000).unwrap();
        let platform = AccountId::PLATFORM;
        let seller = ledger.connected_account_ids().next().unwrap();
        let seller_id = ledger.account(seller).id.to_string();
        let customer = ledger
            .create_customer(platform, CustomerParams::default())
            .unwrap()
            .value;
        let customer = ledger.id_of(Obj::Customer(customer)).to_string();
        let pay = |ledger: &mut Ledger, method: &str| {
            let params = IntentParams {
                amount: Input::Given(10_000),
                currency: Some("usd".into()),
                payment_method: Some(method.into()),
                customer: Some(customer.clone()),
                transfer_data: Some(TransferDataParams {
                    destination: Some(seller_id.clone()),
                    amount: Input::Missing,
                }),
                application_fee_amount: Input::Given(500),
                confirm: Some(true),
                ..IntentParams::default()
            };
            ledger.create_payment_intent(platform, params).unwrap().value.intent()
        };
        pay(&mut ledger, "pm_card_createDispute");
        let intent = pay(&mut ledger, "pm_card_visa");
        let refund = RefundParams {
            payment_intent: Some(ledger.id_of(Obj::PaymentIntent(intent)).to_string()),
            amount: Input::Given(1_000),
            reverse_transfer: Some(true),
            refund_application_fee: Some(true),
            ..RefundParams::default()
        };
        ledger.create_refund(platform, refund).unwrap();
        ledger.create_person(seller, PersonParams::default()).unwrap();
        let endpoint = WebhookEndpointParams {
            url: "http://127.0.0.1:9/hook".into(),
            enabled_events: vec!["*".into()],
            ..WebhookEndpointParams::default()
        };
        ledger.create_webhook_endpoint(platform, endpoint).unwrap();
        let destination = EventDestinationParams {
            name: "every thin event".into(),
            description: None,
            enabled_events: vec!["v2.core.account.created".into()],
            payload: EventPayload::Thin,
            from_self: true,
            from_accounts: false,
            snapshot_api_version: None,
            url: "http://127.0.0.1:9/thin".into(),
            metadata: None,
        };
        ledger.create_event_destination(platform, destination).unwrap();
        let setup = SetupParams {
            customer: Some(customer.clone()),
            payment_method: Some("pm_card_visa".into()),
            confirm: Some(true),
            ..SetupParams::default()
        };
        ledger.create_setup_intent(platform, setup).unwrap();
        let customer_id = ledger.find_customer(platform, &customer).unwrap();
        let source = CardSourceParams {
            source: Some("tok_mastercard".into()),
            ..CardSourceParams::default()
        };
        ledger.create_card_source(customer_id, source).unwrap();
        let key = EphemeralKeyParams {
            customer: Some(customer.clone()),
            ..EphemeralKeyParams::default()
        };
        ledger.create_ephemeral_key(platform, key).unwrap();
        let token = TokenParams {
            number: Some("4242424242424242".into()),
            exp_month: Input::Given(12),
            exp_year: Input::Given(2034),
            ..TokenParams::default()
        };
        ledger.create_token(platform, token).unwrap();
        ledger
    }

    /// Every object of a world that holds every kind renders to valid JSON with its `object`
    /// field.
    #[test]
    fn every_kind_of_object_renders() {
        let ledger = world_of_every_kind();
        for &kind in Kind::ALL {
            assert!(ledger.count(kind) > 0, "the world holds no {kind:?}");
            for obj in ledger.ids(kind) {
                let body = View::new(&ledger, obj, &NONE).to_json();
                let value: serde_json::Value = serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{obj:?}: {e}"));
                let object = match obj {
                    Obj::Event(event) if ledger.event(event).kind.is_thin() => "v2.core.event",
                    // A customer's card source is shown as the `card` it is.
                    Obj::PaymentMethod(m) if ledger.payment_method(m).source => "card",
                    _ => shape(kind).object,
                };
                assert_eq!(value["object"], object, "{obj:?}: {value}");
            }
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
