//! Object ids: Stripe-shaped strings that encode, under the world's seed, where the object
//! is stored.
//!
//! An id such as `tr_1Xq3…` is the prefix, a `1`, and 22 base-62 digits of a 128-bit block
//! `(world tag, kind, index)` enciphered with a keyed Feistel permutation. So ids look random
//! and are unique, the same seed gives the same ids, a lookup decodes the id to an arena index
//! in constant time with no hash map, and an id minted by another world (another seed) does not
//! decode here: its tag does not match, so it is simply not found.

use std::fmt::Write as _;

use super::kinds::Prefix;

/// An id on the stack: the longest prefix (`card_`, `evt_`, …) + `1` + 22 digits.
#[derive(Clone, Copy)]
pub struct IdBuf {
    len: u8,
    bytes: [u8; IdBuf::CAPACITY],
}

impl IdBuf {
    const CAPACITY: usize = 32;

    pub fn as_str(&self) -> &str {
        // Only ASCII prefixes and digits are ever written.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).expect("ids are ASCII")
    }
}

impl std::fmt::Debug for IdBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An object's id as the API shows it: an account's stored id, or one minted from the
/// object's index (on the stack, as rendering needs it).
pub enum IdText<'a> {
    Stored(&'a str),
    Minted(IdBuf),
}

impl IdText<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            IdText::Stored(s) => s,
            IdText::Minted(buf) => buf.as_str(),
        }
    }
}

impl std::fmt::Display for IdText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BODY_DIGITS: usize = 22;
const ROUNDS: usize = 4;

/// Mints and reads the ids of one world.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IdCodec {
    tag: u64,
    round_keys: [u64; ROUNDS],
    seed: u64,
}

impl IdCodec {
    pub fn new(seed: u64) -> IdCodec {
        let mut state = seed;
        let tag = splitmix64(&mut state);
        let round_keys = std::array::from_fn(|_| splitmix64(&mut state));
        IdCodec { tag, round_keys, seed }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The id of object number `index` of kind `prefix`, without allocating.
    pub fn encode(&self, prefix: Prefix, index: u32) -> IdBuf {
        let (mut left, mut right) = (self.tag, (prefix.code() << 32) | u64::from(index));
        for key in self.round_keys {
            (left, right) = (right, left ^ round(right, key));
        }
        let block = (u128::from(left) << 64) | u128::from(right);
        let mut buf = IdBuf {
            len: 0,
            bytes: [0; IdBuf::CAPACITY],
        };
        let head = prefix.as_str().as_bytes();
        buf.bytes[..head.len()].copy_from_slice(head);
        buf.bytes[head.len()] = b'1';
        let start = head.len() + 1;
        write_base62(block, &mut buf.bytes[start..start + BODY_DIGITS]);
        buf.len = (start + BODY_DIGITS) as u8;
        buf
    }

    pub fn format(&self, prefix: Prefix, index: u32) -> String {
        self.encode(prefix, index).as_str().to_owned()
    }

    /// The index of the object `id` names, if this world minted it with that prefix.
    /// A secret for the `index`-th object that needs one (a webhook endpoint's `whsec_…`):
    /// 32 base-62 characters, the same for the same seed and index, so a world replayed
    /// from its journal has the secrets it had.
    pub fn secret(&self, index: u32) -> String {
        let mut state = self.seed() ^ (u64::from(index) << 32) ^ 0x5EC2_E75E_C2E7_5EC2;
        let mut digits = [0u8; 32];
        for half in digits.chunks_mut(16) {
            let block = (u128::from(splitmix64(&mut state)) << 64) | u128::from(splitmix64(&mut state));
            let mut full = [0u8; 22];
            write_base62(block, &mut full);
            half.copy_from_slice(&full[22 - 16..]);
        }
        String::from_utf8_lossy(&digits).into_owned()
    }

    pub fn parse(&self, id: &str) -> Option<(Prefix, u32)> {
        let (head, body) = Prefix::split(id)?;
        let digits = body.strip_prefix('1')?.as_bytes();
        if digits.len() != BODY_DIGITS {
            return None;
        }
        let block = read_base62(digits)?;
        let (mut left, mut right) = ((block >> 64) as u64, block as u64);
        for key in self.round_keys.iter().rev() {
            (left, right) = (right ^ round(left, *key), left);
        }
        if left != self.tag {
            return None;
        }
        // The code inside the id says which of the prefixes spelled alike it is.
        let prefix = Prefix::spelled(head, right >> 32)?;
        Some((prefix, right as u32))
    }

    /// A Stripe-shaped account id (`acct_1` + 15 base-62 digits) for the `n`th account the
    /// world creates; `salt` lets the caller step past a collision with a fixture's chosen id.
    pub fn account_id(&self, n: u32, salt: u32) -> String {
        let mut state = self.tag ^ (u64::from(n) << 32 | u64::from(salt)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mut value = (u128::from(splitmix64(&mut state)) << 64) | u128::from(splitmix64(&mut state));
        let mut id = String::with_capacity(21);
        id.push_str("acct_1");
        for _ in 0..15 {
            let _ = id.write_char(char::from(DIGITS[(value % 62) as usize]));
            value /= 62;
        }
        id
    }
}

/// 62^5: the largest power of 62 that fits in a `u32`.
const CHUNK: u32 = 916_132_832;
const CHUNK_DIGITS: usize = 5;

/// `block / CHUNK` and `block % CHUNK`, by long division in 32-bit limbs. Each step divides a
/// `u64` by a constant, which compiles to a multiplication; dividing a `u128` is a call to a
/// slow routine instead.
fn div_rem_chunk(block: u128) -> (u128, u32) {
    let (mut quotient, mut remainder) = (0u128, 0u64);
    for shift in [96, 64, 32, 0] {
        let current = (remainder << 32) | u64::from((block >> shift) as u32);
        quotient |= u128::from(current / u64::from(CHUNK)) << shift;
        remainder = current % u64::from(CHUNK);
    }
    // Less than CHUNK, so it fits.
    (quotient, remainder as u32)
}

/// Writes `block` as `out.len()` base-62 digits, most significant first (22 digits hold any
/// `u128`).
///
/// Five digits at a time: dividing the `u128` by 62 digit by digit took 44 calls to the 128-bit
/// division routine and was most of the cost of rendering an object.
pub(crate) fn write_base62(mut block: u128, out: &mut [u8]) {
    for chunk in out.rchunks_mut(CHUNK_DIGITS) {
        let (quotient, mut part) = div_rem_chunk(block);
        block = quotient;
        for digit in chunk.iter_mut().rev() {
            *digit = DIGITS[(part % 62) as usize];
            part /= 62;
        }
    }
}

/// The value of base-62 `digits`, most significant first; `None` for a character that is not
/// a digit or a value over 128 bits.
///
/// Five digits at a time in a `u32`, then one checked 128-bit step per chunk: every partial
/// value is at most the final one, so this overflows exactly when the number does not fit.
fn read_base62(digits: &[u8]) -> Option<u128> {
    let mut block: u128 = 0;
    for chunk in digits.chunks(CHUNK_DIGITS) {
        let mut part: u32 = 0;
        for &d in chunk {
            let value = match d {
                b'0'..=b'9' => d - b'0',
                b'A'..=b'Z' => d - b'A' + 10,
                b'a'..=b'z' => d - b'a' + 36,
                _ => return None,
            };
            part = part * 62 + u32::from(value);
        }
        let scale = 62u128.pow(chunk.len() as u32);
        block = block.checked_mul(scale)?.checked_add(u128::from(part))?;
    }
    Some(block)
}

fn round(half: u64, key: u64) -> u64 {
    let mut state = half ^ key;
    splitmix64(&mut state)
}

/// FNV-1a, 64-bit: a stable hash of bytes (world seeds from keys, fixture and request
/// fingerprints). Stable across runs and builds, unlike `std`'s hasher.
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// SplitMix64: a small, well-studied mixer; plenty for ids that only need to look random
/// and never collide (the permutation, not the mixer, guarantees uniqueness).
pub(crate) fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_look_like_stripe_ids() {
        let codec = IdCodec::new(42);
        for &prefix in Prefix::ALL {
            for index in [0, 1, 2, 1_000_000, u32::MAX] {
                let id = codec.format(prefix, index);
                assert!(id.starts_with(prefix.as_str()), "{id}");
                assert_eq!(id.len(), prefix.as_str().len() + 23, "{id}");
                assert_eq!(codec.parse(&id), Some((prefix, index)), "{id}");
            }
        }
    }

    /// The digit-by-digit conversion the chunked one replaced, as the reference it must match.
    fn base62_one_digit_at_a_time(mut block: u128) -> [u8; BODY_DIGITS] {
        let mut out = [0; BODY_DIGITS];
        for digit in out.iter_mut().rev() {
            *digit = DIGITS[(block % 62) as usize];
            block /= 62;
        }
        out
    }

    #[test]
    fn base62_in_chunks_matches_one_digit_at_a_time() {
        let chunk = u128::from(CHUNK);
        let mut cases = vec![
            0,
            1,
            61,
            62,
            chunk - 1,
            chunk,
            chunk + 1,
            chunk * chunk - 1,
            chunk * chunk,
        ];
        cases.extend([u128::MAX, u128::MAX - 1, u128::from(u64::MAX), u128::from(u64::MAX) + 1]);
        let mut state = 3;
        cases.extend(
            (0..10_000).map(|_| (u128::from(splitmix64(&mut state)) << 64) | u128::from(splitmix64(&mut state))),
        );
        for block in cases {
            let expected = base62_one_digit_at_a_time(block);
            let mut out = [0; BODY_DIGITS];
            write_base62(block, &mut out);
            assert_eq!(out, expected, "{block}");
            assert_eq!(read_base62(&out), Some(block), "{block}");
        }
        // One more than u128::MAX, and the largest 22 digits: too big.
        assert_eq!(read_base62(b"7n42DGM5Tflk9n8mt7Fhc8"), None);
        assert_eq!(read_base62(b"zzzzzzzzzzzzzzzzzzzzzz"), None);
    }

    /// The codes ids carry are pinned: these ids, minted by debitsim 0.1.0, must keep
    /// decoding to the same objects in every release.
    #[test]
    fn prefix_codes_are_pinned_by_value() {
        let codes: Vec<(Prefix, u64)> = Prefix::ALL.iter().map(|p| (*p, p.code())).collect();
        let mut unique: Vec<u64> = codes.iter().map(|(_, c)| *c).collect();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), codes.len(), "two prefixes share a code: {codes:?}");
        // The world of `sk_test_fixture010`, as debitsim 0.1.0 created it.
        let codec = IdCodec::new(fnv1a("fixture010".bytes()));
        let minted = [
            ("py_16Rox3CuD6C7Ox7dHY3JQ0I", Prefix::Py, 10),
            ("tr_16xSIVemJWQ2yZ1oUSZjrGL", Prefix::Tr, 4),
            ("ch_14z2E4edVsVy2mrzydfCdnS", Prefix::Ch, 12),
            ("ch_17i32bf81P3BZF8GmRpaxaO", Prefix::Ch, 13),
            ("evt_11gt24tJvgfnp4iCtyGA0dR", Prefix::Evt, 21),
        ];
        for (id, prefix, index) in minted {
            assert_eq!(codec.parse(id), Some((prefix, index)), "{id}");
            assert_eq!(codec.format(prefix, index), id);
        }
    }

    #[test]
    fn another_worlds_ids_do_not_decode() {
        let (ours, theirs) = (IdCodec::new(1), IdCodec::new(2));
        for index in 0..1000 {
            assert_eq!(ours.parse(&theirs.format(Prefix::Tr, index)), None);
        }
    }

    #[test]
    fn an_id_under_another_prefix_does_not_decode() {
        let codec = IdCodec::new(7);
        let id = codec.format(Prefix::Ch, 3);
        let forged = id.replacen("ch_", "py_", 1);
        assert_eq!(codec.parse(&forged), None);
    }

    #[test]
    fn malformed_ids_are_not_found() {
        let codec = IdCodec::new(7);
        let good = codec.format(Prefix::Tr, 3);
        let cases = [
            String::new(),
            "tr_".into(),
            "tr_123".into(),
            "xx_1AAAAAAAAAAAAAAAAAAAAAA".into(),
            "tr_1zzzzzzzzzzzzzzzzzzzzzz".into(), // more than 128 bits
            good.replace('1', "2"),
            format!("{good}0"),
            good[..good.len() - 1].to_owned(),
            "tr_1ééééééééééé".into(),
        ];
        for id in cases {
            assert_eq!(codec.parse(&id), None, "{id:?}");
        }
    }

    #[test]
    fn same_seed_same_ids() {
        assert_eq!(
            IdCodec::new(9).format(Prefix::Po, 5),
            IdCodec::new(9).format(Prefix::Po, 5)
        );
        assert_eq!(IdCodec::new(9).account_id(3, 0), IdCodec::new(9).account_id(3, 0));
        assert_ne!(IdCodec::new(9).account_id(3, 0), IdCodec::new(9).account_id(4, 0));
    }

    #[test]
    fn account_ids_have_stripes_shape() {
        let id = IdCodec::new(1).account_id(0, 0);
        assert_eq!(id.len(), "acct_1PgafTB7WZ01zgkW".len(), "{id}");
        assert!(id.starts_with("acct_1"));
    }
}
