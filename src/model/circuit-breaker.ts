// Stops calling a failing model endpoint for a while: after `failureThreshold` failures in a row the
// circuit opens for `openMs`; then one trial call is let through (half-open) and its outcome decides.

export interface CircuitBreakerOptions {
  failureThreshold?: number;
  openMs?: number;
  now?: () => number;
}

export interface CircuitBreaker {
  /** True when a call may go out now. */
  allow(): boolean;
  success(): void;
  failure(): void;
  state(): 'closed' | 'open' | 'half-open';
}

export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = options.failureThreshold ?? 3;
  const openMs = options.openMs ?? 30_000;
  const now = options.now ?? Date.now;
  let failures = 0;
  let openUntil = 0;
  let trialInFlight = false;

  const state = (): 'closed' | 'open' | 'half-open' => {
    if (failures < threshold) return 'closed';
    return now() < openUntil ? 'open' : 'half-open';
  };

  return {
    allow() {
      const current = state();
      if (current === 'closed') return true;
      if (current === 'open' || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    success() {
      failures = 0;
      trialInFlight = false;
    },
    failure() {
      failures += 1;
      trialInFlight = false;
      if (failures >= threshold) openUntil = now() + openMs;
    },
    state,
  };
}
