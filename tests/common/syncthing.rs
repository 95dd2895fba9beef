//! Real Syncthing instances on this machine, one per "laptop", for the tests of several laptops
//! sharing a folder through a sync tool.
//!
//! Each instance has its own home (configuration, keys, database, log) and its own shared
//! folder. Its configuration is written before it starts, so it never reaches beyond
//! 127.0.0.1: it listens on `tcp://127.0.0.1:PORT`, knows the others only at their
//! `tcp://127.0.0.1:PORT` (no "dynamic" address), and has global and local discovery, relays,
//! NAT traversal (and so STUN), usage and crash reporting and upgrades off. The GUI and REST
//! API listen on 127.0.0.1 with a known API key; the test uses the API to wait for
//! connections and to pause a folder. Every wait is bounded and, when it runs out, fails
//! naming what did not happen, with the end of every instance's log.
//!
//! Syncthing is required: when it is missing the test fails and says to run `.ci/test`, which
//! installs it (Debian package `syncthing`). Instances are killed when dropped, also when the
//! test panics.

use std::fs::File;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::bin;

/// The program.
pub const PROGRAM: &str = "syncthing";

/// The one shared folder's id, the same on every instance.
pub const FOLDER_ID: &str = "breakout";

/// What a test fails with when Syncthing is not installed.
pub const MISSING: &str = "Syncthing is not installed, and this test needs a real Syncthing: \
     run .ci/test, which installs it, or `apt-get install syncthing` (Debian package \
     `syncthing`). This test is never skipped.";

/// How long any one wait on Syncthing may take.
pub const WAIT: Duration = Duration::from_secs(60);

/// How often a wait looks again.
const EVERY: Duration = Duration::from_millis(200);

/// One running Syncthing: a laptop's sync tool.
pub struct Syncthing {
    pub name: String,
    pub id: String,
    pub home: PathBuf,
    pub folder: PathBuf,
    pub listen_port: u16,
    pub gui_port: u16,
    pub api_key: String,
    child: Mutex<Option<Child>>,
}

/// `syncthing --version`, failing loudly when it is not installed.
pub fn version() -> String {
    let ran = bin::program(PROGRAM)
        .arg("--version")
        .if_missing(MISSING)
        .run()
        .assert_ok();
    ran.out().trim().to_owned()
}

/// A port on 127.0.0.1 that nothing listens on right now.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port on 127.0.0.1");
    listener.local_addr().expect("its address").port()
}

/// Starts one Syncthing per name under `root` (`root/NAME/home`, `root/NAME/folder`), all
/// sharing one folder with each other, and waits until every one is connected to every other.
pub fn mesh(root: &Path, names: &[&str]) -> Vec<Syncthing> {
    eprintln!("using {}", version());
    let mut nodes: Vec<Syncthing> = names
        .iter()
        .enumerate()
        .map(|(i, name)| generate(root, name, i))
        .collect();
    let peers: Vec<(String, String, u16)> = nodes
        .iter()
        .map(|n| (n.name.clone(), n.id.clone(), n.listen_port))
        .collect();
    for node in &nodes {
        std::fs::write(node.home.join("config.xml"), node.config(&peers))
            .unwrap_or_else(|e| panic!("writing {}'s Syncthing config: {e}", node.name));
    }
    for node in &mut nodes {
        node.start();
    }
    for node in &nodes {
        node.wait_api(&nodes);
        node.check_config(&nodes);
    }
    for node in &nodes {
        for other in nodes.iter().filter(|o| o.id != node.id) {
            node.wait_connected(other, &nodes);
        }
    }
    nodes
}

/// Keys and a first config from Syncthing itself (`syncthing generate`), whose device id is
/// kept; the config is then replaced by [`Syncthing::config`].
fn generate(root: &Path, name: &str, index: usize) -> Syncthing {
    let home = root.join(name).join("home");
    let folder = root.join(name).join("folder");
    // The folder marker Syncthing looks for before it syncs a folder.
    std::fs::create_dir_all(folder.join(".stfolder")).expect("create the shared folder");
    std::fs::create_dir_all(&home).expect("create Syncthing's home");
    bin::program(PROGRAM)
        .dir(&root.join(name))
        .args([
            "generate",
            "--no-default-folder",
            "--skip-port-probing",
            "--home",
        ])
        .arg(&home)
        .env("STNODEFAULTFOLDER", "1")
        .if_missing(MISSING)
        .run()
        .assert_ok();
    let generated = std::fs::read_to_string(home.join("config.xml"))
        .expect("syncthing generate writes config.xml");
    let id = generated
        .split("<device id=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .filter(|id| id.len() > 50)
        .unwrap_or_else(|| panic!("no device id in the generated config:\n{generated}"))
        .to_owned();
    Syncthing {
        name: name.to_owned(),
        id,
        home,
        folder,
        listen_port: free_port(),
        gui_port: free_port(),
        api_key: format!("breakout-test-key-{index}-{}", std::process::id()),
        child: Mutex::new(None),
    }
}

impl Syncthing {
    /// The whole configuration: the shared folder with every peer, the peers at their
    /// 127.0.0.1 addresses, the GUI, and options that keep it on this machine and quick.
    fn config(&self, peers: &[(String, String, u16)]) -> String {
        let folder_devices: String = peers
            .iter()
            .map(|(_, id, _)| format!("        <device id=\"{id}\" introducedBy=\"\"></device>\n"))
            .collect();
        let devices: String = peers
            .iter()
            .map(|(name, id, port)| {
                format!(
                    "    <device id=\"{id}\" name=\"{name}\" compression=\"metadata\" \
                     introducer=\"false\" skipIntroductionRemovals=\"false\" introducedBy=\"\">\n\
                     \x20       <address>tcp://127.0.0.1:{port}</address>\n\
                     \x20       <paused>false</paused>\n\
                     \x20       <autoAcceptFolders>false</autoAcceptFolders>\n\
                     \x20   </device>\n"
                )
            })
            .collect();
        // Every folder setting that matters is written out: an element left out of
        // config.xml is zero, not Syncthing's default (`maxConflicts` 0 would turn conflict
        // copies off).
        format!(
            r#"<configuration version="36">
    <folder id="{FOLDER_ID}" label="breakout" path="{path}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
{folder_devices}        <minDiskFree unit="%">1</minDiskFree>
        <versioning></versioning>
        <order>random</order>
        <maxConflicts>10</maxConflicts>
        <paused>false</paused>
        <markerName>.stfolder</markerName>
        <weakHashThresholdPct>25</weakHashThresholdPct>
        <maxConcurrentWrites>2</maxConcurrentWrites>
    </folder>
{devices}    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:{gui}</address>
        <apikey>{key}</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{listen}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunKeepaliveMinS>0</stunKeepaliveMinS>
        <announceLANAddresses>false</announceLANAddresses>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <restartOnWakeup>false</restartOnWakeup>
        <minHomeDiskFree unit="%">1</minHomeDiskFree>
        <keepTemporariesH>24</keepTemporariesH>
    </options>
</configuration>
"#,
            path = xml_escape(&self.folder.to_string_lossy()),
            gui = self.gui_port,
            key = self.api_key,
            listen = self.listen_port,
        )
    }

    fn log_path(&self) -> PathBuf {
        self.home.join("syncthing.log")
    }

    fn start(&mut self) {
        let log = File::create(self.log_path()).expect("create Syncthing's log file");
        let log2 = log.try_clone().expect("clone the log file handle");
        let child = Command::new(PROGRAM)
            .args([
                "serve",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--logflags=3",
            ])
            .arg("--home")
            .arg(&self.home)
            .current_dir(self.home.parent().unwrap_or(&self.home))
            // Its own HOME: nothing of the user's (or of another test's) is read or written.
            .env("HOME", self.home.parent().unwrap_or(&self.home))
            .env("STNODEFAULTFOLDER", "1")
            .env("STNORESTART", "1")
            .env("STNOUPGRADE", "1")
            .env_remove("STGUIADDRESS")
            .env_remove("STGUIAPIKEY")
            .env_remove("STHOMEDIR")
            .stdin(Stdio::null())
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(log2))
            .spawn();
        match child {
            Ok(child) => *self.child.get_mut().unwrap_or_else(|e| e.into_inner()) = Some(child),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!("{MISSING}"),
            Err(e) => panic!("cannot start Syncthing for {}: {e}", self.name),
        }
    }

    /// The last `lines` lines of its log.
    pub fn log_tail(&self, lines: usize) -> String {
        let text = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    /// One request to its REST API: the status code and the body.
    fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> Result<(u16, String), String> {
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], self.gui_port));
        let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))
            .map_err(|e| format!("connecting to {addr}: {e}"))?;
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .map_err(|e| e.to_string())?;
        let body = body.unwrap_or("");
        // HTTP/1.0: the answer is the rest of the stream, never chunked.
        let request = format!(
            "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nX-API-Key: {key}\r\n\
             Content-Type: application/json\r\nContent-Length: {len}\r\n\r\n{body}",
            port = self.gui_port,
            key = self.api_key,
            len = body.len(),
        );
        stream
            .write_all(request.as_bytes())
            .map_err(|e| format!("sending {method} {path}: {e}"))?;
        let mut answer = Vec::new();
        stream
            .read_to_end(&mut answer)
            .map_err(|e| format!("reading the answer to {method} {path}: {e}"))?;
        let answer = String::from_utf8_lossy(&answer);
        let (head, body) = answer
            .split_once("\r\n\r\n")
            .ok_or_else(|| format!("no HTTP answer to {method} {path}: {answer:?}"))?;
        let code = head
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| format!("no status in {head:?}"))?;
        Ok((code, body.to_owned()))
    }

    /// `GET path` as JSON, or why not.
    fn get(&self, path: &str) -> Result<Value, String> {
        match self.request("GET", path, None)? {
            (200, body) => serde_json::from_str(&body).map_err(|e| format!("{e}: {body}")),
            (code, body) => Err(format!("GET {path}: HTTP {code}: {body}")),
        }
    }

    /// `GET path` as JSON; panics (with the logs) if it fails.
    pub fn get_ok(&self, path: &str, all: &[Syncthing]) -> Value {
        self.get(path)
            .unwrap_or_else(|e| fail(&format!("{}'s Syncthing API: {e}", self.name), all))
    }

    fn patch_folder(&self, json: &str, all: &[Syncthing]) {
        let path = format!("/rest/config/folders/{FOLDER_ID}");
        match self.request("PATCH", &path, Some(json)) {
            Ok((200, _)) => {}
            Ok((code, body)) => fail(
                &format!("PATCH {path} {json} on {}: HTTP {code}: {body}", self.name),
                all,
            ),
            Err(e) => fail(&format!("PATCH {path} on {}: {e}", self.name), all),
        }
    }

    /// Pauses the shared folder here: this laptop neither sends nor receives it, as if it had
    /// left the room's network, while its files can still be changed.
    pub fn pause_folder(&self, all: &[Syncthing]) {
        self.patch_folder(r#"{"paused": true}"#, all);
        self.wait_folder_paused(true, all);
    }

    /// Resumes the shared folder: it is scanned and synced again.
    pub fn resume_folder(&self, all: &[Syncthing]) {
        self.patch_folder(r#"{"paused": false}"#, all);
        self.wait_folder_paused(false, all);
    }

    fn wait_folder_paused(&self, paused: bool, all: &[Syncthing]) {
        let path = format!("/rest/config/folders/{FOLDER_ID}");
        wait(
            &format!("{}'s folder to be paused={paused}", self.name),
            all,
            || {
                self.get(&path)
                    .ok()
                    .filter(|v| v["paused"] == Value::Bool(paused))
            },
        );
    }

    /// Waits until its REST API answers.
    fn wait_api(&self, all: &[Syncthing]) {
        wait(
            &format!("{}'s Syncthing API to answer", self.name),
            all,
            || {
                self.exited(all);
                self.get("/rest/system/status").ok()
            },
        );
    }

    /// Panics if the process has ended (a bad config, a port taken…).
    fn exited(&self, all: &[Syncthing]) {
        let status = {
            let mut child = self.child.lock().unwrap_or_else(|e| e.into_inner());
            child.as_mut().and_then(|c| c.try_wait().ok().flatten())
        };
        if let Some(status) = status {
            fail(&format!("{}'s Syncthing exited ({status})", self.name), all);
        }
    }

    /// Checks that Syncthing runs with the configuration written for it: nothing may reach
    /// beyond this machine.
    fn check_config(&self, all: &[Syncthing]) {
        let options = self.get_ok("/rest/config/options", all);
        let listen = Value::from(vec![format!("tcp://127.0.0.1:{}", self.listen_port)]);
        let expected = [
            ("listenAddresses", listen),
            ("globalAnnounceEnabled", Value::Bool(false)),
            ("localAnnounceEnabled", Value::Bool(false)),
            ("relaysEnabled", Value::Bool(false)),
            ("natEnabled", Value::Bool(false)),
            ("urAccepted", Value::from(-1)),
            ("crashReportingEnabled", Value::Bool(false)),
            ("autoUpgradeIntervalH", Value::from(0)),
            ("startBrowser", Value::Bool(false)),
        ];
        for (key, value) in expected {
            assert_eq!(
                options[key], value,
                "{}'s Syncthing option {key} is not what its config.xml says",
                self.name
            );
        }
        let folder = self.get_ok(&format!("/rest/config/folders/{FOLDER_ID}"), all);
        assert_eq!(
            folder["maxConflicts"],
            Value::from(10),
            "conflict copies are on"
        );
        assert_eq!(folder["fsWatcherEnabled"], Value::Bool(true));
        for device in self
            .get_ok("/rest/config/devices", all)
            .as_array()
            .into_iter()
            .flatten()
        {
            let addresses: Vec<&str> = device["addresses"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            assert!(
                addresses.len() == 1 && addresses[0].starts_with("tcp://127.0.0.1:"),
                "{}'s Syncthing knows device {} at {addresses:?}, not one 127.0.0.1 address",
                self.name,
                device["deviceID"]
            );
        }
    }

    /// Waits until this instance is connected to `other`.
    pub fn wait_connected(&self, other: &Syncthing, all: &[Syncthing]) {
        wait(
            &format!("{} to connect to {}", self.name, other.name),
            all,
            || {
                self.exited(all);
                let v = self.get("/rest/system/connections").ok()?;
                let c = &v["connections"][&other.id];
                (c["connected"] == Value::Bool(true)).then_some(())
            },
        );
    }
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        let child = self.child.get_mut().unwrap_or_else(|e| e.into_inner());
        if let Some(mut child) = child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Polls `f` every 200 ms for at most [`WAIT`]; then fails saying what did not happen, with
/// the end of each instance's log.
pub fn wait<T>(what: &str, all: &[Syncthing], mut f: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(v) = f() {
            return v;
        }
        if Instant::now() >= deadline {
            fail(&format!("waited {WAIT:?} for {what}, in vain"), all);
        }
        std::thread::sleep(EVERY);
    }
}

/// Panics with `message` and the end of every instance's log.
pub fn fail(message: &str, all: &[Syncthing]) -> ! {
    let logs: String = all
        .iter()
        .map(|n| {
            format!(
                "\n--- {} (Syncthing {}, {}), last lines of its log:\n{}\n",
                n.name,
                &n.id[..7.min(n.id.len())],
                n.log_path().display(),
                n.log_tail(25)
            )
        })
        .collect();
    panic!("{message}{logs}")
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
