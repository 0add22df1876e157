//! Faults on demand, for users' resilience tests: the next N matching requests of a world
//! fail with a chosen status (429 `rate_limit`, 500 `api_error`, …) or are held for a while,
//! and an optional per-key rate limit (`--rate-limit N`) answers 429 like Stripe.
//!
//! A failing fault answers before the request runs, so nothing changes and no idempotent
//! result is stored; SDK retries then behave as against Stripe. A delay holds the request
//! after it has claimed its idempotency key, with its world unlocked, so a concurrent retry
//! with the same key meets `idempotency_key_in_use` (409).

use std::time::Duration;

use axum::http::{Method, StatusCode};

/// The longest a delay fault may hold a request.
pub const MAX_DELAY: Duration = Duration::from_secs(30);

/// How many faults a world keeps at once.
pub const MAX_FAULTS: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Answer with this status and Stripe's error for it.
    Fail { status: StatusCode, should_retry: bool },
    /// Hold the request this long, then run it.
    Delay(Duration),
}

/// One armed fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    pub id: u32,
    /// How many more requests it applies to.
    pub remaining: u32,
    pub method: Option<Method>,
    /// Requests whose path starts with this (`/v1/transfers`); every `/v1` path if `None`.
    pub path: Option<String>,
    pub effect: Effect,
}

impl Fault {
    fn matches(&self, method: &Method, path: &str) -> bool {
        self.method.as_ref().is_none_or(|m| m == method) && self.path.as_deref().is_none_or(|p| path.starts_with(p))
    }
}

/// The faults armed on one world.
#[derive(Debug, Default)]
pub struct Faults {
    armed: Vec<Fault>,
    next_id: u32,
}

impl Faults {
    /// Arms a fault; `None` if the world already holds [`MAX_FAULTS`].
    pub fn arm(&mut self, mut fault: Fault) -> Option<Fault> {
        if self.armed.len() >= MAX_FAULTS {
            return None;
        }
        self.next_id += 1;
        fault.id = self.next_id;
        self.armed.push(fault.clone());
        Some(fault)
    }

    /// The effect for a request, using up one application of the first matching fault.
    pub fn take(&mut self, method: &Method, path: &str) -> Option<Effect> {
        let position = self.armed.iter().position(|f| f.matches(method, path))?;
        let fault = &mut self.armed[position];
        fault.remaining -= 1;
        let effect = fault.effect.clone();
        if fault.remaining == 0 {
            self.armed.remove(position);
        }
        Some(effect)
    }

    pub fn list(&self) -> &[Fault] {
        &self.armed
    }

    pub fn clear(&mut self) {
        self.armed.clear();
    }
}

/// A per-key token bucket: `rate` requests a second, bursts of up to `rate`.
#[derive(Debug)]
pub struct RateLimit {
    rate: f64,
    tokens: f64,
    /// When it was last asked, on the server's monotonic clock.
    last: Duration,
}

impl RateLimit {
    pub fn new(rate: u32, now: Duration) -> RateLimit {
        RateLimit {
            rate: f64::from(rate),
            tokens: f64::from(rate),
            last: now,
        }
    }

    /// Whether a request arriving at `now` (the server's monotonic clock) may proceed.
    pub fn admit(&mut self, now: Duration) -> bool {
        let elapsed = now.saturating_sub(self.last).as_secs_f64();
        self.last = now;
        self.tokens = (self.tokens + elapsed * self.rate).min(self.rate);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fail(remaining: u32, path: Option<&str>) -> Fault {
        Fault {
            id: 0,
            remaining,
            method: Some(Method::POST),
            path: path.map(Into::into),
            effect: Effect::Fail {
                status: StatusCode::TOO_MANY_REQUESTS,
                should_retry: true,
            },
        }
    }

    #[test]
    fn a_fault_applies_to_the_next_n_matching_requests() {
        let mut faults = Faults::default();
        faults.arm(fail(2, Some("/v1/transfers"))).unwrap();
        assert_eq!(
            faults.take(&Method::GET, "/v1/transfers"),
            None,
            "method does not match"
        );
        assert_eq!(faults.take(&Method::POST, "/v1/charges"), None, "path does not match");
        assert!(faults.take(&Method::POST, "/v1/transfers").is_some());
        assert!(faults.take(&Method::POST, "/v1/transfers/tr_1/reversals").is_some());
        assert_eq!(faults.take(&Method::POST, "/v1/transfers"), None, "used up");
        assert!(faults.list().is_empty());
    }

    #[test]
    fn the_number_of_faults_is_capped() {
        let mut faults = Faults::default();
        for _ in 0..MAX_FAULTS {
            assert!(faults.arm(fail(1, None)).is_some());
        }
        assert!(faults.arm(fail(1, None)).is_none());
        faults.clear();
        assert!(faults.arm(fail(1, None)).is_some());
    }

    #[test]
    fn the_rate_limit_admits_its_rate() {
        let start = Duration::from_secs(7);
        let mut limit = RateLimit::new(2, start);
        assert!(limit.admit(start));
        assert!(limit.admit(start));
        assert!(!limit.admit(start));
        assert!(limit.admit(start + Duration::from_millis(500)));
        assert!(!limit.admit(start + Duration::from_millis(500)));
    }
}
