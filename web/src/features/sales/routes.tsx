import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shell } from '../../app/routes-base';
import { listSearch } from '../../lib/list/search';

/**
 * The sales screens (invoices, payments received, sales settings), children of the app shell
 * (`shell` in app/routes-base), lazily loaded; search params are validated here so links and
 * `useSearch` are typed.
 */
export const invoicesRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/invoices',
  validateSearch: listSearch({ status: ['draft', 'issued', 'partly_paid', 'paid', 'void'], customerId: 'uuid', from: 'date', to: 'date', overdue: ['true'] }, { sortable: ['date', 'dueDate', 'total', 'amountDue'] }),
  component: lazyRouteComponent(() => import('./InvoicesList'), 'InvoicesList'),
});
export const newInvoiceRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/invoices/new',
  validateSearch: listSearch({ customerId: 'uuid' }),
  component: lazyRouteComponent(() => import('./InvoiceEditor'), 'NewInvoice'),
});
export const invoiceRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/invoices/$invoiceId',
  component: lazyRouteComponent(() => import('./InvoiceDetail'), 'InvoiceDetail'),
});
export const editInvoiceRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/invoices/$invoiceId/edit',
  component: lazyRouteComponent(() => import('./InvoiceEditor'), 'EditInvoice'),
});
export const paymentsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/payments',
  validateSearch: listSearch({ status: ['posted', 'reversed'], customerId: 'uuid', from: 'date', to: 'date' }),
  component: lazyRouteComponent(() => import('./PaymentsList'), 'PaymentsList'),
});
export const receivePaymentRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/payments/new',
  validateSearch: listSearch({ customerId: 'uuid' }),
  component: lazyRouteComponent(() => import('./ReceivePayment'), 'ReceivePayment'),
});
export const paymentRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/payments/$paymentId',
  component: lazyRouteComponent(() => import('./PaymentDetail'), 'PaymentDetail'),
});
export const creditNoteRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/credit-notes/$creditNoteId',
  component: lazyRouteComponent(() => import('./CreditNoteDetail'), 'CreditNoteDetail'),
});
export const creditNotesRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/credit-notes',
  validateSearch: listSearch({ customerId: 'uuid', from: 'date', to: 'date' }),
  component: lazyRouteComponent(() => import('./NotesList'), 'CreditNotesList'),
});
export const debitNotesRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/debit-notes',
  validateSearch: listSearch({ customerId: 'uuid', from: 'date', to: 'date', status: ['issued', 'partly_paid', 'paid', 'void'] }),
  component: lazyRouteComponent(() => import('./NotesList'), 'DebitNotesList'),
});
export const salesSettingsRoute = createRoute({
  getParentRoute: () => shell,
  path: '/sales/settings',
  component: lazyRouteComponent(() => import('./SalesSettings'), 'SalesSettings'),
});

/** Children of the app shell, as a tuple so typed `<Link to>` knows every path. */
export const salesRoutes = [invoicesRoute, newInvoiceRoute, invoiceRoute, editInvoiceRoute, paymentsRoute, receivePaymentRoute, paymentRoute, creditNotesRoute, creditNoteRoute, debitNotesRoute, salesSettingsRoute] as const;
