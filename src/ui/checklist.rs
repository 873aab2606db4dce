//! The renewal checklist of one line: preparation, `How will you renew?`, the chosen channel's
//! steps, closing steps and the user's own; ticks, hiding, adding and restoring.

use leptos::prelude::*;

use super::line_detail::LineMemo;
use crate::app_state::Store;
use crate::domain::checklist::{Checklist, ShownStep, Stage};
use crate::domain::renewal::Channel;
use crate::i18n::checklist_steps::step_text;
use crate::i18n::{format, Msg};

#[component]
pub fn ChecklistSection(line: LineMemo, id: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let checklist =
        Memo::new(move |_| line.with(|line| line.as_ref().map(|l| l.checklist.clone()).unwrap_or_default()));
    let progress = move || {
        let (done, total) = checklist.with(Checklist::progress);
        format::progress(store.language(), done, total)
    };
    let stage_steps = move |stage: Stage| {
        move || {
            checklist
                .with(|c| c.shown_defaults(stage).into_iter().map(ShownStep::Default).collect::<Vec<_>>())
        }
    };
    // Its own memo, so that a tick does not rebuild the channel's steps: only a new channel does.
    let channel = Memo::new(move |_| checklist.with(|c| c.channel));
    let own_steps =
        move || checklist.with(|c| c.custom.iter().cloned().map(ShownStep::Custom).collect::<Vec<_>>());
    let (restore_id, own_id) = (id.clone(), id.clone());
    view! {
        <section class="checklist" aria-labelledby="checklist-heading">
            <h3 id="checklist-heading">{store.tr(Msg::ChecklistHeading)}</h3>
            <p class="progress" aria-live="polite">{progress}</p>
            <h4>{store.tr(Msg::StagePreparation)}</h4>
            <StepList steps=stage_steps(Stage::Preparation) checklist line_id=id.clone() />
            <ChannelChoice checklist line_id=id.clone() />
            <h4>{store.tr(Msg::StageChannel)}</h4>
            {move || match channel.get() {
                Some(channel) => {
                    let steps = stage_steps(Stage::Channel(channel));
                    view! { <StepList steps checklist line_id=id.clone() /> }.into_any()
                }
                None => view! { <p class="hint">{store.tr(Msg::ChooseChannelFirst)}</p> }.into_any(),
            }}
            <h4>{store.tr(Msg::StageClosing)}</h4>
            <StepList steps=stage_steps(Stage::Closing) checklist line_id=own_id.clone() />
            <Show when=move || checklist.with(|c| !c.custom.is_empty())>
                <h4>{store.tr(Msg::StageOwn)}</h4>
            </Show>
            <StepList steps=own_steps checklist line_id=own_id.clone() />
            <NewStepForm line_id=own_id.clone() />
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
fn ChannelChoice(checklist: Memo<Checklist>, line_id: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let choices = Channel::ALL.map(|channel| {
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
    });
    view! {
        <div class="channel-choice" role="radiogroup" aria-labelledby="channel-question">
            <p id="channel-question" class="question">{store.tr(Msg::HowWillYouRenew)}</p>
            {choices}
        </div>
    }
}

#[component]
fn StepList(
    steps: impl Fn() -> Vec<ShownStep> + Send + Sync + 'static,
    checklist: Memo<Checklist>,
    line_id: String,
) -> impl IntoView {
    view! {
        <ul class="step-list">
            <For each=steps key=|step| step.id().to_owned() let:step>
                <StepItem step checklist line_id=line_id.clone() />
            </For>
        </ul>
    }
}

/// A checkbox named by the step's title, its explanation, and a Hide button.
#[component]
fn StepItem(step: ShownStep, checklist: Memo<Checklist>, line_id: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let step_id = step.id().to_owned();
    let texts = {
        let step = step.clone();
        move || match &step {
            ShownStep::Default(default) => step_text(store.language(), default.id)
                .map(|(title, explanation)| (title.to_owned(), explanation.to_owned()))
                .unwrap_or_default(),
            ShownStep::Custom(custom) => (custom.text.clone(), String::new()),
        }
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

/// `New step` and `Add step`: the user's own step for this line.
#[component]
fn NewStepForm(line_id: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let text = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store.add_step(&line_id, &text.get_untracked()) {
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
