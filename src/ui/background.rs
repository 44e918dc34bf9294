//! The window's work on threads of its own (a save, an import read, a file opened, a merge, a
//! sync, the reminders), started by [`spawn`]: in the app's language, and behind the window's
//! thread for the processor.
//!
//! A thread is often started in the frame right after an edit (the autosave is). The system
//! may put a new thread on the window's own core and run it there first, leaving the window to
//! wait for the next tick of the scheduler (4 ms) although the other core is idle: the `edits`
//! bench showed such frames at 4–6 ms where their like took 1. A thread started here first
//! lowers its own priority (Linux's nice value, a thread's own there), which hands the core back
//! to the window at once; the work still gets every core the window leaves idle.

use std::io;
use std::thread::JoinHandle;

/// How far below the window a thread of its work runs, in nice steps (19 at most).
const BELOW_THE_WINDOW: i32 = 10;

/// Starts `work` on a thread named `name`, in the app's language (it is per thread) and below
/// the window's priority.
pub fn spawn<T: Send + 'static>(name: &str, work: impl FnOnce() -> T + Send + 'static) -> io::Result<JoinHandle<T>> {
    let language = crate::i18n::language();
    std::thread::Builder::new().name(name.to_owned()).spawn(move || {
        give_way_to_the_window();
        crate::i18n::set_language(language);
        work()
    })
}

/// Lowers the calling thread's priority; where it cannot, the thread runs as it is.
fn give_way_to_the_window() {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{getpriority_process, setpriority_process};
        let thread = Some(rustix::thread::gettid());
        if let Ok(now) = getpriority_process(thread) {
            if setpriority_process(thread, (now + BELOW_THE_WINDOW).min(19)).is_ok() {
                // The system does not always switch when a running thread's priority falls.
                std::thread::yield_now();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_runs_in_the_language_of_the_app_that_started_it() {
        crate::i18n::set_language(crate::i18n::Lang::Da);
        let language = spawn("kindred-test", crate::i18n::language).expect("started").join().expect("ran");
        assert_eq!(language, crate::i18n::Lang::Da);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn work_runs_below_the_thread_that_started_it() {
        fn own() -> i32 {
            rustix::process::getpriority_process(Some(rustix::thread::gettid())).expect("read")
        }
        let window = own();
        let work = spawn("kindred-test", own).expect("started").join().expect("ran");
        assert_eq!(work, (window + BELOW_THE_WINDOW).min(19), "the window's own is {window}");
        assert_eq!(own(), window, "the starting thread's priority is its own");
    }
}
