import { z } from 'zod';
import { pageQuery } from '../../platform/http/index.js';
import { RATE_RE } from './domain/fx.js';
import { entryResponse, currency, isoDate } from './schemas.js';

/** Units of base currency per one unit of the foreign currency, as a decimal string. */
export const rate = z.string().max(40).regex(RATE_RE, 'a positive decimal string like "83.25" (up to 12 digits before and 18 after the point)');

export const rateInput = z.strictObject({ currency, date: isoDate, rate });

export const upsertRatesBody = z.strictObject({ rates: z.array(rateInput).min(1).max(1000) });

export const listRatesQuery = pageQuery.extend({ currency: currency.optional(), from: isoDate.optional(), to: isoDate.optional() });

/** A CSV document `date,currency,rate` (header first), at most 5,000 rows. */
export const importRatesBody = z.strictObject({ csv: z.string().min(1).max(512 * 1024) });

export const fetchRatesBody = z.strictObject({ provider: z.enum(['ecb']), currencies: z.array(currency).min(1).max(200).optional() });

export const rateResponse = z.object({
  id: z.uuid(),
  currency: z.string(),
  baseCurrency: z.string(),
  date: z.string(),
  rate: z.string(),
  source: z.enum(['manual', 'csv', 'provider']),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ratesResponse = z.object({ items: z.array(rateResponse) });
export const fetchedRatesResponse = z.object({ provider: z.string(), date: z.string(), items: z.array(rateResponse) });

export const revaluationQuery = z.object({ date: isoDate });
export const revaluationBody = z.strictObject({ date: isoDate, gainLossAccountId: z.uuid().optional() });

export const revaluationResponse = z.object({
  date: z.string(),
  baseCurrency: z.string(),
  posted: z.boolean(),
  total: z.string(),
  gainLossAccountId: z.uuid().nullable(),
  entry: entryResponse.nullable(),
  reversal: entryResponse.nullable(),
  accounts: z.array(
    z.object({
      accountId: z.uuid(),
      code: z.string(),
      name: z.string(),
      currency: z.string(),
      balance: z.string(),
      rate: z.string(),
      rateDate: z.string(),
      carriedBase: z.string(),
      revaluedBase: z.string(),
      difference: z.string(),
    }),
  ),
});
