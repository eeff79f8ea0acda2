//! Leads in and out: a CSV import with the columns mapped on screen and a preview, a CSV export,
//! and a full JSON backup with an all-or-nothing restore.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::book::{advise_all, new_lead_id, BookChange};
use super::files::{download, on_file_picked};
use super::safekeeping::download_backup;
use super::{local_now, save_error_text, AppStore, Book};
use crate::coach::export::leads_to_csv;
use crate::coach::import::{
    assign_column, decode_text, map_rows, parse_csv, suggest_mapping, CrmStatus, CsvError,
    CsvTable, DuplicateOf, ImportPreview, LeadField, MatchedBy, RowError, RowProblem,
    StatusChoices, TextEncoding,
};
use crate::coach::lead::Lead;
use crate::coach::settings::Settings;
use crate::coach::Lang;
use crate::i18n::{t, Text};
use crate::store::backup::{read_backup, Backup, BackupSummary};

#[derive(Properties, PartialEq)]
pub struct DataScreenProps {
    pub store: AppStore,
    pub book: Book,
    pub settings: Settings,
    pub lang: Lang,
    pub onrestored: Callback<()>,
}

#[component]
pub fn DataScreen(props: &DataScreenProps) -> Html {
    html! {
        <div class="wc-data" data-testid="data">
            <CsvImport store={props.store.clone()} book={props.book.clone()} settings={props.settings.clone()} lang={props.lang} />
            <Backups store={props.store.clone()} book={props.book.clone()} settings={props.settings.clone()}
                lang={props.lang} onrestored={props.onrestored.clone()} />
        </div>
    }
}

/// A CSV file that was read and waits for its columns to be mapped.
#[derive(Clone, PartialEq)]
struct PendingImport {
    table: Rc<CsvTable>,
    encoding: TextEncoding,
    mapping: Vec<Option<LeadField>>,
    /// The status columns' values and what each is to mean; follows `mapping`.
    statuses: StatusChoices,
}

#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    Pending(PendingImport),
    /// The file could not be read as a table.
    Unreadable(CsvError),
    Imported(usize),
    Failed(Text),
}

/// Problems listed by line; a file with more says how many more.
const SHOWN_ERRORS: usize = 50;

#[derive(Properties, PartialEq)]
struct ImportProps {
    store: AppStore,
    book: Book,
    settings: Settings,
    lang: Lang,
}

#[component]
fn CsvImport(props: &ImportProps) -> Html {
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    let state = use_state(|| ImportState::Idle);
    let file_name = use_state(|| None::<String>);
    let on_file = {
        let (state, file_name) = (state.clone(), file_name.clone());
        on_file_picked(move |name, bytes| {
            file_name.set(Some(name));
            let Some(bytes) = bytes else {
                return state.set(ImportState::Failed(Text::FileUnreadable));
            };
            let (text, encoding) = decode_text(&bytes);
            state.set(match parse_csv(&text) {
                Ok(table) => {
                    let mapping = suggest_mapping(&table.headers);
                    ImportState::Pending(PendingImport {
                        statuses: StatusChoices::for_table(
                            &table,
                            &mapping,
                            &StatusChoices::default(),
                        ),
                        mapping,
                        table: Rc::new(table),
                        encoding,
                    })
                }
                Err(error) => ImportState::Unreadable(error),
            });
        })
    };
    let id_prefix = use_memo((), |_| format!("{}-", new_lead_id()));
    // Up to 100,000 rows: mapped again only when the mapping or the lead list changes.
    let preview = {
        let entries = props.book.entries.clone();
        use_memo(
            ((*state).clone(), props.book.version),
            move |(state, _)| match state {
                ImportState::Pending(pending) => Some(map_rows(
                    &pending.table,
                    &pending.mapping,
                    &pending.statuses,
                    entries.iter().map(|e| &e.stored.lead),
                    &id_prefix,
                    local_now(),
                )),
                _ => None,
            },
        )
    };
    let on_import = {
        let (state, store, book, settings) = (
            state.clone(),
            props.store.clone(),
            props.book.clone(),
            props.settings.clone(),
        );
        let preview = preview.clone();
        Callback::from(move |_| {
            let Some(preview) = preview.as_ref() else {
                return;
            };
            let leads = &preview.leads;
            // A second click that arrives before the screen changes finds them imported.
            if leads
                .first()
                .is_some_and(|lead| store.load_lead(&lead.id).is_some())
            {
                return;
            }
            match store.add_leads(leads) {
                Ok(()) => {
                    let (all, _) = store.load_leads();
                    book.dispatch(BookChange::Loaded(advise_all(all, &settings, local_now())));
                    state.set(ImportState::Imported(leads.len()));
                }
                Err(error) => state.set(ImportState::Failed(save_error_text(&error))),
            }
        })
    };
    let body = match (&*state, &*preview) {
        (ImportState::Pending(pending), Some(preview)) => {
            pending_view(pending, preview, lang, &state, on_import)
        }
        (ImportState::Unreadable(why), _) => {
            html! { <p class="wc-error" role="alert" data-testid="import-problem">{text(Text::CsvUnreadable)}{" "}{csv_error_text(lang, *why)}</p> }
        }
        (ImportState::Failed(problem), _) => {
            html! { <p class="wc-error" role="alert" data-testid="import-problem">{text(*problem)}</p> }
        }
        (ImportState::Imported(count), _) => {
            html! { <p class="wc-ok" role="status" data-testid="import-done">{format!("{}: {count}", text(Text::Imported))}</p> }
        }
        _ => html! {},
    };
    let on_export = {
        let book = props.book.clone();
        Callback::from(move |_| {
            let leads: Vec<Lead> = book.entries.iter().map(|e| e.stored.lead.clone()).collect();
            download(
                "warmcall-leads.csv",
                "text/csv;charset=utf-8",
                &leads_to_csv(&leads),
            );
        })
    };
    html! {
        <section class="wc-import">
            <h3>{text(Text::ImportCsv)}</h3>
            <p class="wc-help">{text(Text::ImportCsvHelp)}</p>
            {file_picker(lang, "import", ".csv,text/csv,text/plain", Text::ChooseCsvFile, file_name.as_deref(), on_file)}
            {body}
            <p><button type="button" class="wc-button wc-secondary" data-testid="export-csv" onclick={on_export}>{text(Text::ExportCsv)}</button></p>
        </section>
    }
}

/// A file read and waiting: its columns to map, what the rows would give, and the button.
fn pending_view(
    pending: &PendingImport,
    preview: &ImportPreview,
    lang: Lang,
    state: &UseStateHandle<ImportState>,
    on_import: Callback<MouseEvent>,
) -> Html {
    let text = |key: Text| t(lang, key);
    let remap = |column: usize| {
        let (state, pending) = (state.clone(), pending.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = pending.clone();
            assign_column(&mut next.mapping, column, LeadField::from_slug(&value));
            next.statuses = StatusChoices::for_table(&next.table, &next.mapping, &pending.statuses);
            state.set(ImportState::Pending(next));
        })
    };
    let rechoose = |index: usize| {
        let (state, pending) = (state.clone(), pending.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = pending.clone();
            next.statuses.choose(index, CrmStatus::from_slug(&value));
            state.set(ImportState::Pending(next));
        })
    };
    html! {
        <>
            if pending.encoding == TextEncoding::Windows1252 {
                <p class="wc-help" data-testid="import-encoding">{text(Text::ReadAsWindows1252)}</p>
            }
            <table class="wc-mapping">
                <caption>{text(Text::MapColumns)}</caption>
                <thead><tr><th scope="col">{text(Text::ColumnInFile)}</th><th scope="col">{text(Text::LeadFieldHeader)}</th><th scope="col">{text(Text::FirstRow)}</th></tr></thead>
                <tbody>
                    { for pending.table.headers.iter().enumerate().map(|(column, header)| html! {
                        <tr>
                            <th scope="row">{header}</th>
                            <td>
                                <select data-testid={format!("map-{column}")} aria-label={header.clone()} onchange={remap(column)}>
                                    <option value="" selected={pending.mapping[column].is_none()}>{text(Text::Ignore)}</option>
                                    { for LeadField::ALL.into_iter().map(|field| html! {
                                        <option value={field.slug()} selected={pending.mapping[column] == Some(field)}>{field_label(lang, field)}</option>
                                    }) }
                                </select>
                            </td>
                            <td>{pending.table.rows.first().and_then(|row| row.cells.get(column)).cloned().unwrap_or_default()}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if !pending.statuses.values.is_empty() {
                <table class="wc-mapping wc-status-mapping" data-testid="status-mapping">
                    <caption>{text(Text::StatusMappingCaption)}</caption>
                    <thead><tr><th scope="col">{text(Text::StatusInFile)}</th><th scope="col">{text(Text::StatusRows)}</th><th scope="col">{text(Text::StatusBecomes)}</th></tr></thead>
                    <tbody>
                        { for pending.statuses.values.iter().enumerate().map(|(index, value)| html! {
                            <tr data-testid={format!("status-{index}")}>
                                <th scope="row">{&value.shown}</th>
                                // The header row is hidden in a narrow sidebar, so the count names itself there.
                                <td><span class="wc-narrow-only">{text(Text::StatusRows)}{": "}</span>{value.rows}</td>
                                <td>
                                    <select data-testid={format!("status-map-{index}")} aria-label={value.shown.clone()} onchange={rechoose(index)}>
                                        <option value="" selected={value.chosen.is_none()}>{text(Text::Ignore)}</option>
                                        { for CrmStatus::ALL.into_iter().map(|status| html! {
                                            <option value={status.slug()} selected={value.chosen == Some(status)}>{status_label(lang, status)}</option>
                                        }) }
                                    </select>
                                    if value.recognised.is_none() {
                                        <p class="wc-help" data-testid={format!("status-unknown-{index}")}>{text(Text::StatusNotRecognised)}</p>
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            <p data-testid="import-summary" aria-live="polite">
                {format!("{}: {} · {}: {}", text(Text::RowsReady), preview.leads.len(), text(Text::RowsWithProblems), preview.errors.iter().filter(|e| e.problem.skips_row()).count())}
            </p>
            if !preview.errors.is_empty() {
                <ul class="wc-errors" data-testid="import-errors">
                    { for preview.errors.iter().take(SHOWN_ERRORS).map(|error| html! { <li>{row_error_text(lang, error, &pending.table.headers)}</li> }) }
                </ul>
                if preview.errors.len() > SHOWN_ERRORS {
                    <p>{text(Text::MoreProblems).replace("{count}", &(preview.errors.len() - SHOWN_ERRORS).to_string())}</p>
                }
            }
            if !preview.leads.is_empty() {
                <button type="button" class="wc-button" data-testid="import-confirm" onclick={on_import}>
                    {format!("{} ({})", text(Text::ImportLeads), preview.leads.len())}
                </button>
            }
        </>
    }
}

fn field_label(lang: Lang, field: LeadField) -> &'static str {
    t(
        lang,
        match field {
            LeadField::Name => Text::FieldName,
            LeadField::FirstName => Text::FieldFirstName,
            LeadField::LastName => Text::FieldLastName,
            LeadField::Company => Text::FieldCompany,
            LeadField::Role => Text::FieldRole,
            LeadField::Phone => Text::FieldPhone,
            LeadField::Email => Text::FieldEmail,
            LeadField::Source => Text::FieldSource,
            LeadField::DealSize => Text::FieldDealSize,
            LeadField::Stage => Text::FieldStage,
            LeadField::Notes => Text::Notes,
            LeadField::DoNotContact => Text::DoNotContactField,
            LeadField::Status => Text::FieldCrmStatus,
            LeadField::LostReason => Text::FieldLostReason,
        },
    )
}

fn status_label(lang: Lang, status: CrmStatus) -> &'static str {
    t(
        lang,
        match status {
            CrmStatus::NewLead => Text::StatusNewLead,
            CrmStatus::Attempted => Text::StatusAttempted,
            CrmStatus::InDialogue => Text::StatusInDialogue,
            CrmStatus::Nurture => Text::StatusNurture,
            CrmStatus::NotQualified => Text::StatusNotQualified,
            CrmStatus::Customer => Text::StatusCustomer,
        },
    )
}

/// A delimiter in the plural, as the row problem names it ("separated by semicolons").
fn delimiter_name(lang: Lang, delimiter: char) -> String {
    let key = match delimiter {
        ',' => Text::DelimiterCommas,
        ';' => Text::DelimiterSemicolons,
        '\t' => Text::DelimiterTabs,
        '|' => Text::DelimiterBars,
        other => return format!("“{other}”"),
    };
    t(lang, key).to_owned()
}

fn row_error_text(lang: Lang, error: &RowError, headers: &[String]) -> String {
    let column = |index: &usize| headers.get(*index).map(String::as_str).unwrap_or("?");
    let problem = match &error.problem {
        RowProblem::CellCount { expected, found } => t(lang, Text::RowCellCount)
            .replace("{found}", &found.to_string())
            .replace("{expected}", &expected.to_string()),
        RowProblem::OtherDelimiter { row, file } => t(lang, Text::RowOtherDelimiter)
            .replace("{row}", &delimiter_name(lang, *row))
            .replace("{file}", &delimiter_name(lang, *file)),
        RowProblem::AlreadyCustomer { column: index } => {
            t(lang, Text::RowAlreadyCustomer).replace("{column}", column(index))
        }
        RowProblem::NoNameOrCompany => t(lang, Text::RowNoName).to_owned(),
        RowProblem::CellTooLong {
            column: index,
            limit,
        } => t(lang, Text::RowTooLong)
            .replace("{column}", column(index))
            .replace("{limit}", &limit.to_string()),
        RowProblem::UnknownValue {
            column: index,
            field,
        } => t(
            lang,
            if *field == LeadField::DoNotContact {
                Text::RowUnknownDoNotContact
            } else {
                Text::RowUnknownValue
            },
        )
        .replace("{column}", column(index)),
        RowProblem::Duplicate { of, by } => {
            let what = match of {
                DuplicateOf::Existing { .. } => t(lang, Text::RowDuplicateExisting).to_owned(),
                DuplicateOf::Row { line } => {
                    t(lang, Text::RowDuplicateRow).replace("{line}", &line.to_string())
                }
            };
            let by = t(
                lang,
                match by {
                    MatchedBy::Email => Text::BySameEmail,
                    MatchedBy::NameAndCompany => Text::BySameNameAndCompany,
                },
            );
            format!("{what} ({by})")
        }
    };
    let skipped = if error.problem.skips_row() {
        format!("; {}", t(lang, Text::RowSkipped))
    } else {
        String::new()
    };
    format!("{} {}: {problem}{skipped}", t(lang, Text::Line), error.line)
}

fn csv_error_text(lang: Lang, error: CsvError) -> String {
    match error {
        CsvError::Empty => t(lang, Text::CsvEmpty).to_owned(),
        CsvError::UnterminatedQuote { line } => {
            t(lang, Text::CsvUnterminatedQuote).replace("{line}", &line.to_string())
        }
        CsvError::TooManyRows { read } => {
            t(lang, Text::CsvTooManyRows).replace("{read}", &read.to_string())
        }
        CsvError::TooManyColumns { line } => {
            t(lang, Text::CsvTooManyColumns).replace("{line}", &line.to_string())
        }
        CsvError::TooManyCells { line } => {
            t(lang, Text::CsvTooLarge).replace("{line}", &line.to_string())
        }
    }
}

#[derive(Clone, PartialEq)]
enum RestoreState {
    Idle,
    Confirm(Rc<Backup>),
    Invalid(String),
    Restored,
    Failed(Text),
}

#[derive(Properties, PartialEq)]
struct BackupsProps {
    store: AppStore,
    book: Book,
    settings: Settings,
    lang: Lang,
    onrestored: Callback<()>,
}

#[component]
fn Backups(props: &BackupsProps) -> Html {
    let lang = props.lang;
    let text = |key: Text| t(lang, key);
    let state = use_state(|| RestoreState::Idle);
    let export_problem = use_state(|| None::<Text>);
    let file_name = use_state(|| None::<String>);
    let on_export = {
        let (store, export_problem) = (props.store.clone(), export_problem.clone());
        Callback::from(move |_| export_problem.set(download_backup(&store)))
    };
    let on_file = {
        let (state, file_name) = (state.clone(), file_name.clone());
        on_file_picked(move |name, bytes| {
            file_name.set(Some(name));
            let Some(bytes) = bytes else {
                return state.set(RestoreState::Failed(Text::FileUnreadable));
            };
            let Ok(json) = String::from_utf8(bytes) else {
                return state.set(RestoreState::Failed(Text::BackupNotUtf8));
            };
            state.set(match read_backup(&json) {
                Ok(backup) => RestoreState::Confirm(Rc::new(backup)),
                Err(why) => RestoreState::Invalid(why),
            });
        })
    };
    let body = match &*state {
        RestoreState::Confirm(backup) => {
            let on_restore = {
                let (state, store, book, backup, onrestored) = (
                    state.clone(),
                    props.store.clone(),
                    props.book.clone(),
                    backup.clone(),
                    props.onrestored.clone(),
                );
                Callback::from(move |_| match store.restore_backup(&backup) {
                    Ok(()) => {
                        let (all, _) = store.load_leads();
                        book.dispatch(BookChange::Loaded(advise_all(
                            all,
                            &backup.settings,
                            local_now(),
                        )));
                        onrestored.emit(());
                        state.set(RestoreState::Restored);
                    }
                    Err(error) => state.set(RestoreState::Failed(save_error_text(&error))),
                })
            };
            let on_cancel = {
                let state = state.clone();
                Callback::from(move |_| state.set(RestoreState::Idle))
            };
            html! {
                <div class="wc-notice" role="alert" data-testid="restore-confirm">
                    <p>{text(Text::RestoreWillReplace)}</p>
                    <ul>
                        <li data-testid="restore-current">{text(Text::NowStored)}{": "}{summary_text(lang, &props.store.current_summary())}</li>
                        <li data-testid="restore-incoming">{text(Text::InBackup)}{": "}{summary_text(lang, &backup.summary())}</li>
                    </ul>
                    <div class="wc-row">
                        <button type="button" class="wc-button" data-testid="restore-confirm-button" onclick={on_restore}>{text(Text::RestoreNow)}</button>
                        <button type="button" class="wc-button wc-secondary" onclick={on_cancel}>{text(Text::Cancel)}</button>
                    </div>
                </div>
            }
        }
        RestoreState::Invalid(why) => {
            html! { <p class="wc-error" role="alert" data-testid="restore-problem">{text(Text::BackupInvalid)}{" "}{why}</p> }
        }
        RestoreState::Failed(problem) => {
            html! { <p class="wc-error" role="alert" data-testid="restore-problem">{text(*problem)}</p> }
        }
        RestoreState::Restored => {
            html! { <p class="wc-ok" role="status" data-testid="restore-done">{text(Text::Restored)}</p> }
        }
        RestoreState::Idle => html! {},
    };
    html! {
        <section class="wc-backup">
            <h3>{text(Text::Backup)}</h3>
            <p class="wc-help">{text(Text::BackupHelp)}</p>
            <button type="button" class="wc-button wc-secondary" data-testid="backup-export" onclick={on_export}>{text(Text::DownloadBackup)}</button>
            if let Some(problem) = *export_problem {
                <p class="wc-error" role="alert">{text(problem)}</p>
            }
            <p class="wc-file-label">{text(Text::RestoreFromFile)}</p>
            {file_picker(lang, "restore", ".json,application/json", Text::ChooseBackupFile, file_name.as_deref(), on_file)}
            {body}
        </section>
    }
}

/// Counts, and for a backup when it was made, so an old file is not restored by mistake.
fn summary_text(lang: Lang, summary: &BackupSummary) -> String {
    let mut text = format!(
        "{} {} · {} {}",
        summary.leads,
        t(lang, Text::LeadsWord),
        summary.contacts,
        t(lang, Text::ContactsWord)
    );
    if let Some(at) = summary.exported_at {
        text.push_str(&format!(
            " · {} {}",
            t(lang, Text::ExportedOn),
            crate::coach::followup::format_day_time(lang, at)
        ));
    }
    text
}

/// A file input hidden visually, not from keyboards or screen readers: its label is the button,
/// and the chosen file's name beside it replaces the browser's "No file chosen", which the input
/// says again once it is cleared for the next pick. `name` gives the ids and test ids.
fn file_picker(
    lang: Lang,
    name: &str,
    accept: &'static str,
    label: Text,
    chosen: Option<&str>,
    onchange: Callback<Event>,
) -> Html {
    let input_id = format!("wc-{name}-file");
    let name_id = format!("{input_id}-name");
    html! {
        <div class="wc-file-pick">
            <input id={input_id.clone()} class="wc-visually-hidden" type="file" {accept}
                data-testid={format!("{name}-file")} aria-describedby={name_id.clone()} {onchange} />
            <label for={input_id} class="wc-button wc-secondary">{t(lang, label)}</label>
            <span id={name_id} class="wc-file-name" data-testid={format!("{name}-file-name")} aria-live="polite">
                { match chosen {
                    Some(chosen) => t(lang, Text::FileChosen).replace("{name}", chosen),
                    None => t(lang, Text::NoFileChosenYet).to_owned(),
                } }
            </span>
        </div>
    }
}
