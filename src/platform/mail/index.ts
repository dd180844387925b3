import { FileMailPort } from './file.js';
import type { MailPort } from './port.js';
import { SmtpMailPort } from './smtp.js';

export type { MailMessage, MailPort, SentMail } from './port.js';
export { FileMailPort } from './file.js';
export { SmtpMailPort, MailDeliveryError, describeSmtpUrl } from './smtp.js';
export { DevMailbox, type MailSummary, type MailDetail } from './mailbox.js';
export { TAG_HEADER } from './compose.js';

export interface MailPortOptions {
  smtpUrl?: string | undefined;
  mailFrom: string;
  dataDir: string;
}

/** SMTP when `smtpUrl` is set; otherwise `.eml` files under `<dataDir>/mail/`. */
export function createMailPort(options: MailPortOptions): MailPort {
  return options.smtpUrl
    ? new SmtpMailPort({ smtpUrl: options.smtpUrl, mailFrom: options.mailFrom })
    : new FileMailPort({ dataDir: options.dataDir, mailFrom: options.mailFrom });
}
