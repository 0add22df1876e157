//! `--state DIR`: every world survives restarts and `kill -9`.
//!
//! Every request that changed a world is appended to a journal — written to the file before
//! its response is sent — as the request itself plus the simulated time it ran at. The
//! ledger is deterministic, so replaying the journal through the same endpoint code rebuilds
//! the same worlds, idempotency records included. Now and then (every
//! [`SNAPSHOT_EVERY`] records by default, at start-up after a replay, and at shutdown) the worlds are
//! written to a snapshot and the journal segments it covers are deleted.
//!
//! Files: `DIR/snapshot` and `DIR/journal-NNNNNN`. Each journal record is framed as
//! `length (u32 LE) | CRC-32 (u32 LE) | payload`, so a torn or corrupted tail is detected;
//! start-up reports it and keeps the valid prefix. A record written is safe from a crash of
//! the process (the OS holds it); `fsync` is left to snapshots, so a power loss can lose the
//! last moments of the journal.
//!
//! Armed faults and the rate limit's budget are not persisted. The files hold the API keys
//! the worlds belong to, so the directory and its files are readable by their owner only.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use parking_lot::Mutex;
use serde::{Deserialize, Serialize};

use super::idempotency::Idempotency;
use crate::ledger::{Ledger, Timestamp};

/// How many journal records trigger a snapshot, unless `--snapshot-every` says otherwise.
pub const SNAPSHOT_EVERY: u64 = 10_000;

/// The largest journal record read back (a request body is at most 1 MiB).
const MAX_RECORD: u32 = 16 << 20;

const SNAPSHOT_MAGIC: &[u8; 16] = b"debitsim-snap-v1";

/// One journal record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Record {
    /// A key's world was created from the fixtures at `created`.
    World {
        key: String,
        created: Timestamp,
        fixtures: u64,
    },
    /// A request that changed the world of `key`, `seq`-th of that world.
    Call(Call),
}

/// A request as the journal keeps it: enough to run it again exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    pub key: String,
    pub seq: u64,
    /// The world's simulated time when it ran.
    pub now: Timestamp,
    /// The wall clock when it ran (resets and clock moves depend on it).
    pub wall: Timestamp,
    pub post: bool,
    pub path: String,
    pub query: String,
    pub account: Option<String>,
    pub idempotency_key: Option<String>,
    pub body: Vec<u8>,
}

/// One world in a snapshot.
#[derive(Deserialize)]
pub struct WorldImage {
    pub key: String,
    pub ledger: Ledger,
    pub clock_offset: i64,
    pub idempotency: Idempotency,
    pub seq: u64,
}

/// A world as written to a snapshot: the same fields as [`WorldImage`], borrowed, so a world
/// is serialized under its lock without being copied.
#[derive(Serialize)]
struct WorldImageRef<'a> {
    key: &'a str,
    ledger: &'a Ledger,
    clock_offset: i64,
    idempotency: &'a Idempotency,
    seq: u64,
}

/// A world, serialized for a snapshot.
pub fn image(key: &str, world: &super::state::World) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_stdvec(&WorldImageRef {
        key,
        ledger: &world.ledger,
        clock_offset: world.clock_offset,
        idempotency: &world.idempotency,
        seq: world.seq,
    })
}

/// A snapshot: the fixtures it was made with, and each world serialized on its own.
#[derive(Serialize, Deserialize)]
struct Snapshot {
    fixtures: u64,
    worlds: Vec<Vec<u8>>,
}

/// The journal being written.
#[derive(Debug)]
pub struct Journal {
    dir: PathBuf,
    file: Mutex<(u64, File)>,
    since_snapshot: AtomicU64,
    snapshot_every: u64,
    snapshotting: AtomicBool,
}

/// Opens a new file readable and writable by its owner only.
fn create_private(path: &Path, append: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true).append(append);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

fn segment_path(dir: &Path, n: u64) -> PathBuf {
    dir.join(format!("journal-{n:06}"))
}

/// The journal segments in `dir`, oldest first.
fn segments(dir: &Path) -> io::Result<Vec<(u64, PathBuf)>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
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

impl Journal {
    /// Opens a new segment after every existing one; a snapshot follows every
    /// `snapshot_every` records.
    pub fn open(dir: &Path, snapshot_every: u64) -> io::Result<Journal> {
        let next = segments(dir)?.last().map_or(1, |(n, _)| n + 1);
        let file = create_private(&segment_path(dir, next), true)?;
        Ok(Journal {
            dir: dir.to_owned(),
            file: Mutex::new((next, file)),
            since_snapshot: AtomicU64::new(0),
            snapshot_every: snapshot_every.max(1),
            snapshotting: AtomicBool::new(false),
        })
    }

    /// Appends a record; when this returns `Ok` the record is in the OS's hands.
    pub fn append(&self, record: &Record) -> io::Result<()> {
        let frame = frame(record)?;
        let mut file = self.file.lock();
        file.1.write_all(&frame)?;
        self.since_snapshot.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Whether enough has been written that a snapshot is due, claiming it if so.
    pub fn claim_snapshot(&self) -> bool {
        self.since_snapshot.load(Ordering::Relaxed) >= self.snapshot_every
            && self
                .snapshotting
                .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
    }

    /// Starts a new segment for what follows; returns the first segment number the coming
    /// snapshot need not cover.
    fn rotate(&self) -> io::Result<u64> {
        let mut file = self.file.lock();
        let next = file.0 + 1;
        let fresh = create_private(&segment_path(&self.dir, next), true)?;
        *file = (next, fresh);
        self.since_snapshot.store(0, Ordering::Relaxed);
        Ok(next)
    }

    /// Writes a snapshot of the worlds `images` yields (called after `rotate`, so every
    /// record of older segments is in it) and deletes those segments.
    pub fn snapshot(&self, fixtures: u64, images: impl FnOnce() -> Vec<Vec<u8>>) -> io::Result<()> {
        let result = (|| {
            let keep_from = self.rotate()?;
            write_snapshot(&self.dir, fixtures, images())?;
            for (n, path) in segments(&self.dir)? {
                if n < keep_from {
                    fs::remove_file(path)?;
                }
            }
            Ok(())
        })();
        self.snapshotting.store(false, Ordering::Release);
        result
    }
}

fn frame(record: &Record) -> io::Result<Vec<u8>> {
    let payload = postcard::to_stdvec(record).map_err(io::Error::other)?;
    let length = u32::try_from(payload.len()).map_err(io::Error::other)?;
    let mut frame = Vec::with_capacity(8 + payload.len());
    frame.extend_from_slice(&length.to_le_bytes());
    frame.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    frame.extend_from_slice(&payload);
    Ok(frame)
}

fn write_snapshot(dir: &Path, fixtures: u64, worlds: Vec<Vec<u8>>) -> io::Result<()> {
    let body = postcard::to_stdvec(&Snapshot { fixtures, worlds }).map_err(io::Error::other)?;
    let temporary = dir.join("snapshot.tmp");
    let _ = fs::remove_file(&temporary);
    let mut file = create_private(&temporary, false)?;
    file.write_all(SNAPSHOT_MAGIC)?;
    file.write_all(&crc32fast::hash(&body).to_le_bytes())?;
    file.write_all(&body)?;
    file.sync_all()?;
    fs::rename(&temporary, dir.join("snapshot"))?;
    File::open(dir)?.sync_all()
}

/// What start-up found in a state directory.
pub struct Recovered {
    pub worlds: Vec<WorldImage>,
    pub records: Vec<Record>,
    /// A problem at the end of the journal, already cut off, to report.
    pub damage: Option<String>,
}

/// Reads `dir`: the snapshot (if any) and every journal record after it, cutting off a
/// corrupted or truncated tail (and any segment after it).
pub fn recover(dir: &Path, fixtures: u64) -> io::Result<Recovered> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    fs::set_permissions(dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
    let mut worlds = Vec::new();
    let snapshot_path = dir.join("snapshot");
    if snapshot_path.exists() {
        let mut bytes = Vec::new();
        File::open(&snapshot_path)?.read_to_end(&mut bytes)?;
        let bad = |why: &str| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{}: {why}", snapshot_path.display()),
            )
        };
        let (magic, rest) = bytes.split_at_checked(16).ok_or_else(|| bad("too short"))?;
        let (crc, body) = rest.split_at_checked(4).ok_or_else(|| bad("too short"))?;
        if magic != SNAPSHOT_MAGIC {
            return Err(bad("not a debitsim snapshot"));
        }
        if crc32fast::hash(body).to_le_bytes() != crc {
            return Err(bad("checksum mismatch (the snapshot is damaged)"));
        }
        let snapshot: Snapshot = postcard::from_bytes(body).map_err(|e| bad(&e.to_string()))?;
        if snapshot.fixtures != fixtures {
            return Err(other_fixtures(dir));
        }
        worlds = snapshot
            .worlds
            .iter()
            .map(|bytes| postcard::from_bytes(bytes).map_err(|e| bad(&e.to_string())))
            .collect::<io::Result<Vec<WorldImage>>>()?;
    }
    let mut records = Vec::new();
    let mut damage = None;
    let all = segments(dir)?;
    for (i, (_, path)) in all.iter().enumerate() {
        let mut bytes = Vec::new();
        File::open(path)?.read_to_end(&mut bytes)?;
        let (read, valid) = read_records(&bytes);
        records.extend(read);
        if valid < bytes.len() {
            damage = Some(format!(
                "{}: {} bytes at offset {valid} are truncated or corrupted; kept the {} records before them{}",
                path.display(),
                bytes.len() - valid,
                records.len(),
                if i + 1 < all.len() {
                    ", and set aside the later segments"
                } else {
                    ""
                }
            ));
            OpenOptions::new().write(true).open(path)?.set_len(valid as u64)?;
            for (_, later) in &all[i + 1..] {
                fs::rename(later, later.with_extension("damaged"))?;
            }
            break;
        }
    }
    for record in &records {
        if let Record::World { fixtures: recorded, .. } = record
            && *recorded != fixtures
        {
            return Err(other_fixtures(dir));
        }
    }
    Ok(Recovered {
        worlds,
        records,
        damage,
    })
}

fn other_fixtures(dir: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{} was recorded with other fixtures; start with the same --fixtures, or use a new state directory",
            dir.display()
        ),
    )
}

/// The records of one segment, and how many bytes of it were valid.
fn read_records(bytes: &[u8]) -> (Vec<Record>, usize) {
    let mut records = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let Some(header) = bytes.get(at..at + 8) else { break };
        let length = u32::from_le_bytes([header[0], header[1], header[2], header[3]]);
        let crc = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
        if length > MAX_RECORD {
            break;
        }
        let Some(payload) = bytes.get(at + 8..at + 8 + length as usize) else {
            break;
        };
        if crc32fast::hash(payload) != crc {
            break;
        }
        let Ok(record) = postcard::from_bytes::<Record>(payload) else {
            break;
        };
        records.push(record);
        at += 8 + length as usize;
    }
    (records, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::Fixtures;
    use crate::server::state::AppState;

    /// A world written to a snapshot image and read back is the same world.
    #[test]
    fn worlds_round_trip_through_snapshot_images() {
        let state = AppState::new(Fixtures::builtin());
        let shared = state.world("round_trip").unwrap();
        {
            let mut world = shared.lock();
            let platform = world.ledger.platform().id.to_string();
            let actor = world.ledger.acting_as(Some("acct_1SimExpressUS001")).unwrap();
            world
                .ledger
                .create_transfer(
                    actor,
                    crate::ledger::TransferParams {
                        amount: crate::ledger::Input::Given(250_000_000),
                        currency: Some("usd".into()),
                        destination: Some(platform),
                        ..Default::default()
                    },
                )
                .unwrap();
            let now = world.ledger.now();
            world.ledger.advance_clock(now + 5 * 86_400);
            world.idempotency.begin(None, "k", 7, now);
        }
        let world = shared.lock();
        let bytes = image("round_trip", &world).unwrap();
        let restored: WorldImage = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(restored.key, "round_trip");
        assert!(restored.ledger == world.ledger);
        assert_eq!(restored.clock_offset, world.clock_offset);
        assert_eq!(restored.idempotency.len(), 1);
        restored.ledger.audit().unwrap();
    }

    fn call(seq: u64) -> Record {
        Record::Call(Call {
            key: "k".into(),
            seq,
            now: 1,
            wall: 2,
            post: true,
            path: "/v1/charges".into(),
            query: String::new(),
            account: Some("acct_1".into()),
            idempotency_key: None,
            body: b"amount=1".to_vec(),
        })
    }

    #[test]
    fn records_round_trip_and_damage_is_cut_off() {
        let mut bytes = Vec::new();
        for seq in 1..=3 {
            bytes.extend(frame(&call(seq)).unwrap());
        }
        let whole = bytes.len();
        assert_eq!(read_records(&bytes), (vec![call(1), call(2), call(3)], whole));
        // A torn last record: the first two survive.
        let (records, valid) = read_records(&bytes[..whole - 3]);
        assert_eq!(records, vec![call(1), call(2)]);
        // A flipped byte in the second: only the first survives.
        let second = frame(&call(1)).unwrap().len();
        bytes[second + 10] ^= 0xff;
        let (records, corrupt_at) = read_records(&bytes);
        assert_eq!((records, corrupt_at), (vec![call(1)], second));
        assert!(valid > second);
    }
}
