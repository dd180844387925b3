/** An email Kontor sends. Bodies are already rendered; attachments are small in-memory files. */
export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  cc?: string | string[];
  replyTo?: string;
  attachments?: { filename: string; content: Buffer | string; contentType?: string }[];
  /** Used to group and find messages, e.g. `identity.verify-email`. */
  tag?: string;
}

export interface SentMail {
  id: string;
  messageId: string;
}

export interface MailPort {
  readonly kind: 'smtp' | 'file';
  send(message: MailMessage): Promise<SentMail>;
  close(): Promise<void>;
}
