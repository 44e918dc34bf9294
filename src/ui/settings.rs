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
    /// The folder the last export went to, where the next is offered.
    pub export_folder: Option<PathBuf>,
    /// Each workspace's calendar and contacts server, by the workspace's path.
    pub servers: std::collections::BTreeMap<PathBuf, super::sync::ServerSettings>,
    /// The name this computer's changes are stamped with ("changed by Anna"); empty: the
    /// account's full name.
    pub user_name: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            language: String::new(),
            recent: Vec::new(),
            export_folder: None,
            servers: Default::default(),
            user_name: String::new(),
        }
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

    /// Remembers the folder of a file just exported, for the next export.
    pub fn remember_export(&mut self, path: &Path) {
        let folder = std::fs::canonicalize(path).ok().and_then(|p| p.parent().map(Path::to_path_buf));
        if folder.is_some() {
            self.export_folder = folder;
        }
    }

    /// Where to offer an export: the last export's folder while it is there, else the
    /// Documents folder (or home).
    pub fn export_folder(&self) -> Option<PathBuf> {
        self.export_folder.clone().filter(|folder| folder.is_dir()).or_else(crate::store::paths::documents_folder)
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

    #[test]
    fn the_last_export_folder_is_offered_while_it_is_there() {
        let dir = tempfile::tempdir().expect("dir");
        let folder = dir.path().join("handouts");
        std::fs::create_dir(&folder).expect("folder");
        let file = folder.join("map.html");
        std::fs::write(&file, "<html>").expect("write");
        let mut settings = Settings::default();
        settings.remember_export(&folder.join("never-written.csv"));
        assert_eq!(settings.export_folder, None, "a file that is not there says nothing");
        settings.remember_export(&file);
        let remembered = std::fs::canonicalize(&folder).expect("canonical");
        assert_eq!(settings.export_folder(), Some(remembered.clone()));
        let path = dir.path().join("settings.ron");
        settings.save(&path).expect("saves");
        assert_eq!(Settings::load(&path).export_folder, Some(remembered.clone()), "kept between runs");
        std::fs::remove_dir_all(&folder).expect("removed");
        assert_ne!(settings.export_folder(), Some(remembered), "a folder gone is not offered");
    }
}
