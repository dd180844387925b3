import { AppError, type FieldIssue } from '../../../kernel/index.js';

export const recurringNotFound = () => new AppError('not_found', 'SALES.RECURRING_NOT_FOUND', 'No such recurring invoice');

export const invalidRecurring = (issues: FieldIssue[]) => new AppError('unprocessable', 'SALES.INVALID_RECURRING', 'The recurring invoice is not valid', { errors: issues });

export const customerNotFound = (path = 'body.customerId') =>
  new AppError('unprocessable', 'SALES.CUSTOMER_NOT_FOUND', 'No such customer', { errors: [{ path, message: 'no such customer' }] });

export const recurringFinished = () => new AppError('conflict', 'SALES.RECURRING_FINISHED', 'The recurring invoice has made its last invoice; change its end date or count to continue');

export const recurringPaused = () => new AppError('conflict', 'SALES.RECURRING_PAUSED', 'The recurring invoice is paused; resume it first');

export const invalidReminderSettings = (issues: FieldIssue[]) =>
  new AppError('unprocessable', 'SALES.INVALID_REMINDER_SCHEDULE', 'The reminder schedule is not valid', { errors: issues });

export const invoiceNotFound = () => new AppError('not_found', 'SALES.INVOICE_NOT_FOUND', 'No such invoice');

export const invoiceNotOpen = (status: string) => new AppError('conflict', 'SALES.INVOICE_NOT_OPEN', `The invoice is ${status}: only issued, unpaid invoices take reminders`);

export const invoiceNotShareable = (status: string) => new AppError('conflict', 'SALES.INVOICE_NOT_SHAREABLE', `The invoice is ${status}: only issued invoices can be shared`);

export const noRecipient = () =>
  new AppError('unprocessable', 'SALES.NO_RECIPIENT', 'The customer has no email address; add one to its contacts or give `to`', { errors: [{ path: 'body.to', message: 'no recipient' }] });

/** Every refused public link looks the same from outside: nothing says whether the tenant or invoice exists. */
export const linkInvalid = () => new AppError('not_found', 'SALES.LINK_INVALID', 'This invoice link is not valid');

export const invalidRange = () =>
  new AppError('validation', 'SALES.INVALID_RANGE', 'from is after to', { errors: [{ path: 'querystring.from', message: 'after to' }] });
