//! Traditional Chinese formatted messages: the parts come written, Chinese arranges them.

pub use crate::i18n::chinese_forms::{date, either, month, period, progress, status_change};

pub fn countdown(days: i64) -> String {
    match days {
        0 => "今天到期".into(),
        d if d > 0 => format!("還剩 {d} 天"),
        d => format!("已過期 {} 天", -d),
    }
}

pub fn recover_days_left(left: i64) -> String {
    match left {
        0 => "今天是恢復號碼的最後一天".into(),
        d => format!("還剩 {d} 天可恢復號碼"),
    }
}

pub fn recover_by(day: &str) -> String {
    format!("最晚 {day} 恢復")
}

pub fn show_more_lines(next: usize, hidden: usize) -> String {
    format!("再顯示 {next} 個（還有 {hidden} 個未顯示）")
}

pub fn periodic_rule(top_up: bool, period: &str) -> String {
    format!("{period}{}一次", if top_up { "儲值" } else { "使用" })
}

pub fn too_many_decimals(max: u32) -> String {
    match max {
        0 => "這種貨幣沒有小數。".into(),
        max => format!("最多 {max} 位小數。"),
    }
}

pub fn too_long(max: usize) -> String {
    format!("最多 {max} 個字元。")
}

pub fn period_out_of_range(max: u32, unit: &str) -> String {
    format!("請輸入 1 到 {max} 之間的整數（{unit}）。")
}

pub fn grace_days_out_of_range(max: u32) -> String {
    format!("請輸入 0 到 {max} 之間的整數天數，或者留空。")
}

pub fn hide_step(title: &str) -> String {
    format!("隱藏步驟：{title}")
}

pub fn import_preview(new: usize, changed: usize, unchanged: usize) -> String {
    format!("檔案中：新增 {new} 個號碼，更改 {changed} 個，未變 {unchanged} 個。")
}

pub fn file_too_large(size: &str, max: &str) -> String {
    format!("這個檔案有 {size} MB；備份最大 {max} MB。")
}

pub fn import_place(line: usize, name: &str, field: &str) -> String {
    format!("第 {line} 個號碼（「{name}」），{field}")
}

pub fn renew_by_left(when: &str, left: &str) -> String {
    format!("請在{when}前續費：{left}。")
}

pub fn renew_by(when: &str) -> String {
    format!("請在{when}前續費。")
}

pub fn last_day_to_recover(deadline: &str) -> String {
    format!("今天是恢復這個號碼的最後一天（到期日是{deadline}）：請今天續費，否則號碼可能被收回。")
}

pub fn calendar_summary(line_name: &str) -> String {
    format!("續費 {line_name}")
}

pub fn calendar_grace_alarm(line_name: &str) -> String {
    format!("{line_name}：恢復號碼的最後一天")
}

pub fn calendar_description(what: &str) -> String {
    format!("請在當天結束前為 {what} 儲值或使用，否則號碼可能被收回。")
}

pub fn grace_days(days: u32) -> String {
    match days {
        0 => "過期後沒有寬限期：號碼當天就會失去。".into(),
        days => format!("過期後還有 {days} 天可以恢復號碼。"),
    }
}

pub fn checked_on(day: &str) -> String {
    format!("核實日期：{day}")
}

pub fn late_by(days: i64) -> String {
    format!("逾期：過期 {days} 天後才續費")
}

pub fn more_lines(n: usize) -> String {
    format!("還有 {n} 個號碼的到期日更晚")
}

pub fn tier_buys(amount: &str, count: u32, unit: &str) -> String {
    format!("{amount} 起：{count} {unit}")
}

pub fn tiers_cap(count: u32, unit: &str) -> String {
    format!("總有效期最長 {count} {unit}。")
}

pub fn then_do(state: &str, action: &str) -> String {
    format!("{state}{action}。")
}

pub fn send_text(text: &str, to: &str) -> String {
    format!("傳簡訊 {text} 到 {to}")
}

pub fn dial(code: &str) -> String {
    format!("撥打 {code}")
}

pub fn next_reminder_on(day: &str) -> String {
    format!("已稍後提醒：下次提醒在{day}。")
}
