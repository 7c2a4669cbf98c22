//! The app's state and every change to it, as plain Rust.
//!
//! [`State::apply`] is the reducer: it takes an [`Action`] and returns the
//! next state. It does no I/O — saving, downloads and the DOM happen in the
//! app's effects and callbacks — so it is tested natively with `cargo test`.
//! The Yew `Reducible` impl in `app.rs` only wraps it.

use crate::analysis::{Config, Label};
use crate::model::{AnnotationId, Dictionary, Document, EditError, LabelName};
use crate::ui::i18n::Lang;
use crate::ui::library::{new_doc_id, LibraryEntry};
use crate::ui::summary::ListStatus;
use std::rc::Rc;

/// The largest text Scholia takes in one piece, in bytes of UTF-8.
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

/// Where the annotation popover is, and what it edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Popover {
    /// First code point of the selection.
    pub start: usize,
    /// One past its last code point.
    pub end: usize,
    /// The existing annotation being edited, if any.
    pub editing: Option<AnnotationId>,
    /// True when the popover decides a suggestion (Accept / Reject).
    pub suggestion: bool,
    /// The label picked when the popover opens.
    pub label: LabelName,
    /// The note shown when the popover opens.
    pub note: String,
    /// Viewport position (CSS pixels) to anchor the popover at.
    pub x: f64,
    /// Viewport position (CSS pixels) of the selection's bottom edge.
    pub y: f64,
}

/// A message shown in the notice bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Errors are red and stay until dismissed; infos fade.
    pub is_error: bool,
    /// Plain words: what happened, what was kept, what to do next.
    pub text: String,
}

/// Everything the app shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// The open document; `None` shows the paste screen.
    pub doc: Option<Rc<Document>>,
    /// Bumped on every change to `doc`; the annotation save listens to it.
    pub revision: u64,
    /// Bumped when another text is opened or closed; the document save listens to it.
    pub generation: u64,
    /// The annotation popover, when open.
    pub popover: Option<Popover>,
    /// The section whose label form is open.
    pub section_form: Option<usize>,
    /// The message bar.
    pub notice: Option<Notice>,
    /// The label picked last, preselected next time.
    pub last_label: Option<LabelName>,
    /// True while a long text is being analysed.
    pub busy: bool,
    /// Earlier versions of the document, newest last (undo).
    pub past: Vec<Rc<Document>>,
    /// Undone versions, newest last (redo).
    pub future: Vec<Rc<Document>>,
    /// The suggestion the keyboard is on, by its (start, end).
    pub cursor: Option<(usize, usize)>,
    /// True while the keyboard shortcuts are shown.
    pub show_help: bool,
    /// The side panel's open tab.
    pub panel: PanelTab,
    /// What the side list shows.
    pub list_status: ListStatus,
    /// The label the side list is narrowed to, if any.
    pub list_label: Option<LabelName>,
    /// The open document's id in the library.
    pub doc_id: Option<String>,
    /// The documents this browser keeps, most recent first.
    pub library: Vec<LibraryEntry>,
    /// True while the library is shown.
    pub show_library: bool,
    /// Find in text, while the find bar is open.
    pub find: Option<Find>,
    /// The user's dictionary: names labelled by hand, suggested in new
    /// documents. Not part of a document, so not undone with it.
    pub dictionary: Rc<Dictionary>,
    /// The interface's language.
    pub lang: Lang,
    /// True when selections in Latin script snap to whole words.
    pub snap_words: bool,
}

/// The find bar's query and what it found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Find {
    /// What the user typed.
    pub query: String,
    /// Every match, as code-point ranges.
    pub matches: Vec<(usize, usize)>,
    /// The match shown now (an index into `matches`).
    pub current: usize,
}

/// The side panel's tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PanelTab {
    /// The list of annotations (or suggestions, or rejected ones).
    #[default]
    Annotations,
    /// Counts, entities and amounts at a glance.
    Summary,
    /// The label set: legend, keys, accept/reject all.
    Labels,
}

/// Every change the user (or an effect) can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A text is about to be analysed (shows progress).
    BeginLoad,
    /// Opens a freshly analysed or imported document as a new library entry.
    Open(Rc<Document>),
    /// Opens a document saved in the library.
    OpenSaved {
        /// Its id.
        id: String,
        /// The document.
        doc: Rc<Document>,
    },
    /// Replaces the open document's content (an import onto it), as one
    /// undoable step.
    Replace(Rc<Document>),
    /// Opens the find bar (Ctrl+F).
    OpenFind,
    /// Closes the find bar.
    CloseFind,
    /// Searches for a new query.
    SetFindQuery(String),
    /// Moves to the next (or previous) match.
    StepFind {
        /// Forward or back.
        forward: bool,
    },
    /// Labels every match, as one undoable step.
    LabelMatches(LabelName),
    /// The library as storage now holds it.
    LibraryLoaded(Vec<LibraryEntry>),
    /// Shows or hides the library.
    ToggleLibrary,
    /// Closes the document and returns to the paste screen.
    Close,
    /// Renames the document.
    Rename(String),
    /// Opens the popover for a new selection (code points, viewport position).
    Select {
        /// First code point.
        start: usize,
        /// One past the last code point.
        end: usize,
        /// Popover anchor, x.
        x: f64,
        /// Popover anchor, y.
        y: f64,
    },
    /// Opens the popover on an existing annotation.
    EditExisting {
        /// The annotation.
        id: AnnotationId,
        /// Popover anchor, x.
        x: f64,
        /// Popover anchor, y.
        y: f64,
    },
    /// Picks the label in the open popover.
    PickLabel(LabelName),
    /// Changes the note in the open popover.
    SetNote(String),
    /// Closes the popover without changing anything.
    CancelPopover,
    /// Saves the popover: a new annotation, or the edited one.
    SavePopover {
        /// The chosen label.
        label: LabelName,
        /// The note typed.
        note: String,
    },
    /// Deletes an annotation.
    Remove(AnnotationId),
    /// Opens the popover on a suggestion, to accept, relabel or reject it.
    OpenSuggestion {
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
        /// Popover anchor, x.
        x: f64,
        /// Popover anchor, y.
        y: f64,
    },
    /// Accepts a suggestion, with its own label or another one.
    Accept {
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
        /// Another label, or `None` for the suggestion's own.
        label: Option<LabelName>,
    },
    /// Rejects a suggestion.
    Reject {
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
    },
    /// Accepts every pending suggestion of an analyser label.
    AcceptAll(Label),
    /// Rejects every pending suggestion of an analyser label.
    RejectAll(Label),
    /// Gives every other occurrence of an annotation's text its label.
    EveryOccurrence(AnnotationId),
    /// Moves the keyboard cursor to the next (or previous) pending suggestion.
    MoveCursor {
        /// Forward or back.
        forward: bool,
    },
    /// Takes the keyboard cursor off the suggestions.
    ClearCursor,
    /// Undoes the last edit.
    Undo,
    /// Redoes the last undone edit.
    Redo,
    /// Shows or hides the keyboard shortcuts.
    ToggleHelp,
    /// Opens a tab of the side panel.
    ShowPanel(PanelTab),
    /// Chooses what the side list shows.
    FilterList {
        /// Annotations, suggestions or rejected ones.
        status: ListStatus,
        /// One label, or every label.
        label: Option<LabelName>,
    },
    /// Adds a label to the document's set.
    AddLabel(String),
    /// Renames a label (and every annotation carrying it).
    RenameLabel {
        /// Its name now.
        from: LabelName,
        /// The new name.
        to: String,
    },
    /// Gives a label another colour.
    RecolourLabel {
        /// The label.
        name: LabelName,
        /// `#rrggbb`.
        colour: String,
    },
    /// Sets or clears the key that picks a label.
    SetLabelKey {
        /// The label.
        name: LabelName,
        /// A letter or digit, or `None` for no key.
        key: Option<char>,
    },
    /// Removes a label and every annotation carrying it.
    RemoveLabel(LabelName),
    /// The dictionary as storage holds it.
    DictionaryLoaded(Dictionary),
    /// Adds a term to the dictionary, or gives it another label.
    SetTerm {
        /// The term.
        text: String,
        /// Its label.
        label: LabelName,
    },
    /// Removes a term from the dictionary.
    RemoveTerm(String),
    /// Makes a rejected suggestion pending again.
    Restore {
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
    },
    /// Opens the label form of a section.
    OpenSectionForm(usize),
    /// Closes the section form.
    CloseSectionForm,
    /// Labels a whole section.
    AnnotateSection {
        /// The section's index.
        section: usize,
        /// Its label.
        label: String,
        /// Its note.
        note: String,
    },
    /// Removes a section's label.
    ClearSection(usize),
    /// Shows a message.
    Notify(Notice),
    /// Hides the message.
    DismissNotice,
    /// Switches the interface's language.
    SetLang(Lang),
    /// Turns snapping Latin selections to whole words on or off.
    SetSnapWords(bool),
}

impl Notice {
    /// An error message that stays until dismissed.
    pub fn error(text: impl Into<String>) -> Self {
        Notice {
            is_error: true,
            text: text.into(),
        }
    }

    /// An informational message.
    pub fn info(text: impl Into<String>) -> Self {
        Notice {
            is_error: false,
            text: text.into(),
        }
    }
}

/// Why a pasted or opened text was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextRejected {
    /// Nothing but white space.
    Empty,
    /// Larger than [`MAX_TEXT_BYTES`].
    TooLarge(usize),
    /// NUL bytes or mostly control characters: a binary file, not text.
    Binary,
}

impl std::fmt::Display for TextRejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextRejected::Empty => f.write_str("There is no text to analyse: paste or open an article first."),
            TextRejected::TooLarge(bytes) => write!(
                f,
                "This text is {:.1} MB; Scholia takes up to {} MB at a time. Split it into parts. Nothing was changed.",
                *bytes as f64 / 1_048_576.0,
                MAX_TEXT_BYTES / 1_048_576
            ),
            TextRejected::Binary => f.write_str(
                "This looks like a binary file, not text (it holds control characters). Nothing was changed.",
            ),
        }
    }
}

/// Checks that `text` is something Scholia should analyse.
pub fn vet_text(text: &str) -> Result<(), TextRejected> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(TextRejected::TooLarge(text.len()));
    }
    if text.trim().is_empty() {
        return Err(TextRejected::Empty);
    }
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if text.contains('\0') || control * 100 > text.chars().count() {
        return Err(TextRejected::Binary);
    }
    Ok(())
}

/// A title for a pasted text: its first non-empty line, shortened.
pub fn title_from_text(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Untitled");
    let mut title: String = line.chars().take(40).collect();
    if line.chars().count() > 40 {
        title.push('…');
    }
    title
}

/// Analyses `text` into a new document titled `title`, its line breaks
/// normalised to `\n` first (and that recorded).
pub fn new_document(title: &str, text: &str) -> Document {
    new_document_with(title, text, &Config::default())
}

/// [`new_document`] with analyser options (the user's dictionary).
pub fn new_document_with(title: &str, text: &str, config: &Config) -> Document {
    let (text, normalised) = crate::model::normalise_newlines(text);
    let mut doc = Document::new(title, text, config);
    doc.newlines_normalised = normalised;
    doc
}

/// Now, in ISO 8601, for the annotations' created/modified times: the
/// browser's clock on wasm, the system's natively. The reader of the clock is
/// the only thing in the reducer that is not a pure function of its input,
/// and nothing it decides depends on it.
pub fn now_iso() -> String {
    crate::model::iso8601_from_millis(now_millis())
}

/// Milliseconds since the Unix epoch (see [`now_iso`]).
pub fn now_millis() -> i64 {
    #[cfg(target_arch = "wasm32")]
    let millis = js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    millis
}

/// The pending suggestion after (or before) `from`, wrapping around.
fn next_pending(
    doc: &Document,
    from: Option<(usize, usize)>,
    forward: bool,
) -> Option<(usize, usize)> {
    let pending = |s: &&crate::analysis::Span| doc.is_shown(s);
    let spans = &doc.analysis.spans;
    let key = |s: &crate::analysis::Span| (s.start, s.end);
    let found = if forward {
        let after = from.map_or(0, |f| spans.partition_point(|s| key(s) <= f));
        spans[after..]
            .iter()
            .find(pending)
            .or_else(|| spans.iter().find(pending))
    } else {
        let before = from.map_or(spans.len(), |f| spans.partition_point(|s| key(s) < f));
        spans[..before]
            .iter()
            .rev()
            .find(pending)
            .or_else(|| spans.iter().rev().find(pending))
    };
    found.map(key)
}

impl State {
    /// After deciding the suggestion at `start..end`, the cursor moves on to
    /// the next pending one (so a keyboard pass is Enter, Enter, x, Enter…).
    fn advance_cursor_from(&mut self, start: usize, end: usize) {
        if self.cursor == Some((start, end)) {
            self.cursor = self
                .doc
                .as_ref()
                .and_then(|d| next_pending(d, Some((start, end)), true));
        }
    }

    /// The next state after `action`. Never panics; a refused edit becomes a notice.
    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::BeginLoad => {
                self.busy = true;
            }
            Action::Open(doc) => {
                self.doc_id = Some(new_doc_id(
                    now_millis(),
                    &self.library,
                    self.doc_id.as_deref(),
                ));
                self.show_library = false;
                self.doc = Some(doc);
                self.past.clear();
                self.future.clear();
                self.cursor = None;
                self.popover = None;
                self.section_form = None;
                self.busy = false;
                self.revision += 1;
                self.generation += 1;
            }
            Action::OpenSaved { id, doc } => {
                self = self.apply(Action::Open(doc));
                self.doc_id = Some(id);
            }
            Action::LibraryLoaded(library) => self.library = library,
            Action::OpenFind => {
                self.popover = None;
                self.find.get_or_insert_with(Find::default);
            }
            Action::CloseFind => self.find = None,
            Action::SetFindQuery(query) => {
                let matches = self
                    .doc
                    .as_ref()
                    .map(|d| d.find_all(&query))
                    .unwrap_or_default();
                self.find = Some(Find {
                    query,
                    matches,
                    current: 0,
                });
            }
            Action::StepFind { forward } => {
                if let Some(f) = self.find.as_mut().filter(|f| !f.matches.is_empty()) {
                    let n = f.matches.len();
                    f.current = if forward {
                        (f.current + 1) % n
                    } else {
                        (f.current + n - 1) % n
                    };
                }
            }
            Action::LabelMatches(label) => {
                let ranges = self
                    .find
                    .as_ref()
                    .map(|f| f.matches.clone())
                    .unwrap_or_default();
                let mut added = 0;
                if self.edit(|d| {
                    added = d.label_ranges(&ranges, label.clone());
                    Ok(())
                }) {
                    self.notice = Some(Notice::info(self.lang.labelled_matches(added, label)));
                }
            }
            Action::Replace(doc) => {
                self.popover = None;
                // An imported file's annotations are not the user's hand
                // labelling: the dictionary does not learn from them.
                self.edit_with(false, |d| {
                    *d = Document::clone(&doc);
                    Ok(())
                });
            }
            Action::ToggleLibrary => self.show_library = !self.show_library,
            Action::Close => {
                self.doc_id = None;
                self.doc = None;
                self.past.clear();
                self.future.clear();
                self.cursor = None;
                self.popover = None;
                self.section_form = None;
                self.revision += 1;
                self.generation += 1;
            }
            Action::Rename(title) => {
                let title = title.trim();
                if !title.is_empty() {
                    self.edit(|d| {
                        d.title = title.to_string();
                        Ok(())
                    });
                }
            }
            Action::Select { start, end, x, y } => {
                if let Some(doc) = &self.doc {
                    // Never half an emoji or a letter without its accent.
                    let (start, end) = crate::model::snap_to_graphemes(&doc.text, start, end);
                    // And, when the user asked for it, never half a Latin word.
                    let (start, end) = if self.snap_words {
                        crate::model::snap_to_words(&doc.text, start, end)
                    } else {
                        (start, end)
                    };
                    // A selection that matches a suggestion offers its label first.
                    let suggested = doc
                        .suggestion(start, end)
                        .filter(|s| doc.labels.for_kind(s.label).is_some())
                        .map(|s| doc.suggested_label(s.label));
                    let label = suggested
                        .clone()
                        .or_else(|| self.last_label.clone())
                        .filter(|l| doc.labels.get(l.as_str()).is_some())
                        .or_else(|| doc.labels.iter().next().map(|d| d.name.clone()))
                        .unwrap_or_else(|| Label::Person.into());
                    self.popover = Some(Popover {
                        start,
                        end,
                        editing: None,
                        suggestion: suggested.is_some(),
                        label,
                        note: String::new(),
                        x,
                        y,
                    });
                }
            }
            Action::EditExisting { id, x, y } => {
                if let Some(a) = self.doc.as_ref().and_then(|d| d.annotation(id)) {
                    self.popover = Some(Popover {
                        start: a.start,
                        end: a.end,
                        editing: Some(id),
                        suggestion: false,
                        label: a.label.clone(),
                        note: a.note.clone(),
                        x,
                        y,
                    });
                }
            }
            Action::PickLabel(label) => {
                if let Some(p) = &mut self.popover {
                    p.label = label;
                }
            }
            Action::SetNote(note) => {
                if let Some(p) = &mut self.popover {
                    p.note = note;
                }
            }
            Action::CancelPopover => self.popover = None,
            Action::SavePopover { label, note } => {
                if let Some(p) = self.popover.take() {
                    self.last_label = Some(label.clone());
                    match (p.editing, p.suggestion) {
                        (Some(id), _) => {
                            self.edit(|d| d.edit_annotation(id, label, &note));
                        }
                        // A suggestion is accepted (keeping its value when the
                        // label stays), then given the note.
                        (None, true) => {
                            if self.edit(|d| {
                                let id =
                                    d.accept_suggestion(p.start, p.end, Some(label.clone()))?;
                                d.edit_annotation(id, label, &note)
                            }) {
                                self.advance_cursor_from(p.start, p.end);
                            }
                        }
                        (None, false) => {
                            self.edit(|d| d.add_annotation(p.start, p.end, label, &note).map(drop));
                        }
                    }
                }
            }
            Action::Remove(id) => {
                if self.popover.as_ref().is_some_and(|p| p.editing == Some(id)) {
                    self.popover = None;
                }
                self.edit(|d| d.remove_annotation(id).map(drop));
            }
            Action::OpenSuggestion { start, end, x, y } => {
                if let Some((doc, span)) = self
                    .doc
                    .as_ref()
                    .and_then(|d| Some((d, d.suggestion(start, end)?)))
                {
                    let label = doc.suggested_label(span.label);
                    self.cursor = Some((start, end));
                    self.popover = Some(Popover {
                        start,
                        end,
                        editing: None,
                        suggestion: true,
                        label,
                        note: String::new(),
                        x,
                        y,
                    });
                }
            }
            Action::Accept { start, end, label } => {
                self.popover = None;
                if self.edit(|d| d.accept_suggestion(start, end, label).map(drop)) {
                    self.advance_cursor_from(start, end);
                }
            }
            Action::Reject { start, end } => {
                self.popover = None;
                if self.edit(|d| d.reject_suggestion(start, end)) {
                    self.advance_cursor_from(start, end);
                }
            }
            Action::AcceptAll(label) => {
                let mut count = 0;
                self.edit(|d| {
                    count = d.accept_all(label);
                    Ok(())
                });
                self.notice = Some(Notice::info(self.lang.accepted_all(count, label)));
            }
            Action::RejectAll(label) => {
                let mut count = 0;
                self.edit(|d| {
                    count = d.reject_all(label);
                    Ok(())
                });
                self.notice = Some(Notice::info(self.lang.rejected_all(count, label)));
            }
            Action::EveryOccurrence(id) => {
                self.popover = None;
                let mut count = 0;
                if self.edit(|d| {
                    count = d.label_every_occurrence(id)?.len();
                    Ok(())
                }) {
                    self.notice = Some(Notice::info(if count == 0 {
                        self.lang.texts().no_other_occurrence.to_string()
                    } else {
                        self.lang.labelled_occurrences(count)
                    }));
                }
            }
            Action::MoveCursor { forward } => {
                self.cursor = self
                    .doc
                    .as_ref()
                    .and_then(|d| next_pending(d, self.cursor, forward));
            }
            Action::ClearCursor => self.cursor = None,
            Action::Undo => {
                if let (Some(_), Some(previous)) = (&self.doc, self.past.pop()) {
                    let current = self.doc.replace(previous);
                    self.future.extend(current);
                    self.popover = None;
                    self.revision += 1;
                }
            }
            Action::Redo => {
                if let (Some(_), Some(next)) = (&self.doc, self.future.pop()) {
                    let current = self.doc.replace(next);
                    self.past.extend(current);
                    self.popover = None;
                    self.revision += 1;
                }
            }
            Action::ToggleHelp => self.show_help = !self.show_help,
            Action::ShowPanel(tab) => self.panel = tab,
            Action::FilterList { status, label } => {
                self.list_status = status;
                self.list_label = label;
            }
            Action::AddLabel(name) => {
                let mut added = None;
                if self.edit(|d| {
                    added = Some(d.add_label(&name)?);
                    Ok(())
                }) {
                    if let Some(def) = added
                        .as_ref()
                        .and_then(|n| self.doc.as_ref()?.labels.get(n.as_str()).cloned())
                    {
                        self.notice = Some(Notice::info(self.lang.label_added(&def.name, def.key)));
                    }
                }
            }
            Action::RenameLabel { from, to } => {
                let mut renamed = None;
                if self.edit(|d| {
                    d.rename_label(from.as_str(), &to)?;
                    renamed = LabelName::new(&to).ok();
                    Ok(())
                }) {
                    if let Some(new) = renamed {
                        for slot in [&mut self.last_label, &mut self.list_label] {
                            if slot.as_ref() == Some(&from) {
                                *slot = Some(new.clone());
                            }
                        }
                    }
                }
            }
            Action::RecolourLabel { name, colour } => {
                self.edit(|d| d.recolour_label(name.as_str(), &colour));
            }
            Action::SetLabelKey { name, key } => {
                self.edit(|d| d.set_label_key(name.as_str(), key));
            }
            Action::RemoveLabel(name) => {
                let mut removed = 0;
                if self.edit(|d| {
                    removed = d.remove_label(name.as_str())?;
                    Ok(())
                }) {
                    for slot in [&mut self.last_label, &mut self.list_label] {
                        if slot.as_ref() == Some(&name) {
                            *slot = None;
                        }
                    }
                    self.popover = None;
                    self.notice = Some(Notice::info(self.lang.label_removed(&name, removed)));
                }
            }
            Action::DictionaryLoaded(dictionary) => self.dictionary = Rc::new(dictionary),
            Action::SetTerm { text, label } => {
                let changed = Rc::make_mut(&mut self.dictionary).set(&text, label);
                if !changed && self.dictionary.get(text.trim()).is_none() {
                    let full = self.dictionary.len() >= crate::model::MAX_TERMS;
                    self.notice = Some(Notice::error(self.lang.term_refused(full)));
                }
            }
            Action::RemoveTerm(text) => {
                if self.dictionary.get(&text).is_some() {
                    Rc::make_mut(&mut self.dictionary).remove(&text);
                }
            }
            Action::Restore { start, end } => {
                self.edit(|d| d.restore_suggestion(start, end));
            }
            Action::OpenSectionForm(section) => self.section_form = Some(section),
            Action::CloseSectionForm => self.section_form = None,
            Action::AnnotateSection {
                section,
                label,
                note,
            } => {
                if self.edit(|d| d.annotate_section(section, &label, &note)) {
                    self.section_form = None;
                }
            }
            Action::ClearSection(section) => {
                self.section_form = None;
                self.edit(|d| d.clear_section(section));
            }
            Action::Notify(notice) => {
                self.notice = Some(notice);
                self.busy = false;
            }
            Action::DismissNotice => self.notice = None,
            Action::SetLang(lang) => self.lang = lang,
            Action::SetSnapWords(on) => self.snap_words = on,
        }
        self
    }

    /// Applies `change` to a copy of the document; keeps it and bumps the
    /// revision on success, shows the error otherwise. True on success.
    fn edit(&mut self, change: impl FnOnce(&mut Document) -> Result<(), EditError>) -> bool {
        self.edit_with(true, change)
    }

    /// [`State::edit`], with the dictionary learning from the edit or not.
    fn edit_with(
        &mut self,
        learn: bool,
        change: impl FnOnce(&mut Document) -> Result<(), EditError>,
    ) -> bool {
        let Some(doc) = &self.doc else { return false };
        // Cheap: the text and analysis are shared between versions.
        let mut next = Document::clone(doc);
        match change(&mut next) {
            Ok(()) if next == **doc => true,
            Ok(()) => {
                next.stamp_changes(doc, &now_iso());
                // Computed once; the shared dictionary is copied only when
                // there is something to learn.
                let lessons = if learn {
                    self.dictionary.lessons(doc, &next)
                } else {
                    Vec::new()
                };
                if !lessons.is_empty() {
                    Rc::make_mut(&mut self.dictionary).teach(lessons);
                }
                let previous = self.doc.replace(Rc::new(next));
                self.past.extend(previous);
                self.future.clear();
                self.revision += 1;
                true
            }
            Err(e) => {
                self.notice = Some(Notice::error(self.lang.edit_refused(&e)));
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(text: &str) -> State {
        State::default().apply(Action::Open(Rc::new(new_document("t", text))))
    }

    fn select(state: State, start: usize, end: usize) -> State {
        state.apply(Action::Select {
            start,
            end,
            x: 0.0,
            y: 0.0,
        })
    }

    #[test]
    fn select_then_save_adds_an_annotation() {
        let s = select(open("微軟投資 Mistral AI。"), 5, 15);
        let rev = s.revision;
        let s = s.apply(Action::SavePopover {
            label: Label::Org.into(),
            note: "partner".into(),
        });
        let doc = s.doc.as_ref().unwrap();
        assert_eq!(doc.annotations.len(), 1);
        assert_eq!(doc.slice(5, 15), "Mistral AI");
        assert_eq!(doc.annotations[0].note, "partner");
        assert!(s.popover.is_none());
        assert_eq!(s.revision, rev + 1);
        assert_eq!(s.last_label, Some(Label::Org.into()));
    }

    #[test]
    fn edits_stamp_created_and_modified_times() {
        let s = select(open("Arthur Mensch said so."), 0, 13).apply(Action::SavePopover {
            label: Label::Org.into(),
            note: String::new(),
        });
        let a = s.doc.as_ref().unwrap().annotations[0].clone();
        let created = a.created.clone().expect("stamped");
        assert_eq!(a.modified.as_deref(), Some(created.as_str()));
        assert!(created.ends_with('Z') && created.len() == 24, "{created}");
        let s = s
            .apply(Action::EditExisting {
                id: a.id,
                x: 0.0,
                y: 0.0,
            })
            .apply(Action::SavePopover {
                label: Label::Person.into(),
                note: String::new(),
            });
        let b = &s.doc.as_ref().unwrap().annotations[0];
        assert_eq!(b.created, a.created, "created never changes");
        assert!(b.modified.is_some());
    }

    #[test]
    fn editing_and_removing() {
        let s = select(open("Arthur Mensch said so."), 0, 13).apply(Action::SavePopover {
            label: Label::Org.into(),
            note: String::new(),
        });
        let id = s.doc.as_ref().unwrap().annotations[0].id;
        let s = s
            .apply(Action::EditExisting { id, x: 1.0, y: 2.0 })
            .apply(Action::SavePopover {
                label: Label::Person.into(),
                note: "founder".into(),
            });
        let a = &s.doc.as_ref().unwrap().annotations[0];
        assert_eq!(
            (&a.label, a.note.as_str()),
            (&Label::Person.into(), "founder")
        );
        let s = s.apply(Action::Remove(id));
        assert!(s.doc.as_ref().unwrap().annotations.is_empty());
    }

    #[test]
    fn undo_and_redo_walk_the_history() {
        let s = select(open("微軟投資 Mistral AI。"), 5, 15).apply(Action::SavePopover {
            label: Label::Org.into(),
            note: String::new(),
        });
        let annotated = s.doc.clone();
        let s = s.apply(Action::Rename("New title".into()));
        assert_eq!(s.past.len(), 2);
        let s = s.apply(Action::Undo);
        assert_eq!(s.doc, annotated);
        let s = s.apply(Action::Undo);
        assert!(s.doc.as_ref().unwrap().annotations.is_empty());
        let rev = s.revision;
        let s = s.apply(Action::Undo); // nothing left: no change
        assert_eq!(s.revision, rev);
        let s = s.apply(Action::Redo).apply(Action::Redo);
        assert_eq!(s.doc.as_ref().unwrap().title, "New title");
        // A new edit after undo drops the redo branch.
        let s = s.apply(Action::Undo).apply(Action::Rename("Other".into()));
        assert!(s.future.is_empty());
    }

    #[test]
    fn keyboard_pass_over_suggestions() {
        let s = open("微軟投資 Mistral AI 130 億美元。");
        let spans = s.doc.as_ref().unwrap().analysis.spans.clone();
        assert!(spans.len() >= 3, "{spans:?}");
        let s = s.apply(Action::MoveCursor { forward: true });
        assert_eq!(s.cursor, Some((spans[0].start, spans[0].end)));
        let (a, b) = s.cursor.unwrap();
        let s = s.apply(Action::Accept {
            start: a,
            end: b,
            label: None,
        });
        assert_eq!(s.cursor, Some((spans[1].start, spans[1].end)), "moved on");
        let (a, b) = s.cursor.unwrap();
        let s = s.apply(Action::Reject { start: a, end: b });
        assert_eq!(s.cursor, Some((spans[2].start, spans[2].end)));
        let s = s.apply(Action::MoveCursor { forward: false });
        assert_eq!(
            s.cursor,
            Some((spans[2].start, spans[2].end)),
            "decided ones are skipped"
        );
        let doc = s.doc.as_ref().unwrap();
        assert_eq!(doc.annotations.len(), 1);
        assert_eq!(doc.rejected.len(), 1);
        // Undo brings the rejected suggestion back.
        let s = s.apply(Action::Undo);
        assert!(s.doc.as_ref().unwrap().rejected.is_empty());
    }

    #[test]
    fn the_popover_accepts_a_suggestion_with_its_value() {
        let s = open(crate::SAMPLE_ARTICLE);
        let span = s
            .doc
            .as_ref()
            .unwrap()
            .analysis
            .spans
            .iter()
            .find(|x| x.text == "27.5 億美元")
            .unwrap()
            .clone();
        let s = s.apply(Action::OpenSuggestion {
            start: span.start,
            end: span.end,
            x: 0.0,
            y: 0.0,
        });
        let p = s.popover.clone().unwrap();
        assert!(p.suggestion);
        let s = s.apply(Action::SavePopover {
            label: p.label,
            note: "check".into(),
        });
        let a = &s.doc.as_ref().unwrap().annotations[0];
        assert_eq!(
            (a.source, a.note.as_str()),
            (crate::model::Source::Suggestion, "check")
        );
        assert_eq!(a.value, span.value);
        assert_ne!(
            s.cursor,
            Some((span.start, span.end)),
            "the cursor moved on"
        );
    }

    #[test]
    fn every_occurrence_is_one_undoable_step() {
        let s =
            select(open("Mistral 與 Mistral，又是 Mistral。"), 0, 7).apply(Action::SavePopover {
                label: Label::Org.into(),
                note: String::new(),
            });
        let id = s.doc.as_ref().unwrap().annotations[0].id;
        let s = s.apply(Action::EveryOccurrence(id));
        assert_eq!(s.doc.as_ref().unwrap().annotations.len(), 3);
        let s = s.apply(Action::Undo);
        assert_eq!(s.doc.as_ref().unwrap().annotations.len(), 1);
    }

    #[test]
    fn each_opened_text_gets_its_own_library_id() {
        let s = open("first");
        let first = s.doc_id.clone().expect("an id");
        let s = s.apply(Action::Open(Rc::new(new_document("t", "second"))));
        assert_ne!(s.doc_id.as_deref(), Some(first.as_str()));
        let s = s.apply(Action::OpenSaved {
            id: first.clone(),
            doc: Rc::new(new_document("t", "first")),
        });
        assert_eq!(s.doc_id, Some(first));
        let s = s.apply(Action::Close);
        assert_eq!((s.doc_id, s.doc), (None, None));
    }

    #[test]
    fn find_steps_through_matches_and_labels_them_all() {
        let s = open("OpenAI 與 openai，又見 OPENAI。").apply(Action::OpenFind);
        let s = s.apply(Action::SetFindQuery("openai".into()));
        let f = s.find.clone().unwrap();
        assert_eq!(f.matches.len(), 3);
        let s = s.apply(Action::StepFind { forward: false });
        assert_eq!(s.find.as_ref().unwrap().current, 2, "wraps around");
        let s = s.apply(Action::LabelMatches(Label::Org.into()));
        assert_eq!(s.doc.as_ref().unwrap().annotations.len(), 3);
        let s = s.apply(Action::Undo);
        assert!(s.doc.as_ref().unwrap().annotations.is_empty());
        assert_eq!(s.apply(Action::CloseFind).find, None);
    }

    #[test]
    fn label_set_edits_are_undoable_steps() {
        let s = open("Nadella said: “we will grow”. 微軟投資 Mistral AI。");
        let claim = LabelName::new("CLAIM").unwrap();
        let s = s.apply(Action::AddLabel("CLAIM".into()));
        assert!(
            s.notice.as_ref().unwrap().text.contains("Press r"),
            "{:?}",
            s.notice
        );
        let s = select(s, 14, 27).apply(Action::SavePopover {
            label: claim.clone(),
            note: String::new(),
        });
        assert_eq!(s.last_label, Some(claim.clone()));
        let s = s
            .apply(Action::RecolourLabel {
                name: claim.clone(),
                colour: "#abcdef".into(),
            })
            .apply(Action::SetLabelKey {
                name: claim.clone(),
                key: Some('c'),
            })
            .apply(Action::RenameLabel {
                from: claim.clone(),
                to: "QUOTE".into(),
            });
        let quote = LabelName::new("QUOTE").unwrap();
        let doc = s.doc.as_ref().unwrap();
        assert_eq!(
            doc.annotations[0].label, quote,
            "renamed with its annotations"
        );
        assert_eq!(doc.labels.by_key('c').unwrap().colour, "#abcdef");
        assert_eq!(
            s.last_label,
            Some(quote.clone()),
            "the preselection follows"
        );

        let s = s.apply(Action::RemoveLabel(quote.clone()));
        assert!(s.doc.as_ref().unwrap().annotations.is_empty());
        assert!(s
            .notice
            .as_ref()
            .unwrap()
            .text
            .contains("its 1 annotation."));
        assert_eq!(s.last_label, None);
        // Six edits: four undos bring the annotation back as first made, two
        // more the label set as opened.
        let mut s = s;
        for _ in 0..4 {
            s = s.apply(Action::Undo);
        }
        let doc = s.doc.as_ref().unwrap();
        assert_eq!(doc.annotations[0].label, claim);
        assert!(doc.labels.get("CLAIM").is_some());
        let s = s.apply(Action::Undo).apply(Action::Undo);
        assert!(s.doc.as_ref().unwrap().labels.get("CLAIM").is_none());

        // A refused change is a notice, not an edit.
        let s = s.apply(Action::AddLabel("<b>".into()));
        assert!(s.notice.as_ref().unwrap().is_error);
        assert!(s.future.len() == 6, "the refusal did not clear redo");
    }

    #[test]
    fn removed_labels_hide_their_suggestions_from_the_cursor() {
        let s = open("微軟投資 Mistral AI 130 億美元。")
            .apply(Action::RemoveLabel(Label::Org.into()))
            .apply(Action::MoveCursor { forward: true });
        let doc = s.doc.as_ref().unwrap();
        let (start, end) = s.cursor.unwrap();
        assert_eq!(
            doc.slice(start, end),
            "130 億美元",
            "ORG suggestions are skipped"
        );
        let s = select(s, 0, 2);
        assert_ne!(
            s.popover.unwrap().label,
            Label::Org,
            "a removed label is not offered"
        );
    }

    #[test]
    fn the_dictionary_learns_hand_labelled_names_but_not_imports() {
        // Labelled by hand (or a suggestion relabelled): learnt.
        let s = select(open("瑞昱與聯發科合作。"), 0, 2).apply(Action::SavePopover {
            label: Label::Product.into(),
            note: String::new(),
        });
        assert_eq!(s.dictionary.terms()[0].text, "瑞昱");
        assert_eq!(s.dictionary.terms()[0].label, Label::Product);
        let s = s.apply(Action::Undo);
        assert_eq!(
            s.dictionary.len(),
            1,
            "the dictionary is not undone with the document"
        );
        let s = s.apply(Action::RemoveTerm("瑞昱".into()));
        assert!(s.dictionary.is_empty());
        let mut imported = new_document("t", "瑞昱與聯發科合作。");
        imported.add_annotation(0, 2, Label::Org, "").unwrap();
        let s = s.apply(Action::Replace(Rc::new(imported)));
        assert!(s.dictionary.is_empty(), "imports are not learnt");
        let unknown = "遠揚晶片今天公布營收。";
        let plain = new_document("t", unknown);
        assert!(!plain.analysis.spans.iter().any(|x| x.text == "遠揚晶片"));
        let s = s.apply(Action::SetTerm {
            text: "遠揚晶片".into(),
            label: Label::Org.into(),
        });
        assert_eq!(s.dictionary.len(), 1);
        let config = Config {
            user_terms: s.dictionary.user_terms(&Default::default()),
        };
        let next = new_document_with("t", unknown, &config);
        assert!(next
            .analysis
            .spans
            .iter()
            .any(|x| x.text == "遠揚晶片" && x.label == Label::Org));
    }

    #[test]
    fn selections_snap_to_whole_latin_words_when_asked() {
        let s = select(open("微軟與 Microsoft 合作。"), 5, 12);
        assert_eq!(s.popover.as_ref().map(|p| (p.start, p.end)), Some((5, 12)));
        let s = select(s.apply(Action::SetSnapWords(true)), 5, 12);
        assert_eq!(s.popover.as_ref().map(|p| (p.start, p.end)), Some((4, 13)));
        let s = select(s, 0, 1);
        assert_eq!(
            s.popover.as_ref().map(|p| (p.start, p.end)),
            Some((0, 1)),
            "Chinese is selectable character by character"
        );
    }

    #[test]
    fn refused_edit_becomes_a_notice_and_changes_nothing() {
        let s = select(open("a   b"), 1, 4);
        let before = s.doc.clone();
        let s = s.apply(Action::SavePopover {
            label: Label::Org.into(),
            note: String::new(),
        });
        assert_eq!(s.doc, before);
        assert!(s.notice.as_ref().unwrap().is_error);
    }

    #[test]
    fn notices_speak_the_chosen_language() {
        let s = open("微軟與 OpenAI 合作；微軟再投資。");
        let english = s.clone().apply(Action::AcceptAll(Label::Org));
        let text = &english.notice.as_ref().unwrap().text;
        assert!(
            text.starts_with("Accepted ") && text.contains("ORG"),
            "{text}"
        );
        let s = s.apply(Action::SetLang(Lang::ZhHant));
        assert_eq!(s.lang, Lang::ZhHant);
        let chinese = s.apply(Action::AcceptAll(Label::Org));
        let text = &chinese.notice.as_ref().unwrap().text;
        assert!(
            text.starts_with("已接受 ") && text.contains("ORG"),
            "{text}"
        );
        assert_eq!(chinese.doc, english.doc, "the language changes words only");
        // A refused edit, too.
        let refused = chinese.apply(Action::AnnotateSection {
            section: 0,
            label: String::new(),
            note: String::new(),
        });
        let notice = refused.notice.unwrap();
        assert!(
            notice.is_error && notice.text.starts_with("未做這項修改"),
            "{notice:?}"
        );
    }

    #[test]
    fn pasted_line_breaks_are_normalised_once_and_recorded() {
        let doc = new_document("t", "微軟\r\n投資 Mistral AI。\r\n");
        assert_eq!(&*doc.text, "微軟\n投資 Mistral AI。\n");
        assert!(doc.newlines_normalised);
        let back = crate::export::import_json(&crate::export::export_json(&doc)).unwrap();
        assert!(back.newlines_normalised);
        assert!(!new_document("t", "no breaks").newlines_normalised);
    }

    #[test]
    fn vets_texts() {
        assert_eq!(vet_text("  \n "), Err(TextRejected::Empty));
        assert_eq!(vet_text("abc\0def"), Err(TextRejected::Binary));
        assert_eq!(vet_text(&"\u{1}".repeat(50)), Err(TextRejected::Binary));
        assert!(matches!(
            vet_text(&"字".repeat(MAX_TEXT_BYTES)),
            Err(TextRejected::TooLarge(_))
        ));
        assert_eq!(vet_text("<script>alert(1)</script> 微軟"), Ok(()));
        assert_eq!(vet_text("line\r\nline\tTab"), Ok(()));
    }

    #[test]
    fn titles_come_from_the_first_line() {
        assert_eq!(
            title_from_text("\n  微軟擁抱新寵Mistral\n正文"),
            "微軟擁抱新寵Mistral"
        );
        assert_eq!(title_from_text(""), "Untitled");
        assert_eq!(title_from_text(&"a".repeat(50)).chars().count(), 41);
    }
}
