//! Every row of debit-rules §7 that the ledger owns (rows 1 and 3 — the API key and unknown
//! parameters — belong to the HTTP layer and are tested there): the exact rejection, its row
//! and parameter, the state unchanged, and the order between rows.

use debitsim::ledger::*;
use debitsim::server::refusals::message;

use super::world::*;

/// One request, as the account it acts as (`None` = the platform; `Some(id)` = the
/// `Stripe-Account` header) and the operation.
enum Request {
    Charge(Option<String>, ChargeParams),
    Transfer(Option<String>, TransferParams),
}

fn run(ledger: &mut Ledger, request: Request) -> Result<(), Rejection> {
    match request {
        Request::Charge(actor, params) => {
            let actor = ledger.acting_as(actor.as_deref())?;
            ledger.create_charge(actor, params).map(|_| ())
        }
        Request::Transfer(actor, params) => {
            let actor = ledger.acting_as(actor.as_deref())?;
            ledger.create_transfer(actor, params).map(|_| ())
        }
    }
}

/// Runs `request`, expecting rejection by `row` on `param`, with nothing changed.
#[track_caller]
fn check_refused(w: &mut World, name: &str, request: Request, row: u8, param: Option<&str>) -> Rejection {
    let before = w.ledger.clone();
    let rejection = run(&mut w.ledger, request).expect_err(name);
    assert_eq!(
        debitsim::server::refusals::refusal(&rejection).row,
        Some(row),
        "{name}: {rejection:?}"
    );
    assert_eq!(
        debitsim::server::refusals::refusal(&rejection).param.as_deref(),
        param,
        "{name}: {rejection:?}"
    );
    assert!(w.ledger == before, "{name}: the refused request changed the ledger");
    rejection
}

fn as_account(w: &World, account: AccountId) -> Option<String> {
    Some(w.id(account))
}

/// A world where the express account holds 1,000 usd and the standard account has a charge.
fn setup() -> (World, String) {
    let mut w = world();
    w.fund(w.express, 1000);
    w.fund(w.custom, 1000);
    let charge = w
        .ledger
        .create_charge(w.standard, card("tok_bypassPending", 5000, "usd"))
        .unwrap()
        .value
        .charge();
    let charge = w.ledger.id_of(Obj::Charge(charge)).to_string();
    (w, charge)
}

#[test]
fn each_row_refuses_with_its_code_and_parameter_and_changes_nothing() {
    let (mut w, standard_charge) = setup();
    let platform = w.platform_id.clone();
    let (express, custom, standard, gb) = (w.id(w.express), w.id(w.custom), w.id(w.standard), w.id(w.gb));
    let express_actor = as_account(&w, w.express);
    let standard_actor = as_account(&w, w.standard);
    let debit = |amount: i64, currency: &str| debit_by_transfer(&platform, amount, currency);

    type Case = (&'static str, Request, u8, Option<&'static str>);
    let cases: Vec<Case> = vec![
        (
            "row 2: Stripe-Account of no account of this platform",
            Request::Transfer(Some("acct_1NotConnected00000".into()), debit(100, "usd")),
            2,
            None,
        ),
        (
            "row 4: amount missing (transfer)",
            Request::Transfer(
                express_actor.clone(),
                TransferParams {
                    amount: Input::Missing,
                    ..debit(100, "usd")
                },
            ),
            4,
            Some("amount"),
        ),
        (
            "row 4: currency missing (transfer)",
            Request::Transfer(
                express_actor.clone(),
                TransferParams {
                    currency: None,
                    ..debit(100, "usd")
                },
            ),
            4,
            Some("currency"),
        ),
        (
            "row 4: destination missing",
            Request::Transfer(
                express_actor.clone(),
                TransferParams {
                    destination: None,
                    ..debit(100, "usd")
                },
            ),
            4,
            Some("destination"),
        ),
        (
            "row 4: source missing (charge)",
            Request::Charge(
                None,
                ChargeParams {
                    source: None,
                    ..debit_by_charge(&express, 100, "usd")
                },
            ),
            4,
            Some("source"),
        ),
        (
            "row 4: amount missing (charge)",
            Request::Charge(
                None,
                ChargeParams {
                    amount: Input::Missing,
                    ..debit_by_charge(&express, 100, "usd")
                },
            ),
            4,
            Some("amount"),
        ),
        (
            "row 5: amount not an integer",
            Request::Transfer(
                express_actor.clone(),
                TransferParams {
                    amount: Input::Malformed("15.00".into()),
                    ..debit(100, "usd")
                },
            ),
            5,
            Some("amount"),
        ),
        (
            "row 5: amount zero",
            Request::Transfer(express_actor.clone(), debit(0, "usd")),
            5,
            Some("amount"),
        ),
        (
            "row 5: amount negative",
            Request::Charge(None, debit_by_charge(&express, -5, "usd")),
            5,
            Some("amount"),
        ),
        (
            "row 6: currency unsupported",
            Request::Transfer(express_actor.clone(), debit(100, "xyz")),
            6,
            Some("currency"),
        ),
        (
            "row 7: destination unknown",
            Request::Transfer(
                express_actor.clone(),
                debit_by_transfer("acct_1Unknown0000000", 100, "usd"),
            ),
            7,
            Some("destination"),
        ),
        (
            "row 7: source account unknown",
            Request::Charge(None, debit_by_charge("acct_1Unknown0000000", 100, "usd")),
            7,
            Some("source"),
        ),
        (
            "row 7: source account of another platform (acting as a connected account)",
            Request::Charge(express_actor.clone(), debit_by_charge(&custom, 100, "usd")),
            7,
            Some("source"),
        ),
        (
            "row 8: acting as a connected account, destination another connected account",
            Request::Transfer(express_actor.clone(), debit_by_transfer(&custom, 100, "usd")),
            8,
            Some("destination"),
        ),
        (
            "row 9: flow A on a Stripe-managed account",
            Request::Charge(None, debit_by_charge(&standard, 100, "usd")),
            9,
            Some("source"),
        ),
        (
            "row 10: Stripe-managed, reference_transaction missing",
            Request::Transfer(standard_actor.clone(), debit(100, "usd")),
            10,
            Some("reference_transaction"),
        ),
        (
            "row 11: reference_transaction[type] neither charge nor payout",
            Request::Transfer(
                standard_actor.clone(),
                TransferParams {
                    reference_transaction: Some(ReferenceParams {
                        kind: Some("refund".into()),
                        charge: None,
                        payout: None,
                    }),
                    ..debit(100, "usd")
                },
            ),
            11,
            Some("reference_transaction[type]"),
        ),
        (
            "row 11: the id for the type missing",
            Request::Transfer(
                standard_actor.clone(),
                TransferParams {
                    reference_transaction: Some(ReferenceParams {
                        kind: Some("charge".into()),
                        charge: None,
                        payout: None,
                    }),
                    ..debit(100, "usd")
                },
            ),
            11,
            Some("reference_transaction[charge]"),
        ),
        (
            "row 11: payout id missing",
            Request::Transfer(
                standard_actor.clone(),
                TransferParams {
                    reference_transaction: Some(ReferenceParams {
                        kind: Some("payout".into()),
                        charge: None,
                        payout: None,
                    }),
                    ..debit(100, "usd")
                },
            ),
            11,
            Some("reference_transaction[payout]"),
        ),
        (
            "row 12: referenced charge not on this account",
            Request::Transfer(
                standard_actor.clone(),
                TransferParams {
                    reference_transaction: Some(reference("charge", "ch_1NoSuchCharge0000000000")),
                    ..debit(100, "usd")
                },
            ),
            12,
            Some("reference_transaction[charge]"),
        ),
        (
            "row 12: referenced payout not found",
            Request::Transfer(
                standard_actor.clone(),
                TransferParams {
                    reference_transaction: Some(reference("payout", "po_1NoSuchPayout0000000000")),
                    ..debit(100, "usd")
                },
            ),
            12,
            Some("reference_transaction[payout]"),
        ),
        (
            "row 12: a charge reference given as a payout",
            Request::Transfer(
                standard_actor.clone(),
                TransferParams {
                    reference_transaction: Some(reference("payout", &standard_charge)),
                    ..debit(100, "usd")
                },
            ),
            12,
            Some("reference_transaction[payout]"),
        ),
        (
            "row 13: platform and account in different regions",
            Request::Charge(None, debit_by_charge(&gb, 100, "gbp")),
            13,
            None,
        ),
        (
            "row 14: currency other than the account's default",
            Request::Charge(None, debit_by_charge(&express, 100, "eur")),
            14,
            Some("currency"),
        ),
        (
            "row 15: no bank account, would go negative",
            Request::Charge(None, debit_by_charge(&custom, 1001, "usd")),
            15,
            None,
        ),
    ];
    let count = cases.len();
    for (name, request, row, param) in cases {
        check_refused(&mut w, name, request, row, param);
    }
    assert_eq!(count, 25);
}

#[test]
fn a_reference_on_another_accounts_charge_is_not_found() {
    let (mut w, standard_charge) = setup();
    // A second Stripe-managed account cannot reference the first one's charge.
    let other = w
        .ledger
        .create_account(account_params("standard", "US", Some("btok_us")))
        .unwrap()
        .value;
    let platform = w.platform_id.clone();
    let actor = as_account(&w, other);
    let rejection = check_refused(
        &mut w,
        "row 12: another account's charge",
        Request::Transfer(
            actor,
            TransferParams {
                reference_transaction: Some(reference("charge", &standard_charge)),
                ..debit_by_transfer(&platform, 100, "usd")
            },
        ),
        12,
        Some("reference_transaction[charge]"),
    );
    assert_eq!(message(&rejection), format!("No such charge: '{standard_charge}'"));
}

#[test]
fn an_account_outside_every_region_cannot_be_debited() {
    let mut w = world();
    let sg = w
        .ledger
        .create_account(account_params("custom", "SG", Some("btok_sg")))
        .unwrap()
        .value;
    let id = w.id(sg);
    let rejection = check_refused(
        &mut w,
        "row 13: outside every region",
        Request::Charge(None, debit_by_charge(&id, 100, "sgd")),
        13,
        None,
    );
    assert!(message(&rejection).contains("SG"), "{rejection:?}");
}

#[test]
fn reserves_disabled_refuses_going_negative_even_with_a_bank_account() {
    let mut w = world_with(false);
    w.fund(w.express, 1000);
    let express = w.id(w.express);
    check_refused(
        &mut w,
        "row 15: reserves disabled",
        Request::Charge(None, debit_by_charge(&express, 1001, "usd")),
        15,
        None,
    );
}

/// When several rows fail, the first in the table's order is the one reported.
#[test]
fn the_first_failing_row_wins() {
    let (mut w, _) = setup();
    let platform = w.platform_id.clone();
    let custom = w.id(w.custom);
    let express_actor = as_account(&w, w.express);
    let gb_actor = as_account(&w, w.gb);
    let cases: Vec<(&str, Request, u8, Option<&str>)> = vec![
        (
            "2 before 4",
            Request::Transfer(Some("acct_1Nobody0000000000".into()), TransferParams::default()),
            2,
            None,
        ),
        (
            "4 (amount) before 4 (destination) before 5",
            Request::Transfer(express_actor.clone(), TransferParams::default()),
            4,
            Some("amount"),
        ),
        (
            "4 before 5",
            Request::Transfer(
                express_actor.clone(),
                TransferParams {
                    amount: Input::Malformed("x".into()),
                    destination: None,
                    ..debit_by_transfer(&platform, 1, "usd")
                },
            ),
            4,
            Some("destination"),
        ),
        (
            "5 before 6",
            Request::Transfer(express_actor.clone(), debit_by_transfer(&platform, -1, "zzz")),
            5,
            Some("amount"),
        ),
        (
            "6 before 7",
            Request::Transfer(
                express_actor.clone(),
                debit_by_transfer("acct_1Nowhere000000000", 1, "zzz"),
            ),
            6,
            Some("currency"),
        ),
        (
            "7 before 8",
            Request::Transfer(
                express_actor.clone(),
                debit_by_transfer("acct_1Nowhere000000000", 1, "usd"),
            ),
            7,
            Some("destination"),
        ),
        (
            "8 before 13",
            Request::Transfer(gb_actor.clone(), debit_by_transfer(&custom, 1, "usd")),
            8,
            Some("destination"),
        ),
        (
            "13 before 14 before 15",
            Request::Transfer(gb_actor.clone(), debit_by_transfer(&platform, 999_999_999, "usd")),
            13,
            None,
        ),
        (
            "14 before 15",
            Request::Charge(None, debit_by_charge(&custom, 999_999_999, "eur")),
            14,
            Some("currency"),
        ),
    ];
    for (name, request, row, param) in cases {
        check_refused(&mut w, name, request, row, param);
    }
}

#[test]
fn stripe_managed_rows_10_to_12_come_before_region_currency_and_balance() {
    let mut w = world();
    // A Stripe-managed account in GB: cross-region, yet the missing reference is reported.
    let gb_standard = w
        .ledger
        .create_account(account_params("standard", "GB", Some("btok_gb")))
        .unwrap()
        .value;
    let platform = w.platform_id.clone();
    let actor = as_account(&w, gb_standard);
    check_refused(
        &mut w,
        "10 before 13",
        Request::Transfer(actor.clone(), debit_by_transfer(&platform, 1, "usd")),
        10,
        Some("reference_transaction"),
    );
    check_refused(
        &mut w,
        "12 before 13",
        Request::Transfer(
            actor.clone(),
            TransferParams {
                reference_transaction: Some(reference("charge", "ch_1Nothing")),
                ..debit_by_transfer(&platform, 1, "usd")
            },
        ),
        12,
        Some("reference_transaction[charge]"),
    );
    // With a real reference on it, the region rule reports next.
    let charge = w
        .ledger
        .create_charge(gb_standard, card("tok_bypassPending", 1000, "gbp"))
        .unwrap()
        .value
        .charge();
    let charge = w.ledger.id_of(Obj::Charge(charge)).to_string();
    check_refused(
        &mut w,
        "13 after 12",
        Request::Transfer(
            actor,
            TransferParams {
                reference_transaction: Some(reference("charge", &charge)),
                ..debit_by_transfer(&platform, 1, "gbp")
            },
        ),
        13,
        None,
    );
}
