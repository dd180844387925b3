import { AppError, type FieldIssue } from '../../../kernel/index.js';

/** Stable error codes of exchange rates, revaluation and realised gain/loss; clients may rely on them. */
export const rateNotFound = () => new AppError('not_found', 'LEDGER.RATE_NOT_FOUND', 'No such exchange rate');

export const rateMissing = (missing: { currency: string; baseCurrency: string; date: string; path: string }[]) => {
  const first = missing[0];
  const what = first ? `${first.currency}→${first.baseCurrency} on or before ${first.date}` : 'a needed pair';
  return new AppError('unprocessable', 'LEDGER.RATE_MISSING', `No exchange rate for ${what}: add one (or give the base amount)`, {
    errors: missing.map((m) => ({ path: m.path, message: `no ${m.currency}→${m.baseCurrency} rate on or before ${m.date}` })),
    extra: { missing: missing.map(({ currency, baseCurrency, date }) => ({ currency, baseCurrency, date })) },
  });
};

export const invalidRate = (errors: FieldIssue[]) => new AppError('unprocessable', 'LEDGER.INVALID_RATE', 'Some exchange rates are not valid', { errors });

export const invalidRatesCsv = (errors: FieldIssue[]) =>
  new AppError('unprocessable', 'LEDGER.INVALID_RATES_CSV', 'The CSV has rows that are not valid; nothing was imported', { errors });

export const ratesCsvTooLarge = (rows: number, max: number) =>
  new AppError('payload_too_large', 'LEDGER.RATES_CSV_TOO_LARGE', `The CSV has ${rows} rows; import at most ${max} at a time`, {
    errors: [{ path: 'body.csv', message: `at most ${max} rows` }],
  });

export const rateProviderFailed = (message: string, cause?: unknown) =>
  new AppError('unprocessable', 'LEDGER.RATE_PROVIDER_FAILED', `The exchange-rate provider could not be read: ${message}`, { cause });

export const rateProviderUnsupported = (provider: string, baseCurrency: string) =>
  new AppError('unprocessable', 'LEDGER.RATE_PROVIDER_UNSUPPORTED', `${provider} publishes no rate for the base currency ${baseCurrency}`);

export const invalidGainLossAccount = () =>
  new AppError('unprocessable', 'LEDGER.INVALID_ACCOUNT', 'Post exchange gain/loss to an active, non-group income or expense account', {
    errors: [{ path: 'body.gainLossAccountId', message: 'must be an active, non-group income or expense account' }],
  });

export const invalidSettlement = (message: string) => new AppError('unprocessable', 'LEDGER.INVALID_SETTLEMENT', message);
