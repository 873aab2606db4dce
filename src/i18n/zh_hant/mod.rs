//! Traditional Chinese (繁體中文), as written in Hong Kong, Macao and Taiwan.

language! {
    name: "繁體中文",
    note_tag: "zh-Hant",
    label_separator: "：",
    sentence_stop: "。",
}
