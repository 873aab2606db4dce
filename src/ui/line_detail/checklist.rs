//! The renewal checklist of one line: preparation, `How will you renew?`, the chosen channel's
//! steps, closing steps and the user's own; the steps its operator brings (with links a phone
//! can dial or send) and optional precautions; ticks, hiding, adding and restoring.

use crate::domain::Code;
use strum::VariantArray;

use leptos::prelude::*;

use super::line_memo::LineMemo;
use crate::app_state::Store;
use crate::domain::checklist::{Checklist, ShownStep, Stage};
use crate::domain::ids::LineId;
use crate::domain::operator_steps::{operator_steps, CodeOffer, OperatorStage, OperatorStep};
use crate::domain::renewal::Channel;
use crate::i18n::checklist_steps::step_text;
use crate::i18n::operators::{code_text, operator_step_text, OperatorText};
use crate::i18n::{format, Msg};

/// A step as this list shows it: one of the checklist's own, or one of the operator's.
#[derive(Clone, PartialEq)]
enum Step {
    Listed(ShownStep),
    Operator(OperatorStep),
}

impl Step {
    fn id(&self) -> &str {
        match self {
            Step::Listed(step) => step.id(),
            Step::Operator(step) => step.id,
        }
    }
}

#[component]
pub fn ChecklistSection(line: LineMemo, id: LineId) -> impl IntoView {
    let store = expect_context::<Store>();
    let checklist =
        Memo::new(move |_| line.with(|line| line.as_ref().map(|l| l.checklist.clone()).unwrap_or_default()));
    let from_operator = operator_steps_memo(store, line);
    let progress = move || {
        let required: Vec<&str> = from_operator.with(|steps| {
            steps.iter().filter(|step| step.stage != OperatorStage::Precaution).map(|step| step.id).collect()
        });
        let (done, total) = checklist.with(|c| c.progress(&required));
        format::progress(store.language(), done, total)
    };
    let operator_stage = move |stage: OperatorStage| {
        let hidden = move |step: &OperatorStep| checklist.with(|c| c.hidden.contains(step.id));
        from_operator.with(|steps| {
            steps
                .iter()
                .filter(|step| step.stage == stage && !hidden(step))
                .cloned()
                .map(Step::Operator)
                .collect::<Vec<_>>()
        })
    };
    let stage_steps = move |stage: Stage, before: Option<OperatorStage>, after: Option<OperatorStage>| {
        move || {
            let defaults = checklist.with(|c| c.shown_defaults(stage));
            let listed = defaults.into_iter().map(|step| Step::Listed(ShownStep::Default(step)));
            let before = before.map(operator_stage).unwrap_or_default();
            let after = after.map(operator_stage).unwrap_or_default();
            before.into_iter().chain(listed).chain(after).collect::<Vec<_>>()
        }
    };
    // Its own memo, so that a tick does not rebuild the channel's steps: only a new channel does.
    let channel = Memo::new(move |_| checklist.with(|c| c.channel));
    let own_steps = move || {
        checklist.with(|c| {
            c.custom.iter().cloned().map(|s| Step::Listed(ShownStep::Custom(s))).collect::<Vec<_>>()
        })
    };
    let renewal_steps = move || operator_stage(OperatorStage::Renewal);
    let precautions = move || operator_stage(OperatorStage::Precaution);
    let (restore_id, own_id) = (id.clone(), id.clone());
    view! {
        <section class="checklist" aria-labelledby="checklist-heading">
            <h3 id="checklist-heading">{store.tr(Msg::ChecklistHeading)}</h3>
            <p class="progress" aria-live="polite">{progress}</p>
            <h4>{store.tr(Msg::StagePreparation)}</h4>
            <StepList
                steps=stage_steps(Stage::Preparation, None, Some(OperatorStage::Preparation))
                checklist
                line_id=id.clone()
            />
            <ChannelChoice checklist line_id=id.clone() />
            <h4>{store.tr(Msg::StageChannel)}</h4>
            {
                let id = id.clone();
                move || match channel.get() {
                    Some(channel) => {
                        let steps = stage_steps(Stage::Channel(channel), None, None);
                        view! { <StepList steps checklist line_id=id.clone() /> }.into_any()
                    }
                    None => view! { <p class="hint">{store.tr(Msg::ChooseChannelFirst)}</p> }.into_any(),
                }
            }
            <StepList steps=renewal_steps checklist line_id=id.clone() />
            <h4>{store.tr(Msg::StageClosing)}</h4>
            <StepList
                steps=stage_steps(Stage::Closing, Some(OperatorStage::Confirmation), None)
                checklist
                line_id=own_id.clone()
            />
            <Show when=move || checklist.with(|c| !c.custom.is_empty())>
                <h4>{store.tr(Msg::StageOwn)}</h4>
            </Show>
            <StepList steps=own_steps checklist line_id=own_id.clone() />
            <NewStepForm line_id=own_id.clone() />
            <Show when=move || !precautions().is_empty()>
                <h4>{store.tr(OperatorText::Precautions)}</h4>
            </Show>
            <StepList steps=precautions checklist line_id=own_id.clone() />
            <button
                type="button"
                class="button-quiet"
                on:click=move |_| store.edit_checklist(&restore_id, Checklist::restore_defaults)
            >
                {store.tr(Msg::RestoreDefaultSteps)}
            </button>
        </section>
    }
}

/// `How will you renew?`: Online, In a shop, Through an agent.
#[component]
fn ChannelChoice(checklist: Memo<Checklist>, line_id: LineId) -> impl IntoView {
    let store = expect_context::<Store>();
    let choices = Channel::VARIANTS
        .iter()
        .map(|&channel| {
            let line_id = line_id.clone();
            let input_id = format!("channel-{}", channel.code());
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name="renewal-channel"
                        id=input_id.clone()
                        prop:checked=move || checklist.with(|c| c.channel == Some(channel))
                        on:change=move |_| store.choose_channel(&line_id, channel)
                    />
                    <label for=input_id>{move || format::channel(store.language(), channel)}</label>
                </div>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <div class="channel-choice" role="radiogroup" aria-labelledby="channel-question">
            <p id="channel-question" class="question">{store.tr(Msg::HowWillYouRenew)}</p>
            {choices}
        </div>
    }
}

/// The steps the line's operator brings. Another of the user's numbers is the recipient offered
/// for a keep-alive text.
fn operator_steps_memo(store: Store, line: LineMemo) -> Memo<Vec<OperatorStep>> {
    Memo::new(move |_| {
        line.with(|line| {
            let line = line.as_ref()?;
            let other = store.with_document(|document| {
                document.lines.iter().find(|other| other.id != line.id).map(|other| other.number.clone())
            });
            let preset = store.operator_catalogue().and_then(|catalogue| catalogue.find(&line.operator));
            Some(operator_steps(line, preset, other.as_deref()))
        })
        .unwrap_or_default()
    })
}

#[component]
fn StepList(
    steps: impl Fn() -> Vec<Step> + Send + Sync + 'static,
    checklist: Memo<Checklist>,
    line_id: LineId,
) -> impl IntoView {
    view! {
        <ul class="step-list">
            <For each=steps key=|step| step.id().to_owned() let:step>
                <StepItem step checklist line_id=line_id.clone() />
            </For>
        </ul>
    }
}

/// A checkbox named by the step's title, its explanation, an operator step's code (a link on a
/// phone), and a Hide button.
#[component]
fn StepItem(step: Step, checklist: Memo<Checklist>, line_id: LineId) -> impl IntoView {
    let store = expect_context::<Store>();
    let step_id = step.id().to_owned();
    let texts = {
        let step = step.clone();
        move || {
            let language = store.language();
            let known = match &step {
                Step::Listed(ShownStep::Default(default)) => step_text(language, default.id),
                Step::Listed(ShownStep::Custom(custom)) => return (custom.text.clone(), String::new()),
                Step::Operator(operator) => operator_step_text(language, operator),
            };
            known.map(|(title, explanation)| (title.to_owned(), explanation.to_owned())).unwrap_or_default()
        }
    };
    let code = match step {
        Step::Operator(operator) => Some(view! { <StepCode step=operator title=texts.clone() /> }),
        Step::Listed(_) => None,
    };
    let title = {
        let texts = texts.clone();
        move || texts().0
    };
    let explanation = {
        let texts = texts.clone();
        move || {
            Some(texts().1).filter(|text| !text.is_empty()).map(|text| view! { <p class="hint">{text}</p> })
        }
    };
    let hide_label = move || format::hide_step(store.language(), &texts().0);
    let input_id = format!("step-{step_id}");
    let (tick_line, tick_step, hide_line, hide_step) =
        (line_id.clone(), step_id.clone(), line_id, step_id.clone());
    view! {
        <li class="step">
            <input
                type="checkbox"
                id=input_id.clone()
                prop:checked=move || checklist.with(|c| c.done.contains(&step_id))
                on:change=move |ev| store.set_step_done(&tick_line, &tick_step, event_target_checked(&ev))
            />
            <div class="step-text">
                <label for=input_id>{title}</label>
                {explanation}
                {code}
            </div>
            <button
                type="button"
                class="button-quiet"
                aria-label=hide_label
                on:click=move |_| store.edit_checklist(&hide_line, |c| c.hide(&hide_step))
            >
                {store.tr(Msg::HideStep)}
            </button>
        </li>
    }
}

/// An operator step's code: on a phone, a link that dials it or opens the text (named by the
/// step's title and showing the code); on an iPhone, a code the Phone app will not dial from a
/// link, with `Copy code`; elsewhere, the code as text to type.
#[component]
fn StepCode(
    step: OperatorStep,
    title: impl Fn() -> (String, String) + Send + Sync + 'static,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let code = step.code.clone().unwrap_or_default();
    let shown_code = move || code_text(store.language(), &code);
    let code_view = move || view! { <code class="step-code" translate="no">{shown_code.clone()}</code> };
    match step.offer(store.device(), store.text(OperatorText::KeepAliveSmsText)) {
        CodeOffer::Link(href) => {
            let title = move || title().0;
            view! { <a class="step-link" href=href>{title} " " {code_view()}</a> }.into_any()
        }
        CodeOffer::Copy(code) => view! { <CopyCode code shown=code_view().into_any() /> }.into_any(),
        CodeOffer::Show => step.code.is_some().then(code_view).into_any(),
    }
}

/// A code and `Copy code`, with what to do next: paste it into the Phone app's keypad.
#[component]
fn CopyCode(code: String, shown: AnyView) -> impl IntoView {
    let store = expect_context::<Store>();
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| store.copy_text(code.clone(), copied);
    let status = move || {
        copied
            .get()
            .map(|done| store.text(if done { OperatorText::CodeCopied } else { OperatorText::CopyFailed }))
    };
    view! {
        <div class="copy-code">
            {shown}
            <button type="button" class="button-secondary" on:click=copy>{store.tr(OperatorText::CopyCode)}</button>
            <p class="hint">{store.tr(OperatorText::CopyCodeWhy)}</p>
            <p class="hint" role="status">{status}</p>
        </div>
    }
}

/// `New step` and `Add step`: the user's own step for this line.
#[component]
fn NewStepForm(line_id: LineId) -> impl IntoView {
    let store = expect_context::<Store>();
    let text = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store.add_step(&line_id, &text.get_untracked()).is_ok() {
            text.set(String::new());
        }
    };
    view! {
        <form class="new-step" on:submit=add>
            <label for="new-step">{store.tr(Msg::NewStep)}</label>
            <input
                id="new-step"
                maxlength="200"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
            <button type="submit">{store.tr(Msg::AddStep)}</button>
        </form>
    }
}
