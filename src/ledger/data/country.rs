//! Countries and the regions in which account debits are allowed (debit-rules §2).

use std::fmt;

use super::money::Currency;

use crate::ledger::codec::{Image, ImageError, Reader, Writer};

/// An ISO 3166-1 alpha-2 country in which Stripe accounts can be opened, uppercase.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Country([u8; 2]);

/// The debit regions of the contract. A platform may debit a connected account only when
/// both are in the same region; countries outside every region cannot be debited at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    Australia,
    Canada,
    /// The EEA countries plus GB and CH (a choice of the contract).
    Europe,
    HongKong,
    Japan,
    NewZealand,
    UnitedStates,
}

struct CountryInfo {
    code: [u8; 2],
    default_currency: Currency,
    region: Option<Region>,
    /// Whether Stripe debits a connected account's bank for a negative balance there.
    auto_debits_negative_balances: bool,
}

const fn eea(code: &[u8; 2], currency: &[u8; 3]) -> CountryInfo {
    CountryInfo {
        code: *code,
        default_currency: Currency::from_bytes(*currency),
        region: Some(Region::Europe),
        auto_debits_negative_balances: true,
    }
}

const fn other(code: &[u8; 2], currency: &[u8; 3], region: Option<Region>, debits: bool) -> CountryInfo {
    CountryInfo {
        code: *code,
        default_currency: Currency::from_bytes(*currency),
        region,
        auto_debits_negative_balances: debits,
    }
}

/// The countries Stripe accounts can be opened in, sorted by code.
const COUNTRIES: &[CountryInfo] = &[
    other(b"AE", b"aed", None, false),
    eea(b"AT", b"eur"),
    other(b"AU", b"aud", Some(Region::Australia), true),
    eea(b"BE", b"eur"),
    // Bulgaria adopted the euro on 1 January 2026.
    eea(b"BG", b"eur"),
    other(b"BR", b"brl", None, false),
    other(b"CA", b"cad", Some(Region::Canada), true),
    // Switzerland is in the debit region "Europe" but Stripe does not auto-debit there
    // (the contract's list of auto-debit countries is US, CA, AU, NZ, GB and the EEA).
    other(b"CH", b"chf", Some(Region::Europe), false),
    eea(b"CY", b"eur"),
    eea(b"CZ", b"czk"),
    eea(b"DE", b"eur"),
    eea(b"DK", b"dkk"),
    eea(b"EE", b"eur"),
    eea(b"ES", b"eur"),
    eea(b"FI", b"eur"),
    eea(b"FR", b"eur"),
    other(b"GB", b"gbp", Some(Region::Europe), true),
    other(b"GI", b"gbp", None, false),
    eea(b"GR", b"eur"),
    other(b"HK", b"hkd", Some(Region::HongKong), false),
    eea(b"HR", b"eur"),
    eea(b"HU", b"huf"),
    eea(b"IE", b"eur"),
    other(b"IN", b"inr", None, false),
    eea(b"IS", b"isk"),
    eea(b"IT", b"eur"),
    other(b"JP", b"jpy", Some(Region::Japan), false),
    eea(b"LI", b"chf"),
    eea(b"LT", b"eur"),
    eea(b"LU", b"eur"),
    eea(b"LV", b"eur"),
    eea(b"MT", b"eur"),
    other(b"MX", b"mxn", None, false),
    other(b"MY", b"myr", None, false),
    eea(b"NL", b"eur"),
    eea(b"NO", b"nok"),
    other(b"NZ", b"nzd", Some(Region::NewZealand), true),
    eea(b"PL", b"pln"),
    eea(b"PT", b"eur"),
    eea(b"RO", b"ron"),
    eea(b"SE", b"sek"),
    other(b"SG", b"sgd", None, false),
    eea(b"SI", b"eur"),
    eea(b"SK", b"eur"),
    other(b"TH", b"thb", None, false),
    other(b"US", b"usd", Some(Region::UnitedStates), true),
];

impl Country {
    pub const US: Country = Country(*b"US");
    pub const GB: Country = Country(*b"GB");
    pub const JP: Country = Country(*b"JP");
    pub const CA: Country = Country(*b"CA");

    /// Parses a country code case-insensitively; `None` if Stripe accounts cannot be opened
    /// there.
    pub fn parse(code: &str) -> Option<Country> {
        let bytes = code.as_bytes();
        if bytes.len() != 2 {
            return None;
        }
        let upper = [bytes[0].to_ascii_uppercase(), bytes[1].to_ascii_uppercase()];
        Self::info_of(upper).map(|_| Country(upper))
    }

    fn info_of(code: [u8; 2]) -> Option<&'static CountryInfo> {
        COUNTRIES
            .binary_search_by(|info| info.code.cmp(&code))
            .ok()
            .map(|i| &COUNTRIES[i])
    }

    fn info(self) -> &'static CountryInfo {
        // A Country is only ever built from an entry of COUNTRIES.
        Self::info_of(self.0).expect("a country of the table")
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("a country code of the table, in ASCII")
    }

    /// The currency an account opened here holds by default (`JP → jpy`).
    pub fn default_currency(self) -> Currency {
        self.info().default_currency
    }

    /// The debit region this country belongs to, if any.
    pub fn region(self) -> Option<Region> {
        self.info().region
    }

    /// Whether Stripe auto-debits a connected account's bank for a negative balance here
    /// (debit-rules §6: US, CA, AU, NZ, GB and the EEA; not JP, HK).
    pub fn auto_debits_negative_balances(self) -> bool {
        self.info().auto_debits_negative_balances
    }

    /// Whether a platform here may debit an account in `other` (same region, both in one).
    pub fn shares_debit_region_with(self, other: Country) -> bool {
        matches!((self.region(), other.region()), (Some(a), Some(b)) if a == b)
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Image for Country {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.as_str().as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<Country, ImageError> {
        let text = String::read(r)?;
        Country::parse(&text).ok_or_else(|| r.invalid("country"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_table_is_sorted_for_binary_search() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn regions_follow_the_contract() {
        let cases = [
            ("US", "US", true),
            ("us", "US", true),
            ("GB", "DE", true),
            ("CH", "FR", true),
            ("NO", "GB", true),
            ("US", "CA", false),
            ("JP", "JP", true),
            ("HK", "JP", false),
            ("AU", "NZ", false),
            ("SG", "SG", false),
            ("MX", "MX", false),
            ("GI", "GB", false),
        ];
        for (a, b, same) in cases {
            let (a, b) = (Country::parse(a).unwrap(), Country::parse(b).unwrap());
            assert_eq!(a.shares_debit_region_with(b), same, "{a} {b}");
        }
    }

    #[test]
    fn auto_debit_countries_follow_the_contract() {
        for (code, debits) in [
            ("US", true),
            ("CA", true),
            ("AU", true),
            ("NZ", true),
            ("GB", true),
            ("FR", true),
            ("NO", true),
            ("JP", false),
            ("HK", false),
            ("CH", false),
            ("SG", false),
        ] {
            assert_eq!(
                Country::parse(code).unwrap().auto_debits_negative_balances(),
                debits,
                "{code}"
            );
        }
    }

    #[test]
    fn every_default_currency_is_supported() {
        for info in COUNTRIES {
            assert!(
                Currency::parse(info.default_currency.as_str()).is_some(),
                "{:?}",
                info.default_currency
            );
        }
    }

    #[test]
    fn unknown_countries_are_refused() {
        for code in ["ZZ", "", "U", "USA", "ÜS"] {
            assert!(Country::parse(code).is_none(), "{code}");
        }
    }

    #[test]
    fn default_currencies() {
        for (code, currency) in [
            ("US", "usd"),
            ("GB", "gbp"),
            ("JP", "jpy"),
            ("CA", "cad"),
            ("DE", "eur"),
        ] {
            assert_eq!(Country::parse(code).unwrap().default_currency().as_str(), currency);
        }
    }
}
