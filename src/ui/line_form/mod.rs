//! Add or edit a line: its identity and its keep-alive rules, validated as a whole on Save.

mod grace_fields;
mod line_form_state;
mod operator_field;
mod operator_hint;
mod rule_fields;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use self::grace_fields::GraceFields;
use self::line_form_state::LineFormState;
use self::operator_field::OperatorField;
use self::operator_hint::OperatorHint;
use self::rule_fields::RuleFields;
use crate::app_state::{Screen, Store};
use crate::domain::ids::LineId;
use crate::domain::places::usual_currency;
use crate::domain::validation::{validate_line, Field, LineDraft, RuleDraft};
use crate::i18n::Msg;
use crate::ui::widgets::choices::{currency_choices, form_country_choices};
use crate::ui::widgets::field_error::{error_for, FieldErrorText};
use crate::ui::widgets::select_field::{Checked, SelectField};
use crate::ui::widgets::text_field::{InputKind, TextField};

/// The form for a new line (`editing` is `None`) or an existing one.
#[component]
pub fn LineForm(editing: Option<LineId>) -> impl IntoView {
    let store = expect_context::<Store>();
    let existing = editing.as_ref().and_then(|id| store.with_document(|d| d.line(id).cloned()));
    let draft = existing.as_ref().map_or_else(|| new_line_draft(store), LineDraft::from_line);
    let form = LineFormState::new(draft, store);
    let heading = if existing.is_some() { Msg::EditLine } else { Msg::AddLine };

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let id = editing.clone().unwrap_or_else(|| store.new_id());
        match validate_line(&form.draft(), id) {
            Ok(line) => {
                store.save_line(line);
                store.screen.set(Screen::List);
            }
            Err(errors) => form.errors.set(errors),
        }
    };
    let add_rule = move |_| {
        form.add_rule(RuleDraft {
            last_done: store.today.get_untracked().to_string(),
            ..RuleDraft::default()
        })
    };

    view! {
        <form class="line-form" novalidate on:submit=submit aria-labelledby="line-form-heading">
            <h2 id="line-form-heading" tabindex="-1">{store.tr(heading)}</h2>
            <Show when=move || form.errors.with(|errors| !errors.is_empty())>
                <p class="banner banner-error" role="alert">{store.tr(Msg::FormHasErrors)}</p>
            </Show>
            <TextField id="line-name" label=Msg::Name value=form.name field=Field::Name errors=form.errors autocomplete="off" />
            <TextField
                id="line-number"
                label=Msg::PhoneNumber
                value=form.number
                field=Field::Number
                errors=form.errors
                kind=InputKind::Tel
                autocomplete="off"
                on_input=Callback::new(move |typed| form.set_number(typed))
            />
            <CountrySelect form />
            <OperatorField form />
            <OperatorHint form />
            <CurrencySelect form />
            <NotesField form />
            <fieldset class="rules">
                <legend>{store.tr(Msg::Rules)}</legend>
                <FieldErrorText id="rules-error".to_owned() message=error_for(store, form.errors, || Field::Rules) />
                <For each=move || form.rules.get() key=|row| row.key let:row>
                    <RuleFields row form />
                </For>
                <button type="button" class="button-secondary" on:click=add_rule>{store.tr(Msg::AddRule)}</button>
                <GraceFields form />
            </fieldset>
            <TextField
                id="line-remind-me"
                label=Msg::RemindMe
                value=form.remind_me
                field=Field::RemindMe
                errors=form.errors
                autocomplete="off"
                hint=Msg::RemindMeLineHint
                placeholder=store.default_lead_times().to_string()
            />
            <TextField
                id="line-remind-at"
                label=Msg::RemindAt
                value=form.remind_at
                field=Field::RemindAt
                errors=form.errors
                kind=InputKind::Time
                hint=Msg::LineRemindAtHint
            />
            <div class="form-actions">
                <button type="submit" class="button-primary">{store.tr(Msg::Save)}</button>
                <button type="button" on:click=move |_| store.screen.set(Screen::List)>{store.tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}

/// A new line starts with one top-up rule, last done today.
fn new_line_draft(store: Store) -> LineDraft {
    let rule = RuleDraft { last_done: store.today.get_untracked().to_string(), ..RuleDraft::default() };
    LineDraft { rules: vec![rule], ..LineDraft::default() }
}

/// `Country`: choosing one also fills the currency its lines are usually topped up in, where
/// none is chosen yet.
#[component]
fn CountrySelect(form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    let on_select = move |country: String| {
        if let Some(currency) = usual_currency(&country) {
            if form.currency.with_untracked(String::is_empty) {
                form.currency.set(currency.to_owned());
            }
        }
        form.country.set(country);
    };
    view! {
        <SelectField
            id="line-country"
            label=Msg::Country
            selected=move || form.country.get()
            on_select
            choices=move || form_country_choices(store)
            checked=Checked { field: Field::Country, errors: form.errors }
        />
    }
}

#[component]
fn CurrencySelect(form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <SelectField
            id="line-currency"
            label=Msg::Currency
            selected=move || form.currency.get()
            on_select=move |code| form.currency.set(code)
            choices=move || currency_choices(store)
            checked=Checked { field: Field::Currency, errors: form.errors }
        />
    }
}

#[component]
fn NotesField(form: LineFormState) -> impl IntoView {
    let store = expect_context::<Store>();
    let message = error_for(store, form.errors, || Field::Notes);
    view! {
        <div class="field">
            <label for="line-notes">{store.tr(Msg::Notes)}</label>
            <textarea
                id="line-notes"
                rows="3"
                prop:value=move || form.notes.get()
                on:input=move |ev| form.notes.set(event_target_value(&ev))
                aria-invalid=move || message.with(Option::is_some).then_some("true")
                aria-describedby=move || message.with(Option::is_some).then_some("line-notes-error")
            ></textarea>
            <FieldErrorText id="line-notes-error".to_owned() message />
        </div>
    }
}
