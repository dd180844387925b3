/**
 * Chart data from decimal-string money. Amounts are converted to JS numbers only to place bars and
 * points on the screen (`plotValue`); labels, tooltips and the accessible table format the
 * original strings with `formatMoney`, and nothing is ever summed from the plotted numbers.
 */
export interface ChartSeries {
  key: string;
  label: string;
  kind: 'bar' | 'line';
}

export interface ChartPoint {
  /** The category on the x axis, e.g. "Apr 2026". */
  label: string;
  /** Decimal strings by series key; null where a series has no value. */
  values: Record<string, string | null>;
}

/** For plotting only: the on-screen position of an amount (precision beyond a pixel is irrelevant). */
export function plotValue(amount: string | null): number | null {
  if (amount === null) return null;
  const value = Number(amount);
  return Number.isFinite(value) ? value : null;
}

/** Rows recharts can plot: `{ label, [series]: number | null }`, keeping the strings beside them under `raw`. */
export function plotRows(points: readonly ChartPoint[], series: readonly ChartSeries[]): Record<string, unknown>[] {
  return points.map((point) => {
    const row: Record<string, unknown> = { label: point.label, raw: point.values };
    for (const s of series) row[s.key] = plotValue(point.values[s.key] ?? null);
    return row;
  });
}

/** Axis ticks are approximate positions, not amounts: a compact currency label (₹1.2L, $3.4K). */
export function compactTick(value: number, currency: string, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
