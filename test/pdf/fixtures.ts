import { deflateSync } from 'node:zlib';
import type { PrintableDocument, PrintableLine, PrintableStatement } from '../../src/platform/pdf/index.js';

/** A tiny valid PNG (solid colour), built here so the tests need no binary fixture. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const DESCRIPTIONS = [
  'Stainless steel water bottle, 1 litre, insulated',
  'Cotton T-shirt, round neck, size L',
  'Consulting services — implementation of the accounting system, including data migration from the previous ledger and staff training (2 days)',
  'USB-C charger 65 W',
  'Printer paper A4, 75 gsm, box of 5 reams',
];
const HSNS = ['73239390', '61091000', '998311', '85044030', '48025690'];

/** `count` invoice lines at 18% GST with exact amounts. */
export function lines(count: number): PrintableLine[] {
  return Array.from({ length: count }, (_, i) => {
    const qty = 1 + (i % 4);
    const rate = 1000 + i * 25;
    const taxable = qty * rate; // integers: exact
    const tax = (taxable * 18) / 100;
    return {
      description: `${DESCRIPTIONS[i % DESCRIPTIONS.length]!} (item ${i + 1})`,
      hsn: HSNS[i % HSNS.length]!,
      quantity: String(qty),
      unit: i % 5 === 2 ? 'hrs' : 'pcs',
      unitPrice: `${rate}.00`,
      discount: i % 7 === 3 ? '50.00' : null,
      taxableValue: `${taxable}.00`,
      taxRate: '18',
      taxAmount: tax.toFixed(2),
      amount: (taxable + tax).toFixed(2),
    };
  });
}

export function invoice(lineCount: number, extra: Partial<PrintableDocument> = {}): PrintableDocument {
  return {
    title: 'Tax Invoice',
    number: 'INV/2026-27/0042',
    date: '2026-06-15',
    dueDate: '2026-07-15',
    references: [
      { label: 'Place of supply', value: 'Karnataka (29)' },
      { label: 'Order number', value: 'SO/2026-27/0007' },
      { label: 'Reverse charge', value: 'No' },
    ],
    seller: {
      name: 'Ganesh Traders Private Limited',
      address: ['12, MG Road', 'Bengaluru 560001', 'Karnataka, India'],
      gstin: '29ABCDE1234F1Z5',
      pan: 'ABCDE1234F',
      stateName: 'Karnataka',
      stateCode: '29',
      email: 'accounts@ganesh.example',
      phone: '+91 80 1234 5678',
      logo: solidPng(40, 20, [31, 58, 95]),
    },
    buyer: {
      name: 'Shree Krishna Enterprises',
      address: ['4th Floor, Tech Park', 'Whitefield, Bengaluru 560066'],
      gstin: '29AAACS1234K1Z2',
      stateName: 'Karnataka',
      stateCode: '29',
    },
    shipTo: { name: 'Shree Krishna Warehouse', address: ['Plot 9, KIADB Industrial Area', 'Hoskote 562114'], stateName: 'Karnataka', stateCode: '29' },
    currency: 'INR',
    lines: lines(lineCount),
    subtotal: '123456.78',
    discount: '100.00',
    taxes: [
      { label: 'CGST 9%', taxableValue: '123356.78', amount: '11102.11' },
      { label: 'SGST 9%', taxableValue: '123356.78', amount: '11102.11' },
    ],
    hsnSummary: [
      { hsn: '73239390', taxableValue: '60000.00', taxes: [{ label: 'CGST 9%', amount: '5400.00' }, { label: 'SGST 9%', amount: '5400.00' }], totalTax: '10800.00' },
      { hsn: '998311', taxableValue: '63356.78', taxes: [{ label: 'CGST 9%', amount: '5702.11' }, { label: 'SGST 9%', amount: '5702.11' }], totalTax: '11404.22' },
    ],
    roundOff: '-0.22',
    total: '123456.78',
    amountPaid: '23456.78',
    amountDue: '100000.00',
    notes: 'Thank you for your business.',
    terms: 'Goods once sold will not be taken back.\nInterest at 18% p.a. on payments after the due date.',
    upi: { vpa: 'ganesh.traders@okhdfc', payeeName: 'Ganesh Traders', amount: '100000.00', note: 'INV/2026-27/0042' },
    paymentDetails: ['Bank: HDFC Bank, MG Road branch', 'Account: 50200012345678', 'IFSC: HDFC0000123'],
    copyLabel: 'Original for recipient',
    ...extra,
  };
}

export function statement(rowCount: number): PrintableStatement {
  let balance = 5000;
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const debit = i % 3 === 0 ? 0 : 1000 + i * 10;
    const credit = i % 3 === 0 ? 2500 : 0;
    balance += debit - credit;
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      date: `2026-0${4 + Math.floor(i / 28)}-${day}`.replace(/-0(\d\d)-/, '-$1-'),
      reference: debit ? `INV/2026-27/${String(i + 1).padStart(4, '0')}` : `RCT/2026-27/${String(i + 1).padStart(4, '0')}`,
      description: debit ? 'Invoice' : 'Payment received, thank you',
      debit: debit ? `${debit}.00` : null,
      credit: credit ? `${credit}.00` : null,
      balance: `${balance}.00`,
    };
  });
  return {
    title: 'Statement of Account',
    seller: { name: 'Ganesh Traders Private Limited', address: ['12, MG Road', 'Bengaluru 560001'], gstin: '29ABCDE1234F1Z5' },
    party: { name: 'Shree Krishna Enterprises', address: ['Whitefield, Bengaluru 560066'], gstin: '29AAACS1234K1Z2', stateName: 'Karnataka', stateCode: '29' },
    currency: 'INR',
    from: '2026-04-01',
    to: '2026-06-30',
    openingBalance: '5000.00',
    rows,
    closingBalance: `${balance}.00`,
    ageing: [
      { label: 'Current', amount: '12000.00' },
      { label: '1–30 days', amount: '3500.00' },
      { label: '31–60 days', amount: '0.00' },
      { label: 'Over 60 days', amount: '1250.50' },
    ],
  };
}
