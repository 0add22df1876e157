//! `--state DIR`: every world survives restarts and `kill -9`.
//!
//! Every request that changed a world is appended to a journal, as the request itself plus
//! the simulated time it ran at and what it produced (see below), and its response waits
//! until the record is written. The ledger is deterministic, so replaying the journal through
//! the same endpoint code rebuilds the same worlds. Now and then (every [`SNAPSHOT_EVERY`]
//! records by default, at start-up after a replay, and at shutdown) the worlds' images are
//! written to a snapshot and the journal segments it covers are deleted.
//!
//! Files: `DIR/snapshot` and `DIR/journal-NNNNNN`. Each begins with a header naming what it
//! is and its state format ([`FORMAT`]); a directory written in another format is refused,
//! naming both formats, before anything in it is touched. A journal segment's header also
//! names the build that wrote it ([`BUILD`]). Each journal record is framed as
//! `length (u32 LE) | CRC-32 (u32 LE) | payload`, so a torn or corrupted tail is detected;
//! start-up reports it and keeps the valid prefix. A record written is safe from a crash of
//! the process (the OS holds it); `fsync` is left to snapshots, so a power loss can lose the
//! last moments of the journal.
//!
//! Each record carries what it produced ([`Produced`]: the world's version after it, and a
//! checksum of the response or of the world it created), and replay checks every one. The
//! journal replays requests through whatever code is running, so this is what makes a tail
//! written by another build safe: it is replayed only while every record produces what it
//! produced then, and otherwise the directory is refused, naming both builds. Under the
//! build that wrote it a difference is a bug (replay must be exact), and replay panics.
//! Recovery changes nothing in the directory until replay has succeeded ([`Repairs`]), so a
//! refused directory is left as it was.
//!
//! The journal is written by a thread of its own: a request hands its record over while it
//! holds its world's lock (so each world's records are in the order its changes happened)
//! and waits for the write after releasing the lock, so disk I/O never holds a world and
//! writes from many worlds are batched together. A deterministic simulation writes on the
//! caller's thread instead, and can make the process die part-way through any write
//! ([`Writing`], [`Crash`]). This module knows files and bytes only; a world writes and
//! reads its own image.
//!
//! Armed faults and the rate limit's budget are not persisted. The files hold the API keys
//! the worlds belong to, so the directory and its files are readable by their owner only.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, mpsc};

use parking_lot::Mutex;

use crate::ledger::Timestamp;
use crate::ledger::codec::image_struct;
use crate::ledger::codec::{Image, ImageError, List, Reader, Writer};
use crate::server::webhooks::{Outcome, Target};

/// The state format this build reads and writes. Format 1 was debitsim 0.1.0's: snapshots of
/// its in-memory layout and journal segments without a header. Format 2 had no build in a
/// segment's header and no digest in its records.
pub const FORMAT: u32 = 3;

/// This build: the crate's version and a digest of the source it was built from (`build.rs`).
/// Each journal segment names the build that wrote it.
pub const BUILD: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("DEBITSIM_SOURCE"));

/// How many journal records trigger a snapshot, unless `--snapshot-every` says otherwise.
pub const SNAPSHOT_EVERY: u64 = 10_000;

/// The largest journal record read back (a request body is at most 1 MiB).
const MAX_RECORD: u32 = 16 << 20;

/// Every file starts with this, a letter for what it is, and its format (u32 LE); a journal
/// segment's header goes on with the build that wrote it (a length byte, then its name).
const MAGIC: &[u8; 9] = b"debitsim\0";
const SNAPSHOT: u8 = b'S';
const JOURNAL: u8 = b'J';
const HEADER_LEN: usize = MAGIC.len() + 1 + 4;

/// How format 1 (debitsim 0.1.0) began its snapshots.
const FORMAT_1_SNAPSHOT: &[u8; 16] = b"debitsim-snap-v1";

/// What a record produced when it was written, so that replay can tell whether it produced
/// the same again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Produced {
    /// The world's version after it.
    pub version: u64,
    /// A checksum of what it answered (a call's status and body) or made (a new world's image).
    pub digest: u32,
}

image_struct!(Produced { version, digest });

/// One journal record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    /// A key's world was created from the fixtures at `created`.
    World {
        key: String,
        created: Timestamp,
        fixtures: u64,
        produced: Produced,
    },
    /// A request that changed the world of `key`, `seq`-th of that world.
    Call(Call),
    /// A webhook delivery's outcome in the world of `key`, `seq`-th of that world.
    Delivery(Delivery),
}

/// What became of one attempt at delivering an event: enough for a restarted world to owe
/// exactly what it owed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    pub key: String,
    pub seq: u64,
    pub target: Target,
    /// The event's index in its world.
    pub event: u32,
    pub outcome: Outcome,
    /// The world's simulated time when it was settled (retries are due from it).
    pub now: Timestamp,
    /// The world's version once it was settled.
    pub version: u64,
}

image_struct!(Delivery {
    key,
    seq,
    target,
    event,
    outcome,
    now,
    version
});

/// A request as the journal keeps it: enough to run it again exactly, and to tell that it
/// did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub key: String,
    pub seq: u64,
    /// The `Request-Id` it was answered with (events it caused name it).
    pub request_id: u128,
    /// The world's simulated time when it ran.
    pub now: Timestamp,
    /// The wall clock when it ran (resets and clock moves depend on it).
    pub wall: Timestamp,
    pub method: String,
    pub path: String,
    pub query: String,
    pub account: Option<String>,
    pub idempotency_key: Option<String>,
    pub body: Vec<u8>,
    /// The API version it pinned (`Stripe-Version`), if any: which parameters it could send
    /// and how its answer, kept for idempotent retries, was rendered.
    pub version: Option<String>,
    pub produced: Produced,
}

image_struct!(Call {
    key,
    seq,
    request_id,
    now,
    wall,
    method,
    path,
    query,
    account,
    idempotency_key,
    body,
    version,
    produced
});

impl Image for Record {
    fn write(&self, w: &mut Writer) {
        match self {
            Record::World {
                key,
                created,
                fixtures,
                produced,
            } => {
                w.put(&0u8);
                w.put(key);
                w.put(created);
                w.put(fixtures);
                w.put(produced);
            }
            Record::Call(call) => {
                w.put(&1u8);
                w.put(call);
            }
            Record::Delivery(delivery) => {
                w.put(&2u8);
                w.put(delivery);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Record, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(Record::World {
                key: r.take()?,
                created: r.take()?,
                fixtures: r.take()?,
                produced: r.take()?,
            }),
            1 => Ok(Record::Call(r.take()?)),
            2 => Ok(Record::Delivery(r.take()?)),
            _ => Err(r.invalid("journal record")),
        }
    }
}

/// A checksum of `bytes` for [`Produced::digest`].
pub fn digest(bytes: &[u8]) -> u32 {
    crc32fast::hash(bytes)
}

/// Where replaying a journal record gave another result than when it was written.
#[derive(Debug)]
pub struct Divergence {
    /// The journal segment that holds the record.
    pub path: PathBuf,
    /// The build that wrote it.
    pub wrote: String,
    /// The record: its world (masked key) and its place in that world's sequence.
    pub world: String,
    pub seq: u64,
    /// What differs, in words.
    pub what: String,
}

impl fmt::Display for Divergence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: record {} of the world of {} was written by debitsim {}, and replaying it with debitsim {BUILD} \
             gives another result ({})",
            self.path.display(),
            self.seq,
            self.world,
            self.wrote,
            self.what
        )
    }
}

/// Why a state directory could not be used.
#[derive(Debug)]
pub enum PersistError {
    /// A file could not be read or written.
    Io { path: PathBuf, error: io::Error },
    /// A file holds another state format than this build's.
    Format { path: PathBuf, found: u32 },
    /// A file is not one of debitsim's, or its contents are damaged.
    Damaged { path: PathBuf, why: String },
    /// The directory was written with other fixtures than the server's.
    OtherFixtures { dir: PathBuf },
    /// Replaying the journal failed (a record the code cannot run again).
    Replay { seq: u64, why: String },
    /// A journal written by another build does not replay to what it recorded.
    OtherBuild(Divergence),
    /// The journal's writer stopped after a failed write.
    Stopped { why: String },
}

impl PersistError {
    fn io(path: &Path) -> impl FnOnce(io::Error) -> PersistError + '_ {
        move |error| PersistError::Io {
            path: path.to_owned(),
            error,
        }
    }
}

impl fmt::Display for PersistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersistError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            PersistError::Format { path, found } => write!(
                f,
                "{} is in state format {found}{}, but this debitsim reads and writes state format {FORMAT}; \
                 nothing was changed. Start with a new --state directory, or run the debitsim that wrote it",
                path.display(),
                if *found == 1 { " (debitsim 0.1.0)" } else { "" }
            ),
            PersistError::Damaged { path, why } => write!(f, "{}: {why}", path.display()),
            PersistError::OtherFixtures { dir } => write!(
                f,
                "{} was recorded with other fixtures; start with the same --fixtures, or use a new state directory",
                dir.display()
            ),
            PersistError::Replay { seq, why } => write!(f, "replaying journaled call {seq}: {why}"),
            PersistError::OtherBuild(divergence) => write!(
                f,
                "{divergence}; nothing was changed. Run debitsim {} on this --state directory (it leaves a \
                 snapshot when it stops, which any build of state format {FORMAT} reads), or start with a new one",
                divergence.wrote
            ),
            PersistError::Stopped { why } => write!(f, "the --state journal stopped: {why}"),
        }
    }
}

impl std::error::Error for PersistError {}

/// A crash to simulate, to test recovery from every moment: the process dies part-way
/// through its work on the state directory, after `units` more units of it (each byte
/// written is one, and so is each file created, renamed or removed). What was written before
/// stays; nothing after happens, and whatever was waiting for it hears that it failed.
#[derive(Debug)]
pub struct Crash {
    armed: AtomicBool,
    left: AtomicU64,
    happened: AtomicBool,
}

impl Crash {
    /// A crash that does not come until armed.
    pub fn never() -> Arc<Crash> {
        Arc::new(Crash {
            armed: AtomicBool::new(false),
            left: AtomicU64::new(0),
            happened: AtomicBool::new(false),
        })
    }

    /// A crash after `units` more units of work.
    pub fn after(units: u64) -> Arc<Crash> {
        let crash = Crash::never();
        crash.arm(units);
        crash
    }

    /// Makes the crash come after `units` more units of work from now (unless it has come).
    pub fn arm(&self, units: u64) {
        if self.happened() {
            return;
        }
        self.left.store(units, Ordering::Release);
        self.armed.store(true, Ordering::Release);
    }

    /// Whether a crash is coming (or came).
    pub fn armed(&self) -> bool {
        self.armed.load(Ordering::Acquire)
    }

    /// Whether the process has died.
    pub fn happened(&self) -> bool {
        self.happened.load(Ordering::Acquire)
    }

    /// Takes up to `n` units of work: all of them, or what is left before the crash.
    fn take(&self, n: u64) -> u64 {
        if !self.armed() {
            return n;
        }
        let taken = match self
            .left
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |left| Some(left - left.min(n)))
        {
            Ok(left) | Err(left) => left.min(n),
        };
        if taken < n {
            self.happened.store(true, Ordering::Release);
        }
        taken
    }
}

/// The state directory's file system, through which every write goes: the real one, unless
/// a simulated [`Crash`] has stopped it.
#[derive(Clone, Debug, Default)]
struct Disk {
    crash: Option<Arc<Crash>>,
}

fn died() -> io::Error {
    io::Error::other("the process died here (a simulated crash)")
}

impl Disk {
    /// Writes `bytes`, or as many as happen before a crash.
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        let allowed = match &self.crash {
            None => bytes.len(),
            Some(crash) => crash.take(bytes.len() as u64) as usize,
        };
        file.write_all(&bytes[..allowed])?;
        if allowed < bytes.len() {
            return Err(died());
        }
        Ok(())
    }

    /// One step that is not a write (creating, renaming or removing a file).
    fn step(&self) -> io::Result<()> {
        match &self.crash {
            Some(crash) if crash.take(1) == 0 => Err(died()),
            _ => Ok(()),
        }
    }
}

/// Opens a new file readable and writable by its owner only.
fn create_private(disk: &Disk, path: &Path) -> io::Result<File> {
    disk.step()?;
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

fn header(kind: u8) -> [u8; HEADER_LEN] {
    let mut header = [0u8; HEADER_LEN];
    header[..MAGIC.len()].copy_from_slice(MAGIC);
    header[MAGIC.len()] = kind;
    header[MAGIC.len() + 1..].copy_from_slice(&FORMAT.to_le_bytes());
    header
}

/// A journal segment's header, naming `build`.
fn journal_header(build: &str) -> Vec<u8> {
    let name = &build.as_bytes()[..build.len().min(usize::from(u8::MAX))];
    let mut header = header(JOURNAL).to_vec();
    header.push(name.len() as u8);
    header.extend_from_slice(name);
    header
}

/// The build a journal segment of this format names, and where its records begin; `None` if
/// the file ends inside its header.
fn journal_stamp(bytes: &[u8]) -> Option<(String, usize)> {
    let length = usize::from(*bytes.get(HEADER_LEN)?);
    let name = bytes.get(HEADER_LEN + 1..HEADER_LEN + 1 + length)?;
    Some((String::from_utf8_lossy(name).into_owned(), HEADER_LEN + 1 + length))
}

/// Whether `bytes` are the beginning of a journal segment's header and no more: the segment
/// was being created when the process died, and holds nothing.
fn unfinished_header(bytes: &[u8]) -> bool {
    let ours = header(JOURNAL);
    let n = bytes.len().min(HEADER_LEN);
    bytes[..n] == ours[..n] && journal_stamp(bytes).is_none()
}

/// The format of a file that should be of `kind`, from its first bytes.
fn format_of(path: &Path, bytes: &[u8], kind: u8) -> Result<u32, PersistError> {
    if kind == SNAPSHOT && bytes.starts_with(FORMAT_1_SNAPSHOT) {
        return Ok(1);
    }
    if bytes.len() >= HEADER_LEN && bytes.starts_with(MAGIC) && bytes[MAGIC.len()] == kind {
        let mut version = [0u8; 4];
        version.copy_from_slice(&bytes[MAGIC.len() + 1..HEADER_LEN]);
        return Ok(u32::from_le_bytes(version));
    }
    // Format 1 journal segments had no header: they began with a record's frame.
    if kind == JOURNAL && read_frames(bytes).1 > 0 {
        return Ok(1);
    }
    Err(PersistError::Damaged {
        path: path.to_owned(),
        why: format!(
            "not a debitsim {} (it does not begin with one's header)",
            if kind == SNAPSHOT {
                "snapshot"
            } else {
                "journal segment"
            }
        ),
    })
}

fn segment_path(dir: &Path, n: u64) -> PathBuf {
    dir.join(format!("journal-{n:06}"))
}

/// The journal segments in `dir`, oldest first.
fn segments(dir: &Path) -> Result<Vec<(u64, PathBuf)>, PersistError> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).map_err(PersistError::io(dir))? {
        let entry = entry.map_err(PersistError::io(dir))?;
        let name = entry.file_name();
        if let Some(n) = name
            .to_str()
            .and_then(|n| n.strip_prefix("journal-"))
            .and_then(|n| n.parse().ok())
        {
            found.push((n, entry.path()));
        }
    }
    found.sort();
    Ok(found)
}

fn read_file(path: &Path) -> Result<Vec<u8>, PersistError> {
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(PersistError::io(path))?;
    Ok(bytes)
}

/// A record in its frame.
fn frame(record: &Record) -> Vec<u8> {
    let mut w = Writer::new();
    w.put(record);
    let payload = w.into_bytes();
    let mut frame = Vec::with_capacity(8 + payload.len());
    frame.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    frame.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    frame.extend_from_slice(&payload);
    frame
}

/// The payloads of the whole frames at the start of `bytes`, and how many bytes they take.
fn read_frames(bytes: &[u8]) -> (Vec<&[u8]>, usize) {
    let mut payloads = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let Some(head) = bytes.get(at..at + 8) else { break };
        let length = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
        let crc = u32::from_le_bytes([head[4], head[5], head[6], head[7]]);
        if length > MAX_RECORD {
            break;
        }
        let Some(payload) = bytes.get(at + 8..at + 8 + length as usize) else {
            break;
        };
        if crc32fast::hash(payload) != crc {
            break;
        }
        payloads.push(payload);
        at += 8 + length as usize;
    }
    (payloads, at)
}

/// The records of a segment's frames, and how many bytes of it were whole, readable records.
fn read_records(bytes: &[u8]) -> (Vec<Record>, usize) {
    let (payloads, _) = read_frames(bytes);
    let mut records = Vec::new();
    let mut at = 0;
    for payload in payloads {
        let mut r = Reader::new(payload);
        match r.take::<Record>().and_then(|record| r.finish().map(|()| record)) {
            Ok(record) => records.push(record),
            Err(_) => break,
        }
        at += 8 + payload.len();
    }
    (records, at)
}

/// The records of one journal segment, with the build that wrote them.
pub struct Segment {
    pub path: PathBuf,
    pub build: String,
    pub records: Vec<Record>,
}

/// What start-up found in a state directory: each world's image, and the journal records
/// after them.
pub struct Recovered {
    /// `(key, image)` of each world in the snapshot.
    pub worlds: Vec<(String, Vec<u8>)>,
    /// The readable records of each segment, oldest first, up to any damage.
    pub segments: Vec<Segment>,
    /// A problem at the end of the journal, to report: [`Repairs::apply`] cuts it off.
    pub damage: Option<String>,
    /// What to cut off once the records before it have been replayed.
    pub repairs: Repairs,
}

/// What recovery will change in the state directory, once replay has succeeded: until then
/// the directory is as it was, so a refused one can still be opened by the build that wrote
/// it.
pub struct Repairs {
    dir: PathBuf,
    changes: Vec<Repair>,
}

enum Repair {
    /// A torn or corrupted tail, cut off at `length`.
    Truncate { path: PathBuf, length: u64 },
    /// A segment after the damage, renamed `*.damaged`.
    SetAside(PathBuf),
    /// A segment whose creation was cut short: it holds nothing.
    Remove(PathBuf),
}

impl Repairs {
    /// Cuts off the damage recovery found and makes the directory its owner's only.
    pub fn apply(self) -> Result<(), PersistError> {
        for change in self.changes {
            match change {
                Repair::Truncate { path, length } => OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .and_then(|f| f.set_len(length))
                    .map_err(PersistError::io(&path))?,
                Repair::SetAside(path) => {
                    fs::rename(&path, path.with_extension("damaged")).map_err(PersistError::io(&path))?;
                }
                Repair::Remove(path) => fs::remove_file(&path).map_err(PersistError::io(&path))?,
            }
        }
        #[cfg(unix)]
        fs::set_permissions(&self.dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))
            .map_err(PersistError::io(&self.dir))?;
        Ok(())
    }
}

/// Reads `dir`: the snapshot (if any) and every journal record after it, up to a corrupted
/// or truncated tail (which [`Repairs::apply`] later cuts off, setting aside any segment
/// after it). Nothing in the directory is changed here: a directory in another state format,
/// or written with other fixtures, is refused as it is.
pub fn recover(dir: &Path, fixtures: u64) -> Result<Recovered, PersistError> {
    if !dir.exists() {
        fs::create_dir_all(dir).map_err(PersistError::io(dir))?;
    }
    let snapshot_path = dir.join("snapshot");
    let snapshot = if snapshot_path.exists() {
        Some(read_file(&snapshot_path)?)
    } else {
        None
    };
    let all = segments(dir)?;
    let mut contents = Vec::with_capacity(all.len());
    let mut changes = Vec::new();
    let mut damage = None;
    // Every file's format first, before anything is read further.
    if let Some(bytes) = &snapshot {
        let found = format_of(&snapshot_path, bytes, SNAPSHOT)?;
        if found != FORMAT {
            return Err(PersistError::Format {
                path: snapshot_path,
                found,
            });
        }
    }
    for (i, (_, path)) in all.iter().enumerate() {
        let bytes = read_file(path)?;
        if bytes.is_empty() {
            contents.push(None);
            continue;
        }
        // The newest segment may have been cut short as it was created, holding nothing.
        if i + 1 == all.len() && unfinished_header(&bytes) {
            damage = Some(format!(
                "{}: a journal segment cut short as it was created (it holds no record); removed it",
                path.display()
            ));
            changes.push(Repair::Remove(path.clone()));
            contents.push(None);
            continue;
        }
        let found = format_of(path, &bytes, JOURNAL)?;
        if found != FORMAT {
            return Err(PersistError::Format {
                path: path.clone(),
                found,
            });
        }
        let Some((build, start)) = journal_stamp(&bytes) else {
            return Err(PersistError::Damaged {
                path: path.clone(),
                why: "the journal segment ends inside its header".into(),
            });
        };
        contents.push(Some((build, start, bytes)));
    }

    let mut worlds = Vec::new();
    if let Some(bytes) = &snapshot {
        let damaged = |why: String| PersistError::Damaged {
            path: snapshot_path.clone(),
            why,
        };
        let rest = &bytes[HEADER_LEN..];
        let (crc, body) = rest.split_at_checked(4).ok_or_else(|| damaged("too short".into()))?;
        if crc32fast::hash(body).to_le_bytes() != crc {
            return Err(damaged("checksum mismatch (the snapshot is damaged)".into()));
        }
        let mut r = Reader::new(body);
        let recorded: u64 = r.take().map_err(|e| damaged(e.to_string()))?;
        if recorded != fixtures {
            return Err(PersistError::OtherFixtures { dir: dir.to_owned() });
        }
        worlds = List::read(&mut r).map_err(|e| damaged(e.to_string()))?;
        r.finish().map_err(|e| damaged(e.to_string()))?;
    }

    let mut found = Vec::new();
    let mut kept = 0;
    for (i, ((_, path), content)) in all.iter().zip(contents).enumerate() {
        let Some((build, start, bytes)) = content else {
            continue;
        };
        let body = &bytes[start..];
        let (records, valid) = read_records(body);
        kept += records.len();
        found.push(Segment {
            path: path.clone(),
            build,
            records,
        });
        if valid < body.len() {
            damage = Some(format!(
                "{}: {} bytes at offset {} are truncated or corrupted; kept the {kept} records before them{}",
                path.display(),
                body.len() - valid,
                start + valid,
                if i + 1 < all.len() {
                    ", and set aside the later segments"
                } else {
                    ""
                }
            ));
            changes.push(Repair::Truncate {
                path: path.clone(),
                length: (start + valid) as u64,
            });
            changes.extend(all[i + 1..].iter().map(|(_, later)| Repair::SetAside(later.clone())));
            break;
        }
    }
    for segment in &found {
        for record in &segment.records {
            if let Record::World { fixtures: recorded, .. } = record
                && *recorded != fixtures
            {
                return Err(PersistError::OtherFixtures { dir: dir.to_owned() });
            }
        }
    }
    Ok(Recovered {
        worlds,
        segments: found,
        damage,
        repairs: Repairs {
            dir: dir.to_owned(),
            changes,
        },
    })
}

/// Writes a snapshot of `worlds` (each `(key, image)`) made with fixtures `fixtures`:
/// written aside, synced, then renamed over the old one.
fn write_snapshot(disk: &Disk, dir: &Path, fixtures: u64, worlds: &[(String, Vec<u8>)]) -> Result<(), PersistError> {
    let mut w = Writer::new();
    w.put(&fixtures);
    List::write(worlds, &mut w);
    let body = w.into_bytes();
    let mut file = header(SNAPSHOT).to_vec();
    file.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
    file.extend_from_slice(&body);
    let temporary = dir.join("snapshot.tmp");
    if temporary.exists() {
        disk.step()
            .and_then(|()| fs::remove_file(&temporary))
            .map_err(PersistError::io(&temporary))?;
    }
    let written = (|| {
        let mut out = create_private(disk, &temporary)?;
        disk.write(&mut out, &file)?;
        out.sync_all()
    })();
    written.map_err(PersistError::io(&temporary))?;
    let target = dir.join("snapshot");
    disk.step()
        .and_then(|()| fs::rename(&temporary, &target))
        .map_err(PersistError::io(&target))?;
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(PersistError::io(dir))
}

/// How a journal is written.
#[derive(Clone, Debug, Default)]
pub struct Writing {
    /// Write each record on the caller's thread as it is handed over, instead of on the
    /// journal's own thread. The world then waits for the disk, but the order of writes and
    /// acknowledgements depends on the caller alone, which a deterministic simulation needs.
    pub inline: bool,
    /// A crash to simulate part-way through writing.
    pub crash: Option<Arc<Crash>>,
    /// The build the segments are stamped with: this one ([`BUILD`]) unless set, for a test
    /// that plays another build.
    pub build: Option<String>,
}

/// What the journal's writer thread is asked to do, in order.
enum Command {
    /// Write a framed record, and tell `done` once it is written (or failed).
    Append {
        frame: Vec<u8>,
        done: Option<tokio::sync::oneshot::Sender<Result<(), String>>>,
    },
    /// Start a new segment; reply with its number.
    Rotate(mpsc::Sender<Result<u64, String>>),
}

/// A record handed to the journal: await it to know it is written.
pub struct Durable(tokio::sync::oneshot::Receiver<Result<(), String>>);

impl Durable {
    /// Waits until the record is in the OS's hands.
    pub async fn written(self) -> Result<(), PersistError> {
        match self.0.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(why)) => Err(PersistError::Stopped { why }),
            Err(_) => Err(PersistError::Stopped {
                why: "the journal's writer is gone".into(),
            }),
        }
    }
}

/// Who writes the journal's segments.
enum SegmentWriter {
    /// The journal's own thread, fed through a channel.
    Thread(Mutex<mpsc::Sender<Command>>),
    /// Whoever hands a record over, at once.
    Inline(Mutex<Segments>),
}

/// The journal being written.
pub struct Journal {
    dir: PathBuf,
    writer: SegmentWriter,
    disk: Disk,
    /// Why the writer stopped, once it has.
    failure: Arc<Mutex<Option<String>>>,
    /// Notified when the writer stops on a failure.
    pub failed: Arc<tokio::sync::Notify>,
    since_snapshot: AtomicU64,
    snapshot_every: u64,
    snapshotting: AtomicBool,
}

impl fmt::Debug for Journal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Journal").field("dir", &self.dir).finish()
    }
}

fn writer_gone() -> String {
    "the journal's writer is gone".into()
}

impl Journal {
    /// Opens a new segment after every existing one and starts the writer thread; a snapshot
    /// follows every `snapshot_every` records.
    pub fn open(dir: &Path, snapshot_every: u64) -> Result<Journal, PersistError> {
        Journal::open_with(dir, snapshot_every, Writing::default())
    }

    /// [`Journal::open`], written as `writing` says.
    pub fn open_with(dir: &Path, snapshot_every: u64, writing: Writing) -> Result<Journal, PersistError> {
        let disk = Disk { crash: writing.crash };
        let next = segments(dir)?.last().map_or(1, |(n, _)| n + 1);
        let build = writing.build.unwrap_or_else(|| BUILD.to_owned());
        let file = new_segment(&disk, dir, next, &build)?;
        let failure = Arc::new(Mutex::new(None));
        let failed = Arc::new(tokio::sync::Notify::new());
        let segments = Segments {
            dir: dir.to_owned(),
            segment: next,
            file,
            build,
            disk: disk.clone(),
            failure: failure.clone(),
            failed: failed.clone(),
        };
        let writer = if writing.inline {
            SegmentWriter::Inline(Mutex::new(segments))
        } else {
            let (sender, receiver) = mpsc::channel();
            std::thread::Builder::new()
                .name("debitsim-journal".into())
                .spawn(move || segments.run(receiver))
                .map_err(PersistError::io(dir))?;
            SegmentWriter::Thread(Mutex::new(sender))
        };
        Ok(Journal {
            dir: dir.to_owned(),
            writer,
            disk,
            failure,
            failed,
            since_snapshot: AtomicU64::new(0),
            snapshot_every: snapshot_every.max(1),
            snapshotting: AtomicBool::new(false),
        })
    }

    /// Hands `record` to the writer; the answer says when it is written. Call it while
    /// holding the world the record belongs to, so that world's records keep their order.
    pub fn append(&self, record: &Record) -> Durable {
        let (done, receiver) = tokio::sync::oneshot::channel();
        self.send(frame(record), Some(done));
        self.since_snapshot.fetch_add(1, Ordering::Relaxed);
        Durable(receiver)
    }

    /// Hands `record` to the writer without waiting for it (a world's creation: the first
    /// call on the world comes after it and is waited for).
    pub fn append_quietly(&self, record: &Record) {
        self.send(frame(record), None);
    }

    fn send(&self, frame: Vec<u8>, done: Option<tokio::sync::oneshot::Sender<Result<(), String>>>) {
        match &self.writer {
            SegmentWriter::Thread(commands) => {
                if let Err(mpsc::SendError(Command::Append { done: Some(done), .. })) =
                    commands.lock().send(Command::Append { frame, done })
                {
                    let _ = done.send(Err(writer_gone()));
                }
            }
            SegmentWriter::Inline(segments) => {
                let written = segments.lock().write(&frame);
                if let Some(done) = done {
                    let _ = done.send(written);
                }
            }
        }
    }

    /// Resolves once every record handed over before it is written: records that are not
    /// waited for (deliveries) are on disk after it.
    pub fn barrier(&self) -> Durable {
        let (done, receiver) = tokio::sync::oneshot::channel();
        self.send(Vec::new(), Some(done));
        Durable(receiver)
    }

    /// Why the writer stopped, if it has.
    pub fn failure(&self) -> Option<String> {
        self.failure.lock().clone()
    }

    /// Whether enough has been written that a snapshot is due, claiming it if so.
    pub fn claim_snapshot(&self) -> bool {
        self.since_snapshot.load(Ordering::Relaxed) >= self.snapshot_every
            && self
                .snapshotting
                .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
    }

    /// Starts a new segment; its number.
    fn rotate(&self) -> Result<u64, PersistError> {
        let rotated = match &self.writer {
            SegmentWriter::Thread(commands) => {
                let (reply, answer) = mpsc::channel();
                commands
                    .lock()
                    .send(Command::Rotate(reply))
                    .map_err(|_| writer_gone())
                    .and_then(|()| answer.recv().map_err(|_| writer_gone()))
                    .and_then(|rotated| rotated)
            }
            SegmentWriter::Inline(segments) => segments.lock().rotate(),
        };
        rotated.map_err(|why| PersistError::Stopped { why })
    }

    /// Writes a snapshot of the worlds `images` gives (taken after the writer started a new
    /// segment, so every record of the older segments is in them) and deletes those segments.
    pub fn snapshot(&self, fixtures: u64, images: impl FnOnce() -> Vec<(String, Vec<u8>)>) -> Result<(), PersistError> {
        let result = (|| {
            let keep_from = self.rotate()?;
            self.since_snapshot.store(0, Ordering::Relaxed);
            write_snapshot(&self.disk, &self.dir, fixtures, &images())?;
            for (n, path) in segments(&self.dir)? {
                if n < keep_from {
                    self.disk
                        .step()
                        .and_then(|()| fs::remove_file(&path))
                        .map_err(PersistError::io(&path))?;
                }
            }
            Ok(())
        })();
        self.snapshotting.store(false, Ordering::Release);
        result
    }
}

fn new_segment(disk: &Disk, dir: &Path, n: u64, build: &str) -> Result<File, PersistError> {
    let path = segment_path(dir, n);
    let created = (|| {
        disk.step()?;
        let mut options = OpenOptions::new();
        options.append(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path)?;
        disk.write(&mut file, &journal_header(build))?;
        Ok(file)
    })();
    created.map_err(PersistError::io(&path))
}

/// The segment being written, and how.
struct Segments {
    dir: PathBuf,
    segment: u64,
    file: File,
    build: String,
    disk: Disk,
    failure: Arc<Mutex<Option<String>>>,
    failed: Arc<tokio::sync::Notify>,
}

/// The most records the writer thread writes in one go.
const BATCH: usize = 1024;

impl Segments {
    /// Appends `bytes` to the segment, unless an earlier write failed; a failed write stops
    /// every later one.
    fn write(&mut self, bytes: &[u8]) -> Result<(), String> {
        if let Some(why) = self.failure.lock().clone() {
            return Err(why);
        }
        self.disk.write(&mut self.file, bytes).map_err(|e| {
            let why = format!("{}: {e}", segment_path(&self.dir, self.segment).display());
            *self.failure.lock() = Some(why.clone());
            self.failed.notify_one();
            why
        })
    }

    fn rotate(&mut self) -> Result<u64, String> {
        let next = self.segment + 1;
        let file = new_segment(&self.disk, &self.dir, next, &self.build).map_err(|e| e.to_string())?;
        self.file = file;
        self.segment = next;
        Ok(next)
    }

    /// The writer thread: batches whatever records wait into one write.
    fn run(mut self, commands: mpsc::Receiver<Command>) {
        let mut pending: Option<Command> = None;
        loop {
            let command = match pending.take() {
                Some(command) => command,
                None => match commands.recv() {
                    Ok(command) => command,
                    Err(_) => return,
                },
            };
            match command {
                Command::Rotate(reply) => {
                    let rotated = self.rotate();
                    let _ = reply.send(rotated);
                }
                Command::Append { frame, done } => {
                    let mut bytes = frame;
                    let mut waiting = Vec::new();
                    waiting.extend(done);
                    while waiting.len() < BATCH {
                        match commands.try_recv() {
                            Ok(Command::Append { frame, done }) => {
                                bytes.extend_from_slice(&frame);
                                waiting.extend(done);
                            }
                            Ok(other) => {
                                pending = Some(other);
                                break;
                            }
                            Err(_) => break,
                        }
                    }
                    let result = self.write(&bytes);
                    for done in waiting {
                        let _ = done.send(result.clone());
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(seq: u64) -> Record {
        Record::Call(Call {
            key: "k".into(),
            seq,
            request_id: 9,
            now: 1,
            wall: 2,
            method: "POST".into(),
            path: "/v1/charges".into(),
            query: String::new(),
            account: Some("acct_1".into()),
            idempotency_key: None,
            body: b"amount=1".to_vec(),
            version: Some("2026-10-28.endive".into()),
            produced: Produced {
                version: seq * 3,
                digest: 0xdead_beef,
            },
        })
    }

    #[test]
    fn records_round_trip_and_damage_is_cut_off() {
        let mut bytes = Vec::new();
        for seq in 1..=3 {
            bytes.extend(frame(&call(seq)));
        }
        let whole = bytes.len();
        assert_eq!(read_records(&bytes), (vec![call(1), call(2), call(3)], whole));
        // A torn last record: the first two survive.
        let (records, valid) = read_records(&bytes[..whole - 3]);
        assert_eq!(records, vec![call(1), call(2)]);
        // A flipped byte in the second: only the first survives.
        let second = frame(&call(1)).len();
        bytes[second + 10] ^= 0xff;
        let (records, corrupt_at) = read_records(&bytes);
        assert_eq!((records, corrupt_at), (vec![call(1)], second));
        assert!(valid > second);
    }

    #[test]
    fn formats_are_told_apart() {
        let path = Path::new("x");
        let mut current = header(SNAPSHOT).to_vec();
        current.extend_from_slice(b"body");
        assert_eq!(format_of(path, &current, SNAPSHOT).unwrap(), FORMAT);
        assert!(
            format_of(path, &current, JOURNAL).is_err(),
            "a snapshot is not a journal"
        );
        assert_eq!(format_of(path, b"debitsim-snap-v1....", SNAPSHOT).unwrap(), 1);
        let old_segment = frame(&call(1));
        assert_eq!(format_of(path, &old_segment, JOURNAL).unwrap(), 1);
        assert!(format_of(path, b"something else entirely", JOURNAL).is_err());
        let mut future = header(JOURNAL).to_vec();
        future[MAGIC.len() + 1] = 9;
        assert_eq!(format_of(path, &future, JOURNAL).unwrap(), 9);
    }

    /// A segment's header names its build; one cut short anywhere is told from a whole one.
    #[test]
    fn a_segment_names_its_build_and_an_unfinished_header_is_recognised() {
        let whole = journal_header("0.1.0+0123456789abcdef");
        assert_eq!(
            journal_stamp(&whole),
            Some(("0.1.0+0123456789abcdef".to_owned(), whole.len()))
        );
        for cut in 1..whole.len() {
            assert!(unfinished_header(&whole[..cut]), "{cut}");
            assert_eq!(journal_stamp(&whole[..cut]), None, "{cut}");
        }
        assert!(!unfinished_header(&whole));
        let mut other = whole.clone();
        other[3] ^= 1;
        assert!(!unfinished_header(&other[..5]), "not our header at all");
    }

    /// A simulated crash lets exactly its budget of work happen, then nothing.
    #[test]
    fn a_crash_cuts_a_write_at_its_byte() {
        let dir = std::env::temp_dir().join(format!("debitsim-crash-unit-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let crash = Crash::after(1 + 10);
        let disk = Disk {
            crash: Some(crash.clone()),
        };
        let path = dir.join("f");
        let mut file = create_private(&disk, &path).unwrap();
        assert!(!crash.happened());
        assert!(disk.write(&mut file, b"0123456789abcdef").is_err());
        assert!(crash.happened());
        assert_eq!(fs::read(&path).unwrap(), b"0123456789");
        assert!(disk.step().is_err(), "nothing happens after the crash");
        assert!(disk.write(&mut file, b"").is_ok(), "nothing to write is no work");
        fs::remove_dir_all(&dir).unwrap();
    }
}
