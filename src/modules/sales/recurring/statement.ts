import { now } from '../../../kernel/index.js';
import { renderStatementPdf, type PrintableParty, type PrintableStatement } from '../../../platform/pdf/index.js';
import type { InvoicesPort, InvoiceSnapshot } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import { ageing } from '../domain/dunning.js';
import { addMonths, dateIn } from '../domain/schedule.js';
import { currencyExponent } from '../../../kernel/money.js';
import * as errors from './errors.js';

/** The parties module's statement as it returns it (receivable lines with a running balance). */
export interface PartyStatement {
  currency: string;
  from: string | null;
  to: string | null;
  openingBalance: string;
  lines: { date: string; memo: string | null; reference: string | null; debit: string; credit: string; balance: string }[];
  closingBalance: string;
  truncated: boolean;
}

export interface StatementParty {
  name: string;
  gstin: string | null;
  pan: string | null;
  address: { line1: string; line2?: string | null | undefined; city: string; stateCode?: string | null | undefined; postalCode?: string | null | undefined; country: string } | null;
  email: string | null;
  phone: string | null;
}

const isZero = (amount: string) => /^-?0+(\.0+)?$/.test(amount);

function addressLines(a: StatementParty['address']): string[] {
  if (!a) return [];
  return [a.line1, a.line2 ?? '', [a.city, a.postalCode].filter(Boolean).join(' '), [a.stateCode ? `State code ${a.stateCode}` : '', a.country].filter(Boolean).join(', ')].filter((l) => l.trim() !== '');
}

function printable(p: StatementParty): PrintableParty {
  return { name: p.name, address: addressLines(p.address), gstin: p.gstin, pan: p.pan, email: p.email, phone: p.phone };
}

/**
 * The statement as the PDF prints it (pure): the ledger statement's rows with their running
 * balance, and the ageing of the customer's open invoices as of the statement's end date.
 */
export function toPrintableStatement(input: {
  seller: StatementParty;
  customer: StatementParty;
  statement: PartyStatement;
  from: string;
  to: string;
  open: Pick<InvoiceSnapshot, 'dueDate' | 'amountDue' | 'currency'>[];
}): PrintableStatement {
  const { statement } = input;
  const decimals = currencyExponent(statement.currency);
  const inCurrency = input.open.filter((i) => i.currency === statement.currency);
  return {
    title: 'Statement of Account',
    seller: printable(input.seller),
    party: printable(input.customer),
    currency: statement.currency,
    from: input.from,
    to: input.to,
    openingBalance: statement.openingBalance,
    rows: statement.lines.map((l) => ({
      date: l.date,
      reference: l.reference ?? '',
      description: l.memo ?? '',
      debit: isZero(l.debit) ? null : l.debit,
      credit: isZero(l.credit) ? null : l.credit,
      balance: l.balance,
    })),
    closingBalance: statement.closingBalance,
    ageing: ageing(inCurrency, input.to, decimals),
    footer: statement.truncated ? 'The period has more lines than one statement shows; choose a shorter period for the rest.' : null,
  };
}

/** Customer statement PDFs. */
export class Statements {
  constructor(
    private readonly deps: SalesDeps,
    private readonly invoices: InvoicesPort,
  ) {}

  async build(tenantId: string, customerId: string, range: { from?: string | undefined; to?: string | undefined }): Promise<{ statement: PrintableStatement; customerName: string }> {
    const tenant = await this.deps.identity().service.getTenant(tenantId);
    const to = range.to ?? dateIn(now(), tenant.timezone);
    const from = range.from ?? addMonths(to, -3);
    if (from > to) throw errors.invalidRange();
    const parties = this.deps.parties().service;
    const customer = await parties.get(tenantId, 'customer', customerId);
    const statement = await parties.statement(tenantId, 'customer', customerId, { from, to });
    const open = await this.deps.db.withTenant(tenantId, (tx) => this.invoices.listOpen(tx, tenantId, { customerId }));
    const contact = customer.contacts.find((c) => c.primary) ?? customer.contacts[0];
    return {
      customerName: customer.display_name,
      statement: toPrintableStatement({
        seller: { name: tenant.legal_name ?? tenant.name, gstin: tenant.gstin, pan: null, address: null, email: null, phone: null },
        customer: {
          name: customer.legal_name,
          gstin: customer.gstin,
          pan: customer.pan,
          address: customer.billing_address,
          email: contact?.email ?? null,
          phone: contact?.phone ?? null,
        },
        statement,
        from,
        to,
        open,
      }),
    };
  }

  async pdf(tenantId: string, customerId: string, range: { from?: string | undefined; to?: string | undefined }): Promise<{ filename: string; content: Buffer }> {
    const { statement, customerName } = await this.build(tenantId, customerId, range);
    const safe = customerName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'customer';
    return { filename: `statement-${safe}-${statement.from}-${statement.to}.pdf`, content: await renderStatementPdf(statement) };
  }
}
