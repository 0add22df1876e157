//! Every flow of debit-rules §4–§6 end to end, with each account's available, pending and
//! connect_reserved after each step.

use debitsim::ledger::*;

use super::world::*;

#[test]
fn flow_a_charge_with_the_account_as_source_returns_the_platform_payment() {
    let mut w = world();
    w.fund(w.express, 5000);
    let express = w.id(w.express);

    let applied = w
        .ledger
        .create_charge(AccountId::PLATFORM, debit_by_charge(&express, 1500, "usd"))
        .unwrap();

    let ChargeOutcome::Succeeded(payment) = applied.value else {
        panic!("declined")
    };
    let charge = w.ledger.charge(payment);
    assert!(w.ledger.id_of(Obj::Charge(payment)).to_string().starts_with("py_"));
    assert_eq!(charge.account, AccountId::PLATFORM);
    assert_eq!(charge.status, ChargeStatus::Succeeded);
    let ChargeSource::Account { from, transfer } = charge.source else {
        panic!("a payment's source is the account")
    };
    assert_eq!(from, w.express);
    let transfer = w.ledger.transfer(transfer);
    assert_eq!((transfer.from, transfer.to), (w.express, AccountId::PLATFORM));
    assert_eq!(transfer.destination_payment, payment);
    assert_eq!(transfer.debit.map(|d| d.flow), Some(DebitFlow::Charge));

    check(&w.ledger, w.express, "usd", 3500, 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START - 5000 + 1500, 0);
    check_reserved(&w.ledger, "usd", 0);
    assert_eq!(
        txns(&w.ledger, w.express).last(),
        Some(&(TxnType::Transfer, -1500, 0, TxnStatus::Available))
    );
    assert_eq!(
        txns(&w.ledger, AccountId::PLATFORM).last(),
        Some(&(TxnType::Payment, 1500, 0, TxnStatus::Available))
    );
    // The connected account's transfer, and the platform's payment (debitsim's choice:
    // Stripe does not document a debit's events).
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["transfer.created", "charge.succeeded"]
    );
    assert_eq!(w.ledger.event(applied.events[0]).account, w.express);
    assert_eq!(w.ledger.event(applied.events[1]).account, AccountId::PLATFORM);
    assert_eq!(
        w.ledger.event(applied.events[1]).object,
        Obj::Charge(applied.value.charge())
    );
}

#[test]
fn flow_b_transfer_from_the_account_returns_the_transfer() {
    let mut w = world();
    w.fund(w.express, 5000);
    let platform = w.platform_id.clone();

    let applied = w
        .ledger
        .create_transfer(w.express, debit_by_transfer(&platform, 1500, "usd"))
        .unwrap();

    let transfer = w.ledger.transfer(applied.value);
    assert_eq!((transfer.from, transfer.to), (w.express, AccountId::PLATFORM));
    assert_eq!(transfer.debit.map(|d| d.flow), Some(DebitFlow::Transfer));
    assert!(
        w.ledger
            .id_of(Obj::Charge(transfer.destination_payment))
            .to_string()
            .starts_with("py_")
    );
    assert_eq!(
        w.ledger.charge(transfer.destination_payment).account,
        AccountId::PLATFORM
    );
    check(&w.ledger, w.express, "usd", 3500, 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START - 5000 + 1500, 0);
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["transfer.created", "charge.succeeded"]
    );
    assert_eq!(
        w.ledger.event(applied.events[1]).object,
        Obj::Charge(transfer.destination_payment)
    );
}

#[test]
fn both_flows_move_the_same_money_the_same_way() {
    let run = |flow_a: bool| {
        let mut w = world();
        w.fund(w.express, 5000);
        let (express, platform) = (w.id(w.express), w.platform_id.clone());
        if flow_a {
            w.ledger
                .create_charge(AccountId::PLATFORM, debit_by_charge(&express, 1500, "usd"))
                .unwrap();
        } else {
            w.ledger
                .create_transfer(w.express, debit_by_transfer(&platform, 1500, "usd"))
                .unwrap();
        }
        (
            txns(&w.ledger, w.express),
            txns(&w.ledger, AccountId::PLATFORM),
            balance(&w.ledger, w.express, "usd"),
            balance(&w.ledger, AccountId::PLATFORM, "usd"),
        )
    };
    assert_eq!(run(true), run(false));
}

#[test]
fn a_debit_below_zero_moves_the_platform_reserve_and_recoveries_release_it() {
    let mut w = world();
    w.fund(w.express, 1000);
    let (express, platform) = (w.id(w.express), w.platform_id.clone());
    let start = PLATFORM_START - 1000;

    // Debit 1500 from 1000: the account goes to -500, the platform reserves 500 of the
    // 1500 it received.
    w.ledger
        .create_charge(AccountId::PLATFORM, debit_by_charge(&express, 1500, "usd"))
        .unwrap();
    check(&w.ledger, w.express, "usd", -500, 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", start + 1500 - 500, 0);
    check_reserved(&w.ledger, "usd", 500);
    assert_eq!(
        txns(&w.ledger, AccountId::PLATFORM).last(),
        Some(&(TxnType::ReserveTransaction, -500, 0, TxnStatus::Available))
    );

    // Flow B deepens it: -800, reserve 800.
    w.ledger
        .create_transfer(w.express, debit_by_transfer(&platform, 300, "usd"))
        .unwrap();
    check(&w.ledger, w.express, "usd", -800, 0);
    check_reserved(&w.ledger, "usd", 800);

    // A transfer in of 300 recovers part: -500, 300 released.
    w.fund(w.express, 300);
    check(&w.ledger, w.express, "usd", -500, 0);
    check_reserved(&w.ledger, "usd", 500);
    assert_eq!(
        txns(&w.ledger, AccountId::PLATFORM).last(),
        Some(&(TxnType::ReserveTransaction, 300, 0, TxnStatus::Available))
    );

    // A card charge on the account is pending: no recovery until it becomes available.
    // (Auto debits off, or the first midnight's payout run would cover the balance first.)
    w.ledger
        .update_account(
            w.express,
            AccountUpdate {
                debit_negative_balances: Some(false),
                ..AccountUpdate::default()
            },
        )
        .unwrap();
    w.ledger
        .create_charge(w.express, card("tok_visa", 2000, "usd"))
        .unwrap();
    let fee = 2000 * 29 / 1000 + 30;
    check(&w.ledger, w.express, "usd", -500, 2000 - fee);
    check_reserved(&w.ledger, "usd", 500);

    let events = w.ledger.advance_clock(T0 + 2 * 86_400);
    check(&w.ledger, w.express, "usd", -500 + 2000 - fee, 0);
    check_reserved(&w.ledger, "usd", 0);
    assert!(event_types(&w.ledger, &events).contains(&"balance.available"));
    check(&w.ledger, AccountId::PLATFORM, "usd", start + 1500, 0);
}

#[test]
fn without_a_bank_account_or_reserves_a_debit_cannot_go_negative() {
    let mut w = world();
    w.fund(w.custom, 1000);
    let custom = w.id(w.custom);
    let rejection = refused(&mut w.ledger, |l| {
        l.create_charge(AccountId::PLATFORM, debit_by_charge(&custom, 1001, "usd"))
    });
    assert!(
        matches!(rejection, Rejection::BalanceInsufficient { .. }),
        "{rejection:?}"
    );
    // Exactly the balance is fine.
    w.ledger
        .create_charge(AccountId::PLATFORM, debit_by_charge(&custom, 1000, "usd"))
        .unwrap();
    check(&w.ledger, w.custom, "usd", 0, 0);

    let mut w = world_with(false);
    w.fund(w.express, 1000);
    let express = w.id(w.express);
    let rejection = refused(&mut w.ledger, |l| {
        l.create_charge(AccountId::PLATFORM, debit_by_charge(&express, 1001, "usd"))
    });
    assert!(
        matches!(rejection, Rejection::BalanceInsufficient { .. }),
        "{rejection:?}"
    );
}

#[test]
fn stripe_managed_debits_reference_a_charge_or_payout_and_reserve_only_their_own_shortfall() {
    let mut w = world();
    let platform = w.platform_id.clone();
    // The standard account earns 10,000 gross by a direct charge and pays out 1,000.
    let charge = w
        .ledger
        .create_charge(w.standard, card("tok_bypassPending", 10_000, "usd"))
        .unwrap()
        .value
        .charge();
    let charge_id = w.ledger.id_of(Obj::Charge(charge)).to_string();
    let net = 10_000 - (290 + 30);
    let payout = w
        .ledger
        .create_payout(
            w.standard,
            PayoutParams {
                amount: Input::Given(1000),
                currency: Some("usd".into()),
                ..PayoutParams::default()
            },
        )
        .unwrap()
        .value;
    let payout_id = w.ledger.id_of(Obj::Payout(payout)).to_string();
    check(&w.ledger, w.standard, "usd", net - 1000, 0);

    // Debit by charge reference: 500.
    let applied = w
        .ledger
        .create_transfer(
            w.standard,
            TransferParams {
                reference_transaction: Some(reference("charge", &charge_id)),
                ..debit_by_transfer(&platform, 500, "usd")
            },
        )
        .unwrap();
    let debit = w.ledger.transfer(applied.value).debit.unwrap();
    assert_eq!(debit.reference, Some(Reference::Charge(charge)));
    check(&w.ledger, w.standard, "usd", net - 1500, 0);
    check_reserved(&w.ledger, "usd", 0);

    // Debit by payout reference beyond the balance: the platform reserves the shortfall,
    // with no bank-account condition.
    let remaining = net - 1500;
    w.ledger
        .create_transfer(
            w.standard,
            TransferParams {
                reference_transaction: Some(reference("payout", &payout_id)),
                ..debit_by_transfer(&platform, remaining + 700, "usd")
            },
        )
        .unwrap();
    check(&w.ledger, w.standard, "usd", -700, 0);
    check_reserved(&w.ledger, "usd", 700);

    // A refund takes the account further negative: Stripe bears that part, so the reserve
    // stays at what the debit made.
    w.ledger
        .create_refund(
            w.standard,
            RefundParams {
                charge: Some(charge_id.clone()),
                amount: Input::Given(400),
                ..RefundParams::default()
            },
        )
        .unwrap();
    check(&w.ledger, w.standard, "usd", -1100, 0);
    check_reserved(&w.ledger, "usd", 700);

    // A transfer in of 600 recovers to -500: the platform is liable for the debit part
    // still unrecovered, min(700, 500) = 500.
    w.fund(w.standard, 600);
    check(&w.ledger, w.standard, "usd", -500, 0);
    check_reserved(&w.ledger, "usd", 500);

    // Back above zero: nothing reserved, and a later refund-made negative stays Stripe's.
    w.fund(w.standard, 800);
    check_reserved(&w.ledger, "usd", 0);
    w.ledger
        .create_refund(
            w.standard,
            RefundParams {
                charge: Some(charge_id),
                ..RefundParams::default()
            },
        )
        .unwrap();
    assert!(balance(&w.ledger, w.standard, "usd").0 < 0);
    check_reserved(&w.ledger, "usd", 0);
}

#[test]
fn reference_transaction_is_validated_on_platform_managed_accounts_too() {
    let mut w = world();
    w.fund(w.express, 5000);
    let platform = w.platform_id.clone();
    let charge = w
        .ledger
        .create_charge(w.express, card("tok_bypassPending", 1000, "usd"))
        .unwrap()
        .value
        .charge();
    let charge_id = w.ledger.id_of(Obj::Charge(charge)).to_string();
    w.ledger
        .create_transfer(
            w.express,
            TransferParams {
                reference_transaction: Some(reference("charge", &charge_id)),
                ..debit_by_transfer(&platform, 100, "usd")
            },
        )
        .unwrap();
    let rejection = refused(&mut w.ledger, |l| {
        l.create_transfer(
            w.express,
            TransferParams {
                reference_transaction: Some(reference("charge", "ch_1DoesNotExist000000000")),
                ..debit_by_transfer(&platform, 100, "usd")
            },
        )
    });
    assert_eq!(
        debitsim::server::refusals::refusal(&rejection).param.as_deref(),
        Some("reference_transaction[charge]")
    );
}

#[test]
fn refunds_and_reversals_can_take_a_platform_managed_account_negative_and_the_reserve_follows() {
    let mut w = world();
    let express = w.id(w.express);
    // A direct charge, then a debit of all it netted.
    let charge = w
        .ledger
        .create_charge(w.express, card("tok_bypassPending", 10_000, "usd"))
        .unwrap()
        .value
        .charge();
    let net = 10_000 - 320;
    w.ledger
        .create_charge(AccountId::PLATFORM, debit_by_charge(&express, net, "usd"))
        .unwrap();
    check(&w.ledger, w.express, "usd", 0, 0);

    // A partial refund: -3,000, all of it the platform's liability.
    let refund = w
        .ledger
        .create_refund(
            w.express,
            RefundParams {
                charge: Some(w.ledger.id_of(Obj::Charge(charge)).to_string()),
                amount: Input::Given(3000),
                ..RefundParams::default()
            },
        )
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &refund.events),
        ["charge.refunded", "refund.created"]
    );
    check(&w.ledger, w.express, "usd", -3000, 0);
    check_reserved(&w.ledger, "usd", 3000);

    // The platform sends 5,000, then reverses 4,000 of it: -2,000.
    let transfer = w
        .ledger
        .create_transfer(AccountId::PLATFORM, transfer_to(&express, 5000, "usd"))
        .unwrap()
        .value;
    check_reserved(&w.ledger, "usd", 0);
    let reversal = w
        .ledger
        .reverse_transfer(
            transfer,
            ReversalParams {
                amount: Input::Given(4000),
                ..ReversalParams::default()
            },
        )
        .unwrap();
    assert_eq!(event_types(&w.ledger, &reversal.events), ["transfer.reversed"]);
    check(&w.ledger, w.express, "usd", -2000, 0);
    check_reserved(&w.ledger, "usd", 2000);
    assert_eq!(
        txns(&w.ledger, w.express).last(),
        Some(&(TxnType::PaymentRefund, -4000, 0, TxnStatus::Available))
    );
    let t = w.ledger.transfer(transfer);
    assert_eq!((t.amount_reversed.minor_units(), t.reversals.len()), (4000, 1));
    assert_eq!(
        w.ledger.charge(t.destination_payment).amount_refunded.minor_units(),
        4000
    );
}

#[test]
fn reversing_a_debit_gives_the_money_back_and_releases_the_reserve() {
    let mut w = world();
    w.fund(w.express, 1000);
    let platform = w.platform_id.clone();
    let debit = w
        .ledger
        .create_transfer(w.express, debit_by_transfer(&platform, 1500, "usd"))
        .unwrap()
        .value;
    check(&w.ledger, w.express, "usd", -500, 0);
    check_reserved(&w.ledger, "usd", 500);

    // The debit transfer belongs to the connected account; the platform returns it all.
    w.ledger.reverse_transfer(debit, ReversalParams::default()).unwrap();
    check(&w.ledger, w.express, "usd", 1000, 0);
    check_reserved(&w.ledger, "usd", 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START - 1000, 0);
    assert!(w.ledger.transfer(debit).reversed());
}

#[test]
fn auto_debit_at_the_payout_run_brings_a_negative_balance_back_to_zero() {
    let mut w = world();
    w.fund(w.express, 1000);
    let express = w.id(w.express);
    w.ledger
        .create_charge(AccountId::PLATFORM, debit_by_charge(&express, 3000, "usd"))
        .unwrap();
    check(&w.ledger, w.express, "usd", -2000, 0);
    check_reserved(&w.ledger, "usd", 2000);

    // The first midnight after T0 runs payouts: a negative payout debits the bank.
    let events = w.ledger.advance_clock(T0 + 86_400);
    check(&w.ledger, w.express, "usd", 0, 0);
    check_reserved(&w.ledger, "usd", 0);
    let payouts = w.ledger.books(w.express).indexes.payouts.clone();
    assert_eq!(payouts.len(), 1);
    let payout = w.ledger.payout(payouts[0]);
    assert_eq!((payout.amount.minor_units(), payout.automatic), (-2000, true));
    assert!(event_types(&w.ledger, &events).contains(&"payout.created"));
    assert_eq!(
        txns(&w.ledger, w.express).last(),
        Some(&(TxnType::Payout, 2000, 0, TxnStatus::Available))
    );

    // It arrives two days later.
    let events = w.ledger.advance_clock(T0 + 4 * 86_400);
    assert!(event_types(&w.ledger, &events).contains(&"payout.paid"));
    assert_eq!(w.ledger.payout(payouts[0]).status, PayoutStatus::Paid);
}

#[test]
fn no_auto_debit_without_the_setting_the_bank_or_in_countries_stripe_does_not_debit() {
    // Custom accounts default to debit_negative_balances = false.
    let mut w = world();
    let custom_with_bank = w
        .ledger
        .create_account(account_params("custom", "US", Some("btok_us")))
        .unwrap()
        .value;
    assert!(!w.ledger.account(custom_with_bank).payouts.debit_negative_balances);
    w.fund(custom_with_bank, 100);
    let id = w.id(custom_with_bank);
    w.ledger
        .create_charge(AccountId::PLATFORM, debit_by_charge(&id, 600, "usd"))
        .unwrap();
    w.ledger.advance_clock(T0 + 3 * 86_400);
    check(&w.ledger, custom_with_bank, "usd", -500, 0);
    check_reserved(&w.ledger, "usd", 500);
    assert!(w.ledger.books(custom_with_bank).indexes.payouts.is_empty());

    // JP: negative by a reversal, debit_negative_balances on, bank in jpy: still no debit.
    let mut w = world();
    w.ledger
        .update_account(
            w.jp,
            AccountUpdate {
                debit_negative_balances: Some(true),
                ..AccountUpdate::default()
            },
        )
        .unwrap();
    let jp = w.id(w.jp);
    w.ledger
        .create_charge(AccountId::PLATFORM, card("tok_bypassPending", 100_000, "jpy"))
        .unwrap();
    let transfer = w
        .ledger
        .create_transfer(AccountId::PLATFORM, transfer_to(&jp, 50_000, "jpy"))
        .unwrap()
        .value;
    w.ledger
        .create_charge(w.jp, card("tok_bypassPending", 10_000, "jpy"))
        .unwrap();
    w.ledger
        .create_payout(
            w.jp,
            PayoutParams {
                amount: Input::Given(55_000),
                currency: Some("jpy".into()),
                ..PayoutParams::default()
            },
        )
        .unwrap();
    w.ledger.reverse_transfer(transfer, ReversalParams::default()).unwrap();
    let jp_available = balance(&w.ledger, w.jp, "jpy").0;
    assert!(jp_available < 0);
    w.ledger.advance_clock(T0 + 3 * 86_400);
    check(&w.ledger, w.jp, "jpy", jp_available, 0);
    check_reserved(&w.ledger, "jpy", -jp_available);
}

#[test]
fn card_charges_land_pending_for_two_days_with_the_card_fee() {
    let mut w = world();
    let cases = [
        ("tok_visa", 100, "usd", 33, false),
        ("pm_card_visa", 3340, "usd", 127, false),
        ("tok_mastercard", 65_400, "usd", 1927, false),
        ("tok_bypassPending", 1500, "usd", 74, true),
        // Zero-decimal: ¥1,000 is 1000 minor units; 2.9 % is 29, plus 30.
        ("tok_visa", 1000, "jpy", 59, false),
    ];
    for (token, amount, currency, fee, available_now) in cases {
        let before = balance(&w.ledger, AccountId::PLATFORM, currency);
        let applied = w
            .ledger
            .create_charge(AccountId::PLATFORM, card(token, amount, currency))
            .unwrap();
        let charge = w.ledger.charge(applied.value.charge());
        let txn = w.ledger.balance_transaction(charge.balance_transaction.unwrap());
        assert_eq!(
            (txn.fee.minor_units(), txn.net().minor_units()),
            (fee, amount - fee),
            "{token} {amount}"
        );
        let after = balance(&w.ledger, AccountId::PLATFORM, currency);
        let moved = if available_now {
            (amount - fee, 0)
        } else {
            (0, amount - fee)
        };
        assert_eq!((after.0 - before.0, after.1 - before.1), moved, "{token} {amount}");
        assert_eq!(
            txn.available_on,
            // Pending card funds become available at midnight UTC, two days after the charge's.
            if available_now {
                T0
            } else {
                T0 - T0 % 86_400 + 2 * 86_400
            },
            "{token}"
        );
        // Funds available at once are announced at once, as maturing ones are.
        let expected: &[&str] = if available_now {
            &["charge.succeeded", "balance.available"]
        } else {
            &["charge.succeeded"]
        };
        assert_eq!(event_types(&w.ledger, &applied.events), expected);
    }
    let pending = balance(&w.ledger, AccountId::PLATFORM, "usd").1;
    let available_on = T0 - T0 % 86_400 + 2 * 86_400;
    w.ledger.advance_clock(available_on - 1);
    assert_eq!(balance(&w.ledger, AccountId::PLATFORM, "usd").1, pending);
    w.ledger.advance_clock(available_on);
    assert_eq!(balance(&w.ledger, AccountId::PLATFORM, "usd").1, 0);
    w.ledger.audit().unwrap();
}

#[test]
fn declined_cards_record_a_failed_charge_and_move_no_money() {
    let mut w = world();
    for (token, decline) in [
        ("tok_chargeDeclined", Decline::Generic),
        ("tok_chargeDeclinedInsufficientFunds", Decline::InsufficientFunds),
    ] {
        let before = balance(&w.ledger, AccountId::PLATFORM, "usd");
        let applied = w
            .ledger
            .create_charge(AccountId::PLATFORM, card(token, 2000, "usd"))
            .unwrap();
        let ChargeOutcome::Declined(id, why) = applied.value else {
            panic!("{token} should decline")
        };
        assert_eq!(why, decline);
        assert_eq!(w.ledger.charge(id).status, ChargeStatus::Failed);
        assert_eq!(w.ledger.charge(id).balance_transaction, None);
        assert_eq!(event_types(&w.ledger, &applied.events), ["charge.failed"]);
        assert_eq!(balance(&w.ledger, AccountId::PLATFORM, "usd"), before);
    }
}

#[test]
fn a_destination_charge_transfers_pending_funds_and_the_platform_pays_the_fee() {
    let mut w = world();
    let express = w.id(w.express);
    let applied = w
        .ledger
        .create_charge(
            AccountId::PLATFORM,
            ChargeParams {
                transfer_data: Some(TransferDataParams {
                    destination: Some(express.clone()),
                    amount: Input::Given(8000),
                }),
                ..card("tok_visa", 10_000, "usd")
            },
        )
        .unwrap();
    assert_eq!(
        event_types(&w.ledger, &applied.events),
        ["charge.succeeded", "transfer.created"]
    );
    let charge = w.ledger.charge(applied.value.charge());
    let transfer = w.ledger.transfer(charge.destination.unwrap().transfer.unwrap());
    assert_eq!(transfer.source_transaction, Some(applied.value.charge()));
    check(&w.ledger, w.express, "usd", 0, 8000);
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START,
        10_000 - 320 - 8000,
    );

    w.ledger.advance_clock(T0 + 2 * 86_400);
    check(&w.ledger, w.express, "usd", 8000, 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START + 1680, 0);

    // A refund with reverse_transfer takes back the destination's share: 80 % of 5,000.
    let refund = w
        .ledger
        .create_refund(
            AccountId::PLATFORM,
            RefundParams {
                charge: Some(w.ledger.id_of(Obj::Charge(applied.value.charge())).to_string()),
                amount: Input::Given(5000),
                reverse_transfer: Some(true),
                ..RefundParams::default()
            },
        )
        .unwrap();
    assert!(w.ledger.refund(refund.value).transfer_reversal.is_some());
    check(&w.ledger, w.express, "usd", 4000, 0);
    check(
        &w.ledger,
        AccountId::PLATFORM,
        "usd",
        PLATFORM_START + 1680 - 5000 + 4000,
        0,
    );
}

#[test]
fn transfers_with_source_transaction_use_the_charges_funds() {
    let mut w = world();
    let express = w.id(w.express);
    let charge = w
        .ledger
        .create_charge(AccountId::PLATFORM, card("tok_visa", 10_000, "usd"))
        .unwrap()
        .value
        .charge();
    let charge_id = w.ledger.id_of(Obj::Charge(charge)).to_string();
    let with_source = |amount| TransferParams {
        source_transaction: Some(charge_id.clone()),
        ..transfer_to(&express, amount, "usd")
    };
    w.ledger
        .create_transfer(AccountId::PLATFORM, with_source(6000))
        .unwrap();
    check(&w.ledger, w.express, "usd", 0, 6000);
    let rejection = refused(&mut w.ledger, |l| {
        l.create_transfer(AccountId::PLATFORM, with_source(4001))
    });
    assert!(
        matches!(rejection, Rejection::SourceTransactionInsufficient { .. }),
        "{rejection:?}"
    );
    w.ledger
        .create_transfer(AccountId::PLATFORM, with_source(4000))
        .unwrap();
    check(&w.ledger, w.express, "usd", 0, 10_000);
}

#[test]
fn refunds_full_and_partial_and_over_refunds_refused() {
    let mut w = world();
    let charge = w
        .ledger
        .create_charge(AccountId::PLATFORM, card("tok_bypassPending", 5000, "usd"))
        .unwrap()
        .value
        .charge();
    let id = w.ledger.id_of(Obj::Charge(charge)).to_string();
    let refund = |amount: Option<i64>| RefundParams {
        charge: Some(id.clone()),
        amount: amount.map_or(Input::Missing, Input::Given),
        ..RefundParams::default()
    };
    let before = balance(&w.ledger, AccountId::PLATFORM, "usd").0;
    w.ledger.create_refund(AccountId::PLATFORM, refund(Some(2000))).unwrap();
    let rejection = refused(&mut w.ledger, |l| {
        l.create_refund(AccountId::PLATFORM, refund(Some(3001)))
    });
    assert!(matches!(rejection, Rejection::RefundTooLarge { .. }), "{rejection:?}");
    // No amount refunds what is left.
    w.ledger.create_refund(AccountId::PLATFORM, refund(None)).unwrap();
    assert!(w.ledger.charge(charge).refunded());
    assert_eq!(balance(&w.ledger, AccountId::PLATFORM, "usd").0, before - 5000);
    let rejection = refused(&mut w.ledger, |l| l.create_refund(AccountId::PLATFORM, refund(None)));
    assert!(
        matches!(rejection, Rejection::ChargeAlreadyRefunded { .. }),
        "{rejection:?}"
    );
    // The fee is not returned: the platform is down 5,000 for a charge that netted 4,825.
    w.ledger.audit().unwrap();
}

#[test]
fn reversals_full_and_partial_and_over_reversals_refused() {
    let mut w = world();
    let express = w.id(w.express);
    let transfer = w
        .ledger
        .create_transfer(AccountId::PLATFORM, transfer_to(&express, 5000, "usd"))
        .unwrap()
        .value;
    let reverse = |amount: Option<i64>| ReversalParams {
        amount: amount.map_or(Input::Missing, Input::Given),
        ..ReversalParams::default()
    };
    w.ledger.reverse_transfer(transfer, reverse(Some(1000))).unwrap();
    check(&w.ledger, w.express, "usd", 4000, 0);
    let rejection = refused(&mut w.ledger, |l| l.reverse_transfer(transfer, reverse(Some(4001))));
    assert!(matches!(rejection, Rejection::ReversalTooLarge { .. }), "{rejection:?}");
    w.ledger.reverse_transfer(transfer, reverse(None)).unwrap();
    check(&w.ledger, w.express, "usd", 0, 0);
    check(&w.ledger, AccountId::PLATFORM, "usd", PLATFORM_START, 0);
    let rejection = refused(&mut w.ledger, |l| l.reverse_transfer(transfer, reverse(None)));
    assert!(
        matches!(rejection, Rejection::TransferAlreadyReversed { .. }),
        "{rejection:?}"
    );
}

#[test]
fn manual_payouts_leave_available_funds_and_fail_back_on_failing_bank_numbers() {
    let mut w = world();
    let failing = w
        .ledger
        .create_account(AccountParams {
            external_accounts: vec![BankAccountParams::Details {
                country: Some("US".into()),
                currency: Some("usd".into()),
                account_number: Some("000111111116".into()),
                routing_number: Some("110000000".into()),
                account_holder_name: None,
                status: None,
            }],
            ..account_params("express", "US", None)
        })
        .unwrap()
        .value;
    w.fund(failing, 5000);
    let payout = |amount| PayoutParams {
        amount: Input::Given(amount),
        currency: Some("usd".into()),
        ..PayoutParams::default()
    };
    let rejection = refused(&mut w.ledger, |l| l.create_payout(failing, payout(5001)));
    assert!(
        matches!(rejection, Rejection::BalanceInsufficient { .. }),
        "{rejection:?}"
    );
    let id = w.ledger.create_payout(failing, payout(3000)).unwrap().value;
    check(&w.ledger, failing, "usd", 2000, 0);
    let events = w.ledger.advance_clock(T0 + 2 * 86_400);
    assert!(event_types(&w.ledger, &events).contains(&"payout.failed"));
    let p = w.ledger.payout(id);
    assert_eq!(
        (p.status, p.failure),
        (PayoutStatus::Failed, Some(PayoutFailure::NoAccount))
    );
    check(&w.ledger, failing, "usd", 5000, 0);

    // Without a bank account in the currency there is nowhere to pay out.
    let rejection = refused(&mut w.ledger, |l| l.create_payout(w.custom, payout(1)));
    assert!(
        matches!(rejection, Rejection::NoExternalAccount { .. }),
        "{rejection:?}"
    );
}

#[test]
fn scheduled_payouts_pay_out_the_available_balance() {
    let mut w = world();
    let daily = w
        .ledger
        .create_account(AccountParams {
            schedule: ScheduleParams {
                interval: Some("daily".into()),
                ..ScheduleParams::default()
            },
            ..account_params("express", "US", Some("btok_us"))
        })
        .unwrap()
        .value;
    let weekly = w
        .ledger
        .create_account(AccountParams {
            schedule: ScheduleParams {
                interval: Some("weekly".into()),
                weekly_anchor: Some("friday".into()),
                ..ScheduleParams::default()
            },
            ..account_params("express", "US", Some("btok_us"))
        })
        .unwrap()
        .value;
    w.fund(daily, 7000);
    w.fund(weekly, 7000);
    // Automatic schedules refuse manual payouts.
    let rejection = refused(&mut w.ledger, |l| {
        l.create_payout(
            daily,
            PayoutParams {
                amount: Input::Given(1),
                currency: Some("usd".into()),
                ..PayoutParams::default()
            },
        )
    });
    assert!(
        matches!(rejection, Rejection::AutomaticPayoutsEnabled { .. }),
        "{rejection:?}"
    );

    // T0 is a Sunday: the daily account pays out at Monday's midnight, the weekly one on
    // Friday's.
    w.ledger.advance_clock(T0 + 86_400);
    check(&w.ledger, daily, "usd", 0, 0);
    check(&w.ledger, weekly, "usd", 7000, 0);
    w.ledger.advance_clock(T0 + 5 * 86_400);
    check(&w.ledger, weekly, "usd", 0, 0);
    let payout = w.ledger.payout(w.ledger.books(daily).indexes.payouts[0]);
    assert_eq!((payout.amount.minor_units(), payout.automatic), (7000, true));
}

#[test]
fn accounts_get_the_controller_their_type_maps_to_and_explicit_overrides() {
    let mut w = world();
    let cases = [
        (
            "standard",
            Liability::Stripe,
            RequirementCollector::Stripe,
            FeePayer::Account,
            Dashboard::Full,
        ),
        (
            "express",
            Liability::Application,
            RequirementCollector::Stripe,
            FeePayer::ApplicationExpress,
            Dashboard::Express,
        ),
        (
            "custom",
            Liability::Application,
            RequirementCollector::Application,
            FeePayer::ApplicationCustom,
            Dashboard::None,
        ),
    ];
    for (kind, losses, collection, payer, dashboard) in cases {
        let id = w.ledger.create_account(account_params(kind, "US", None)).unwrap().value;
        let Role::Connected { controller, .. } = w.ledger.account(id).role else {
            panic!("connected")
        };
        assert_eq!(
            controller,
            Controller {
                losses,
                requirement_collection: collection,
                fees_payer: payer,
                dashboard
            },
            "{kind}"
        );
    }
    let overridden = w
        .ledger
        .create_account(AccountParams {
            controller: ControllerParams {
                losses_payments: Some("stripe".into()),
                ..ControllerParams::default()
            },
            ..account_params("express", "US", None)
        })
        .unwrap()
        .value;
    assert_eq!(w.ledger.account(overridden).liability(), Some(Liability::Stripe));
}

#[test]
fn amounts_that_would_overflow_are_refused_not_wrapped() {
    let mut w = world();
    let (express, platform) = (w.id(w.express), w.platform_id.clone());
    // A platform-managed account with a bank may be debited below zero without limit, until
    // its balance or the platform's reserve would no longer fit in an i64.
    for _ in 0..2 {
        w.ledger
            .create_charge(AccountId::PLATFORM, debit_by_charge(&express, i64::MAX / 2, "usd"))
            .unwrap();
        w.ledger.audit().unwrap();
    }
    check_reserved(&w.ledger, "usd", i64::MAX - 1);
    let rejection = refused(&mut w.ledger, |l| {
        l.create_charge(AccountId::PLATFORM, debit_by_charge(&express, 2, "usd"))
    });
    assert!(matches!(rejection, Rejection::AmountTooLarge { .. }), "{rejection:?}");
    let rejection = refused(&mut w.ledger, |l| {
        l.create_transfer(w.express, debit_by_transfer(&platform, i64::MAX, "usd"))
    });
    assert!(matches!(rejection, Rejection::AmountTooLarge { .. }), "{rejection:?}");
    // Card charges stop at Stripe's maximum.
    let rejection = refused(&mut w.ledger, |l| {
        l.create_charge(AccountId::PLATFORM, card("tok_visa", 100_000_000, "usd"))
    });
    assert!(matches!(rejection, Rejection::AmountTooLarge { .. }), "{rejection:?}");
}

#[test]
fn the_same_seed_and_operations_give_the_same_world() {
    let build = |seed| {
        let mut ledger = Ledger::new(seed, T0, platform_params(true)).unwrap();
        let a = ledger
            .create_account(account_params("express", "US", Some("btok_us")))
            .unwrap()
            .value;
        let id = ledger.account(a).id.to_string();
        ledger
            .create_charge(AccountId::PLATFORM, card("tok_visa", 5000, "usd"))
            .unwrap();
        ledger
            .create_charge(AccountId::PLATFORM, debit_by_charge(&id, 100, "usd"))
            .unwrap();
        ledger.advance_clock(T0 + 5 * 86_400);
        ledger
    };
    assert_eq!(build(1), build(1));
    assert_eq!(format!("{:?}", build(1)), format!("{:?}", build(1)));
    assert_ne!(build(1), build(2));
}

#[test]
fn a_platform_transfer_to_itself_with_a_reference_debits_the_referenced_account() {
    // The managed-risk page's curl sends no Stripe-Account header; the reference names the
    // account to debit.
    let mut w = world();
    let charge = w
        .ledger
        .create_charge(w.standard, card("tok_bypassPending", 10_000, "usd"))
        .unwrap()
        .value
        .charge();
    let (platform, charge_id) = (w.platform_id.clone(), w.ledger.id_of(Obj::Charge(charge)).to_string());
    let applied = w
        .ledger
        .create_transfer(
            AccountId::PLATFORM,
            TransferParams {
                reference_transaction: Some(reference("charge", &charge_id)),
                ..debit_by_transfer(&platform, 500, "usd")
            },
        )
        .unwrap();
    let transfer = w.ledger.transfer(applied.value);
    assert_eq!((transfer.from, transfer.to), (w.standard, AccountId::PLATFORM));
    check(&w.ledger, w.standard, "usd", 10_000 - 320 - 500, 0);
    // Without a reference it is a transfer to oneself.
    let rejection = refused(&mut w.ledger, |l| {
        l.create_transfer(AccountId::PLATFORM, debit_by_transfer(&platform, 500, "usd"))
    });
    assert!(matches!(rejection, Rejection::TransferToSelf { .. }), "{rejection:?}");
}

#[test]
fn an_automatic_payout_knows_which_balance_transactions_it_paid_out() {
    let mut w = world();
    let daily = w
        .ledger
        .create_account(AccountParams {
            schedule: ScheduleParams {
                interval: Some("daily".into()),
                ..ScheduleParams::default()
            },
            ..account_params("express", "US", Some("btok_us"))
        })
        .unwrap()
        .value;
    w.fund(daily, 3000);
    w.fund(daily, 4000);
    w.ledger.advance_clock(T0 + 86_400);
    let first = w.ledger.books(daily).indexes.payouts[0];
    // Funds after the first payout run belong to the second.
    w.fund(daily, 500);
    w.ledger.advance_clock(T0 + 2 * 86_400);
    let second = w.ledger.books(daily).indexes.payouts[1];
    let txns = w.ledger.books(daily).indexes.balance_transactions.clone();
    let covered = |payout| {
        let paid_out = w.ledger.paid_out_by(payout).expect("automatic");
        txns.iter()
            .filter(|t| paid_out(**t))
            .map(|t| w.ledger.balance_transaction(*t).amount.minor_units())
            .collect::<Vec<_>>()
    };
    assert_eq!(covered(first), vec![3000, 4000, -7000]);
    assert_eq!(covered(second), vec![500, -500]);

    // A manual payout pays out an amount, not transactions.
    w.fund(w.standard, 100);
    let manual = w
        .ledger
        .create_payout(
            w.standard,
            PayoutParams {
                amount: Input::Given(100),
                currency: Some("usd".into()),
                ..PayoutParams::default()
            },
        )
        .unwrap()
        .value;
    assert!(w.ledger.paid_out_by(manual).is_none());
}
