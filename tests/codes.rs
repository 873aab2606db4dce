//! Every coded enum reads its codes back, and where it is also stored, its code is the stored
//! word: forms, storage and the page speak the same words.
#![cfg(not(target_arch = "wasm32"))]

use linekeeper::domain::countdown::Status;
use linekeeper::domain::document::Theme;
use linekeeper::domain::line_query::SortOrder;
use linekeeper::domain::period::PeriodUnit;
use linekeeper::domain::renewal::{ActionKind, Channel};
use linekeeper::domain::rule::RuleKind;
use linekeeper::domain::Code;
use strum::VariantArray;

macro_rules! read_back {
    ($($name:ident),+) => {
        $(
            for &value in $name::VARIANTS {
                assert_eq!($name::from_code(value.code()), Some(value), "{}", stringify!($name));
            }
            assert_eq!($name::from_code("no such code"), None);
        )+
    };
}

macro_rules! stored_as_code {
    ($($name:ident),+) => {
        $(
            for &value in $name::VARIANTS {
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
    for &kind in ActionKind::VARIANTS {
        let read: ActionKind = serde_json::from_str(&format!("\"{}\"", kind.code())).unwrap();
        assert_eq!(read, kind);
    }
}

#[test]
fn a_code_is_read_exactly_as_written_and_in_the_order_listed() {
    for bad in ["Expired", "EXPIRED", " expired", "expired ", "", "Ok", "TopUp", "topup"] {
        assert_eq!(Status::from_code(bad), None, "{bad}");
        assert_eq!(ActionKind::from_code(bad), None, "{bad}");
    }
    assert_eq!(ActionKind::from_code("top_up"), Some(ActionKind::TopUp));
    assert_eq!(Status::VARIANTS.len(), 6);
    assert_eq!(
        Status::VARIANTS.iter().map(|s| s.code()).collect::<Vec<_>>(),
        ["expired", "suspended", "due", "urgent", "soon", "ok"]
    );
}
