//! The dashboard's balance charts: the tallies `Charts` keeps between draws give exactly the
//! samples of a full pass over every balance transaction, however the draws and the world's
//! changes interleave (random workloads from the ledger's strategies, clock moves included).

use debitsim::ledger::strategies::{operations, world};
use debitsim::ledger::{AccountId, Currency, Ledger};
use debitsim::server::charts::{Charts, full};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

/// Every account and every currency it has held, and its default one.
fn charted(ledger: &Ledger) -> Vec<(AccountId, Currency)> {
    std::iter::once(AccountId::PLATFORM)
        .chain(ledger.connected_account_ids())
        .flat_map(|account| {
            let books = ledger.books(account);
            let default = ledger.account(account).default_currency;
            std::iter::once(default)
                .chain(books.balances.iter().map(|b| b.currency))
                .map(move |currency| (account, currency))
        })
        .collect()
}

fn config() -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(200),
        rng_seed: RngSeed::Fixed(0x00c4_a775),
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn kept_tallies_draw_what_a_full_pass_draws(
        spec in world(),
        ops in operations(30..60),
        draw_every in 1usize..6,
        points in prop::sample::select(vec![2usize, 3, 7, 120, 1000]),
    ) {
        let mut ledger = spec.build();
        let mut charts = Charts::default();
        for (n, op) in ops.iter().enumerate() {
            let _ = op.apply(&mut ledger);
            if n % draw_every != 0 {
                continue;
            }
            for (account, currency) in charted(&ledger) {
                let kept = charts.sample(&ledger, account, currency, points);
                prop_assert_eq!(kept, full(&ledger, account, currency, points), "after {:?}", op);
            }
        }
        // Drawn from the tallies every time, never recounted: the comparison above was of
        // the tallies themselves.
        prop_assert_eq!(charts.recounts(), 0);
    }
}
