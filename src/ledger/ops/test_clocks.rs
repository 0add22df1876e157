//! Test clocks (`/v1/test_helpers/test_clocks`): created, advanced and deleted by the
//! platform, each a front for the world's one clock (docs/behaviour.md §21).
//!
//! A clock keeps its own frozen time, which only moves forward. Advancing a clock to a
//! moment the world has not reached moves the world's clock there, through
//! [`Ledger::advance_clock`]: funds mature, payouts are made and arrive, disputes step on,
//! exactly as `/_sim/clock/advance` does. The world never goes back: a clock advanced to a
//! moment the world is already past moves alone.

use crate::ledger::data::*;
use crate::ledger::ops::clock::MAX_CLOCK_ADVANCE;
use crate::ledger::state::{Applied, Ledger};

/// The parameters of `POST /v1/test_helpers/test_clocks`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TestClockParams {
    pub frozen_time: Input<i64>,
    pub name: Option<String>,
    /// An existing customer of the platform to attach to the new clock.
    pub customer: Option<String>,
}

/// The earliest and latest frozen time a clock may have: the Unix epoch to the last second
/// of year 9999, the span of a timestamp Stripe renders.
const FROZEN_TIME_RANGE: (Timestamp, Timestamp) = (0, 253_402_300_799);

impl Ledger {
    /// The platform's live (not deleted) clocks, oldest first.
    pub fn live_test_clocks(&self) -> impl Iterator<Item = TestClockId> + '_ {
        self.all::<TestClock>().filter(|id| !self.test_clock(*id).deleted)
    }

    /// The live clocks `actor` sees: the platform's, or for a connected account Stripe's
    /// refusal.
    pub fn test_clocks_of(&self, actor: AccountId) -> Result<Vec<TestClockId>, Rejection> {
        platform_only(actor)?;
        Ok(self.live_test_clocks().collect())
    }

    /// The live clock `id` names, if `actor` (which must be the platform) can see it.
    pub fn find_test_clock(&self, actor: AccountId, id: &str) -> Result<TestClockId, Rejection> {
        platform_only(actor)?;
        self.find::<TestClock>(actor, id)
            .filter(|c| !self.test_clock(*c).deleted)
            .ok_or_else(|| Rejection::NotFound {
                noun: Noun::Object(Kind::TestClock),
                id: id.to_owned(),
            })
    }

    /// The live customers attached to clock `id`, oldest first.
    pub fn test_clock_customers(&self, id: TestClockId) -> impl Iterator<Item = CustomerId> + '_ {
        self.books(AccountId::PLATFORM)
            .indexes
            .customers
            .iter()
            .copied()
            .filter(move |c| {
                let customer = self.customer(*c);
                customer.test_clock == Some(id) && !customer.deleted
            })
    }

    /// `POST /v1/test_helpers/test_clocks`: a clock at `frozen_time`, `ready`, optionally
    /// with an existing customer attached. The world's clock does not move.
    pub fn create_test_clock(
        &mut self,
        actor: AccountId,
        params: TestClockParams,
    ) -> Result<Applied<TestClockId>, Rejection> {
        platform_only(actor)?;
        let frozen_time = frozen_time(&params.frozen_time)?;
        let customer = match params.customer.as_deref() {
            None => None,
            Some(id) => {
                let customer = self
                    .find::<Customer>(actor, id)
                    .filter(|c| !self.customer(*c).deleted)
                    .ok_or_else(|| Rejection::NoSuchObject {
                        noun: Noun::Object(Kind::Customer),
                        id: id.to_owned(),
                        param: "customer",
                    })?;
                if let Some(clock) = self.customer(customer).test_clock {
                    return Err(Rejection::CustomerHasTestClock {
                        customer: id.to_owned(),
                        clock: self.id_of(Obj::TestClock(clock)).to_string(),
                    });
                }
                Some(customer)
            }
        };
        let first_event = self.events.len();
        let id = self.store(TestClock {
            name: params.name.filter(|n| !n.is_empty()).map(Into::into),
            created: self.now,
            frozen_time,
            status: TestClockStatus::Ready,
            target: None,
            deleted: false,
        });
        self.emit(EventType::TestClockCreated, actor, id);
        if let Some(customer) = customer {
            let before = self.version;
            self.change::<Customer, _>(customer, |c| c.test_clock = Some(id));
            self.emit_updated(EventType::CustomerUpdated, actor, customer, before);
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/test_helpers/test_clocks/{id}/advance`: the clock goes `advancing` towards
    /// `frozen_time` (its `advancing` event shows it so, and so does the answer), the world's
    /// clock moves there if it is not there yet, and the clock is `ready` at its new frozen
    /// time. The events the world's clock caused come between `advancing` and `ready`.
    pub fn advance_test_clock(
        &mut self,
        id: TestClockId,
        frozen_time: &Input<i64>,
    ) -> Result<Applied<TestClockId>, Rejection> {
        let to = self.check_test_clock_advance(id, frozen_time)?;
        let first_event = self.events.len();
        self.change::<TestClock, _>(id, |clock| {
            clock.status = TestClockStatus::Advancing;
            clock.target = Some(to);
        });
        self.emit(EventType::TestClockAdvancing, AccountId::PLATFORM, id);
        // The world's clock moves (to where it already is, for a clock behind it: what is
        // due now happens, as on any move of the clock) and never goes back.
        self.advance_clock(to.max(self.now));
        self.change::<TestClock, _>(id, |clock| {
            clock.status = TestClockStatus::Ready;
            clock.target = None;
            clock.frozen_time = to;
        });
        let ready = self.emit(EventType::TestClockReady, AccountId::PLATFORM, id);
        // Stripe announces `ready` when its asynchronous advance ends, not in answer to the
        // request: it carries no request, like the events the world's clock caused.
        self.events.modify_unversioned(ready.0, |e| e.automatic = true);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// Where an advance of clock `id` to `frozen_time` goes, or why it cannot: the clock
    /// only moves forward, at most two years at a time (Stripe's rules), and the world's
    /// clock at most [`MAX_CLOCK_ADVANCE`] in one step (debitsim's).
    pub fn check_test_clock_advance(&self, id: TestClockId, frozen_time: &Input<i64>) -> Result<Timestamp, Rejection> {
        let to = self::frozen_time(frozen_time)?;
        let clock = self.test_clock(id);
        debug_assert_eq!(
            clock.status,
            TestClockStatus::Ready,
            "an advance completes within its call"
        );
        let name = || self.id_of(Obj::TestClock(id)).to_string();
        if to <= clock.frozen_time {
            return Err(Rejection::TestClockNotForward {
                clock: name(),
                frozen_time: to,
                current: clock.frozen_time,
            });
        }
        let latest = clock.frozen_time + TEST_CLOCK_MAX_ADVANCE;
        if to > latest {
            return Err(Rejection::TestClockTooFar {
                clock: name(),
                frozen_time: to,
                latest,
            });
        }
        if to - self.now > MAX_CLOCK_ADVANCE {
            return Err(Rejection::WorldClockTooFar {
                param: "frozen_time",
                max_days: MAX_CLOCK_ADVANCE / DAY,
            });
        }
        Ok(to)
    }

    /// `DELETE /v1/test_helpers/test_clocks/{id}`: the clock and the customers attached to
    /// it are deleted (each customer with its `customer.deleted`). It keeps its place, so its
    /// id is never reused.
    pub fn delete_test_clock(&mut self, id: TestClockId) -> Result<Applied<TestClockId>, Rejection> {
        let first_event = self.events.len();
        let customers: Vec<CustomerId> = self.test_clock_customers(id).collect();
        for customer in customers {
            self.delete_customer(customer)?;
        }
        self.change::<TestClock, _>(id, |clock| clock.deleted = true);
        self.emit(EventType::TestClockDeleted, AccountId::PLATFORM, id);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }
}

/// A frozen time as given: required, an integer, within a timestamp's span.
fn frozen_time(given: &Input<i64>) -> Result<Timestamp, Rejection> {
    match given {
        Input::Missing => Err(Rejection::ParameterMissing { param: "frozen_time" }),
        Input::Malformed(text) => Err(Rejection::InvalidInteger {
            param: "frozen_time",
            value: text.clone(),
        }),
        Input::Given(value) => {
            let (min, max) = FROZEN_TIME_RANGE;
            if (min..=max).contains(value) {
                Ok(*value)
            } else {
                Err(Rejection::OutOfRange {
                    param: "frozen_time",
                    value: value.to_string(),
                    min,
                    max,
                    also: None,
                })
            }
        }
    }
}

/// Clocks are the platform's: a connected account (through `Stripe-Account`) has none.
fn platform_only(actor: AccountId) -> Result<(), Rejection> {
    if actor.is_platform() {
        Ok(())
    } else {
        Err(Rejection::TestClocksPlatformOnly)
    }
}
