//! The app's function components, one per file. Each takes its data and
//! callbacks (or the reducer's dispatcher) as props and keeps no document
//! state of its own.

mod annotation_list;
mod article;
mod dictionary_panel;
mod find_bar;
mod label_styles;
mod legend;
mod library_dialog;
mod notice_bar;
mod paste_screen;
mod popover;
mod section_form;
mod section_view;
mod shortcuts;
mod side_panel;
mod summary_panel;
mod top_bar;

pub use annotation_list::{AnnotationList, AnnotationListProps};
pub use article::{Article, ArticleProps};
pub use dictionary_panel::{DictionaryPanel, DictionaryPanelProps};
pub use find_bar::{FindBar, FindBarProps};
pub use label_styles::{LabelStyles, LabelStylesProps};
pub use legend::{Legend, LegendProps};
pub use library_dialog::{LibraryDialog, LibraryDialogProps};
pub use notice_bar::{NoticeBar, NoticeBarProps};
pub use paste_screen::{PasteScreen, PasteScreenProps};
pub use popover::{AnnotationPopover, AnnotationPopoverProps};
pub use section_form::{SectionForm, SectionFormProps};
pub use section_view::{SectionView, SectionViewProps};
pub use shortcuts::{Shortcuts, ShortcutsProps};
pub use side_panel::{SidePanel, SidePanelProps};
pub use summary_panel::{SummaryPanel, SummaryPanelProps};
pub use top_bar::{TopBar, TopBarProps};

use crate::ui::i18n::Lang;
use yew::{hook, use_context, UseReducerDispatcher};

/// The reducer's dispatcher: stable across renders, so props holding it
/// compare equal and unchanged sections are not re-rendered.
pub type Dispatch = UseReducerDispatcher<crate::ui::state::State>;

/// The interface's language, from the app's `ContextProvider<Lang>`
/// (English when a component is mounted without one, as in some tests).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
