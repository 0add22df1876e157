//! `--state DIR`: every world survives restarts and `kill -9`.
//!
//! Every request that changed a world is appended to a journal, as the request itself plus
//! the simulated time it ran at, and its response waits until the record is written. The
//! ledger is deterministic, so replaying the journal through the same endpoint code
//! rebuilds the same worlds. Now and then (every [`SNAPSHOT_EVERY`] records by default, at
//! start-up after a replay, and at shutdown) the worlds' images are written to a snapshot and
//! the journal segments it covers are deleted.
//!
//! Files: `DIR/snapshot` and `DIR/journal-NNNNNN`. Each begins with a header naming what it
//! is and its state format ([`FORMAT`]); a directory written in another format is refused,
//! naming both formats, before anything in it is touched. Each journal record is framed as
//! `length (u32 LE) | CRC-32 (u32 LE) | payload`, so a torn or corrupted tail is detected;
//! start-up reports it and keeps the valid prefix. A record written is safe from a crash of
//! the process (the OS holds it); `fsync` is left to snapshots, so a power loss can lose the
//! last moments of the journal.
//!
//! The journal is written by a thread of its own: a request hands its record over while it
//! holds its world's lock (so each world's records are in the order its changes happened)
//! and waits for the write after releasing the lock, so disk I/O never holds a world and
//! writes from many worlds are batched together. This module knows files and bytes only; a
//! world writes and reads its own image.
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
/// its in-memory layout and journal segments without a header.
pub const FORMAT: u32 = 2;

/// How many journal records trigger a snapshot, unless `--snapshot-every` says otherwise.
pub const SNAPSHOT_EVERY: u64 = 10_000;

/// The largest journal record read back (a request body is at most 1 MiB).
const MAX_RECORD: u32 = 16 << 20;

/// Every file starts with this, a letter for what it is, and its format (u32 LE).
const MAGIC: &[u8; 9] = b"debitsim\0";
const SNAPSHOT: u8 = b'S';
const JOURNAL: u8 = b'J';
const HEADER_LEN: usize = MAGIC.len() + 1 + 4;

/// How format 1 (debitsim 0.1.0) began its snapshots.
const FORMAT_1_SNAPSHOT: &[u8; 16] = b"debitsim-snap-v1";

/// One journal record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    /// A key's world was created from the fixtures at `created`.
    World {
        key: String,
        created: Timestamp,
        fixtures: u64,
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
}

image_struct!(Delivery {
    key,
    seq,
    target,
    event,
    outcome,
    now
});

/// A request as the journal keeps it: enough to run it again exactly.
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
    version
});

impl Image for Record {
    fn write(&self, w: &mut Writer) {
        match self {
            Record::World { key, created, fixtures } => {
                w.put(&0u8);
                w.put(key);
                w.put(created);
                w.put(fixtures);
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
            }),
            1 => Ok(Record::Call(r.take()?)),
            2 => Ok(Record::Delivery(r.take()?)),
            _ => Err(r.invalid("journal record")),
        }
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
            PersistError::Stopped { why } => write!(f, "the --state journal stopped: {why}"),
        }
    }
}

impl std::error::Error for PersistError {}

/// Opens a new file readable and writable by its owner only.
fn create_private(path: &Path) -> io::Result<File> {
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

/// What start-up found in a state directory: each world's image, and the journal records
/// after them.
pub struct Recovered {
    /// `(key, image)` of each world in the snapshot.
    pub worlds: Vec<(String, Vec<u8>)>,
    pub records: Vec<Record>,
    /// A problem at the end of the journal, already cut off, to report.
    pub damage: Option<String>,
}

/// Reads `dir`: the snapshot (if any) and every journal record after it, cutting off a
/// corrupted or truncated tail (and setting aside any segment after it). A directory in
/// another state format, or written with other fixtures, is refused before anything in it is
/// changed.
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
    // Every file's format first, before anything is read further or changed.
    if let Some(bytes) = &snapshot {
        let found = format_of(&snapshot_path, bytes, SNAPSHOT)?;
        if found != FORMAT {
            return Err(PersistError::Format {
                path: snapshot_path,
                found,
            });
        }
    }
    for (_, path) in &all {
        let bytes = read_file(path)?;
        if !bytes.is_empty() {
            let found = format_of(path, &bytes, JOURNAL)?;
            if found != FORMAT {
                return Err(PersistError::Format {
                    path: path.clone(),
                    found,
                });
            }
        }
        contents.push(bytes);
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

    let mut records = Vec::new();
    let mut damage = None;
    for (i, ((_, path), bytes)) in all.iter().zip(&contents).enumerate() {
        if bytes.is_empty() {
            continue;
        }
        let body = &bytes[HEADER_LEN.min(bytes.len())..];
        let (read, valid) = read_records(body);
        records.extend(read);
        if valid < body.len() {
            damage = Some(format!(
                "{}: {} bytes at offset {} are truncated or corrupted; kept the {} records before them{}",
                path.display(),
                body.len() - valid,
                HEADER_LEN + valid,
                records.len(),
                if i + 1 < all.len() {
                    ", and set aside the later segments"
                } else {
                    ""
                }
            ));
            OpenOptions::new()
                .write(true)
                .open(path)
                .and_then(|f| f.set_len((HEADER_LEN + valid) as u64))
                .map_err(PersistError::io(path))?;
            for (_, later) in &all[i + 1..] {
                fs::rename(later, later.with_extension("damaged")).map_err(PersistError::io(later))?;
            }
            break;
        }
    }
    for record in &records {
        if let Record::World { fixtures: recorded, .. } = record
            && *recorded != fixtures
        {
            return Err(PersistError::OtherFixtures { dir: dir.to_owned() });
        }
    }
    #[cfg(unix)]
    fs::set_permissions(dir, std::os::unix::fs::PermissionsExt::from_mode(0o700)).map_err(PersistError::io(dir))?;
    Ok(Recovered {
        worlds,
        records,
        damage,
    })
}

/// Writes a snapshot of `worlds` (each `(key, image)`) made with fixtures `fixtures`:
/// written aside, synced, then renamed over the old one.
fn write_snapshot(dir: &Path, fixtures: u64, worlds: &[(String, Vec<u8>)]) -> Result<(), PersistError> {
    let mut w = Writer::new();
    w.put(&fixtures);
    List::write(worlds, &mut w);
    let body = w.into_bytes();
    let temporary = dir.join("snapshot.tmp");
    let _ = fs::remove_file(&temporary);
    let io = PersistError::io(&temporary);
    let written = (|| {
        let mut file = create_private(&temporary)?;
        file.write_all(&header(SNAPSHOT))?;
        file.write_all(&crc32fast::hash(&body).to_le_bytes())?;
        file.write_all(&body)?;
        file.sync_all()
    })();
    written.map_err(io)?;
    let target = dir.join("snapshot");
    fs::rename(&temporary, &target).map_err(PersistError::io(&target))?;
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(PersistError::io(dir))
}

/// What the journal's writer is asked to do, in order.
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

/// The journal being written, by a thread of its own.
pub struct Journal {
    dir: PathBuf,
    commands: Mutex<mpsc::Sender<Command>>,
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

impl Journal {
    /// Opens a new segment after every existing one and starts the writer; a snapshot
    /// follows every `snapshot_every` records.
    pub fn open(dir: &Path, snapshot_every: u64) -> Result<Journal, PersistError> {
        let next = segments(dir)?.last().map_or(1, |(n, _)| n + 1);
        let file = new_segment(dir, next)?;
        let (sender, receiver) = mpsc::channel();
        let failure = Arc::new(Mutex::new(None));
        let failed = Arc::new(tokio::sync::Notify::new());
        let writer = JournalWriter {
            dir: dir.to_owned(),
            segment: next,
            file,
            failure: failure.clone(),
            failed: failed.clone(),
        };
        std::thread::Builder::new()
            .name("debitsim-journal".into())
            .spawn(move || writer.run(receiver))
            .map_err(PersistError::io(dir))?;
        Ok(Journal {
            dir: dir.to_owned(),
            commands: Mutex::new(sender),
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
        if let Err(mpsc::SendError(Command::Append { done: Some(done), .. })) =
            self.commands.lock().send(Command::Append { frame, done })
        {
            let _ = done.send(Err("the journal's writer is gone".into()));
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

    /// Writes a snapshot of the worlds `images` gives (taken after the writer started a new
    /// segment, so every record of the older segments is in them) and deletes those segments.
    pub fn snapshot(&self, fixtures: u64, images: impl FnOnce() -> Vec<(String, Vec<u8>)>) -> Result<(), PersistError> {
        let result = (|| {
            let (reply, answer) = mpsc::channel();
            self.commands
                .lock()
                .send(Command::Rotate(reply))
                .map_err(|_| PersistError::Stopped {
                    why: "the journal's writer is gone".into(),
                })?;
            let keep_from = answer
                .recv()
                .map_err(|_| PersistError::Stopped {
                    why: "the journal's writer is gone".into(),
                })?
                .map_err(|why| PersistError::Stopped { why })?;
            self.since_snapshot.store(0, Ordering::Relaxed);
            write_snapshot(&self.dir, fixtures, &images())?;
            for (n, path) in segments(&self.dir)? {
                if n < keep_from {
                    fs::remove_file(&path).map_err(PersistError::io(&path))?;
                }
            }
            Ok(())
        })();
        self.snapshotting.store(false, Ordering::Release);
        result
    }
}

fn new_segment(dir: &Path, n: u64) -> Result<File, PersistError> {
    let path = segment_path(dir, n);
    let mut options = OpenOptions::new();
    options.append(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path).map_err(PersistError::io(&path))?;
    file.write_all(&header(JOURNAL)).map_err(PersistError::io(&path))?;
    Ok(file)
}

/// The journal's writer thread.
struct JournalWriter {
    dir: PathBuf,
    segment: u64,
    file: File,
    failure: Arc<Mutex<Option<String>>>,
    failed: Arc<tokio::sync::Notify>,
}

/// The most records written in one go.
const BATCH: usize = 1024;

impl JournalWriter {
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
                    // Batch whatever else is already waiting into one write.
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
                    let result = match self.failure.lock().clone() {
                        Some(why) => Err(why),
                        None => self.file.write_all(&bytes).map_err(|e| {
                            let why = format!("{}: {e}", segment_path(&self.dir, self.segment).display());
                            *self.failure.lock() = Some(why.clone());
                            self.failed.notify_one();
                            why
                        }),
                    };
                    for done in waiting {
                        let _ = done.send(result.clone());
                    }
                }
            }
        }
    }

    fn rotate(&mut self) -> Result<u64, String> {
        let next = self.segment + 1;
        let file = new_segment(&self.dir, next).map_err(|e| e.to_string())?;
        self.file = file;
        self.segment = next;
        Ok(next)
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
}
