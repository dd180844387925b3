import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressObject, ParsedMail } from 'mailparser';
import { EML_NAME_RE } from './file.js';
import { TAG_HEADER } from './compose.js';

export interface MailSummary {
  id: string;
  to: string[];
  subject: string;
  tag: string | null;
  date: string;
}

export interface MailDetail extends MailSummary {
  messageId: string | null;
  from: string[];
  cc: string[];
  text: string;
  html: string | null;
  attachments: { filename: string | null; contentType: string; size: number }[];
}

export interface MailboxQuery {
  /** Name of the last file on the previous page. */
  after?: string;
  limit: number;
  tag?: string;
  to?: string;
}

/** Reads what the file mail port wrote: the development mailbox. */
export class DevMailbox {
  constructor(readonly directory: string) {}

  /** Newest first; returns up to `limit + 1` entries so the caller can tell whether more follow. */
  async list(query: MailboxQuery): Promise<(MailSummary & { file: string })[]> {
    const found: (MailSummary & { file: string })[] = [];
    for (const file of await this.files()) {
      if (found.length > query.limit) break;
      if (query.after !== undefined && file >= query.after) continue;
      const summary = summarise(file, await this.parse(file));
      if (query.tag !== undefined && summary.tag !== query.tag) continue;
      if (query.to !== undefined && !summary.to.includes(query.to.toLowerCase())) continue;
      found.push({ ...summary, file });
    }
    return found;
  }

  async read(id: string): Promise<MailDetail | undefined> {
    const file = await this.fileOf(id);
    if (file === undefined) return undefined;
    const mail = await this.parse(file);
    return {
      ...summarise(file, mail),
      messageId: mail.messageId ?? null,
      from: addresses(mail.from),
      cc: addresses(mail.cc),
      text: mail.text ?? '',
      html: typeof mail.html === 'string' ? mail.html : null,
      attachments: mail.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, size: a.size })),
    };
  }

  async raw(id: string): Promise<Buffer | undefined> {
    const file = await this.fileOf(id);
    return file === undefined ? undefined : fs.readFile(path.join(this.directory, file));
  }

  private async files(): Promise<string[]> {
    try {
      return (await fs.readdir(this.directory)).filter((f) => EML_NAME_RE.test(f)).sort().reverse();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async fileOf(id: string): Promise<string | undefined> {
    return (await this.files()).find((f) => EML_NAME_RE.exec(f)?.[2] === id);
  }

  private async parse(file: string): Promise<ParsedMail> {
    // mailparser is only needed where this development mailbox is served: load it on first use.
    const { simpleParser } = await import('mailparser');
    return simpleParser(await fs.readFile(path.join(this.directory, file)));
  }
}

function summarise(file: string, mail: ParsedMail): MailSummary {
  const [, stamp, id] = EML_NAME_RE.exec(file)!;
  const tag = mail.headers.get(TAG_HEADER.toLowerCase());
  return {
    id: id!,
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    tag: typeof tag === 'string' ? tag : null,
    date: parseStamp(stamp!).toISOString(),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((o) => o.value.flatMap((a) => (a.address ? [a.address.toLowerCase()] : [])));
}

function parseStamp(stamp: string): Date {
  return new Date(stamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})/, '$1-$2-$3T$4:$5:$6'));
}
