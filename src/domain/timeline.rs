//! The year at a glance: every line's deadline on one axis from today to twelve months ahead,
//! with the window in which renewing counts and the grace period after the deadline, as
//! positions on that axis (basis points of its width: 0 = today, 10 000 = twelve months on).

use chrono::{Datelike, Days, Months, NaiveDate};

use super::countdown::{Status, SOON_DAYS};
use super::ids::LineId;
use super::line::{sorted_by_deadline, Line};
use super::rule::Rule;

/// The axis's width in positions: basis points, so that positions stay integers.
pub const WIDTH: u32 = 10_000;

/// How many lines the timeline draws; the rest are counted (the list below shows them all).
pub const MAX_ROWS: usize = 8;

/// Today to the same day twelve months on (clamped to a shorter month's end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Axis {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Where a day falls relative to the axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    Before,
    At(u32),
    After,
}

/// The first day of a month, and where it falls on the axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tick {
    pub day: NaiveDate,
    pub x: u32,
}

/// A month that lies wholly on the axis, where its name goes: the middle of its span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthLabel {
    /// 1–12.
    pub month: u32,
    pub x: u32,
}

/// A part of the axis, from `from` to `to` (`from <= to`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub from: u32,
    pub to: u32,
}

impl Span {
    pub fn width(self) -> u32 {
        self.to - self.from
    }
}

/// Days from `from` to `to`, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Axis {
    /// From `today` to twelve months later. `None` only outside chrono's range.
    pub fn next_12_months(today: NaiveDate) -> Option<Self> {
        Some(Self { start: today, end: today.checked_add_months(Months::new(12))? })
    }

    /// 365 or 366.
    pub fn days(self) -> i64 {
        (self.end - self.start).num_days()
    }

    pub fn place(self, day: NaiveDate) -> Placement {
        if day < self.start {
            Placement::Before
        } else if day > self.end {
            Placement::After
        } else {
            Placement::At(self.x_within(day))
        }
    }

    /// The position of a day on the axis, clamped to its ends.
    pub fn x(self, day: NaiveDate) -> u32 {
        self.x_within(day.clamp(self.start, self.end))
    }

    fn x_within(self, day: NaiveDate) -> u32 {
        let offset = (day - self.start).num_days();
        // Rounded to the nearest basis point; exact in i64 (offset ≤ 366).
        let x = (offset * i64::from(WIDTH) + self.days() / 2) / self.days();
        x as u32
    }

    /// The part of the axis a range of days covers, or `None` when it lies wholly off the axis.
    pub fn span(self, range: DateRange) -> Option<Span> {
        (range.from <= self.end && range.to >= self.start && range.from <= range.to)
            .then(|| Span { from: self.x(range.from), to: self.x(range.to) })
    }

    /// The first day of every month on the axis, in order.
    pub fn ticks(self) -> Vec<Tick> {
        let mut ticks = Vec::with_capacity(13);
        let mut day = if self.start.day() == 1 { Some(self.start) } else { first_of_next_month(self.start) };
        while let Some(month_start) = day.filter(|d| *d <= self.end) {
            ticks.push(Tick { day: month_start, x: self.x_within(month_start) });
            day = first_of_next_month(month_start);
        }
        ticks
    }

    /// Where each month that lies wholly on the axis gets its name: the middle of its span.
    /// (A month cut by either end has no room for a name; the table gives every date.)
    pub fn month_labels(self) -> Vec<MonthLabel> {
        let ticks = self.ticks();
        ticks
            .windows(2)
            .map(|pair| MonthLabel { month: pair[0].day.month(), x: (pair[0].x + pair[1].x) / 2 })
            .collect()
    }
}

fn first_of_next_month(day: NaiveDate) -> Option<NaiveDate> {
    day.with_day(1)?.checked_add_months(Months::new(1))
}

/// The days in which renewing the line's binding rule (the one that sets its deadline) counts:
/// a use rule's whole period, since any use in it keeps the line alive; the last 30 days
/// before a top-up or a fixed expiry, when renewing gives away little of the period paid for
/// (issue #17). `None` for a line without a deadline.
pub fn renewal_window(line: &Line) -> Option<DateRange> {
    let deadline = line.deadline()?;
    let binding = line.effective_rules().into_iter().find(|rule| rule.deadline() == Some(deadline))?;
    let last_30_days = deadline.checked_sub_days(Days::new(SOON_DAYS as u64))?;
    let from = match binding {
        Rule::UseEvery { last_done, .. } => last_done,
        Rule::TopUpEvery { last_done, .. } | Rule::TopUpBuys { last_done, .. } => last_30_days.max(last_done),
        Rule::FixedExpiry { .. } => last_30_days,
    };
    Some(DateRange { from, to: deadline })
}

/// One line's row: what it is, its deadline and status, and where they fall.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: LineId,
    pub name: String,
    pub deadline: NaiveDate,
    pub status: Status,
    pub window: DateRange,
    /// The last day of the grace period, where it is known.
    pub grace_end: Option<NaiveDate>,
    pub deadline_at: Placement,
    pub window_span: Option<Span>,
    /// From the day after the deadline to the grace period's last day.
    pub grace_span: Option<Span>,
}

/// The lines on the axis, nearest deadline first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub axis: Axis,
    pub rows: Vec<Row>,
    /// Lines with a deadline that are not drawn (the rows are the first `MAX_ROWS`).
    pub more: usize,
}

/// The timeline of `lines` from `today`: at most `max_rows` rows, nearest deadline first
/// (past deadlines first of all: they are the most pressing). Lines without a deadline have
/// no row and are not counted.
pub fn timeline(lines: &[Line], today: NaiveDate, max_rows: usize) -> Option<Timeline> {
    let axis = Axis::next_12_months(today)?;
    let with_deadline: Vec<&Line> =
        sorted_by_deadline(lines).into_iter().take_while(|line| line.deadline().is_some()).collect();
    let rows: Vec<Row> = with_deadline.iter().take(max_rows).filter_map(|line| row(axis, line)).collect();
    Some(Timeline { axis, more: with_deadline.len() - rows.len(), rows })
}

fn row(axis: Axis, line: &Line) -> Option<Row> {
    let countdown = line.countdown(axis.start)?;
    let deadline = line.deadline()?;
    let window = renewal_window(line)?;
    let grace_end = line.grace_end();
    let grace_span = grace_end.and_then(|end| {
        let from = deadline.checked_add_days(Days::new(1))?;
        axis.span(DateRange { from, to: end })
    });
    Some(Row {
        id: line.id.clone(),
        name: line.name.clone(),
        deadline,
        status: countdown.status(),
        window,
        grace_end,
        deadline_at: axis.place(deadline),
        window_span: axis.span(window),
        grace_span,
    })
}

/// `name` cut to at most `max` columns with an ellipsis, a CJK character counting two
/// columns: what fits a row's label on a 320 px phone. The full name stays in the table.
pub fn shortened(name: &str, max: usize) -> String {
    let columns = |c: char| if is_wide(c) { 2 } else { 1 };
    if name.chars().map(columns).sum::<usize>() <= max {
        return name.to_owned();
    }
    let mut used = 1; // the ellipsis
    let mut short = String::new();
    for c in name.chars() {
        used += columns(c);
        if used > max {
            break;
        }
        short.push(c);
    }
    short.truncate(short.trim_end().len());
    short.push('…');
    short
}

fn is_wide(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{115f}' | '\u{2e80}'..='\u{a4cf}' | '\u{ac00}'..='\u{d7a3}' | '\u{f900}'..='\u{faff}' | '\u{fe30}'..='\u{fe4f}' | '\u{ff00}'..='\u{ff60}' | '\u{ffe0}'..='\u{ffe6}')
}

/// A position as an SVG length: `3750` → `37.5%`, so that the picture stretches to any width
/// while its text keeps its size.
pub fn percent(x: u32) -> String {
    let mut text = (x / 100).to_string();
    let hundredths = x % 100;
    if hundredths != 0 {
        text.push('.');
        text.push(char::from(b'0' + (hundredths / 10) as u8));
        if !hundredths.is_multiple_of(10) {
            text.push(char::from(b'0' + (hundredths % 10) as u8));
        }
    }
    text.push('%');
    text
}
