import nodemailer, { type Transporter } from 'nodemailer';
import { newId } from '../../kernel/index.js';
import { toMailOptions } from './compose.js';
import type { MailMessage, MailPort, SentMail } from './port.js';

/** A send that the SMTP server refused or that could not reach it. Never carries credentials. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly responseCode: number | undefined,
  ) {
    super(message);
  }
}

/** `smtp://user:secret@host:587` → `smtp://host:587`: safe to log. */
export function describeSmtpUrl(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '(invalid SMTP_URL)';
  }
}

/**
 * Sends through an SMTP server. `smtpUrl` takes nodemailer's URL form:
 * `smtp://user:pass@host:587` (STARTTLS when offered), `smtps://…:465` (TLS from the start), plus
 * options as query parameters such as `?pool=true`.
 */
export class SmtpMailPort implements MailPort {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;
  private readonly from: string;
  private readonly secrets: string[];

  constructor(options: { smtpUrl: string; mailFrom: string }) {
    let url: URL;
    try {
      url = new URL(options.smtpUrl);
    } catch {
      throw new Error('SMTP_URL is not a valid URL (expected smtp://user:pass@host:port or smtps://…)');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
      throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
    }
    this.secrets = [url.password, safeDecode(url.password)].filter((s) => s.length > 0);
    this.transport = nodemailer.createTransport(options.smtpUrl, { from: options.mailFrom });
    this.from = options.mailFrom;
  }

  async send(message: MailMessage): Promise<SentMail> {
    const id = newId();
    try {
      const info = (await this.transport.sendMail(toMailOptions(message, this.from))) as { messageId: string };
      return { id, messageId: info.messageId };
    } catch (error) {
      throw this.deliveryError(error);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }

  private deliveryError(error: unknown): MailDeliveryError {
    const e = error as { message?: string; code?: string; responseCode?: number };
    let text = `SMTP send failed: ${e.message ?? String(error)}`;
    for (const secret of this.secrets) text = text.replaceAll(secret, '[redacted]');
    return new MailDeliveryError(text, e.code, e.responseCode);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
