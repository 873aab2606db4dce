// What a twiggy item is, from its demangled name: which crate it belongs to, which of our own
// modules, whether it is a function, and a short name to print.

/** Our crate, whose modules the size story breaks down further. */
export const OWN_CRATE = 'linekeeper';

const PRIMITIVE = String.raw`(?:\(\)|bool|char|str|\[u8\]|[iuf](?:8|16|32|64|128|size))`;

/**
 * The path an item's cost is counted under: the leading `<`, `&`, `[` of an impl and its self
 * type are dropped when the self type is a generic, a primitive or a `dyn`, so that
 * `<T as tachys::view::Render>::build` is tachys's (a generic's cost goes to its trait's crate).
 */
function ownerPath(item) {
  return item.replace(new RegExp(String.raw`^[<&\[\s]*(?:dyn\s+|mut\s+)?(?:(?:[A-Z]\w*|${PRIMITIVE})\s+as\s+)?`), '');
}

/** wasm-bindgen's generated exports and shims: named after JS glue, not after a Rust path. */
const BINDGEN_GLUE = /^(?:main|__wbindgen_\w+|__wbg_\w+|__externref_\w+|intounderlying\w+|Closure\(|Ref\(|.* externref shim$)/;

/**
 * The crate a demangled item belongs to: `<leptos::X as Y>::f` → leptos, `core[9a1b…]::fmt::…`
 * → core, `<T as tachys::view::Render>::build` → tachys, `<str>::to_lowercase` → core.
 */
export function crateOf(item) {
  const path = ownerPath(item);
  const match = path.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (match) return match[1] === '__rustc' ? 'alloc' : match[1];
  if (new RegExp(`^${PRIMITIVE}>`).test(path)) return 'core';
  if (/^(memcmp|memcpy|memmove|memset|__multi3)$/.test(item)) return 'compiler_builtins';
  if (BINDGEN_GLUE.test(item)) return '(wasm-bindgen glue)';
  if (/^data segment/.test(item) || /^(code|data)\[\d+\]$/.test(item)) return '(data: strings and tables)';
  if (/^(import|export|elem|table|memory|global|type|func)|headers$|magic bytes$|^custom section/.test(item)) {
    return '(wasm tables and imports)';
  }
  return '(other)';
}

// A module's name is lower snake case; `_` (serde's derive scope), `__component_*` (Leptos's
// component wrappers), a type, an `<impl …>`, a `{{closure}}` or the `h<hash>` end it.
const isModuleLike = (segment) => /^[a-z][a-z0-9_]*$/.test(segment) && !/^h[0-9a-f]{16}$/.test(segment);

/**
 * Our module an item of our crate belongs to, two levels deep: `linekeeper::ui::line_form::LineForm`
 * → `ui::line_form`, `linekeeper::storage::load::h…` → `storage`, `<linekeeper::domain::line::Line
 * as Clone>::clone` → `domain::line`; a function at the crate root is its own row (`main`).
 * null for other crates' items.
 */
export function ownModuleOf(item) {
  const path = ownerPath(item);
  if (!path.startsWith(`${OWN_CRATE}::`)) return null;
  const segments = path.slice(OWN_CRATE.length + 2).split('::');
  const modules = [];
  while (modules.length < segments.length && isModuleLike(segments[modules.length])) modules.push(segments[modules.length]);
  const next = segments[modules.length];
  // Followed by a hash or a closure (or nothing), the last lower-case name is a function's.
  const endsInFunction = next === undefined || next === '{{closure}}' || /^h[0-9a-f]{16}$/.test(next);
  const inModules = endsInFunction && modules.length > 1 ? modules.slice(0, -1) : modules;
  return inModules.slice(0, 2).join('::') || '(crate root)';
}

/** Code, as opposed to data segments, tables, imports, headers and custom sections. */
export function isFunction(item) {
  const crate = crateOf(item);
  return !crate.startsWith('(') || crate === '(wasm-bindgen glue)';
}

/** A name to print: no `::h<hash>`, no `[hash]` crate disambiguators, no wasm-opt `.123` suffix. */
export function shortName(item) {
  return item.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '').replace(/\.\d+$/, '');
}
