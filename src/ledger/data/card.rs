//! Test cards: what a card token or test payment method does when charged.

use crate::ledger::codec::image_enum;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardBrand {
    Visa,
    Mastercard,
    Amex,
}

impl CardBrand {
    pub fn as_str(self) -> &'static str {
        match self {
            CardBrand::Visa => "visa",
            CardBrand::Mastercard => "mastercard",
            CardBrand::Amex => "amex",
        }
    }
}

/// Why a test card is declined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decline {
    Generic,
    InsufficientFunds,
    LostCard,
    StolenCard,
    ExpiredCard,
    IncorrectCvc,
    ProcessingError,
    /// The card needs 3D Secure, and the payment was off-session or asked not to stop for it.
    AuthenticationRequired,
}

impl Decline {
    pub fn decline_code(self) -> &'static str {
        match self {
            Decline::Generic => "generic_decline",
            Decline::InsufficientFunds => "insufficient_funds",
            Decline::LostCard => "lost_card",
            Decline::StolenCard => "stolen_card",
            Decline::ExpiredCard => "expired_card",
            Decline::IncorrectCvc => "incorrect_cvc",
            Decline::ProcessingError => "processing_error",
            Decline::AuthenticationRequired => "authentication_required",
        }
    }

    /// Stripe's error `code` for the decline: most are `card_declined`; an expired card, a
    /// wrong CVC and a processing error have codes of their own.
    pub fn code(self) -> &'static str {
        match self {
            Decline::ExpiredCard => "expired_card",
            Decline::IncorrectCvc => "incorrect_cvc",
            Decline::ProcessingError => "processing_error",
            Decline::AuthenticationRequired => "authentication_required",
            Decline::Generic | Decline::InsufficientFunds | Decline::LostCard | Decline::StolenCard => "card_declined",
        }
    }
}

/// What a dispute test card does once its charge is captured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardDispute {
    /// `pm_card_createDispute`: a chargeback for fraud.
    Fraudulent,
    /// `pm_card_createDisputeProductNotReceived`.
    ProductNotReceived,
    /// `pm_card_createDisputeInquiry`: an inquiry, which withdraws nothing.
    Inquiry,
}

/// A test card, as a token names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Card {
    pub token: &'static str,
    pub brand: CardBrand,
    pub last4: &'static str,
    pub funding: &'static str,
    pub country: &'static str,
    /// `tok_bypassPending`: the funds skip the pending balance.
    pub bypass_pending: bool,
    pub decline: Option<Decline>,
    /// The charge succeeds and is then disputed.
    pub dispute: Option<CardDispute>,
    /// The card asks for 3D Secure: a PaymentIntent stops at `requires_action`.
    pub authentication_required: bool,
    /// Saving it (attaching, a SetupIntent) succeeds though charging it is declined:
    /// `pm_card_chargeCustomerFail`.
    pub attachable: bool,
}

impl Card {
    /// Why saving the card fails, if it does: Stripe checks a card when it is attached or set
    /// up, and the decline test cards fail that check as they fail a charge — all but the
    /// ones that fail only once money is asked of them (insufficient funds, and
    /// `pm_card_chargeCustomerFail`) (docs/behaviour.md §19).
    pub fn setup_decline(&self) -> Option<Decline> {
        self.decline
            .filter(|d| !self.attachable && *d != Decline::InsufficientFunds)
    }
}

image_enum!(Decline {
    Generic = 0,
    InsufficientFunds = 1,
    LostCard = 2,
    StolenCard = 3,
    ExpiredCard = 4,
    IncorrectCvc = 5,
    ProcessingError = 6,
    AuthenticationRequired = 7
});
