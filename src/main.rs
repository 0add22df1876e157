//! The `debitsim` binary.
fn main() {}
