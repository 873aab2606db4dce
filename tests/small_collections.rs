//! Property tests of the domain's small stand-ins for standard collections, which exist to keep
//! the wasm small: the shared stable sort and the checklist's set of ids.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use linekeeper::domain::id_set::IdSet;
use linekeeper::domain::sorting;
use proptest::prelude::*;

fn any_pairs() -> impl Strategy<Value = Vec<(u8, u16)>> {
    proptest::collection::vec((0u8..5, any::<u16>()), 0..60)
}

proptest! {
    #[test]
    fn sorts_as_the_standard_stable_sort(pairs in any_pairs()) {
        let mut ours = pairs.clone();
        sorting::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut standard = pairs;
        standard.sort_by_key(|pair| pair.0);
        prop_assert_eq!(ours, standard);
    }

    #[test]
    fn sorts_by_cached_key_as_the_standard_one(pairs in any_pairs()) {
        let mut ours = pairs.clone();
        sorting::sort_by_cached_key(&mut ours, |pair| pair.0);
        let mut standard = pairs;
        standard.sort_by_cached_key(|pair| pair.0);
        prop_assert_eq!(ours, standard);
    }

    #[test]
    fn an_id_set_behaves_and_is_stored_as_a_btree_set(steps in proptest::collection::vec((any::<bool>(), "[a-d]{1,2}"), 0..40)) {
        let (mut ours, mut tree) = (IdSet::default(), BTreeSet::new());
        for (add, id) in steps {
            if add {
                ours.insert(id.clone());
                tree.insert(id);
            } else {
                ours.remove(&id);
                tree.remove(&id);
            }
            prop_assert_eq!(ours.len(), tree.len());
            prop_assert_eq!(ours.iter().collect::<Vec<_>>(), tree.iter().collect::<Vec<_>>());
        }
        prop_assert_eq!(serde_json::to_string(&ours).unwrap(), serde_json::to_string(&tree).unwrap());
    }
}
