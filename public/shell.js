// The app shell: shows the header and the list's first words (index.html, #app-shell) in the
// reader's language and theme while the wasm downloads, which on a slow phone connection takes
// seconds. The app removes the shell when it starts (src/main.rs) and draws the same texts in
// the same places. The shell stays hidden until this has set its language, so it never shows in
// a wrong one. A page the service worker answers from its offline copy has its wasm at once:
// there the shell is left hidden, since drawing it would only delay the app.
//
// The texts are the catalogue's (tests/app_shell.rs checks them, so keep this object strict
// JSON); the language is chosen as the app chooses it (Language::negotiate, checked against the
// app by tests/e2e/app_shell.spec.ts).
(function () {
  const TEXTS = {
    "en": {
      "app_name": "Linekeeper",
      "lines": "Lines",
      "purpose": "Keep your prepaid numbers abroad alive: see how many days each line has left before it must be topped up or used.",
      "empty_list": "No lines yet. Add the first number you want to keep."
    },
    "zh-CN": {
      "app_name": "保号助手",
      "lines": "号码列表",
      "purpose": "帮你保住在国外的预付费号码：一眼看到每个号码还剩几天必须充值或使用。",
      "empty_list": "还没有号码。添加第一个你想保住的号码吧。"
    },
    "zh-Hant": {
      "app_name": "保號助手",
      "lines": "號碼列表",
      "purpose": "幫你保住在國外的預付費號碼：一眼看到每個號碼還剩幾天必須儲值或使用。",
      "empty_list": "還沒有號碼。新增第一個你想保住的號碼吧。"
    }
  };
  // Where the app keeps its settings and the order of its lines (domain/storage_layout.rs).
  const INDEX_KEY = 'linekeeper.document';
  const LINE_KEY_PREFIX = 'linekeeper.line.';

  /** The app's language for one browser language tag, or null (Language::for_tag). */
  function languageFor(tag) {
    const lower = tag.toLowerCase();
    const subtags = lower.split(/[-_]/);
    if (subtags[0] === 'en') return 'en';
    if (subtags[0] !== 'zh') return null;
    const traditional = subtags.slice(1).some((subtag) => ['hant', 'tw', 'hk', 'mo'].indexOf(subtag) >= 0);
    return traditional && lower.indexOf('hans') < 0 ? 'zh-Hant' : 'zh-CN';
  }

  function browserLanguage() {
    const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (const tag of tags) {
      const language = languageFor(tag);
      if (language) return language;
    }
    return 'en';
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
  if (!shell || (navigator.serviceWorker && navigator.serviceWorker.controller)) return;
  const { settings, hasLines } = stored();
  const language = TEXTS[settings.language] ? settings.language : browserLanguage();
  const texts = TEXTS[language];
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
