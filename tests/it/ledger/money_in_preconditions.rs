//! The preconditions of every money-in operation (docs/behaviour.md §10–§14), in their
//! tables' order: for row n, a request that breaks row n *and every row after it* must be
//! refused by row n — so the first rule broken is the one reported — and leave the ledger
//! exactly as it was.

use debitsim::ledger::*;

use super::world::*;

#[test]
fn creating_a_payment_intent() {
    let mut w = world();
    let express = w.id(w.express);
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("amount"),
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::InvalidInteger { .. }),
            param: Some("amount"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::AmountTooSmall { .. }),
            param: Some("amount"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::InvalidChoice { .. }),
            param: Some("capture_method"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::Unsimulated { .. }),
            param: Some("payment_method_types"),
        },
        Row {
            row: 6,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("automatic_payment_methods[enabled]"),
        },
        Row {
            row: 7,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("customer"),
        },
        Row {
            row: 8,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("payment_method"),
        },
        Row {
            row: 9,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("transfer_data[destination]"),
        },
        Row {
            row: 10,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("on_behalf_of"),
        },
        Row {
            row: 11,
            is: |r| matches!(r, Rejection::InvalidInteger { .. }),
            param: Some("application_fee_amount"),
        },
        Row {
            row: 12,
            is: |r| matches!(r, Rejection::TooManyMetadataKeys { .. }),
            param: Some("metadata"),
        },
    ];
    table("create", &mut w.ledger, &rows, |ledger, fixed| {
        let ok = |row: u8| fixed >= row;
        let params = IntentParams {
            amount: match fixed {
                0 => Input::Missing,
                1 => Input::Given(-5),
                2 => Input::Given(10),
                _ => Input::Given(2000),
            },
            currency: Some(if ok(2) { "usd" } else { "xyz" }.into()),
            capture_method: (!ok(4)).then(|| "later".into()),
            payment_method_types: (!ok(5)).then(|| vec!["sepa_debit".into()]),
            automatic_payment_methods: (!ok(6)).then(|| (false, Some("always".into()))),
            customer: (!ok(7)).then(|| "cus_1Nobody".into()),
            payment_method: Some(if ok(8) { "pm_card_visa" } else { "pm_1Nobody" }.into()),
            transfer_data: Some(TransferDataParams {
                destination: Some(if ok(9) {
                    express.clone()
                } else {
                    "acct_1Nobody0000000000".into()
                }),
                amount: Input::Missing,
            }),
            on_behalf_of: Some(if ok(10) {
                express.clone()
            } else {
                "acct_1Nobody0000000000".into()
            }),
            application_fee_amount: Input::Given(if ok(11) { 100 } else { -1 }),
            metadata: if ok(12) { None } else { too_much_metadata() },
            confirm: Some(true),
            ..IntentParams::default()
        };
        ledger.create_payment_intent(AccountId::PLATFORM, params)
    });
    // Row 13: confirming without a payment method creates nothing either.
    let before = w.ledger.clone();
    let rejection = w
        .ledger
        .create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                amount: Input::Given(2000),
                currency: Some("usd".into()),
                confirm: Some(true),
                ..IntentParams::default()
            },
        )
        .unwrap_err();
    assert_eq!(
        debitsim::server::refusals::refusal(&rejection).param.as_deref(),
        Some("payment_method")
    );
    assert!(w.ledger == before);
}

#[test]
fn the_application_fee_rules() {
    let mut w = world();
    let express = w.id(w.express);
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::InvalidInteger { .. }),
            param: Some("application_fee_amount"),
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::ApplicationFeeNotAllowed),
            param: Some("application_fee_amount"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::ApplicationFeeWithTransferAmount),
            param: Some("application_fee_amount"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::ApplicationFeeTooLarge { .. }),
            param: Some("application_fee_amount"),
        },
    ];
    // The same rules on both ways of paying: a charge and a PaymentIntent.
    for api in ["charge", "payment_intent"] {
        table(api, &mut w.ledger, &rows, |ledger, fixed| {
            let destination = (fixed >= 2).then(|| TransferDataParams {
                destination: Some(express.clone()),
                amount: if fixed >= 3 { Input::Missing } else { Input::Given(500) },
            });
            let fee = Input::Given(match fixed {
                0 => -1,
                1..=2 => 100,
                _ => 5000,
            });
            if api == "charge" {
                ledger
                    .create_charge(
                        AccountId::PLATFORM,
                        ChargeParams {
                            transfer_data: destination,
                            application_fee_amount: fee,
                            ..card("tok_visa", 1000, "usd")
                        },
                    )
                    .map(|_| ())
            } else {
                ledger
                    .create_payment_intent(
                        AccountId::PLATFORM,
                        IntentParams {
                            amount: Input::Given(1000),
                            currency: Some("usd".into()),
                            transfer_data: destination,
                            application_fee_amount: fee,
                            ..IntentParams::default()
                        },
                    )
                    .map(|_| ())
            }
        });
    }
}

/// A PaymentIntent of `amount` authorised on the platform (manual capture), with a fee on
/// a destination when `destination` is given.
fn authorised(w: &mut World, amount: i64, destination: Option<&str>) -> PaymentIntentId {
    w.ledger
        .create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                amount: Input::Given(amount),
                currency: Some("usd".into()),
                payment_method: Some("pm_card_visa".into()),
                capture_method: Some("manual".into()),
                confirm: Some(true),
                transfer_data: destination.map(|d| TransferDataParams {
                    destination: Some(d.into()),
                    amount: Input::Missing,
                }),
                ..IntentParams::default()
            },
        )
        .unwrap()
        .value
        .intent()
}

#[test]
fn capturing_a_payment_intent() {
    let mut w = world();
    let succeeded = w
        .ledger
        .create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                amount: Input::Given(2000),
                currency: Some("usd".into()),
                payment_method: Some("pm_card_visa".into()),
                confirm: Some(true),
                ..IntentParams::default()
            },
        )
        .unwrap()
        .value
        .intent();
    let open = authorised(&mut w, 2000, None);
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::IntentUnexpectedState { .. }),
            param: None,
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::Unsimulated { .. }),
            param: Some("final_capture"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::CaptureTooLarge { .. }),
            param: Some("amount_to_capture"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::ApplicationFeeNotAllowed),
            param: Some("application_fee_amount"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::TransferDataWithoutDestination),
            param: Some("transfer_data[amount]"),
        },
        Row {
            row: 6,
            is: |r| matches!(r, Rejection::TooManyMetadataKeys { .. }),
            param: Some("metadata"),
        },
    ];
    table("capture", &mut w.ledger, &rows, |ledger, fixed| {
        let ok = |row: u8| fixed >= row;
        let params = IntentCaptureParams {
            final_capture: Some(ok(2)),
            amount_to_capture: Input::Given(if ok(3) { 1500 } else { 2001 }),
            application_fee_amount: if ok(4) { Input::Missing } else { Input::Given(10) },
            transfer_amount: if ok(5) { Input::Missing } else { Input::Given(10) },
            metadata: if ok(6) { None } else { too_much_metadata() },
            ..IntentCaptureParams::default()
        };
        ledger.capture_payment_intent(if ok(1) { open } else { succeeded }, params)
    });
}

#[test]
fn confirming_updating_and_cancelling_a_payment_intent() {
    let mut w = world();
    let express = w.id(w.express);
    let succeeded = authorised(&mut w, 3000, None);
    w.ledger
        .capture_payment_intent(succeeded, IntentCaptureParams::default())
        .unwrap();
    let open = w
        .ledger
        .create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                amount: Input::Given(3000),
                currency: Some("usd".into()),
                transfer_data: Some(TransferDataParams {
                    destination: Some(express.clone()),
                    amount: Input::Missing,
                }),
                application_fee_amount: Input::Given(2000),
                ..IntentParams::default()
            },
        )
        .unwrap()
        .value
        .intent();

    let confirm_rows = [
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::IntentUnexpectedState { .. }),
            param: None,
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("payment_method"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::ParameterMissing { .. }),
            param: Some("payment_method"),
        },
    ];
    table("confirm", &mut w.ledger, &confirm_rows, |ledger, fixed| {
        let params = ConfirmParams {
            payment_method: (fixed < 3).then(|| "pm_1Nobody".into()),
            capture_method: Some("later".into()),
            ..ConfirmParams::default()
        };
        ledger.confirm_payment_intent(if fixed >= 2 { open } else { succeeded }, params)
    });

    let update_rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::IntentUnexpectedState { .. }),
            param: None,
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::InvalidInteger { .. }),
            param: Some("amount"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::NoSuchObject { .. }),
            param: Some("payment_method"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::InvalidChoice { .. }),
            param: Some("capture_method"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::TransferDataExceedsCharge { .. }),
            param: Some("transfer_data[amount]"),
        },
        Row {
            row: 6,
            is: |r| matches!(r, Rejection::ApplicationFeeTooLarge { .. }),
            param: Some("application_fee_amount"),
        },
        Row {
            row: 7,
            is: |r| matches!(r, Rejection::TooManyMetadataKeys { .. }),
            param: Some("metadata"),
        },
    ];
    table("update", &mut w.ledger, &update_rows, |ledger, fixed| {
        let ok = |row: u8| fixed >= row;
        let update = IntentUpdate {
            amount: Input::Given(if ok(2) { 1000 } else { -1 }),
            payment_method: (!ok(3)).then(|| "pm_1Nobody".into()),
            capture_method: (!ok(4)).then(|| "later".into()),
            // The kept fee of 2,000 exceeds the new amount of 1,000 (row 6).
            transfer_amount: if ok(5) { Input::Missing } else { Input::Given(1001) },
            application_fee_amount: if ok(6) { Input::Given(500) } else { Input::Missing },
            metadata: if ok(7) { None } else { too_much_metadata() },
            ..IntentUpdate::default()
        };
        ledger.update_payment_intent(if ok(1) { open } else { succeeded }, update)
    });

    let cancel_rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::IntentUnexpectedState { .. }),
            param: None,
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::InvalidChoice { .. }),
            param: Some("cancellation_reason"),
        },
    ];
    table("cancel", &mut w.ledger, &cancel_rows, |ledger, fixed| {
        ledger.cancel_payment_intent(if fixed >= 1 { open } else { succeeded }, Some("bored".into()))
    });
}

#[test]
fn capturing_a_charge() {
    let mut w = world();
    let intent = authorised(&mut w, 2000, None);
    let of_intent = w.ledger.payment_intent(intent).latest_charge.unwrap();
    let charge = |w: &mut World, capture: bool| {
        w.ledger
            .create_charge(
                AccountId::PLATFORM,
                ChargeParams {
                    capture: Some(capture),
                    ..card("tok_visa", 2000, "usd")
                },
            )
            .unwrap()
            .value
            .charge()
    };
    let captured = charge(&mut w, true);
    let declined = w
        .ledger
        .create_charge(
            AccountId::PLATFORM,
            ChargeParams {
                capture: Some(false),
                ..card("tok_chargeDeclined", 2000, "usd")
            },
        )
        .unwrap()
        .value
        .charge();
    let open = charge(&mut w, false);
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::ChargeOfPaymentIntent { .. }),
            param: None,
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::ChargeAlreadyCaptured { .. }),
            param: None,
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::ChargeNotCapturable { .. }),
            param: None,
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::InvalidInteger { .. }),
            param: Some("amount"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::AmountTooSmall { .. }),
            param: Some("amount"),
        },
        Row {
            row: 6,
            is: |r| matches!(r, Rejection::ApplicationFeeNotAllowed),
            param: Some("application_fee_amount"),
        },
        Row {
            row: 7,
            is: |r| matches!(r, Rejection::TransferDataWithoutDestination),
            param: Some("transfer_data[amount]"),
        },
    ];
    table("capture", &mut w.ledger, &rows, |ledger, fixed| {
        let target = match fixed {
            0 => of_intent,
            1 => captured,
            2 => declined,
            _ => open,
        };
        let params = CaptureParams {
            amount: Input::Given(match fixed {
                0..=3 => 0,
                4 => 10,
                _ => 1000,
            }),
            application_fee_amount: if fixed >= 6 { Input::Missing } else { Input::Given(5) },
            transfer_amount: Input::Given(10),
            ..CaptureParams::default()
        };
        ledger.capture_charge(target, params)
    });
}

#[test]
fn refunding_with_money_in() {
    let mut w = world();
    let id = |w: &World, charge: ChargeId| w.ledger.id_of(Obj::Charge(charge)).to_string();
    let platform_charge = |w: &mut World, token: &str, capture: bool| {
        w.ledger
            .create_charge(
                AccountId::PLATFORM,
                ChargeParams {
                    capture: Some(capture),
                    ..card(token, 2000, "usd")
                },
            )
            .unwrap()
            .value
            .charge()
    };
    let disputed = platform_charge(&mut w, "tok_createDispute", true);
    let refunded = platform_charge(&mut w, "tok_visa", true);
    w.ledger
        .create_refund(
            AccountId::PLATFORM,
            RefundParams {
                charge: Some(id(&w, refunded)),
                ..RefundParams::default()
            },
        )
        .unwrap();
    let authorisation = platform_charge(&mut w, "tok_visa", false);
    let intent = authorised(&mut w, 2000, None);
    let plain = platform_charge(&mut w, "tok_visa", true);
    let intent_id = w.ledger.id_of(Obj::PaymentIntent(intent)).to_string();
    let rows = [
        Row {
            row: 1,
            is: |r| matches!(r, Rejection::RefundChargeAndIntent),
            param: Some("payment_intent"),
        },
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::IntentNotRefundable { .. }),
            param: Some("payment_intent"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::ChargeDisputed { .. }),
            param: Some("charge"),
        },
        Row {
            row: 6,
            is: |r| matches!(r, Rejection::ChargeAlreadyRefunded { .. }),
            param: Some("charge"),
        },
        Row {
            row: 8,
            is: |r| matches!(r, Rejection::PartialRelease { .. }),
            param: Some("amount"),
        },
        Row {
            row: 9,
            is: |r| matches!(r, Rejection::InvalidChoice { .. }),
            param: Some("reason"),
        },
        Row {
            row: 10,
            is: |r| matches!(r, Rejection::ReverseTransferWithoutDestination),
            param: Some("reverse_transfer"),
        },
    ];
    table("refund", &mut w.ledger, &rows, |ledger, fixed| {
        let charge = match fixed {
            0 | 1 => None,
            2..=4 => Some(disputed),
            5 => Some(refunded),
            6 | 7 => Some(authorisation),
            _ => Some(plain),
        };
        let params = RefundParams {
            charge: match (fixed, charge) {
                (0, _) => Some(ledger.id_of(Obj::Charge(plain)).to_string()),
                (_, Some(c)) => Some(ledger.id_of(Obj::Charge(c)).to_string()),
                (_, None) => None,
            },
            payment_intent: (fixed <= 1).then(|| intent_id.clone()),
            amount: Input::Given(1000),
            reason: Some(if fixed >= 9 { "duplicate" } else { "bored" }.into()),
            reverse_transfer: Some(true),
            ..RefundParams::default()
        };
        ledger.create_refund(AccountId::PLATFORM, params)
    });
}

#[test]
fn refunding_an_application_fee() {
    let mut w = world();
    let pay = |w: &mut World| {
        let applied = w
            .ledger
            .create_payment_intent(
                w.express,
                IntentParams {
                    amount: Input::Given(5000),
                    currency: Some("usd".into()),
                    payment_method: Some("pm_card_visa".into()),
                    confirm: Some(true),
                    application_fee_amount: Input::Given(500),
                    ..IntentParams::default()
                },
            )
            .unwrap();
        let charge = w.ledger.payment_intent(applied.value.intent()).latest_charge.unwrap();
        w.ledger.charge(charge).links.application_fee.unwrap()
    };
    let spent = pay(&mut w);
    w.ledger
        .refund_application_fee(spent, FeeRefundParams::default())
        .unwrap();
    let fee = pay(&mut w);
    let rows = [
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::ApplicationFeeAlreadyRefunded { .. }),
            param: None,
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::InvalidInteger { .. }),
            param: Some("amount"),
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::FeeRefundTooLarge { .. }),
            param: Some("amount"),
        },
        Row {
            row: 5,
            is: |r| matches!(r, Rejection::TooManyMetadataKeys { .. }),
            param: Some("metadata"),
        },
    ];
    table("fee refund", &mut w.ledger, &rows, |ledger, fixed| {
        let params = FeeRefundParams {
            amount: Input::Given(match fixed {
                0..=2 => 0,
                3 => 501,
                _ => 100,
            }),
            metadata: too_much_metadata(),
        };
        ledger.refund_application_fee(if fixed >= 2 { fee } else { spent }, params)
    });
}

#[test]
fn updating_and_closing_a_dispute() {
    let mut w = world();
    let dispute = |w: &mut World| {
        let charge = w
            .ledger
            .create_charge(AccountId::PLATFORM, card("tok_createDispute", 2000, "usd"))
            .unwrap()
            .value
            .charge();
        w.ledger.charge(charge).links.dispute.unwrap()
    };
    let closed = dispute(&mut w);
    w.ledger.close_dispute(closed).unwrap();
    let open = dispute(&mut w);
    let rows = [
        Row {
            row: 2,
            is: |r| matches!(r, Rejection::Unsimulated { .. }),
            param: Some("evidence[receipt]"),
        },
        Row {
            row: 3,
            is: |r| matches!(r, Rejection::DisputeNotOpen { .. }),
            param: None,
        },
        Row {
            row: 4,
            is: |r| matches!(r, Rejection::TooManyMetadataKeys { .. }),
            param: Some("metadata"),
        },
    ];
    table("dispute update", &mut w.ledger, &rows, |ledger, fixed| {
        let update = DisputeUpdate {
            evidence: vec![("product_description".into(), "A lamp".into())],
            evidence_files: if fixed >= 2 { Vec::new() } else { vec!["receipt".into()] },
            metadata: too_much_metadata(),
            submit: Some(false),
        };
        ledger.update_dispute(if fixed >= 3 { open } else { closed }, update)
    });
    let rows = [Row {
        row: 2,
        is: |r| matches!(r, Rejection::DisputeNotOpen { .. }),
        param: None,
    }];
    table("dispute close", &mut w.ledger, &rows, |ledger, _| {
        ledger.close_dispute(closed)
    });
    // Metadata alone may change on a closed dispute.
    w.ledger
        .update_dispute(
            closed,
            DisputeUpdate {
                metadata: Some(MetadataUpdate::Set(vec![("case".into(), Some("1".into()))])),
                ..DisputeUpdate::default()
            },
        )
        .unwrap();
}
