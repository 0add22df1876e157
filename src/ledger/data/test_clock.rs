//! A test clock (`clock_…`): Stripe's handle for moving time, which here is a front for the
//! world's one clock (docs/behaviour.md §21). A clock keeps its own `frozen_time`, which
//! only moves forward; advancing it moves the world's clock to the same moment when the
//! world is not there yet.

use super::kinds::{Obj, Refers};
use super::time::{DAY, Timestamp};
use super::wire::wire_enum;
use crate::ledger::codec::image_struct;

wire_enum! {
    /// Where a clock is in an advance. Stripe's third status, `internal_failure`, is never
    /// reached: an advance here either is refused, changing nothing, or completes.
    pub enum TestClockStatus {
        Ready: "ready" = 90,
        Advancing: "advancing" = 91,
    }
}

/// How long after its creation Stripe schedules a clock's deletion (`deletes_after`): seven
/// days, as every example of Stripe's API reference shows.
pub const TEST_CLOCK_LIFETIME: Timestamp = 7 * DAY;

/// Stripe's furthest advance of a clock with no subscriptions: two years past its frozen
/// time. Billing is not simulated, so no clock has subscriptions.
pub const TEST_CLOCK_MAX_ADVANCE: Timestamp = 2 * 365 * DAY;

/// A test clock of the platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestClock {
    pub name: Option<Box<str>>,
    pub created: Timestamp,
    /// The clock's time: where objects attached to it are frozen.
    pub frozen_time: Timestamp,
    pub status: TestClockStatus,
    /// While `advancing`, the frozen time it is moving to
    /// (`status_details.advancing.target_frozen_time`).
    pub target: Option<Timestamp>,
    /// Deleted clocks keep their place, so ids are never reused.
    pub deleted: bool,
}

impl TestClock {
    /// `deletes_after`: derived from its creation.
    pub fn deletes_after(&self) -> Timestamp {
        self.created + TEST_CLOCK_LIFETIME
    }
}

image_struct!(TestClock {
    name,
    created,
    frozen_time,
    status,
    target,
    deleted
});

/// A clock names no other object (its customers name it).
impl Refers for TestClock {
    fn refers(&self, _: &mut dyn FnMut(Obj)) {}
}
