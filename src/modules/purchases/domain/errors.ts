import { AppError, type FieldIssue } from '../../../kernel/index.js';

const at = (path: string, message: string) => ({ errors: [{ path, message }] });

export const orderNotFound = () => new AppError('not_found', 'PURCHASES.ORDER_NOT_FOUND', 'No such purchase order');
export const receiptNotFound = () => new AppError('not_found', 'PURCHASES.RECEIPT_NOT_FOUND', 'No such goods receipt');
export const billNotFound = () => new AppError('not_found', 'PURCHASES.BILL_NOT_FOUND', 'No such bill');
export const paymentNotFound = () => new AppError('not_found', 'PURCHASES.PAYMENT_NOT_FOUND', 'No such vendor payment');
export const debitNoteNotFound = () => new AppError('not_found', 'PURCHASES.DEBIT_NOTE_NOT_FOUND', 'No such vendor debit note');

export const vendorNotFound = (path: string) => new AppError('unprocessable', 'PURCHASES.VENDOR_NOT_FOUND', 'No such vendor', at(path, 'no such vendor'));
export const vendorInactive = (path: string, status: string) =>
  new AppError('unprocessable', 'PURCHASES.VENDOR_INACTIVE', `The vendor is ${status}`, at(path, `the vendor is ${status}`));
export const storeNotFound = (path: string) => new AppError('unprocessable', 'PURCHASES.STORE_NOT_FOUND', 'No such active store', at(path, 'no such active store'));
export const productNotFound = (path: string) => new AppError('unprocessable', 'PURCHASES.PRODUCT_NOT_FOUND', 'No such active product', at(path, 'no such active product'));
export const accountInvalid = (path: string, message: string) => new AppError('unprocessable', 'PURCHASES.ACCOUNT_INVALID', message, at(path, message));
export const invalidLines = (errors: FieldIssue[]) => new AppError('unprocessable', 'PURCHASES.INVALID_LINES', 'Some lines are not valid', { errors });

export const orderNotDraft = () => new AppError('conflict', 'PURCHASES.ORDER_NOT_DRAFT', 'Only a draft purchase order can be changed or confirmed');
export const orderNotOpen = (status: string) => new AppError('conflict', 'PURCHASES.ORDER_NOT_OPEN', `The purchase order is ${status}: nothing can be received on it`);
export const orderNotCancellable = () => new AppError('conflict', 'PURCHASES.ORDER_NOT_CANCELLABLE', 'A purchase order with goods received cannot be cancelled');
export const receiptExceedsOrder = (path: string, open: string) =>
  new AppError('unprocessable', 'PURCHASES.RECEIPT_EXCEEDS_ORDER', `Only ${open} is left to receive on this line`, { ...at(path, `only ${open} left to receive`), extra: { open } });
export const lineNotOnOrder = (path: string) => new AppError('unprocessable', 'PURCHASES.LINE_NOT_ON_ORDER', 'The line is not on this purchase order', at(path, 'not a line of this order'));
export const lineNotStocked = (path: string) =>
  new AppError('unprocessable', 'PURCHASES.LINE_NOT_STOCKED', 'Only stocked product lines are received; bill the others directly', at(path, 'not a stocked product line'));

export const billNotDraft = (status: string) => new AppError('conflict', 'PURCHASES.BILL_NOT_DRAFT', `The bill is ${status}: posted bills cannot be changed (use a debit note or void it)`);
export const billNotPosted = (status: string) => new AppError('conflict', 'PURCHASES.BILL_NOT_POSTED', `The bill is ${status}`);
export const billHasPayments = () => new AppError('conflict', 'PURCHASES.BILL_HAS_PAYMENTS', 'Reverse the payments and debit notes of the bill before voiding it');
export const duplicateVendorBill = () =>
  new AppError('conflict', 'PURCHASES.DUPLICATE_VENDOR_BILL', "This vendor's bill number is booked already", at('body.vendorBillNumber', 'already booked for this vendor'));
export const billExceedsReceipt = (path: string, open: string) =>
  new AppError('unprocessable', 'PURCHASES.BILL_EXCEEDS_RECEIPT', `Only ${open} of this receipt line is left to bill`, { ...at(path, `only ${open} left to bill`), extra: { open } });
export const billExceedsOrder = (path: string, open: string) =>
  new AppError('unprocessable', 'PURCHASES.BILL_EXCEEDS_ORDER', `Only ${open} of this order line is left to bill`, { ...at(path, `only ${open} left to bill`), extra: { open } });
export const wrongVendor = (path: string) => new AppError('unprocessable', 'PURCHASES.WRONG_VENDOR', 'The document belongs to another vendor', at(path, 'belongs to another vendor'));
export const currencyMismatch = (path: string) => new AppError('unprocessable', 'PURCHASES.CURRENCY_MISMATCH', 'The documents are in different currencies', at(path, 'in another currency'));
export const tdsNeedsBaseCurrency = () =>
  new AppError('unprocessable', 'PURCHASES.TDS_BASE_CURRENCY_ONLY', 'TDS is deducted on bills in the base currency only', at('body.tds', 'only on base-currency bills'));

export const overpayment = (path: string, due: string) =>
  new AppError('conflict', 'PURCHASES.OVERPAYMENT', `The bill has only ${due} left to pay`, { ...at(path, `only ${due} due`), extra: { due } });
export const allocationExceedsPayment = () =>
  new AppError('unprocessable', 'PURCHASES.ALLOCATION_EXCEEDS_PAYMENT', 'The allocations add up to more than the payment', at('body.allocations', 'more than the amount'));
export const duplicateBill = (path: string) => new AppError('unprocessable', 'PURCHASES.DUPLICATE_ALLOCATION', 'A bill appears twice', at(path, 'listed twice'));
export const paymentReversed = () => new AppError('conflict', 'PURCHASES.PAYMENT_REVERSED', 'The payment has been reversed already');

export const debitExceedsBill = (path: string, open: string) =>
  new AppError('unprocessable', 'PURCHASES.DEBIT_EXCEEDS_BILL', `Only ${open} of this bill line can still be debited`, { ...at(path, `only ${open} left`), extra: { open } });
export const returnNotStocked = (path: string) =>
  new AppError('unprocessable', 'PURCHASES.RETURN_NOT_STOCKED', 'Only received stock can be returned to the vendor', at(path, 'not a received stock line'));
export const debitLineUnknown = (path: string) => new AppError('unprocessable', 'PURCHASES.LINE_NOT_ON_BILL', 'The line is not on this bill', at(path, 'not a line of this bill'));
