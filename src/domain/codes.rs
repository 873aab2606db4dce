//! One stable code per variant of an enum (what forms, CSS classes and the page speak in),
//! derived by strum (`IntoStaticStr` + `EnumString`, `VariantArray` for every variant); `Code`
//! only keeps the names `code()` and `from_code()`.

pub trait Code: Copy + Into<&'static str> + core::str::FromStr {
    /// A stable code, for forms, storage and the page.
    fn code(self) -> &'static str {
        self.into()
    }

    fn from_code(code: &str) -> Option<Self> {
        code.parse().ok()
    }
}

impl<T: Copy + Into<&'static str> + core::str::FromStr> Code for T {}
