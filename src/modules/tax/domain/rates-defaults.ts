/** Per-country default tax rates and groups a tenant can seed with one request. */
export interface DefaultRate {
  code: string;
  name: string;
  percent: string;
  kind: 'tax' | 'retention';
  compound?: boolean;
  inclusive?: boolean;
  jurisdiction: string;
}

export interface DefaultGroup {
  code: string;
  name: string;
  /** Rate codes, in the order they apply. */
  rates: string[];
}

export interface CountryDefaults {
  country: string;
  note: string;
  rates: DefaultRate[];
  groups: DefaultGroup[];
}

const tax = (code: string, name: string, percent: string, jurisdiction: string, extra: Partial<DefaultRate> = {}): DefaultRate => ({ code, name, percent, kind: 'tax', jurisdiction, ...extra });
const single = (r: DefaultRate): DefaultGroup => ({ code: r.code, name: r.name, rates: [r.code] });

const IN_RATES = [
  tax('GST0', 'GST 0% (nil rated)', '0', 'IN'),
  tax('GST0.25', 'GST 0.25% (rough diamonds)', '0.25', 'IN'),
  tax('GST3', 'GST 3% (gold, silver, jewellery)', '3', 'IN'),
  tax('GST5', 'GST 5%', '5', 'IN'),
  tax('GST12', 'GST 12% (until 21 September 2025 for most goods)', '12', 'IN'),
  tax('GST18', 'GST 18%', '18', 'IN'),
  tax('GST28', 'GST 28%', '28', 'IN'),
  tax('GST40', 'GST 40% (from 22 September 2025: luxury and sin goods)', '40', 'IN'),
  tax('CESS12', 'Compensation cess 12% (aerated waters)', '12', 'IN'),
  tax('CESS15', 'Compensation cess 15% (motor cars)', '15', 'IN'),
  tax('CESS22', 'Compensation cess 22% (SUVs)', '22', 'IN'),
];

const DE_RATES = [tax('VAT19', 'Umsatzsteuer 19%', '19', 'DE', { inclusive: true }), tax('VAT7', 'Umsatzsteuer 7% (ermäßigt)', '7', 'DE', { inclusive: true }), tax('VAT0', 'Umsatzsteuer 0%', '0', 'DE', { inclusive: true })];

const GB_RATES = [tax('VAT20', 'VAT standard rate 20%', '20', 'GB'), tax('VAT5', 'VAT reduced rate 5%', '5', 'GB'), tax('VAT0', 'VAT zero rate', '0', 'GB')];

const MX_RATES: DefaultRate[] = [
  tax('IVA16', 'IVA 16%', '16', 'MX'),
  tax('IVA8', 'IVA 8% (región fronteriza)', '8', 'MX'),
  tax('IVA0', 'IVA 0%', '0', 'MX'),
  { code: 'ISR_RET10', name: 'Retención ISR 10%', percent: '10', kind: 'retention', jurisdiction: 'MX' },
  { code: 'IVA_RET', name: 'Retención IVA (dos terceras partes del 16%)', percent: '10.6667', kind: 'retention', jurisdiction: 'MX' },
  { code: 'IVA_RET4', name: 'Retención IVA 4% (autotransporte de carga)', percent: '4', kind: 'retention', jurisdiction: 'MX' },
];

export const COUNTRY_DEFAULTS: Readonly<Record<string, CountryDefaults>> = {
  IN: { country: 'IN', note: 'GST slabs and common compensation cess rates; the GST engine splits CGST/SGST/IGST by place of supply.', rates: IN_RATES, groups: IN_RATES.map(single) },
  DE: { country: 'DE', note: 'German VAT: 19% standard, 7% reduced; prices shown to consumers include VAT.', rates: DE_RATES, groups: DE_RATES.map(single) },
  GB: { country: 'GB', note: 'UK VAT: 20% standard, 5% reduced, zero rate.', rates: GB_RATES, groups: GB_RATES.map(single) },
  US: {
    country: 'US',
    note: 'US sales tax depends on the state, county and district: enter your own rates (e.g. CA 7.25% state plus the district rate) and group them.',
    rates: [],
    groups: [],
  },
  MX: {
    country: 'MX',
    note: 'IVA 16% (8% in the northern and southern border region); retentions when a company pays an individual for professional services or rent, or for freight.',
    rates: MX_RATES,
    groups: [
      { code: 'IVA16', name: 'IVA 16%', rates: ['IVA16'] },
      { code: 'IVA8', name: 'IVA 8% frontera', rates: ['IVA8'] },
      { code: 'IVA0', name: 'IVA 0%', rates: ['IVA0'] },
      { code: 'HONORARIOS', name: 'Servicios profesionales de persona física (IVA 16%, retenciones ISR 10% e IVA 2/3)', rates: ['IVA16', 'ISR_RET10', 'IVA_RET'] },
      { code: 'ARRENDAMIENTO', name: 'Arrendamiento de persona física (IVA 16%, retenciones ISR 10% e IVA 2/3)', rates: ['IVA16', 'ISR_RET10', 'IVA_RET'] },
      { code: 'FLETES', name: 'Autotransporte de carga (IVA 16%, retención IVA 4%)', rates: ['IVA16', 'IVA_RET4'] },
    ],
  },
};

export const DEFAULT_COUNTRIES = Object.keys(COUNTRY_DEFAULTS);
