import { AppError, now, type Invocation } from '../../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import type { InvoicesPort, InvoiceSnapshot } from '../contracts.js';
import type { SalesDeps } from '../deps.js';
import { readLink, signLink, verifyLink } from '../domain/signed-link.js';
import * as errors from './errors.js';
import * as repo from './repo.js';

export const DEFAULT_LINK_DAYS = 30;

export interface SharedLink {
  invoiceId: string;
  token: string;
  url: string;
  pdfUrl: string;
  expiresAt: string;
}

/** A refused link that was real once: 410 Gone (only said after the signature checked out). */
export const linkExpired = () => new AppError('not_found', 'SALES.LINK_EXPIRED', 'This invoice link has expired; ask the sender for a new one');

/**
 * Public, signed, expiring invoice links: the customer views and downloads an invoice without an
 * account. Tokens are signed with the tenant's link secret (created on first use); rotating the
 * secret revokes every link.
 */
export class PublicLinks {
  constructor(
    private readonly deps: SalesDeps,
    private readonly invoices: InvoicesPort,
  ) {}

  private urlOf(token: string): string {
    return `${this.deps.config.publicUrl.replace(/\/+$/, '')}/public/invoices/${token}`;
  }

  /** Signs a link in the caller's transaction (the secret is created on first use). */
  async issueIn(tx: Tx, tenantId: string, invoiceId: string, days: number): Promise<SharedLink> {
    const secret = await repo.ensureLinkSecret(tx, tenantId);
    const expires = Math.floor(now().getTime() / 1000) + days * 86_400;
    const token = signLink(secret.secret, { tenantId, invoiceId, expiresAt: expires });
    const url = this.urlOf(token);
    return { invoiceId, token, url, pdfUrl: `${url}/pdf`, expiresAt: new Date(expires * 1000).toISOString() };
  }

  async share(inv: Invocation, invoiceId: string, days = DEFAULT_LINK_DAYS): Promise<SharedLink> {
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      let invoice: InvoiceSnapshot;
      try {
        invoice = await this.invoices.get(tx, inv.tenantId, invoiceId);
      } catch (error) {
        if (error instanceof AppError && error.kind === 'not_found') throw errors.invoiceNotFound();
        throw error;
      }
      if (invoice.status === 'draft') throw errors.invoiceNotShareable(invoice.status);
      const link = await this.issueIn(tx, inv.tenantId, invoiceId, days);
      await recordAudit(tx, auditFromInvocation(inv, 'invoice.link_shared', 'invoice', invoiceId, null, { expiresAt: link.expiresAt }));
      return link;
    });
  }

  /** New secret: every link signed so far stops working. */
  async rotate(inv: Invocation): Promise<{ generation: number; rotatedAt: string }> {
    return this.deps.db.withTenant(inv.tenantId, async (tx) => {
      const row = await repo.rotateLinkSecret(tx, inv.tenantId);
      const view = { generation: row.generation, rotatedAt: new Date(row.rotated_at).toISOString() };
      await recordAudit(tx, auditFromInvocation(inv, 'sales.link_secret_rotated', 'link_secret', inv.tenantId, null, view));
      return view;
    });
  }

  /**
   * The invoice behind a token. Malformed, forged, tampered, revoked (rotated secret) or pointing at
   * nothing: SALES.LINK_INVALID (404), all alike. Genuine but past its expiry: SALES.LINK_EXPIRED.
   * The tenant named in the token is only trusted after its own secret verified the signature, and
   * the invoice is then read inside that tenant (row-level security).
   */
  async open(token: string): Promise<{ tenantId: string; invoice: InvoiceSnapshot }> {
    const read = readLink(token);
    if (!read) throw errors.linkInvalid();
    const secret = await this.deps.db.withTenant(read.tenantId, (tx) => repo.linkSecret(tx));
    const check = verifyLink(token, secret?.secret ?? null, Math.floor(now().getTime() / 1000));
    if (!check.ok) throw check.reason === 'expired' ? linkExpired() : errors.linkInvalid();
    const { tenantId, invoiceId } = check.claims;
    const invoice = await this.deps.db.withTenant(tenantId, async (tx) => {
      try {
        return await this.invoices.get(tx, tenantId, invoiceId);
      } catch (error) {
        if (error instanceof AppError && error.kind === 'not_found') throw errors.linkInvalid();
        throw error;
      }
    });
    if (invoice.status === 'draft') throw errors.linkInvalid();
    return { tenantId, invoice };
  }

  async pdf(token: string): Promise<{ filename: string; content: Buffer }> {
    const { tenantId, invoice } = await this.open(token);
    return this.invoices.pdf(tenantId, invoice.id);
  }

  /** Who the invoice is from, for the public page. */
  async sellerName(tenantId: string): Promise<string> {
    const tenant = await this.deps.identity().service.getTenant(tenantId);
    return tenant.legal_name ?? tenant.name;
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The small public page: key figures and a download button. No scripts; the token stays in the path. */
export function invoicePage(invoice: InvoiceSnapshot, seller: string, pdfPath: string): string {
  const rows: [string, string][] = [
    ['Invoice', invoice.number ?? ''],
    ['From', seller],
    ['To', invoice.customerName],
    ['Date', invoice.date],
    ['Due date', invoice.dueDate],
    ['Total', `${invoice.currency} ${invoice.total}`],
    ['Paid', `${invoice.currency} ${invoice.amountPaid}`],
    ['Amount due', `${invoice.currency} ${invoice.amountDue}`],
    ['Status', invoice.status === 'void' ? 'Void' : invoice.status === 'paid' ? 'Paid' : invoice.overdue ? 'Overdue' : invoice.status === 'partly_paid' ? 'Partly paid' : 'Open'],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Invoice ${escapeHtml(invoice.number ?? '')} from ${escapeHtml(seller)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f5f6f8;color:#1d2433;margin:0;padding:2rem 1rem}
main{max-width:32rem;margin:0 auto;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.08);padding:2rem}
h1{font-size:1.3rem;margin:0 0 1.25rem}
table{width:100%;border-collapse:collapse}
th{text-align:left;font-weight:500;color:#5b6475;padding:.4rem 0}
td{text-align:right;padding:.4rem 0;font-variant-numeric:tabular-nums}
tr+tr{border-top:1px solid #eef0f3}
a.button{display:block;text-align:center;margin-top:1.5rem;padding:.8rem;border-radius:8px;background:#1f5eff;color:#fff;text-decoration:none;font-weight:600}
</style>
</head>
<body>
<main>
<h1>Invoice ${escapeHtml(invoice.number ?? '')}</h1>
<table>
${rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('\n')}
</table>
<a class="button" href="${escapeHtml(pdfPath)}" download>Download PDF</a>
</main>
</body>
</html>
`;
}
