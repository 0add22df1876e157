//! Paging a collection newest first, from a cursor, in time proportional to the page.
//!
//! Each account keeps the ids of what it owns in creation order, which is ascending by index
//! and by `created`. So a cursor is found by binary search on the index, a `created` range by
//! binary search on time, and a page is read off from there. Only other filters (type,
//! currency, …) make a page scan past the items it skips.

use super::data::time::Timestamp;

/// Bounds on `created`, as `created[gt|gte|lt|lte]` or `created=` give them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimeRange {
    pub gt: Option<Timestamp>,
    pub gte: Option<Timestamp>,
    pub lt: Option<Timestamp>,
    pub lte: Option<Timestamp>,
}

impl TimeRange {
    fn lowest(&self) -> Option<Timestamp> {
        let gt = self.gt.map(|t| t.saturating_add(1));
        gt.into_iter().chain(self.gte).max()
    }

    fn highest(&self) -> Option<Timestamp> {
        let lt = self.lt.map(|t| t.saturating_sub(1));
        lt.into_iter().chain(self.lte).min()
    }
}

/// Where a page starts: the item after which (older) or before which (newer) it lies, as
/// the position of that item in the collection's index order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Cursor {
    #[default]
    Newest,
    StartingAfter(u32),
    EndingBefore(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListQuery {
    /// 1–100; Stripe's default is 10.
    pub limit: usize,
    pub cursor: Cursor,
    pub created: TimeRange,
}

impl Default for ListQuery {
    fn default() -> Self {
        ListQuery {
            limit: 10,
            cursor: Cursor::Newest,
            created: TimeRange::default(),
        }
    }
}

/// One page, newest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_more: bool,
}

/// Pages `ids` (ascending by `index_of` and by `created_of`) newest first.
///
/// `keep` filters beyond time; pages with a filter cost the items they skip as well.
pub fn page<T: Copy>(
    ids: &[T],
    query: &ListQuery,
    index_of: impl Fn(T) -> u32,
    created_of: impl Fn(T) -> Timestamp,
    keep: impl Fn(T) -> bool,
) -> Page<T> {
    page_by(ids.len(), |i| ids[i], query, index_of, created_of, keep)
}

/// [`page`] over `len` items that `at` gives by position rather than a slice (a whole arena,
/// whose ids are their positions).
pub fn page_by<T: Copy>(
    len: usize,
    at: impl Fn(usize) -> T,
    query: &ListQuery,
    index_of: impl Fn(T) -> u32,
    created_of: impl Fn(T) -> Timestamp,
    keep: impl Fn(T) -> bool,
) -> Page<T> {
    // The first position whose item fails `before` (which holds for a prefix).
    let partition = |before: &dyn Fn(T) -> bool| {
        let (mut low, mut high) = (0, len);
        while low < high {
            let mid = low + (high - low) / 2;
            if before(at(mid)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        low
    };
    let limit = query.limit.clamp(1, 100);
    let low = query
        .created
        .lowest()
        .map_or(0, |t| partition(&|id| created_of(id) < t));
    let high = query
        .created
        .highest()
        .map_or(len, |t| partition(&|id| created_of(id) <= t));
    let (low, high) = (low, high.max(low));
    match query.cursor {
        Cursor::Newest | Cursor::StartingAfter(_) => {
            let end = match query.cursor {
                Cursor::StartingAfter(after) => high.min(partition(&|id| index_of(id) < after)),
                _ => high,
            };
            let end = end.max(low);
            let mut older = (low..end).rev().map(&at).filter(|id| keep(*id));
            let items: Vec<T> = older.by_ref().take(limit).collect();
            let has_more = older.next().is_some();
            Page { items, has_more }
        }
        Cursor::EndingBefore(before) => {
            let start = low.max(partition(&|id| index_of(id) <= before)).min(high);
            let mut newer = (start..high).map(&at).filter(|id| keep(*id));
            let mut items: Vec<T> = newer.by_ref().take(limit).collect();
            let has_more = newer.next().is_some();
            items.reverse();
            Page { items, has_more }
        }
    }
}

/// One page of `ids` (ascending by `index_of`) oldest first: [`page`] read the other way.
/// `starting_after` gives the next (newer) items, `ending_before` the ones just before (older),
/// and `has_more` says whether more lie beyond the page in the direction it was read.
pub fn page_oldest_first<T: Copy>(ids: &[T], cursor: Cursor, limit: usize, index_of: impl Fn(T) -> u32) -> Page<T> {
    let limit = limit.clamp(1, 100);
    let (start, end, has_more) = match cursor {
        Cursor::Newest => (0, ids.len().min(limit), ids.len() > limit),
        Cursor::StartingAfter(after) => {
            let start = ids.partition_point(|id| index_of(*id) <= after);
            (start, ids.len().min(start + limit), ids.len() - start > limit)
        }
        Cursor::EndingBefore(before) => {
            let end = ids.partition_point(|id| index_of(*id) < before);
            (end.saturating_sub(limit), end, end > limit)
        }
    };
    Page {
        items: ids[start..end].to_vec(),
        has_more,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(ids: &[u32], query: ListQuery) -> (Vec<u32>, bool) {
        let page = page(ids, &query, |i| i, |i| i64::from(i / 10), |_| true);
        (page.items, page.has_more)
    }

    #[test]
    fn pages_newest_first_from_cursors() {
        let ids: Vec<u32> = (0..25).collect();
        let q = |limit, cursor| ListQuery {
            limit,
            cursor,
            created: TimeRange::default(),
        };
        let cases = [
            (q(3, Cursor::Newest), (vec![24, 23, 22], true)),
            (q(3, Cursor::StartingAfter(22)), (vec![21, 20, 19], true)),
            (q(3, Cursor::StartingAfter(2)), (vec![1, 0], false)),
            (q(3, Cursor::StartingAfter(0)), (vec![], false)),
            (q(3, Cursor::EndingBefore(19)), (vec![22, 21, 20], true)),
            (q(3, Cursor::EndingBefore(21)), (vec![24, 23, 22], false)),
            (q(100, Cursor::EndingBefore(24)), (vec![], false)),
            (q(0, Cursor::Newest), (vec![24], true)),
        ];
        for (query, expected) in cases {
            assert_eq!(run(&ids, query), expected, "{query:?}");
        }
    }

    #[test]
    fn created_ranges() {
        let ids: Vec<u32> = (0..25).collect(); // created = id / 10
        let range = |gte, lt| TimeRange {
            gte,
            lt,
            ..TimeRange::default()
        };
        let q = |created| ListQuery {
            limit: 100,
            cursor: Cursor::Newest,
            created,
        };
        assert_eq!(run(&ids, q(range(Some(2), None))).0, vec![24, 23, 22, 21, 20]);
        assert_eq!(run(&ids, q(range(None, Some(1)))).0, (0..10).rev().collect::<Vec<_>>());
        assert_eq!(
            run(&ids, q(range(Some(1), Some(2)))).0,
            (10..20).rev().collect::<Vec<_>>()
        );
        assert_eq!(run(&ids, q(range(Some(5), Some(1)))).0, Vec::<u32>::new());
        let gt = TimeRange {
            gt: Some(1),
            ..TimeRange::default()
        };
        assert_eq!(run(&ids, q(gt)).0, vec![24, 23, 22, 21, 20]);
    }

    #[test]
    fn filters_skip_items() {
        let ids: Vec<u32> = (0..25).collect();
        let query = ListQuery {
            limit: 2,
            ..ListQuery::default()
        };
        let odd = page(&ids, &query, |i| i, |_| 0, |i| i % 2 == 1);
        assert_eq!((odd.items, odd.has_more), (vec![23, 21], true));
    }

    #[test]
    fn oldest_first_pages_from_cursors() {
        let ids: Vec<u32> = (1..=7).collect();
        let run = |limit, cursor| {
            let page = page_oldest_first(&ids, cursor, limit, |i| i);
            (page.items, page.has_more)
        };
        assert_eq!(run(3, Cursor::Newest), (vec![1, 2, 3], true));
        assert_eq!(run(3, Cursor::StartingAfter(3)), (vec![4, 5, 6], true));
        assert_eq!(run(3, Cursor::StartingAfter(6)), (vec![7], false));
        assert_eq!(run(3, Cursor::StartingAfter(7)), (vec![], false));
        assert_eq!(run(3, Cursor::EndingBefore(7)), (vec![4, 5, 6], true));
        assert_eq!(run(3, Cursor::EndingBefore(3)), (vec![1, 2], false));
        assert_eq!(run(10, Cursor::Newest), ((1..=7).collect(), false));
    }

    #[test]
    fn page_by_position_pages_like_slices() {
        // The same cases as `page`'s, over positions 0..25 given by position.
        let by_position = |limit, cursor, keep: fn(u32) -> bool| {
            let query = ListQuery {
                limit,
                cursor,
                created: TimeRange::default(),
            };
            page_by(25, |i| i as u32, &query, |i| i, |_| 0, keep)
        };
        let run = |limit, cursor| {
            let page = by_position(limit, cursor, |_| true);
            (page.items, page.has_more)
        };
        assert_eq!(run(3, Cursor::Newest), (vec![24, 23, 22], true));
        assert_eq!(run(3, Cursor::StartingAfter(22)), (vec![21, 20, 19], true));
        assert_eq!(run(3, Cursor::StartingAfter(2)), (vec![1, 0], false));
        assert_eq!(run(3, Cursor::StartingAfter(0)), (vec![], false));
        assert_eq!(run(3, Cursor::EndingBefore(19)), (vec![22, 21, 20], true));
        assert_eq!(run(3, Cursor::EndingBefore(21)), (vec![24, 23, 22], false));
        assert_eq!(run(100, Cursor::EndingBefore(24)), (vec![], false));
        let odd = by_position(2, Cursor::Newest, |i| i % 2 == 1);
        assert_eq!((odd.items, odd.has_more), (vec![23, 21], true));
    }
}
