//! warmcall: a sales-coaching widget. `coach` is the pure domain, `store` the persistence,
//! `ui` the yew screens, and `embed` how the widget gets onto a page.

pub mod api;
pub mod coach;
pub mod embed;
pub mod i18n;
mod json;
pub mod store;
pub mod ui;
