import { describe, expect, it } from 'vitest';
import type { InvoiceSnapshot } from '../../src/modules/sales/index.js';
import { invoicePage } from '../../src/modules/sales/recurring/index.js';
import { customerEmails } from '../../src/modules/sales/recurring/reminders.js';
import { draftFor } from '../../src/modules/sales/recurring/service.js';

const snapshot = (extra: Partial<InvoiceSnapshot> = {}): InvoiceSnapshot => ({
  id: '01900000-0000-7000-8000-000000000001',
  number: 'INV/2026-27/0007',
  status: 'issued',
  overdue: false,
  customerId: '01900000-0000-7000-8000-000000000002',
  customerName: 'Acme <script>alert(1)</script> & Sons',
  currency: 'INR',
  exchangeRate: '1',
  date: '2026-06-01',
  dueDate: '2026-06-30',
  total: '1180.00',
  amountPaid: '180.00',
  amountDue: '1000.00',
  version: 2,
  salesOrderId: null,
  entryId: null,
  lines: [],
  ...extra,
});

describe('the public invoice page', () => {
  it('shows the key figures and a download button, escaping everything it prints', () => {
    const html = invoicePage(snapshot(), 'Seller "Best" Pvt Ltd', 'TOKEN/pdf');
    expect(html).toContain('INV/2026-27/0007');
    expect(html).toContain('INR 1180.00');
    expect(html).toContain('INR 1000.00');
    expect(html).toContain('href="TOKEN/pdf" download');
    expect(html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons');
    expect(html).toContain('Seller &quot;Best&quot; Pvt Ltd');
    expect(html).not.toContain('<script');
    expect(html).toContain('noindex');
  });

  it('says overdue, partly paid, paid and void', () => {
    expect(invoicePage(snapshot({ overdue: true }), 'S', 'x')).toContain('<td>Overdue</td>');
    expect(invoicePage(snapshot({ status: 'partly_paid' }), 'S', 'x')).toContain('<td>Partly paid</td>');
    expect(invoicePage(snapshot({ status: 'paid' }), 'S', 'x')).toContain('<td>Paid</td>');
    expect(invoicePage(snapshot({ status: 'void', overdue: true }), 'S', 'x')).toContain('<td>Void</td>');
  });
});

describe('recurring helpers', () => {
  it('a period draft: dated on the period, due after dueDays or by the customer terms', () => {
    const template = { currency: 'INR', placeOfSupply: '27', reference: 'Retainer', notes: null, terms: null, lines: [{ productId: null, description: 'Support', quantity: '1', unitPrice: '100.00' }] };
    expect(draftFor({ customer_id: 'c', due_days: 15, template, name: 'x' }, '2026-01-31')).toEqual({
      customerId: 'c',
      date: '2026-01-31',
      dueDate: '2026-02-15',
      currency: 'INR',
      placeOfSupply: '27',
      reference: 'Retainer',
      notes: null,
      terms: null,
      lines: template.lines,
    });
    expect(draftFor({ customer_id: 'c', due_days: null, template, name: 'x' }, '2026-01-31').dueDate).toBeNull();
  });

  it('reminder recipients: the primary contact first, lower-cased, without duplicates or blanks', () => {
    expect(customerEmails([{ email: 'B@x.example' }, { email: ' a@x.example ', primary: true }, { email: 'b@x.example' }, { email: null }, {}])).toEqual(['a@x.example', 'b@x.example']);
    expect(customerEmails([])).toEqual([]);
  });
});
