//! Embeds every catalog in `locales/`: adding a language is adding a `.ftl` file there.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("locales");
    println!("cargo::rerun-if-changed=locales");
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .filter_map(|p| Some(p.file_stem()?.to_str()?.to_owned()))
                .collect()
        })
        .unwrap_or_default();
    // English first: it is the fallback every other catalog leans on.
    codes.sort_by_key(|c| (c != "en", c.clone()));
    let mut out = String::from("pub const CATALOGS: &[(&str, &str)] = &[\n");
    for code in &codes {
        let path = std::fs::canonicalize(dir.join(format!("{code}.ftl")))
            .unwrap_or_else(|e| panic!("locales/{code}.ftl: {e}"));
        println!("cargo::rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("catalogs.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
