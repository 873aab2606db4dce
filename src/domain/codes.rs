//! `codes!`: one stable code per variant of an enum (what forms, CSS classes and the page speak
//! in), with every variant in `ALL` and the way back from a code, written once for all enums.

/// Gives `$name` `ALL` (in the order listed), `code()` and `from_code()`.
macro_rules! codes {
    ($name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $name {
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// A stable code, for forms, storage and the page.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|value| value.code() == code)
            }
        }
    };
}
