//! What a card or a bank account shows wherever it appears (a charge's
//! `payment_method_details`, a PaymentMethod, an external account): its checks, expiry and
//! fingerprint, the billing details a charge shows empty, and a card as an object of its own
//! (a charge's `source`, a customer's card source).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::{Expandable, Fragment, MetadataView, raw};
use crate::ledger::{BillingDetails, Card, CardBrand, Expiry, Metadata, TEST_CARD_EXPIRY};

pub static BILLING_DETAILS: Fragment = Fragment::new(|| {
    raw(
        r#"{"address":{"city":null,"country":null,"line1":null,"line2":null,"postal_code":null,"state":null},"email":null,"name":null,"phone":null}"#,
    )
});

pub static CARD_CHECKS: Fragment =
    Fragment::new(|| raw(r#"{"address_line1_check":null,"address_postal_code_check":null,"cvc_check":"pass"}"#));

/// Test cards expire well after any simulated date a test is likely to reach.
pub const EXP_MONTH: u32 = TEST_CARD_EXPIRY.month as u32;

pub const EXP_YEAR: u32 = TEST_CARD_EXPIRY.year as u32;

/// A stable 16-character fingerprint of a card or bank account's details.
pub fn fingerprint(last4: &str, salt: &str) -> Fingerprint {
    let mut state = crate::ledger::data::ids::fnv1a(last4.bytes().chain(salt.bytes()));
    let mut value = crate::ledger::data::ids::splitmix64(&mut state);
    const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    Fingerprint(std::array::from_fn(|_| {
        let digit = DIGITS[(value % 62) as usize];
        value /= 62;
        digit
    }))
}

/// A fingerprint on the stack (it is rendered, never kept).
pub struct Fingerprint([u8; 16]);

impl Fingerprint {
    pub fn as_str(&self) -> &str {
        // Only base-62 digits are written.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// A card as an object of its own (`object: "card"`): a card charge's `source`, and a
/// customer's card source, with its holder's name and address when it has them.
pub struct CardObject<'a> {
    pub card: Card,
    pub id: &'a str,
    pub customer: Option<Expandable<'a>>,
    pub expiry: Expiry,
    pub holder: Option<&'a BillingDetails>,
    pub metadata: Option<&'a Metadata>,
}

impl Serialize for CardObject<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let card = self.card;
        let brand = match card.brand {
            CardBrand::Visa => "Visa",
            CardBrand::Mastercard => "MasterCard",
            CardBrand::Amex => "American Express",
        };
        let address = self.holder.map(|h| &h.address);
        let line = |f: fn(&crate::ledger::Address) -> &Option<Box<str>>| address.and_then(|a| f(a).as_deref());
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", self.id)?;
        m.serialize_entry("object", "card")?;
        m.serialize_entry("address_city", &line(|a| &a.city))?;
        m.serialize_entry("address_country", &line(|a| &a.country))?;
        m.serialize_entry("address_line1", &line(|a| &a.line1))?;
        m.serialize_entry("address_line1_check", &None::<()>)?;
        m.serialize_entry("address_line2", &line(|a| &a.line2))?;
        m.serialize_entry("address_state", &line(|a| &a.state))?;
        m.serialize_entry("address_zip", &line(|a| &a.postal_code))?;
        m.serialize_entry("address_zip_check", &None::<()>)?;
        m.serialize_entry("brand", brand)?;
        m.serialize_entry("country", card.country)?;
        m.serialize_entry("customer", &self.customer)?;
        m.serialize_entry("cvc_check", "pass")?;
        m.serialize_entry("dynamic_last4", &None::<()>)?;
        m.serialize_entry("exp_month", &self.expiry.month)?;
        m.serialize_entry("exp_year", &self.expiry.year)?;
        m.serialize_entry("fingerprint", fingerprint(card.last4, card.brand.as_str()).as_str())?;
        m.serialize_entry("funding", card.funding)?;
        m.serialize_entry("last4", card.last4)?;
        match self.metadata {
            Some(metadata) => m.serialize_entry("metadata", &MetadataView(metadata))?,
            None => m.serialize_entry("metadata", &serde_json::Map::new())?,
        }
        m.serialize_entry("name", &self.holder.and_then(|h| h.name.as_deref()))?;
        m.serialize_entry("tokenization_method", &None::<()>)?;
        m.serialize_entry("wallet", &None::<()>)?;
        m.end()
    }
}
