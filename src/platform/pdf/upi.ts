import QRCode from 'qrcode';

export interface UpiPayment {
  vpa: string;
  payeeName: string;
  amount: string;
  note?: string | null;
}

/**
 * The UPI deep link a payment app reads from the QR code (NPCI "UPI linking specification"):
 * `upi://pay?pa=<vpa>&pn=<name>&am=<amount>&cu=INR&tn=<note>`, every value URL-encoded.
 */
export function upiUrl(upi: UpiPayment): string {
  const params: [string, string][] = [
    ['pa', upi.vpa],
    ['pn', upi.payeeName],
    ['am', upi.amount],
    ['cu', 'INR'],
  ];
  if (upi.note) params.push(['tn', upi.note]);
  return `upi://pay?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** The QR code's modules (true = dark), row by row, for `text` at error correction level M. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))));
}
