import { Decimal } from 'decimal.js';

/** A tenant's approval rules for quotations; null thresholds are off. */
export interface ApprovalRules {
  /** Any line discount above this percentage needs approval. */
  maxDiscountPercent: string | null;
  /** A quotation total above this amount (quotation currency) needs approval. */
  maxTotal: string | null;
}

export interface ApprovalSubject {
  total: string;
  lines: readonly { discountPercent: string }[];
}

/**
 * Why a quotation needs a manager's approval under the rules: one text per rule it breaks, in rule
 * order. Empty when no rule applies (at or below a threshold is fine; only above needs approval).
 */
export function approvalReasons(rules: ApprovalRules, subject: ApprovalSubject): string[] {
  const reasons: string[] = [];
  if (rules.maxDiscountPercent !== null) {
    const limit = new Decimal(rules.maxDiscountPercent);
    const over = subject.lines.map((l, i) => ({ i, d: new Decimal(l.discountPercent) })).filter((x) => x.d.gt(limit));
    if (over.length > 0) {
      const worst = Decimal.max(...over.map((x) => x.d));
      reasons.push(`line discount ${worst.toFixed()}% is above ${limit.toFixed()}% (lines ${over.map((x) => x.i + 1).join(', ')})`);
    }
  }
  if (rules.maxTotal !== null && new Decimal(subject.total).gt(rules.maxTotal)) {
    reasons.push(`total ${subject.total} is above ${new Decimal(rules.maxTotal).toFixed()}`);
  }
  return reasons;
}
