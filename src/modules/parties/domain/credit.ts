/** Credit exposure of a customer, in minor units of the party's currency. */
export interface CreditCheck {
  /** True when the limit is not exceeded (or there is no limit). */
  ok: boolean;
  /** Receivable balance plus the additional amount being added. */
  exposure: bigint;
  limit: bigint | null;
  /** How far the exposure goes over the limit; 0 when within it. */
  exceededBy: bigint;
}

/** The customer owes `balance`; would `additional` more take them over `limit`? No limit means no check. */
export function checkCreditLimit(balance: bigint, additional: bigint, limit: bigint | null): CreditCheck {
  const exposure = balance + additional;
  if (limit === null) return { ok: true, exposure, limit, exceededBy: 0n };
  const exceededBy = exposure > limit ? exposure - limit : 0n;
  return { ok: exceededBy === 0n, exposure, limit, exceededBy };
}
