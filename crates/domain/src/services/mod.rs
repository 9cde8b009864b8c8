//! The services directory: offices, help desks, shelters and clinics that
//! people arriving in the province can turn to. For now this holds their
//! opening hours; listings and categories will join it here.

pub mod schedule;
