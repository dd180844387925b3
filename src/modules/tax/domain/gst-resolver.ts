import type { GstRateInfo, GstRateResolver } from './gst-types.js';

/** One rate row: in force from `effectiveFrom` to `effectiveTo` (both inclusive; open-ended without it). */
export interface GstRateEntry extends GstRateInfo {
  /** HSN/SAC code or a prefix of one (a chapter "22", a heading "2202"). */
  hsn: string;
  effectiveFrom: string;
  effectiveTo?: string;
}

/**
 * A resolver over rows held in memory (tests, and rates loaded for one document by the DB layer).
 * The most specific code wins (the longest prefix of the line's HSN that has a row in force on the
 * date); among rows of one code the latest `effectiveFrom` on or before the date wins.
 */
export function inMemoryRateResolver(entries: readonly GstRateEntry[]): GstRateResolver {
  const byCode = new Map<string, GstRateEntry[]>();
  for (const entry of entries) {
    const list = byCode.get(entry.hsn) ?? [];
    list.push(entry);
    byCode.set(entry.hsn, list);
  }
  for (const list of byCode.values()) list.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0));

  return (hsn, date) => {
    for (let length = hsn.length; length >= 2; length -= 1) {
      const found = byCode.get(hsn.slice(0, length))?.find(
        (entry) => entry.effectiveFrom <= date && (entry.effectiveTo === undefined || date <= entry.effectiveTo),
      );
      if (found) {
        const info: GstRateInfo = { rate: found.rate };
        if (found.cess !== undefined) info.cess = found.cess;
        if (found.category !== undefined) info.category = found.category;
        return info;
      }
    }
    return undefined;
  };
}
