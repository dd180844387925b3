import { Decimal } from 'decimal.js';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEcbXml } from '../../src/modules/ledger/fx-provider.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { applyTemplate, postEntry, problemCode } from './helpers.js';

/** The ECB's eurofxref-daily.xml as it publishes it (single-quoted attributes, gesmes envelope; BGN is no ISO 4217 code any more). */
const ECB_DAILY = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
	<gesmes:subject>Reference rates</gesmes:subject>
	<gesmes:Sender>
		<gesmes:name>European Central Bank</gesmes:name>
	</gesmes:Sender>
	<Cube>
		<Cube time='2025-01-03'>
			<Cube currency='USD' rate='1.0299'/>
			<Cube currency='JPY' rate='162.68'/>
			<Cube currency='BGN' rate='1.9558'/>
			<Cube currency='CZK' rate='25.147'/>
			<Cube currency='DKK' rate='7.4589'/>
			<Cube currency='GBP' rate='0.82650'/>
			<Cube currency='HUF' rate='411.85'/>
			<Cube currency='PLN' rate='4.2633'/>
			<Cube currency='RON' rate='4.9721'/>
			<Cube currency='SEK' rate='11.5240'/>
			<Cube currency='CHF' rate='0.9385'/>
			<Cube currency='ISK' rate='145.10'/>
			<Cube currency='NOK' rate='11.7950'/>
			<Cube currency='TRY' rate='36.4294'/>
			<Cube currency='AUD' rate='1.6601'/>
			<Cube currency='BRL' rate='6.3559'/>
			<Cube currency='CAD' rate='1.4854'/>
			<Cube currency='CNY' rate='7.5436'/>
			<Cube currency='HKD' rate='8.0110'/>
			<Cube currency='IDR' rate='16703.37'/>
			<Cube currency='ILS' rate='3.7559'/>
			<Cube currency='INR' rate='88.3950'/>
			<Cube currency='KRW' rate='1517.09'/>
			<Cube currency='MXN' rate='21.2515'/>
			<Cube currency='MYR' rate='4.6266'/>
			<Cube currency='NZD' rate='1.8338'/>
			<Cube currency='PHP' rate='59.844'/>
			<Cube currency='SGD' rate='1.4110'/>
			<Cube currency='THB' rate='35.604'/>
			<Cube currency='ZAR' rate='19.4012'/>
		</Cube>
	</Cube>
</gesmes:Envelope>
`;

interface Rate {
  currency: string;
  baseCurrency: string;
  date: string;
  rate: string;
  source: string;
  version: number;
}

let server: http.Server;
let serve: { status: number; body: string } = { status: 200, body: ECB_DAILY };
let requests = 0;
let t: TestApp;
let inr: SignedUp;

const fetchRates = (who: SignedUp, payload: Record<string, unknown> = { provider: 'ecb' }) =>
  t.app.inject({ method: 'POST', url: '/api/v1/ledger/rates/fetch', headers: who.headers, payload });
const ratesTable = async () => (await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from ledger.exchange_rates')).rows[0].n as number;
const cross = (base: string, quote: string) => new Decimal(base).div(quote).toSignificantDigits(12, Decimal.ROUND_HALF_EVEN).toFixed();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests += 1;
    if (request.url !== '/stats/eurofxref/eurofxref-daily.xml') return void response.writeHead(404).end();
    response.writeHead(serve.status, { 'content-type': 'text/xml' }).end(serve.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  t = await createTestApp({ config: { ecbRatesUrl: `http://127.0.0.1:${port}/stats/eurofxref/eurofxref-daily.xml` } });
  inr = await t.signUp();
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('ECB reference rates', () => {
  it('reads the ECB document: the day and every ISO 4217 currency, quoted per euro', () => {
    const published = parseEcbXml(ECB_DAILY);
    expect(published).toMatchObject({ provider: 'ecb', date: '2025-01-03', pivot: 'EUR' });
    expect(published.rates.get('USD')).toBe('1.0299');
    expect(published.rates.get('INR')).toBe('88.3950');
    expect(published.rates.has('BGN')).toBe(false);
    expect(published.rates.size).toBe(29);
    const doubleQuoted = parseEcbXml('<Cube><Cube time="2025-01-06"><Cube currency="USD" rate="1.0426"/></Cube></Cube>');
    expect([...doubleQuoted.rates]).toEqual([['USD', '1.0426']]);
    expect(() => parseEcbXml('<html>maintenance</html>')).toThrow(expect.objectContaining({ code: 'LEDGER.RATE_PROVIDER_FAILED' }));
  });

  it('fetches the rates through the port and stores them cross-rated to the base currency', async () => {
    const before = requests;
    const response = await fetchRates(inr);
    expect(response.statusCode, response.body).toBe(200);
    expect(requests).toBe(before + 1);
    const body = response.json() as { provider: string; date: string; items: Rate[] };
    expect(body).toMatchObject({ provider: 'ecb', date: '2025-01-03' });
    const byCurrency = new Map(body.items.map((r) => [r.currency, r]));
    expect(byCurrency.size).toBe(29); // 28 others and the euro itself; no INR→INR
    expect(byCurrency.get('EUR')).toMatchObject({ rate: '88.395', baseCurrency: 'INR', date: '2025-01-03', source: 'provider' });
    expect(byCurrency.get('USD')!.rate).toBe(cross('88.3950', '1.0299'));
    expect(byCurrency.get('USD')!.rate).toBe('85.8287212351');
    expect(byCurrency.get('JPY')!.rate).toBe(cross('88.3950', '162.68'));
    expect(byCurrency.get('IDR')!.rate).toBe('0.00529204585661');
    expect(byCurrency.has('INR')).toBe(false);

    // the fetched rates price foreign postings on and after their day
    const acc = await applyTemplate(t, inr, 'small_business');
    const posted = await postEntry(t, inr, { date: '2025-01-06', lines: [{ accountId: acc.get('1120')!.id, debit: '100.00', currency: 'USD' }, { accountId: acc.get('4100')!.id, credit: '100.00', currency: 'USD' }] });
    expect(posted.statusCode, posted.body).toBe(201);
    expect((posted.json() as { lines: { baseDebit: string }[] }).lines[0]!.baseDebit).toBe('8582.87');
  });

  it('fetches only the currencies asked for, replacing the day’s rates instead of duplicating them', async () => {
    const before = await ratesTable();
    const response = await fetchRates(inr, { provider: 'ecb', currencies: ['USD', 'GBP'] });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as { items: Rate[] }).items.map((r) => [r.currency, r.version])).toEqual([
      ['GBP', 2],
      ['USD', 2],
    ]);
    expect(await ratesTable()).toBe(before);
    const unknown = await fetchRates(inr, { provider: 'ecb', currencies: ['AED'] });
    expect(problemCode(unknown)).toBe('LEDGER.INVALID_RATE');
  });

  it('cross-rates for a euro base and refuses a base currency the ECB does not publish', async () => {
    const eur = await t.signUp({ countryCode: 'DE', baseCurrency: 'EUR', timezone: 'Europe/Berlin' });
    const response = await fetchRates(eur);
    expect(response.statusCode, response.body).toBe(200);
    const usd = (response.json() as { items: Rate[] }).items.find((r) => r.currency === 'USD')!;
    expect(usd).toMatchObject({ baseCurrency: 'EUR', rate: cross('1', '1.0299') });
    expect((response.json() as { items: Rate[] }).items.some((r) => r.currency === 'EUR')).toBe(false);

    const aed = await t.signUp({ countryCode: 'AE', baseCurrency: 'AED', timezone: 'Asia/Dubai' });
    const before = await ratesTable();
    expect(problemCode(await fetchRates(aed))).toBe('LEDGER.RATE_PROVIDER_UNSUPPORTED');
    expect(await ratesTable()).toBe(before);
  });

  it('answers LEDGER.RATE_PROVIDER_FAILED when the provider fails or sends something else, writing nothing', async () => {
    const before = await ratesTable();
    try {
      serve = { status: 503, body: 'down for maintenance' };
      const down = await fetchRates(inr);
      expect(down.statusCode).toBe(422);
      expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(down.json()).toMatchObject({ code: 'LEDGER.RATE_PROVIDER_FAILED', detail: expect.stringMatching(/HTTP 503/) });
      serve = { status: 200, body: '<html><body>Not the rates</body></html>' };
      expect(problemCode(await fetchRates(inr))).toBe('LEDGER.RATE_PROVIDER_FAILED');
    } finally {
      serve = { status: 200, body: ECB_DAILY };
    }
    expect(await ratesTable()).toBe(before);
  });
});
