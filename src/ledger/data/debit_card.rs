//! Debit cards as external accounts (`card_…`): Stripe's test tokens for them, what a card
//! external account holds, and the Instant Payout fee (docs/behaviour.md §23).
//!
//! A debit card is kept in the bank-account arena (it is an external account like a bank
//! account: a default per currency, listed, paid out to), with [`DebitCard`] saying it is a
//! card; it shows as Stripe's `card` object with a `card_…` id.

use crate::ledger::codec::{image_enum, image_struct};

use super::money::Amount;

/// A debit card's network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DebitBrand {
    Visa,
    Mastercard,
}

impl DebitBrand {
    /// Stripe's `brand` text.
    pub fn as_str(self) -> &'static str {
        match self {
            DebitBrand::Visa => "Visa",
            DebitBrand::Mastercard => "MasterCard",
        }
    }
}

/// What makes an external account a debit card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebitCard {
    pub brand: DebitBrand,
    pub exp_month: u8,
    pub exp_year: u16,
    /// Whether Instant Payouts may go to it (`available_payout_methods` has `instant`).
    pub instant: bool,
}

/// A test token for a debit card, from Stripe's Connect testing page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DebitCardToken {
    pub brand: DebitBrand,
    pub last4: &'static str,
    pub instant: bool,
    /// Payouts to it fail on arrival (`could_not_process`).
    pub fails: bool,
}

/// Stripe's debit-card test tokens for external accounts: US cards, in usd.
pub fn debit_card_token(token: &str) -> Option<DebitCardToken> {
    let (brand, last4, instant, fails) = match token {
        "tok_visa_debit" | "tok_visa_debit_us_transferSuccess" => (DebitBrand::Visa, "5556", true, false),
        "tok_mastercard_debit" | "tok_mastercard_debit_us_transferSuccess" => {
            (DebitBrand::Mastercard, "8210", true, false)
        }
        "tok_visa_debit_us_transferFail" => (DebitBrand::Visa, "5572", true, true),
        "tok_visa_debit_us_instantPayoutUnsupported" => (DebitBrand::Visa, "5564", false, false),
        _ => return None,
    };
    Some(DebitCardToken {
        brand,
        last4,
        instant,
        fails,
    })
}

/// Stripe's Instant Payout fee *(choice, from Stripe's US pricing page: 1.5 % of the payout,
/// at least $0.50)*: 1.5 % of `amount`, rounded half-up to a minor unit, at least 50 minor
/// units, in every currency. `None` if it does not fit.
pub fn instant_payout_fee(amount: Amount) -> Option<Amount> {
    let percentage = i128::from(amount.minor_units()).checked_mul(15)?.checked_add(500)? / 1000;
    let fee = i64::try_from(percentage).ok()?.max(50);
    Some(Amount::new(fee))
}

image_enum!(DebitBrand { Visa = 70, Mastercard = 71 });

image_struct!(DebitCard {
    brand,
    exp_month,
    exp_year,
    instant
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_instant_fee_is_one_and_a_half_percent_and_at_least_fifty() {
        for (amount, fee) in [
            (100, 50),
            (3_333, 50),
            (3_334, 50),
            (3_367, 51),
            (10_000, 150),
            (12_345, 185),
        ] {
            assert_eq!(
                instant_payout_fee(Amount::new(amount)),
                Some(Amount::new(fee)),
                "{amount}"
            );
        }
        assert_eq!(
            instant_payout_fee(Amount::new(i64::MAX)),
            Some(Amount::new(138_350_580_552_821_637))
        );
    }

    #[test]
    fn tokens_say_what_a_card_can_do() {
        assert!(debit_card_token("tok_visa_debit").unwrap().instant);
        assert!(
            !debit_card_token("tok_visa_debit_us_instantPayoutUnsupported")
                .unwrap()
                .instant
        );
        assert!(debit_card_token("tok_visa_debit_us_transferFail").unwrap().fails);
        assert_eq!(debit_card_token("tok_visa"), None);
    }
}
