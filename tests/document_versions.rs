//! Every shipped shape of the stored document reads into the current one.
#![cfg(not(target_arch = "wasm32"))]

use linekeeper::domain::countdown::Status;
use linekeeper::domain::document::{Document, Language, Theme, CURRENT_VERSION};
use linekeeper::domain::rule::Rule;

mod common;
use common::date;

#[test]
fn version_1_fixture_reads_with_every_field() {
    let document = Document::from_json(include_str!("fixtures/v1.json")).expect("v1 reads");
    assert_eq!(document.version, CURRENT_VERSION);
    assert_eq!(document.settings.language, Some(Language::SimplifiedChinese));
    let proximus = document.line(&"k3v9q2m8x1c7b4n6".into()).expect("line by id");
    assert_eq!(proximus.name, "Belgian Proximus");
    assert_eq!(proximus.rules.len(), 2);
    // 31 Jan + 12 months = 31 Jan 2027; 1 Nov + 90 days = 30 Jan 2027, the earlier one.
    assert_eq!(proximus.deadline(), Some(date(2027, 1, 30)));
    let giffgaff = document.line(&"p0w8e2r6t4y1u3i5".into()).expect("line by id");
    assert_eq!(giffgaff.rules, vec![Rule::FixedExpiry { expires_on: date(2026, 12, 1) }]);
}

#[test]
fn a_saved_document_reads_back_unchanged() {
    let document = Document::from_json(include_str!("fixtures/v1.json")).unwrap();
    assert_eq!(Document::from_json(&document.to_json()), Ok(document));
}

#[test]
fn removing_and_restoring_a_line_puts_it_back_in_place() {
    let mut document = Document::from_json(include_str!("fixtures/v1.json")).unwrap();
    let original = document.clone();
    let removed = document.remove_line(&"k3v9q2m8x1c7b4n6".into()).expect("removed");
    assert_eq!(document.lines.len(), 1);
    document.restore_line(removed);
    assert_eq!(document, original);
}

#[test]
fn the_theme_setting_is_optional_and_kept() {
    let v1 = Document::from_json(include_str!("fixtures/v1.json")).expect("v1 reads");
    assert_eq!(v1.settings.theme, None, "a document from before the theme setting follows the system");
    let mut document = Document::default();
    document.settings.theme = Some(Theme::Dark);
    let json = document.to_json();
    assert!(json.contains(r#""theme":"dark""#), "{json}");
    assert_eq!(Document::from_json(&json).unwrap().settings.theme, Some(Theme::Dark));
}

#[test]
fn the_folded_timeline_setting_is_optional_and_kept() {
    let v1 = Document::from_json(include_str!("fixtures/v1.json")).expect("v1 reads");
    assert!(!v1.settings.timeline_collapsed, "a document from before the timeline shows it");
    assert!(!v1.to_json().contains("timeline_collapsed"), "nothing new is written while it is unfolded");
    let mut document = Document::default();
    document.settings.timeline_collapsed = true;
    let json = document.to_json();
    assert!(json.contains(r#""timeline_collapsed":true"#), "{json}");
    assert!(Document::from_json(&json).unwrap().settings.timeline_collapsed);
}

#[test]
fn lines_saved_before_the_operator_catalogue_read_as_before() {
    let document = Document::from_json(include_str!("fixtures/v1.json")).expect("v1 reads");
    let giffgaff = document.line(&"p0w8e2r6t4y1u3i5".into()).expect("line by id");
    assert_eq!((giffgaff.grace_days, giffgaff.top_up_is_use), (None, None), "no grace data");
    // Long past its deadline, it is expired, not suspended: the catalogue's grace period of its
    // operator is not applied to a line that never took it in.
    let countdown = giffgaff.countdown(date(2027, 1, 10)).unwrap();
    assert_eq!(countdown.status(), Status::Expired);
    assert_eq!(countdown.recover_days_left(), None);
    let json = document.to_json();
    assert!(!json.contains("grace_days") && !json.contains("top_up_is_use"), "nothing new is written");
}
