//! The calendar export: one all-day event per line deadline, with an alarm at each of the
//! line's lead times, so the phone's own calendar reminds even when the browser never runs.

use leptos::prelude::*;

use super::Store;
use crate::domain::ics::{write_calendar, CalendarEvent, GraceAlarm};
use crate::domain::lead_times::LeadTimes;
use crate::domain::line::Line;
use crate::domain::reminders::lead_times_for;
use crate::i18n::reminders::{calendar_description, calendar_grace_alarm, calendar_summary, PwaText};
use crate::i18n::text;
use crate::platform::{clock, files};

/// `linekeeper-deadlines.ics`: always the same name, as importing it again updates the events.
const FILE_NAME: &str = "linekeeper-deadlines.ics";

impl Store {
    /// Downloads the calendar file.
    pub fn export_calendar(&self) -> Result<(), files::DownloadRefused> {
        let language = self.language.get_untracked();
        let events: Vec<CalendarEvent> = self.with_document_untracked(|document| {
            let default = &document.settings.lead_times;
            document.lines.iter().filter_map(|line| deadline_event(line, default, language)).collect()
        });
        let stamp = chrono::DateTime::from_timestamp_millis(clock::now_ms()).unwrap_or_default().naive_utc();
        let ics = write_calendar(text(language, PwaText::CalendarName), &events, stamp);
        files::download(FILE_NAME, &ics, "text/calendar")?;
        self.calendar_outdated.set(false);
        self.say(PwaText::CalendarExported);
        Ok(())
    }
}

/// A line's next deadline as an event; `None` for a line without one.
fn deadline_event(
    line: &Line,
    default_lead_times: &LeadTimes,
    language: crate::domain::document::Language,
) -> Option<CalendarEvent> {
    Some(CalendarEvent {
        // One UID per line, not per deadline: a renewal moves the event instead of adding one.
        uid: format!("{}@linekeeper", line.id),
        date: line.deadline()?,
        summary: calendar_summary(language, &line.name),
        description: calendar_description(language, &line.number, &line.operator),
        alarm_days_before: lead_times_for(line, default_lead_times)
            .days()
            .iter()
            .map(|&d| u32::from(d))
            .collect(),
        grace_alarm: line.grace_days.map(|days_after| GraceAlarm {
            days_after,
            description: calendar_grace_alarm(language, &line.name),
        }),
    })
}
