//! The app's one stable sort. Each `sort_by` on a new element type or comparator compiles its
//! own copy of the standard library's sort, several KB of wasm each; these functions sort
//! positions through a comparator behind `dyn`, so every call shares one copy.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    rearrange(items, order);
}

/// Sorts `items` stably by a key computed once per item, as `slice::sort_by_cached_key` does.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = stable_order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    rearrange(items, order);
}

/// The positions `0..len` in the order `compare` gives them (stable).
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Puts `items` in `order`, a permutation of their positions.
fn rearrange<T>(items: &mut Vec<T>, order: Vec<usize>) {
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|position| taken[position].take()));
}
