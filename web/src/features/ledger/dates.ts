/** Calendar dates as the API carries them: `YYYY-MM-DD`, no time zone arithmetic through Date offsets. */

/** Today in the browser's time zone. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The last day of each of the `count` months ending with the month of `asOf` (oldest first); the
 * current month ends at `asOf` itself. `monthEnds('2026-06-15', 3)` → 2026-04-30, 2026-05-31, 2026-06-15.
 */
export function monthEnds(asOf: string, count: number): string[] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    out.push(i === 0 ? asOf : `${year}-${String(month).padStart(2, '0')}-${String(daysIn(year, month)).padStart(2, '0')}`);
  }
  return out;
}

/** `2026-04-30` → `Apr 2026` in the user's locale. */
export function monthLabel(date: string, locale?: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** `2026-04-05` → `5 Apr 2026` (per locale), without shifting the day by the time zone. */
export function formatDate(date: string, locale?: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
