//! The formatted texts both Chinese catalogues write alike: the order of a date, a count
//! with its unit, and the punctuation of lists and announcements do not differ between
//! Simplified and Traditional script.

pub fn date(year: i32, month: u32, day: u32) -> String {
    format!("{year}年{month}月{day}日")
}

pub fn period(count: u32, unit: &str) -> String {
    format!("每 {count} {unit}")
}

pub fn progress(done: usize, total: usize) -> String {
    format!("已完成 {done} / {total}")
}

pub fn either(words: &[&str]) -> String {
    words.join("、")
}

pub fn status_change(name: &str, status: Option<&str>, countdown: &str) -> String {
    match status {
        Some(status) => format!("{name} — {status}，{countdown}。"),
        None => format!("{name} — {countdown}。"),
    }
}

const MONTHS: [&str; 12] =
    ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"];

pub fn month(month: u32) -> &'static str {
    MONTHS[month as usize - 1]
}
