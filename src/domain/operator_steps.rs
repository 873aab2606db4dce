//! The checklist steps a line's operator brings: dial the balance code, send the top-up or
//! keep-alive text, confirm the balance moved; and the community's precautions (voicemail,
//! the iPhone's activation text, roaming) as optional steps. Each step carries the link a phone
//! follows on the user's tap (`tel:`, `sms:`); nothing is dialled or sent without it.

use super::line::Line;
use super::operators::{find_preset, CodeAction, CodePurpose, OperatorCode};
use super::rule::Rule;

/// Where an operator step stands in the checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperatorStage {
    /// Before renewing: know where the line stands.
    Preparation,
    /// The renewal itself, by the operator's code or a keep-alive text.
    Renewal,
    /// Right after renewing, before the closing steps.
    Confirmation,
    /// Worth doing, never required: not counted in the checklist's progress.
    Precaution,
}

/// What tapping a step's link does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepLink {
    Dial(String),
    /// A text to `to` with `body`; `None` leaves the body to the shell (it is in the
    /// interface's language).
    Sms {
        to: String,
        body: Option<String>,
    },
}

impl StepLink {
    fn of(action: CodeAction) -> Self {
        match action {
            CodeAction::Dial(number) => StepLink::Dial(number.to_owned()),
            CodeAction::Sms { to, text } => StepLink::Sms { to: to.to_owned(), body: Some(text.to_owned()) },
        }
    }

    /// The URI a phone opens: `tel:*100%23`, `sms:800?body=ADD10PAYG`.
    pub fn uri(&self, default_body: &str) -> String {
        match self {
            StepLink::Dial(number) => tel_uri(number),
            StepLink::Sms { to, body } => sms_uri(to, body.as_deref().unwrap_or(default_body)),
        }
    }
}

/// One step of a line's operator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperatorStep {
    /// Stable: ticks and hiding refer to it. Its title and explanation are in the i18n layer.
    pub id: &'static str,
    pub stage: OperatorStage,
    /// `None` where the step has nothing to tap, or the code needs the user's input first.
    pub link: Option<StepLink>,
    /// The code as typed on a phone (`*100#`, `TOPUP <code> → 1914`), shown beside the step.
    pub code: Option<String>,
}

pub const BALANCE: &str = "operator.balance";
pub const EXPIRY: &str = "operator.expiry";
pub const TOP_UP_SMS: &str = "operator.top_up_sms";
pub const TOP_UP_CALL: &str = "operator.top_up_call";
pub const KEEP_ALIVE_SMS: &str = "operator.keep_alive_sms";
pub const CONFIRM: &str = "operator.confirm";
pub const VOICEMAIL: &str = "precaution.voicemail";
pub const IMESSAGE: &str = "precaution.imessage";
pub const ROAMING: &str = "precaution.roaming";

/// The code that turns call forwarding, and so voicemail, off on most GSM networks.
const VOICEMAIL_OFF: &str = "##002#";

/// The operator steps of `line`. `other_number` is another of the user's lines, the natural
/// recipient of a keep-alive text (a text between one's own numbers also shows it arrived).
pub fn operator_steps(line: &Line, other_number: Option<&str>) -> Vec<OperatorStep> {
    let preset = find_preset(&line.operator);
    let code = |purpose| preset.and_then(|p| p.code_for(purpose));
    let mut steps = Vec::new();
    steps.extend(code(CodePurpose::Balance).map(|c| code_step(BALANCE, OperatorStage::Preparation, c)));
    steps.extend(code(CodePurpose::Expiry).map(|c| code_step(EXPIRY, OperatorStage::Preparation, c)));
    if let Some(top_up) = code(CodePurpose::TopUp) {
        let id = match top_up.action {
            CodeAction::Dial(_) => TOP_UP_CALL,
            CodeAction::Sms { .. } => TOP_UP_SMS,
        };
        steps.push(code_step(id, OperatorStage::Renewal, top_up));
    }
    if line.rules.iter().any(|rule| matches!(rule, Rule::UseEvery { .. })) {
        let link = other_number
            .filter(|number| *number != line.number)
            .map(|to| StepLink::Sms { to: dialable(to), body: None });
        steps.push(OperatorStep { id: KEEP_ALIVE_SMS, stage: OperatorStage::Renewal, link, code: None });
    }
    if !steps.is_empty() {
        steps.push(OperatorStep { id: CONFIRM, stage: OperatorStage::Confirmation, link: None, code: None });
    }
    steps.extend(precautions());
    steps
}

fn code_step(id: &'static str, stage: OperatorStage, code: &OperatorCode) -> OperatorStep {
    let link = (!code.needs_input()).then(|| StepLink::of(code.action));
    OperatorStep { id, stage, link, code: Some(code.display()) }
}

fn precautions() -> [OperatorStep; 3] {
    let step = |id, link: Option<StepLink>, code: Option<&str>| OperatorStep {
        id,
        stage: OperatorStage::Precaution,
        link,
        code: code.map(str::to_owned),
    };
    [
        step(VOICEMAIL, Some(StepLink::Dial(VOICEMAIL_OFF.to_owned())), Some(VOICEMAIL_OFF)),
        step(IMESSAGE, None, None),
        step(ROAMING, None, None),
    ]
}

/// A number as a phone dials it: digits and a leading `+`, without the spaces, dots, dashes and
/// brackets people write.
fn dialable(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// A `tel:` URI (RFC 3966): `*` and digits stay, `#` and anything else is percent-encoded.
pub fn tel_uri(number: &str) -> String {
    let mut uri = String::from("tel:");
    push_encoded(&mut uri, number, |c| c.is_ascii_alphanumeric() || "*+-.()".contains(c));
    uri
}

/// An `sms:` URI (RFC 5724): the recipient, and the body percent-encoded as UTF-8.
pub fn sms_uri(to: &str, body: &str) -> String {
    let mut uri = String::from("sms:");
    push_encoded(&mut uri, to, |c| c.is_ascii_alphanumeric() || "*+-.".contains(c));
    if !body.is_empty() {
        uri.push_str("?body=");
        push_encoded(&mut uri, body, |c| c.is_ascii_alphanumeric() || "-._~".contains(c));
    }
    uri
}

fn push_encoded(uri: &mut String, text: &str, keep: impl Fn(char) -> bool) {
    for c in text.chars() {
        if keep(c) {
            uri.push(c);
        } else {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                uri.push('%');
                uri.push(char::from(HEX[usize::from(byte >> 4)]));
                uri.push(char::from(HEX[usize::from(byte & 0xF)]));
            }
        }
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";
