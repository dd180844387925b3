import type Mail from 'nodemailer/lib/mailer/index.js';
import { now } from '../../kernel/index.js';
import type { MailMessage } from './port.js';

/** Header carrying `MailMessage.tag`, so sent mail can be grouped and found again. */
export const TAG_HEADER = 'X-Kontor-Tag';

/** The nodemailer message both transports send: the same bytes whether it goes out or to a file. */
export function toMailOptions(message: MailMessage, from: string): Mail.Options {
  return {
    from,
    to: message.to,
    cc: message.cc,
    replyTo: message.replyTo,
    subject: message.subject,
    text: message.text,
    html: message.html,
    date: now(),
    attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    headers: message.tag ? { [TAG_HEADER]: message.tag } : {},
  };
}
