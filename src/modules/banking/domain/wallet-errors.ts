import { AppError } from '../../../kernel/index.js';

const at = (path: string, message: string) => ({ errors: [{ path, message }] });

export const customerNotFound = () => new AppError('not_found', 'BANKING.WALLET_CUSTOMER_NOT_FOUND', 'No such customer', at('params.id', 'no such customer'));
export const notACustomer = () => new AppError('unprocessable', 'BANKING.WALLET_NOT_A_CUSTOMER', 'The party is not a customer: only customers hold wallets', at('params.id', 'not a customer'));
export const customerInactive = (status: string) =>
  new AppError('unprocessable', 'BANKING.WALLET_CUSTOMER_INACTIVE', `The customer is ${status}: wallets move only for active customers`, at('params.id', `the customer is ${status}`));
export const notPositive = (path: string) => new AppError('validation', 'BANKING.WALLET_AMOUNT_NOT_POSITIVE', 'The amount must be more than 0', at(path, 'must be more than 0'));
export const zeroAdjustment = (path: string) => new AppError('validation', 'BANKING.WALLET_AMOUNT_ZERO', 'An adjustment must change the balance', at(path, 'must not be 0'));
export const insufficientBalance = (path: string, available: string, currency: string) =>
  new AppError('conflict', 'BANKING.WALLET_INSUFFICIENT_BALANCE', `The wallet holds only ${currency} ${available}`, { ...at(path, `only ${available} available`), extra: { available, currency } });
export const invalidAccount = (path: string, message: string) => new AppError('unprocessable', 'BANKING.WALLET_INVALID_ACCOUNT', `The account cannot be used: ${message}`, at(path, message));
export const dateBeforeLastMovement = (path: string, last: string) =>
  new AppError('unprocessable', 'BANKING.WALLET_DATE_BEFORE_LAST_MOVEMENT', `Wallet movements are recorded in date order: the last one is dated ${last}`, { ...at(path, `before ${last}`), extra: { lastMovementDate: last } });
export const invoiceNotFound = (path: string) => new AppError('unprocessable', 'BANKING.WALLET_INVOICE_NOT_FOUND', 'No such invoice', at(path, 'no such invoice'));
export const invoiceOtherCustomer = (path: string) => new AppError('unprocessable', 'BANKING.WALLET_INVOICE_OTHER_CUSTOMER', "The invoice is not this customer's", at(path, 'billed to another customer'));
export const invoiceCurrency = (path: string, invoiceCurrency: string, walletCurrency: string) =>
  new AppError('unprocessable', 'BANKING.WALLET_CURRENCY_MISMATCH', `The invoice is in ${invoiceCurrency}, the wallet in ${walletCurrency}`, at(path, `a ${invoiceCurrency} invoice`));
export const overpayment = (path: string, due: string) =>
  new AppError('conflict', 'BANKING.WALLET_OVERPAYMENT', `Only ${due} is due on the invoice`, { ...at(path, `only ${due} is due`), extra: { amountDue: due } });
export const dateBeforeInvoice = (path: string, invoiceDate: string) => new AppError('unprocessable', 'BANKING.WALLET_DATE_BEFORE_INVOICE', `The invoice is dated ${invoiceDate}`, at(path, `before the invoice date ${invoiceDate}`));
export const invalidRate = (path: string, message: string) => new AppError('validation', 'BANKING.WALLET_INVALID_EXCHANGE_RATE', `Invalid exchange rate: ${message}`, at(path, message));
