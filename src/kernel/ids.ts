import { uuidv7 } from 'uuidv7';

/** Produces identifiers. Production uses UUIDv7 (time-ordered); tests may install a predictable one. */
export type IdGenerator = () => string;

let current: IdGenerator = uuidv7;

export function newId(): string {
  return current();
}

export function setIdGenerator(generator: IdGenerator): void {
  current = generator;
}

export function resetIdGenerator(): void {
  current = uuidv7;
}

/** Predictable UUIDv7-shaped ids for tests: 0190…-7000-8000-<counter>. */
export function sequentialIds(prefix = '01900000-0000'): IdGenerator {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-7000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}
