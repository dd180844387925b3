import { formatAmount, formatDate, formatMoneyText } from './format.js';
import { COLORS, Sheet, type Column } from './sheet.js';
import type { PrintableStatement } from './types.js';

/**
 * A customer or vendor statement: seller and party, the period, the opening balance, dated rows with
 * debit, credit and running balance (continued on following pages under a repeated header), the
 * closing balance, and the ageing of what is open.
 */
export async function renderStatement(s: PrintableStatement): Promise<Buffer> {
  const sheet = new Sheet({ title: `${s.title} ${s.party.name}`, author: s.seller.name });
  const money = (v: string | null) => (v === null || v === '' ? '' : formatAmount(v, s.currency));

  // ---- header: seller left, title and period right
  const top = sheet.y;
  const logoWidth = sheet.logo(s.seller.logo, sheet.left, top, [96, 48]);
  const sellerX = sheet.left + (logoWidth ? logoWidth + 10 : 0);
  const sellerWidth = sheet.width - 210 - (sellerX - sheet.left);
  let left = top + sheet.textAt(s.seller.name, sellerX, top, { size: 13, bold: true, color: COLORS.accent, width: sellerWidth });
  const sellerLines = [...(s.seller.address ?? [])];
  if (s.seller.gstin) sellerLines.push(`GSTIN: ${s.seller.gstin}`);
  for (const line of sellerLines) left += sheet.textAt(line, sellerX, left, { size: 8, width: sellerWidth });
  left = Math.max(left, top + (logoWidth ? 48 : 0));
  const boxX = sheet.right - 200;
  let right = top + sheet.textAt(s.title, boxX, top, { size: 16, bold: true, color: COLORS.accent, width: 200, align: 'right' });
  right += 4;
  right += sheet.keyValues(
    [
      { label: 'From', value: formatDate(s.from) },
      { label: 'To', value: formatDate(s.to) },
      { label: 'Currency', value: s.currency },
    ],
    boxX,
    right,
    200,
  );
  sheet.y = Math.max(left, right) + 8;
  sheet.rule(COLORS.accent, 1);
  sheet.space(8);
  sheet.y += sheet.party('Statement for', s.party, sheet.left, sheet.y, sheet.width / 2) + 10;

  sheet.continuation = () => {
    sheet.textAt(`${s.title} — ${s.party.name} — continued`, sheet.left, sheet.y, { size: 8, bold: true, color: COLORS.muted });
    sheet.y += 14;
  };

  // ---- rows
  const columns: Column[] = [
    { label: 'Date', width: 62 },
    { label: 'Reference', width: 90 },
    { label: 'Description', width: 0 },
    { label: 'Debit', width: 72, align: 'right' },
    { label: 'Credit', width: 72, align: 'right' },
    { label: 'Balance', width: 80, align: 'right' },
  ];
  columns[2]!.width = sheet.width - columns.reduce((n, c) => n + c.width, 0);
  const rows = [
    [formatDate(s.from), '', 'Opening balance', '', '', money(s.openingBalance)],
    ...s.rows.map((r) => [formatDate(r.date), r.reference, r.description, money(r.debit), money(r.credit), money(r.balance)]),
    [formatDate(s.to), '', 'Closing balance', '', '', money(s.closingBalance)],
  ];
  sheet.table(columns, rows, { boldRows: new Set([0, rows.length - 1]) });
  sheet.space(10);

  sheet.ensure(40);
  const closingRows = [
    { label: 'Opening balance', value: formatMoneyText(s.openingBalance, s.currency) },
    { label: 'Closing balance', value: formatMoneyText(s.closingBalance, s.currency), bold: true, rule: true },
  ];
  sheet.y += sheet.keyValues(closingRows, sheet.right - 240, sheet.y, 240) + 8;

  const ageing = s.ageing ?? [];
  if (ageing.length > 0) {
    sheet.ensure(50);
    sheet.paragraph('Ageing of open amounts', { size: 9, bold: true, color: COLORS.accent }, 3);
    const width = sheet.width / ageing.length;
    sheet.table(
      ageing.map((a) => ({ label: a.label, width, align: 'right' as const })),
      [ageing.map((a) => formatMoneyText(a.amount, s.currency))],
      { zebra: false },
    );
  }

  return sheet.finish(s.footer ?? `${s.title} · ${s.party.name} · ${formatDate(s.from)} to ${formatDate(s.to)}`);
}
