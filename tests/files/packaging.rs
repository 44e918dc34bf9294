//! The packaging files in `dist/` agree with each other and with the app: one application id,
//! one version, one file type, icons at the sizes they claim. (`./check.sh` also runs
//! `desktop-file-validate` and `appstreamcli validate` on the Linux files.)

use kindred::APP_ID;
use std::path::{Path, PathBuf};

const VERSION: &str = env!("CARGO_PKG_VERSION");
const MIME: &str = "application/x-kindred";

fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

#[test]
fn the_desktop_entry_is_named_after_the_app_id_and_opens_kindred_files() {
    let entry = read(&format!("dist/linux/{APP_ID}.desktop"));
    let lines: Vec<&str> = entry.lines().collect();
    for line in [
        "Exec=kindred %f".to_owned(),
        format!("Icon={APP_ID}"),
        format!("StartupWMClass={APP_ID}"),
        format!("MimeType={MIME};"),
    ] {
        assert!(lines.contains(&line.as_str()), "the desktop entry has {line}");
    }
}

#[test]
fn the_metainfo_names_the_app_its_desktop_entry_and_this_version() {
    let metainfo = read(&format!("dist/linux/{APP_ID}.metainfo.xml"));
    assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")));
    assert!(metainfo.contains(&format!("<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>")));
    assert!(metainfo.contains(&format!("<mediatype>{MIME}</mediatype>")));
    assert!(metainfo.contains(&format!("<release version=\"{VERSION}\"")), "the newest release is {VERSION}");
}

#[test]
fn the_mime_type_covers_kindred_files() {
    let mime = read(&format!("dist/linux/{APP_ID}.mime.xml"));
    assert!(mime.contains(&format!("<mime-type type=\"{MIME}\">")));
    assert!(mime.contains("<glob pattern=\"*.kindred\"/>"));
    assert!(mime.contains(&format!("<icon name=\"{APP_ID}\"/>")));
}

#[test]
fn the_icons_are_the_size_their_names_say_and_the_window_uses_one() {
    for size in [16u32, 24, 32, 48, 64, 128, 256, 512] {
        let file = format!("assets/icon/png/{size}.png");
        let image = image::open(path(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!((image.width(), image.height()), (size, size), "{file}");
    }
    assert!(read("assets/icon/kindred.svg").starts_with("<svg"));
    let icon = kindred::ui::window_icon().expect("the window's icon decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
}

#[test]
fn the_deb_installs_every_file_it_names_under_the_app_id() {
    let manifest = read("Cargo.toml");
    let deb = manifest.split("[package.metadata.deb]").nth(1).expect("a [package.metadata.deb] table");
    let deb = deb.split("\n[").next().unwrap_or(deb);
    let sources: Vec<&str> =
        deb.lines().filter_map(|l| l.trim().strip_prefix("[\"")).filter_map(|l| l.split('"').next()).collect();
    assert!(sources.len() >= 14, "{sources:?}");
    for source in &sources {
        if *source != "target/release/kindred" {
            assert!(path(source).is_file(), "{source} exists");
        }
    }
    for destination in [
        "usr/share/applications/".to_owned(),
        "usr/share/metainfo/".to_owned(),
        "usr/share/mime/packages/".to_owned(),
        format!("usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
        format!("usr/share/icons/hicolor/256x256/apps/{APP_ID}.png"),
    ] {
        assert!(deb.contains(&destination), "the package installs {destination}");
    }
}

#[test]
fn the_macos_bundle_declares_the_app_id_the_version_and_the_document_type() {
    let plist = read("dist/macos/Info.plist");
    let value = |key: &str| {
        let after = plist.split(&format!("<key>{key}</key>")).nth(1).unwrap_or_else(|| panic!("{key} is there"));
        after.split("<string>").nth(1).and_then(|s| s.split("</string>").next()).unwrap_or_default().to_owned()
    };
    assert_eq!(value("CFBundleIdentifier"), APP_ID);
    assert_eq!(value("CFBundleShortVersionString"), VERSION);
    assert_eq!(value("CFBundleExecutable"), "kindred");
    assert!(plist.contains("<key>CFBundleDocumentTypes</key>"));
    assert!(plist.contains("<key>CFBundleTypeExtensions</key>\n\t\t\t<array>\n\t\t\t\t<string>kindred</string>"));
    assert!(plist.contains(&format!("<string>{MIME}</string>")));
}

#[test]
fn the_windows_installer_has_this_version_and_the_file_association() {
    let script = read("dist/windows/kindred.iss");
    assert!(script.contains(&format!("#define AppVersion \"{VERSION}\"")));
    assert!(script.contains(&format!("#define AppId \"{APP_ID}\"")));
    assert!(script.contains("ChangesAssociations=yes"));
    assert!(script.contains(
        r#"Subkey: "Software\Classes\.kindred"; ValueType: string; ValueName: ""; ValueData: "Kindred.Workspace""#
    ));
    assert!(script.contains(r#"ValueData: """{app}\kindred.exe"" ""%1""""#));
    assert!(path("assets/icon/kindred.ico").is_file());
}

#[test]
fn the_changelog_has_this_version() {
    let changelog = read("CHANGELOG.md");
    assert!(changelog.lines().any(|l| l.starts_with(&format!("## {VERSION} "))), "CHANGELOG.md has ## {VERSION}");
}
