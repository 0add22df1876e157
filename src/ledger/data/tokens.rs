//! Stripe's test-mode inputs: card tokens and bank account tokens and numbers.

use crate::ledger::codec::{Image, ImageError, Reader, Writer};

use super::bank_account::{BankAccountStatus, PayoutFailure};
use super::card::{Card, CardBrand, CardDispute, Decline};
use super::country::Country;

const fn card(token: &'static str, brand: CardBrand, last4: &'static str) -> Card {
    Card {
        token,
        brand,
        last4,
        funding: "credit",
        country: "US",
        bypass_pending: false,
        decline: None,
        dispute: None,
        authentication_required: false,
        attachable: false,
    }
}

/// A Visa test card that declines with `decline`.
const fn declining(token: &'static str, last4: &'static str, decline: Decline) -> Card {
    Card {
        decline: Some(decline),
        ..card(token, CardBrand::Visa, last4)
    }
}

/// A Visa test card whose charge succeeds and is then disputed.
const fn disputed(token: &'static str, last4: &'static str, dispute: CardDispute) -> Card {
    Card {
        dispute: Some(dispute),
        ..card(token, CardBrand::Visa, last4)
    }
}

/// A Visa test card that asks for 3D Secure.
const fn authenticating(token: &'static str, last4: &'static str) -> Card {
    Card {
        authentication_required: true,
        ..card(token, CardBrand::Visa, last4)
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
    // Money in: the rest of Stripe's decline, dispute and authentication test cards, each
    // as a token and as a payment method (numbers from Stripe's testing page).
    declining("pm_card_visa_chargeDeclined", "0002", Decline::Generic),
    declining("tok_chargeDeclinedLostCard", "9987", Decline::LostCard),
    declining("pm_card_chargeDeclinedLostCard", "9987", Decline::LostCard),
    declining("tok_chargeDeclinedStolenCard", "9979", Decline::StolenCard),
    declining("pm_card_chargeDeclinedStolenCard", "9979", Decline::StolenCard),
    declining("tok_chargeDeclinedExpiredCard", "0069", Decline::ExpiredCard),
    declining("pm_card_chargeDeclinedExpiredCard", "0069", Decline::ExpiredCard),
    declining("tok_chargeDeclinedIncorrectCvc", "0127", Decline::IncorrectCvc),
    declining("pm_card_chargeDeclinedIncorrectCvc", "0127", Decline::IncorrectCvc),
    declining("tok_chargeDeclinedProcessingError", "0119", Decline::ProcessingError),
    declining(
        "pm_card_chargeDeclinedProcessingError",
        "0119",
        Decline::ProcessingError,
    ),
    disputed("tok_createDispute", "0259", CardDispute::Fraudulent),
    disputed("pm_card_createDispute", "0259", CardDispute::Fraudulent),
    disputed(
        "tok_createDisputeProductNotReceived",
        "2685",
        CardDispute::ProductNotReceived,
    ),
    disputed(
        "pm_card_createDisputeProductNotReceived",
        "2685",
        CardDispute::ProductNotReceived,
    ),
    disputed("tok_createDisputeInquiry", "1976", CardDispute::Inquiry),
    disputed("pm_card_createDisputeInquiry", "1976", CardDispute::Inquiry),
    authenticating("pm_card_authenticationRequired", "3184"),
    authenticating("pm_card_authenticationRequiredOnSetup", "3155"),
    authenticating("pm_card_threeDSecure2Required", "3220"),
    // Saved cards: a Visa debit as a payment method, and the card that saves but declines.
    Card {
        funding: "debit",
        ..card("pm_card_visa_debit", CardBrand::Visa, "5556")
    },
    Card {
        attachable: true,
        ..declining("tok_chargeCustomerFail", "0341", Decline::Generic)
    },
    Card {
        attachable: true,
        ..declining("pm_card_chargeCustomerFail", "0341", Decline::Generic)
    },
];

/// Stripe's test card numbers, each with the test payment method that stands for it: what a
/// publishable key's client may send as `card[number]` (from Stripe's testing page).
const NUMBERS: &[(&str, &str)] = &[
    ("4242424242424242", "pm_card_visa"),
    ("4000056655665556", "pm_card_visa_debit"),
    ("5555555555554444", "pm_card_mastercard"),
    ("371449635398431", "pm_card_amex"),
    ("4000000000000077", "pm_card_bypassPending"),
    ("4000000000000002", "pm_card_chargeDeclined"),
    ("4000000000009995", "pm_card_chargeDeclinedInsufficientFunds"),
    ("4000000000009987", "pm_card_chargeDeclinedLostCard"),
    ("4000000000009979", "pm_card_chargeDeclinedStolenCard"),
    ("4000000000000069", "pm_card_chargeDeclinedExpiredCard"),
    ("4000000000000127", "pm_card_chargeDeclinedIncorrectCvc"),
    ("4000000000000119", "pm_card_chargeDeclinedProcessingError"),
    ("4000000000000341", "pm_card_chargeCustomerFail"),
    ("4000000000000259", "pm_card_createDispute"),
    ("4000000000002685", "pm_card_createDisputeProductNotReceived"),
    ("4000000000001976", "pm_card_createDisputeInquiry"),
    ("4000002760003184", "pm_card_authenticationRequired"),
    ("4000002500003155", "pm_card_authenticationRequiredOnSetup"),
    ("4000000000003220", "pm_card_threeDSecure2Required"),
];

/// The test card a card number names (spaces allowed, as people type them), if it is one of
/// Stripe's test numbers.
pub fn card_for_number(number: &str) -> Option<Card> {
    let digits: String = number.chars().filter(|c| *c != ' ').collect();
    NUMBERS
        .iter()
        .find(|(n, _)| *n == digits)
        .and_then(|(_, token)| card_for_token(token))
}

/// The test card numbers `card_for_number` accepts, for documentation and tests.
pub fn card_numbers() -> impl Iterator<Item = &'static str> {
    NUMBERS.iter().map(|(n, _)| *n)
}

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

/// A test card is written as its token: the table in `tokens` holds the rest.
impl Image for Card {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.token.as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<Card, ImageError> {
        let token = String::read(r)?;
        card_for_token(&token).ok_or_else(|| r.invalid("card token"))
    }
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
        // Every test number stands for a card whose last four digits it ends with.
        for number in card_numbers() {
            let card = card_for_number(number).unwrap_or_else(|| panic!("{number}"));
            assert!(number.ends_with(card.last4), "{number}: {}", card.last4);
        }
        assert_eq!(
            card_for_number("4242 4242 4242 4242").map(|c| c.token),
            Some("pm_card_visa")
        );
        assert!(card_for_number("4242424242424241").is_none());
        let fails_later = card_for_token("pm_card_chargeCustomerFail").unwrap();
        assert_eq!(
            (fails_later.decline, fails_later.setup_decline()),
            (Some(Decline::Generic), None)
        );
        assert_eq!(
            card_for_token("pm_card_chargeDeclined").unwrap().setup_decline(),
            Some(Decline::Generic)
        );
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
