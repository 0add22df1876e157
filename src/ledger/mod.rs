//! The ledger: the money model of Connect account debits.
