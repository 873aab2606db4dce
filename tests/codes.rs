//! Every coded enum reads its codes back, and where it is also stored, its code is the stored
//! word: forms, storage and the page speak the same words.
#![cfg(not(target_arch = "wasm32"))]

use linekeeper::domain::countdown::Status;
use linekeeper::domain::document::Theme;
use linekeeper::domain::line_query::SortOrder;
use linekeeper::domain::period::PeriodUnit;
use linekeeper::domain::renewal::{ActionKind, Channel};
use linekeeper::domain::rule::RuleKind;

macro_rules! read_back {
    ($($name:ident),+) => {
        $(
            for value in $name::ALL {
                assert_eq!($name::from_code(value.code()), Some(value), "{}", stringify!($name));
            }
            assert_eq!($name::from_code("no such code"), None);
        )+
    };
}

macro_rules! stored_as_code {
    ($($name:ident),+) => {
        $(
            for value in $name::ALL {
                assert_eq!(serde_json::to_string(&value).unwrap(), format!("\"{}\"", value.code()));
            }
        )+
    };
}

#[test]
fn every_code_reads_back_and_nothing_else_does() {
    read_back!(Status, Theme, SortOrder, PeriodUnit, ActionKind, Channel, RuleKind);
}

#[test]
fn a_stored_value_is_written_as_its_code() {
    stored_as_code!(Theme, PeriodUnit, Channel, RuleKind);
    for kind in ActionKind::ALL {
        let read: ActionKind = serde_json::from_str(&format!("\"{}\"", kind.code())).unwrap();
        assert_eq!(read, kind);
    }
}
