//! Undo and redo.

use super::edit::{Edit, EditError, apply};
use crate::model::Workspace;

/// How many steps undo remembers.
pub const UNDO_LIMIT: usize = 500;

/// The undo and redo stacks of one open workspace, and which state is saved.
///
/// Every state the workspace passes through gets a number; the workspace is unsaved when the
/// current number differs from the saved one, so undoing back to the saved state makes it
/// clean again. The numbers are unique in the whole process, not only within one history, so
/// a view that caches what it computed for a state number never mistakes a reloaded or
/// restored workspace for the one it saw before.
#[derive(Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    current: u64,
    saved: Option<u64>,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

/// The next state number of the process.
fn fresh_state() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Debug)]
struct Step {
    label: String,
    /// The edit that takes the workspace back to `state_before`.
    inverse: Edit,
    state_before: u64,
}

impl History {
    /// A history whose current state is the saved one.
    pub fn new() -> Self {
        let state = fresh_state();
        Self { undo: Vec::new(), redo: Vec::new(), current: state, saved: Some(state) }
    }

    /// Applies an edit as one undo step.
    pub fn apply(&mut self, workspace: &mut Workspace, label: impl Into<String>, edit: Edit) -> Result<(), EditError> {
        let inverse = apply(workspace, edit)?;
        self.undo.push(Step { label: label.into(), inverse, state_before: self.current });
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.current = fresh_state();
        Ok(())
    }

    /// Undoes the last step and returns its label.
    pub fn undo(&mut self, workspace: &mut Workspace) -> Option<String> {
        let step = self.undo.pop()?;
        self.replay(workspace, step, true)
    }

    /// Redoes the last undone step and returns its label.
    pub fn redo(&mut self, workspace: &mut Workspace) -> Option<String> {
        let step = self.redo.pop()?;
        self.replay(workspace, step, false)
    }

    fn replay(&mut self, workspace: &mut Workspace, step: Step, undoing: bool) -> Option<String> {
        match apply(workspace, step.inverse) {
            Ok(inverse) => {
                let back = Step { label: step.label.clone(), inverse, state_before: self.current };
                if undoing {
                    self.redo.push(back)
                } else {
                    self.undo.push(back)
                }
                self.current = step.state_before;
                Some(step.label)
            }
            Err(error) => {
                // An inverse always fits the state it was recorded for; if one does not, the
                // history no longer describes this workspace and is dropped rather than trusted.
                log::error!("undo history did not fit the workspace ({error}); history cleared");
                self.undo.clear();
                self.redo.clear();
                None
            }
        }
    }

    /// A number for the workspace's current state: equal numbers, equal workspaces.
    pub fn state(&self) -> u64 {
        self.current
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Whether the workspace differs from what was last saved (or loaded).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.current)
    }

    /// Records that the current state is on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.current);
    }

    /// Marks `state` as the saved one: a save that began in that state has ended, and edits
    /// made meanwhile stay unsaved.
    pub fn mark_saved_at(&mut self, state: u64) {
        self.saved = Some(state);
    }

    /// Records that the current state is not on disk (restored from recovery, say).
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    #[test]
    fn undo_redo_and_the_saved_state() {
        let mut ws = Workspace::named("Shop");
        let mut history = History::new();
        assert!(!history.is_dirty());
        history
            .apply(&mut ws, "Add person", Edit::InsertPerson { index: 0, person: Box::new(Person::named("Anna")) })
            .expect("applies");
        history.apply(&mut ws, "Rename workspace", Edit::RenameWorkspace("Bakery".into())).expect("applies");
        assert!(history.is_dirty());
        history.mark_saved();
        assert_eq!(history.undo(&mut ws).as_deref(), Some("Rename workspace"));
        assert_eq!(ws.name, "Shop");
        assert!(history.is_dirty());
        assert_eq!(history.redo_label(), Some("Rename workspace"));
        assert_eq!(history.redo(&mut ws).as_deref(), Some("Rename workspace"));
        assert_eq!(ws.name, "Bakery");
        assert!(!history.is_dirty(), "back at the saved state");
        history.undo(&mut ws);
        history.undo(&mut ws);
        assert!(ws.people.is_empty());
        assert_eq!(history.undo(&mut ws), None);
    }

    #[test]
    fn state_numbers_never_repeat_across_histories() {
        let mut ws = Workspace::named("Shop");
        let mut first = History::new();
        first.apply(&mut ws, "a", Edit::RenameWorkspace("A".into())).expect("applies");
        let second = History::new();
        assert_ne!(second.state(), first.state(), "a reloaded workspace is not the state a cache saw");
        assert!(!second.is_dirty());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut ws = Workspace::named("Shop");
        let mut history = History::new();
        history.apply(&mut ws, "a", Edit::RenameWorkspace("A".into())).expect("applies");
        history.undo(&mut ws);
        history.apply(&mut ws, "b", Edit::RenameWorkspace("B".into())).expect("applies");
        assert_eq!(history.redo_label(), None);
    }

    #[test]
    fn the_limit_drops_the_oldest_steps() {
        let mut ws = Workspace::named("0");
        let mut history = History::new();
        for i in 0..UNDO_LIMIT + 10 {
            history.apply(&mut ws, "rename", Edit::RenameWorkspace(i.to_string())).expect("applies");
        }
        let mut undone = 0;
        while history.undo(&mut ws).is_some() {
            undone += 1;
        }
        assert_eq!(undone, UNDO_LIMIT);
        assert_eq!(ws.name, "9");
    }
}
