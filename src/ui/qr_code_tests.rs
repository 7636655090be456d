//! The code scans back to the text it was made from: decoded by an independent decoder
//! (`rqrr`) from a picture drawn the way the PNG download draws it.

use super::*;

/// Draws the matrix as greyscale pixels, `scale` per module, and decodes it.
fn decode(matrix: &QrMatrix, scale: usize) -> String {
    let px = matrix.size() * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
        if matrix.is_dark(x / scale, y / scale) {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code in the picture");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn given_a_guest_link_should_scan_back_to_that_link() {
    let url = "https://media.example.edu/guest/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA";
    let matrix = QrMatrix::encode(url).unwrap();
    assert_eq!(decode(&matrix, 4), url);
}

#[test]
fn given_any_code_should_keep_a_quiet_zone_of_four_light_modules() {
    let matrix = QrMatrix::encode("https://x.test/i/abc").unwrap();
    let n = matrix.size();
    for i in 0..n {
        for edge in 0..QUIET {
            assert!(!matrix.is_dark(i, edge) && !matrix.is_dark(i, n - 1 - edge));
            assert!(!matrix.is_dark(edge, i) && !matrix.is_dark(n - 1 - edge, i));
        }
    }
    // The finder pattern's corner starts right inside the quiet zone.
    assert!(matrix.is_dark(QUIET, QUIET));
}

#[test]
fn given_runs_should_cover_exactly_the_dark_modules() {
    let matrix = QrMatrix::encode("https://x.test/guest/t").unwrap();
    let mut from_runs = vec![false; matrix.size() * matrix.size()];
    for (x, y, len) in matrix.runs() {
        for dx in 0..len {
            from_runs[y * matrix.size() + x + dx] = true;
        }
    }
    assert_eq!(from_runs, matrix.dark);
}

#[test]
fn given_the_svg_file_should_draw_the_same_path_on_white() {
    let matrix = QrMatrix::encode("https://x.test/guest/t").unwrap();
    let svg = matrix.svg_document(8);
    let n = matrix.size();
    assert!(svg.contains(&format!(r#"width="{}""#, n * 8)));
    assert!(svg.contains(&format!(r#"viewBox="0 0 {n} {n}""#)));
    assert!(svg.contains(&format!(r##"<path d="{}" fill="#000"/>"##, matrix.path())));
}

#[test]
fn given_text_beyond_any_version_should_refuse() {
    assert_eq!(QrMatrix::encode(&"x".repeat(5000)), None);
}
