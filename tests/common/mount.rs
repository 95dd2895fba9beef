//! Real mounts for fault tests (a tiny tmpfs, a read-only bind mount), undone on drop, and
//! the loud notice when the machine does not allow mounting.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Unmounts on drop, so a failing test does not leave a mount behind.
pub struct Mount(pub PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let ok = Command::new("umount")
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

/// Runs `mount ARGS TARGET`; says why when it cannot.
pub fn run_mount(args: &[&str], target: &Path) -> Result<(), String> {
    let out = Command::new("mount")
        .args(args)
        .arg(target)
        .output()
        .map_err(|e| format!("cannot run mount: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "mount {} {}: {}",
            args.join(" "),
            target.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Why mounting is not to be tried: `BREAKOUT_TEST_NO_MOUNT` is set.
pub fn mounting_disabled() -> Option<String> {
    std::env::var_os("BREAKOUT_TEST_NO_MOUNT").map(|_| "BREAKOUT_TEST_NO_MOUNT is set".into())
}

/// A `tmpfs` of `size` (e.g. "256k") mounted on `dir`.
pub fn mount_tmpfs(dir: &Path, size: &str) -> Result<Mount, String> {
    if let Some(why) = mounting_disabled() {
        return Err(why);
    }
    run_mount(
        &[
            "-t",
            "tmpfs",
            "-o",
            &format!("size={size},mode=0700"),
            "tmpfs",
        ],
        dir,
    )?;
    Ok(Mount(dir.to_path_buf()))
}

/// A read-only view of `dir` mounted over it (a bind mount of itself, remounted read-only);
/// dropping it makes `dir` writable again. Files already open in `dir` stay on the writable
/// mount underneath, which is what lets this work while a session's lock file is open:
/// remounting a mount read-only is refused while a file is open for writing on it.
pub fn read_only_over(dir: &Path) -> Result<Mount, String> {
    if let Some(why) = mounting_disabled() {
        return Err(why);
    }
    run_mount(&["--bind", &dir.to_string_lossy()], dir)?;
    let mount = Mount(dir.to_path_buf());
    run_mount(&["-o", "remount,bind,ro"], dir)?;
    Ok(mount)
}

/// Says on the real stderr (not the test harness's captured one, which a passing test never
/// shows) that a real-file-system test did not run, and what ran instead. With
/// `BREAKOUT_TEST_REQUIRE_MOUNT` set (CI on a machine known to allow mounting) it fails instead.
pub fn loud_skip(what: &str, why: &str, instead: &str) {
    let bar = "!".repeat(78);
    let text = format!(
        "\n{bar}\n!! NOT TESTED ON A REAL FILE SYSTEM: {what}\n!! mounting failed: {why}\n!! \
         (needs root or CAP_SYS_ADMIN). {instead}\n{bar}\n"
    );
    if std::env::var_os("BREAKOUT_TEST_REQUIRE_MOUNT").is_some() {
        panic!("{text}BREAKOUT_TEST_REQUIRE_MOUNT is set");
    }
    let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
}
