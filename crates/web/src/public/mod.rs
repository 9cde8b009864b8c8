//! The public site: what readers see, in every language, without cookies
//! and without JavaScript.

pub mod home;
pub mod organisations;
pub mod pages;
pub mod problem_reports;
pub mod static_files;
