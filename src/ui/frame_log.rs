//! `KINDRED_FRAME_LOG=PATH`: one line per frame appended to PATH, so that anyone can check
//! how a real session felt: `<milliseconds since start> <CPU milliseconds of the frame> <view>`.
//! The CPU time is the UI thread's own, measured around the app's update of the frame (drawing
//! and applying what the person did; egui's tessellation and the GPU come after it). Each line
//! is written as the frame ends, unbuffered, so a log read while Kindred runs is complete. Unset,
//! it costs one `Option` check a frame.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

/// The variable that turns the log on.
pub const VARIABLE: &str = "KINDRED_FRAME_LOG";

pub struct FrameLog {
    file: File,
    started: Instant,
}

impl FrameLog {
    /// The log `KINDRED_FRAME_LOG` asks for, if it does and the file can be opened (a warning
    /// on standard error when it cannot: the app runs on without it).
    pub fn from_env() -> Option<Self> {
        let path = std::env::var_os(VARIABLE)?;
        match Self::open(Path::new(&path)) {
            Ok(log) => Some(log),
            Err(error) => {
                eprintln!("kindred: {VARIABLE}: {}: {error}", Path::new(&path).display());
                None
            }
        }
    }

    pub fn open(path: &Path) -> std::io::Result<Self> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Self { file, started: Instant::now() })
    }

    /// Times `frame` and writes its line.
    pub fn time<T>(&mut self, view: &str, frame: impl FnOnce() -> T) -> T {
        let (cpu_before, wall_before) = (thread_cpu_time(), Instant::now());
        let result = frame();
        let cpu = match (cpu_before, thread_cpu_time()) {
            (Some(before), Some(after)) => after.saturating_sub(before),
            // No CPU clock for threads here: the wall time of the update stands in.
            _ => wall_before.elapsed(),
        };
        let since = self.started.elapsed();
        let line = format!("{:.3} {:.3} {view}\n", ms(since), ms(cpu));
        // A log that cannot be written is no reason to stop the app.
        let _ = self.file.write_all(line.as_bytes());
        result
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

#[cfg(unix)]
fn thread_cpu_time() -> Option<Duration> {
    let time = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    let seconds = u64::try_from(time.tv_sec).ok()?;
    let nanos = u32::try_from(time.tv_nsec).ok()?;
    Some(Duration::new(seconds, nanos))
}

#[cfg(not(unix))]
fn thread_cpu_time() -> Option<Duration> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_frame_is_a_line_of_time_cpu_time_and_view_written_at_once() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("frames.log");
        let mut log = FrameLog::open(&path).expect("opens");
        let busy = log.time("people", || (0..200_000u64).map(std::hint::black_box).sum::<u64>());
        assert!(busy > 0);
        log.time("board", || ());
        let text = std::fs::read_to_string(&path).expect("written without being closed");
        let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split(' ').collect()).collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert_eq!((lines[0][2], lines[1][2]), ("people", "board"));
        let number = |s: &str| s.parse::<f64>().expect("a number of milliseconds");
        assert!(number(lines[0][1]) > 0.0, "the busy frame took CPU time: {text}");
        assert!(number(lines[1][0]) >= number(lines[0][0]), "times since start grow: {text}");
    }
}
