//! Money in, end to end through the ledger (docs/behaviour.md §10–§14): PaymentIntents,
//! captures, application fees and their refunds, disputes won, lost and inquired, customers —
//! with the balances of the platform and each account after each step, and the audit after
//! every one.

use debitsim::ledger::*;

use super::world::*;

const DAY: i64 = 86_400;

/// 2.9 % + 30, half-up (§3).
fn fee(amount: i64) -> i64 {
    (amount * 29 + 500) / 1000 + 30
}

fn intent(amount: i64, method: &str) -> IntentParams {
    IntentParams {
        amount: Input::Given(amount),
        currency: Some("usd".into()),
        payment_method: Some(method.into()),
        confirm: Some(true),
        ..IntentParams::default()
    }
}

fn destination(account: &str) -> Option<TransferDataParams> {
    Some(TransferDataParams {
        destination: Some(account.into()),
        amount: Input::Missing,
    })
}

/// Confirms a new PaymentIntent as `actor`; its id, the charge it made, and the events.
fn pay(ledger: &mut Ledger, actor: AccountId, params: IntentParams) -> (PaymentIntentId, ChargeId, Vec<&'static str>) {
    let applied = ledger.create_payment_intent(actor, params).unwrap();
    let id = applied.value.intent();
    let charge = ledger.payment_intent(id).latest_charge.expect("a charge was made");
    ledger.audit().unwrap();
    (id, charge, event_types(ledger, &applied.events))
}

#[allow(dead_code)]
fn reserved(ledger: &Ledger) -> i64 {
    ledger
        .books(AccountId::PLATFORM)
        .balance(Currency::USD)
        .map_or(0, |b| b.connect_reserved.minor_units())
}

/// Moves the clock to the second midnight after T0, when T0's card funds are available.
fn funds_arrive(ledger: &mut Ledger) {
    ledger.advance_clock(T0 + 2 * DAY);
    ledger.audit().unwrap();
}

#[test]
fn a_destination_payment_intent_with_a_fee_transfers_everything_and_takes_the_fee_back() {
    let mut w = world();
    let express = w.id(w.express);
    let (id, charge, events) = pay(
        &mut w.ledger,
        AccountId::PLATFORM,
        IntentParams {
            transfer_data: destination(&express),
            application_fee_amount: Input::Given(1230),
            ..intent(10_000, "pm_card_visa")
        },
    );
    assert_eq!(
        events,
        [
            "payment_intent.created",
            "charge.succeeded",
            "transfer.created",
            "application_fee.created",
            "payment_intent.succeeded"
        ]
    );
    let pi = w.ledger.payment_intent(id);
    let view = w.ledger.now_view();
    assert_eq!(
        (pi.status, view.amount_received(id), view.amount_capturable(id)),
        (IntentStatus::Succeeded, Amount::new(10_000), Amount::ZERO)
    );
    // Step by step: the platform nets the charge less Stripe's fee, sends all of it, and
    // gets the application fee back; the destination gets all of it less the fee.
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START,
        10_000 - fee(10_000) - 10_000 + 1230,
    );
    check(&w.ledger, w.express, "usd", 0, 10_000 - 1230);
    let c = w.ledger.charge(charge);
    let fee_id = c.links.application_fee.unwrap();
    let app_fee = w.ledger.application_fee(fee_id);
    let payment = w
        .ledger
        .transfer(c.destination.unwrap().transfer.unwrap())
        .destination_payment;
    assert_eq!(
        (
            app_fee.account,
            app_fee.amount,
            app_fee.charge,
            app_fee.originating_transaction
        ),
        (w.express, Amount::new(1230), payment, Some(charge))
    );
    assert_eq!(
        txns(&w.ledger, w.express).last(),
        Some(&(TxnType::Payment, 10_000, 1230, TxnStatus::Pending))
    );
    assert_eq!(
        txns(&w.ledger, AccountId::PLATFORM).last(),
        Some(&(TxnType::ApplicationFee, 1230, 0, TxnStatus::Pending))
    );
    funds_arrive(&mut w.ledger);
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START + 1230 - fee(10_000),
        0,
    );
    check(&w.ledger, w.express, "usd", 10_000 - 1230, 0);
}

#[test]
fn a_direct_payment_intent_takes_its_fee_from_the_connected_account() {
    let mut w = world();
    let (_, charge, events) = pay(
        &mut w.ledger,
        w.express,
        IntentParams {
            application_fee_amount: Input::Given(400),
            ..intent(5000, "pm_card_bypassPending")
        },
    );
    assert_eq!(
        events,
        [
            "payment_intent.created",
            "charge.succeeded",
            "balance.available",
            "application_fee.created",
            "payment_intent.succeeded"
        ]
    );
    // The account's charge carries Stripe's fee and the application fee; the platform gets
    // the fee, available as the charge is.
    check(&w.ledger, w.express, "usd", 5000 - fee(5000) - 400, 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START + 400, 0);
    let c = w.ledger.charge(charge);
    assert_eq!(c.account, w.express);
    let txn = w.ledger.balance_transaction(c.balance_transaction.unwrap());
    assert_eq!(
        (txn.amount, txn.fee, txn.application_fee, txn.stripe_fee()),
        (
            Amount::new(5000),
            Amount::new(fee(5000) + 400),
            Amount::new(400),
            Amount::new(fee(5000))
        )
    );
    let app_fee = w.ledger.application_fee(c.links.application_fee.unwrap());
    assert_eq!((app_fee.charge, app_fee.originating_transaction), (charge, None));
}

#[test]
fn a_manual_capture_of_part_releases_the_rest_and_caps_the_fee() {
    let mut w = world();
    let express = w.id(w.express);
    let (id, charge, events) = pay(
        &mut w.ledger,
        AccountId::PLATFORM,
        IntentParams {
            capture_method: Some("manual".into()),
            transfer_data: destination(&express),
            application_fee_amount: Input::Given(700),
            ..intent(6000, "pm_card_bypassPending")
        },
    );
    assert_eq!(
        events,
        [
            "payment_intent.created",
            "charge.succeeded",
            "payment_intent.amount_capturable_updated"
        ]
    );
    // Authorised: nothing moves yet.
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, 0);
    check(&w.ledger, w.express, "usd", 0, 0);
    assert_eq!(w.ledger.now_view().amount_capturable(id), Amount::new(6000));
    assert!(w.ledger.charge(charge).is_authorisation());

    let applied = w
        .ledger
        .capture_payment_intent(
            id,
            IntentCaptureParams {
                amount_to_capture: Input::Given(500),
                ..IntentCaptureParams::default()
            },
        )
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        [
            "charge.captured",
            "transfer.created",
            "application_fee.created",
            "payment_intent.succeeded"
        ]
    );
    // 500 captured: the fee of 700 is capped at 500, the destination nets nothing.
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START + 500 - fee(500) - 500 + 500,
        0,
    );
    check(&w.ledger, w.express, "usd", 0, 0);
    let c = w.ledger.charge(charge);
    assert_eq!(
        (c.captured(), c.amount_captured, c.amount_refunded, c.refunded()),
        (true, Amount::new(500), Amount::new(5500), false)
    );
    let pi = w.ledger.payment_intent(id);
    let view = w.ledger.now_view();
    assert_eq!(
        (pi.status, view.amount_received(id), view.amount_capturable(id)),
        (IntentStatus::Succeeded, Amount::new(500), Amount::ZERO)
    );
}

#[test]
fn a_refund_with_reverse_transfer_and_refund_application_fee_returns_every_leg_in_proportion() {
    let mut w = world();
    let express = w.id(w.express);
    let (_, charge, _) = pay(
        &mut w.ledger,
        AccountId::PLATFORM,
        IntentParams {
            transfer_data: destination(&express),
            application_fee_amount: Input::Given(1000),
            ..intent(10_000, "pm_card_bypassPending")
        },
    );
    let charge_id = w.ledger.id_of(Obj::Charge(charge)).to_string();
    let steps: [(i64, i64, i64); 2] = [
        // refund, the destination's available after it, the platform's available after it
        (
            3000,
            9000 - 3000 + 300,
            PLATFORM_START + 1000 - fee(10_000) - 3000 + 3000 - 300,
        ),
        (7000, 0, PLATFORM_START - fee(10_000)),
    ];
    for (amount, express_after, platform_after) in steps {
        let applied = w
            .ledger
            .create_refund(
                AccountId::PLATFORM,
                RefundParams {
                    charge: Some(charge_id.clone()),
                    amount: Input::Given(amount),
                    reverse_transfer: Some(true),
                    refund_application_fee: Some(true),
                    ..RefundParams::default()
                },
            )
            .unwrap();
        assert_eq!(
            event_types(&w.ledger, &applied.events),
            [
                "charge.refunded",
                "refund.created",
                "transfer.reversed",
                "application_fee.refunded"
            ]
        );
        check(&w.ledger, w.express, "usd", express_after, 0);
        check(&w.ledger, AccountId::PLATFORM, "usd", platform_after, 0);
    }
    let c = w.ledger.charge(charge);
    let app_fee = w.ledger.application_fee(c.links.application_fee.unwrap());
    assert_eq!((app_fee.amount_refunded, app_fee.refunded()), (Amount::new(1000), true));
    assert_eq!(app_fee.refunds.len(), 2);
}

#[test]
fn a_proportional_fee_refund_rounds_half_up_and_the_last_refund_takes_what_is_left() {
    let mut w = world();
    let (_, charge, _) = pay(
        &mut w.ledger,
        w.express,
        IntentParams {
            application_fee_amount: Input::Given(333),
            ..intent(1000, "pm_card_bypassPending")
        },
    );
    let charge_id = w.ledger.id_of(Obj::Charge(charge)).to_string();
    // 333 × 150 / 1000 = 49.95 → 50; then 333 × 850 / 1000 = 283.05, but the charge is then
    // refunded in full, so all that is left, 283, goes back.
    for (amount, refunded) in [(150, 50), (850, 333)] {
        w.ledger
            .create_refund(
                w.express,
                RefundParams {
                    charge: Some(charge_id.clone()),
                    amount: Input::Given(amount),
                    refund_application_fee: Some(true),
                    ..RefundParams::default()
                },
            )
            .unwrap();
        let app_fee = w
            .ledger
            .application_fee(w.ledger.charge(charge).links.application_fee.unwrap());
        assert_eq!(app_fee.amount_refunded, Amount::new(refunded));
        w.ledger.audit().unwrap();
    }
    // The account nets minus Stripe's fee: the platform holds that in reserve.
    check(&w.ledger, w.express, "usd", -fee(1000), 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START - fee(1000), 0);
    check_reserved(&w.ledger, "usd", fee(1000));
}

#[test]
fn application_fee_refunds_are_partial_repeated_and_never_more_than_is_left() {
    let mut w = world();
    let (_, charge, _) = pay(
        &mut w.ledger,
        w.express,
        IntentParams {
            application_fee_amount: Input::Given(1000),
            ..intent(20_000, "pm_card_bypassPending")
        },
    );
    let fee_id = w.ledger.charge(charge).links.application_fee.unwrap();
    let express_start = 20_000 - fee(20_000) - 1000;
    let refund = |amount: Option<i64>| FeeRefundParams {
        amount: amount.map_or(Input::Missing, Input::Given),
        ..FeeRefundParams::default()
    };
    let applied = w.ledger.refund_application_fee(fee_id, refund(Some(300))).unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["application_fee.refunded"]);
    check(&w.ledger, w.express, "usd", express_start + 300, 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START + 1000 - 300, 0);
    let rejection = refused(&mut w.ledger, |l| l.refund_application_fee(fee_id, refund(Some(701))));
    assert!(
        matches!(rejection, Rejection::FeeRefundTooLarge { .. }),
        "{rejection:?}"
    );
    // Missing amount: all that is left.
    w.ledger.refund_application_fee(fee_id, refund(None)).unwrap();
    check(&w.ledger, w.express, "usd", express_start + 1000, 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, 0);
    let rejection = refused(&mut w.ledger, |l| l.refund_application_fee(fee_id, refund(Some(1))));
    assert!(
        matches!(rejection, Rejection::ApplicationFeeAlreadyRefunded { .. }),
        "{rejection:?}"
    );
    let txn_types: Vec<TxnType> = txns(&w.ledger, w.express).iter().map(|t| t.0).collect();
    assert_eq!(
        txn_types,
        [
            TxnType::Charge,
            TxnType::ApplicationFeeRefund,
            TxnType::ApplicationFeeRefund
        ]
    );
}

#[test]
fn a_reversal_with_refund_application_fee_returns_the_fee_in_proportion() {
    let mut w = world();
    let express = w.id(w.express);
    let (_, charge, _) = pay(
        &mut w.ledger,
        AccountId::PLATFORM,
        IntentParams {
            transfer_data: destination(&express),
            application_fee_amount: Input::Given(800),
            ..intent(8000, "pm_card_bypassPending")
        },
    );
    let transfer = w.ledger.charge(charge).destination.unwrap().transfer.unwrap();
    w.ledger
        .reverse_transfer(
            transfer,
            ReversalParams {
                amount: Input::Given(2000),
                refund_application_fee: Some(true),
                ..ReversalParams::default()
            },
        )
        .unwrap();
    // A quarter of the transfer back, and a quarter of the fee with it.
    check(&w.ledger, w.express, "usd", 8000 - 800 - 2000 + 200, 0);
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START - fee(8000) + 800 + 2000 - 200,
        0,
    );
}

#[test]
fn a_decline_leaves_a_failed_charge_and_the_intent_ready_for_another_payment_method() {
    let mut w = world();
    let applied = w
        .ledger
        .create_payment_intent(
            AccountId::PLATFORM,
            intent(2000, "pm_card_chargeDeclinedInsufficientFunds"),
        )
        .unwrap();
    let IntentOutcome::Declined {
        intent: id,
        charge,
        decline,
    } = applied.value
    else {
        panic!("not declined: {:?}", applied.value)
    };
    assert_eq!(decline, Decline::InsufficientFunds);
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        [
            "payment_intent.created",
            "charge.failed",
            "payment_intent.payment_failed"
        ]
    );
    let pi = w.ledger.payment_intent(id);
    assert_eq!(
        (pi.status, pi.payment_method, pi.latest_charge),
        (IntentStatus::RequiresPaymentMethod, None, Some(charge))
    );
    assert_eq!(
        pi.last_payment_error.map(|e| (e.decline, e.charge)),
        Some((decline, charge))
    );
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, 0);

    let applied = w
        .ledger
        .confirm_payment_intent(
            id,
            ConfirmParams {
                payment_method: Some("pm_card_visa".into()),
                ..ConfirmParams::default()
            },
        )
        .unwrap();
    assert_eq!(applied.value, IntentOutcome::Done(id));
    let pi = w.ledger.payment_intent(id);
    assert_eq!((pi.status, pi.last_payment_error), (IntentStatus::Succeeded, None));
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, 2000 - fee(2000));
}

#[test]
fn a_card_asking_for_3d_secure_stops_at_requires_action_unless_off_session() {
    let mut w = world();
    let applied = w
        .ledger
        .create_payment_intent(AccountId::PLATFORM, intent(2000, "pm_card_authenticationRequired"))
        .unwrap();
    let id = applied.value.intent();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["payment_intent.created", "payment_intent.requires_action"]
    );
    let pi = w.ledger.payment_intent(id);
    assert_eq!((pi.status, pi.latest_charge), (IntentStatus::RequiresAction, None));
    let applied = w
        .ledger
        .create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                confirmation: ConfirmParams {
                    off_session: Some(true),
                    ..ConfirmParams::default()
                },
                ..intent(2000, "pm_card_authenticationRequired")
            },
        )
        .unwrap();
    assert!(matches!(
        applied.value,
        IntentOutcome::Declined {
            decline: Decline::AuthenticationRequired,
            ..
        }
    ));
    // Cancelling the one waiting for 3D Secure moves nothing.
    w.ledger.cancel_payment_intent(id, Some("abandoned".into())).unwrap();
    let pi = w.ledger.payment_intent(id);
    assert_eq!(
        (pi.status, pi.cancellation_reason),
        (IntentStatus::Canceled, Some(CancellationReason::Abandoned))
    );
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, 0);
}

#[test]
fn cancelling_an_authorised_intent_releases_its_charge() {
    let mut w = world();
    let (id, charge, _) = pay(
        &mut w.ledger,
        AccountId::PLATFORM,
        IntentParams {
            capture_method: Some("manual".into()),
            ..intent(3000, "pm_card_visa")
        },
    );
    let applied = w.ledger.cancel_payment_intent(id, None).unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["charge.refunded", "payment_intent.canceled"]
    );
    let c = w.ledger.charge(charge);
    assert_eq!((c.captured(), c.refunded(), c.balance_transaction), (false, true, None));
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, 0);
    let rejection = refused(&mut w.ledger, |l| l.cancel_payment_intent(id, None));
    assert!(
        matches!(rejection, Rejection::IntentUnexpectedState { .. }),
        "{rejection:?}"
    );
}

#[test]
fn the_charges_api_authorises_captures_in_part_and_releases_by_refund() {
    let mut w = world();
    let express = w.id(w.express);
    let authorise = |w: &mut World| {
        w.ledger
            .create_charge(
                AccountId::PLATFORM,
                ChargeParams {
                    capture: Some(false),
                    transfer_data: destination(&express),
                    application_fee_amount: Input::Given(100),
                    ..card("tok_bypassPending", 4000, "usd")
                },
            )
            .unwrap()
            .value
            .charge()
    };
    let charge = authorise(&mut w);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, 0);
    let applied = w
        .ledger
        .capture_charge(
            charge,
            CaptureParams {
                amount: Input::Given(3000),
                ..CaptureParams::default()
            },
        )
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["charge.captured", "transfer.created", "application_fee.created"]
    );
    check(&w.ledger, w.express, "usd", 3000 - 100, 0);
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START - fee(3000) + 100,
        0,
    );
    let rejection = refused(&mut w.ledger, |l| l.capture_charge(charge, CaptureParams::default()));
    assert!(
        matches!(rejection, Rejection::ChargeAlreadyCaptured { .. }),
        "{rejection:?}"
    );

    // Another authorisation, released by a refund: a refund with no money.
    let charge = authorise(&mut w);
    let id = w.ledger.id_of(Obj::Charge(charge)).to_string();
    let partial = refused(&mut w.ledger, |l| {
        l.create_refund(
            AccountId::PLATFORM,
            RefundParams {
                charge: Some(id.clone()),
                amount: Input::Given(100),
                ..RefundParams::default()
            },
        )
    });
    assert!(matches!(partial, Rejection::PartialRelease { .. }), "{partial:?}");
    let refund = w
        .ledger
        .create_refund(
            AccountId::PLATFORM,
            RefundParams {
                charge: Some(id),
                ..RefundParams::default()
            },
        )
        .unwrap()
        .value;
    assert_eq!(w.ledger.refund(refund).balance_transaction, None);
    assert!(w.ledger.charge(charge).refunded());
    let rejection = refused(&mut w.ledger, |l| l.capture_charge(charge, CaptureParams::default()));
    assert!(
        matches!(rejection, Rejection::ChargeNotCapturable { .. }),
        "{rejection:?}"
    );
    check(&w.ledger, w.express, "usd", 2900, 0);
}

/// A dispute on a direct charge of a platform-managed account with a bank account: the
/// withdrawal takes it below zero, the platform's reserve follows, and a lost dispute keeps
/// the funds.
#[test]
fn a_lost_dispute_on_a_direct_charge_takes_the_account_negative_and_moves_the_reserve() {
    let mut w = world();
    let (_, charge, events) = pay(&mut w.ledger, w.express, intent(10_000, "pm_card_createDispute"));
    assert_eq!(
        events,
        [
            "payment_intent.created",
            "charge.succeeded",
            "payment_intent.succeeded",
            "charge.dispute.created",
            "charge.dispute.funds_withdrawn"
        ]
    );
    // The charge's net is pending; the withdrawal came out of available at once.
    check(&w.ledger, w.express, "usd", -10_000 - 1500, 10_000 - fee(10_000));
    check_reserved(&w.ledger, "usd", 11_500);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START - 11_500, 0);
    let dispute = w.ledger.charge(charge).links.dispute.unwrap();
    let d = w.ledger.dispute(dispute);
    assert_eq!(
        (d.status, d.reason, d.amount, d.account),
        (
            DisputeStatus::NeedsResponse,
            DisputeReason::Fraudulent,
            Amount::new(10_000),
            w.express
        )
    );
    let withdrawal = w.ledger.balance_transaction(d.funds.unwrap().withdrawal);
    assert_eq!(
        (withdrawal.kind, withdrawal.amount, withdrawal.fee),
        (TxnType::Adjustment, Amount::new(-10_000), Amount::new(1500))
    );
    assert!(!w.ledger.dispute_allows_refund(w.ledger.charge(charge)));

    let applied = w.ledger.close_dispute(dispute).unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["charge.dispute.closed"]);
    assert_eq!(w.ledger.dispute(dispute).status, DisputeStatus::Lost);
    check(&w.ledger, w.express, "usd", -11_500, 10_000 - fee(10_000));
    // Two days on the charge's funds arrive (the reserve shrinks); the express account's
    // bank is debited for what is still negative at the payout run.
    funds_arrive(&mut w.ledger);
    check(&w.ledger, w.express, "usd", 10_000 - fee(10_000), 0);
    check_reserved(&w.ledger, "usd", 0);
}

#[test]
fn a_won_dispute_on_a_destination_charge_is_borne_by_the_platform_and_reinstated_with_its_fee() {
    let mut w = world();
    let express = w.id(w.express);
    let (_, charge, _) = pay(
        &mut w.ledger,
        AccountId::PLATFORM,
        IntentParams {
            transfer_data: destination(&express),
            ..intent(5000, "pm_card_createDisputeProductNotReceived")
        },
    );
    let dispute = w.ledger.charge(charge).links.dispute.unwrap();
    assert_eq!(w.ledger.dispute(dispute).account, AccountId::PLATFORM);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START - 6500, -fee(5000));
    check(&w.ledger, w.express, "usd", 0, 5000);
    let applied = w
        .ledger
        .update_dispute(
            dispute,
            DisputeUpdate {
                evidence: vec![
                    ("uncategorized_text".into(), "winning_evidence".into()),
                    ("customer_name".into(), "Jenny Rosen".into()),
                ],
                ..DisputeUpdate::default()
            },
        )
        .unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["charge.dispute.updated"]);
    let d = w.ledger.dispute(dispute);
    assert_eq!((d.status, d.submission_count), (DisputeStatus::UnderReview, 1));
    // The outcome waits for the clock to move.
    let events = w.ledger.advance_clock(T0 + 1);
    assert_eq!(
        event_types(&w.ledger, &events),
        ["charge.dispute.closed", "charge.dispute.funds_reinstated"]
    );
    assert_eq!(w.ledger.dispute(dispute).status, DisputeStatus::Won);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, -fee(5000));
    let reinstatement = w
        .ledger
        .balance_transaction(w.ledger.dispute(dispute).funds.unwrap().reinstatement.unwrap());
    assert_eq!(
        (
            reinstatement.amount,
            reinstatement.fee,
            reinstatement.reporting_category()
        ),
        (Amount::new(5000), Amount::new(-1500), "dispute_reversal")
    );
}

#[test]
fn an_inquiry_withdraws_nothing_and_closes_or_escalates_by_its_evidence() {
    let mut w = world();
    let inquiry = |w: &mut World| {
        let (_, charge, _) = pay(
            &mut w.ledger,
            AccountId::PLATFORM,
            intent(3000, "pm_card_createDisputeInquiry"),
        );
        w.ledger.charge(charge).links.dispute.unwrap()
    };
    let submit = |w: &mut World, dispute, text: &str| {
        w.ledger
            .update_dispute(
                dispute,
                DisputeUpdate {
                    evidence: vec![("uncategorized_text".into(), text.into())],
                    ..DisputeUpdate::default()
                },
            )
            .unwrap();
    };
    let closing = inquiry(&mut w);
    let escalating = inquiry(&mut w);
    assert_eq!(w.ledger.dispute(closing).status, DisputeStatus::WarningNeedsResponse);
    assert_eq!(w.ledger.dispute(closing).funds, None);
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START,
        2 * (3000 - fee(3000)),
    );
    submit(&mut w, closing, "losing_evidence");
    submit(&mut w, escalating, "escalate_inquiry_evidence");
    assert_eq!(w.ledger.dispute(escalating).status, DisputeStatus::WarningUnderReview);
    w.ledger.advance_clock(T0 + 60);
    w.ledger.audit().unwrap();
    assert_eq!(w.ledger.dispute(closing).status, DisputeStatus::WarningClosed);
    // Escalated: now a chargeback, withdrawn, waiting for evidence.
    assert_eq!(w.ledger.dispute(escalating).status, DisputeStatus::NeedsResponse);
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START - 4500,
        2 * (3000 - fee(3000)),
    );
    // Left without evidence past its deadline, the chargeback is lost.
    w.ledger.advance_clock(T0 + 9 * DAY);
    assert_eq!(w.ledger.dispute(escalating).status, DisputeStatus::Lost);
    w.ledger.audit().unwrap();
}

#[test]
fn who_pays_a_dispute_follows_the_charge_and_the_fee_payer() {
    let mut w = world();
    // An account whose fees the platform pays (controller.fees.payer = application).
    let fees_paid = w
        .ledger
        .create_account(AccountParams {
            controller: ControllerParams {
                losses_payments: Some("application".into()),
                fees_payer: Some("application".into()),
                requirement_collection: Some("application".into()),
                dashboard: Some("none".into()),
                ..ControllerParams::default()
            },
            ..account_params("custom", "US", Some("btok_us"))
        })
        .unwrap()
        .value;
    let (_, charge, _) = pay(&mut w.ledger, fees_paid, intent(2000, "pm_card_createDispute"));
    check(&w.ledger, fees_paid, "usd", -2000, 2000 - fee(2000));
    // The platform pays the fee, and holds the reserve for the account's negative balance.
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START - 1500 - 2000, 0);
    check_reserved(&w.ledger, "usd", 2000);
    let funds = w
        .ledger
        .dispute(w.ledger.charge(charge).links.dispute.unwrap())
        .funds
        .unwrap();
    assert!(funds.platform_fee.is_some());

    // A Stripe-managed account bears its own dispute, and Stripe its negative balance.
    let (_, _, _) = pay(&mut w.ledger, w.standard, intent(2000, "pm_card_createDispute"));
    check(&w.ledger, w.standard, "usd", -3500, 2000 - fee(2000));
    check_reserved(&w.ledger, "usd", 2000);
}

#[test]
fn customers_are_kept_deleted_and_cannot_be_used_then() {
    let mut w = world();
    let applied = w
        .ledger
        .create_customer(
            AccountId::PLATFORM,
            CustomerParams {
                email: Some("jenny@example.com".into()),
                ..CustomerParams::default()
            },
        )
        .unwrap();
    let customer = applied.value;
    assert_eq!(event_types(&w.ledger, &applied.events), ["customer.created"]);
    let id = w.ledger.id_of(Obj::Customer(customer)).to_string();
    let (pi, charge, _) = pay(
        &mut w.ledger,
        AccountId::PLATFORM,
        IntentParams {
            customer: Some(id.clone()),
            ..intent(1000, "pm_card_visa")
        },
    );
    assert_eq!(w.ledger.payment_intent(pi).customer, Some(customer));
    assert_eq!(w.ledger.charge(charge).links.customer, Some(customer));
    // Paying for a customer does not save the card to it: only `setup_future_usage` does
    // (docs/behaviour.md §19), as on Stripe.
    let method = w.ledger.payment_intent(pi).payment_method.unwrap();
    assert_eq!(w.ledger.payment_method(method).customer, None);
    // Another account does not see the platform's customer.
    let elsewhere = refused(&mut w.ledger, |l| {
        l.create_payment_intent(
            w.express,
            IntentParams {
                customer: Some(id.clone()),
                ..intent(1000, "pm_card_visa")
            },
        )
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&elsewhere).param.as_deref(),
        Some("customer")
    );
    let applied = w.ledger.delete_customer(customer).unwrap();
    assert_eq!(event_types(&w.ledger, &applied.events), ["customer.deleted"]);
    let deleted = refused(&mut w.ledger, |l| {
        l.create_payment_intent(
            AccountId::PLATFORM,
            IntentParams {
                customer: Some(id.clone()),
                ..intent(1000, "pm_card_visa")
            },
        )
    });
    assert!(matches!(deleted, Rejection::NoSuchObject { .. }), "{deleted:?}");
}

#[test]
fn a_payment_method_made_once_is_reused_by_its_id() {
    let mut w = world();
    let (first, _, _) = pay(&mut w.ledger, AccountId::PLATFORM, intent(1000, "pm_card_mastercard"));
    let method = w.ledger.payment_intent(first).payment_method.unwrap();
    let id = w.ledger.id_of(Obj::PaymentMethod(method)).to_string();
    let (second, charge, _) = pay(&mut w.ledger, AccountId::PLATFORM, intent(1000, &id));
    assert_eq!(w.ledger.payment_intent(second).payment_method, Some(method));
    assert_eq!(w.ledger.charge(charge).links.payment_method, Some(method));
    // A connected account cannot pay with the platform's.
    let rejection = refused(&mut w.ledger, |l| l.create_payment_intent(w.express, intent(1000, &id)));
    assert_eq!(
        debitsim::server::refusals::refusal(&rejection).param.as_deref(),
        Some("payment_method")
    );
}
