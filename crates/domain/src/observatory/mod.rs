//! The Osservatorio's data: tables read from messy CSV and XLSX files with
//! their column types inferred, charts drawn as accessible SVG, and the
//! DCAT-AP_IT description of the datasets for the open-data catalogue.

pub mod chart;
pub mod dataset;
pub mod dcat;
pub mod spec;
pub mod table;
