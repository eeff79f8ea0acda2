//! Text as a table: records, quotes, the delimiter, and where each record starts.

use super::{MAX_CELLS, MAX_COLUMNS, MAX_ROWS};

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CsvTable {
    pub headers: Vec<String>,
    pub rows: Vec<CsvRow>,
    /// The delimiter the file was read with, so that a row that splits better with another one
    /// can be reported as such ([`super::RowProblem::OtherDelimiter`]).
    pub delimiter: char,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    /// 1-based physical line where the record starts: a quoted cell can span lines, and the rep
    /// looks the row up in a text editor or by Excel's row number.
    pub line: usize,
    pub cells: Vec<String>,
}

/// Why a file cannot be read as a table at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// No header line: the file is empty or only blank lines.
    Empty,
    /// A quoted cell opened on `line` is never closed.
    UnterminatedQuote { line: usize },
    /// More than [`MAX_ROWS`] data rows; `read` rows were read before stopping.
    TooManyRows { read: usize },
    /// A record starting on `line` has more than [`MAX_COLUMNS`] cells.
    TooManyColumns { line: usize },
    /// More than [`MAX_CELLS`] cells in all, around `line`.
    TooManyCells { line: usize },
}

/// Reads CSV as RFC 4180 describes it, with the delimiter guessed from the header line
/// ([`detect_delimiter`]). Rows whose cells are all empty (the `;;;;` lines Excel leaves below a
/// table) are skipped. Cells are kept as written, with no trimming.
pub fn parse_csv(text: &str) -> Result<CsvTable, CsvError> {
    parse_csv_with(text, detect_delimiter(text))
}

/// Among `,` `;` and tab, the one that occurs most often outside quotes on the first line that
/// is not blank; a comma when there is none (a file of one column), and on a tie the semicolon,
/// because a European header with commas inside names is rarer than a semicolon file.
pub fn detect_delimiter(text: &str) -> char {
    let (mut commas, mut semicolons, mut tabs) = (0usize, 0usize, 0usize);
    let mut quoted = false;
    for c in text.trim_start_matches(['\u{FEFF}', '\r', '\n']).chars() {
        match c {
            '"' => quoted = !quoted,
            '\r' | '\n' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    if tabs > commas && tabs > semicolons {
        '\t'
    } else if semicolons >= commas && semicolons > 0 {
        ';'
    } else {
        ','
    }
}

pub fn parse_csv_with(text: &str, delimiter: char) -> Result<CsvTable, CsvError> {
    // Text read by the browser rather than by [`decode_text`] may still start with the mark.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = RecordReader {
        chars: text.chars().peekable(),
        line: 1,
        delimiter,
        cells_read: 0,
    };
    let mut headers = None;
    let mut rows = Vec::new();
    while let Some((line, cells)) = reader.next_record()? {
        if cells.iter().all(|cell| cell.is_empty()) {
            continue;
        }
        if headers.is_none() {
            headers = Some(cells.into_iter().map(|h| h.trim().to_owned()).collect());
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(CsvError::TooManyRows { read: rows.len() });
        }
        rows.push(CsvRow { line, cells });
    }
    let headers = headers.ok_or(CsvError::Empty)?;
    Ok(CsvTable {
        headers,
        rows,
        delimiter,
    })
}

struct RecordReader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    delimiter: char,
    cells_read: usize,
}

impl RecordReader<'_> {
    /// The next record and the line it starts on; `None` at the end of the text.
    fn next_record(&mut self) -> Result<Option<(usize, Vec<String>)>, CsvError> {
        if self.chars.peek().is_none() {
            return Ok(None);
        }
        let start = self.line;
        let mut cells = Vec::new();
        loop {
            let (cell, record_ended) = self.next_cell()?;
            if cells.len() == MAX_COLUMNS {
                return Err(CsvError::TooManyColumns { line: start });
            }
            self.cells_read += 1;
            if self.cells_read > MAX_CELLS {
                return Err(CsvError::TooManyCells { line: start });
            }
            cells.push(cell);
            if record_ended {
                return Ok(Some((start, cells)));
            }
        }
    }

    /// One cell, and whether a line end (or the end of the text) closed the record after it.
    /// Text after a closing quote is kept, as spreadsheets do, rather than refused.
    fn next_cell(&mut self) -> Result<(String, bool), CsvError> {
        let mut cell = String::new();
        let mut quoted = false;
        if self.chars.peek() == Some(&'"') {
            self.chars.next();
            quoted = true;
        }
        let opened_on = self.line;
        loop {
            let Some(c) = self.chars.next() else {
                return if quoted {
                    Err(CsvError::UnterminatedQuote { line: opened_on })
                } else {
                    Ok((cell, true))
                };
            };
            if quoted {
                match c {
                    '"' if self.chars.peek() == Some(&'"') => {
                        self.chars.next();
                        cell.push('"');
                    }
                    '"' => quoted = false,
                    '\r' | '\n' => {
                        cell.push(c);
                        if c == '\r' && self.chars.peek() == Some(&'\n') {
                            cell.push('\n');
                            self.chars.next();
                        }
                        self.line += 1;
                    }
                    _ => cell.push(c),
                }
                continue;
            }
            match c {
                _ if c == self.delimiter => return Ok((cell, false)),
                '\r' | '\n' => {
                    if c == '\r' && self.chars.peek() == Some(&'\n') {
                        self.chars.next();
                    }
                    self.line += 1;
                    return Ok((cell, true));
                }
                _ => cell.push(c),
            }
        }
    }
}
