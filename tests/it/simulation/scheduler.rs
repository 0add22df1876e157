//! The simulation's scheduler: concurrent requests polled one at a time, in an order a seed
//! chooses, so that one seed is one interleaving.
//!
//! Requests run on the test's current-thread runtime with paused time: a request that waits
//! (an injected delay) waits on tokio's clock, which moves only when nothing else can run.
//! Whenever several requests can make progress, the seed picks which one does; a request
//! runs until it waits or ends. The journal is written inline (`persist::Writing::inline`)
//! and webhooks are answered in-process, so no thread or socket outside this one decides
//! anything.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Wake, Waker};

use parking_lot::Mutex;

use super::Rng;

/// Whether one request may make progress, and whom to tell when it may.
struct Ready {
    woken: AtomicBool,
    parent: Mutex<Option<Waker>>,
}

impl Wake for Ready {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.woken.store(true, Ordering::Release);
        if let Some(parent) = self.parent.lock().take() {
            parent.wake();
        }
    }
}

/// A request in flight.
pub type Task<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Runs `tasks` to their ends, each step polling one that may make progress, chosen by
/// `rng`. Returns each task's output, and the order in which they ended.
pub async fn interleave<T>(rng: &mut Rng, tasks: Vec<Task<'_, T>>) -> (Vec<T>, Vec<usize>) {
    let ready: Vec<Arc<Ready>> = tasks
        .iter()
        .map(|_| {
            Arc::new(Ready {
                woken: AtomicBool::new(true),
                parent: Mutex::new(None),
            })
        })
        .collect();
    let mut slots: Vec<Option<Task<'_, T>>> = tasks.into_iter().map(Some).collect();
    let mut outputs: Vec<Option<T>> = slots.iter().map(|_| None).collect();
    let mut ended = Vec::new();
    std::future::poll_fn(|cx: &mut Context<'_>| {
        loop {
            let runnable: Vec<usize> = (0..slots.len())
                .filter(|&i| slots[i].is_some() && ready[i].woken.load(Ordering::Acquire))
                .collect();
            if runnable.is_empty() {
                if slots.iter().all(Option::is_none) {
                    return Poll::Ready(());
                }
                for r in &ready {
                    *r.parent.lock() = Some(cx.waker().clone());
                }
                // A task may have been woken while the parent's waker was being handed out.
                if (0..slots.len()).any(|i| slots[i].is_some() && ready[i].woken.load(Ordering::Acquire)) {
                    continue;
                }
                return Poll::Pending;
            }
            let i = runnable[rng.below(runnable.len())];
            ready[i].woken.store(false, Ordering::Release);
            let waker = Waker::from(ready[i].clone());
            let task = slots[i].as_mut().expect("a runnable task");
            if let Poll::Ready(output) = task.as_mut().poll(&mut Context::from_waker(&waker)) {
                outputs[i] = Some(output);
                slots[i] = None;
                ended.push(i);
            }
        }
    })
    .await;
    (
        outputs.into_iter().map(|o| o.expect("every task ended")).collect(),
        ended,
    )
}
