//! The renewal checklist (docs/domain.md, "The renewal process the checklist follows"):
//! preparation steps, then the steps of the chosen channel, then closing steps; plus the user's
//! own steps. Each line keeps its own ticks, its hidden default steps and its own steps.

use serde::{Deserialize, Serialize};

use super::id_set::IdSet;
use super::renewal::Channel;

/// Where a default step belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Preparation,
    Channel(Channel),
    Closing,
}

/// A default step: its stable id (ticks and hiding refer to it) and its stage. Its title and
/// explanation are in the i18n catalogue, under the same id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DefaultStep {
    pub id: &'static str,
    pub stage: Stage,
}

const fn step(id: &'static str, stage: Stage) -> DefaultStep {
    DefaultStep { id, stage }
}

pub const DEFAULT_STEPS: [DefaultStep; 13] = [
    step("prepare.deadline", Stage::Preparation),
    step("prepare.details", Stage::Preparation),
    step("prepare.payment", Stage::Preparation),
    step("online.official", Stage::Channel(Channel::Online)),
    step("online.network", Stage::Channel(Channel::Online)),
    step("online.pay", Stage::Channel(Channel::Online)),
    step("shop.find", Stage::Channel(Channel::Shop)),
    step("shop.bring", Stage::Channel(Channel::Shop)),
    step("agent.reputation", Stage::Channel(Channel::Agent)),
    step("agent.fee", Stage::Channel(Channel::Agent)),
    step("close.check", Stage::Closing),
    step("close.receipt", Stage::Closing),
    step("close.promotions", Stage::Closing),
];

pub const MAX_CUSTOM_STEP_CHARS: usize = 200;
pub const MAX_CUSTOM_STEPS: usize = 30;

/// A step the user added to this line's checklist.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CustomStep {
    pub id: String,
    pub text: String,
}

/// One line's checklist: the chosen channel, what is ticked in this cycle, and how the user
/// shaped the list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Checklist {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(default, skip_serializing_if = "IdSet::is_empty")]
    pub done: IdSet,
    #[serde(default, skip_serializing_if = "IdSet::is_empty")]
    pub hidden: IdSet,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<CustomStep>,
}

/// Why the user's own step was not added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepRefused {
    Empty,
    TooLong,
    TooMany,
    /// The line was deleted (in another tab) while the step was typed.
    LineGone,
}

impl std::fmt::Display for StepRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StepRefused::Empty => "the step has no text",
            StepRefused::TooLong => "the step's text is too long",
            StepRefused::TooMany => "the checklist has as many own steps as it may",
            StepRefused::LineGone => "the line no longer exists",
        })
    }
}

impl std::error::Error for StepRefused {}

/// A step as the checklist shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShownStep {
    Default(DefaultStep),
    Custom(CustomStep),
}

impl ShownStep {
    pub fn id(&self) -> &str {
        match self {
            ShownStep::Default(step) => step.id,
            ShownStep::Custom(step) => &step.id,
        }
    }
}

impl Checklist {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The default steps of a stage that are not hidden (channel steps only for the chosen one).
    pub fn shown_defaults(&self, stage: Stage) -> Vec<DefaultStep> {
        DEFAULT_STEPS
            .into_iter()
            .filter(|step| step.stage == stage && !self.hidden.contains(step.id))
            .collect()
    }

    /// Every step shown now, in order: preparation, the chosen channel's, closing, the user's.
    pub fn shown_steps(&self) -> Vec<ShownStep> {
        let mut stages = vec![Stage::Preparation];
        stages.extend(self.channel.map(Stage::Channel));
        stages.push(Stage::Closing);
        let defaults =
            stages.into_iter().flat_map(|stage| self.shown_defaults(stage)).map(ShownStep::Default);
        defaults.chain(self.custom.iter().cloned().map(ShownStep::Custom)).collect()
    }

    /// `(done, total)` over the steps shown now: the default and own steps, and the required
    /// steps the line's operator adds (`operator_ids`) unless hidden.
    pub fn progress(&self, operator_ids: &[&str]) -> (usize, usize) {
        let shown = self.shown_steps();
        let operator: Vec<&str> =
            operator_ids.iter().copied().filter(|id| !self.hidden.contains(id)).collect();
        let ids = shown.iter().map(ShownStep::id).chain(operator.iter().copied());
        let done = ids.filter(|id| self.done.contains(id)).count();
        (done, shown.len() + operator.len())
    }

    pub fn set_done(&mut self, id: &str, done: bool) {
        if done {
            self.done.insert(id.to_owned());
        } else {
            self.done.remove(id);
        }
    }

    /// Hides a default or operator step, or removes one of the user's own.
    pub fn hide(&mut self, id: &str) {
        self.done.remove(id);
        if self.custom.iter().any(|step| step.id == id) {
            self.custom.retain(|step| step.id != id);
        } else {
            self.hidden.insert(id.to_owned());
        }
    }

    /// Adds the user's own step, unless its text is empty or too long, or there are too many.
    pub fn add_custom(&mut self, id: String, text: &str) -> Result<(), StepRefused> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StepRefused::Empty);
        }
        if text.chars().count() > MAX_CUSTOM_STEP_CHARS {
            return Err(StepRefused::TooLong);
        }
        if self.custom.len() >= MAX_CUSTOM_STEPS {
            return Err(StepRefused::TooMany);
        }
        self.custom.push(CustomStep { id, text: text.into() });
        Ok(())
    }

    /// Back to the default steps: nothing hidden, no own steps (ticks of defaults are kept).
    pub fn restore_defaults(&mut self) {
        self.hidden.clear();
        let custom: Vec<String> = self.custom.drain(..).map(|step| step.id).collect();
        for id in custom {
            self.done.remove(&id);
        }
    }

    /// After a renewal: the next cycle starts with nothing ticked; the shape stays.
    pub fn start_next_cycle(&mut self) {
        self.done.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_channel_decides_which_middle_steps_show() {
        let mut checklist = Checklist::default();
        assert_eq!(checklist.progress(&[]), (0, 6), "3 preparation + 3 closing before a channel is chosen");
        checklist.channel = Some(Channel::Online);
        assert_eq!(checklist.progress(&[]), (0, 9));
        checklist.channel = Some(Channel::Agent);
        let ids: Vec<String> = checklist.shown_steps().iter().map(|s| s.id().to_owned()).collect();
        assert!(ids.contains(&"agent.fee".to_owned()) && !ids.iter().any(|id| id.starts_with("online.")));
    }

    #[test]
    fn ticks_count_only_shown_steps_and_a_new_cycle_clears_them() {
        let mut checklist = Checklist { channel: Some(Channel::Shop), ..Checklist::default() };
        checklist.set_done("prepare.deadline", true);
        checklist.set_done("shop.find", true);
        assert_eq!(checklist.progress(&[]), (2, 8));
        checklist.channel = Some(Channel::Online);
        assert_eq!(checklist.progress(&[]), (1, 9), "the shop tick does not count for the online channel");
        checklist.start_next_cycle();
        assert_eq!(checklist.progress(&[]), (0, 9));
        assert_eq!(checklist.channel, Some(Channel::Online), "the channel stays for the next cycle");
    }

    #[test]
    fn own_steps_are_added_hidden_and_restored() {
        let mut checklist = Checklist::default();
        assert_eq!(checklist.add_custom("c1".into(), "  Ask Li Wei to buy the voucher  "), Ok(()));
        assert_eq!(checklist.add_custom("c2".into(), "   "), Err(StepRefused::Empty));
        assert_eq!(checklist.custom[0].text, "Ask Li Wei to buy the voucher");
        checklist.hide("close.promotions");
        checklist.set_done("c1", true);
        assert_eq!(checklist.progress(&[]), (1, 6));
        checklist.restore_defaults();
        assert_eq!(checklist.progress(&[]), (0, 6));
        assert!(checklist.is_empty());
    }
}

#[cfg(test)]
mod operator_step_tests {
    use super::*;

    #[test]
    fn operator_steps_count_unless_hidden() {
        let mut checklist = Checklist::default();
        let operator = ["operator.balance", "operator.confirm"];
        assert_eq!(checklist.progress(&operator), (0, 8));
        checklist.set_done("operator.balance", true);
        assert_eq!(checklist.progress(&operator), (1, 8));
        checklist.hide("operator.balance");
        assert_eq!(checklist.progress(&operator), (0, 7), "hidden, and its tick gone");
        checklist.restore_defaults();
        assert_eq!(checklist.progress(&operator), (0, 8));
    }
}
