// The app shell: shows the header and the list's first words (index.html, #app-shell) in the
// reader's language and theme while the wasm downloads, which on a slow phone connection takes
// seconds. The app removes the shell when it starts (src/main.rs) and draws the same texts in
// the same places. The shell stays hidden until this has set its language, so it never shows in
// a wrong one. A page the service worker answers from its offline copy has its wasm at once:
// there the shell is left hidden, since drawing it would only delay the app.
//
// Its texts and its choice of language are the app's: the build writes them in below
// (scripts/shell_catalogue.mjs, from src/i18n/shell.rs: the catalogue's texts and
// Language::for_tag's rules), so this file holds no copy of either. tests/app_shell.rs checks
// what the build writes; tests/e2e/app_shell.spec.ts checks the choice against the app's.
(function () {
  // { texts: { tag: { place: text } }, rules: [{ primary, any_of, none_of, language }], default }
  const SHELL = /* shell catalogue: filled in by the build */ null;
  // Where the app keeps its settings and the order of its lines (domain/storage_layout.rs).
  const INDEX_KEY = 'linekeeper.document';
  const LINE_KEY_PREFIX = 'linekeeper.line.';

  /** The app's language for one browser language tag, or null: the first rule it meets. */
  function languageFor(tag) {
    const [primary, ...rest] = tag.toLowerCase().split(/[-_]/);
    const rule = SHELL.rules.find(
      (rule) =>
        rule.primary === primary &&
        (rule.any_of.length === 0 || rest.some((subtag) => rule.any_of.includes(subtag))) &&
        !rest.some((subtag) => rule.none_of.includes(subtag)),
    );
    return rule ? rule.language : null;
  }

  function browserLanguage() {
    const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (const tag of tags) {
      const language = languageFor(tag);
      if (language) return language;
    }
    return SHELL.default;
  }

  /** What the app stored: its settings, and whether any line is kept. Nothing when unreadable. */
  function stored() {
    try {
      const index = JSON.parse(localStorage.getItem(INDEX_KEY) || '{}') || {};
      // A document from before per-line storage holds its lines itself.
      const listed = (index.line_ids || index.lines || []).length > 0;
      let unlisted = false;
      for (let i = 0; i < localStorage.length && !listed && !unlisted; i++) {
        unlisted = (localStorage.key(i) || '').indexOf(LINE_KEY_PREFIX) === 0;
      }
      return { settings: index.settings || {}, hasLines: listed || unlisted };
    } catch (error) {
      return { settings: {}, hasLines: false };
    }
  }

  const shell = document.getElementById('app-shell');
  if (!SHELL || !shell || (navigator.serviceWorker && navigator.serviceWorker.controller)) return;
  const { settings, hasLines } = stored();
  const language = SHELL.texts[settings.language] ? settings.language : browserLanguage();
  const texts = SHELL.texts[language];
  document.documentElement.lang = language;
  if (settings.theme === 'light' || settings.theme === 'dark') {
    document.documentElement.setAttribute('data-theme', settings.theme);
  }
  for (const element of shell.querySelectorAll('[data-text]')) {
    element.textContent = texts[element.getAttribute('data-text')];
  }
  shell.querySelector('.empty-state').hidden = hasLines;
  shell.hidden = false;
})();
