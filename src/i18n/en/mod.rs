//! English.

language! {
    name: "English",
    note_tag: "en",
    label_separator: ": ",
    sentence_stop: ". ",
}
