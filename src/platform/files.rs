//! Files in and out: downloading text as a file, and reading a file the user picked or dropped.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The browser did not start a download; says what failed, for a developer's console.
#[derive(Debug)]
pub struct DownloadRefused(String);

impl std::fmt::Display for DownloadRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the download did not start: {}", self.0)
    }
}

impl std::error::Error for DownloadRefused {}

/// Offers `text` as a download named `file_name`.
pub fn download(file_name: &str, text: &str, mime_type: &str) -> Result<(), DownloadRefused> {
    let describe = |error: wasm_bindgen::JsValue| DownloadRefused(format!("{error:?}"));
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let document =
        web_sys::window().and_then(|w| w.document()).ok_or_else(|| DownloadRefused("no document".into()))?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| DownloadRefused("not an anchor".into()))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url).map_err(describe)
}

/// A picked or dropped file: its size first (to refuse a huge one unread), then its text.
pub struct PickedFile(web_sys::File);

impl PickedFile {
    /// The first file of a file input's selection.
    pub fn from_input(input: &web_sys::HtmlInputElement) -> Option<Self> {
        input.files()?.get(0).map(Self)
    }

    /// The first file dropped on the page.
    pub fn from_drop(event: &web_sys::DragEvent) -> Option<Self> {
        event.data_transfer()?.files()?.get(0).map(Self)
    }

    pub fn size(&self) -> usize {
        self.0.size() as usize
    }

    pub async fn text(&self) -> Option<String> {
        JsFuture::from(self.0.text()).await.ok()?.as_string()
    }
}

/// Reloads the page, so that the app reads its storage afresh.
pub fn reload_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
