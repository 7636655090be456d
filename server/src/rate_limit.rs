//! A token bucket per key (a session, a client): a burst, then a steady rate.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

/// Keys kept before idle, refilled buckets are forgotten.
const MAX_KEYS: usize = 10_000;

/// Up to `burst` requests at once, refilled at `per_second`.
pub struct RateLimiter {
    burst: f64,
    per_second: f64,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl RateLimiter {
    pub fn new(burst: u32, per_second: f64) -> Self {
        RateLimiter {
            burst: f64::from(burst),
            per_second,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one request from `key`'s bucket; false when it is empty.
    pub fn allow(&self, key: &str) -> bool {
        self.take(key).is_ok()
    }

    /// Takes one request from `key`'s bucket, or says in how many whole seconds (at least
    /// one) the next one will be there: what `Retry-After` sends.
    pub fn take(&self, key: &str) -> Result<(), u64> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if buckets.len() >= MAX_KEYS {
            let (burst, rate) = (self.burst, self.per_second);
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * rate < burst
            });
        }
        let (tokens, at) = buckets.entry(key.to_string()).or_insert((self.burst, now));
        *tokens =
            (*tokens + now.duration_since(*at).as_secs_f64() * self.per_second).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / self.per_second).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_a_burst_should_refuse_past_it_per_key() {
        let limiter = RateLimiter::new(3, 0.001);
        assert!((0..3).all(|_| limiter.allow("a")));
        assert!(!limiter.allow("a"));
        assert!(limiter.allow("b"));
    }

    #[test]
    fn given_an_empty_bucket_should_say_when_the_next_request_is_due() {
        let limiter = RateLimiter::new(1, 0.1);
        assert_eq!(limiter.take("a"), Ok(()));
        assert!(matches!(limiter.take("a"), Err(9 | 10)));
    }
}
