import { systemActor } from '../../kernel/index.js';
import { gstinCheckChar } from '../../kernel/gstin.js';
import type { DemoContext } from '../../platform/module.js';
import type { CreatePartyBody } from './schemas.js';
import type { PartiesService } from './service.js';

const gstin = (first14: string) => `${first14}${gstinCheckChar(first14)}`;

const CUSTOMERS: CreatePartyBody[] = [
  {
    legalName: 'Mehta Retail Private Limited',
    displayName: 'Mehta Retail',
    registrationType: 'registered',
    gstin: gstin('24AABCM4821K1Z'),
    billingAddress: { line1: '14 C G Road, Navrangpura', city: 'Ahmedabad', stateCode: '24', postalCode: '380009', country: 'IN' },
    contacts: [{ name: 'Rohan Mehta', email: 'accounts@mehta-retail.example', phone: '+91 79 2640 1122', primary: true }],
    paymentTermsDays: 30,
    creditLimit: '250000.00',
    tags: ['wholesale'],
  },
  {
    legalName: 'Kapoor and Sons',
    displayName: 'Kapoor & Sons',
    registrationType: 'registered',
    gstin: gstin('08AAFFK7310M1Z'),
    billingAddress: { line1: '22 Johari Bazaar', city: 'Jaipur', stateCode: '08', postalCode: '302003', country: 'IN' },
    contacts: [{ name: 'Anil Kapoor', email: 'anil@kapoor-sons.example', primary: true }],
    paymentTermsDays: 15,
    creditLimit: '100000.00',
  },
  {
    legalName: 'Anjali Desai',
    registrationType: 'unregistered',
    billingAddress: { line1: 'Flat 3B, Shanti Apartments', city: 'Jaipur', stateCode: '08', postalCode: '302017', country: 'IN' },
    contacts: [{ name: 'Anjali Desai', email: 'anjali.desai@example.com', primary: true }],
  },
];

const VENDORS: CreatePartyBody[] = [
  {
    legalName: 'Gupta Wholesale Traders',
    displayName: 'Gupta Wholesale',
    registrationType: 'registered',
    gstin: gstin('08AAFFG2290Q1Z'),
    billingAddress: { line1: 'Plot 7, Sitapura Industrial Area', city: 'Jaipur', stateCode: '08', postalCode: '302022', country: 'IN' },
    contacts: [{ name: 'Suresh Gupta', email: 'sales@gupta-wholesale.example', primary: true }],
    paymentTermsDays: 30,
  },
  {
    legalName: 'Bharat Packaging Industries Private Limited',
    displayName: 'Bharat Packaging',
    registrationType: 'registered',
    gstin: gstin('27AABCB5108R1Z'),
    billingAddress: { line1: 'MIDC Bhosari, Block J-112', city: 'Pune', stateCode: '27', postalCode: '411026', country: 'IN' },
    paymentTermsDays: 45,
  },
];

/** Customers and vendors of the demo business. Running it again changes nothing. */
export async function seedDemoParties(parties: PartiesService, demo: DemoContext): Promise<void> {
  const inv = { actor: systemActor('demo'), tenantId: demo.tenantId, requestId: null, ip: null };
  const existing = new Set((await parties.list(demo.tenantId, { kind: 'customer', sort: 'name', limit: 100 })).map((p) => p.legal_name));
  for (const customer of CUSTOMERS) if (!existing.has(customer.legalName)) await parties.create(inv, 'customer', customer);
  const vendors = new Set((await parties.list(demo.tenantId, { kind: 'vendor', sort: 'name', limit: 100 })).map((p) => p.legal_name));
  for (const vendor of VENDORS) if (!vendors.has(vendor.legalName)) await parties.create(inv, 'vendor', vendor);
}
