//! The calendar export: one all-day event per line deadline, with an alarm at the user's time
//! of day on each lead day and on each day after the deadline while the number can still be
//! recovered, so the phone's own calendar reminds on the schedule the app follows, even when
//! the browser never runs.

use leptos::prelude::*;

use super::Store;
use crate::domain::countdown::Countdown;
use crate::domain::document::Language;
use crate::domain::ics::{write_calendar, AlarmAfter, CalendarEvent};
use crate::domain::ids::LineId;
use crate::domain::line::Line;
use crate::domain::reminder_schedule::days_after;
use crate::domain::reminders::ReminderDefaults;
use crate::i18n::reminders::{calendar_after_alarm, calendar_description, calendar_summary, PwaText};
use crate::i18n::text;
use crate::platform::{clock, files};

/// `linekeeper-deadlines.ics`: always the same name, as importing it again updates the events.
const FILE_NAME: &str = "linekeeper-deadlines.ics";

impl Store {
    /// Whether the list says the exported calendar is out of date: something it holds changed
    /// since, and a calendar was exported from this device (tracked).
    pub fn exported_calendar_outdated(&self) -> bool {
        self.calendar_outdated.get()
            && self.with_document(|document| document.settings.calendar_exported_on.is_some())
    }

    /// Downloads the calendar file of every line.
    pub fn export_calendar(&self) -> Result<(), files::DownloadRefused> {
        let language = self.language.get_untracked();
        let events: Vec<CalendarEvent> = self.with_document_untracked(|document| {
            let defaults = document.reminder_defaults();
            document.lines.iter().filter_map(|line| deadline_event(line, defaults, language)).collect()
        });
        self.download_calendar(FILE_NAME, &events)?;
        let today = self.today.get_untracked();
        self.change(|document| document.settings.calendar_exported_on = Some(today));
        self.calendar_outdated.set(false);
        self.say(PwaText::CalendarExported);
        Ok(())
    }

    /// Downloads a calendar file of one line's deadline (the same event as in the whole file).
    pub fn export_line_calendar(&self, id: &LineId) -> Result<(), files::DownloadRefused> {
        let language = self.language.get_untracked();
        let events: Vec<CalendarEvent> = self.with_document_untracked(|document| {
            let line = document.line(id);
            line.and_then(|line| deadline_event(line, document.reminder_defaults(), language))
                .into_iter()
                .collect()
        });
        self.download_calendar(&format!("linekeeper-{id}.ics"), &events)?;
        self.say(PwaText::CalendarExported);
        Ok(())
    }

    fn download_calendar(
        &self,
        file_name: &str,
        events: &[CalendarEvent],
    ) -> Result<(), files::DownloadRefused> {
        let language = self.language.get_untracked();
        let stamp = chrono::DateTime::from_timestamp_millis(clock::now_ms()).unwrap_or_default().naive_utc();
        let ics = write_calendar(text(language, PwaText::CalendarName), events, stamp);
        files::download(file_name, &ics, "text/calendar")
    }
}

/// A line's next deadline as an event; `None` for a line without one.
fn deadline_event(line: &Line, defaults: ReminderDefaults<'_>, language: Language) -> Option<CalendarEvent> {
    let deadline = line.deadline()?;
    let alarms_after = days_after(line, deadline)
        .into_iter()
        .map(|days_after| {
            let countdown = Countdown { days_left: -i64::from(days_after), grace_days: line.grace_days };
            AlarmAfter { days_after, description: calendar_after_alarm(language, &line.name, countdown) }
        })
        .collect();
    Some(CalendarEvent {
        // One UID per line, not per deadline: a renewal moves the event instead of adding one.
        uid: format!("{}@linekeeper", line.id),
        date: deadline,
        summary: calendar_summary(language, &line.name),
        description: calendar_description(language, &line.number, &line.operator),
        alarm_at: defaults.remind_at_for(line),
        alarm_days_before: defaults.lead_times_for(line).days().iter().map(|&d| u32::from(d)).collect(),
        alarms_after,
    })
}
