//! The keys of the year at a glance's words (the timeline of the next 12 months and the cost
//! per year chart; their texts are in each language's module).

keys! {
    TimelineText,
    NextMonths,
    CostPerYear,
    ShowAsTable,
    Today,
    Line,
    Deadline,
    Status,
    RenewalWindow,
    GracePeriod,
    RecoverBy,
    NotKnown,
    Year,
    Amount,
    AveragePerYear,
    PerMonthKeptAlive,
}
