/** Countries offered at onboarding, with the defaults a new business there usually wants. */
export interface Region {
  code: string;
  name: string;
  currency: string;
  /** 1 = January. India's financial year starts in April. */
  fiscalYearStartMonth: number;
  timezone: string;
}

export const REGIONS: Region[] = [
  { code: 'IN', name: 'India', currency: 'INR', fiscalYearStartMonth: 4, timezone: 'Asia/Kolkata' },
  { code: 'AE', name: 'United Arab Emirates', currency: 'AED', fiscalYearStartMonth: 1, timezone: 'Asia/Dubai' },
  { code: 'AU', name: 'Australia', currency: 'AUD', fiscalYearStartMonth: 7, timezone: 'Australia/Sydney' },
  { code: 'CA', name: 'Canada', currency: 'CAD', fiscalYearStartMonth: 1, timezone: 'America/Toronto' },
  { code: 'DE', name: 'Germany', currency: 'EUR', fiscalYearStartMonth: 1, timezone: 'Europe/Berlin' },
  { code: 'GB', name: 'United Kingdom', currency: 'GBP', fiscalYearStartMonth: 4, timezone: 'Europe/London' },
  { code: 'MX', name: 'Mexico', currency: 'MXN', fiscalYearStartMonth: 1, timezone: 'America/Mexico_City' },
  { code: 'SG', name: 'Singapore', currency: 'SGD', fiscalYearStartMonth: 1, timezone: 'Asia/Singapore' },
  { code: 'US', name: 'United States', currency: 'USD', fiscalYearStartMonth: 1, timezone: 'America/New_York' },
];

export const CURRENCIES = ['INR', 'AED', 'AUD', 'CAD', 'EUR', 'GBP', 'MXN', 'SGD', 'USD'];

export const MONTHS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, i, 1))),
}));

/** Every IANA zone the browser knows, with the given ones first if missing (e.g. UTC). */
export function timeZones(...extra: string[]): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set<string>([...extra.filter(Boolean), ...known]);
  return [...all].sort();
}
