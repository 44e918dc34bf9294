//! UI preferences, kept apart from the workspace in the config directory.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files the File menu lists.
pub const RECENT_LIMIT: usize = 10;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
    /// Black on white with strong lines: present mode's look, for poor screens and eyes.
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 4] =
        [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast];

    /// The theme's name in the current language.
    pub fn label(self) -> String {
        match self {
            ThemeChoice::System => crate::t!("theme-system"),
            ThemeChoice::Light => crate::t!("theme-light"),
            ThemeChoice::Dark => crate::t!("theme-dark"),
            ThemeChoice::HighContrast => crate::t!("theme-high-contrast"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    pub zoom: f32,
    /// A language tag ("en", "da", "nb"); empty until chosen, then the system's is used.
    pub language: String,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Self { theme: ThemeChoice::System, zoom: 1.0, language: String::new(), recent: Vec::new() }
    }
}

impl Settings {
    /// Reads the settings; missing or damaged settings give the defaults (they are
    /// preferences, not data: losing them costs a click, refusing to start would cost more).
    pub fn load(path: &Path) -> Self {
        match std::fs::read_to_string(path) {
            Ok(text) => ron::from_str(&text).unwrap_or_else(|error| {
                log::warn!("{}: settings ignored: {error}", path.display());
                Self::default()
            }),
            Err(_) => Self::default(),
        }
    }

    pub fn save(&self, path: &Path) -> Result<(), String> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()).map_err(|e| e.to_string())?;
        crate::store::save::save_atomic(&mut crate::store::save::RealDisk, path, text.as_bytes(), 0)
            .map_err(|e| e.to_string())
    }

    /// Puts a file at the top of the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_LIMIT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_survives_damage() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("sub").join("settings.ron");
        let mut settings = Settings { theme: ThemeChoice::Dark, zoom: 1.5, ..Settings::default() };
        for n in 0..12 {
            settings.remember(&dir.path().join(format!("{n}.kindred")));
        }
        assert_eq!(settings.recent.len(), RECENT_LIMIT);
        assert!(settings.recent[0].ends_with("11.kindred"));
        settings.save(&path).expect("saves");
        assert_eq!(Settings::load(&path), settings);
        std::fs::write(&path, "((((").expect("write");
        assert_eq!(Settings::load(&path), Settings::default());
    }
}
