//! Metadata updates of refunds (`POST /v1/refunds/{id}`) and of transfer reversals
//! (`POST /v1/transfers/{id}/reversals/{id}`), which Stripe lets a platform change after the
//! fact, as it does a charge's or a transfer's.

use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::metadata_after;

impl Ledger {
    /// `POST /v1/refunds/{id}`: its metadata, with `refund.updated` and `charge.refund.updated`.
    pub fn update_refund(
        &mut self,
        refund: RefundId,
        metadata: Option<MetadataUpdate>,
    ) -> Result<Applied<RefundId>, Rejection> {
        let next = metadata_after(&self.refunds[refund.0].metadata, metadata.as_ref())?;
        let account = self.owner(Obj::Refund(refund));
        let first_event = self.events.len();
        let before = self.version;
        self.change::<Refund, _>(refund, |r| {
            if let Some(metadata) = next {
                r.metadata = metadata;
            }
        });
        self.emit_updated(EventType::RefundUpdated, account, Obj::Refund(refund), before);
        self.emit_updated(EventType::ChargeRefundUpdated, account, Obj::Refund(refund), before);
        Ok(Applied {
            value: refund,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/transfers/{id}/reversals/{id}`: its metadata. Stripe has no event for
    /// this change, so none is recorded.
    pub fn update_reversal(
        &mut self,
        reversal: ReversalId,
        metadata: Option<MetadataUpdate>,
    ) -> Result<Applied<ReversalId>, Rejection> {
        let next = metadata_after(&self.reversals[reversal.0].metadata, metadata.as_ref())?;
        if let Some(metadata) = next {
            self.change::<Reversal, _>(reversal, |r| r.metadata = metadata);
        }
        Ok(Applied {
            value: reversal,
            events: Vec::new(),
        })
    }
}
