//! The `kindred` binary: the command line, then the app or a subcommand.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = kindred::cli::Cli::parse();
    match cli.command {
        Some(command) => kindred::cli::run(command),
        None => kindred::ui::run(cli.file),
    }
}
