//! `Stripe-Signature`, exactly as Stripe computes it: `t=<unix seconds>,v1=<hex>`, where `v1`
//! is the lowercase hex HMAC-SHA256 of `"{t}.{payload}"` keyed with the endpoint's whole
//! `whsec_…` secret as UTF-8 bytes. The official libraries' `construct_event` and
//! `constructEvent` verify it unchanged.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::ledger::Timestamp;

/// The `Stripe-Signature` header for `payload` sent at `t` to an endpoint with `secret`.
pub fn header(secret: &str, t: Timestamp, payload: &[u8]) -> String {
    format!("t={t},v1={}", v1(secret, t, payload))
}

/// The `v1` signature: HMAC-SHA256 of `"{t}.{payload}"`, lowercase hex.
pub fn v1(secret: &str, t: Timestamp, payload: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    let digest = mac.finalize().into_bytes();
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte & 0xf)]));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test vector computed with stripe-python's own `_compute_signature`.
    #[test]
    fn matches_stripes_libraries() {
        assert_eq!(
            v1(
                "whsec_test_secret",
                1_492_774_577,
                br#"{"id":"evt_test","object":"event"}"#
            ),
            "691252e266ce41cb94d709c84e9580d4172b117a510bbc81723f657d2cd5d215"
        );
        assert_eq!(
            header(
                "whsec_test_secret",
                1_492_774_577,
                br#"{"id":"evt_test","object":"event"}"#
            ),
            "t=1492774577,v1=691252e266ce41cb94d709c84e9580d4172b117a510bbc81723f657d2cd5d215"
        );
    }
}
