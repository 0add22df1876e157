//! Currency conversion: the world's table of exchange rates, the rate between two currencies,
//! and converting an amount in minor units at a rate, rounded as debitsim rounds
//! (docs/behaviour.md, "Money across currencies").
//!
//! Stripe converts at its own rates of the moment, which a simulator cannot know; debitsim
//! converts at a fixed table instead, so the same operations always give the same cents. A
//! rate is kept to six decimal places, as an integer of millionths, so a rate shown is
//! exactly the rate used.

use std::fmt;

use crate::ledger::codec::{Image, ImageError, Reader, Writer};

use super::money::{Amount, Currency};

/// Millionths in one.
const PPM: i128 = 1_000_000;

/// An exchange rate, in millionths: `Rate(1_234_000)` is 1.234. From currency A to B it is
/// what an amount of A, in major units, is multiplied by to give B, as Stripe's
/// `exchange_rate` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(i64);

impl Rate {
    /// The rate of `millionths` / 1,000,000; `None` unless positive.
    pub fn from_millionths(millionths: i64) -> Option<Rate> {
        (millionths > 0).then_some(Rate(millionths))
    }

    /// Parses a decimal such as `0.92` or `151`, with at most six decimal places; `None` for
    /// anything else, zero and negative rates included.
    pub fn parse(text: &str) -> Option<Rate> {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 6 {
            return None;
        }
        let whole: i64 = whole.parse().ok()?;
        let mut fraction_ppm: i64 = 0;
        for (i, b) in fraction.bytes().enumerate() {
            fraction_ppm += i64::from(b - b'0') * 10_i64.pow(5 - i as u32);
        }
        Rate::from_millionths(whole.checked_mul(1_000_000)?.checked_add(fraction_ppm)?)
    }

    pub fn millionths(self) -> i64 {
        self.0
    }
}

/// The rate as Stripe writes `exchange_rate`: a decimal number without trailing zeros.
impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, fraction) = (self.0 / 1_000_000, self.0 % 1_000_000);
        if fraction == 0 {
            return write!(f, "{whole}");
        }
        let digits = format!("{fraction:06}");
        write!(f, "{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// How a balance transaction took part in a currency conversion. Conservation counts the
/// money that leaves one currency and enters another as it counts money that crosses the
/// world's boundary (docs/behaviour.md §3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Conversion {
    /// No conversion: the money stays in its currency.
    #[default]
    None,
    /// The side of a conversion in the currency converted from (or, for the application fee
    /// of a converted payment, into the platform's currency): its net leaves or enters this
    /// currency, and Stripe shows no rate on it.
    Crossed,
    /// The side in the settlement currency, converted at this rate from the currency the
    /// money was sent in: Stripe's `exchange_rate`.
    Converted(Rate),
}

impl Conversion {
    /// Whether the transaction's net moves between currencies.
    pub fn crosses(self) -> bool {
        self != Conversion::None
    }

    /// The rate Stripe shows as `exchange_rate`.
    pub fn exchange_rate(self) -> Option<Rate> {
        match self {
            Conversion::Converted(rate) => Some(rate),
            _ => None,
        }
    }
}

/// The world's exchange rates: how many units of each currency one US dollar buys. The rate
/// between two currencies is the ratio of theirs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExchangeRates {
    /// Per currency, sorted by currency, its units per US dollar.
    per_usd: Vec<(Currency, Rate)>,
}

/// debitsim's table *(choice)*: round figures near the mid-market rates of 2024, not live
/// rates, so that a test's cents never change. `usd` is 1 by definition. Fixtures may add
/// currencies or change these (`exchange_rates`).
const DEFAULT_PER_USD: &[(&str, &str)] = &[
    ("aud", "1.5"),
    ("brl", "5"),
    ("cad", "1.35"),
    ("chf", "0.9"),
    ("czk", "23"),
    ("dkk", "6.9"),
    ("eur", "0.92"),
    ("gbp", "0.8"),
    ("hkd", "7.8"),
    ("huf", "360"),
    ("inr", "83"),
    ("jpy", "150"),
    ("mxn", "17"),
    ("nok", "10.5"),
    ("nzd", "1.65"),
    ("pln", "4"),
    ("ron", "4.6"),
    ("sek", "10.5"),
    ("sgd", "1.35"),
    ("usd", "1"),
];

impl Default for ExchangeRates {
    fn default() -> ExchangeRates {
        let per_usd = DEFAULT_PER_USD
            .iter()
            .map(|(code, rate)| {
                let currency = Currency::parse(code).expect("a supported currency in the default table");
                (currency, Rate::parse(rate).expect("a rate in the default table"))
            })
            .collect();
        ExchangeRates::new(per_usd)
    }
}

impl ExchangeRates {
    /// A table of units per US dollar; `usd` is always 1.
    pub fn new(mut per_usd: Vec<(Currency, Rate)>) -> ExchangeRates {
        per_usd.retain(|(c, _)| *c != Currency::USD);
        per_usd.push((Currency::USD, Rate(1_000_000)));
        per_usd.sort_by_key(|(c, _)| *c);
        per_usd.dedup_by_key(|(c, _)| *c);
        ExchangeRates { per_usd }
    }

    /// This table with `changes` over it (a fixture's `exchange_rates`).
    pub fn with(&self, changes: &[(Currency, Rate)]) -> ExchangeRates {
        let mut per_usd: Vec<(Currency, Rate)> = changes.to_vec();
        per_usd.extend(
            self.per_usd
                .iter()
                .filter(|(c, _)| !changes.iter().any(|(d, _)| d == c)),
        );
        ExchangeRates::new(per_usd)
    }

    /// Units of `currency` per US dollar, if the table has it.
    pub fn per_usd(&self, currency: Currency) -> Option<Rate> {
        self.per_usd
            .binary_search_by_key(&currency, |(c, _)| *c)
            .ok()
            .map(|i| self.per_usd[i].1)
    }

    pub fn entries(&self) -> &[(Currency, Rate)] {
        &self.per_usd
    }

    /// The rate from `from` to `to`: `to`'s units per dollar over `from`'s, rounded half-up
    /// to six decimal places. `None` when the table lacks either, or the rate rounds to zero.
    pub fn rate(&self, from: Currency, to: Currency) -> Option<Rate> {
        let (from_rate, to_rate) = (self.per_usd(from)?, self.per_usd(to)?);
        let rate = div_half_up(i128::from(to_rate.0) * PPM, i128::from(from_rate.0))?;
        Rate::from_millionths(i64::try_from(rate).ok()?)
    }
}

/// `numerator / denominator` for a positive denominator, rounded to the nearest integer, a
/// half away from zero.
fn div_half_up(numerator: i128, denominator: i128) -> Option<i128> {
    if denominator <= 0 {
        return None;
    }
    let (quotient, remainder) = (numerator / denominator, numerator % denominator);
    let twice = remainder.checked_abs()?.checked_mul(2)?;
    Some(if twice >= denominator {
        quotient + numerator.signum()
    } else {
        quotient
    })
}

/// The number of minor units in a major unit's exponent: 0 for zero-decimal currencies, 2
/// for the others (the table holds no three-decimal currency).
fn exponent(currency: Currency) -> u32 {
    if currency.is_zero_decimal() { 0 } else { 2 }
}

/// `amount` of `from`, in minor units, converted to `to` at `rate`, rounded to the nearest
/// minor unit, a half away from zero *(choice: Stripe does not publish its rounding)*.
/// `None` if the result does not fit an amount.
pub fn convert_amount(amount: Amount, from: Currency, to: Currency, rate: Rate) -> Option<Amount> {
    let (e_from, e_to) = (exponent(from), exponent(to));
    let mut numerator = i128::from(amount.minor_units()).checked_mul(i128::from(rate.0))?;
    let mut denominator = PPM;
    if e_to > e_from {
        numerator = numerator.checked_mul(10_i128.pow(e_to - e_from))?;
    } else {
        denominator *= 10_i128.pow(e_from - e_to);
    }
    let converted = div_half_up(numerator, denominator)?;
    i64::try_from(converted).ok().map(Amount::new)
}

/// The part of a converted whole that `done_after` of it brings, when `done_before` was
/// converted already: `convert_amount(after) − convert_amount(before)`. Converting a whole in parts this way
/// adds up to converting it at once, to the minor unit.
pub fn convert_step(
    done_before: Amount,
    done_after: Amount,
    from: Currency,
    to: Currency,
    rate: Rate,
) -> Option<Amount> {
    let after = convert_amount(done_after, from, to, rate)?;
    let before = convert_amount(done_before, from, to, rate)?;
    after.checked_sub(before)
}

impl Image for Rate {
    fn write(&self, w: &mut Writer) {
        self.0.write(w);
    }

    fn read(r: &mut Reader<'_>) -> Result<Rate, ImageError> {
        let millionths = i64::read(r)?;
        Rate::from_millionths(millionths).ok_or_else(|| r.invalid("exchange rate"))
    }
}

/// Codes 70–72, pinned by value.
impl Image for Conversion {
    fn write(&self, w: &mut Writer) {
        match self {
            Conversion::None => w.put(&70u8),
            Conversion::Crossed => w.put(&71u8),
            Conversion::Converted(rate) => {
                w.put(&72u8);
                w.put(rate);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Conversion, ImageError> {
        match r.take::<u8>()? {
            70 => Ok(Conversion::None),
            71 => Ok(Conversion::Crossed),
            72 => Ok(Conversion::Converted(r.take()?)),
            _ => Err(r.invalid("conversion")),
        }
    }
}

impl Image for ExchangeRates {
    fn write(&self, w: &mut Writer) {
        w.varint(self.per_usd.len() as u64);
        for (currency, rate) in &self.per_usd {
            w.put(currency);
            w.put(rate);
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<ExchangeRates, ImageError> {
        let mut per_usd = Vec::new();
        for _ in 0..r.length()? {
            per_usd.push((r.take::<Currency>()?, r.take::<Rate>()?));
        }
        let table = ExchangeRates::new(per_usd.clone());
        if table.per_usd != per_usd {
            return Err(r.invalid("exchange rates (unsorted, or usd not 1)"));
        }
        Ok(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(n: i64) -> Amount {
        Amount::new(n)
    }

    #[test]
    fn rates_parse_and_print_as_decimals() {
        assert_eq!(Rate::parse("0.92"), Some(Rate(920_000)));
        assert_eq!(Rate::parse("150"), Some(Rate(150_000_000)));
        assert_eq!(Rate::parse("1.234567"), Some(Rate(1_234_567)));
        for bad in ["", "0", "-1", "1.2345678", "1,5", "abc", ".5", "1e3"] {
            assert_eq!(Rate::parse(bad), None, "{bad}");
        }
        assert_eq!(Rate(920_000).to_string(), "0.92");
        assert_eq!(Rate(150_000_000).to_string(), "150");
        assert_eq!(Rate(1_086_957).to_string(), "1.086957");
    }

    #[test]
    fn cross_rates_are_ratios_of_the_table_rounded_to_six_places() {
        let table = ExchangeRates::default();
        assert_eq!(table.rate(Currency::USD, Currency::EUR), Rate::parse("0.92"));
        assert_eq!(table.rate(Currency::USD, Currency::CAD), Rate::parse("1.35"));
        // 1 / 0.92 = 1.0869565… → 1.086957.
        assert_eq!(table.rate(Currency::EUR, Currency::USD), Rate::parse("1.086957"));
        // 0.8 / 0.92 = 0.8695652… → 0.869565.
        assert_eq!(table.rate(Currency::EUR, Currency::GBP), Rate::parse("0.869565"));
        assert_eq!(table.rate(Currency::USD, Currency::parse("xof").unwrap()), None);
    }

    #[test]
    fn conversion_rounds_half_away_from_zero_between_exponents() {
        let eur = Rate::parse("0.92").unwrap();
        // $100.00 → €92.00; $10.05 → 924.6 → €9.25; $0.25 → 23.
        assert_eq!(
            convert_amount(usd(10_000), Currency::USD, Currency::EUR, eur),
            Some(usd(9_200))
        );
        assert_eq!(
            convert_amount(usd(1_005), Currency::USD, Currency::EUR, eur),
            Some(usd(925))
        );
        assert_eq!(
            convert_amount(usd(-1_005), Currency::USD, Currency::EUR, eur),
            Some(usd(-925))
        );
        assert_eq!(
            convert_amount(usd(25), Currency::USD, Currency::EUR, eur),
            Some(usd(23))
        );
        // $12.34 → ¥1,851 at 150 (1851.0); ¥1,000 → $6.67 at 0.006667.
        let jpy = Rate::parse("150").unwrap();
        assert_eq!(
            convert_amount(usd(1_234), Currency::USD, Currency::JPY, jpy),
            Some(usd(1_851))
        );
        let back = Rate::parse("0.006667").unwrap();
        assert_eq!(
            convert_amount(usd(1_000), Currency::JPY, Currency::USD, back),
            Some(usd(667))
        );
        assert_eq!(
            convert_amount(Amount::new(i64::MAX), Currency::USD, Currency::JPY, jpy),
            None
        );
    }

    #[test]
    fn steps_add_up_to_the_whole() {
        let rate = Rate::parse("0.92").unwrap();
        let whole = usd(1_001);
        let all = convert_amount(whole, Currency::USD, Currency::EUR, rate).unwrap();
        let mut done = Amount::ZERO;
        let mut sum = Amount::ZERO;
        for part in [usd(333), usd(333), usd(335)] {
            let after = done.plus(part);
            sum = sum.plus(convert_step(done, after, Currency::USD, Currency::EUR, rate).unwrap());
            done = after;
        }
        assert_eq!(sum, all);
    }

    #[test]
    fn tables_take_changes_and_keep_usd_at_one() {
        let table = ExchangeRates::default().with(&[
            (Currency::EUR, Rate::parse("0.5").unwrap()),
            (Currency::USD, Rate::parse("3").unwrap()),
        ]);
        assert_eq!(table.per_usd(Currency::EUR), Rate::parse("0.5"));
        assert_eq!(table.per_usd(Currency::USD), Rate::parse("1"));
        assert_eq!(table.per_usd(Currency::GBP), Rate::parse("0.8"));
    }
}
