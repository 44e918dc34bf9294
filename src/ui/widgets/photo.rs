//! Photos for profiles: a PNG or JPEG file made small enough to live in the workspace.

use crate::model::Photo;
use crate::t;
use image::{DynamicImage, ImageFormat, ImageReader};
use std::io::Cursor;
use std::path::Path;

/// The longest side of a stored photo, in pixels.
pub const MAX_SIDE: u32 = 256;
/// The largest file accepted, before scaling.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// Quality of re-encoded JPEG photos (0–100).
const JPEG_QUALITY: u8 = 85;

/// Reads a PNG or JPEG file and scales it for the workspace; the error is a sentence to show,
/// in the current language, naming the file (what the image library adds stays as it says it).
/// A path typed by hand may start with `~`, the home folder.
pub fn from_file(path: &Path) -> Result<Photo, String> {
    let path = &match path.to_str() {
        Some(typed) => crate::store::paths::expand_home(typed),
        None => path.to_path_buf(),
    };
    let unreadable = |e: std::io::Error| {
        t!("profile-photo-unreadable-file", path = path.display().to_string(), error = crate::store::io_reason(&e))
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_big(size));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    from_bytes(&bytes)
}

/// Decodes PNG or JPEG bytes, scales them to at most [`MAX_SIDE`] pixels on the longest side
/// and encodes them again in the same format.
pub fn from_bytes(bytes: &[u8]) -> Result<Photo, String> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| t!("profile-photo-broken", error = e.to_string()))?;
    let format = match reader.format() {
        Some(format @ (ImageFormat::Png | ImageFormat::Jpeg)) => format,
        _ => return Err(t!("profile-photo-not-an-image")),
    };
    let image = reader.decode().map_err(|e| t!("profile-photo-broken", error = e.to_string()))?;
    let image = scaled(image);
    let mut encoded = Vec::new();
    let mime = if format == ImageFormat::Jpeg {
        let rgb = image.to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut encoded, JPEG_QUALITY)
            .encode_image(&rgb)
            .map_err(|e| t!("profile-photo-not-stored", error = e.to_string()))?;
        "image/jpeg"
    } else {
        image
            .write_to(&mut Cursor::new(&mut encoded), ImageFormat::Png)
            .map_err(|e| t!("profile-photo-not-stored", error = e.to_string()))?;
        "image/png"
    };
    Ok(Photo::from_bytes(mime, &encoded))
}

/// The stored photo as pixels for a texture.
pub fn to_color_image(photo: &Photo) -> Result<egui::ColorImage, String> {
    let bytes = photo.bytes().map_err(|_| t!("profile-photo-damaged"))?;
    let image =
        image::load_from_memory(&bytes).map_err(|e| t!("profile-photo-stored-unreadable", error = e.to_string()))?;
    let rgba = image.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(size, rgba.as_raw()))
}

fn scaled(image: DynamicImage) -> DynamicImage {
    if image.width().max(image.height()) <= MAX_SIDE {
        return image;
    }
    // `resize` keeps the aspect ratio and fits the image inside the box.
    image.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Lanczos3)
}

fn too_big(size: u64) -> String {
    t!("profile-photo-too-big", size = size.div_ceil(1024 * 1024), limit = MAX_FILE_BYTES / (1024 * 1024))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
        let image = DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        }));
        let mut bytes = Vec::new();
        image.write_to(&mut Cursor::new(&mut bytes), format).expect("encodes");
        bytes
    }

    #[test]
    fn large_photos_are_scaled_to_256_on_the_longest_side() {
        for (format, mime) in [(ImageFormat::Png, "image/png"), (ImageFormat::Jpeg, "image/jpeg")] {
            let photo = from_bytes(&encoded(1024, 512, format)).expect("a photo");
            assert_eq!(photo.mime, mime);
            let image = to_color_image(&photo).expect("decodes");
            assert_eq!(image.size, [256, 128], "{mime}");
        }
    }

    #[test]
    fn small_photos_keep_their_size() {
        let photo = from_bytes(&encoded(40, 60, ImageFormat::Png)).expect("a photo");
        assert_eq!(to_color_image(&photo).expect("decodes").size, [40, 60]);
    }

    #[test]
    fn other_files_are_refused_with_a_reason() {
        assert_eq!(from_bytes(b"hello, not an image").expect_err("refused"), "This is not a PNG or JPEG image");
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
        assert_eq!(from_bytes(gif).expect_err("refused"), "This is not a PNG or JPEG image");
        let mut broken = encoded(10, 10, ImageFormat::Png);
        broken.truncate(40);
        assert!(from_bytes(&broken).expect_err("refused").starts_with("The image cannot be read"));
    }

    #[test]
    fn files_over_20_mb_are_refused_before_reading() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("huge.png");
        let file = std::fs::File::create(&path).expect("file");
        file.set_len(MAX_FILE_BYTES + 1).expect("size");
        assert_eq!(from_file(&path).expect_err("refused"), "The file is 21 MB; photos up to 20 MB are accepted");
        let missing = dir.path().join("missing.png");
        let said = from_file(&missing).expect_err("refused");
        assert!(said.contains(&missing.display().to_string()) && said.contains("does not exist"), "{said}");
    }

    #[test]
    fn refusals_are_in_the_language_of_the_app() {
        crate::i18n::set_language(crate::i18n::Lang::Da);
        assert_eq!(from_bytes(b"hello").expect_err("refused"), "Dette er ikke et PNG- eller JPEG-billede");
        assert_eq!(too_big(21 * 1024 * 1024), "Filen fylder 21 MB; der tages imod fotos på op til 20 MB");
        let damaged = Photo { mime: "image/png".into(), base64: "not base64 at all!".into() };
        assert_eq!(to_color_image(&damaged).expect_err("refused"), "det gemte foto er beskadiget");
        crate::i18n::set_language(crate::i18n::Lang::Nb);
        assert_eq!(from_bytes(b"hello").expect_err("refused"), "Dette er ikke et PNG- eller JPEG-bilde");
        crate::i18n::set_language(crate::i18n::Lang::En);
    }
}
