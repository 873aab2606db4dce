//! Random ids for new lines.

/// A random 16-character id. Ids only need to be unique within one user's document.
pub fn new_id() -> String {
    (0..16)
        .map(|_| {
            let digit = (js_sys::Math::random() * 36.0) as u32;
            char::from_digit(digit.min(35), 36).unwrap_or('0')
        })
        .collect()
}
