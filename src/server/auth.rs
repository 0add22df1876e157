//! API keys and the `Stripe-Account` header: who is calling, and as which account.
//!
//! A key names a *world* (debit-rules.md §1): `sk_test_abc`, `rk_test_abc` and
//! `pk_test_abc` act on the same world — the restricted key read-only, the publishable key
//! only where Stripe lets a browser or a mobile app act (docs/behaviour.md §20). Only
//! test-mode keys are accepted, and only in the shape `sk_test_`/`rk_test_`/`pk_test_` +
//! 1–247 of `[A-Za-z0-9_]` (Stripe's keys are alphanumeric; the underscore lets users name
//! worlds, and 8 + 247 = 255 keeps a key within what any client stores). An ephemeral key's
//! secret, `ek_test_` + the world's name + `_` + a token the world issued, acts for one
//! customer of that world.
//!
//! Keys are secrets even here, because users paste real-looking keys: nothing in this
//! module puts an unmasked key into an error, and [`ApiKey`]'s `Debug` and `Display`
//! show it masked, so a key logged by mistake is still masked.

use std::borrow::Cow;
use std::fmt;

use axum::http::{HeaderMap, HeaderName, header};
use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

use super::error::ApiError;
/// Stripe's request headers, parsed once: a lookup by `&str` parses the name every time.
pub const STRIPE_ACCOUNT: HeaderName = HeaderName::from_static("stripe-account");
pub const STRIPE_VERSION: HeaderName = HeaderName::from_static("stripe-version");
pub const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");

/// The longest `Authorization` header accepted. Longer ones are refused, and only this
/// much of them is read (to show the key in the error, masked), so a hostile header
/// costs no more than this to handle.
pub const MAX_AUTHORIZATION_BYTES: usize = 8 * 1024;

/// The longest key body (the part after `sk_test_`).
pub const MAX_KEY_BODY_CHARS: usize = 247;

/// The longest account id body (the part after `acct_`). Stripe's are 16.
pub const MAX_ACCOUNT_BODY_CHARS: usize = 64;

/// At most this many `*` in a masked key: enough for every valid key, and a bound on
/// the error message when the "key" is 8 KiB of garbage.
const MAX_MASK_STARS: usize = MAX_KEY_BODY_CHARS - 4;

/// The prefixes a mask keeps, as Stripe's does: they say what kind of key it was
/// without saying which.
const KNOWN_PREFIXES: [&str; 7] = [
    "sk_test_", "rk_test_", "sk_live_", "rk_live_", "pk_test_", "pk_live_", "ek_test_",
];

/// The length of an ephemeral key's token: an id's 23 digits and 22 more.
pub const EPHEMERAL_TOKEN_CHARS: usize = 45;

/// HTTP Basic credentials are standard base64. Padding is optional because some clients
/// drop it; trailing bits are not checked because the result is validated anyway.
const BASIC: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Which kind of test-mode key was presented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyKind {
    /// `sk_test_…`: may read and write its world.
    Secret,
    /// `rk_test_…`: may only read the world of the secret key with the same body.
    Restricted,
    /// `pk_test_…`: what Stripe lets a publishable key do, in the world of the secret key
    /// with the same body.
    Publishable,
    /// `ek_test_<world>_<token>`: one customer's cards, while the world's key with that
    /// token lives.
    Ephemeral,
}

impl KeyKind {
    const ALL: [KeyKind; 4] = [
        KeyKind::Secret,
        KeyKind::Restricted,
        KeyKind::Publishable,
        KeyKind::Ephemeral,
    ];

    fn prefix(self) -> &'static str {
        match self {
            KeyKind::Secret => "sk_test_",
            KeyKind::Restricted => "rk_test_",
            KeyKind::Publishable => "pk_test_",
            KeyKind::Ephemeral => "ek_test_",
        }
    }
}

/// A validated test-mode API key. Only [`ApiKey::parse`] (and so [`authenticate`]) makes
/// one, so holding one means the shape has been checked.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ApiKey {
    kind: KeyKind,
    /// The whole key as sent, prefix included. Private so that it cannot be printed by
    /// accident; [`ApiKey::world_key`] gives the part that identifies the world.
    raw: String,
    /// Where the world's name ends in `raw` (before an ephemeral key's `_token`).
    world_end: usize,
}

impl ApiKey {
    /// Checks the shape of a key. A refusal is Stripe's 401 "Invalid API Key provided",
    /// with the key masked.
    pub fn parse(key: &str) -> Result<ApiKey, ApiError> {
        let invalid = || ApiError::invalid_api_key(&mask_key(key));
        let kind = KeyKind::ALL
            .into_iter()
            .find(|k| key.starts_with(k.prefix()))
            .ok_or_else(invalid)?;
        let body = &key[kind.prefix().len()..];
        // An ephemeral key's world is its body but the `_token` at its end.
        let world = match kind {
            KeyKind::Ephemeral => {
                let (world, token) = body.rsplit_once('_').ok_or_else(invalid)?;
                let token_ok = token.len() == EPHEMERAL_TOKEN_CHARS && token.bytes().all(|b| b.is_ascii_alphanumeric());
                if !token_ok {
                    return Err(invalid());
                }
                world
            }
            _ => body,
        };
        let well_formed = (1..=MAX_KEY_BODY_CHARS).contains(&world.len())
            && world.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !well_formed {
            return Err(invalid());
        }
        Ok(ApiKey {
            kind,
            raw: key.to_owned(),
            world_end: kind.prefix().len() + world.len(),
        })
    }

    /// Secret or restricted.
    pub fn kind(&self) -> KeyKind {
        self.kind
    }

    /// The part after `sk_test_`/`rk_test_`/`pk_test_` (and before an ephemeral key's
    /// token): the name of the world this key acts on, so `rk_test_abc` reads the world of
    /// `sk_test_abc`. It is as secret as the key.
    pub fn world_key(&self) -> &str {
        &self.raw[self.kind.prefix().len()..self.world_end]
    }

    /// An ephemeral key's token, which its world checks.
    pub fn ephemeral_token(&self) -> Option<&str> {
        (self.kind == KeyKind::Ephemeral).then(|| &self.raw[self.world_end + 1..])
    }

    /// Whether this key may only read (a restricted key).
    pub fn is_read_only(&self) -> bool {
        self.kind == KeyKind::Restricted
    }

    /// The key as Stripe shows it in errors: `sk_test_********************1234`.
    pub fn masked(&self) -> String {
        mask_key(&self.raw)
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiKey")
            .field("kind", &self.kind)
            .field("key", &self.masked())
            .finish()
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Masks any text presented as a key, as Stripe masks keys: a known prefix (`sk_test_`,
/// `pk_live_`, …) is kept, then one `*` for each character of the rest but its last four,
/// which are shown. A rest of four characters or fewer is masked entirely, since showing
/// it would show the whole key. The stars stop at 243, so garbage stays short; control
/// characters among the last four are shown as `?`.
pub fn mask_key(text: &str) -> String {
    let prefix = KNOWN_PREFIXES
        .iter()
        .find(|p| text.starts_with(**p))
        .copied()
        .unwrap_or("");
    let body = &text[prefix.len()..];
    let count = body.chars().count();
    let shown = if count > 4 { 4 } else { 0 };
    let stars = (count - shown).min(MAX_MASK_STARS);
    let mut out = String::with_capacity(prefix.len() + stars + 16);
    out.push_str(prefix);
    out.extend(std::iter::repeat_n('*', stars));
    let tail = body.chars().skip(count - shown);
    out.extend(tail.map(|c| if c.is_control() { '?' } else { c }));
    out
}

/// Finds and checks the API key: `Authorization: Bearer <key>`, or HTTP Basic with the
/// key as the user name and any password (`curl -u sk_test_…:`). The scheme name is
/// case-insensitive (RFC 9110).
///
/// No header, or one that is blank, is "You did not provide an API key"; everything else
/// that is not a valid test key (an unknown scheme, bytes that are not UTF-8, bad base64,
/// an empty key, a header over 8 KiB, two `Authorization` headers) is "Invalid API Key
/// provided" with the key as sent, masked, so the user can tell which key was wrong.
pub fn authenticate(headers: &HeaderMap) -> Result<ApiKey, ApiError> {
    let mut values = headers.get_all(header::AUTHORIZATION).iter();
    let Some(value) = values.next() else {
        return Err(ApiError::missing_api_key());
    };
    // Two keys would be ambiguous and a huge header is hostile: both are refused, but
    // only after finding the key in them to show it masked. Only the first 8 KiB are read.
    let ambiguous = values.next().is_some();
    let bytes = value.as_bytes();
    let oversized = bytes.len() > MAX_AUTHORIZATION_BYTES;
    let bytes = &bytes[..bytes.len().min(MAX_AUTHORIZATION_BYTES)];
    // Bytes that are not UTF-8 are read lossily, only so that the error can show them:
    // U+FFFD is never valid in a key, so this cannot turn a bad key into a good one.
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_matches(is_http_whitespace);
    if text.is_empty() && !ambiguous {
        return Err(ApiError::missing_api_key());
    }
    match credential(text) {
        Credential::Key(key) if !ambiguous && !oversized => ApiKey::parse(&key),
        Credential::Key(key) => Err(ApiError::invalid_api_key(&mask_key(&key))),
        Credential::Unusable(text) => Err(ApiError::invalid_api_key(&mask_key(text))),
    }
}

/// What an `Authorization` value holds.
enum Credential<'a> {
    /// A candidate key, still to be checked.
    Key(Cow<'a, str>),
    /// No key can be read out of it (unknown scheme, bad base64): shown masked as is.
    Unusable(&'a str),
}

/// Takes the key out of a trimmed `Authorization` value.
fn credential(text: &str) -> Credential<'_> {
    let (scheme, rest) = match text.split_once(is_http_whitespace) {
        Some((scheme, rest)) => (scheme, rest.trim_matches(is_http_whitespace)),
        None => (text, ""),
    };
    if scheme.eq_ignore_ascii_case("bearer") {
        Credential::Key(Cow::Borrowed(rest))
    } else if scheme.eq_ignore_ascii_case("basic") {
        let Ok(decoded) = BASIC.decode(rest) else {
            return Credential::Unusable(rest);
        };
        // The user name is the key; the password, if any, is ignored, as Stripe does.
        let user_pass = String::from_utf8_lossy(&decoded);
        let user = user_pass.split_once(':').map_or(&*user_pass, |(user, _)| user);
        Credential::Key(Cow::Owned(user.to_owned()))
    } else {
        Credential::Unusable(text)
    }
}

/// Reads `Stripe-Account`: absent or blank is `None` (act as the key's platform); present,
/// it must look like an account id, `acct_` + 1–64 of `[A-Za-z0-9]`, or the answer is
/// Stripe's 403 `account_invalid`, which names the key (masked) and the account. Whether
/// the account exists and is connected to this platform is decided by the caller, with
/// the same error.
pub fn stripe_account(headers: &HeaderMap, key: &ApiKey) -> Result<Option<String>, ApiError> {
    let mut values = headers.get_all(&STRIPE_ACCOUNT).iter();
    let Some(value) = values.next() else {
        return Ok(None);
    };
    let invalid = || {
        let shown = String::from_utf8_lossy(value.as_bytes());
        ApiError::account_invalid(&key.masked(), shown.trim_matches(is_http_whitespace))
    };
    // Acting as two accounts at once is not a thing: refuse rather than pick one.
    if values.next().is_some() {
        return Err(invalid());
    }
    let Ok(text) = value.to_str() else {
        return Err(invalid());
    };
    let account = text.trim_matches(is_http_whitespace);
    if account.is_empty() {
        return Ok(None);
    }
    let body = account.strip_prefix("acct_").unwrap_or("");
    let well_formed =
        (1..=MAX_ACCOUNT_BODY_CHARS).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_alphanumeric());
    if well_formed {
        Ok(Some(account.to_owned()))
    } else {
        Err(invalid())
    }
}

/// Spaces and tabs, the only whitespace HTTP allows around a header value's parts.
fn is_http_whitespace(c: char) -> bool {
    c == ' ' || c == '\t'
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderValue, StatusCode};
    use proptest::prelude::*;

    fn basic(user_pass: &[u8]) -> Vec<u8> {
        let mut out = b"Basic ".to_vec();
        out.extend(base64::engine::general_purpose::STANDARD.encode(user_pass).bytes());
        out
    }

    /// Header values as owned bytes, so a table can mix literals and built values.
    macro_rules! hv {
        ($($value:expr),* $(,)?) => { vec![$(AsRef::<[u8]>::as_ref(&$value).to_vec()),*] };
    }

    fn headers_with(name: &'static str, values: &[Vec<u8>]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(name, HeaderValue::from_bytes(value).unwrap());
        }
        headers
    }

    #[derive(Debug)]
    enum Want {
        Key(KeyKind, &'static str),
        Missing,
        /// Refused as "Invalid API Key provided: " followed by exactly this mask.
        Invalid(String),
    }

    fn invalid(mask: &str) -> Want {
        Want::Invalid(mask.to_owned())
    }

    #[test]
    fn authorization_headers() {
        use KeyKind::*;
        use Want::*;
        let a = |n: usize| "a".repeat(n);
        let max = format!("Bearer sk_test_{}", a(247));
        let long = format!("Bearer sk_test_{}", a(248));
        let huge = format!("Bearer sk_test_{}", a(9000));
        let cases: Vec<(Vec<Vec<u8>>, Want)> = vec![
            // Both schemes, and the forms clients really send.
            (hv![b"Bearer sk_test_abc123"], Key(Secret, "abc123")),
            (hv![b"Bearer rk_test_abc123"], Key(Restricted, "abc123")),
            (hv![b"bearer sk_test_x"], Key(Secret, "x")),
            (hv![b"BEARER  \tsk_test_x  "], Key(Secret, "x")),
            (hv![b"Bearer sk_test_my_world_1"], Key(Secret, "my_world_1")),
            (hv![b"Bearer sk_test_ab"], Key(Secret, "ab")),
            (hv![max.as_bytes()], Key(Secret, "aaaa")),
            (hv![basic(b"sk_test_abc123:")], Key(Secret, "abc123")),
            (hv![basic(b"sk_test_abc123")], Key(Secret, "abc123")),
            (hv![basic(b"rk_test_abc123:any:password")], Key(Restricted, "abc123")),
            (hv![b"basic c2tfdGVzdF9hYmMxMjM6"], Key(Secret, "abc123")),
            (hv![b"Basic c2tfdGVzdF9hYmMxMjM"], Key(Secret, "abc123")), // unpadded
            // No key at all.
            (hv![], Missing),
            (hv![b""], Missing),
            (hv![b" \t "], Missing),
            // Every refused shape, masked.
            (hv![b"Bearer sk_live_abcdef1234"], invalid("sk_live_******1234")),
            (hv![b"Bearer rk_live_abcdef1234"], invalid("rk_live_******1234")),
            (hv![b"Bearer pk_test_abcdef1234"], Key(Publishable, "abcdef1234")),
            (
                hv![format!("Bearer ek_test_my_world_{}", "A1".repeat(22) + "b").as_bytes()],
                Key(Ephemeral, "my_world"),
            ),
            (hv![b"Bearer ek_test_my_world_short"], invalid("ek_test_**********hort")),
            (hv![b"Bearer ek_test_notoken"], invalid("ek_test_***oken")),
            (hv![b"Bearer pk_live_abcdef1234"], invalid("pk_live_******1234")),
            (hv![b"Bearer SK_TEST_abcdef"], invalid("**********cdef")),
            (hv![b"Bearer sk_test_"], invalid("sk_test_")),
            (hv![b"Bearer sk_test_abc-1234"], invalid("sk_test_****1234")),
            (hv![b"Bearer sk_test_ab cd"], invalid("sk_test_*b cd")),
            (hv![b"Bearer"], invalid("")),
            (hv![b"Bearer   "], invalid("")),
            (hv![b"Token sk_test_abcdef"], invalid("****************cdef")),
            (hv![b"sk_test_abcdef"], invalid("sk_test_**cdef")),
            (hv![b"Basic sk_test_abcdef"], invalid("sk_test_**cdef")), // not base64
            (hv![b"Basic !!!notbase64"], invalid("********se64")),
            (hv![basic(b":")], invalid("")),
            (hv![basic(b"")], invalid("")),
            (hv![basic(b"sk_live_abcdef1234:")], invalid("sk_live_******1234")),
            (hv![basic(b"sk_test_\xff\xfeabcd:")], invalid("sk_test_**abcd")),
            (
                hv![b"Bearer sk_test_\xe9\xe9\xe9\xe9\xe9"],
                invalid("sk_test_*\u{fffd}\u{fffd}\u{fffd}\u{fffd}"),
            ),
            (hv![b"Bearer \x80"], invalid("*")),
            (
                hv![long.as_bytes()],
                Invalid(format!("sk_test_{}aaaa", "*".repeat(243))),
            ),
            (
                hv![huge.as_bytes()],
                Invalid(format!("sk_test_{}aaaa", "*".repeat(243))),
            ),
            (hv![b"Bearer sk_test_a", b"Bearer sk_test_b"], invalid("sk_test_*")),
            (hv![b"Bearer sk_test_abcdef", b""], invalid("sk_test_**cdef")),
        ];
        for (values, want) in cases {
            let headers = headers_with("authorization", &values);
            let got = authenticate(&headers);
            match (&want, &got) {
                (Key(kind, world), Ok(key)) => {
                    assert_eq!(key.kind(), *kind, "{values:?}");
                    assert!(key.world_key().ends_with(world), "{values:?}");
                    assert_eq!(key.ephemeral_token().is_some(), *kind == Ephemeral, "{values:?}");
                    assert_eq!(key.is_read_only(), *kind == Restricted);
                }
                (Missing, Err(e)) => {
                    assert_eq!(e.status, StatusCode::UNAUTHORIZED);
                    assert!(e.message.starts_with("You did not provide an API key."), "{e}");
                }
                (Invalid(mask), Err(e)) => {
                    assert_eq!(e.status, StatusCode::UNAUTHORIZED, "{values:?}");
                    assert_eq!(e.message, format!("Invalid API Key provided: {mask}"));
                    assert_eq!((e.code, &e.param), (None, &None));
                }
                _ => panic!("{values:?}: wanted {want:?}, got {got:?}"),
            }
        }
    }

    #[test]
    fn masks() {
        let cases: &[(&str, &str)] = &[
            ("sk_test_abcdefgh1234", "sk_test_********1234"),
            ("rk_test_abcde", "rk_test_*bcde"),
            ("sk_test_abcd", "sk_test_****"),
            ("sk_test_a", "sk_test_*"),
            ("sk_test_", "sk_test_"),
            ("sk_live_123456", "sk_live_**3456"),
            ("hello world", "*******orld"),
            ("abc", "***"),
            ("", ""),
            ("sk_test_ab\ncdef\n", "sk_test_****def?"),
        ];
        for (key, want) in cases {
            assert_eq!(mask_key(key), *want, "{key:?}");
        }
        assert_eq!(mask_key(&"x".repeat(10_000)).len(), MAX_MASK_STARS + 4);
    }

    #[test]
    fn a_key_prints_masked() {
        let key = ApiKey::parse("sk_test_secret1234").unwrap();
        assert_eq!(key.to_string(), "sk_test_******1234");
        assert!(!format!("{key:?}").contains("secret"));
        assert_eq!(key.world_key(), "secret1234");
    }

    #[test]
    fn stripe_account_headers() {
        let key = ApiKey::parse("sk_test_platform9876").unwrap();
        let long = format!("acct_{}", "A".repeat(65));
        let max = format!("acct_{}", "A".repeat(64));
        // Header values, then the account read, or a phrase of the refusal.
        type Case<'a> = (Vec<Vec<u8>>, Result<Option<&'a str>, &'a str>);
        let cases: Vec<Case<'_>> = vec![
            (hv![], Ok(None)),
            (hv![b""], Ok(None)),
            (hv![b"  "], Ok(None)),
            (hv![b"acct_1PgafTB7WZ01zgkW"], Ok(Some("acct_1PgafTB7WZ01zgkW"))),
            (hv![b" acct_1 "], Ok(Some("acct_1"))),
            (hv![max.as_bytes()], Ok(Some(&max))),
            (hv![long.as_bytes()], Err("account 'acct_AAAA")),
            (hv![b"acct_"], Err("account 'acct_'")),
            (hv![b"acct_a_b"], Err("account 'acct_a_b'")),
            (hv![b"ACCT_abc"], Err("account 'ACCT_abc'")),
            (hv![b"cus_123"], Err("account 'cus_123'")),
            (hv![b"acct_abc\xff"], Err("account 'acct_abc\u{fffd}'")),
            (hv![b"acct_1", b"acct_2"], Err("account 'acct_1'")),
        ];
        for (values, want) in cases {
            let headers = headers_with("stripe-account", &values);
            match (stripe_account(&headers, &key), want) {
                (Ok(got), Ok(want)) => assert_eq!(got.as_deref(), want, "{values:?}"),
                (Err(e), Err(contains)) => {
                    assert_eq!(e.status, StatusCode::FORBIDDEN);
                    assert_eq!(e.code, Some("account_invalid"));
                    assert!(e.message.contains(contains), "{e}");
                    assert!(e.message.contains("'sk_test_********9876'"), "{e}");
                    assert!(!e.message.contains("platform9876"), "{e}");
                }
                (got, want) => panic!("{values:?}: wanted {want:?}, got {got:?}"),
            }
        }
    }

    /// Header values the way a hostile or broken client might send them: any bytes the
    /// `http` crate lets through, under either scheme or none.
    fn header_bytes() -> impl Strategy<Value = Vec<u8>> {
        let raw = proptest::collection::vec(any::<u8>(), 0..300);
        prop_oneof![
            raw.clone(),
            raw.clone().prop_map(|b| [b"Bearer ".to_vec(), b].concat()),
            raw.clone().prop_map(|b| basic(&b)),
            raw.prop_map(|b| [b"Basic ".to_vec(), b].concat()),
            "[A-Za-z0-9_]{0,260}".prop_map(|s| format!("Bearer sk_test_{s}").into_bytes()),
        ]
    }

    /// The characters of a mask that are not `*`: the kept prefix and the shown tail.
    fn unmasked_chars(masked: &str) -> usize {
        masked.chars().filter(|c| *c != '*').count()
    }

    proptest! {
        #[test]
        fn authenticate_never_panics_and_never_leaks(bytes in header_bytes()) {
            let Ok(value) = HeaderValue::from_bytes(&bytes) else {
                return Ok(()); // not a header value at all: hyper would not deliver it
            };
            let mut headers = HeaderMap::new();
            headers.insert(header::AUTHORIZATION, value);
            match authenticate(&headers) {
                Ok(key) => {
                    prop_assert!((1..=MAX_KEY_BODY_CHARS).contains(&key.world_key().len()));
                    prop_assert!(unmasked_chars(&key.masked()) <= "sk_test_".len() + 4);
                }
                Err(e) => {
                    prop_assert_eq!(e.status, StatusCode::UNAUTHORIZED);
                    if let Some(mask) = e.message.strip_prefix("Invalid API Key provided: ") {
                        prop_assert!(unmasked_chars(mask) <= "sk_test_".len() + 4, "{}", mask);
                        prop_assert!(mask.chars().count() <= "sk_test_".len() + 247);
                    }
                }
            }
        }

        #[test]
        fn a_mask_shows_at_most_the_last_four(prefix in prop::sample::select(vec![
            "", "sk_test_", "rk_test_", "sk_live_", "pk_test_", "xx_"]), body in ".{0,300}") {
            let text = format!("{prefix}{body}");
            let kept = KNOWN_PREFIXES.iter().find(|p| text.starts_with(**p)).copied().unwrap_or("");
            let rest: Vec<char> = text[kept.len()..].chars().collect();
            let shown = if rest.len() > 4 { 4 } else { 0 };
            let tail: String = rest[rest.len() - shown..].iter()
                .map(|c| if c.is_control() { '?' } else { *c }).collect();
            let stars = "*".repeat((rest.len() - shown).min(MAX_MASK_STARS));
            prop_assert_eq!(mask_key(&text), format!("{kept}{stars}{tail}"));
        }

        #[test]
        fn valid_keys_mask_exactly(secret in any::<bool>(), body in "[A-Za-z0-9_]{1,247}") {
            let prefix = if secret { "sk_test_" } else { "rk_test_" };
            let key = ApiKey::parse(&format!("{prefix}{body}")).unwrap();
            let n = body.len();
            let want = if n > 4 {
                format!("{prefix}{}{}", "*".repeat(n - 4), &body[n - 4..])
            } else {
                format!("{prefix}{}", "*".repeat(n))
            };
            prop_assert_eq!(key.masked(), want);
            prop_assert_eq!(key.world_key(), body.as_str());
            prop_assert_eq!(key.is_read_only(), !secret);
        }
    }
}
