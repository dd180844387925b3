import { createHash } from 'node:crypto';
import { AppError, isUuid, newId, now, type Invocation } from '../../../kernel/index.js';
import { formatMoney, parseMoney } from '../../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { appendEvent } from '../../../platform/events/index.js';
import { staleVersion } from '../../../platform/http/index.js';
import { ensureSystemAccounts, partyBalances, type LineInput } from '../../ledger/index.js';
import type { BankingDeps } from '../deps.js';
import * as errors from '../domain/bank.js';
import { identifierIssues, maskAccountNumber } from '../domain/bank.js';
import { parseCamt } from '../domain/camt.js';
import { parseCsv, type CsvMapping } from '../domain/csv.js';
import { parseMt940 } from '../domain/mt940.js';
import { parseOfx } from '../domain/ofx.js';
import { checkBalance, dedupeKeys, detectFormat, StatementParseError, type BalanceCheck, type ParsedFile, type ParsedStatement, type StatementFormat } from '../domain/statement.js';
import * as repo from './repo.js';
import { csvMapping, MAX_STATEMENT_BYTES, type CreateAccountBody, type CsvMappingBody, type ImportBody, type UpdateAccountBody } from './schemas.js';

const SOURCE_MODULE = 'banking';
const PREVIEW_LINES = 100;
const ALLOWED_EXTENSIONS = /\.(csv|tsv|txt|ofx|qfx|xml|sta|mt940|940|053|054)$/i;
const ALLOWED_TYPES = /^(text\/[a-z0-9.+-]+|application\/(xml|csv|x-ofx|ofx|vnd\.intu\.qfx|x-qfx|octet-stream|vnd\.ms-excel))(\s*;.*)?$/i;

const iso = (d: Date | string) => new Date(d).toISOString();
const today = () => now().toISOString().slice(0, 10);
/** A numeric column as minor units of the currency ("1000.000000" → 100000n for INR). */
const minorOf = (value: string, currency: string) => parseMoney(value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value, currency);
const moneyOf = (value: string | null, currency: string) => (value === null ? null : formatMoney(minorOf(value, currency), currency));

export type Warning = { code: string; message: string };

interface Prepared {
  format: StatementFormat;
  bytes: number;
  sha256: string;
  statements: { index: number; statement: ParsedStatement; check: BalanceCheck; keys: string[]; minor: bigint[] }[];
  warnings: Warning[];
  /** Issues that refuse an import (a preview shows them as warnings). */
  refusals: AppError[];
}

export class StatementsService {
  constructor(private readonly deps: BankingDeps) {}

  private get db() {
    return this.deps.db;
  }

  // ---------------- bank and cash accounts ----------------

  /** The account as the API returns it; `bookBalance` comes from the ledger (posted entries up to today). */
  async accountView(tenantId: string, row: repo.BankAccountRow) {
    const balance = await this.deps.ledger().service.accountBalance(tenantId, row.ledger_account_id, today());
    const byCurrency = balance.byCurrency.find((b) => b.currency === row.currency);
    return { ...accountRecord(row), bookBalance: byCurrency?.balance ?? formatMoney(0n, row.currency) };
  }

  private snapshot(row: repo.BankAccountRow) {
    return accountRecord(row);
  }

  async createAccount(inv: Invocation, body: CreateAccountBody): Promise<repo.BankAccountRow> {
    const issues = identifierIssues(body);
    if (body.ledgerAccountId && body.ledgerAccount) issues.push({ path: 'body.ledgerAccount', message: 'send ledgerAccountId or ledgerAccount, not both' });
    if (body.kind === 'cash' && (body.ifsc || body.bic || body.iban || body.accountNumber)) issues.push({ path: 'body.kind', message: 'a cash account has no bank identifiers' });
    if (issues.length > 0) throw errors.invalidBankAccount(issues);
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    return this.db.withTenant(inv.tenantId, async (tx) => {
      let ledgerAccountId: string;
      let currency: string;
      if (body.ledgerAccountId) {
        const fits = (await partyBalances.postableAccountsOf(tx, body.kind)).find((a) => a.id === body.ledgerAccountId);
        if (!fits) throw errors.ledgerAccountUnfit(`No active ledger account of subtype ${body.kind} with that id`);
        if (body.currency && body.currency !== fits.currency) throw errors.ledgerAccountUnfit(`The ledger account is kept in ${fits.currency}`, 'body.currency');
        ledgerAccountId = fits.id;
        currency = fits.currency;
      } else {
        currency = body.currency ?? baseCurrency;
        const name = body.ledgerAccount?.name ?? body.name;
        const [id] = await ensureSystemAccounts(
          tx,
          inv,
          [{ code: body.ledgerAccount?.code ?? (body.kind === 'cash' ? 'CASH' : 'BANK'), name, type: 'asset', subtype: body.kind, description: `${body.kind === 'cash' ? 'Cash' : 'Bank'} account ${body.name}`.slice(0, 500), findBy: 'name' }],
          currency,
        );
        const fits = (await partyBalances.postableAccountsOf(tx, body.kind)).find((a) => a.id === id);
        if (!fits) throw errors.ledgerAccountUnfit(`A ledger account named "${name}" exists and is not a ${body.kind} account; link it by id or choose another name`, 'body.ledgerAccount.name');
        if (fits.currency !== currency) throw errors.ledgerAccountUnfit(`The ledger account "${name}" is kept in ${fits.currency}`, 'body.currency');
        if (body.ledgerAccount?.code && fits.code.toLowerCase() !== body.ledgerAccount.code.toLowerCase()) {
          throw new AppError('conflict', 'BANKING.LEDGER_CODE_TAKEN', `Ledger account code ${body.ledgerAccount.code} is taken (or "${name}" exists as ${fits.code}); choose another code or link the account by id`, {
            errors: [{ path: 'body.ledgerAccount.code', message: 'taken' }],
          });
        }
        ledgerAccountId = fits.id;
      }
      if (await repo.findByLedgerAccount(tx, ledgerAccountId)) throw errors.ledgerAccountTaken();
      const id = newId();
      const opening = body.openingBalance ? { amount: parseMoney(body.openingBalance.amount, currency, { path: 'body.openingBalance.amount' }), date: body.openingBalance.date } : null;
      const entryId = opening && opening.amount !== 0n ? await this.postOpening(tx, inv, { id, name: body.name, currency, ledgerAccountId }, opening, 0) : null;
      const row = await repo.insertAccount(tx, {
        tenant_id: inv.tenantId,
        id,
        kind: body.kind,
        name: body.name,
        ledger_account_id: ledgerAccountId,
        bank_name: body.bankName ?? null,
        account_number_masked: body.accountNumber ? maskAccountNumber(body.accountNumber).masked : null,
        ifsc: body.ifsc ?? null,
        bic: body.bic ?? null,
        iban: body.iban ? body.iban.replace(/\s/g, '') : null,
        currency,
        opening_balance: opening ? formatMoney(opening.amount, currency) : null,
        opening_balance_date: opening?.date ?? null,
        opening_entry_id: entryId,
      });
      if (!row) throw errors.ledgerAccountTaken();
      await recordAudit(tx, auditFromInvocation(inv, 'bank_account.created', 'bank_account', id, null, this.snapshot(row)));
      await appendEvent(tx, { type: 'bank_account.created', tenantId: inv.tenantId, actor: inv.actor, data: this.snapshot(row) });
      return row;
    });
  }

  async getAccount(tenantId: string, id: string): Promise<repo.BankAccountRow> {
    const row = await this.db.withTenant(tenantId, (tx) => repo.findAccount(tx, id));
    if (!row) throw errors.bankAccountNotFound();
    return row;
  }

  async listAccounts(tenantId: string, filter: Parameters<typeof repo.listAccounts>[1]) {
    return this.db.withTenant(tenantId, (tx) => repo.listAccounts(tx, filter));
  }

  async updateAccount(inv: Invocation, id: string, expectedVersion: number, body: UpdateAccountBody): Promise<repo.BankAccountRow> {
    const issues = identifierIssues(body);
    if (issues.length > 0) throw errors.invalidBankAccount(issues);
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.findAccount(tx, id, true);
      if (!before) throw errors.bankAccountNotFound();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      if (before.kind === 'cash' && (body.ifsc || body.bic || body.iban || body.accountNumber)) {
        throw errors.invalidBankAccount([{ path: 'body.ifsc', message: 'a cash account has no bank identifiers' }]);
      }
      const changes: repo.BankAccountChanges = {
        ...(body.name !== undefined && { name: body.name }),
        ...(body.bankName !== undefined && { bank_name: body.bankName }),
        ...(body.accountNumber !== undefined && { account_number_masked: body.accountNumber ? maskAccountNumber(body.accountNumber).masked : null }),
        ...(body.ifsc !== undefined && { ifsc: body.ifsc }),
        ...(body.bic !== undefined && { bic: body.bic }),
        ...(body.iban !== undefined && { iban: body.iban ? body.iban.replace(/\s/g, '') : null }),
      };
      if (body.openingBalance !== undefined) Object.assign(changes, await this.replaceOpening(tx, inv, before, body.openingBalance));
      const after = await repo.updateAccount(tx, id, expectedVersion, changes);
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'bank_account.updated', 'bank_account', id, this.snapshot(before), this.snapshot(after)));
      await appendEvent(tx, { type: 'bank_account.updated', tenantId: inv.tenantId, actor: inv.actor, data: this.snapshot(after) });
      return after;
    });
  }

  async setArchived(inv: Invocation, id: string, archived: boolean, expectedVersion: number | null): Promise<repo.BankAccountRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.findAccount(tx, id, true);
      if (!before) throw errors.bankAccountNotFound();
      if (expectedVersion !== null && before.version !== expectedVersion) throw staleVersion(before.version);
      const target = archived ? 'archived' : 'active';
      if (before.status === target) return before;
      const after = await repo.updateAccount(tx, id, before.version, { status: target });
      if (!after) throw staleVersion(before.version + 1);
      const verb = archived ? 'archived' : 'reactivated';
      await recordAudit(tx, auditFromInvocation(inv, `bank_account.${verb}`, 'bank_account', id, this.snapshot(before), this.snapshot(after)));
      await appendEvent(tx, { type: `bank_account.${verb}`, tenantId: inv.tenantId, actor: inv.actor, data: this.snapshot(after) });
      return after;
    });
  }

  /** The opening balance: the bank account against Opening Balance Equity, in the account's currency. */
  private async postOpening(tx: Tx, inv: Invocation, account: { id: string; name: string; currency: string; ledgerAccountId: string }, opening: { amount: bigint; date: string }, revision: number): Promise<string> {
    const baseCurrency = await this.deps.identity().baseCurrencyOf(inv.tenantId);
    const equity = await partyBalances.ensureOpeningEquityAccount(tx, inv, baseCurrency);
    const magnitude = opening.amount < 0n ? -opening.amount : opening.amount;
    const debitsBank = opening.amount > 0n;
    const memo = `Opening balance: ${account.name}`.slice(0, 500);
    const lines: LineInput[] = [
      { accountId: account.ledgerAccountId, currency: account.currency, memo, ...(debitsBank ? { debit: magnitude } : { credit: magnitude }) },
      { accountId: equity.id, currency: account.currency, memo, ...(debitsBank ? { credit: magnitude } : { debit: magnitude }) },
    ];
    const { entryId } = await this.deps.ledger().post(tx, {
      tenantId: inv.tenantId,
      date: opening.date,
      memo,
      reference: 'OPENING',
      source: { module: SOURCE_MODULE, id: `opening-balance:${account.id}`, revision },
      lines,
      actor: inv.actor,
    });
    return entryId;
  }

  private async replaceOpening(tx: Tx, inv: Invocation, before: repo.BankAccountRow, input: { amount: string; date: string } | null): Promise<repo.BankAccountChanges> {
    const next = input ? { amount: parseMoney(input.amount, before.currency, { path: 'body.openingBalance.amount' }), date: input.date } : null;
    const previous = before.opening_balance !== null && before.opening_balance_date !== null ? { amount: minorOf(before.opening_balance, before.currency), date: before.opening_balance_date } : null;
    if ((previous === null && next === null) || (previous && next && previous.amount === next.amount && previous.date === next.date)) return {};
    if (before.opening_entry_id && previous) {
      await this.deps.ledger().reverse(tx, inv.tenantId, before.opening_entry_id, { date: previous.date, memo: `Opening balance replaced: ${before.name}`.slice(0, 1000) });
    }
    const revision = before.opening_revision + 1;
    const entryId =
      next && next.amount !== 0n ? await this.postOpening(tx, inv, { id: before.id, name: before.name, currency: before.currency, ledgerAccountId: before.ledger_account_id }, next, revision) : null;
    return {
      opening_balance: next ? formatMoney(next.amount, before.currency) : null,
      opening_balance_date: next?.date ?? null,
      opening_entry_id: entryId,
      opening_revision: revision,
    };
  }

  // ---------------- mapping presets ----------------

  async createPreset(inv: Invocation, body: { name: string; bankName?: string | null | undefined; mapping: CsvMappingBody }): Promise<repo.PresetRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const row = await repo.insertPreset(tx, { tenant_id: inv.tenantId, id: newId(), name: body.name, bank_name: body.bankName ?? null, mapping: body.mapping });
      if (!row) throw new AppError('conflict', 'BANKING.PRESET_NAME_TAKEN', 'A preset with that name exists', { errors: [{ path: 'body.name', message: 'taken' }] });
      await recordAudit(tx, auditFromInvocation(inv, 'bank_statement_preset.created', 'bank_statement_preset', row.id, null, { name: row.name, bankName: row.bank_name, mapping: row.mapping }));
      return row;
    });
  }

  async getPreset(tenantId: string, id: string): Promise<repo.PresetRow> {
    const row = await this.db.withTenant(tenantId, (tx) => repo.findPreset(tx, id));
    if (!row) throw errors.presetNotFound();
    return row;
  }

  async listPresets(tenantId: string, filter: Parameters<typeof repo.listPresets>[1]) {
    return this.db.withTenant(tenantId, (tx) => repo.listPresets(tx, filter));
  }

  async updatePreset(inv: Invocation, id: string, expectedVersion: number, body: { name: string; bankName?: string | null | undefined; mapping: CsvMappingBody }): Promise<repo.PresetRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.findPreset(tx, id);
      if (!before) throw errors.presetNotFound();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      let after: repo.PresetRow | undefined;
      try {
        after = await repo.updatePreset(tx, id, expectedVersion, { name: body.name, bank_name: body.bankName ?? null, mapping: body.mapping });
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new AppError('conflict', 'BANKING.PRESET_NAME_TAKEN', 'A preset with that name exists', { errors: [{ path: 'body.name', message: 'taken' }] });
        throw error;
      }
      if (!after) throw staleVersion(before.version + 1);
      await recordAudit(tx, auditFromInvocation(inv, 'bank_statement_preset.updated', 'bank_statement_preset', id, { name: before.name, mapping: before.mapping }, { name: after.name, mapping: after.mapping }));
      return after;
    });
  }

  async deletePreset(inv: Invocation, id: string): Promise<void> {
    await this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.findPreset(tx, id);
      if (!before || !(await repo.deletePreset(tx, id))) throw errors.presetNotFound();
      await recordAudit(tx, auditFromInvocation(inv, 'bank_statement_preset.deleted', 'bank_statement_preset', id, { name: before.name, mapping: before.mapping }, null));
    });
  }

  // ---------------- statements ----------------

  /** Decodes, type-checks, parses and checks a statement file; writes nothing. */
  private async prepare(tx: Tx, account: repo.BankAccountRow, body: ImportBody): Promise<Prepared> {
    if (!ALLOWED_EXTENSIONS.test(body.fileName)) {
      throw errors.unsupportedType('body.fileName', 'Statement files are .csv, .tsv, .txt, .ofx, .qfx, .xml or .sta (MT940)');
    }
    if (body.contentType !== undefined && !ALLOWED_TYPES.test(body.contentType)) {
      throw errors.unsupportedType('body.contentType', `${body.contentType.slice(0, 60)} is not a statement file type (text, XML, OFX/QFX or CSV)`);
    }
    const buffer = Buffer.from(body.content.replace(/[\r\n]/g, ''), 'base64');
    if (buffer.length > MAX_STATEMENT_BYTES) throw errors.fileTooLarge(MAX_STATEMENT_BYTES);
    if (buffer.length === 0) throw new AppError('validation', 'BANKING.EMPTY_FILE', 'The file is empty', { errors: [{ path: 'body.content', message: 'empty' }] });
    const head = buffer.subarray(0, 8192);
    if (buffer.includes(0) || head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' || head.subarray(0, 5).toString('latin1') === '%PDF-') {
      throw errors.unsupportedType('body.content', 'The file is binary (a spreadsheet or PDF?); export the statement as CSV, OFX, camt or MT940');
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      text = new TextDecoder('windows-1252').decode(buffer);
    }
    text = text.replace(/^\uFEFF/, '');

    let format: StatementFormat | null = body.format === 'qfx' ? 'ofx' : (body.format ?? null);
    format ??= detectFormat(text, body.fileName) ?? (body.mapping || body.presetId ? 'csv' : null);
    if (!format) throw errors.unknownFormat();

    let mapping: CsvMapping | undefined = body.mapping;
    if (format === 'csv' && !mapping) {
      if (!body.presetId) throw errors.mappingRequired();
      const preset = await repo.findPreset(tx, body.presetId);
      if (!preset) throw errors.presetNotFound('body.presetId');
      const parsed = csvMapping.safeParse(preset.mapping);
      if (!parsed.success) throw new AppError('unprocessable', 'BANKING.PRESET_INVALID', 'The saved preset is no longer a valid mapping', { errors: [{ path: 'body.presetId', message: 'invalid mapping' }] });
      mapping = parsed.data;
    }

    let file: ParsedFile;
    try {
      file =
        format === 'csv'
          ? parseCsv(text, mapping!, { mappingPath: body.mapping ? 'body.mapping' : 'body.presetId' })
          : format === 'ofx'
            ? parseOfx(text)
            : format === 'mt940'
              ? parseMt940(text)
              : parseCamt(text, format);
    } catch (error) {
      if (error instanceof StatementParseError) throw errors.unreadable(`The ${format.toUpperCase()} file could not be read: ${error.message}`, error.issues);
      throw error;
    }

    const count = file.statements.length;
    const indexes = body.statementIndexes ? [...new Set(body.statementIndexes)].sort((a, b) => a - b) : file.statements.map((_, i) => i);
    body.statementIndexes?.forEach((i, k) => {
      if (i >= count) throw errors.noSuchStatement(`body.statementIndexes[${k}]`, count);
    });
    const warnings: Warning[] = [];
    const refusals: AppError[] = [];
    const currencyIssues = indexes
      .filter((i) => file.statements[i]!.currency !== null && file.statements[i]!.currency !== account.currency)
      .map((i) => ({ path: `body.content.statements[${i}].currency`, message: `statement ${i} is in ${file.statements[i]!.currency}, the account in ${account.currency}` }));
    if (currencyIssues.length > 0) refusals.push(errors.currencyMismatch(currencyIssues));

    const statements = indexes.map((index) => {
      const parsed = file.statements[index]!;
      const statement: ParsedStatement =
        indexes.length === 1
          ? { ...parsed, openingBalance: parsed.openingBalance ?? body.openingBalance ?? null, closingBalance: parsed.closingBalance ?? body.closingBalance ?? null }
          : parsed;
      const minor = statement.lines.map((l, j) => {
        try {
          return parseMoney(l.amount, account.currency, { path: `body.content.statements[${index}].lines[${j}].amount` });
        } catch (error) {
          if (error instanceof AppError) throw errors.unreadable(`An amount does not fit ${account.currency}`, error.errors);
          throw error;
        }
      });
      return { index, statement, check: checkBalance(statement), keys: dedupeKeys(statement.lines), minor };
    });
    const mismatches = statements.filter((s) => s.check.status === 'mismatch');
    if (mismatches.length > 0) {
      refusals.push(
        errors.balanceMismatch(mismatches.map((s) => ({ statement: s.index, opening: s.check.opening!, sum: s.check.sum, closing: s.check.closing!, difference: s.check.difference! }))),
      );
    }
    for (const s of statements.filter((x) => x.check.status === 'unchecked')) {
      warnings.push({
        code: 'BANKING.BALANCE_NOT_CHECKED',
        message: `Statement ${s.index} states ${s.check.opening === null && s.check.closing === null ? 'no balances' : s.check.opening === null ? 'no opening balance' : 'no closing balance'}: its lines could not be checked against them`,
      });
    }
    return { format, bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex'), statements, warnings, refusals };
  }

  summary(s: Prepared['statements'][number], currency: string) {
    const fmt = (v: string | null) => (v === null ? null : formatMoney(parseMoney(v, currency), currency));
    const st = s.statement;
    return {
      index: s.index,
      statementId: st.statementId,
      account: st.account,
      currency: st.currency,
      openingBalance: safe(() => fmt(st.openingBalance), st.openingBalance),
      closingBalance: safe(() => fmt(st.closingBalance), st.closingBalance),
      openingDate: st.openingDate,
      closingDate: st.closingDate,
      availableBalance: safe(() => fmt(st.availableBalance), st.availableBalance),
      lineCount: st.lines.length,
      total: formatMoney(
        s.minor.reduce((a, b) => a + b, 0n),
        currency,
      ),
      balanceCheck: s.check.status,
      difference: s.check.difference,
    };
  }

  async preview(tenantId: string, accountId: string, body: ImportBody) {
    return this.db.withTenant(tenantId, async (tx) => {
      const account = await repo.findAccount(tx, accountId);
      if (!account) throw errors.bankAccountNotFound();
      const p = await this.prepare(tx, account, body);
      const existing = await repo.existingKeys(tx, account.id, p.statements.flatMap((s) => s.keys));
      const warnings = [...p.refusals.map((r) => ({ code: r.code, message: [r.message, ...r.errors.map((e) => `${e.path}: ${e.message}`)].join(' — ') })), ...p.warnings];
      return {
        format: p.format,
        statements: p.statements.map((s) => ({
          ...this.summary(s, account.currency),
          lines: s.statement.lines.slice(0, PREVIEW_LINES).map((l, j) => ({
            date: l.date,
            valueDate: l.valueDate,
            amount: formatMoney(s.minor[j]!, account.currency),
            description: l.description,
            reference: l.reference,
            bankRef: l.bankRef,
            counterparty: l.counterparty,
            balance: l.balance,
            duplicate: existing.has(s.keys[j]!),
          })),
          truncated: s.statement.lines.length > PREVIEW_LINES,
        })),
        lineCount: p.statements.reduce((n, s) => n + s.statement.lines.length, 0),
        duplicateCount: p.statements.reduce((n, s) => n + s.keys.filter((k) => existing.has(k)).length, 0),
        warnings,
      };
    });
  }

  /**
   * Imports a statement file into the account: every line whose duplicate key is new becomes an
   * unreconciled statement line; the rest are counted as duplicates. Runs with the account row
   * locked, so concurrent imports of one file store each line once and report exact counts.
   */
  async importStatement(inv: Invocation, accountId: string, body: ImportBody): Promise<repo.ImportRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const account = await repo.findAccount(tx, accountId, true);
      if (!account) throw errors.bankAccountNotFound();
      if (account.status !== 'active') throw errors.accountArchived();
      const p = await this.prepare(tx, account, body);
      if (p.refusals.length > 0) throw p.refusals[0]!;
      const summaries = p.statements.map((s) => this.summary(s, account.currency));
      const lines: repo.LineValues[] = p.statements.flatMap((s) =>
        s.statement.lines.map((l, j) => ({
          id: newId(),
          statement_index: s.index,
          line_date: l.date,
          value_date: l.valueDate,
          amount: formatMoney(s.minor[j]!, account.currency),
          description: l.description.slice(0, 2000),
          reference: l.reference?.slice(0, 200) ?? null,
          bank_ref: l.bankRef?.slice(0, 200) ?? null,
          counterparty: l.counterparty?.slice(0, 300) ?? null,
          balance: l.balance,
          dedupe_key: s.keys[j]!,
        })),
      );
      const dates = lines.map((l) => l.line_date).sort();
      const withClosing = p.statements.filter((s) => s.statement.closingBalance !== null);
      const last = withClosing.sort((a, b) => (a.statement.closingDate ?? '').localeCompare(b.statement.closingDate ?? '') || a.index - b.index)[withClosing.length - 1];
      const first = p.statements[0];
      const importId = newId();
      await repo.insertImport(tx, {
        tenant_id: inv.tenantId,
        id: importId,
        bank_account_id: account.id,
        format: p.format,
        file_name: body.fileName,
        file_sha256: p.sha256,
        file_bytes: p.bytes,
        statement_count: p.statements.length,
        line_count: lines.length,
        balance_status: p.statements.every((s) => s.check.status === 'ok') ? 'ok' : 'unchecked',
        opening_balance: first?.statement.openingBalance ?? null,
        closing_balance: last?.statement.closingBalance ?? null,
        period_from: dates[0] ?? first?.statement.openingDate ?? null,
        period_to: dates[dates.length - 1] ?? last?.statement.closingDate ?? null,
        statements: summaries,
        warnings: p.warnings,
        created_by: inv.actor.type === 'user' ? inv.actor.id : null,
      });
      const inserted = await repo.insertLines(tx, inv.tenantId, account.id, importId, account.currency, lines);
      const row = await repo.setImportCounts(tx, importId, inserted.size, lines.length - inserted.size);
      const closingDate = last?.statement.closingDate ?? row.period_to;
      if (last && closingDate && (account.last_statement_date === null || closingDate >= account.last_statement_date)) {
        await repo.updateAccount(tx, account.id, account.version, { last_statement_balance: formatMoney(parseMoney(last.statement.closingBalance!, account.currency), account.currency), last_statement_date: closingDate });
      }
      const view = importView(row);
      await recordAudit(tx, auditFromInvocation(inv, 'bank_statement.imported', 'bank_statement_import', importId, null, { ...view, statements: undefined }));
      await appendEvent(tx, {
        type: 'bank_statement.imported',
        tenantId: inv.tenantId,
        actor: inv.actor,
        data: {
          importId,
          bankAccountId: account.id,
          ledgerAccountId: account.ledger_account_id,
          format: row.format,
          fileName: row.file_name,
          lineCount: row.line_count,
          importedCount: row.imported_count,
          duplicateCount: row.duplicate_count,
          balanceStatus: row.balance_status,
          closingBalance: view.closingBalance,
          periodFrom: row.period_from,
          periodTo: row.period_to,
        },
      });
      return row;
    });
  }

  // ---------------- for reconciliation (in the caller's transaction) ----------------

  /** Statement lines by id, locked for update (other tenants' ids are simply absent). */
  linesIn(tx: Tx, ids: string[]): Promise<repo.LineRow[]> {
    return repo.linesByIds(tx, ids);
  }

  /**
   * Moves lines from one status to another (`unreconciled` → `reconciled` when matched, back on
   * unmatch, `excluded` for lines that need no match); returns the ids that were in `from`.
   */
  setLineStatus(tx: Tx, ids: string[], from: repo.LineRow['status'], to: repo.LineRow['status']): Promise<string[]> {
    return repo.setLineStatus(tx, ids, from, to);
  }

  async listImports(tenantId: string, accountId: string, page: { after?: { k: string; id: string } | undefined; limit: number }) {
    return this.db.withTenant(tenantId, async (tx) => {
      if (!(await repo.findAccount(tx, accountId))) throw errors.bankAccountNotFound();
      return repo.listImports(tx, accountId, page);
    });
  }

  async listLines(tenantId: string, accountId: string, filter: repo.LineFilter) {
    return this.db.withTenant(tenantId, async (tx) => {
      if (!(await repo.findAccount(tx, accountId))) throw errors.bankAccountNotFound();
      return repo.listLines(tx, accountId, filter);
    });
  }
}

/** The account's own fields (without the ledger balance): audit records and events carry this. */
export function accountRecord(row: repo.BankAccountRow) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    ledgerAccountId: row.ledger_account_id,
    bankName: row.bank_name,
    accountNumberMasked: row.account_number_masked,
    ifsc: row.ifsc,
    bic: row.bic,
    iban: row.iban,
    currency: row.currency,
    openingBalance:
      row.opening_balance === null || row.opening_balance_date === null
        ? null
        : { amount: moneyOf(row.opening_balance, row.currency)!, date: row.opening_balance_date, entryId: row.opening_entry_id },
    lastStatementBalance: moneyOf(row.last_statement_balance, row.currency),
    lastStatementDate: row.last_statement_date,
    status: row.status,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

const trimNumeric = (v: string | null) => (v === null ? null : v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);

export function importView(r: repo.ImportRow) {
  return {
    id: r.id,
    bankAccountId: r.bank_account_id,
    format: r.format,
    fileName: r.file_name,
    fileSha256: r.file_sha256,
    fileBytes: r.file_bytes,
    statementCount: r.statement_count,
    lineCount: r.line_count,
    importedCount: r.imported_count,
    duplicateCount: r.duplicate_count,
    balanceStatus: r.balance_status,
    openingBalance: trimNumeric(r.opening_balance),
    closingBalance: trimNumeric(r.closing_balance),
    periodFrom: r.period_from,
    periodTo: r.period_to,
    statements: r.statements as ReturnType<StatementsService['summary']>[],
    warnings: r.warnings as Warning[],
    createdAt: iso(r.created_at),
  };
}

export function lineView(r: repo.LineRow) {
  return {
    id: r.id,
    bankAccountId: r.bank_account_id,
    importId: r.import_id,
    date: r.line_date,
    valueDate: r.value_date,
    amount: r.amount,
    currency: r.currency,
    description: r.description,
    reference: r.reference,
    bankRef: r.bank_ref,
    counterparty: r.counterparty,
    balance: r.balance,
    status: r.status,
  };
}

export function presetView(r: repo.PresetRow) {
  return { id: r.id, name: r.name, bankName: r.bank_name, mapping: r.mapping as CsvMappingBody, version: r.version, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at) };
}

export const isLineCursor = (k: unknown, id: unknown): k is string => typeof k === "string" && /^\d{4}-\d{2}-\d{2}\|\d{1,19}$/.test(k) && typeof id === "string" && isUuid(id);
