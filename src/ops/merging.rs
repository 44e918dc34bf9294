//! Sorted runs merged into one sorted list a part at a time, for a window that must not spend
//! more than a frame at once: a view that counts a big workspace a slice of people a frame
//! sorts each slice's findings as it comes (a run), and merges the runs over the next frames
//! instead of sorting everything in one (at 100,000 people, Milestones' year and Today's
//! people due for contact each took 20 ms and more to sort or make in one frame).

use std::cmp::Ordering;

/// Runs, each sorted in `order`, merged in that order a part at a time: [`Merging::step`]
/// until it says it is done, then [`Merging::finish`]; or the merged ones taken a part at a
/// time ([`Merging::take_merged`]). The runs' next items are compared where they lie (a heap
/// of the runs, by their next), and each item is moved once, to the end of the merged list.
/// Of two items in the same place in the order, the one of the earlier run comes first: runs
/// of slices taken in turn give what one stable sort of everything gives.
#[derive(Debug)]
pub struct Merging<T> {
    runs: Vec<std::vec::IntoIter<T>>,
    order: fn(&T, &T) -> Ordering,
    /// The runs with items left, as a heap: no run's next comes before that of the run above
    /// it (at `(place - 1) / 2`).
    heap: Vec<usize>,
    /// The merged ones not taken yet.
    merged: Vec<T>,
    /// How many are merged, taken or not, and how many there are in all.
    done: usize,
    total: usize,
}

impl<T> Merging<T> {
    /// The `runs`, each sorted in `order`, to be merged.
    pub fn of(runs: Vec<Vec<T>>, order: fn(&T, &T) -> Ordering) -> Self {
        let total = runs.iter().map(Vec::len).sum();
        let runs: Vec<_> = runs.into_iter().map(Vec::into_iter).collect();
        let heap = Vec::with_capacity(runs.len());
        let mut merging = Merging { runs, order, heap, merged: Vec::new(), done: 0, total };
        // Runs in order of their next items are a heap.
        let mut heap: Vec<usize> = (0..merging.runs.len()).filter(|run| merging.next(*run).is_some()).collect();
        heap.sort_by(|a, b| merging.compare(*a, *b));
        merging.heap = heap;
        merging
    }

    /// How many items are merged so far.
    pub fn merged(&self) -> usize {
        self.done
    }

    /// How many items there are to merge, in all.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Whether every item is merged.
    pub fn done(&self) -> bool {
        self.heap.is_empty()
    }

    /// The items merged since they were last taken, in order.
    pub fn take_merged(&mut self) -> Vec<T> {
        std::mem::take(&mut self.merged)
    }

    /// Merges up to `count` more items.
    pub fn step(&mut self, count: usize) {
        let mut left = count.min(self.total.saturating_sub(self.done));
        self.merged.reserve(left);
        let from = self.merged.len();
        while left > 0 {
            let Some(&first) = self.heap.first() else { break };
            let Some(run) = self.runs.get_mut(first) else { break };
            if self.heap.len() == 1 {
                // The last run left: the rest of it as it is.
                let before = self.merged.len();
                self.merged.extend(run.by_ref().take(left));
                left -= self.merged.len() - before;
            } else if let Some(item) = run.next() {
                self.merged.push(item);
                left -= 1;
            }
            if self.next(first).is_none() {
                self.heap.swap_remove(0);
            }
            self.sift_down();
        }
        self.done += self.merged.len() - from;
    }

    /// Merges up to `left` more items, and counts them off `left`: several mergings stepped in
    /// turn share one count a part. Returns whether this one is done.
    pub fn step_sharing(&mut self, left: &mut usize) -> bool {
        let before = self.merged();
        self.step(*left);
        *left = left.saturating_sub(self.merged() - before);
        self.done()
    }

    /// The items merged and not taken, the rest merged first.
    pub fn finish(mut self) -> Vec<T> {
        self.step(usize::MAX);
        self.merged
    }

    fn next(&self, run: usize) -> Option<&T> {
        self.runs.get(run).and_then(|run| run.as_slice().first())
    }

    /// The order of two runs by their next items (a run used up goes last).
    fn compare(&self, a: usize, b: usize) -> Ordering {
        match (self.next(a), self.next(b)) {
            (Some(x), Some(y)) => (self.order)(x, y).then(a.cmp(&b)),
            (x, y) => y.is_some().cmp(&x.is_some()),
        }
    }

    /// Puts the first run of the heap, whose next item has changed, in its place.
    fn sift_down(&mut self) {
        let mut place = 0;
        loop {
            let mut first = place;
            for child in [2 * place + 1, 2 * place + 2] {
                if let (Some(&c), Some(&f)) = (self.heap.get(child), self.heap.get(first))
                    && self.compare(c, f) == Ordering::Less
                {
                    first = child;
                }
            }
            if first == place {
                return;
            }
            self.heap.swap(place, first);
            place = first;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs ordered by their first only: the second tells which of equal ones came first.
    fn by_first(a: &(u32, u32), b: &(u32, u32)) -> Ordering {
        a.0.cmp(&b.0)
    }

    #[test]
    fn runs_merged_a_part_at_a_time_are_one_stable_sort_of_them_all() {
        // Slices of a list, each sorted on its own, some empty, with many ties across them.
        let all: Vec<(u32, u32)> = (0..2_000u32).map(|n| ((n * 7_919) % 97, n)).collect();
        let mut sorted = all.clone();
        sorted.sort_by(by_first);
        for (slice, part) in [(1, 1), (13, 5), (250, 64), (2_000, 3), (333, 10_000)] {
            let mut runs: Vec<Vec<(u32, u32)>> = vec![Vec::new()];
            for chunk in all.chunks(slice) {
                let mut run = chunk.to_vec();
                run.sort_by(by_first);
                runs.push(run);
                runs.push(Vec::new());
            }
            let mut merging = Merging::of(runs, by_first);
            assert_eq!(merging.total(), all.len());
            let mut taken = Vec::new();
            let mut parts = 0;
            while !merging.done() {
                let before = merging.merged();
                merging.step(part);
                assert_eq!(merging.merged() - before, part.min(all.len() - before), "{part} at a time");
                // Taken a part at a time, or all at the end.
                if part % 2 == 1 {
                    taken.extend(merging.take_merged());
                }
                parts += 1;
            }
            assert_eq!(parts, all.len().div_ceil(part));
            taken.extend(merging.finish());
            assert_eq!(taken, sorted, "slices of {slice}, parts of {part}");
        }
    }
}
