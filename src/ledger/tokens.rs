//! Stripe's test-mode inputs: card tokens and bank account tokens and numbers.

use super::country::Country;
use super::objects::{BankAccountStatus, Card, CardBrand, Decline, PayoutFailure};

const fn card(token: &'static str, brand: CardBrand, last4: &'static str) -> Card {
    Card {
        token,
        brand,
        last4,
        funding: "credit",
        country: "US",
        bypass_pending: false,
        decline: None,
    }
}

/// The test card tokens (and the payment methods that stand for them) the simulator accepts.
const CARDS: &[Card] = &[
    card("tok_visa", CardBrand::Visa, "4242"),
    card("pm_card_visa", CardBrand::Visa, "4242"),
    card("tok_mastercard", CardBrand::Mastercard, "4444"),
    card("pm_card_mastercard", CardBrand::Mastercard, "4444"),
    card("tok_amex", CardBrand::Amex, "8431"),
    card("pm_card_amex", CardBrand::Amex, "8431"),
    Card {
        funding: "debit",
        ..card("tok_visa_debit", CardBrand::Visa, "5556")
    },
    Card {
        bypass_pending: true,
        ..card("tok_bypassPending", CardBrand::Visa, "0077")
    },
    Card {
        bypass_pending: true,
        ..card("pm_card_bypassPending", CardBrand::Visa, "0077")
    },
    Card {
        decline: Some(Decline::Generic),
        ..card("tok_chargeDeclined", CardBrand::Visa, "0002")
    },
    Card {
        decline: Some(Decline::Generic),
        ..card("pm_card_chargeDeclined", CardBrand::Visa, "0002")
    },
    Card {
        decline: Some(Decline::InsufficientFunds),
        ..card("tok_chargeDeclinedInsufficientFunds", CardBrand::Visa, "9995")
    },
    Card {
        decline: Some(Decline::InsufficientFunds),
        ..card("pm_card_chargeDeclinedInsufficientFunds", CardBrand::Visa, "9995")
    },
];

/// The test card a token names, if it is one the simulator knows.
pub fn card_for_token(token: &str) -> Option<Card> {
    CARDS.iter().find(|c| c.token == token).copied()
}

/// The tokens `card_for_token` accepts, for documentation and property tests.
pub fn card_tokens() -> impl Iterator<Item = &'static str> {
    CARDS.iter().map(|c| c.token)
}

/// A bank account a token or test number describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TestBank {
    pub status: BankAccountStatus,
    pub payout_failure: Option<PayoutFailure>,
}

/// `btok_us`, `btok_gb`, `btok_jp`, …: a verified bank account in that country, in its
/// default currency. Returns the country.
pub fn country_for_bank_token(token: &str) -> Option<Country> {
    let code = token.strip_prefix("btok_")?;
    if code.len() != 2 {
        return None;
    }
    Country::parse(code)
}

/// Stripe's US test account numbers (routing 110000000): which succeed and which fail.
pub fn bank_for_account_number(number: &str) -> TestBank {
    let (status, payout_failure) = match number {
        "000111111116" => (BankAccountStatus::New, Some(PayoutFailure::NoAccount)),
        "000111111113" => (BankAccountStatus::New, Some(PayoutFailure::AccountClosed)),
        "000222222227" => (BankAccountStatus::New, Some(PayoutFailure::InsufficientFunds)),
        "000333333335" => (BankAccountStatus::New, Some(PayoutFailure::DebitNotAuthorized)),
        _ => (BankAccountStatus::Verified, None),
    };
    TestBank { status, payout_failure }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        assert!(card_for_token("tok_bypassPending").unwrap().bypass_pending);
        assert_eq!(
            card_for_token("tok_chargeDeclinedInsufficientFunds").unwrap().decline,
            Some(Decline::InsufficientFunds)
        );
        assert!(card_for_token("tok_nope").is_none());
        assert_eq!(country_for_bank_token("btok_gb"), Some(Country::GB));
        assert_eq!(country_for_bank_token("btok_zz"), None);
        assert_eq!(country_for_bank_token("btok_usa"), None);
        assert_eq!(bank_for_account_number("000123456789").payout_failure, None);
        assert_eq!(
            bank_for_account_number("000111111116").payout_failure,
            Some(PayoutFailure::NoAccount)
        );
    }
}
