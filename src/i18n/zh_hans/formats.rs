//! Simplified Chinese formatted messages: the parts come written, Chinese arranges them.

pub use crate::i18n::chinese_forms::{date, either, month, period, progress, status_change};

pub fn countdown(days: i64) -> String {
    match days {
        0 => "今天到期".into(),
        d if d > 0 => format!("还剩 {d} 天"),
        d => format!("已过期 {} 天", -d),
    }
}

pub fn recover_days_left(left: i64) -> String {
    match left {
        0 => "今天是恢复号码的最后一天".into(),
        d => format!("还剩 {d} 天可恢复号码"),
    }
}

pub fn recover_by(day: &str) -> String {
    format!("最晚 {day} 恢复")
}

pub fn show_more_lines(next: usize, hidden: usize) -> String {
    format!("再显示 {next} 个（还有 {hidden} 个未显示）")
}

pub fn periodic_rule(top_up: bool, period: &str) -> String {
    format!("{period}{}一次", if top_up { "充值" } else { "使用" })
}

pub fn too_many_decimals(max: u32) -> String {
    match max {
        0 => "这种货币没有小数。".into(),
        max => format!("最多 {max} 位小数。"),
    }
}

pub fn too_long(max: usize) -> String {
    format!("最多 {max} 个字符。")
}

pub fn period_out_of_range(max: u32, unit: &str) -> String {
    format!("请输入 1 到 {max} 之间的整数（{unit}）。")
}

pub fn grace_days_out_of_range(max: u32) -> String {
    format!("请输入 0 到 {max} 之间的整数天数，或者留空。")
}

pub fn hide_step(title: &str) -> String {
    format!("隐藏步骤：{title}")
}

pub fn import_preview(new: usize, changed: usize, unchanged: usize) -> String {
    format!("文件中：新增 {new} 个号码，更改 {changed} 个，未变 {unchanged} 个。")
}

pub fn file_too_large(size: &str, max: &str) -> String {
    format!("这个文件有 {size} MB；备份最大 {max} MB。")
}

pub fn import_place(line: usize, name: &str, field: &str) -> String {
    format!("第 {line} 个号码（“{name}”），{field}")
}

pub fn renew_by_left(when: &str, left: &str) -> String {
    format!("请在{when}前续费：{left}。")
}

pub fn renew_by(when: &str) -> String {
    format!("请在{when}前续费。")
}

pub fn last_day_to_recover(deadline: &str) -> String {
    format!("今天是恢复这个号码的最后一天（到期日是{deadline}）：请今天续费，否则号码可能被收回。")
}

pub fn calendar_summary(line_name: &str) -> String {
    format!("续费 {line_name}")
}

pub fn calendar_grace_alarm(line_name: &str) -> String {
    format!("{line_name}：恢复号码的最后一天")
}

pub fn calendar_description(what: &str) -> String {
    format!("请在当天结束前为 {what} 充值或使用，否则号码可能被收回。")
}

pub fn grace_days(days: u32) -> String {
    match days {
        0 => "过期后没有宽限期：号码当天就会失去。".into(),
        days => format!("过期后还有 {days} 天可以恢复号码。"),
    }
}

pub fn checked_on(day: &str) -> String {
    format!("核实日期：{day}")
}

pub fn late_by(days: i64) -> String {
    format!("逾期：过期 {days} 天后才续费")
}

pub fn more_lines(n: usize) -> String {
    format!("还有 {n} 个号码的到期日更晚")
}

pub fn tier_buys(amount: &str, count: u32, unit: &str) -> String {
    format!("{amount} 起：{count} {unit}")
}

pub fn tiers_cap(count: u32, unit: &str) -> String {
    format!("总有效期最长 {count} {unit}。")
}

pub fn then_do(state: &str, action: &str) -> String {
    format!("{state}{action}。")
}

pub fn send_text(text: &str, to: &str) -> String {
    format!("发短信 {text} 到 {to}")
}

pub fn dial(code: &str) -> String {
    format!("拨打 {code}")
}

pub fn next_reminder_on(day: &str) -> String {
    format!("已稍后提醒：下次提醒在{day}。")
}
