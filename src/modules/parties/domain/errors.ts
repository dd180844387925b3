import { AppError, type FieldIssue } from '../../../kernel/index.js';

export const partyNotFound = (kind: 'customer' | 'vendor' | 'party' = 'party') => new AppError('not_found', 'PARTIES.NOT_FOUND', `No such ${kind}`);

export const invalidParty = (issues: FieldIssue[]) => new AppError('unprocessable', 'PARTIES.INVALID_PARTY', 'The party details do not fit the GST rules', { errors: issues });

export const noControlAccount = (subtype: 'receivable' | 'payable') =>
  new AppError(
    'unprocessable',
    'PARTIES.NO_CONTROL_ACCOUNT',
    `The chart of accounts has no active ${subtype} account to post the opening balance to; add one (subtype ${subtype}) or apply a chart template first`,
    { errors: [{ path: 'body.openingBalance', message: `no ${subtype} account in the chart` }] },
  );

export const currencyLocked = () =>
  new AppError('conflict', 'PARTIES.CURRENCY_LOCKED', 'The party already has entries in the ledger; its currency cannot change', {
    errors: [{ path: 'body.currency', message: 'the party has ledger entries' }],
  });

export const notSuspendable = (status: string) => new AppError('conflict', 'PARTIES.INVALID_STATUS', `The party is ${status}`);

export const customerNotActive = (status: string) =>
  new AppError('unprocessable', 'PARTIES.CUSTOMER_NOT_ACTIVE', `The customer is ${status}: reactivate it before selling to it on credit`, { errors: [{ path: 'partyId', message: `customer is ${status}` }] });
export const creditLimitExceeded = (figures: { partyId: string; exposure: string; limit: string; exceededBy: string; currency: string }) =>
  new AppError('unprocessable', 'PARTIES.CREDIT_LIMIT_EXCEEDED', `This would take the customer ${figures.exceededBy} ${figures.currency} over the credit limit of ${figures.limit}`, {
    extra: figures,
  });
