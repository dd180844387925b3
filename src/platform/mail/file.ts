import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { newId } from '../../kernel/index.js';
import { toMailOptions } from './compose.js';
import type { MailMessage, MailPort, SentMail } from './port.js';

/** `<stamp>-<id>.eml`; the stamp (UTC, to the millisecond) makes names sort by send time. */
export const EML_NAME_RE = /^(\d{8}T\d{6}\.\d{3}Z)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.eml$/;

export function emlName(at: Date, id: string): string {
  return `${at.toISOString().replace(/[-:]/g, '')}-${id}.eml`;
}

/**
 * Writes each message as a complete RFC 5322 `.eml` file under `<dataDir>/mail/` instead of
 * sending it: for development and for installations without an SMTP server.
 */
export class FileMailPort implements MailPort {
  readonly kind = 'file' as const;
  readonly directory: string;
  private readonly from: string;
  private readonly composer: Transporter<{ messageId: string; message: Buffer }>;

  constructor(options: { dataDir: string; mailFrom: string }) {
    this.directory = path.join(options.dataDir, 'mail');
    this.from = options.mailFrom;
    this.composer = nodemailer.createTransport({ streamTransport: true, buffer: true }) as unknown as Transporter<{
      messageId: string;
      message: Buffer;
    }>;
  }

  async send(message: MailMessage): Promise<SentMail> {
    const id = newId();
    const options = { ...toMailOptions(message, this.from), newline: 'windows' };
    const info = await this.composer.sendMail(options);
    await fs.mkdir(this.directory, { recursive: true });
    await writeAtomically(path.join(this.directory, emlName(options.date as Date, id)), info.message);
    return { id, messageId: info.messageId };
  }

  async close(): Promise<void> {}
}

/** Readers never see a half-written file: write a hidden temp file, flush it, then rename. */
async function writeAtomically(target: string, content: Buffer): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
