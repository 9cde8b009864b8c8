//! The Osservatorio's data: tables read from messy CSV and XLSX files with
//! their column types inferred, charts drawn as accessible SVG, the
//! DCAT-AP_IT description of the datasets for the open-data catalogue, and
//! the reports published as PDF files.

pub mod chart;
pub mod dataset;
pub mod dcat;
pub mod report;
pub mod spec;
pub mod table;
