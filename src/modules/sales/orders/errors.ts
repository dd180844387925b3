import { AppError, type FieldIssue } from '../../../kernel/index.js';

/** Errors of quotations, sales orders and delivery notes. Codes are stable (`SALES.*`). */
const field = (kind: 'validation' | 'unprocessable', code: string, message: string, path: string, fieldMessage = message) =>
  new AppError(kind, code, message, { errors: [{ path, message: fieldMessage }] });

export const quotationNotFound = () => new AppError('not_found', 'SALES.QUOTATION_NOT_FOUND', 'No such quotation');
export const orderNotFound = () => new AppError('not_found', 'SALES.ORDER_NOT_FOUND', 'No such sales order');
export const deliveryNotFound = () => new AppError('not_found', 'SALES.DELIVERY_NOTE_NOT_FOUND', 'No such delivery note');

export const customerNotFound = (path = 'body.customerId') => field('unprocessable', 'SALES.CUSTOMER_NOT_FOUND', 'No such customer', path, 'no such customer');
export const customerNotActive = (path = 'body.customerId') => field('unprocessable', 'SALES.CUSTOMER_NOT_ACTIVE', 'The customer is suspended or archived and takes no new sales', path, 'not an active customer');
export const productNotFound = (path: string) => field('unprocessable', 'SALES.PRODUCT_NOT_FOUND', 'No such product', path, 'no such product');
export const productArchived = (path: string) => field('unprocessable', 'SALES.PRODUCT_ARCHIVED', 'The product is archived', path, 'archived product');
export const noPrice = (path: string, currency: string) => field('unprocessable', 'SALES.NO_PRICE', `The product has no price in ${currency}; give unitPrice`, path, `no price in ${currency}`);
export const invalidLines = (errors: FieldIssue[]) => new AppError('unprocessable', 'SALES.INVALID_LINES', 'Some lines are not valid', { errors });
export const invalidDates = (path: string, message: string) => field('unprocessable', 'SALES.INVALID_DATES', message, path);
export const storeNotFound = (path: string) => field('unprocessable', 'SALES.STORE_NOT_FOUND', 'No such store', path, 'no such store');
export const storeRequired = (path: string) => field('unprocessable', 'SALES.STORE_REQUIRED', 'Say which store the goods leave from', path, 'give the store the goods leave from');

export const quotationNotEditable = (status: string) =>
  new AppError('conflict', 'SALES.QUOTATION_NOT_EDITABLE', `A ${status} quotation cannot be changed`, { extra: { status } });
export const quotationWrongState = (action: string, status: string) =>
  new AppError('conflict', 'SALES.QUOTATION_INVALID_STATE', `Cannot ${action} a ${status} quotation`, { extra: { status } });
export const quotationNotPending = (status: string) =>
  new AppError('conflict', 'SALES.QUOTATION_NOT_PENDING_APPROVAL', `Only a quotation waiting for approval can be approved or rejected (this one is ${status})`, { extra: { status } });
export const selfApproval = () => new AppError('forbidden', 'SALES.SELF_APPROVAL', 'You cannot approve a quotation you created or last changed');
export const quotationExpired = (validUntil: string) =>
  new AppError('conflict', 'SALES.QUOTATION_EXPIRED', `The quotation expired (valid until ${validUntil})`, { extra: { validUntil } });
export const quotationNotConvertible = (status: string) =>
  new AppError('conflict', 'SALES.QUOTATION_NOT_CONVERTIBLE', `Only an approved, sent or accepted quotation converts to an order (this one is ${status})`, { extra: { status } });
export const alreadyConverted = (salesOrderId: string) =>
  new AppError('conflict', 'SALES.QUOTATION_ALREADY_CONVERTED', 'The quotation was already converted', { extra: { salesOrderId } });

export const orderWrongState = (action: string, status: string) =>
  new AppError('conflict', 'SALES.ORDER_INVALID_STATE', `Cannot ${action} a ${status} sales order`, { extra: { status } });
export const orderNotEditable = (status: string) => new AppError('conflict', 'SALES.ORDER_NOT_EDITABLE', `A ${status} sales order cannot be changed`, { extra: { status } });
export const insufficientAvailable = (path: string, available: string) =>
  new AppError('unprocessable', 'SALES.INSUFFICIENT_AVAILABLE_STOCK', `Only ${available} available to reserve (on hand minus other orders' reservations)`, {
    errors: [{ path, message: `only ${available} available` }],
    extra: { available },
  });

export const orderLineUnknown = (path: string) => field('unprocessable', 'SALES.ORDER_LINE_NOT_FOUND', 'The line is not on this order', path, 'not a line of this order');
export const deliveryExceedsOrder = (path: string, deliverable: string) =>
  new AppError('unprocessable', 'SALES.DELIVERY_EXCEEDS_ORDER', `Only ${deliverable} left to deliver on this line`, {
    errors: [{ path, message: `only ${deliverable} left to deliver` }],
    extra: { deliverable },
  });
export const nothingToDeliver = () => new AppError('conflict', 'SALES.NOTHING_TO_DELIVER', 'Everything on the order is delivered');
export const deliveryLineUnknown = (path: string) => field('unprocessable', 'SALES.DELIVERY_LINE_NOT_FOUND', 'The line is not on this delivery note', path, 'not a line of this delivery note');
export const returnExceedsDelivery = (path: string, returnable: string) =>
  new AppError('unprocessable', 'SALES.RETURN_EXCEEDS_DELIVERY', `Only ${returnable} can still be returned on this line`, {
    errors: [{ path, message: `only ${returnable} returnable` }],
    extra: { returnable },
  });
export const nothingToReturn = () => new AppError('conflict', 'SALES.NOTHING_TO_RETURN', 'Everything delivered on this note has come back or been invoiced');
export const invoiceExceedsOrder = (path: string, invoiceable: string) =>
  new AppError('unprocessable', 'SALES.INVOICE_EXCEEDS_ORDER', `Only ${invoiceable} left to invoice on this line`, {
    errors: [{ path, message: `only ${invoiceable} left to invoice` }],
    extra: { invoiceable },
  });
export const nothingToInvoice = () => new AppError('conflict', 'SALES.NOTHING_TO_INVOICE', 'Nothing is left to invoice');
export const deliveriesMixCustomers = (path: string) =>
  field('unprocessable', 'SALES.DELIVERIES_MIXED', 'Delivery notes invoiced together must be of one customer and currency', path, 'another customer or currency');
