import { z } from 'zod';
import { isRealDate } from '../../kernel/dates.js';
import { DECIMAL_AMOUNT_RE, isCurrencyCode } from '../../kernel/money.js';

export { isRealDate };

/** Request fields every module uses the same way. */

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = z.iso.date().refine(isRealDate, 'not a calendar date');
/** Money as JSON carries it: a decimal string, e.g. "1234.50". */
export const money = z.string().max(40).regex(DECIMAL_AMOUNT_RE, 'a decimal string like "1234.50"');
/** An ISO 4217 currency Kontor knows the minor units of. */
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. INR')
  .refine(isCurrencyCode, 'not an ISO 4217 currency with minor units');
