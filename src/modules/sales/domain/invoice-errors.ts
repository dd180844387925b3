import { AppError, type FieldIssue } from '../../../kernel/index.js';

export const invoiceNotFound = () => new AppError('not_found', 'SALES.INVOICE_NOT_FOUND', 'No such invoice');
export const creditNoteNotFound = () => new AppError('not_found', 'SALES.CREDIT_NOTE_NOT_FOUND', 'No such credit note');
export const debitNoteNotFound = () => new AppError('not_found', 'SALES.DEBIT_NOTE_NOT_FOUND', 'No such debit note');

export const invoiceIssued = (status: string) =>
  new AppError('conflict', 'SALES.INVOICE_ISSUED', 'The invoice has been issued and can no longer be changed or deleted; correct it with a credit or debit note', { extra: { status } });
export const invoiceNotOpen = (status: string) =>
  new AppError('conflict', 'SALES.INVOICE_NOT_OPEN', `The invoice is ${status.replace('_', ' ')}: only issued and partly paid invoices take this`, { extra: { status } });
export const invoiceNotIssued = (status: string) =>
  new AppError('conflict', 'SALES.INVOICE_NOT_ISSUED', `The invoice is ${status.replace('_', ' ')}: issue it first`, { extra: { status } });
export const invoiceVoid = () => new AppError('conflict', 'SALES.INVOICE_VOID', 'The invoice is void');
export const invoiceSettled = (amountPaid: string) =>
  new AppError('conflict', 'SALES.INVOICE_SETTLED', 'Payments or credits are applied to the invoice: reverse them before voiding it', { extra: { amountPaid } });
export const invoiceCredited = () =>
  new AppError('conflict', 'SALES.INVOICE_CREDITED', 'Credit or debit notes refer to the invoice: it cannot be voided');
export const overpayment = (amountDue: string) =>
  new AppError('conflict', 'SALES.OVERPAYMENT', `The settlement is more than the amount due (${amountDue})`, { extra: { amountDue } });
export const negativeSettlement = (amountPaid: string) =>
  new AppError('conflict', 'SALES.SETTLEMENT_BELOW_ZERO', `The settlement taken back is more than was settled (${amountPaid})`, { extra: { amountPaid } });

export const invalidInvoice = (errors: FieldIssue[]) => new AppError('unprocessable', 'SALES.INVALID_INVOICE', 'The invoice is not valid', { errors });
export const customerNotFound = (path: string) =>
  new AppError('unprocessable', 'SALES.CUSTOMER_NOT_FOUND', 'No such customer', { errors: [{ path, message: 'no such customer' }] });
export const customerNotActive = (path: string, status: string) =>
  new AppError('unprocessable', 'SALES.CUSTOMER_NOT_ACTIVE', `The customer is ${status} and takes no new sales`, { errors: [{ path, message: `the customer is ${status}` }] });
export const noRecipient = () =>
  new AppError('unprocessable', 'SALES.NO_RECIPIENT', 'The customer has no email address: give the recipients', { errors: [{ path: 'body.to', message: 'no recipient' }] });
export const creditExceedsInvoiced = (errors: FieldIssue[]) =>
  new AppError('unprocessable', 'SALES.CREDIT_EXCEEDS_INVOICED', 'A credit note cannot credit more than was invoiced and not yet credited', { errors });
export const invalidCreditNote = (errors: FieldIssue[]) => new AppError('unprocessable', 'SALES.INVALID_CREDIT_NOTE', 'The credit note is not valid', { errors });
