//! The thirteen OntoNotes labels Scholia suggests, as spaCy names them.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a highlighted span is (RECOGNITION.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// People, without titles.
    Person,
    /// Companies, agencies, institutions, media.
    Org,
    /// Countries, cities, states.
    Gpe,
    /// Non-political regions.
    Loc,
    /// Software, models, chips, devices, services, benchmarks.
    Product,
    /// Named events.
    Event,
    /// Dates, periods, durations of a day or more.
    Date,
    /// Times of day, durations under a day.
    Time,
    /// Percentages and percentage points.
    Percent,
    /// An amount with its currency.
    Money,
    /// A number with a unit of measure.
    Quantity,
    /// Order (`第二`, `first`).
    Ordinal,
    /// Other counts and plain numbers.
    Cardinal,
}

impl Label {
    /// Every label, in the order the legend shows them.
    pub const ALL: [Label; 13] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
    ];

    /// The label's name as exported (`ORG`).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
        }
    }

    /// A short human description for the legend and tooltips.
    pub fn description(self) -> &'static str {
        match self {
            Label::Person => "person",
            Label::Org => "organisation",
            Label::Gpe => "country, city, state",
            Label::Loc => "region, place",
            Label::Product => "product, model, service",
            Label::Event => "named event",
            Label::Date => "date or period",
            Label::Time => "time of day",
            Label::Percent => "percentage",
            Label::Money => "amount of money",
            Label::Quantity => "measured quantity",
            Label::Ordinal => "order",
            Label::Cardinal => "count or number",
        }
    }

    /// True for the number-like labels (their spans can carry a value).
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            Label::Date
                | Label::Time
                | Label::Percent
                | Label::Money
                | Label::Quantity
                | Label::Ordinal
                | Label::Cardinal
        )
    }

    /// Tie-break between overlapping candidates of equal length.
    pub(crate) fn default_priority(self) -> u8 {
        match self {
            Label::Date | Label::Time => 60,
            Label::Money | Label::Percent => 55,
            Label::Quantity => 50,
            Label::Ordinal => 45,
            Label::Cardinal => 40,
            Label::Product | Label::Event => 30,
            Label::Org => 28,
            Label::Gpe | Label::Loc => 26,
            Label::Person => 24,
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a string that names no label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLabel(pub String);

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown label {:?}", self.0)
    }
}

impl std::error::Error for UnknownLabel {}

impl FromStr for Label {
    type Err = UnknownLabel;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLabel(s.to_string()))
    }
}
