//! Money: amounts in integer minor units, currencies, and Stripe's card fee.
//!
//! Every amount in the ledger is an [`Amount`]: an `i64` of minor units (cents, pence, yen)
//! whose arithmetic is checked. An operation whose arithmetic would overflow is refused
//! before anything changes; nothing in the ledger wraps or panics on an amount.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::ledger::codec::{Image, ImageError, Reader, Writer};

/// An amount of money in the minor unit of its currency (cents for usd, yen for jpy).
///
/// Signed: balances and balance transactions go negative (a transfer out is `-1500`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Amount(i64);

impl Amount {
    pub const ZERO: Amount = Amount(0);

    pub const fn new(minor_units: i64) -> Amount {
        Amount(minor_units)
    }

    pub const fn minor_units(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Amount) -> Option<Amount> {
        self.0.checked_add(other.0).map(Amount)
    }

    pub fn checked_sub(self, other: Amount) -> Option<Amount> {
        self.0.checked_sub(other.0).map(Amount)
    }

    pub fn checked_neg(self) -> Option<Amount> {
        self.0.checked_neg().map(Amount)
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// The amount widened to `i128`, for sums of many amounts (a sum of balances that each
    /// fit an `i64` need not).
    pub const fn wide(self) -> i128 {
        self.0 as i128
    }

    /// `self + other`, where the ledger's own checks have bounded both (a refund never
    /// exceeds what is left of its charge): an overflow is a broken invariant, and panics
    /// naming the caller.
    #[track_caller]
    pub fn plus(self, other: Amount) -> Amount {
        match self.checked_add(other) {
            Some(sum) => sum,
            None => panic!("{self} + {other} overflows an amount the ledger bounded"),
        }
    }

    /// `self - other`, bounded as [`Amount::plus`] is.
    #[track_caller]
    pub fn minus(self, other: Amount) -> Amount {
        match self.checked_sub(other) {
            Some(difference) => difference,
            None => panic!("{self} - {other} overflows an amount the ledger bounded"),
        }
    }

    /// `-self`, for an amount the ledger accepted or bounded (never `i64::MIN`).
    #[track_caller]
    pub fn negated(self) -> Amount {
        match self.checked_neg() {
            Some(negated) => negated,
            None => panic!("-{self} overflows: no amount the ledger accepts is i64::MIN"),
        }
    }

    /// The part of a balance below zero, as a non-negative amount (`max(0, -self)`);
    /// `None` for `i64::MIN`, whose shortfall does not fit.
    pub fn shortfall(self) -> Option<Amount> {
        self.0.min(0).checked_neg().map(Amount)
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A lowercase ISO 4217 currency code that Stripe supports, e.g. `usd`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"usd");
    pub const EUR: Currency = Currency(*b"eur");
    pub const GBP: Currency = Currency(*b"gbp");
    pub const JPY: Currency = Currency(*b"jpy");
    pub const CAD: Currency = Currency(*b"cad");

    /// For tables of known-good codes; the caller guarantees `code` is lowercase and supported.
    pub(crate) const fn from_bytes(code: [u8; 3]) -> Currency {
        Currency(code)
    }

    /// Parses a currency code, case-insensitively as Stripe does; `None` if Stripe does not
    /// support it.
    pub fn parse(code: &str) -> Option<Currency> {
        let bytes = code.as_bytes();
        if bytes.len() != 3 {
            return None;
        }
        let lower = [
            bytes[0].to_ascii_lowercase(),
            bytes[1].to_ascii_lowercase(),
            bytes[2].to_ascii_lowercase(),
        ];
        SUPPORTED.binary_search(&lower).ok().map(|_| Currency(lower))
    }

    pub fn as_str(&self) -> &str {
        // Only ever built from the ASCII entries of SUPPORTED.
        std::str::from_utf8(&self.0).expect("a currency code of the table, in ASCII")
    }

    /// Currencies whose minor unit is the whole unit (`jpy`: 1500 means ¥1,500).
    pub fn is_zero_decimal(self) -> bool {
        ZERO_DECIMAL.contains(&self.0)
    }

    /// The smallest card charge Stripe accepts in this currency, in minor units.
    ///
    /// Stripe's published minimums for the currencies the fixtures use; other currencies
    /// get the equivalent of about US$0.50 where Stripe publishes one, else 50 minor units.
    pub fn minimum_charge(self) -> Amount {
        let minor = match &self.0 {
            b"usd" | b"eur" | b"cad" | b"aud" | b"nzd" | b"chf" | b"sgd" => 50,
            b"gbp" => 30,
            b"jpy" => 50,
            b"hkd" => 400,
            b"dkk" => 250,
            b"nok" | b"sek" => 300,
            b"czk" => 1500,
            b"huf" => 17500,
            b"pln" => 200,
            b"ron" => 200,
            b"mxn" => 1000,
            b"aed" => 200,
            b"myr" => 200,
            b"thb" => 1000,
            b"inr" => 50,
            b"brl" => 50,
            _ => 50,
        };
        Amount(minor)
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The largest card charge Stripe accepts (US$999,999.99 in minor units).
pub const MAXIMUM_CHARGE: Amount = Amount(99_999_999);

/// Stripe's standard card fee: 2.9 % of the amount, rounded half-up to a minor unit, plus
/// 30 minor units (`$1.00 → 33`, `$33.40 → 127`, `$654.00 → 1927`).
///
/// `None` when the fee does not fit in an `i64` (only for amounts no card charge can have).
pub fn card_fee(amount: Amount) -> Option<Amount> {
    let rate = Decimal::new(29, 3); // 0.029
    let percentage = Decimal::from(amount.0)
        .checked_mul(rate)?
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    let percentage = i64::try_from(percentage.mantissa()).ok()?;
    percentage.checked_add(30).map(Amount)
}

/// Every currency Stripe accepts for charges, sorted so it can be binary-searched.
const SUPPORTED: &[[u8; 3]] = &[
    *b"aed", *b"afn", *b"all", *b"amd", *b"ang", *b"aoa", *b"ars", *b"aud", *b"awg", *b"azn", *b"bam", *b"bbd",
    *b"bdt", *b"bgn", *b"bhd", *b"bif", *b"bmd", *b"bnd", *b"bob", *b"brl", *b"bsd", *b"bwp", *b"byn", *b"bzd",
    *b"cad", *b"cdf", *b"chf", *b"clp", *b"cny", *b"cop", *b"crc", *b"cve", *b"czk", *b"djf", *b"dkk", *b"dop",
    *b"dzd", *b"egp", *b"etb", *b"eur", *b"fjd", *b"fkp", *b"gbp", *b"gel", *b"gip", *b"gmd", *b"gnf", *b"gtq",
    *b"gyd", *b"hkd", *b"hnl", *b"htg", *b"huf", *b"idr", *b"ils", *b"inr", *b"isk", *b"jmd", *b"jod", *b"jpy",
    *b"kes", *b"kgs", *b"khr", *b"kmf", *b"krw", *b"kwd", *b"kyd", *b"kzt", *b"lak", *b"lbp", *b"lkr", *b"lrd",
    *b"lsl", *b"mad", *b"mdl", *b"mga", *b"mkd", *b"mmk", *b"mnt", *b"mop", *b"mur", *b"mvr", *b"mwk", *b"mxn",
    *b"myr", *b"mzn", *b"nad", *b"ngn", *b"nio", *b"nok", *b"npr", *b"nzd", *b"omr", *b"pab", *b"pen", *b"pgk",
    *b"php", *b"pkr", *b"pln", *b"pyg", *b"qar", *b"ron", *b"rsd", *b"rub", *b"rwf", *b"sar", *b"sbd", *b"scr",
    *b"sek", *b"sgd", *b"shp", *b"sle", *b"sos", *b"srd", *b"std", *b"szl", *b"thb", *b"tjs", *b"tnd", *b"top",
    *b"try", *b"ttd", *b"twd", *b"tzs", *b"uah", *b"ugx", *b"usd", *b"uyu", *b"uzs", *b"vnd", *b"vuv", *b"wst",
    *b"xaf", *b"xcd", *b"xof", *b"xpf", *b"yer", *b"zar", *b"zmw",
];

/// Stripe's zero-decimal currencies.
const ZERO_DECIMAL: &[[u8; 3]] = &[
    *b"bif", *b"clp", *b"djf", *b"gnf", *b"jpy", *b"kmf", *b"krw", *b"mga", *b"pyg", *b"rwf", *b"ugx", *b"vnd",
    *b"vuv", *b"xaf", *b"xof", *b"xpf",
];

impl Image for Amount {
    fn write(&self, w: &mut Writer) {
        self.minor_units().write(w);
    }

    fn read(r: &mut Reader<'_>) -> Result<Amount, ImageError> {
        i64::read(r).map(Amount::new)
    }
}

impl Image for Currency {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.as_str().as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<Currency, ImageError> {
        let text = String::read(r)?;
        Currency::parse(&text).ok_or_else(|| r.invalid("currency"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supported_currencies_are_sorted_for_binary_search() {
        assert!(SUPPORTED.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn currency_parsing() {
        let cases = [
            ("usd", Some("usd")),
            ("USD", Some("usd")),
            ("Jpy", Some("jpy")),
            ("xyz", None),
            ("us", None),
            ("usdd", None),
            ("", None),
            ("ü$d", None),
        ];
        for (input, expected) in cases {
            assert_eq!(
                Currency::parse(input).map(|c| c.as_str().to_owned()).as_deref(),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn zero_decimal_currencies() {
        assert!(Currency::JPY.is_zero_decimal());
        assert!(!Currency::USD.is_zero_decimal());
    }

    #[test]
    fn card_fee_matches_stripe_test_mode_examples() {
        let cases = [(100, 33), (3340, 127), (65400, 1927), (50, 31), (1, 30)];
        for (amount, fee) in cases {
            assert_eq!(card_fee(Amount(amount)), Some(Amount(fee)), "amount {amount}");
        }
    }

    #[test]
    fn card_fee_rounds_half_up() {
        // 2.9 % of 1500 is 43.5 → 44; of 500 is 14.5 → 15.
        assert_eq!(card_fee(Amount(1500)), Some(Amount(74)));
        assert_eq!(card_fee(Amount(500)), Some(Amount(45)));
        // 2.9 % of 1000 is exactly 29.
        assert_eq!(card_fee(Amount(1000)), Some(Amount(59)));
    }

    #[test]
    fn card_fee_never_panics_at_the_extremes() {
        assert!(card_fee(Amount(i64::MAX)).is_some());
        assert!(card_fee(MAXIMUM_CHARGE).is_some());
    }

    #[test]
    fn checked_arithmetic_refuses_overflow() {
        assert_eq!(Amount(i64::MAX).checked_add(Amount(1)), None);
        assert_eq!(Amount(i64::MIN).checked_sub(Amount(1)), None);
        assert_eq!(Amount(i64::MIN).checked_neg(), None);
        assert_eq!(Amount(i64::MIN).shortfall(), None);
        assert_eq!(Amount(-5).shortfall(), Some(Amount(5)));
        assert_eq!(Amount(5).shortfall(), Some(Amount::ZERO));
    }
}
