//! `Record renewal` (or edit a history entry): date, what was done, amount and currency,
//! channel, note. Validated as a whole on Save; nothing typed is lost on a refusal.

use crate::domain::Code;
use strum::VariantArray;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::line_memo::LineMemo;
use crate::app_state::Store;
use crate::domain::ids::LineId;
use crate::domain::renewal::ActionKind;
use crate::domain::renewal::{Channel, Renewal};
use crate::domain::renewal_validation::{validate_renewal, RenewalDraft};
use crate::domain::rule::Rule;
use crate::domain::validation::{Field, FieldError};
use crate::domain::validity_tiers::ValidityTiers;
use crate::i18n::operators::top_up_counting;
use crate::i18n::{format, Msg};
use crate::ui::widgets::choices::currency_choices;
use crate::ui::widgets::select_field::{Checked, Choice, SelectField};
use crate::ui::widgets::text_field::{InputKind, TextField};
use crate::ui::widgets::tiers_hint::TiersHint;

/// The form's fields, each a signal, so the view and the draft share one state.
#[derive(Clone, Copy)]
struct RenewalFormState {
    date: RwSignal<String>,
    action: RwSignal<ActionKind>,
    expires_on: RwSignal<String>,
    amount: RwSignal<String>,
    currency: RwSignal<String>,
    channel: RwSignal<Option<Channel>>,
    note: RwSignal<String>,
    errors: RwSignal<Vec<FieldError>>,
}

impl RenewalFormState {
    fn new(draft: RenewalDraft) -> Self {
        Self {
            date: RwSignal::new(draft.date),
            action: RwSignal::new(draft.action),
            expires_on: RwSignal::new(draft.expires_on),
            amount: RwSignal::new(draft.amount),
            currency: RwSignal::new(draft.currency),
            channel: RwSignal::new(draft.channel),
            note: RwSignal::new(draft.note),
            errors: RwSignal::new(Vec::new()),
        }
    }

    fn draft(&self) -> RenewalDraft {
        RenewalDraft {
            date: self.date.get_untracked(),
            action: self.action.get_untracked(),
            expires_on: self.expires_on.get_untracked(),
            amount: self.amount.get_untracked(),
            currency: self.currency.get_untracked(),
            channel: self.channel.get_untracked(),
            note: self.note.get_untracked(),
        }
    }
}

#[component]
pub fn RenewalForm(
    line: LineMemo,
    line_id: LineId,
    /// The history entry being edited, or `None` to record a new renewal.
    editing: Option<Renewal>,
    /// Makes the fields' ids unique on the page (`renewal`, `entry`).
    id_prefix: &'static str,
    on_done: Callback<()>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let draft = match &editing {
        Some(entry) => RenewalDraft::of(entry),
        // A line deleted meanwhile (in another tab) gets an empty form: saving it then does
        // nothing, and the detail screen closes on its own.
        None => line.with_untracked(|line| match line {
            Some(line) => RenewalDraft {
                channel: line.checklist.channel,
                ..RenewalDraft::new(line, store.today.get_untracked())
            },
            None => RenewalDraft::default(),
        }),
    };
    let form = RenewalFormState::new(draft);
    let editing_id = editing.map(|entry| entry.id);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(current) = line.get_untracked() else { return };
        let id = editing_id.clone().unwrap_or_else(|| store.new_id());
        let today = store.today.get_untracked();
        match validate_renewal(&form.draft(), &current, editing_id.as_ref(), today, id) {
            Ok(renewal) if editing_id.is_some() => {
                store.update_entry(&line_id, renewal);
                on_done.run(());
            }
            Ok(renewal) => {
                store.record_renewal(&line_id, renewal);
                on_done.run(());
            }
            Err(errors) => form.errors.set(errors),
        }
    };
    let is_new_expiry = move || form.action.get() == ActionKind::NewExpiry;
    let checked = |field| Checked { field, errors: form.errors };
    view! {
        <form class="renewal-form" novalidate on:submit=submit aria-label=store.tr(Msg::RecordRenewal)>
            <Show when=move || form.errors.with(|errors| !errors.is_empty())>
                <p class="banner banner-error" role="alert">{store.tr(Msg::FormHasErrors)}</p>
            </Show>
            <TextField id=format!("{id_prefix}-date") label=Msg::RenewalDate value=form.date field=Field::RenewalDate errors=form.errors kind=InputKind::Date />
            <SelectField id=format!("{id_prefix}-action") label=Msg::WhatWasDone selected=move || form.action.get() on_select=move |kind| form.action.set(kind) choices=move || action_choices(store) checked=checked(Field::RenewalAction) />
            {move || {
                line.with(|line| line.as_ref().and_then(top_up_counting))
                    .map(|msg| view! { <p class="hint">{store.tr(msg)}</p> })
            }}
            <Show when=is_new_expiry>
                <TextField id=format!("{id_prefix}-expires-on") label=Msg::ExpiresOn value=form.expires_on field=Field::RenewalExpiresOn errors=form.errors kind=InputKind::Date />
            </Show>
            {move || (form.action.get() == ActionKind::TopUp).then(|| tiers_of(line)).flatten().map(|tiers| view! { <TiersHint tiers /> })}
            <div class="field-row">
                <TextField id=format!("{id_prefix}-amount") label=Msg::Amount value=form.amount field=Field::RenewalAmount errors=form.errors input_mode="decimal" autocomplete="off" />
                <SelectField id=format!("{id_prefix}-currency") label=Msg::Currency selected=move || form.currency.get() on_select=move |code| form.currency.set(code) choices=move || currency_choices(store) checked=checked(Field::RenewalCurrency) />
            </div>
            <SelectField id=format!("{id_prefix}-channel") label=Msg::Channel selected=move || form.channel.get() on_select=move |channel| form.channel.set(channel) choices=move || channel_choices(store) checked=checked(Field::RenewalChannel) />
            <TextField id=format!("{id_prefix}-note") label=Msg::Note value=form.note field=Field::RenewalNote errors=form.errors autocomplete="off" />
            <div class="form-actions">
                <button type="submit" class="button-primary">{store.tr(Msg::Save)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{store.tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}

/// The tiers of the line's rule by amount, if it has one: what this top-up's amount buys.
fn tiers_of(line: LineMemo) -> Option<ValidityTiers> {
    line.with(|line| {
        line.as_ref()?.rules.iter().find_map(|rule| match rule {
            Rule::TopUpBuys { by_amount, .. } => Some(by_amount.clone()),
            _ => None,
        })
    })
}

fn action_choices(store: Store) -> Vec<Choice<ActionKind>> {
    let label = |kind| match kind {
        ActionKind::TopUp => Msg::ActionTopUp,
        ActionKind::Usage => Msg::ActionUsage,
        ActionKind::NewExpiry => Msg::ActionNewExpiry,
    };
    ActionKind::VARIANTS.iter().map(|&kind| Choice::new(kind, kind.code(), store.text(label(kind)))).collect()
}

fn channel_choices(store: Store) -> Vec<Choice<Option<Channel>>> {
    let none = Choice::new(None, "", store.text(Msg::ChannelNotSaid));
    let channels = Channel::VARIANTS.iter().map(|&channel| {
        Choice::new(Some(channel), channel.code(), format::channel(store.language(), channel))
    });
    std::iter::once(none).chain(channels).collect()
}
