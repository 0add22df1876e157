//! The life of an account in the ledger (issue 13): each new operation's preconditions in
//! their documented order, each refusal changing nothing, and money kept whole.

use debitsim::fixtures::Fixtures;
use debitsim::ledger::*;

/// The built-in fixtures' world: a platform and the six connected accounts of docs/fixtures.md.
fn built() -> Ledger {
    Fixtures::builtin().build(7, 1_795_186_800).unwrap()
}

fn refused_unchanged<T: std::fmt::Debug>(
    ledger: &mut Ledger,
    op: impl FnOnce(&mut Ledger) -> Result<T, Rejection>,
) -> Rejection {
    let before = ledger.clone();
    let rejection = op(ledger).expect_err("refused");
    assert_eq!(*ledger, before, "a refusal changes nothing ({rejection:?})");
    rejection
}

fn id(ledger: &Ledger, name: &str) -> AccountId {
    ledger.find_account(name).unwrap()
}

#[test]
fn reject_checks_reason_then_platform_then_liability_then_state() {
    let mut ledger = built();
    let express = id(&ledger, "acct_1SimExpressUS001");
    let standard = id(&ledger, "acct_1SimStandardUS01");
    let r = refused_unchanged(&mut ledger, |l| l.reject_account(AccountId::PLATFORM, None));
    assert_eq!(r, Rejection::ParameterMissing { param: "reason" });
    let r = refused_unchanged(&mut ledger, |l| l.reject_account(AccountId::PLATFORM, Some("x")));
    assert!(matches!(r, Rejection::InvalidChoice { .. }), "{r:?}");
    let r = refused_unchanged(&mut ledger, |l| l.reject_account(AccountId::PLATFORM, Some("fraud")));
    assert_eq!(r, Rejection::PlatformNotUpdatable);
    let r = refused_unchanged(&mut ledger, |l| l.reject_account(standard, Some("fraud")));
    assert!(matches!(r, Rejection::RejectStripeManaged { .. }), "{r:?}");
    ledger.reject_account(express, Some("terms_of_service")).unwrap();
    assert_eq!(
        ledger.account(express).capability("transfers"),
        Some(CapabilityStatus::Disabled)
    );
    let r = refused_unchanged(&mut ledger, |l| l.reject_account(express, Some("fraud")));
    assert!(matches!(r, Rejection::AccountAlreadyRejected { .. }), "{r:?}");
    assert!(ledger.audit().is_ok());
}

#[test]
fn delete_checks_platform_then_balance_then_payouts() {
    let mut ledger = built();
    let express = id(&ledger, "acct_1SimExpressUS001");
    let r = refused_unchanged(&mut ledger, |l| l.delete_account(AccountId::PLATFORM));
    assert_eq!(r, Rejection::PlatformNotDeletable);
    let r = refused_unchanged(&mut ledger, |l| l.delete_account(express));
    assert!(matches!(r, Rejection::AccountBalanceNotZero { .. }), "{r:?}");
    // Paid out to zero, it may go only once the payout has arrived.
    let matured = ledger.now() + 3 * DAY;
    ledger.advance_clock(matured);
    let available = ledger.books(express).available(Currency::USD).minor_units();
    let pending = ledger
        .books(express)
        .balance(Currency::USD)
        .unwrap()
        .pending
        .minor_units();
    assert_eq!(pending, 0, "its card funds have matured");
    ledger
        .create_payout(
            express,
            PayoutParams {
                amount: Input::Given(available),
                currency: Some("usd".into()),
                ..PayoutParams::default()
            },
        )
        .unwrap();
    let r = refused_unchanged(&mut ledger, |l| l.delete_account(express));
    assert!(matches!(r, Rejection::AccountPayoutInTransit { .. }), "{r:?}");
    let later = ledger.now() + 5 * DAY;
    ledger.advance_clock(later);
    ledger.delete_account(express).unwrap();
    assert_eq!(ledger.find_account("acct_1SimExpressUS001"), None);
    assert!(ledger.account(express).deleted);
    assert!(ledger.audit().is_ok());
}

#[test]
fn bank_account_deletion_keeps_the_default_currencys_default_and_a_default_among_others() {
    let mut ledger = built();
    let custom = id(&ledger, "acct_1SimCustomUSNoBk");
    assert!(!ledger.may_go_negative(custom, Currency::USD));
    let add = |l: &mut Ledger, token: &str| {
        l.create_bank_account(
            custom,
            BankAccountCreate {
                external_account: Some(BankAccountParams::Token(token.into())),
                default_for_currency: None,
                metadata: None,
            },
        )
        .unwrap()
        .value
    };
    let first = add(&mut ledger, "btok_us");
    let second = add(&mut ledger, "btok_us");
    assert!(
        ledger.may_go_negative(custom, Currency::USD),
        "a usd bank account: §6 allows it"
    );
    // The default of the account's own currency never goes, not even as the last one.
    let r = refused_unchanged(&mut ledger, |l| l.delete_bank_account(first));
    assert!(
        matches!(r, Rejection::DefaultCurrencyBankAccountNotDeletable { .. }),
        "{r:?}"
    );
    ledger.delete_bank_account(second).unwrap();
    let r = refused_unchanged(&mut ledger, |l| l.delete_bank_account(first));
    assert!(
        matches!(r, Rejection::DefaultCurrencyBankAccountNotDeletable { .. }),
        "{r:?}"
    );
    assert!(ledger.may_go_negative(custom, Currency::USD), "the usd default stays");
    // Another currency's default goes only as the last of its currency.
    let gbp = add(&mut ledger, "btok_gb");
    let other = add(&mut ledger, "btok_gb");
    let r = refused_unchanged(&mut ledger, |l| l.delete_bank_account(gbp));
    assert!(matches!(r, Rejection::DefaultBankAccountNotDeletable { .. }), "{r:?}");
    ledger.delete_bank_account(other).unwrap();
    ledger.delete_bank_account(gbp).unwrap();
    assert!(
        !ledger.may_go_negative(custom, Currency::GBP),
        "no gbp bank account left"
    );
    let r = refused_unchanged(&mut ledger, |l| {
        l.create_bank_account(
            custom,
            BankAccountCreate {
                external_account: None,
                default_for_currency: None,
                metadata: None,
            },
        )
    });
    assert_eq!(
        r,
        Rejection::ParameterMissing {
            param: "external_account"
        }
    );
}

#[test]
fn payout_cancel_and_reverse_check_in_order_and_keep_money_whole() {
    let mut ledger = built();
    let express = id(&ledger, "acct_1SimExpressUS001");
    let payout = ledger
        .create_payout(
            express,
            PayoutParams {
                amount: Input::Given(300),
                currency: Some("usd".into()),
                ..PayoutParams::default()
            },
        )
        .unwrap()
        .value;
    let r = refused_unchanged(&mut ledger, |l| l.reverse_payout(payout, None));
    assert!(matches!(r, Rejection::PayoutCancelInstead { .. }), "{r:?}");
    let later = ledger.now() + 5 * DAY;
    ledger.advance_clock(later);
    let r = refused_unchanged(&mut ledger, |l| l.cancel_payout(payout));
    assert!(
        matches!(
            r,
            Rejection::PayoutNotCancelable {
                status: PayoutStatus::Paid,
                ..
            }
        ),
        "{r:?}"
    );
    let reversal = ledger.reverse_payout(payout, None).unwrap().value;
    assert_eq!(ledger.payout(reversal).amount, Amount::new(-300));
    assert_eq!(ledger.payout(payout).reversed_by, Some(reversal));
    let r = refused_unchanged(&mut ledger, |l| l.reverse_payout(payout, None));
    assert!(matches!(r, Rejection::PayoutAlreadyReversed { .. }), "{r:?}");
    let r = refused_unchanged(&mut ledger, |l| l.cancel_payout(reversal));
    assert!(matches!(r, Rejection::PayoutIsADebit { .. }), "{r:?}");
    assert!(ledger.audit().is_ok());
}

#[test]
fn required_onboarding_holds_money_until_nothing_is_due() {
    let mut ledger = built();
    ledger.set_onboarding_required(true);
    let account = ledger
        .create_account(AccountParams {
            account_type: Some("custom".into()),
            ..AccountParams::default()
        })
        .unwrap()
        .value;
    assert!(!ledger.account(account).onboarding.details_submitted);
    assert_eq!(
        ledger.account(account).capability("transfers"),
        Some(CapabilityStatus::Inactive)
    );
    let id = ledger.account(account).id.to_string();
    let r = refused_unchanged(&mut ledger, |l| {
        l.create_transfer(
            AccountId::PLATFORM,
            TransferParams {
                amount: Input::Given(100),
                currency: Some("usd".into()),
                destination: Some(id.clone()),
                ..TransferParams::default()
            },
        )
    });
    assert!(matches!(r, Rejection::InsufficientCapabilities { .. }), "{r:?}");
    let due = ledger.now_view().currently_due(account);
    assert!(due.contains(&"business_type".to_owned()), "{due:?}");
}

#[test]
fn the_fixtures_and_the_flag_decide_how_new_accounts_start() {
    let instant = Fixtures::builtin();
    assert!(!instant.onboarding_required());
    let required = Fixtures::builtin().with_onboarding(true);
    assert!(required.build(1, 1_795_186_800).unwrap().onboarding_required());
    assert_ne!(
        required.hash(),
        instant.hash(),
        "a state directory is tied to the setting that built it"
    );
    assert_eq!(Fixtures::builtin().with_onboarding(false).hash(), instant.hash());
    let json = debitsim::fixtures::DEFAULT_FIXTURES.replacen('{', r#"{"onboarding": "required","#, 1);
    let from_file = Fixtures::parse(&json).unwrap();
    assert!(from_file.onboarding_required());
    let world = from_file.build(1, 1_795_186_800).unwrap();
    let express = world.find_account("acct_1SimExpressUS001").unwrap();
    assert!(
        world.account(express).onboarding.details_submitted,
        "fixture accounts are onboarded"
    );
    let bogus = debitsim::fixtures::DEFAULT_FIXTURES.replacen('{', r#"{"onboarding": "later","#, 1);
    assert!(Fixtures::parse(&bogus).is_err());
}
