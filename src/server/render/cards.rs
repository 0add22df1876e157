//! What a card or a bank account shows wherever it appears (a charge's
//! `payment_method_details`, a PaymentMethod, an external account): its checks, expiry and
//! fingerprint, and the billing details debitsim keeps empty.

use super::wire::{Fragment, raw};

pub static BILLING_DETAILS: Fragment = Fragment::new(|| {
    raw(
        r#"{"address":{"city":null,"country":null,"line1":null,"line2":null,"postal_code":null,"state":null},"email":null,"name":null,"phone":null,"tax_id":null}"#,
    )
});

pub static CARD_CHECKS: Fragment =
    Fragment::new(|| raw(r#"{"address_line1_check":null,"address_postal_code_check":null,"cvc_check":"pass"}"#));

/// Test cards expire well after any simulated date a test is likely to reach.
pub const EXP_MONTH: u32 = 12;

pub const EXP_YEAR: u32 = 2034;

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
