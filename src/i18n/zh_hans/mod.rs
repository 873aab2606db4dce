//! Simplified Chinese (简体中文), as written in mainland China and Singapore.

language! {
    name: "简体中文",
    note_tag: "zh-Hans",
    label_separator: "：",
    sentence_stop: "。",
}
