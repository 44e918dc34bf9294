//! The command line: `kindred [FILE]` opens the app; subcommands work headless.

use crate::store::{self, lock};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "kindred", version, about = "Know your customers as people.", args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// The workspace to open (default: kindred/workspace.kindred in your data directory).
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that a workspace file can be read. Exit status: 0 valid, 1 invalid, 2 unreadable,
    /// 3 written by a newer version.
    Check { file: PathBuf },
    /// Write a generated workspace for trying things out and for benchmarks.
    Demo {
        /// How many people to generate.
        #[arg(long, default_value_t = 100)]
        people: usize,
        file: PathBuf,
    },
}

/// Runs a subcommand and returns the process's exit status.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check { file } => check(&file),
        Command::Demo { people, file } => demo(people, &file),
    }
}

fn check(file: &Path) -> ExitCode {
    match store::load(file) {
        Ok(loaded) => {
            let decoded = &loaded.decoded;
            if !decoded.unknown_fields.is_empty() {
                eprintln!("{}: unknown fields: {}", file.display(), decoded.unknown_fields.join(", "));
                return ExitCode::from(1);
            }
            if decoded.version > crate::model::FORMAT_VERSION {
                eprintln!(
                    "{}: written by a newer Kindred (format {}); this version reads format {}",
                    file.display(),
                    decoded.version,
                    crate::model::FORMAT_VERSION
                );
                return ExitCode::from(3);
            }
            let ws = &decoded.workspace;
            println!(
                "{}: valid Kindred workspace (format {}): {} people, {} journey maps",
                file.display(),
                decoded.version,
                ws.people.len(),
                ws.journeys.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(error.exit_code())
        }
    }
}

fn demo(people: usize, file: &Path) -> ExitCode {
    let _lock = match lock_for_writing(file) {
        Ok(lock) => lock,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(1);
        }
    };
    let workspace = crate::ops::demo::generate(people, chrono::Local::now().date_naive());
    match store::save(file, &workspace) {
        Ok(_) => {
            println!("{}: wrote a demo workspace with {people} people", file.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(1)
        }
    }
}

/// Locks a workspace before a command writes it; refuses when anyone else holds it.
fn lock_for_writing(file: &Path) -> Result<lock::Lock, String> {
    let shown = file.display();
    match lock::acquire(file) {
        Ok(lock::LockOutcome::Acquired(lock)) => Ok(lock),
        Ok(lock::LockOutcome::HeldHere(holder)) => {
            Err(format!("{shown}: is open in Kindred by {holder}; close it there first"))
        }
        Ok(lock::LockOutcome::HeldElsewhere(holder)) => Err(format!(
            "{shown}: is open in Kindred by {holder}; if that program is gone, delete {} and try again",
            store::paths::lock_path(file).display()
        )),
        Ok(lock::LockOutcome::Unreadable(reason)) => Err(reason),
        Err(error) => Err(format!("{shown}: cannot lock the workspace: {error}")),
    }
}
