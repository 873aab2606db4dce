//! A small set of ids, kept sorted and without repeats: stored as the same JSON array a
//! `BTreeSet<String>` gives, without a B-tree's code in the wasm for the few ids a checklist
//! keeps.

use serde::{Deserialize, Deserializer, Serialize};

use super::sorting;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct IdSet(Vec<String>);

impl IdSet {
    pub fn contains(&self, id: &str) -> bool {
        self.position(id).is_ok()
    }

    pub fn insert(&mut self, id: String) {
        if let Err(at) = self.position(&id) {
            self.0.insert(at, id);
        }
    }

    pub fn remove(&mut self, id: &str) {
        if let Ok(at) = self.position(id) {
            self.0.remove(at);
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter()
    }

    fn position(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|kept| kept.as_str().cmp(id))
    }
}

impl<'de> Deserialize<'de> for IdSet {
    /// Any array of ids: sorted and without repeats once read, whatever wrote it.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut ids = Vec::<String>::deserialize(deserializer)?;
        sorting::sort_by(&mut ids, |a, b| a.cmp(b));
        ids.dedup();
        Ok(IdSet(ids))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_any_array_into_a_set() {
        let read: IdSet = serde_json::from_str(r#"["b", "a", "b"]"#).unwrap();
        assert_eq!(read.iter().collect::<Vec<_>>(), ["a", "b"]);
        assert!(read.contains("a") && !read.contains("c"));
    }
}
