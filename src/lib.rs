//! warmcall: a sales-coaching widget. `coach` is the pure domain, `store` the persistence,
//! `ui` the yew screens, and `embed` how the widget gets onto a page.

// The practice bundle has no JS API: the app's bundle carries it.
#[cfg(not(feature = "practice-bundle"))]
pub mod api;
pub mod coach;
pub mod embed;
pub mod i18n;
mod json;
pub mod store;
pub mod ui;
