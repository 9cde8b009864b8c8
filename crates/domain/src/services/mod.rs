//! The services directory: offices, help desks, shelters and clinics that
//! people arriving in the province can turn to. Modelled on Open Referral
//! HSDS 3.0 (service, location, schedule, language, phone, taxonomy) with
//! the fields of an Italian "scheda servizio".

pub mod change;
pub mod contact;
pub mod languages;
pub mod record;
pub mod schedule;
pub mod taxonomy;
