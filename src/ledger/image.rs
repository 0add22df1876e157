//! A world's image: the ledger written to bytes and read back, field by field.
//!
//! The layout belongs to the image, not to the structs in memory: each type lists its
//! fields here in the order they are written, by destructuring the struct whole, so adding,
//! removing or renaming a field does not compile until its image says what happens to it.
//! Enum variants are written as codes pinned by value. Any change to what this module
//! writes is a new state format: bump `FORMAT` in `server::persist` and decide whether the
//! old one is migrated or refused.
//!
//! Integers are LEB128 varints (signed ones zigzagged), strings and lists are a length then
//! their contents. Reading checks everything it can: a length that runs past the end, an
//! unknown code, an id that names nothing, bytes left over. A world read back is the world
//! that was written (`==`), and [`Ledger::from_image`] audits it before handing it out.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::country::Country;
use super::ids::IdCodec;
use super::kinds::Obj;
use super::money::{Amount, Currency};
use super::objects::*;
use super::onboarding::{Address, Company, Dob, Identity, Link, LinkKind, Onboarding, RejectReason};
use super::persons::{Person, Relationship};
use super::store::{Arena, History};
use super::tokens::card_for_token;
use super::{AuditError, Ledger};

/// Bytes being written.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    pub fn put<T: Image>(&mut self, value: &T) {
        value.write(self);
    }

    fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.out.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.out.push(value as u8);
    }

    fn bytes(&mut self, bytes: &[u8]) {
        self.varint(bytes.len() as u64);
        self.out.extend_from_slice(bytes);
    }
}

/// Bytes being read.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    pub fn take<T: Image>(&mut self) -> Result<T, ImageError> {
        T::read(self)
    }

    /// Ends the reading: every byte must have been read.
    pub fn finish(self) -> Result<(), ImageError> {
        match self.bytes.len() - self.at {
            0 => Ok(()),
            left => Err(ImageError::TrailingBytes { count: left }),
        }
    }

    fn byte(&mut self) -> Result<u8, ImageError> {
        let byte = *self.bytes.get(self.at).ok_or(ImageError::Truncated { at: self.at })?;
        self.at += 1;
        Ok(byte)
    }

    fn varint(&mut self) -> Result<u64, ImageError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ImageError::Invalid {
            what: "integer",
            at: self.at,
        })
    }

    fn bytes(&mut self) -> Result<&'a [u8], ImageError> {
        let len = usize::try_from(self.varint()?).map_err(|_| ImageError::Truncated { at: self.at })?;
        let end = self
            .at
            .checked_add(len)
            .filter(|end| *end <= self.bytes.len())
            .ok_or(ImageError::Truncated { at: self.at })?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn length(&mut self) -> Result<usize, ImageError> {
        let len = self.varint()?;
        // Every element takes at least one byte, so a longer list cannot be there.
        usize::try_from(len)
            .ok()
            .filter(|len| *len <= self.bytes.len() - self.at)
            .ok_or(ImageError::Truncated { at: self.at })
    }

    /// An error for a value read just before this point.
    pub fn invalid(&self, what: &'static str) -> ImageError {
        ImageError::Invalid { what, at: self.at }
    }
}

/// Why an image could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageError {
    /// It ends before `at` could be read.
    Truncated { at: usize },
    /// A value that cannot be what is read at `at` (an unknown code, an id that names
    /// nothing, text that is not UTF-8).
    Invalid { what: &'static str, at: usize },
    /// Bytes are left after the image.
    TrailingBytes { count: usize },
    /// The world read back breaks an invariant.
    Audit(AuditError),
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageError::Truncated { at } => write!(f, "it ends early (at byte {at})"),
            ImageError::Invalid { what, at } => write!(f, "byte {at} is not a valid {what}"),
            ImageError::TrailingBytes { count } => write!(f, "{count} bytes follow its end"),
            ImageError::Audit(error) => write!(f, "the world it holds does not audit ({error:?})"),
        }
    }
}

impl std::error::Error for ImageError {}

/// A value with an image.
pub trait Image: Sized {
    fn write(&self, w: &mut Writer);
    fn read(r: &mut Reader<'_>) -> Result<Self, ImageError>;
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl Image for $t {
            fn write(&self, w: &mut Writer) {
                w.varint(u64::from(*self));
            }

            fn read(r: &mut Reader<'_>) -> Result<$t, ImageError> {
                let value = r.varint()?;
                <$t>::try_from(value).map_err(|_| r.invalid(stringify!($t)))
            }
        }
    )*};
}

unsigned!(u8, u16, u32, u64);

impl Image for i64 {
    fn write(&self, w: &mut Writer) {
        w.varint(((*self << 1) ^ (*self >> 63)) as u64);
    }

    fn read(r: &mut Reader<'_>) -> Result<i64, ImageError> {
        let value = r.varint()?;
        Ok(((value >> 1) as i64) ^ -((value & 1) as i64))
    }
}

impl Image for i128 {
    fn write(&self, w: &mut Writer) {
        w.out.extend_from_slice(&self.to_le_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<i128, ImageError> {
        let mut bytes = [0u8; 16];
        for byte in &mut bytes {
            *byte = r.byte()?;
        }
        Ok(i128::from_le_bytes(bytes))
    }
}

impl Image for u128 {
    fn write(&self, w: &mut Writer) {
        w.out.extend_from_slice(&self.to_le_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<u128, ImageError> {
        let mut bytes = [0u8; 16];
        for byte in &mut bytes {
            *byte = r.byte()?;
        }
        Ok(u128::from_le_bytes(bytes))
    }
}

impl Image for bool {
    fn write(&self, w: &mut Writer) {
        w.out.push(u8::from(*self));
    }

    fn read(r: &mut Reader<'_>) -> Result<bool, ImageError> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(r.invalid("boolean")),
        }
    }
}

impl Image for String {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<String, ImageError> {
        let bytes = r.bytes()?;
        String::from_utf8(bytes.to_vec()).map_err(|_| r.invalid("string"))
    }
}

impl Image for Box<str> {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<Box<str>, ImageError> {
        String::read(r).map(String::into_boxed_str)
    }
}

impl Image for Vec<u8> {
    fn write(&self, w: &mut Writer) {
        w.bytes(self);
    }

    fn read(r: &mut Reader<'_>) -> Result<Vec<u8>, ImageError> {
        r.bytes().map(<[u8]>::to_vec)
    }
}

impl<T: Image> Image for Option<T> {
    fn write(&self, w: &mut Writer) {
        match self {
            None => w.out.push(0),
            Some(value) => {
                w.out.push(1);
                value.write(w);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Option<T>, ImageError> {
        match r.byte()? {
            0 => Ok(None),
            1 => Ok(Some(T::read(r)?)),
            _ => Err(r.invalid("option")),
        }
    }
}

/// A list (not `Vec<u8>`, which is written as bytes).
pub struct List;

impl List {
    pub fn write<T: Image>(items: &[T], w: &mut Writer) {
        w.varint(items.len() as u64);
        for item in items {
            item.write(w);
        }
    }

    pub fn read<T: Image>(r: &mut Reader<'_>) -> Result<Vec<T>, ImageError> {
        let len = r.length()?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::read(r)?);
        }
        Ok(items)
    }
}

macro_rules! list_of {
    ($($t:ty),* $(,)?) => {$(
        impl Image for Vec<$t> {
            fn write(&self, w: &mut Writer) {
                List::write(self, w);
            }

            fn read(r: &mut Reader<'_>) -> Result<Vec<$t>, ImageError> {
                List::read(r)
            }
        }
    )*};
}

impl<A: Image, B: Image> Image for (A, B) {
    fn write(&self, w: &mut Writer) {
        self.0.write(w);
        self.1.write(w);
    }

    fn read(r: &mut Reader<'_>) -> Result<(A, B), ImageError> {
        Ok((A::read(r)?, B::read(r)?))
    }
}

impl<K: Image + Ord, V: Image> Image for BTreeMap<K, V> {
    fn write(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for (key, value) in self {
            key.write(w);
            value.write(w);
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<BTreeMap<K, V>, ImageError> {
        let len = r.length()?;
        let mut map = BTreeMap::new();
        for _ in 0..len {
            let key = K::read(r)?;
            map.insert(key, V::read(r)?);
        }
        Ok(map)
    }
}

impl<T: Image + Ord> Image for BTreeSet<T> {
    fn write(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for item in self {
            item.write(w);
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<BTreeSet<T>, ImageError> {
        let len = r.length()?;
        let mut set = BTreeSet::new();
        for _ in 0..len {
            set.insert(T::read(r)?);
        }
        Ok(set)
    }
}

/// A struct's image: its fields in order. The struct is destructured whole, so a field
/// added to it does not compile until it is added here.
#[macro_export]
macro_rules! image_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::ledger::image::Image for $ty {
            fn write(&self, w: &mut $crate::ledger::image::Writer) {
                let $ty { $($field),* } = self;
                $(w.put($field);)*
            }

            fn read(
                r: &mut $crate::ledger::image::Reader<'_>,
            ) -> Result<$ty, $crate::ledger::image::ImageError> {
                Ok($ty { $($field: r.take()?),* })
            }
        }
    };
}

/// A field-less enum's image: each variant's code, pinned by value.
#[macro_export]
macro_rules! image_enum {
    ($ty:ident { $($variant:ident = $code:literal),* $(,)? }) => {
        impl $crate::ledger::image::Image for $ty {
            fn write(&self, w: &mut $crate::ledger::image::Writer) {
                let code: u8 = match self { $($ty::$variant => $code),* };
                w.put(&code);
            }

            fn read(
                r: &mut $crate::ledger::image::Reader<'_>,
            ) -> Result<$ty, $crate::ledger::image::ImageError> {
                match r.take::<u8>()? {
                    $($code => Ok($ty::$variant),)*
                    _ => Err(r.invalid(stringify!($ty))),
                }
            }
        }
    };
}

macro_rules! typed_ids {
    ($($id:ident),*) => {$(
        impl Image for $id {
            fn write(&self, w: &mut Writer) {
                w.varint(u64::from(self.0));
            }

            fn read(r: &mut Reader<'_>) -> Result<$id, ImageError> {
                Ok($id(u32::read(r)?))
            }
        }
    )*};
}

typed_ids!(
    AccountId,
    BankAccountId,
    ChargeId,
    TransferId,
    ReversalId,
    PayoutId,
    RefundId,
    TxnId,
    EventId,
    PersonId
);

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

impl Image for Country {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.as_str().as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<Country, ImageError> {
        let text = String::read(r)?;
        Country::parse(&text).ok_or_else(|| r.invalid("country"))
    }
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

impl Image for Metadata {
    fn write(&self, w: &mut Writer) {
        let pairs: Vec<(Box<str>, Box<str>)> = self.iter().map(|(k, v)| (k.into(), v.into())).collect();
        List::write(&pairs, w);
    }

    fn read(r: &mut Reader<'_>) -> Result<Metadata, ImageError> {
        let pairs: Vec<(Box<str>, Box<str>)> = List::read(r)?;
        Metadata::from_sorted(pairs).ok_or_else(|| r.invalid("metadata"))
    }
}

/// `business_profile` field names are written as text and read back as the known names.
struct ProfileField(&'static str);

impl Image for ProfileField {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.0.as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<ProfileField, ImageError> {
        let name = String::read(r)?;
        BUSINESS_PROFILE_FIELDS
            .iter()
            .find(|known| **known == name)
            .map(|known| ProfileField(known))
            .ok_or_else(|| r.invalid("business_profile field"))
    }
}

list_of!(
    (Box<str>, CapabilityStatus),
    BankAccountId,
    CurrencyBalance,
    ChargeId,
    TransferId,
    PayoutId,
    RefundId,
    TxnId,
    EventId,
    ReversalId,
    (Currency, i128),
    (u64, Account),
    (u64, BankAccount),
    (u64, Charge),
    (u64, Transfer),
    (u64, Reversal),
    (u64, Payout),
    (u64, Refund),
    (u64, BalanceTransaction),
    (u64, Event),
    Account,
    BankAccount,
    Charge,
    Transfer,
    Reversal,
    Payout,
    Refund,
    BalanceTransaction,
    Event,
    Books,
    u64,
    PersonId,
    Person,
    (u64, Person),
    Link,
);

image_enum!(AccountType {
    Standard = 0,
    Express = 1,
    Custom = 2,
    None = 3
});
image_enum!(Liability {
    Application = 0,
    Stripe = 1
});
image_enum!(RequirementCollector {
    Application = 0,
    Stripe = 1
});
image_enum!(FeePayer {
    Account = 0,
    Application = 1,
    ApplicationCustom = 2,
    ApplicationExpress = 3
});
image_enum!(Dashboard {
    Express = 0,
    Full = 1,
    None = 2
});
image_enum!(CapabilityStatus {
    Active = 0,
    Inactive = 1,
    Pending = 2,
    Unrequested = 3,
    Disabled = 4
});
image_enum!(BankAccountStatus {
    New = 0,
    Validated = 1,
    Verified = 2,
    VerificationFailed = 3,
    Errored = 4
});
image_enum!(PayoutFailure {
    NoAccount = 0,
    AccountClosed = 1,
    InsufficientFunds = 2,
    DebitNotAuthorized = 3
});
image_enum!(ChargeStatus {
    Succeeded = 0,
    Failed = 1
});
image_enum!(DebitFlow {
    Charge = 0,
    Transfer = 1
});
image_enum!(PayoutStatus {
    Pending = 0,
    Paid = 1,
    Failed = 2,
    Canceled = 3
});
image_enum!(RefundReason {
    Duplicate = 0,
    Fraudulent = 1,
    RequestedByCustomer = 2
});
image_enum!(TxnType {
    Charge = 0,
    Payment = 1,
    Transfer = 2,
    TransferRefund = 3,
    PaymentRefund = 4,
    Refund = 5,
    Payout = 6,
    PayoutFailure = 7,
    ReserveTransaction = 8,
    PayoutCancel = 9
});
image_enum!(TxnStatus {
    Pending = 0,
    Available = 1
});
image_enum!(EventType {
    AccountUpdated = 0,
    AccountExternalAccountCreated = 1,
    ChargeUpdated = 2,
    BalanceAvailable = 3,
    ChargeSucceeded = 4,
    ChargeFailed = 5,
    ChargeRefunded = 6,
    RefundCreated = 7,
    TransferCreated = 8,
    TransferReversed = 9,
    TransferUpdated = 10,
    PayoutCreated = 11,
    PayoutPaid = 12,
    PayoutFailed = 13,
    AccountExternalAccountUpdated = 200,
    AccountExternalAccountDeleted = 201,
    PayoutCanceled = 202,
    PayoutUpdated = 203,
    RefundUpdated = 204,
    PersonCreated = 205,
    PersonUpdated = 206,
    PersonDeleted = 207
});
image_enum!(RejectReason {
    Fraud = 0,
    TermsOfService = 1,
    Other = 2
});
image_enum!(LinkKind {
    Onboarding = 0,
    Update = 1,
    Login = 2
});

impl Image for Controller {
    fn write(&self, w: &mut Writer) {
        let Controller {
            losses,
            requirement_collection,
            fees_payer,
            dashboard,
        } = self;
        w.put(losses);
        w.put(requirement_collection);
        w.put(fees_payer);
        w.put(dashboard);
    }

    fn read(r: &mut Reader<'_>) -> Result<Controller, ImageError> {
        Ok(Controller {
            losses: r.take()?,
            requirement_collection: r.take()?,
            fees_payer: r.take()?,
            dashboard: r.take()?,
        })
    }
}

impl Image for Role {
    fn write(&self, w: &mut Writer) {
        match self {
            Role::Platform {
                connect_reserves_enabled,
            } => {
                w.put(&0u8);
                w.put(connect_reserves_enabled);
            }
            Role::Connected {
                account_type,
                controller,
            } => {
                w.put(&1u8);
                w.put(account_type);
                w.put(controller);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Role, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(Role::Platform {
                connect_reserves_enabled: r.take()?,
            }),
            1 => Ok(Role::Connected {
                account_type: r.take()?,
                controller: r.take()?,
            }),
            _ => Err(r.invalid("account role")),
        }
    }
}

impl Image for PayoutInterval {
    fn write(&self, w: &mut Writer) {
        match self {
            PayoutInterval::Manual => w.put(&0u8),
            PayoutInterval::Daily => w.put(&1u8),
            PayoutInterval::Weekly(day) => {
                w.put(&2u8);
                w.put(day);
            }
            PayoutInterval::Monthly(day) => {
                w.put(&3u8);
                w.put(day);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<PayoutInterval, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(PayoutInterval::Manual),
            1 => Ok(PayoutInterval::Daily),
            2 => Ok(PayoutInterval::Weekly(r.take()?)),
            3 => Ok(PayoutInterval::Monthly(r.take()?)),
            _ => Err(r.invalid("payout interval")),
        }
    }
}

impl Image for ChargeSource {
    fn write(&self, w: &mut Writer) {
        match self {
            ChargeSource::Card(card) => {
                w.put(&0u8);
                w.put(card);
            }
            ChargeSource::Account { from, transfer } => {
                w.put(&1u8);
                w.put(from);
                w.put(transfer);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<ChargeSource, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(ChargeSource::Card(r.take()?)),
            1 => Ok(ChargeSource::Account {
                from: r.take()?,
                transfer: r.take()?,
            }),
            _ => Err(r.invalid("charge source")),
        }
    }
}

impl Image for Reference {
    fn write(&self, w: &mut Writer) {
        match self {
            Reference::Charge(id) => {
                w.put(&0u8);
                w.put(id);
            }
            Reference::Payout(id) => {
                w.put(&1u8);
                w.put(id);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Reference, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(Reference::Charge(r.take()?)),
            1 => Ok(Reference::Payout(r.take()?)),
            _ => Err(r.invalid("reference")),
        }
    }
}

/// An object reference: its kind's code, pinned by value, then its index.
impl Image for Obj {
    fn write(&self, w: &mut Writer) {
        let code: u8 = match self {
            Obj::Account(_) => 0,
            Obj::Balance(_) => 1,
            Obj::BankAccount(_) => 2,
            Obj::Charge(_) => 3,
            Obj::Transfer(_) => 4,
            Obj::Reversal(_) => 5,
            Obj::Payout(_) => 6,
            Obj::Refund(_) => 7,
            Obj::BalanceTransaction(_) => 8,
            Obj::Event(_) => 9,
            Obj::Person(_) => 40,
        };
        w.put(&code);
        w.put(&self.index());
    }

    fn read(r: &mut Reader<'_>) -> Result<Obj, ImageError> {
        let code = r.take::<u8>()?;
        let index = r.take::<u32>()?;
        Ok(match code {
            0 => Obj::Account(AccountId(index)),
            1 => Obj::Balance(AccountId(index)),
            2 => Obj::BankAccount(BankAccountId(index)),
            3 => Obj::Charge(ChargeId(index)),
            4 => Obj::Transfer(TransferId(index)),
            5 => Obj::Reversal(ReversalId(index)),
            6 => Obj::Payout(PayoutId(index)),
            7 => Obj::Refund(RefundId(index)),
            8 => Obj::BalanceTransaction(TxnId(index)),
            9 => Obj::Event(EventId(index)),
            40 => Obj::Person(PersonId(index)),
            _ => return Err(r.invalid("object kind")),
        })
    }
}

impl Image for TxnSource {
    fn write(&self, w: &mut Writer) {
        match self {
            TxnSource::Object(obj) => {
                w.put(&0u8);
                w.put(obj);
            }
            TxnSource::Reserve(account) => {
                w.put(&1u8);
                w.put(account);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<TxnSource, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(TxnSource::Object(r.take()?)),
            1 => Ok(TxnSource::Reserve(r.take()?)),
            _ => Err(r.invalid("balance transaction source")),
        }
    }
}

impl Image for Vec<(&'static str, Box<str>)> {
    fn write(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for (field, value) in self {
            ProfileField(field).write(w);
            value.write(w);
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Self, ImageError> {
        let len = r.length()?;
        let mut fields = Vec::with_capacity(len);
        for _ in 0..len {
            let ProfileField(field) = ProfileField::read(r)?;
            fields.push((field, Box::<str>::read(r)?));
        }
        Ok(fields)
    }
}

image_struct!(TosAcceptance { date, ip, user_agent });
image_struct!(PayoutSchedule { interval, delay_days });
image_struct!(PayoutSettings {
    debit_negative_balances,
    schedule,
    statement_descriptor
});
image_struct!(CurrencyBalance {
    currency,
    available,
    pending,
    connect_reserved,
    reserve_held,
    debit_shortfall
});
image_struct!(AccountIndexes {
    charges,
    transfers,
    payouts,
    refunds,
    balance_transactions,
    events
});
image_struct!(Books { balances, indexes });
image_struct!(Account {
    id,
    role,
    country,
    default_currency,
    email,
    business_type,
    business_profile,
    tos_acceptance,
    created,
    capabilities,
    bank_accounts,
    payouts,
    metadata,
    onboarding,
    persons,
    deleted
});
image_struct!(Address {
    line1,
    line2,
    city,
    state,
    postal_code,
    country
});
image_struct!(Dob { day, month, year });
image_struct!(Identity {
    first_name,
    last_name,
    email,
    phone,
    dob,
    address,
    id_number_provided,
    ssn_last_4_provided
});
image_struct!(Company {
    name,
    phone,
    tax_id_provided,
    address
});
image_struct!(Onboarding {
    details_submitted,
    rejected,
    individual,
    company
});
image_struct!(Relationship {
    representative,
    owner,
    director,
    executive,
    title
});
image_struct!(Person {
    account,
    created,
    identity,
    relationship,
    metadata,
    deleted
});
image_struct!(Link {
    account,
    kind,
    created,
    expires_at,
    refresh_url,
    return_url,
    used
});
image_struct!(BankAccount {
    account,
    country,
    currency,
    status,
    default_for_currency,
    last4,
    routing_number,
    bank_name,
    account_holder_name,
    payout_failure,
    metadata,
    deleted
});
image_struct!(DestinationTransfer {
    destination,
    amount,
    transfer
});
image_struct!(Charge {
    account,
    source,
    amount,
    amount_refunded,
    currency,
    created,
    status,
    balance_transaction,
    description,
    statement_descriptor,
    statement_descriptor_suffix,
    receipt_email,
    metadata,
    transfer_group,
    destination,
    refunds,
    transferred
});
image_struct!(Debit { flow, reference });
image_struct!(Transfer {
    from,
    to,
    amount,
    amount_reversed,
    currency,
    created,
    balance_transaction,
    destination_payment,
    source_transaction,
    transfer_group,
    description,
    metadata,
    reversals,
    debit
});
image_struct!(Reversal {
    transfer,
    amount,
    currency,
    created,
    balance_transaction,
    destination_balance_transaction,
    source_refund,
    description,
    metadata
});
image_struct!(Payout {
    account,
    amount,
    currency,
    created,
    arrival_date,
    automatic,
    status,
    destination,
    balance_transaction,
    failure_balance_transaction,
    failure,
    covers_since,
    description,
    statement_descriptor,
    metadata,
    reversed_by,
    original_payout
});
image_struct!(Refund {
    charge,
    amount,
    currency,
    created,
    balance_transaction,
    reason,
    metadata,
    transfer_reversal
});
image_struct!(BalanceTransaction {
    account,
    currency,
    kind,
    amount,
    fee,
    status,
    available_on,
    created,
    source
});
image_struct!(Event {
    kind,
    account,
    object,
    created,
    at,
    previous,
    automatic
});

impl<T: Image + Clone> Image for Arena<T>
where
    Vec<(u64, T)>: Image,
{
    fn write(&self, w: &mut Writer) {
        let (items, changed, history) = self.parts();
        List::write(items, w);
        List::write(changed, w);
        w.put(history);
    }

    fn read(r: &mut Reader<'_>) -> Result<Arena<T>, ImageError> {
        let items: Vec<T> = List::read(r)?;
        let changed: Vec<u64> = List::read(r)?;
        let history: History<T> = r.take()?;
        Arena::from_parts(items, changed, history).ok_or_else(|| r.invalid("arena"))
    }
}

impl Ledger {
    /// The world's image.
    pub fn write_image(&self, w: &mut Writer) {
        let Ledger {
            codec,
            now,
            version,
            accounts,
            books,
            // Derived from the accounts on reading.
            account_ids: _,
            bank_accounts,
            charges,
            transfers,
            reversals,
            payouts,
            refunds,
            txns,
            events,
            balance_snapshots,
            maturing,
            arriving,
            next_payout_run,
            external,
            persons,
            links,
            onboarding_required,
        } = self;
        // The codec is rebuilt from its seed.
        w.put(&codec.seed());
        w.put(now);
        w.put(version);
        w.put(accounts);
        List::write(books, w);
        w.put(bank_accounts);
        w.put(charges);
        w.put(transfers);
        w.put(reversals);
        w.put(payouts);
        w.put(refunds);
        w.put(txns);
        w.put(events);
        w.put(balance_snapshots);
        w.put(maturing);
        w.put(arriving);
        w.put(next_payout_run);
        List::write(external, w);
        w.put(persons);
        List::write(links, w);
        w.put(onboarding_required);
    }

    /// A world from its image, checked: every id it holds names an object, and it audits.
    pub fn read_image(r: &mut Reader<'_>) -> Result<Ledger, ImageError> {
        let seed: u64 = r.take()?;
        let mut ledger = Ledger {
            codec: IdCodec::new(seed),
            now: r.take()?,
            version: r.take()?,
            accounts: r.take()?,
            books: List::read(r)?,
            account_ids: BTreeMap::new(),
            bank_accounts: r.take()?,
            charges: r.take()?,
            transfers: r.take()?,
            reversals: r.take()?,
            payouts: r.take()?,
            refunds: r.take()?,
            txns: r.take()?,
            events: r.take()?,
            balance_snapshots: r.take()?,
            maturing: r.take()?,
            arriving: r.take()?,
            next_payout_run: r.take()?,
            external: List::read(r)?,
            persons: r.take()?,
            links: List::read(r)?,
            onboarding_required: r.take()?,
        };
        if ledger.books.len() != ledger.accounts.len() || ledger.accounts.is_empty() {
            return Err(r.invalid("world (accounts and books disagree)"));
        }
        for (index, account) in ledger.accounts.iter().enumerate() {
            ledger.account_ids.insert(account.id.clone(), AccountId(index as u32));
        }
        if !ledger.references_hold() {
            return Err(r.invalid("world (an id names nothing)"));
        }
        ledger.audit().map_err(ImageError::Audit)?;
        Ok(ledger)
    }

    /// Whether every id the world holds names an object of the world, so reading an image
    /// can never make a lookup panic later.
    fn references_hold(&self) -> bool {
        let accounts = self.accounts.len();
        let has = |obj: Obj| match obj {
            Obj::Account(id) | Obj::Balance(id) => id.index() < accounts,
            Obj::BankAccount(id) => id.index() < self.bank_accounts.len(),
            Obj::Charge(id) => id.index() < self.charges.len(),
            Obj::Transfer(id) => id.index() < self.transfers.len(),
            Obj::Reversal(id) => id.index() < self.reversals.len(),
            Obj::Payout(id) => id.index() < self.payouts.len(),
            Obj::Refund(id) => id.index() < self.refunds.len(),
            Obj::BalanceTransaction(id) => id.index() < self.txns.len(),
            Obj::Event(id) => id.index() < self.events.len(),
            Obj::Person(id) => id.index() < self.persons.len(),
        };
        let all = |objs: &mut dyn Iterator<Item = Obj>| {
            for obj in objs {
                if !has(obj) {
                    return false;
                }
            }
            true
        };
        let (accounts_, _, account_history) = self.accounts.parts();
        let account_ok = |a: &Account| {
            all(&mut a
                .bank_accounts
                .iter()
                .map(|b| Obj::BankAccount(*b))
                .chain(a.persons.iter().map(|p| Obj::Person(*p))))
        };
        let charge_ok = |c: &Charge| {
            let source = match c.source {
                ChargeSource::Card(_) => vec![Obj::Account(c.account)],
                ChargeSource::Account { from, transfer } => vec![Obj::Account(from), Obj::Transfer(transfer)],
            };
            all(&mut source
                .into_iter()
                .chain(c.balance_transaction.map(Obj::BalanceTransaction))
                .chain(
                    c.destination
                        .iter()
                        .flat_map(|d| [Obj::Account(d.destination), Obj::Transfer(d.transfer)]),
                )
                .chain(c.refunds.iter().map(|r| Obj::Refund(*r))))
        };
        let transfer_ok = |t: &Transfer| {
            all(&mut [
                Obj::Account(t.from),
                Obj::Account(t.to),
                Obj::BalanceTransaction(t.balance_transaction),
                Obj::Charge(t.destination_payment),
            ]
            .into_iter()
            .chain(t.source_transaction.map(Obj::Charge))
            .chain(t.reversals.iter().map(|r| Obj::Reversal(*r)))
            .chain(t.debit.and_then(|d| d.reference).map(|r| match r {
                Reference::Charge(c) => Obj::Charge(c),
                Reference::Payout(p) => Obj::Payout(p),
            })))
        };
        let reversal_ok = |r: &Reversal| {
            all(&mut [
                Obj::Transfer(r.transfer),
                Obj::BalanceTransaction(r.balance_transaction),
                Obj::BalanceTransaction(r.destination_balance_transaction),
            ]
            .into_iter()
            .chain(r.source_refund.map(Obj::Refund)))
        };
        let payout_ok = |p: &Payout| {
            all(&mut [
                Obj::Account(p.account),
                Obj::BankAccount(p.destination),
                Obj::BalanceTransaction(p.balance_transaction),
            ]
            .into_iter()
            .chain(p.failure_balance_transaction.map(Obj::BalanceTransaction))
            .chain(p.reversed_by.map(Obj::Payout))
            .chain(p.original_payout.map(Obj::Payout)))
        };
        let refund_ok = |r: &Refund| {
            all(
                &mut [Obj::Charge(r.charge), Obj::BalanceTransaction(r.balance_transaction)]
                    .into_iter()
                    .chain(r.transfer_reversal.map(Obj::Reversal)),
            )
        };
        let txn_ok = |t: &BalanceTransaction| {
            has(Obj::Account(t.account))
                && match t.source {
                    TxnSource::Object(obj) => has(obj),
                    TxnSource::Reserve(account) => has(Obj::Account(account)),
                }
        };
        let event_ok = |e: &Event| has(Obj::Account(e.account)) && has(e.object) && e.at <= self.version;
        fn every<T>(arena: &Arena<T>, ok: impl Fn(&T) -> bool) -> bool
        where
            T: Clone,
        {
            let (items, _, history) = arena.parts();
            items.iter().all(&ok) && history.values().flatten().all(|(_, item)| ok(item))
        }
        accounts_.iter().all(account_ok)
            && account_history.values().flatten().all(|(_, a)| account_ok(a))
            && every(&self.bank_accounts, |b| has(Obj::Account(b.account)))
            && every(&self.charges, charge_ok)
            && every(&self.transfers, transfer_ok)
            && every(&self.reversals, reversal_ok)
            && every(&self.payouts, payout_ok)
            && every(&self.refunds, refund_ok)
            && every(&self.txns, txn_ok)
            && every(&self.events, event_ok)
            && every(&self.persons, |p| has(Obj::Account(p.account)))
            && self.links.iter().all(|l| has(Obj::Account(l.account)))
            && self.books.iter().all(|b| {
                let i = &b.indexes;
                all(&mut i.charges.iter().map(|x| Obj::Charge(*x)))
                    && all(&mut i.transfers.iter().map(|x| Obj::Transfer(*x)))
                    && all(&mut i.payouts.iter().map(|x| Obj::Payout(*x)))
                    && all(&mut i.refunds.iter().map(|x| Obj::Refund(*x)))
                    && all(&mut i.balance_transactions.iter().map(|x| Obj::BalanceTransaction(*x)))
                    && all(&mut i.events.iter().map(|x| Obj::Event(*x)))
            })
            && self.balance_snapshots.keys().all(|e| has(Obj::Event(EventId(*e))))
            && self.maturing.iter().all(|(_, t)| has(Obj::BalanceTransaction(*t)))
            && self.arriving.iter().all(|(_, p)| has(Obj::Payout(*p)))
    }
}

impl Image for Ledger {
    fn write(&self, w: &mut Writer) {
        self.write_image(w);
    }

    fn read(r: &mut Reader<'_>) -> Result<Ledger, ImageError> {
        Ledger::read_image(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_round_trip() {
        let mut w = Writer::new();
        let values = [0i64, 1, -1, 63, -64, i64::MAX, i64::MIN, 300, -300];
        for v in values {
            w.put(&v);
        }
        w.put(&u64::MAX);
        w.put(&i128::MIN);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        for v in values {
            assert_eq!(r.take::<i64>().unwrap(), v);
        }
        assert_eq!(r.take::<u64>().unwrap(), u64::MAX);
        assert_eq!(r.take::<i128>().unwrap(), i128::MIN);
        r.finish().unwrap();
    }

    #[test]
    fn damage_is_an_error_not_a_panic() {
        let mut w = Writer::new();
        w.put(&String::from("hello"));
        let bytes = w.into_bytes();
        for cut in 0..bytes.len() {
            assert!(Reader::new(&bytes[..cut]).take::<String>().is_err(), "{cut}");
        }
        // A length far beyond the bytes there.
        assert!(Reader::new(&[0xff, 0xff, 0xff, 0x0f]).take::<String>().is_err());
        assert!(Reader::new(&[0x02, 0xff, 0xfe]).take::<String>().is_err(), "not UTF-8");
        assert!(Reader::new(&[7]).take::<bool>().is_err());
        let mut r = Reader::new(&[1, 2]);
        r.take::<u8>().unwrap();
        assert_eq!(r.finish(), Err(ImageError::TrailingBytes { count: 1 }));
    }
}
