//! Label sets: the labels a document's annotations may carry.
//!
//! The analyser suggests the thirteen RECOGNITION.md labels ([`Label`]); the
//! user annotates with a document's [`LabelSet`], which starts as those
//! thirteen and can grow custom labels (`CLAIM`, `SOURCE`, `QUOTE` …), be
//! renamed, recoloured, re-keyed and shrunk. An annotation names its label
//! ([`LabelName`]); a [`LabelDef`] says how that label looks, which key picks
//! it and which analyser label, if any, it takes suggestions from — so a
//! renamed `ORG` still receives the analyser's organisations, and a removed
//! one stops showing them.

use crate::analysis::Label;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The longest label name, in code points.
pub const MAX_LABEL_NAME: usize = 24;

/// The name of a label as annotations carry and exports write it (`ORG`,
/// `CLAIM`, `引語`).
///
/// Ordered as the legend orders labels by default: the thirteen in
/// [`Label::ALL`] order, then every other name alphabetically.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LabelName(String);

impl Ord for LabelName {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let rank = |n: &LabelName| {
            n.builtin().map_or(Label::ALL.len(), |b| {
                Label::ALL.iter().position(|&l| l == b).unwrap_or(0)
            })
        };
        (rank(self), &self.0).cmp(&(rank(other), &other.0))
    }
}

impl PartialOrd for LabelName {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl LabelName {
    /// Checks `name` (trimmed): 1 to [`MAX_LABEL_NAME`] code points, no
    /// control characters, no markup.
    pub fn new(name: &str) -> Result<Self, LabelError> {
        let name = name.trim();
        let len = name.chars().count();
        if len == 0 || len > MAX_LABEL_NAME {
            return Err(LabelError::BadName(name.to_string()));
        }
        if name
            .chars()
            .any(|c| c.is_control() || matches!(c, '<' | '>' | '"' | '&'))
        {
            return Err(LabelError::BadName(name.to_string()));
        }
        Ok(LabelName(name.to_string()))
    }

    /// The name as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The analyser label with exactly this name, if any.
    pub fn builtin(&self) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == self.0)
    }

    /// Case-insensitive comparison, for telling duplicates apart.
    fn same_as(&self, other: &str) -> bool {
        self.0.to_lowercase() == other.trim().to_lowercase()
    }
}

impl From<Label> for LabelName {
    fn from(label: Label) -> Self {
        LabelName(label.as_str().to_string())
    }
}

impl PartialEq<Label> for LabelName {
    fn eq(&self, other: &Label) -> bool {
        self.0 == other.as_str()
    }
}

impl PartialEq<str> for LabelName {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl fmt::Display for LabelName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One label of a set: its name, colour, key and what it means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelDef {
    /// The name annotations carry.
    pub name: LabelName,
    /// Highlight colour, `#rrggbb`.
    pub colour: String,
    /// The key that picks it (a lower-case letter or a digit), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<char>,
    /// The analyser label whose suggestions show as this label, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggests: Option<Label>,
    /// A few words on what it marks; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl LabelDef {
    /// True when its spans carry numeric values (it takes the analyser's
    /// MONEY, DATE … suggestions).
    pub fn is_numeric(&self) -> bool {
        self.suggests.is_some_and(Label::is_numeric)
    }
}

/// Why a change to a label set was refused. Nothing changes when one is
/// returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelError {
    /// Empty, longer than [`MAX_LABEL_NAME`], or holding markup or control
    /// characters.
    BadName(String),
    /// Another label already has this name (ignoring case).
    Taken(String),
    /// No label has this name.
    NoSuchLabel(String),
    /// Not a `#rrggbb` colour.
    BadColour(String),
    /// Not a letter or digit, or one the shortcuts already use.
    BadKey(char),
    /// Another label already has this key.
    KeyTaken {
        /// The key.
        key: char,
        /// The label that has it.
        by: LabelName,
    },
    /// A document keeps at least one label.
    LastLabel,
}

impl fmt::Display for LabelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LabelError::BadName(name) => write!(
                f,
                "{name:?} cannot be a label name: use 1 to {MAX_LABEL_NAME} characters, without < > \" &"
            ),
            LabelError::Taken(name) => write!(f, "a label named {name} already exists"),
            LabelError::NoSuchLabel(name) => write!(f, "there is no label named {name}"),
            LabelError::BadColour(c) => write!(f, "{c:?} is not a colour like #77aadd"),
            LabelError::BadKey(k) => write!(
                f,
                "{k:?} cannot pick a label: use a letter or digit other than {}",
                RESERVED_KEYS.iter().collect::<String>()
            ),
            LabelError::KeyTaken { key, by } => write!(f, "the key {key} already picks {by}"),
            LabelError::LastLabel => f.write_str("the last label cannot be removed"),
        }
    }
}

impl std::error::Error for LabelError {}

/// Plain keys the shortcuts already use (next/previous, accept all
/// occurrences, reject), so no label can take them.
pub const RESERVED_KEYS: [char; 6] = ['a', 'j', 'k', 'n', 'p', 'x'];

/// The keys of the thirteen default labels, in [`Label::ALL`] order.
const DEFAULT_KEYS: [char; 13] = [
    '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'q', 'w', 'e',
];

/// The default colours, in [`Label::ALL`] order (Paul Tol's "light" scheme,
/// extended; black text is readable on each).
const DEFAULT_COLOURS: [&str; 13] = [
    "#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#d4c96a",
    "#c4a7e7", "#8fd3a0", "#e0c097", "#f4a582", "#cfcfcf",
];

/// Colours offered to new labels, in turn (Tol's "pale" and "muted" schemes).
pub const EXTRA_COLOURS: [&str; 8] = [
    "#bbccee", "#cceeff", "#ccddaa", "#eeeebb", "#ffcccc", "#dddddd", "#cc99bb", "#88ccaa",
];

/// The labels of a document, in the order the legend and popover show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LabelSet(Vec<LabelDef>);

impl Default for LabelSet {
    /// The thirteen RECOGNITION.md labels, each taking its own suggestions.
    fn default() -> Self {
        LabelSet(
            Label::ALL
                .iter()
                .enumerate()
                .map(|(i, &label)| LabelDef {
                    name: label.into(),
                    colour: DEFAULT_COLOURS[i].to_string(),
                    key: Some(DEFAULT_KEYS[i]),
                    suggests: Some(label),
                    description: label.description().to_string(),
                })
                .collect(),
        )
    }
}

impl LabelSet {
    /// A set of exactly these labels. Names, colours and keys are checked;
    /// later duplicates are dropped.
    pub fn from_defs(defs: Vec<LabelDef>) -> Result<Self, LabelError> {
        let mut set = LabelSet(Vec::new());
        for mut def in defs {
            def.name = LabelName::new(def.name.as_str())?;
            check_colour(&def.colour)?;
            if set.get_ignoring_case(def.name.as_str()).is_some() {
                continue;
            }
            if def.suggests.is_some_and(|l| set.for_kind(l).is_some()) {
                def.suggests = None;
            }
            def.key = match def.key {
                Some(k) => {
                    let k = check_key(k)?;
                    set.by_key(k).is_none().then_some(k)
                }
                None => None,
            };
            set.0.push(def);
        }
        Ok(set)
    }

    /// Every label, in order.
    pub fn iter(&self) -> impl Iterator<Item = &LabelDef> {
        self.0.iter()
    }

    /// How many labels there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the set has no label.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The label named exactly `name`.
    pub fn get(&self, name: &str) -> Option<&LabelDef> {
        self.0.iter().find(|d| d.name == *name)
    }

    fn get_ignoring_case(&self, name: &str) -> Option<&LabelDef> {
        self.0.iter().find(|d| d.name.same_as(name))
    }

    /// The label that shows the analyser's `kind` suggestions, if any.
    pub fn for_kind(&self, kind: Label) -> Option<&LabelDef> {
        self.0.iter().find(|d| d.suggests == Some(kind))
    }

    /// The label a key picks (case-insensitive).
    pub fn by_key(&self, key: char) -> Option<&LabelDef> {
        let key = key.to_ascii_lowercase();
        self.0.iter().find(|d| d.key == Some(key))
    }

    /// The label a `KeyboardEvent.key` picks, if it is one character.
    pub fn by_key_name(&self, key: &str) -> Option<&LabelDef> {
        let mut chars = key.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.by_key(c),
            _ => None,
        }
    }

    /// The colour of the label `name`, or grey for a label not in the set.
    pub fn colour(&self, name: &str) -> &str {
        self.get(name).map_or("#cfcfcf", |d| d.colour.as_str())
    }

    /// Adds a label with the next unused colour and key, and returns its name.
    pub fn add(&mut self, name: &str) -> Result<LabelName, LabelError> {
        let name = LabelName::new(name)?;
        if let Some(other) = self.get_ignoring_case(name.as_str()) {
            return Err(LabelError::Taken(other.name.to_string()));
        }
        let colour = self.next_colour();
        let key = "rtyuiofghlzcvbm"
            .chars()
            .find(|&k| self.by_key(k).is_none());
        self.0.push(LabelDef {
            name: name.clone(),
            colour,
            key,
            suggests: None,
            description: String::new(),
        });
        Ok(name)
    }

    /// Adds `name` if the set lacks it (an imported file's label), without a
    /// key; returns true when it was added.
    pub fn ensure(&mut self, name: &LabelName) -> bool {
        if self.get(name.as_str()).is_some() {
            return false;
        }
        let colour = self.next_colour();
        self.0.push(LabelDef {
            name: name.clone(),
            colour,
            key: None,
            suggests: name.builtin().filter(|&l| self.for_kind(l).is_none()),
            description: name
                .builtin()
                .map(|l| l.description().to_string())
                .unwrap_or_default(),
        });
        true
    }

    fn next_colour(&self) -> String {
        let used = |c: &str| self.0.iter().any(|d| d.colour.eq_ignore_ascii_case(c));
        let custom = self.0.iter().filter(|d| d.suggests.is_none()).count();
        EXTRA_COLOURS
            .iter()
            .find(|c| !used(c))
            .unwrap_or(&EXTRA_COLOURS[custom % EXTRA_COLOURS.len()])
            .to_string()
    }

    fn position(&self, name: &str) -> Result<usize, LabelError> {
        self.0
            .iter()
            .position(|d| d.name == *name)
            .ok_or_else(|| LabelError::NoSuchLabel(name.to_string()))
    }

    /// Renames `old` to `new` and returns the new name. Annotations are the
    /// document's business ([`crate::model::Document::rename_label`]).
    pub fn rename(&mut self, old: &str, new: &str) -> Result<LabelName, LabelError> {
        let at = self.position(old)?;
        let new = LabelName::new(new)?;
        if let Some(other) = self.get_ignoring_case(new.as_str()) {
            if other.name != *old {
                return Err(LabelError::Taken(other.name.to_string()));
            }
        }
        self.0[at].name = new.clone();
        Ok(new)
    }

    /// Gives `name` another colour (`#rrggbb`).
    pub fn recolour(&mut self, name: &str, colour: &str) -> Result<(), LabelError> {
        let at = self.position(name)?;
        check_colour(colour)?;
        self.0[at].colour = colour.to_ascii_lowercase();
        Ok(())
    }

    /// Sets (or, with `None`, clears) the key that picks `name`.
    pub fn set_key(&mut self, name: &str, key: Option<char>) -> Result<(), LabelError> {
        let at = self.position(name)?;
        let key = key.map(check_key).transpose()?;
        if let Some(k) = key {
            if let Some(other) = self.by_key(k) {
                if other.name != *name {
                    return Err(LabelError::KeyTaken {
                        key: k,
                        by: other.name.clone(),
                    });
                }
            }
        }
        self.0[at].key = key;
        Ok(())
    }

    /// Changes the description of `name`.
    pub fn describe(&mut self, name: &str, description: &str) -> Result<(), LabelError> {
        let at = self.position(name)?;
        self.0[at].description = description.trim().chars().take(80).collect();
        Ok(())
    }

    /// Removes `name` from the set and returns its definition.
    pub fn remove(&mut self, name: &str) -> Result<LabelDef, LabelError> {
        let at = self.position(name)?;
        if self.0.len() == 1 {
            return Err(LabelError::LastLabel);
        }
        Ok(self.0.remove(at))
    }
}

/// Checks a `#rrggbb` colour.
fn check_colour(colour: &str) -> Result<(), LabelError> {
    let ok = colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(())
    } else {
        Err(LabelError::BadColour(colour.to_string()))
    }
}

/// A label key, lower-cased: an ASCII letter or digit the shortcuts leave free.
fn check_key(key: char) -> Result<char, LabelError> {
    let key = key.to_ascii_lowercase();
    if key.is_ascii_alphanumeric() && !RESERVED_KEYS.contains(&key) {
        Ok(key)
    } else {
        Err(LabelError::BadKey(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_set_is_the_thirteen_labels() {
        let set = LabelSet::default();
        assert_eq!(set.len(), 13);
        for (def, label) in set.iter().zip(Label::ALL) {
            assert_eq!(def.name, label);
            assert_eq!(def.suggests, Some(label));
            assert!(def.key.is_some());
        }
        assert_eq!(set.by_key('1').unwrap().name, Label::Person);
        assert_eq!(set.by_key_name("E").unwrap().name, Label::Cardinal);
        assert!(set.by_key_name("Enter").is_none());
        assert!(set.for_kind(Label::Money).unwrap().is_numeric());
    }

    #[test]
    fn names_are_checked() {
        for (name, ok) in [
            ("CLAIM", true),
            ("  QUOTE ", true),
            ("引語", true),
            ("", false),
            ("   ", false),
            ("<b>ORG</b>", false),
            ("A\u{0}B", false),
            ("X".repeat(25).as_str(), false),
        ] {
            assert_eq!(LabelName::new(name).is_ok(), ok, "{name:?}");
        }
        assert_eq!(LabelName::new(" QUOTE ").unwrap().as_str(), "QUOTE");
        assert_eq!(LabelName::new("ORG").unwrap().builtin(), Some(Label::Org));
        assert_eq!(LabelName::new("CLAIM").unwrap().builtin(), None);
    }

    #[test]
    fn adds_renames_recolours_rekeys_and_removes() {
        let mut set = LabelSet::default();
        let claim = set.add("CLAIM").unwrap();
        assert_eq!(
            set.add("claim"),
            Err(LabelError::Taken("CLAIM".into())),
            "names are unique ignoring case"
        );
        let def = set.get("CLAIM").unwrap();
        assert_eq!(def.key, Some('r'), "the first free key");
        assert!(!def.colour.is_empty() && def.suggests.is_none());
        assert_ne!(set.add("SOURCE").unwrap(), claim);
        assert_ne!(
            set.get("SOURCE").unwrap().colour,
            set.get("CLAIM").unwrap().colour
        );

        set.rename("CLAIM", "Claim").unwrap();
        assert!(set.get("Claim").is_some(), "a change of case is a rename");
        assert_eq!(
            set.rename("Claim", "org"),
            Err(LabelError::Taken("ORG".into()))
        );
        set.rename("ORG", "COMPANY").unwrap();
        assert_eq!(set.for_kind(Label::Org).unwrap().name.as_str(), "COMPANY");

        set.recolour("Claim", "#A0B0C0").unwrap();
        assert_eq!(set.colour("Claim"), "#a0b0c0");
        assert_eq!(
            set.recolour("Claim", "red"),
            Err(LabelError::BadColour("red".into()))
        );

        assert_eq!(
            set.set_key("Claim", Some('1')),
            Err(LabelError::KeyTaken {
                key: '1',
                by: Label::Person.into()
            })
        );
        assert_eq!(
            set.set_key("Claim", Some('n')),
            Err(LabelError::BadKey('n'))
        );
        set.set_key("Claim", Some('C')).unwrap();
        assert_eq!(set.by_key('c').unwrap().name.as_str(), "Claim");
        set.set_key("Claim", None).unwrap();
        assert!(set.by_key('c').is_none());

        let removed = set.remove("COMPANY").unwrap();
        assert_eq!(removed.suggests, Some(Label::Org));
        assert!(set.for_kind(Label::Org).is_none());
        assert_eq!(
            set.remove("COMPANY"),
            Err(LabelError::NoSuchLabel("COMPANY".into()))
        );
        let mut one = LabelSet::from_defs(vec![set.get("Claim").unwrap().clone()]).unwrap();
        assert_eq!(one.remove("Claim"), Err(LabelError::LastLabel));
    }

    #[test]
    fn from_defs_checks_and_deduplicates() {
        let mut defs: Vec<LabelDef> = LabelSet::default().iter().cloned().collect();
        let mut twin = defs[1].clone();
        twin.name = LabelName("org".into());
        defs.push(twin);
        let set = LabelSet::from_defs(defs.clone()).unwrap();
        assert_eq!(set, LabelSet::default());
        defs[0].colour = "blue".into();
        assert!(LabelSet::from_defs(defs).is_err());
    }

    #[test]
    fn ensure_adds_a_foreign_label_once() {
        let mut set = LabelSet::default();
        let quote = LabelName::new("QUOTE").unwrap();
        assert!(set.ensure(&quote));
        assert!(!set.ensure(&quote));
        assert_eq!(set.get("QUOTE").unwrap().key, None);
        set.remove("ORG").unwrap();
        assert!(set.ensure(&Label::Org.into()));
        assert_eq!(
            set.get("ORG").unwrap().suggests,
            Some(Label::Org),
            "a built-in name brought back takes its suggestions again"
        );
    }
}
