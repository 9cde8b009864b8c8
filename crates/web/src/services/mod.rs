//! The services directory on the public site: the list with its filters
//! (`/servizi`) and a page per service, in every language, without
//! JavaScript.

pub mod cards;
pub mod changes;
pub mod desk;
pub mod export;
pub mod freshness;
pub mod hsds;
pub mod map;
pub mod public;
pub mod words;
