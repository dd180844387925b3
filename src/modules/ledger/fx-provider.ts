import { isCurrencyCode } from '../../kernel/money.js';
import { rateProviderFailed } from './domain/fx-errors.js';

/** Reference rates one provider published for one day, quoted against its pivot currency. */
export interface PublishedRates {
  provider: string;
  /** ISO date the rates are for. */
  date: string;
  /** The currency every rate is quoted against (ECB: EUR). */
  pivot: string;
  /** Units of each currency per one unit of the pivot, as decimal strings. */
  rates: Map<string, string>;
}

/** Port: where exchange rates come from. Adapters fetch; the ledger cross-rates and stores. */
export interface RateProvider {
  readonly name: string;
  latest(signal?: AbortSignal): Promise<PublishedRates>;
}

const DAY_RE = /<Cube\s+time\s*=\s*["'](\d{4}-\d{2}-\d{2})["']\s*>([\s\S]*?)<\/Cube>/;
const RATE_RE = /<Cube\s+currency\s*=\s*["']([A-Z]{3})["']\s+rate\s*=\s*["']([0-9]{1,12}(?:\.[0-9]{1,18})?)["']\s*\/>/g;

/**
 * Reads the ECB euro foreign exchange reference rates document
 * (`<Cube time="…"><Cube currency="USD" rate="1.0850"/>…</Cube>`, eurofxref-daily.xml): the first
 * (latest) day, currencies Kontor knows. Refuses a document without a day or without rates.
 */
export function parseEcbXml(xml: string): PublishedRates {
  const day = DAY_RE.exec(xml);
  if (!day?.[1] || day[2] === undefined) throw rateProviderFailed('the ECB document has no <Cube time="…"> day');
  const rates = new Map<string, string>();
  for (const m of day[2].matchAll(RATE_RE)) {
    const [, currency, rate] = m;
    if (currency && rate && isCurrencyCode(currency) && Number(rate) > 0) rates.set(currency, rate);
  }
  if (rates.size === 0) throw rateProviderFailed('the ECB document lists no rates');
  return { provider: 'ecb', date: day[1], pivot: 'EUR', rates };
}

const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** The European Central Bank's daily euro reference rates, from `url` (operator config `KONTOR_ECB_RATES_URL`). */
export class EcbRateProvider implements RateProvider {
  readonly name = 'ecb';
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async latest(signal?: AbortSignal): Promise<PublishedRates> {
    let text: string;
    try {
      const response = await fetch(this.url, {
        signal: signal ?? AbortSignal.timeout(this.timeoutMs),
        headers: { accept: 'application/xml, text/xml' },
        redirect: 'follow',
      });
      if (!response.ok) throw rateProviderFailed(`HTTP ${response.status}`);
      const length = Number(response.headers.get('content-length') ?? '0');
      if (length > MAX_DOCUMENT_BYTES) throw rateProviderFailed('the document is too large');
      text = await response.text();
      if (text.length > MAX_DOCUMENT_BYTES) throw rateProviderFailed('the document is too large');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'LEDGER.RATE_PROVIDER_FAILED') throw error;
      throw rateProviderFailed(error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'not reachable', error);
    }
    return parseEcbXml(text);
  }
}
