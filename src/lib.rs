//! warmcall: a sales-coaching widget. `coach` is the pure domain, `store` the persistence,
//! `ui` the yew screens, and `embed` how the widget gets onto a page.

// The practice bundle has no JS API: the app's bundle carries it.
#[cfg(not(feature = "practice-bundle"))]
pub mod api;
pub mod embed;
pub mod i18n;
pub mod ui;

pub use warmcall_coach as coach;
pub use warmcall_store as store;
