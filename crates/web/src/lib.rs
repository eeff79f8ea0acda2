//! What warmcall's bundles share: the yew screens (`ui`), their texts (`i18n`), and how a
//! widget gets onto a page and what it shows when something panics (`embed`). Each bundle is a
//! thin crate under `crates/bundles/` that picks its screens and calls `embed::mount`.

pub mod embed;
pub mod i18n;
pub mod ui;

use warmcall_coach as coach;
use warmcall_store as store;
