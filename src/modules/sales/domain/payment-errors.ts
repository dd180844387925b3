import { AppError, type FieldIssue } from '../../../kernel/index.js';

const at = (path: string, message: string): { errors: FieldIssue[] } => ({ errors: [{ path, message }] });

export const paymentNotFound = () => new AppError('not_found', 'SALES.PAYMENT_NOT_FOUND', 'No such payment');
export const paymentReversed = () => new AppError('conflict', 'SALES.PAYMENT_REVERSED', 'The payment has been reversed already');
export const customerNotFound = (path: string) => new AppError('unprocessable', 'SALES.CUSTOMER_NOT_FOUND', 'No such customer', at(path, 'no such customer'));
export const customerUnknown = () => new AppError('not_found', 'SALES.CUSTOMER_NOT_FOUND', 'No such customer');

export const invalidDepositAccount = (path: string, message: string) =>
  new AppError('unprocessable', 'SALES.INVALID_DEPOSIT_ACCOUNT', 'Payments are deposited into an active bank or cash account', at(path, message));

export const invoiceUnknown = (path: string) => new AppError('unprocessable', 'SALES.INVOICE_NOT_FOUND', 'No such invoice', at(path, 'no such invoice'));
export const invoiceNotOpen = (path: string, status: string) =>
  new AppError('conflict', 'SALES.INVOICE_NOT_OPEN', `The invoice is ${status}: only issued and partly paid invoices take payments`, { ...at(path, `the invoice is ${status}`), extra: { status } });
export const otherCustomer = (path: string) =>
  new AppError('unprocessable', 'SALES.INVOICE_OTHER_CUSTOMER', "The invoice belongs to another customer", at(path, "not this customer's invoice"));
export const currencyMismatch = (path: string, invoiceCurrency: string, currency: string) =>
  new AppError('unprocessable', 'SALES.CURRENCY_MISMATCH', `The invoice is in ${invoiceCurrency}, the payment in ${currency}`, at(path, `the invoice is in ${invoiceCurrency}`));
export const duplicateInvoice = (path: string) => new AppError('unprocessable', 'SALES.DUPLICATE_ALLOCATION', 'An invoice appears twice', at(path, 'listed twice'));

/** 409: what is asked for is more than the invoice still owes (e.g. another payment got there first). */
export const exceedsDue = (path: string, due: string) =>
  new AppError('conflict', 'SALES.ALLOCATION_EXCEEDS_DUE', `More than the invoice's amount due of ${due}`, { ...at(path, `more than the amount due of ${due}`), extra: { amountDue: due } });
export const allocationsExceedPayment = (path: string, amount: string, allocated: string) =>
  new AppError('unprocessable', 'SALES.ALLOCATIONS_EXCEED_PAYMENT', `Allocations of ${allocated} are more than the payment of ${amount}`, at(path, `allocations total ${allocated}, the payment is ${amount}`));
export const exceedsAdvance = (path: string, available: string) =>
  new AppError('conflict', 'SALES.ADVANCE_EXCEEDED', `More than the unapplied advance of ${available}`, { ...at(path, `more than the unapplied ${available}`), extra: { available } });
export const writeOffTooLarge = (path: string, limit: string, baseCurrency: string) =>
  new AppError('unprocessable', 'SALES.WRITE_OFF_TOO_LARGE', `A write-off may be at most ${limit} ${baseCurrency}`, { ...at(path, `more than the write-off limit of ${limit} ${baseCurrency}`), extra: { limit } });
export const chargesTooLarge = (path: string) =>
  new AppError('unprocessable', 'SALES.BANK_CHARGES_TOO_LARGE', 'Bank charges must be less than the amount received', at(path, 'not less than the amount'));
export const notPositive = (path: string) => new AppError('validation', 'SALES.INVALID_AMOUNT', 'Amounts must be more than zero', at(path, 'must be more than 0'));
export const dateBeforePayment = (path: string) => new AppError('unprocessable', 'SALES.DATE_BEFORE_PAYMENT', 'The date is before the payment date', at(path, 'before the payment date'));
export const nothingToApply = () => new AppError('conflict', 'SALES.NO_ADVANCE', 'The customer has no unapplied advance in the invoice currency', at('body.allocations', 'no advance to apply'));
