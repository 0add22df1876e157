//! Test clocks (`clock_…`): their frozen time, status and, while advancing, where they are
//! going; one deleted since shows, now, as Stripe's `{id, object, deleted: true}`.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::{View, Wire};
use crate::ledger::{Obj, TestClock, TestClockId, Timestamp};
use crate::server::expand::Shape;

impl Wire for TestClock {
    type Id = TestClockId;
    const SHAPE: Shape = Shape {
        object: "test_helpers.test_clock",
        noun: "test clock",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: TestClockId) -> Result<S::Ok, S::Error> {
        let at = view.at;
        let clock = at.test_clock(id);
        let text = at.id_of(Obj::TestClock(id));
        if clock.deleted && at.is_now() {
            let mut m = s.serialize_map(Some(3))?;
            m.serialize_entry("id", text.as_str())?;
            m.serialize_entry("object", "test_helpers.test_clock")?;
            m.serialize_entry("deleted", &true)?;
            return m.end();
        }
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", text.as_str())?;
        m.serialize_entry("object", "test_helpers.test_clock")?;
        m.serialize_entry("created", &clock.created)?;
        m.serialize_entry("deletes_after", &clock.deletes_after())?;
        m.serialize_entry("frozen_time", &clock.frozen_time)?;
        m.serialize_entry("livemode", &false)?;
        m.serialize_entry("name", &clock.name.as_deref())?;
        m.serialize_entry("status", clock.status.as_str())?;
        m.serialize_entry("status_details", &StatusDetails(clock.target))?;
        m.end()
    }
}

/// `status_details`: `advancing.target_frozen_time` while the clock advances, else empty.
struct StatusDetails(Option<Timestamp>);

impl Serialize for StatusDetails {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        if let Some(target) = self.0 {
            m.serialize_entry("advancing", &Target(target))?;
        }
        m.end()
    }
}

struct Target(Timestamp);

impl Serialize for Target {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("target_frozen_time", &self.0)?;
        m.end()
    }
}
