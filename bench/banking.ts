/**
 * Banking: statement lines imported per second through the HTTP API. Generates a 10,000-line CSV
 * (Indian format: DD/MM/YYYY, lakh grouping, withdrawal/deposit/balance columns) and a camt.053
 * with the same number of entries, imports each into its own account (parse, balance check,
 * duplicate keys, one transaction), then imports the CSV again (every line a duplicate) and
 * reports lines per second for each.
 *
 *   npm run bench -- banking [--lines 10000]
 *
 * HTTP traffic goes only to 127.0.0.1.
 */
import { parseArgs } from 'node:util';
import type { IdentityApi } from '../src/modules/identity/index.js';
import { discardDataDir, note, report, round, startBenchKontor } from './_lib.js';

const NAME = 'banking';
const { values } = parseArgs({ options: { lines: { type: 'string', default: '10000' } } });
const lineCount = Number(values.lines);

/** Minor units as "1,23,456.78" (Indian grouping). */
function indian(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const whole = (abs / 100n).toString();
  const fraction = (abs % 100n).toString().padStart(2, '0');
  const last3 = whole.slice(-3);
  const rest = whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${rest ? `${rest},${last3}` : last3}.${fraction}`;
}
const plain = (minor: bigint) => `${minor < 0n ? '-' : ''}${((minor < 0n ? -minor : minor) / 100n).toString()}.${((minor < 0n ? -minor : minor) % 100n).toString().padStart(2, '0')}`;

function generate(n: number): { csv: string; camt: string } {
  let balance = 10_000_000n;
  const opening = balance;
  const csv = ['Txn Date,Narration,Chq./Ref.No.,Withdrawal Amt.,Deposit Amt.,Closing Balance'];
  const entries: string[] = [];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i++) {
    const d = new Date(start + Math.floor(i / 40) * 86_400_000);
    const dd = String(d.getUTCDate()).padStart(2, '0');
    const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
    const amount = BigInt(((i * 7919) % 500_000) + 1) * (i % 3 === 0 ? 1n : -1n);
    balance += amount;
    csv.push(`${dd}/${mm}/${d.getUTCFullYear()},UPI ${i} PAYEE ${i % 97},R${i},${amount < 0n ? `"${indian(-amount)}"` : ''},${amount > 0n ? `"${indian(amount)}"` : ''},"${indian(balance)}"`);
    const iso = d.toISOString().slice(0, 10);
    entries.push(
      `<Ntry><Amt Ccy="INR">${plain(amount < 0n ? -amount : amount)}</Amt><CdtDbtInd>${amount < 0n ? 'DBIT' : 'CRDT'}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>${iso}</Dt></BookgDt><ValDt><Dt>${iso}</Dt></ValDt><AcctSvcrRef>BENCH${i}</AcctSvcrRef><AddtlNtryInf>Payment ${i}</AddtlNtryInf></Ntry>`,
    );
  }
  const bal = (code: string, minor: bigint) => `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="INR">${plain(minor)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-01</Dt></Dt></Bal>`;
  const camt = `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId></GrpHdr><Stmt><Id>BENCH-1</Id><Acct><Id><IBAN>DE14740618130000033626</IBAN></Id><Ccy>INR</Ccy></Acct>${bal('OPBD', opening)}${bal('CLBD', balance)}${entries.join('')}</Stmt></BkToCstmrStmt></Document>`;
  return { csv: csv.join('\n'), camt };
}

const { kontor, dataDir } = await startBenchKontor(NAME, 900_000);
try {
  const base = kontor.url!.replace('0.0.0.0', '127.0.0.1');
  const identity = kontor.context.modules.get<IdentityApi>('identity');
  const call = async (headers: Record<string, string>, method: string, url: string, body?: unknown) => {
    const r = await fetch(`${base}${url}`, { method, headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) });
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  };
  const email = `bench-banking-${Date.now()}@example.test`;
  const password = 'correct horse battery staple';
  await identity.service.registerUser({ email, name: 'Bench banking', password });
  const first = { authorization: `Bearer ${(await call({}, 'POST', '/api/v1/auth/login', { email, password })).accessToken as string}` };
  const tenantId = (await call(first, 'POST', '/api/v1/tenants', { name: 'Banking bench', countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata' })).id as string;
  const headers = { authorization: `Bearer ${(await call({}, 'POST', '/api/v1/auth/login', { email, password, tenantId })).accessToken as string}` };

  const { csv, camt } = generate(lineCount);
  note(`generated a ${lineCount}-line CSV (${Math.round(csv.length / 1024)} KiB) and camt.053 (${Math.round(camt.length / 1024)} KiB)`);
  const mapping = { dateFormat: 'DD/MM/YYYY', columns: { date: 'Txn Date', description: 'Narration', reference: 'Chq./Ref.No.', debit: 'Withdrawal Amt.', credit: 'Deposit Amt.', balance: 'Closing Balance' } };

  const run = async (label: string, accountId: string, body: Record<string, unknown>, expectImported: number) => {
    const t0 = performance.now();
    const result = await call(headers, 'POST', `/api/v1/bank-accounts/${accountId}/statements`, body);
    const ms = performance.now() - t0;
    if (result.importedCount !== expectImported || result.lineCount !== lineCount) throw new Error(`${label}: ${JSON.stringify(result).slice(0, 300)}`);
    report({ name: NAME, metric: `${label}.lines_per_second`, value: round((lineCount / ms) * 1000, 1), unit: 'lines/s' });
    report({ name: NAME, metric: `${label}.elapsed`, value: round(ms, 1), unit: 'ms' });
  };

  const csvAccount = (await call(headers, 'POST', '/api/v1/bank-accounts', { name: 'Bench CSV', ledgerAccount: { code: 'BENCH1' } })).id as string;
  await run('csv_import', csvAccount, { fileName: 'bench.csv', content: Buffer.from(csv).toString('base64'), mapping }, lineCount);
  await run('csv_reimport_all_duplicates', csvAccount, { fileName: 'bench.csv', content: Buffer.from(csv).toString('base64'), mapping }, 0);
  const camtAccount = (await call(headers, 'POST', '/api/v1/bank-accounts', { name: 'Bench camt', ledgerAccount: { code: 'BENCH2' } })).id as string;
  await run('camt053_import', camtAccount, { fileName: 'bench.xml', content: Buffer.from(camt).toString('base64') }, lineCount);
} finally {
  await kontor.stop();
  await discardDataDir(dataDir);
}
