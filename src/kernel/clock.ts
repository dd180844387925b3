/** The single source of "now". Tests fix it; production reads the system clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

let current: Clock = systemClock;

export function now(): Date {
  return current.now();
}

export function setClock(clock: Clock): void {
  current = clock;
}

export function resetClock(): void {
  current = systemClock;
}

export function fixedClock(at: Date | string): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let t = new Date(at).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(next: Date | string) {
      t = new Date(next).getTime();
    },
  };
}
