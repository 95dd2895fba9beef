//! Turning a session into what leaves the laptop. Depends on the model only.

use crate::model::Session;

/// The session itself as JSON: pretty-printed (readable and diffable), ending in a newline.
/// This is also the session file's on-disk form.
pub fn json(session: &Session) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(session)?;
    bytes.push(b'\n');
    Ok(bytes)
}
