/** What each membership role may do. Permission keys are `<module>.<resource>.<action>`. */
export const BUILT_IN_ROLES = ['owner', 'admin', 'accountant', 'sales', 'viewer'] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];
/** A membership's role: a built-in one, or `custom` (its permissions come from the tenant's custom role). */
export const ROLES = [...BUILT_IN_ROLES, 'custom'] as const;
export type Role = (typeof ROLES)[number];

const READ_ONLY = [
  'identity.tenant.read',
  'identity.members.read',
  'identity.roles.read',
  'identity.stores.read',
  'identity.subscription.read',
  'platform.audit.read',
  'ledger.account.read',
  'ledger.entry.read',
  'ledger.transaction.read',
  'ledger.report.read',
  'ledger.settings.read',
  'ledger.rates.read',
  'tax.rates.read', 'tax.hsn.read', 'tax.tds.read', 'tax.calculation.run',
  'catalog.product.read',
  'catalog.pricelist.read',
  'parties.customer.read',
  'parties.vendor.read',
  'inventory.stock.read',
  'numbering.series.read',
  'purchases.order.read', 'purchases.receipt.read', 'purchases.bill.read', 'purchases.payment.read',
  'sales.recurring.read', 'sales.reminders.read',
  'sales.invoice.read',
  'sales.payment.read',
  'banking.account.read', 'banking.statement.read',
  'banking.wallet.read',
];

/** The sales role's keys in the sales module: listed, so that `sales.quotation.approve` stays out. */
const SALES_ROLE_SALES_KEYS = [
  'sales.quotation.read', 'sales.quotation.manage', 'sales.order.read', 'sales.order.manage', 'sales.delivery.read', 'sales.delivery.manage',
  'sales.invoice.read', 'sales.invoice.create', 'sales.invoice.issue', 'sales.invoice.send', 'sales.invoice.share', 'sales.invoice.void', 'sales.credit_note.create',
  'sales.payment.read', 'sales.payment.record', 'sales.payment.reverse',
  'sales.recurring.read', 'sales.recurring.manage', 'sales.reminders.read', 'sales.reminders.manage',
];

export const ROLE_PERMISSIONS: Record<Role, readonly string[]> = {
  owner: ['*'],
  admin: ['*'],
  // Accountants keep the books: everything in the ledger module (`ledger.*`).
  accountant: [...READ_ONLY, 'ledger.*', 'parties.*', 'catalog.*', 'tax.*', 'inventory.*', 'numbering.*', 'sales.*', 'purchases.*', 'banking.*', 'platform.audit.verify', 'platform.events.manage'],
  sales: ['identity.tenant.read', 'identity.stores.read', 'parties.customer.read', 'parties.customer.create', 'parties.customer.update', 'parties.customer.suspend', 'catalog.*', 'inventory.stock.read', 'inventory.stock.move', 'numbering.series.read',
    // Deposit-account pickers and live tax on the document editors.
    'ledger.account.read', 'tax.calculation.run',
    // Every sales key except approving quotations and changing the sales/payment settings (owners and admins; accountants hold `sales.*`).
    ...SALES_ROLE_SALES_KEYS],
  viewer: READ_ONLY,
  custom: [],
};

export function permissionsOf(role: Role): ReadonlySet<string> {
  return new Set(ROLE_PERMISSIONS[role]);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isBuiltInRole(value: string): value is BuiltInRole {
  return (BUILT_IN_ROLES as readonly string[]).includes(value);
}

/** `held` covers `key`: `*`, the exact key, or `module.*`. */
export function covers(held: ReadonlySet<string>, key: string): boolean {
  return held.has('*') || held.has(key) || held.has(`${key.split('.')[0]}.*`);
}

/**
 * May someone holding `granter` hand out `wanted`? Only what they hold themselves: a custom role
 * that can manage members cannot mint an admin.
 */
export function canGrant(granter: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  if (granter.has('*')) return true;
  if (wanted.has('*')) return false;
  for (const key of wanted) {
    if (key.endsWith('.*') ? !granter.has(key) : !covers(granter, key)) return false;
  }
  return true;
}
