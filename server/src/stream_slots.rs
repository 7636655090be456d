//! At most a few open event streams per bearer token or session: a new stream replaces the
//! oldest, so one stolen or looping token cannot hold hundreds of connections.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::oneshot;

/// Streams one token or session may hold open at once.
pub const STREAMS_PER_TOKEN: usize = 3;

/// One key's open streams, oldest first: each one's id and what ends it.
type Open = VecDeque<(u64, oneshot::Sender<()>)>;

/// Open streams by key (a digest of the token, never the token itself).
#[derive(Default)]
pub struct StreamSlots {
    open: Mutex<HashMap<String, Open>>,
    next_id: AtomicU64,
}

/// One open stream's place; dropping it frees the place, [`StreamSlot::replaced`] ends when a
/// newer stream of the same key took it.
pub struct StreamSlot {
    slots: Arc<StreamSlots>,
    key: String,
    id: u64,
    replaced: Option<oneshot::Receiver<()>>,
}

impl StreamSlots {
    /// Takes a place for a new stream of `key`, ending the oldest beyond the limit.
    pub fn claim(self: &Arc<Self>, key: String) -> StreamSlot {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = oneshot::channel();
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let streams = open.entry(key.clone()).or_default();
        streams.push_back((id, tx));
        while streams.len() > STREAMS_PER_TOKEN {
            if let Some((_, oldest)) = streams.pop_front() {
                let _ = oldest.send(());
            }
        }
        StreamSlot {
            slots: self.clone(),
            key,
            id,
            replaced: Some(rx),
        }
    }
}

impl StreamSlot {
    /// Resolves when a newer stream of the same key replaced this one.
    pub async fn replaced(mut self) {
        if let Some(rx) = self.replaced.take() {
            let _ = rx.await;
        }
        // `self` drops here and frees nothing more: its place is already gone.
    }
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        let mut open = self
            .slots
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(streams) = open.get_mut(&self.key) {
            streams.retain(|(id, _)| *id != self.id);
            if streams.is_empty() {
                open.remove(&self.key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn given_one_stream_too_many_should_end_the_oldest() {
        let slots = Arc::new(StreamSlots::default());
        let first = slots.claim("k".into());
        let others: Vec<StreamSlot> = (0..STREAMS_PER_TOKEN)
            .map(|_| slots.claim("k".into()))
            .collect();
        tokio::time::timeout(std::time::Duration::from_secs(1), first.replaced())
            .await
            .expect("the oldest stream ends");
        drop(others);
        assert!(slots.open.lock().unwrap().is_empty());
    }
}
