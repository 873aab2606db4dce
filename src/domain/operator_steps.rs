//! The checklist steps a line's operator brings: dial the balance code, send the top-up or
//! keep-alive text, confirm the balance moved; and the community's precautions (voicemail,
//! the iPhone's activation text, roaming) as optional steps. Each step carries the link a phone
//! follows on the user's tap (`tel:`, `sms:`); nothing is dialled or sent without it.

use super::line::Line;
use super::operators::{CodeAction, CodePurpose, OperatorCode, OperatorPreset};
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
}

/// The device the app runs on, as far as a step's code goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    /// iPhone and iPad: the Phone app will not dial a `tel:` link that holds `*` or `#`, and
    /// Messages reads an `sms:` link's body after `&`.
    Apple,
    /// Any other phone or tablet: links as RFC 3966 and RFC 5724 write them.
    Phone,
    /// A computer: nothing to dial or text.
    Computer,
}

impl Device {
    /// The device a browser's user agent names: an iPad's Safari says "Macintosh", and is told
    /// from a Mac by its touch screen (`max_touch_points`).
    pub fn of_user_agent(agent: &str, max_touch_points: i32) -> Self {
        let apple = ["iPhone", "iPad", "iPod"].iter().any(|word| agent.contains(word));
        if apple || (agent.contains("Macintosh") && max_touch_points > 1) {
            Device::Apple
        } else if ["Android", "Mobile"].iter().any(|word| agent.contains(word)) {
            Device::Phone
        } else {
            Device::Computer
        }
    }
}

/// What a step offers for its code on a device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeOffer {
    /// A link the phone follows: `tel:*100%23`, `sms:800?body=ADD10PAYG`.
    Link(String),
    /// A code to copy and paste into the Phone app's keypad (an iPhone will not dial it).
    Copy(String),
    /// The code as text to read and type.
    Show,
}

impl OperatorStep {
    /// What this step offers on `device`; `default_body` is the text of a keep-alive message
    /// that has none of its own (it is in the interface's language).
    pub fn offer(&self, device: Device, default_body: &str) -> CodeOffer {
        match (&self.link, device) {
            (None, _) | (_, Device::Computer) => CodeOffer::Show,
            (Some(StepLink::Dial(number)), Device::Apple) if number.contains(['*', '#']) => {
                CodeOffer::Copy(number.clone())
            }
            (Some(StepLink::Dial(number)), _) => CodeOffer::Link(tel_uri(number)),
            (Some(StepLink::Sms { to, body }), _) => {
                CodeOffer::Link(sms_uri(to, body.as_deref().unwrap_or(default_body), device))
            }
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
/// `preset` is the line's operator in the catalogue, if it is there.
pub fn operator_steps(
    line: &Line,
    preset: Option<&OperatorPreset>,
    other_number: Option<&str>,
) -> Vec<OperatorStep> {
    let code = |purpose| preset.and_then(|p| p.code_for(purpose));
    let mut steps = Vec::new();
    steps.extend(code(CodePurpose::Balance).map(|c| code_step(BALANCE, OperatorStage::Preparation, c)));
    steps.extend(code(CodePurpose::Expiry).map(|c| code_step(EXPIRY, OperatorStage::Preparation, c)));
    if let Some(top_up) = code(CodePurpose::TopUp) {
        let id = match top_up.action() {
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
    let link = (!code.needs_input()).then(|| StepLink::of(code.action()));
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

/// An `sms:` URI: the recipient, and the body percent-encoded as UTF-8, after `?body=` as
/// RFC 5724 writes it, or after `&body=` on an iPhone or iPad, whose Messages app reads only
/// that form.
pub fn sms_uri(to: &str, body: &str, device: Device) -> String {
    let mut uri = String::from("sms:");
    push_encoded(&mut uri, to, |c| c.is_ascii_alphanumeric() || "*+-.".contains(c));
    if !body.is_empty() {
        uri.push_str(if device == Device::Apple { "&body=" } else { "?body=" });
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
