//! The keys of the message catalogues.

/// Declares the keys once and lists them in `Msg::ALL`, so tests can walk every message.
macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($key),*
        }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];
        }
    };
}

keys! {
    AppName,
    AppPurpose,
    EmptyList,
    AddLine,
    EditLine,
    Lines,
    MainNavigation,
    Settings,
    DataStaysHere,
    Theme,
    ThemeSystem,
    ThemeLight,
    ThemeDark,
    Language,
    Name,
    PhoneNumber,
    Country,
    NoCountry,
    Operator,
    OperatorHint,
    Currency,
    NoCurrency,
    Notes,
    Rules,
    RuleHeading,
    Rule,
    RuleTopUpEvery,
    RuleUseEvery,
    RuleFixedExpiry,
    Every,
    Unit,
    Days,
    Months,
    LastDoneOn,
    ExpiresOn,
    AddRule,
    RemoveRule,
    Save,
    Cancel,
    Edit,
    Delete,
    ConfirmDeleteQuestion,
    ConfirmDelete,
    Undo,
    Deadline,
    Saved,
    LineDeleted,
    LineRestored,
    FormHasErrors,
    SuggestionTypical,
    SuggestionUnknown,
    StatusOk,
    StatusSoon,
    StatusUrgent,
    StatusDue,
    StatusExpired,
    NoDeadline,
    SaveFailedQuota,
    SaveFailedOther,
    StoredDataQuarantined,
    ProblemRequired,
    ProblemPhoneCharacters,
    ProblemNotADate,
    ProblemDateOutOfRange,
    ProblemUnknownCountry,
    ProblemUnknownCurrency,
    ProblemNoRule,
}
