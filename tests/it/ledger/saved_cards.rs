//! Saved cards through the ledger (docs/behaviour.md §19, §20): payment methods made,
//! attached, updated and detached; SetupIntents saving a card or stopping for 3D Secure or a
//! decline; saved cards charged off-session; card sources; ephemeral keys — with the events
//! each step records and the balances where money moves, and each operation's preconditions
//! in their table's order.

use debitsim::ledger::*;

use super::world::*;

/// 2.9 % + 30, half-up (§3).
fn fee(amount: i64) -> i64 {
    (amount * 29 + 500) / 1000 + 30
}

fn new_customer(ledger: &mut Ledger, actor: AccountId) -> (CustomerId, String) {
    let id = ledger.create_customer(actor, CustomerParams::default()).unwrap().value;
    (id, ledger.id_of(Obj::Customer(id)).to_string())
}

fn token_card(token: &str) -> PaymentMethodParams {
    PaymentMethodParams {
        kind: Some("card".into()),
        card: Some(CardParams::Token(token.into())),
        ..PaymentMethodParams::default()
    }
}

fn setup(customer: &str, method: &str) -> SetupParams {
    SetupParams {
        customer: Some(customer.into()),
        payment_method: Some(method.into()),
        confirm: Some(true),
        ..SetupParams::default()
    }
}

fn off_session(amount: i64, customer: &str, method: &str) -> IntentParams {
    IntentParams {
        amount: Input::Given(amount),
        currency: Some("usd".into()),
        customer: Some(customer.into()),
        payment_method: Some(method.into()),
        confirm: Some(true),
        confirmation: ConfirmParams {
            off_session: Some(true),
            ..ConfirmParams::default()
        },
        ..IntentParams::default()
    }
}

fn method_id(ledger: &Ledger, method: PaymentMethodId) -> String {
    ledger.id_of(Obj::PaymentMethod(method)).to_string()
}

#[test]
fn a_card_saved_by_a_setup_intent_is_charged_off_session() {
    let mut w = world();
    let (customer, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let start = balance(&w.ledger, AccountId::PLATFORM, "usd");
    let applied = w
        .ledger
        .create_setup_intent(AccountId::PLATFORM, setup(&cus, "pm_card_visa"))
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        [
            "setup_intent.created",
            "payment_method.attached",
            "setup_intent.succeeded"
        ]
    );
    let SetupOutcome::Done(si) = applied.value else {
        panic!("{:?}", applied.value)
    };
    let intent = w.ledger.setup_intent(si);
    assert_eq!(
        (intent.status, intent.usage, intent.customer),
        (SetupStatus::Succeeded, SetupUsage::OffSession, Some(customer))
    );
    let method = intent.payment_method.unwrap();
    assert_eq!(w.ledger.payment_method(method).customer, Some(customer));
    // Saving moved no money.
    assert_eq!(balance(&w.ledger, AccountId::PLATFORM, "usd"), start);
    let pm = method_id(&w.ledger, method);
    let applied = w
        .ledger
        .create_payment_intent(AccountId::PLATFORM, off_session(4200, &cus, &pm))
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["payment_intent.created", "charge.succeeded", "payment_intent.succeeded"]
    );
    let pi = w.ledger.payment_intent(applied.value.intent());
    assert_eq!(
        (
            pi.status,
            pi.payment_method,
            w.ledger.now_view().amount_received(applied.value.intent())
        ),
        (IntentStatus::Succeeded, Some(method), Amount::new(4200))
    );
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        start.0,
        start.1 + 4200 - fee(4200),
    );
    // The same card pays again, as often as the customer's card may be charged.
    w.ledger
        .create_payment_intent(AccountId::PLATFORM, off_session(1000, &cus, &pm))
        .unwrap();
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        start.0,
        start.1 + 4200 - fee(4200) + 1000 - fee(1000),
    );
}

#[test]
fn three_d_secure_cards_stop_a_setup_and_decline_off_session() {
    let mut w = world();
    let (_, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    for card in [
        "pm_card_authenticationRequired",
        "pm_card_authenticationRequiredOnSetup",
        "pm_card_threeDSecure2Required",
    ] {
        let applied = w
            .ledger
            .create_setup_intent(AccountId::PLATFORM, setup(&cus, card))
            .unwrap();
        assert_eq!(
            event_types(&w.ledger, &applied.events),
            ["setup_intent.created", "setup_intent.requires_action"],
            "{card}"
        );
        let intent = w.ledger.setup_intent(applied.value.intent());
        assert_eq!(intent.status, SetupStatus::RequiresAction, "{card}");
        // Not saved: the customer never authenticated.
        assert_eq!(w.ledger.payment_method(intent.payment_method.unwrap()).customer, None);
    }
    // Attached without a SetupIntent, a card that always asks for 3D Secure declines a
    // payment made while its customer is away.
    let attached = w
        .ledger
        .attach_payment_method(AccountId::PLATFORM, "pm_card_authenticationRequired", Some(&cus))
        .unwrap();
    let pm = method_id(&w.ledger, attached.value);
    let before = balance(&w.ledger, AccountId::PLATFORM, "usd");
    let applied = w
        .ledger
        .create_payment_intent(AccountId::PLATFORM, off_session(2000, &cus, &pm))
        .unwrap();
    let IntentOutcome::Declined { decline, .. } = applied.value else {
        panic!("{:?}", applied.value)
    };
    assert_eq!(decline, Decline::AuthenticationRequired);
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        [
            "payment_intent.created",
            "charge.failed",
            "payment_intent.payment_failed"
        ]
    );
    assert_eq!(balance(&w.ledger, AccountId::PLATFORM, "usd"), before);
}

#[test]
fn decline_cards_fail_the_check_of_a_saved_card() {
    let mut w = world();
    let (customer, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let applied = w
        .ledger
        .create_setup_intent(AccountId::PLATFORM, setup(&cus, "pm_card_chargeDeclinedIncorrectCvc"))
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["setup_intent.created", "setup_intent.setup_failed"]
    );
    let SetupOutcome::Declined { intent, decline } = applied.value else {
        panic!("{:?}", applied.value)
    };
    assert_eq!(decline, Decline::IncorrectCvc);
    let si = w.ledger.setup_intent(intent);
    let error = si.last_setup_error.unwrap();
    assert_eq!(
        (si.status, si.payment_method),
        (SetupStatus::RequiresPaymentMethod, None)
    );
    // The declined card was made, and saved to nobody.
    assert_eq!(w.ledger.payment_method(error.payment_method).customer, None);
    // Confirmed again with a good card, it succeeds and the error is gone.
    let applied = w
        .ledger
        .confirm_setup_intent(
            intent,
            SetupConfirm {
                payment_method: Some("pm_card_visa".into()),
                ..SetupConfirm::default()
            },
        )
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["payment_method.attached", "setup_intent.succeeded"]
    );
    let si = w.ledger.setup_intent(intent);
    assert_eq!((si.status, si.last_setup_error), (SetupStatus::Succeeded, None));
    // Attached directly, a decline card is refused and nothing is made.
    let rejection = refused(&mut w.ledger, |l| {
        l.attach_payment_method(AccountId::PLATFORM, "pm_card_chargeDeclinedLostCard", Some(&cus))
    });
    assert_eq!(
        rejection,
        Rejection::CardDeclinedOnSave {
            decline: Decline::LostCard
        }
    );
    // Insufficient funds, and the card made to fail later, are saved; charged, they decline.
    for card in ["pm_card_chargeDeclinedInsufficientFunds", "pm_card_chargeCustomerFail"] {
        let saved = w
            .ledger
            .attach_payment_method(AccountId::PLATFORM, card, Some(&cus))
            .unwrap()
            .value;
        assert_eq!(w.ledger.payment_method(saved).customer, Some(customer), "{card}");
        let pm = method_id(&w.ledger, saved);
        let outcome = w
            .ledger
            .create_payment_intent(AccountId::PLATFORM, off_session(1500, &cus, &pm))
            .unwrap()
            .value;
        assert!(matches!(outcome, IntentOutcome::Declined { .. }), "{card}: {outcome:?}");
    }
}

#[test]
fn payment_methods_are_made_attached_updated_and_detached() {
    let mut w = world();
    let (customer, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let params = PaymentMethodParams {
        billing_details: Some(BillingDetailsParams {
            name: Some("Jenny Rosen".into()),
            email: Some("jenny@example.com".into()),
            address: Some(Some(AddressParams {
                country: Some("US".into()),
                postal_code: Some("94103".into()),
                ..AddressParams::default()
            })),
            ..BillingDetailsParams::default()
        }),
        allow_redisplay: Some("always".into()),
        ..token_card("tok_mastercard")
    };
    let applied = w.ledger.create_payment_method(AccountId::PLATFORM, params).unwrap();
    assert!(
        applied.events.is_empty(),
        "Stripe records no event for a new payment method"
    );
    let method = applied.value;
    let pm = w.ledger.payment_method(method);
    assert_eq!(
        (
            pm.card.brand,
            pm.billing_details.name.as_deref(),
            pm.billing_details.address.postal_code.as_deref(),
            pm.allow_redisplay,
            pm.customer
        ),
        (
            CardBrand::Mastercard,
            Some("Jenny Rosen"),
            Some("94103"),
            AllowRedisplay::Always,
            None
        )
    );
    let update = || PaymentMethodUpdate {
        metadata: Some(MetadataUpdate::Set(vec![("nickname".into(), Some("work".into()))])),
        exp_year: Input::Given(2031),
        ..PaymentMethodUpdate::default()
    };
    // Stripe updates only a saved card.
    let rejection = refused(&mut w.ledger, |l| l.update_payment_method(method, update()));
    assert!(
        matches!(rejection, Rejection::PaymentMethodNotSaved { .. }),
        "{rejection:?}"
    );
    let id = method_id(&w.ledger, method);
    let applied = w
        .ledger
        .attach_payment_method(AccountId::PLATFORM, &id, Some(&cus))
        .unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["payment_method.attached"]);
    let rejection = refused(&mut w.ledger, |l| {
        l.attach_payment_method(AccountId::PLATFORM, &id, Some(&cus))
    });
    assert!(
        matches!(rejection, Rejection::PaymentMethodAttached { .. }),
        "{rejection:?}"
    );
    let applied = w.ledger.update_payment_method(method, update()).unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["payment_method.updated"]);
    let event = w.ledger.event(applied.events[0]);
    assert!(event.previous.is_some(), "payment_method.updated records what changed");
    assert_eq!(w.ledger.payment_method(method).expiry.year, 2031);
    // Made the customer's default, then detached: the default goes with it.
    w.ledger
        .update_customer(
            customer,
            CustomerUpdate {
                default_payment_method: Some(id.clone()),
                ..CustomerUpdate::default()
            },
        )
        .unwrap();
    assert_eq!(w.ledger.customer(customer).default_payment_method, Some(method));
    let applied = w.ledger.detach_payment_method(method).unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["payment_method.detached", "customer.updated"]
    );
    assert_eq!(w.ledger.customer(customer).default_payment_method, None);
    let pm = w.ledger.payment_method(method);
    assert_eq!((pm.customer, pm.detached), (None, true));
    // Detached, it can be neither detached, attached nor paid with again.
    let again = refused(&mut w.ledger, |l| l.detach_payment_method(method));
    assert!(matches!(again, Rejection::PaymentMethodNotAttached { .. }), "{again:?}");
    let again = refused(&mut w.ledger, |l| {
        l.attach_payment_method(AccountId::PLATFORM, &id, Some(&cus))
    });
    assert!(matches!(again, Rejection::PaymentMethodDetached { .. }), "{again:?}");
    let again = refused(&mut w.ledger, |l| {
        l.create_payment_intent(AccountId::PLATFORM, off_session(1000, &cus, &id))
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&again).param.as_deref(),
        Some("payment_method")
    );
}

#[test]
fn a_saved_card_pays_for_its_own_customer_only() {
    let mut w = world();
    let (_, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let (_, other) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let saved = w
        .ledger
        .attach_payment_method(AccountId::PLATFORM, "pm_card_visa", Some(&cus))
        .unwrap()
        .value;
    let pm = method_id(&w.ledger, saved);
    let someone_else = refused(&mut w.ledger, |l| {
        l.create_payment_intent(AccountId::PLATFORM, off_session(1000, &other, &pm))
    });
    assert_eq!(
        someone_else,
        Rejection::PaymentMethodOfAnotherCustomer {
            method: pm.clone(),
            customer: Some(other.clone()),
            param: "payment_method"
        }
    );
    let nobody = refused(&mut w.ledger, |l| {
        l.create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                customer: None,
                ..off_session(1000, &cus, &pm)
            },
        )
    });
    assert!(
        matches!(nobody, Rejection::PaymentMethodOfAnotherCustomer { customer: None, .. }),
        "{nobody:?}"
    );
    // A connected account sees none of the platform's saved cards.
    let elsewhere = refused(&mut w.ledger, |l| l.attach_payment_method(w.express, &pm, Some(&cus)));
    assert!(matches!(elsewhere, Rejection::NotFound { .. }), "{elsewhere:?}");
}

#[test]
fn setup_future_usage_saves_the_card_once_it_pays() {
    let mut w = world();
    let (customer, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let pay = |method: &str, customer: Option<&str>| IntentParams {
        amount: Input::Given(1800),
        currency: Some("usd".into()),
        customer: customer.map(Into::into),
        payment_method: Some(method.into()),
        setup_future_usage: Some("off_session".into()),
        confirm: Some(true),
        ..IntentParams::default()
    };
    let applied = w
        .ledger
        .create_payment_intent(AccountId::PLATFORM, pay("pm_card_visa", Some(&cus)))
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        [
            "payment_intent.created",
            "charge.succeeded",
            "payment_method.attached",
            "payment_intent.succeeded"
        ]
    );
    let pi = w.ledger.payment_intent(applied.value.intent());
    assert_eq!(pi.setup_future_usage, Some(SetupUsage::OffSession));
    assert_eq!(
        w.ledger.payment_method(pi.payment_method.unwrap()).customer,
        Some(customer)
    );
    // Declined, nothing is saved; without a customer, there is nobody to save it to.
    let declined = w
        .ledger
        .create_payment_intent(AccountId::PLATFORM, pay("pm_card_chargeDeclined", Some(&cus)))
        .unwrap();
    assert!(!event_types(&w.ledger, &declined.events).contains(&"payment_method.attached"));
    let alone = w
        .ledger
        .create_payment_intent(AccountId::PLATFORM, pay("pm_card_visa", None))
        .unwrap();
    let method = w.ledger.payment_intent(alone.value.intent()).payment_method.unwrap();
    assert_eq!(w.ledger.payment_method(method).customer, None);
    let bad = refused(&mut w.ledger, |l| {
        l.create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                setup_future_usage: Some("forever".into()),
                ..pay("pm_card_visa", Some(&cus))
            },
        )
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&bad).param.as_deref(),
        Some("setup_future_usage")
    );
}

#[test]
fn payment_method_data_makes_a_card_with_its_billing_details() {
    let mut w = world();
    let data = PaymentMethodParams {
        billing_details: Some(BillingDetailsParams {
            name: Some("Jenny Rosen".into()),
            ..BillingDetailsParams::default()
        }),
        ..token_card("tok_visa")
    };
    let params = IntentParams {
        amount: Input::Given(1500),
        currency: Some("usd".into()),
        payment_method_data: Some(data.clone()),
        confirm: Some(true),
        ..IntentParams::default()
    };
    let applied = w
        .ledger
        .create_payment_intent(AccountId::PLATFORM, params.clone())
        .unwrap();
    let pi = w.ledger.payment_intent(applied.value.intent());
    assert_eq!(pi.status, IntentStatus::Succeeded);
    let method = pi.payment_method.unwrap();
    assert_eq!(
        w.ledger.payment_method(method).billing_details.name.as_deref(),
        Some("Jenny Rosen")
    );
    assert_eq!(
        w.ledger.charge(pi.latest_charge.unwrap()).links.payment_method,
        Some(method),
        "the charge names the payment method made for it"
    );
    let both = refused(&mut w.ledger, |l| {
        l.create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                payment_method: Some("pm_card_visa".into()),
                ..params.clone()
            },
        )
    });
    assert_eq!(both, Rejection::PaymentMethodAndData);
    let sepa = refused(&mut w.ledger, |l| {
        l.create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                payment_method_data: Some(PaymentMethodParams {
                    kind: Some("p24".into()),
                    ..data.clone()
                }),
                ..params.clone()
            },
        )
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&sepa).param.as_deref(),
        Some("payment_method_data[type]")
    );
}

#[test]
fn card_sources_are_saved_and_the_first_is_the_default() {
    let mut w = world();
    let (customer, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let source = |token: &str| CardSourceParams {
        source: Some(token.into()),
        ..CardSourceParams::default()
    };
    let applied = w.ledger.create_card_source(customer, source("tok_visa")).unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["customer.source.created", "customer.updated"]
    );
    let first = applied.value;
    assert!(method_id(&w.ledger, first).starts_with("card_"));
    assert_eq!(w.ledger.customer(customer).default_source, Some(first));
    let applied = w.ledger.create_card_source(customer, source("tok_amex")).unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["customer.source.created"]);
    let second = applied.value;
    let applied = w
        .ledger
        .update_payment_method(
            second,
            PaymentMethodUpdate {
                billing_details: Some(BillingDetailsParams {
                    name: Some("Jenny Rosen".into()),
                    ..BillingDetailsParams::default()
                }),
                ..PaymentMethodUpdate::default()
            },
        )
        .unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["customer.source.updated"]);
    let second_id = method_id(&w.ledger, second);
    w.ledger
        .update_customer(
            customer,
            CustomerUpdate {
                default_source: Some(second_id.clone()),
                ..CustomerUpdate::default()
            },
        )
        .unwrap();
    assert_eq!(w.ledger.customer(customer).default_source, Some(second));
    // A source is not a default payment method, nor another customer's card a default.
    let wrong = refused(&mut w.ledger, |l| {
        l.update_customer(
            customer,
            CustomerUpdate {
                default_payment_method: Some(second_id.clone()),
                ..CustomerUpdate::default()
            },
        )
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&wrong).param.as_deref(),
        Some("invoice_settings[default_payment_method]")
    );
    // A saved source pays for its customer, like any saved card.
    let paid = w
        .ledger
        .create_payment_intent(AccountId::PLATFORM, off_session(1000, &cus, &second_id))
        .unwrap();
    assert_eq!(
        w.ledger.payment_intent(paid.value.intent()).status,
        IntentStatus::Succeeded
    );
    for (token, is) in [
        ("btok_us", "Unsimulated"),
        ("tok_nope", "NoSuchObject"),
        ("tok_chargeDeclined", "CardDeclinedOnSave"),
    ] {
        let rejection = refused(&mut w.ledger, |l| l.create_card_source(customer, source(token)));
        assert!(format!("{rejection:?}").starts_with(is), "{token}: {rejection:?}");
    }
}

#[test]
fn a_customer_made_with_a_payment_method_has_it_saved_and_as_its_default() {
    let mut w = world();
    let applied = w
        .ledger
        .create_customer(
            AccountId::PLATFORM,
            CustomerParams {
                payment_method: Some("pm_card_visa".into()),
                default_payment_method: Some("pm_card_visa".into()),
                ..CustomerParams::default()
            },
        )
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["customer.created", "payment_method.attached"]
    );
    let customer = w.ledger.customer(applied.value);
    let method = customer.default_payment_method.unwrap();
    assert_eq!(w.ledger.payment_method(method).customer, Some(applied.value));
    let declined = refused(&mut w.ledger, |l| {
        l.create_customer(
            AccountId::PLATFORM,
            CustomerParams {
                payment_method: Some("pm_card_chargeDeclined".into()),
                ..CustomerParams::default()
            },
        )
    });
    assert!(matches!(declined, Rejection::CardDeclinedOnSave { .. }), "{declined:?}");
}

#[test]
fn ephemeral_keys_live_an_hour_or_until_deleted() {
    let mut w = world();
    let (customer, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let params = || EphemeralKeyParams {
        customer: Some(cus.clone()),
        ..EphemeralKeyParams::default()
    };
    let key = w.ledger.create_ephemeral_key(AccountId::PLATFORM, params()).unwrap();
    assert!(key.events.is_empty(), "Stripe records no event for an ephemeral key");
    let key = key.value;
    let k = w.ledger.ephemeral_key(key);
    assert_eq!((k.customer, k.expires - k.created), (customer, 3_600));
    let token = w.ledger.ephemeral_token(key);
    assert_eq!(w.ledger.live_ephemeral_key(&token), Some(key));
    // A token altered anywhere, or another world's, finds nothing.
    let mut forged = token.clone().into_bytes();
    let last = forged.len() - 1;
    forged[last] = if forged[last] == b'a' { b'b' } else { b'a' };
    assert_eq!(w.ledger.live_ephemeral_key(std::str::from_utf8(&forged).unwrap()), None);
    assert_eq!(w.ledger.live_ephemeral_key(&token[..token.len() - 1]), None);
    let other = world_with(false);
    assert_eq!(other.ledger.live_ephemeral_key(&token), None);
    // An hour later it works no more; a deleted one at once.
    let second = w
        .ledger
        .create_ephemeral_key(AccountId::PLATFORM, params())
        .unwrap()
        .value;
    let second_token = w.ledger.ephemeral_token(second);
    w.ledger.delete_ephemeral_key(second);
    assert_eq!(w.ledger.live_ephemeral_key(&second_token), None);
    w.ledger.advance_clock(T0 + 3_599);
    assert_eq!(w.ledger.live_ephemeral_key(&token), Some(key));
    w.ledger.advance_clock(T0 + 3_600);
    assert_eq!(w.ledger.live_ephemeral_key(&token), None);
    w.ledger.audit().unwrap();
}

#[test]
fn creating_a_payment_method() {
    let mut w = world();
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("type"),
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::Unsimulated { .. }),
            param: Some("type"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("card"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("card[token]"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::InvalidChoice { .. }),
            param: Some("allow_redisplay"),
        },
        Row {
            row: 6,
            is: |r| matches!(r, Rejection::TooManyMetadataKeys { .. }),
            param: Some("metadata"),
        },
    ];
    table("create", &mut w.ledger, &rows, |ledger, fixed| {
        let ok = |row: u8| fixed >= row;
        let params = PaymentMethodParams {
            kind: ok(1).then(|| if ok(2) { "card" } else { "sepa_debit" }.into()),
            card: ok(3).then(|| CardParams::Token(if ok(4) { "tok_visa" } else { "tok_nope" }.into())),
            allow_redisplay: (!ok(5)).then(|| "sometimes".into()),
            metadata: if ok(6) { None } else { too_much_metadata() },
            ..PaymentMethodParams::default()
        };
        ledger.create_payment_method(AccountId::PLATFORM, params)
    });
    // A test card number (which only a publishable key's client sends) is checked in its
    // own order: the number, then its expiry's presence and values.
    let number = |number: &str, month: Input<i64>, year: Input<i64>| PaymentMethodParams {
        card: Some(CardParams::Number {
            number: number.into(),
            exp_month: month,
            exp_year: year,
        }),
        ..token_card("tok_visa")
    };
    let cases = [
        (number("4242424242424241", Input::Missing, Input::Missing), "number"),
        (
            number("4242424242424242", Input::Missing, Input::Missing),
            "card[exp_month]",
        ),
        (
            number("4242424242424242", Input::Given(12), Input::Missing),
            "card[exp_year]",
        ),
        (
            number("4242424242424242", Input::Given(13), Input::Given(2030)),
            "exp_month",
        ),
        (
            number("4242424242424242", Input::Given(12), Input::Given(2019)),
            "exp_year",
        ),
        (
            number("4242424242424242", Input::Given(12), Input::Given(2150)),
            "exp_year",
        ),
    ];
    for (params, param) in cases {
        let rejection = refused(&mut w.ledger, |l| l.create_payment_method(AccountId::PLATFORM, params));
        assert_eq!(
            debitsim::server::refusals::refusal(&rejection).param.as_deref(),
            Some(param),
            "{rejection:?}"
        );
    }
    let made = w
        .ledger
        .create_payment_method(
            AccountId::PLATFORM,
            number("4000 0025 0000 3155", Input::Given(3), Input::Given(30)),
        )
        .unwrap()
        .value;
    let pm = w.ledger.payment_method(made);
    assert_eq!(
        (pm.card.last4, pm.card.authentication_required, pm.expiry),
        ("3155", true, Expiry { month: 3, year: 2030 })
    );
}

#[test]
fn attaching_a_payment_method() {
    let mut w = world();
    let (_, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let detached = w
        .ledger
        .attach_payment_method(AccountId::PLATFORM, "pm_card_visa", Some(&cus))
        .unwrap()
        .value;
    w.ledger.detach_payment_method(detached).unwrap();
    let detached = method_id(&w.ledger, detached);
    let saved = w
        .ledger
        .attach_payment_method(AccountId::PLATFORM, "pm_card_visa", Some(&cus))
        .unwrap()
        .value;
    let saved = method_id(&w.ledger, saved);
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::NotFound { .. }),
            param: Some("id"),
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::PaymentMethodDetached { .. }),
            param: Some("payment_method"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("customer"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("customer"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::PaymentMethodAttached { .. }),
            param: None,
        },
        Row {
            row: 6,
            is: |r| matches!(r, Rejection::CardDeclinedOnSave { .. }),
            param: None,
        },
    ];
    table("attach", &mut w.ledger, &rows, |ledger, fixed| {
        let method = match fixed {
            0 => "pm_1Nobody",
            1 => detached.as_str(),
            2..=4 => saved.as_str(),
            _ => "pm_card_chargeDeclined",
        };
        let customer = match fixed {
            0..=2 => None,
            3 => Some("cus_1Nobody"),
            _ => Some(cus.as_str()),
        };
        ledger.attach_payment_method(AccountId::PLATFORM, method, customer)
    });
}

#[test]
fn creating_a_setup_intent() {
    let mut w = world();
    let (_, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let (_, other) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let theirs = w
        .ledger
        .attach_payment_method(AccountId::PLATFORM, "pm_card_visa", Some(&other))
        .unwrap()
        .value;
    let theirs = method_id(&w.ledger, theirs);
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::InvalidChoice { .. }),
            param: Some("usage"),
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::Unsimulated { .. }),
            param: Some("payment_method_types"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("automatic_payment_methods[enabled]"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("customer"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("payment_method"),
        },
        Row {
            row: 6,
            is: |r| matches!(r, Rejection::PaymentMethodOfAnotherCustomer { .. }),
            param: Some("payment_method"),
        },
        Row {
            row: 7,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("on_behalf_of"),
        },
        Row {
            row: 8,
            is: |r| matches!(r, Rejection::TooManyMetadataKeys { .. }),
            param: Some("metadata"),
        },
        Row {
            row: 9,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("payment_method"),
        },
    ];
    table("create", &mut w.ledger, &rows, |ledger, fixed| {
        let ok = |row: u8| fixed >= row;
        let params = SetupParams {
            usage: (!ok(1)).then(|| "sometimes".into()),
            payment_method_types: (!ok(2)).then(|| vec!["sepa_debit".into()]),
            automatic_payment_methods: (!ok(3)).then(|| (false, Some("never".into()))),
            customer: Some(if ok(4) { cus.clone() } else { "cus_1Nobody".into() }),
            payment_method: match fixed {
                0..=4 => Some("pm_1Nobody".into()),
                5 => Some(theirs.clone()),
                _ => None,
            },
            on_behalf_of: (!ok(7)).then(|| "acct_1Nobody0000000000".into()),
            metadata: if ok(8) { None } else { too_much_metadata() },
            confirm: Some(true),
            ..SetupParams::default()
        };
        ledger.create_setup_intent(AccountId::PLATFORM, params)
    });
}

#[test]
fn confirming_updating_and_canceling_a_setup_intent() {
    let mut w = world();
    let (_, cus) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let (_, other) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let theirs = w
        .ledger
        .attach_payment_method(AccountId::PLATFORM, "pm_card_visa", Some(&other))
        .unwrap()
        .value;
    let theirs = method_id(&w.ledger, theirs);
    let open = |ledger: &mut Ledger| {
        let params = SetupParams {
            customer: Some(cus.clone()),
            ..SetupParams::default()
        };
        ledger
            .create_setup_intent(AccountId::PLATFORM, params)
            .unwrap()
            .value
            .intent()
    };
    let done = w
        .ledger
        .create_setup_intent(AccountId::PLATFORM, setup(&cus, "pm_card_visa"))
        .unwrap()
        .value
        .intent();
    let waiting = open(&mut w.ledger);
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::SetupIntentUnexpectedState { .. }),
            param: None,
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("payment_method"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("payment_method"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::PaymentMethodOfAnotherCustomer { .. }),
            param: Some("payment_method"),
        },
    ];
    table("confirm", &mut w.ledger, &rows, |ledger, fixed| {
        let intent = if fixed == 0 { done } else { waiting };
        let payment_method = match fixed {
            0 | 1 => Some("pm_1Nobody".into()),
            2 => None,
            _ => Some(theirs.clone()),
        };
        ledger.confirm_setup_intent(
            intent,
            SetupConfirm {
                payment_method,
                ..SetupConfirm::default()
            },
        )
    });
    // Updated while open: a payment method sends it to requires_confirmation; description
    // and metadata change in any status, its payment method no more once it succeeded.
    w.ledger
        .update_setup_intent(
            waiting,
            SetupUpdate {
                payment_method: Some("pm_card_mastercard".into()),
                description: Some("the rider's card".into()),
                ..SetupUpdate::default()
            },
        )
        .unwrap();
    let si = w.ledger.setup_intent(waiting);
    assert_eq!(
        (si.status, si.description.as_deref()),
        (SetupStatus::RequiresConfirmation, Some("the rider's card"))
    );
    w.ledger
        .update_setup_intent(
            done,
            SetupUpdate {
                description: Some("kept".into()),
                ..SetupUpdate::default()
            },
        )
        .unwrap();
    let late = refused(&mut w.ledger, |l| {
        l.update_setup_intent(
            done,
            SetupUpdate {
                payment_method: Some("pm_card_visa".into()),
                ..SetupUpdate::default()
            },
        )
    });
    assert!(matches!(late, Rejection::SetupIntentUnexpectedState { .. }), "{late:?}");
    // Canceled, with Stripe's reasons only, and only while open.
    let bad = refused(&mut w.ledger, |l| l.cancel_setup_intent(waiting, Some("bored".into())));
    assert_eq!(
        debitsim::server::refusals::refusal(&bad).param.as_deref(),
        Some("cancellation_reason")
    );
    let applied = w.ledger.cancel_setup_intent(waiting, Some("abandoned".into())).unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["setup_intent.canceled"]);
    let si = w.ledger.setup_intent(waiting);
    assert_eq!(
        (si.status, si.cancellation_reason),
        (SetupStatus::Canceled, Some(SetupCancellationReason::Abandoned))
    );
    for intent in [waiting, done] {
        let again = refused(&mut w.ledger, |l| l.cancel_setup_intent(intent, None));
        assert!(
            matches!(again, Rejection::SetupIntentUnexpectedState { .. }),
            "{again:?}"
        );
    }
}

#[test]
fn a_card_token_is_used_once() {
    let mut w = world();
    let (customer, _) = new_customer(&mut w.ledger, AccountId::PLATFORM);
    let token = |ledger: &mut Ledger, number: &str| {
        let params = TokenParams {
            number: Some(number.into()),
            exp_month: Input::Given(11),
            exp_year: Input::Given(2033),
            holder: BillingDetailsParams {
                name: Some("Jenny Rosen".into()),
                ..BillingDetailsParams::default()
            },
        };
        let applied = ledger.create_token(AccountId::PLATFORM, params).unwrap();
        assert!(applied.events.is_empty(), "Stripe records no event for a token");
        ledger.id_of(Obj::Token(applied.value)).to_string()
    };
    let missing = refused(&mut w.ledger, |l| {
        l.create_token(AccountId::PLATFORM, TokenParams::default())
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&missing).param.as_deref(),
        Some("card[number]")
    );
    let wrong = refused(&mut w.ledger, |l| {
        l.create_token(
            AccountId::PLATFORM,
            TokenParams {
                number: Some("1234".into()),
                ..TokenParams::default()
            },
        )
    });
    assert_eq!(wrong, Rejection::IncorrectCardNumber);
    // A charge uses it up; the second use is refused and changes nothing.
    let first = token(&mut w.ledger, "4242424242424242");
    let charge = ChargeParams {
        amount: Input::Given(2000),
        currency: Some("usd".into()),
        source: Some(first.clone()),
        ..ChargeParams::default()
    };
    let paid = w.ledger.create_charge(AccountId::PLATFORM, charge.clone()).unwrap();
    assert!(matches!(paid.value, ChargeOutcome::Succeeded(_)));
    let again = refused(&mut w.ledger, |l| l.create_charge(AccountId::PLATFORM, charge.clone()));
    assert_eq!(
        again,
        Rejection::TokenUsed {
            token: first.clone(),
            param: "source"
        }
    );
    // A payment method made from one keeps its expiry and holder; a source likewise.
    let second = token(&mut w.ledger, "5555555555554444");
    let method = w
        .ledger
        .create_payment_method(AccountId::PLATFORM, token_card(&second))
        .unwrap()
        .value;
    let pm = w.ledger.payment_method(method);
    assert_eq!(
        (pm.card.brand, pm.expiry, pm.billing_details.name.as_deref()),
        (
            CardBrand::Mastercard,
            Expiry { month: 11, year: 2033 },
            Some("Jenny Rosen")
        )
    );
    let used = refused(&mut w.ledger, |l| {
        l.create_payment_method(AccountId::PLATFORM, token_card(&second))
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&used).param.as_deref(),
        Some("card[token]")
    );
    let third = token(&mut w.ledger, "4242424242424242");
    let source = CardSourceParams {
        source: Some(third.clone()),
        ..CardSourceParams::default()
    };
    w.ledger.create_card_source(customer, source.clone()).unwrap();
    let used = refused(&mut w.ledger, |l| l.create_card_source(customer, source.clone()));
    assert!(matches!(used, Rejection::TokenUsed { .. }), "{used:?}");
    // Another account's token is no token of this one.
    let platforms = token(&mut w.ledger, "4242424242424242");
    let elsewhere = refused(&mut w.ledger, |l| {
        l.create_payment_method(w.express, token_card(&platforms))
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&elsewhere).param.as_deref(),
        Some("card[token]")
    );
}
