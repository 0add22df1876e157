//! Values Stripe spells as text: enums declared once with their wire text and image code
//! ([`wire_enum!`]), read back from a request through [`Spelled`].

/// An enum Stripe spells as text, with every spelling it accepts.
pub trait Spelled: Sized {
    /// Every spelling, for an error that lists the choices.
    const CHOICES: &'static [&'static str];
    /// The value `text` spells.
    fn parse(text: &str) -> Option<Self>;
}

/// A field-less enum that Stripe spells as text: each variant declared once, with its wire
/// text and its image code (pinned by value), from which come the enum, `as_str`, `parse`,
/// `ALL` and its image.
///
/// ```text
/// wire_enum! {
///     /// What a payout is doing.
///     pub enum PayoutStatus {
///         Pending: "pending" = 0,
///         Paid: "paid" = 1,
///     }
/// }
/// ```
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $ty:ident {
            $($(#[$vmeta:meta])* $variant:ident: $text:literal = $code:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $ty {
            $($(#[$vmeta])* $variant,)+
        }

        impl $ty {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// Stripe's spelling.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $text,)+
                }
            }

            /// The variant Stripe spells `text`.
            pub fn parse(text: &str) -> Option<$ty> {
                match text {
                    $($text => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::ledger::data::wire::Spelled for $ty {
            const CHOICES: &'static [&'static str] = &[$($text),+];

            fn parse(text: &str) -> Option<$ty> {
                $ty::parse(text)
            }
        }

        $crate::ledger::codec::image_enum!($ty { $($variant = $code),+ });
    };
}
pub(crate) use wire_enum;
