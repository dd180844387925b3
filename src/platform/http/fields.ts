import { z } from 'zod';
import { DECIMAL_AMOUNT_RE, isCurrencyCode } from '../../kernel/money.js';

/** Request fields every module uses the same way. */

export function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && value >= '1900-01-01' && value <= '9999-12-31';
}

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = z.iso.date().refine(isRealDate, 'not a calendar date');
/** Money as JSON carries it: a decimal string, e.g. "1234.50". */
export const money = z.string().max(40).regex(DECIMAL_AMOUNT_RE, 'a decimal string like "1234.50"');
/** An ISO 4217 currency Kontor knows the minor units of. */
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. INR')
  .refine(isCurrencyCode, 'not an ISO 4217 currency with minor units');
