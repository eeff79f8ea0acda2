//! Reading a lead list that another tool wrote: the bytes as text ([`decode_text`]), the text as
//! a table ([`parse_csv`]), the table's columns as lead fields ([`suggest_mapping`]), and the rows
//! as leads with a list of what is wrong with which line ([`map_rows`]).
//!
//! Nothing here words a problem: [`CsvError`] and [`RowProblem`] are data, and the import screen
//! says them in the rep's language. Limits ([`MAX_ROWS`], [`MAX_COLUMNS`], [`MAX_CELLS`],
//! [`MAX_CELL_CHARS`]) keep a hostile or mistaken file (a database dump, a log) from freezing the
//! tab: the whole import runs on the page's only thread.
//!
//! The CSV reader is written by hand rather than with `csv-core`: `csv-core` accepts an
//! unterminated quote without a word, counts only `\n` as a line end (so an old Mac Excel file
//! ending lines with CR is all "line 1"), and skips blank lines without saying where a record
//! starts. It also cost more: about 3 KB gzipped in the release bundle against about 1 KB for
//! this reader, measured with the same small use of each.
//!
//! Formula-looking cells (`=HYPERLINK(...)`, `+46 70...`, `-`, `@`) are read as plain text and
//! kept as written: the widget only ever shows them as text, never evaluates them. The one change
//! is undoing the guard [`crate::export::leads_to_csv`] puts in front of such cells (a `'`), so
//! that an exported list reads back the same.

mod csv;
mod decode;
mod mapping;
mod rows;
mod status;

pub use csv::{detect_delimiter, parse_csv, parse_csv_with, CsvError, CsvRow, CsvTable};
pub use decode::{decode_text, TextEncoding};
pub use mapping::{assign_column, suggest_mapping, LeadField};
pub(crate) use rows::starts_formula_like;
pub use rows::{cell_text, map_rows, DuplicateOf, ImportPreview, MatchedBy, RowError, RowProblem};
pub use status::{recognise_status, CrmStatus, StatusChoices, StatusValue, MAX_STATUS_VALUES};

/// A list longer than this is not a rep's lead list; reading on would only freeze the tab.
pub const MAX_ROWS: usize = 100_000;
/// Wide CRM exports ("all properties") reach a few hundred columns; a thousand is not a table.
pub const MAX_COLUMNS: usize = 1_000;
/// Bounds memory for files made of delimiters: every cell costs a string even when empty.
pub const MAX_CELLS: usize = 3_000_000;
/// Longer than any name, phone or sensible note; only mapped cells are checked (see
/// [`RowProblem::CellTooLong`]), so a long unmapped description does not cost the row.
pub const MAX_CELL_CHARS: usize = 2_000;
