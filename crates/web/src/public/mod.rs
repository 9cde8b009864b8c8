//! The public site: what readers see, in every language, without cookies
//! and without JavaScript.

pub mod good_practice_list;
pub mod good_practice_status;
pub mod good_practices;
pub mod home;
pub mod organisations;
pub mod pages;
pub mod problem_reports;
pub mod static_files;
