import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, resetClock, setClock } from '../../src/kernel/index.js';
import {
  FileMailPort,
  MailDeliveryError,
  SmtpMailPort,
  createMailPort,
  describeSmtpUrl,
  type MailMessage,
} from '../../src/platform/mail/index.js';

const FROM = 'Kontor Books <books@kontor.test>';
const PASSWORD = 'p@ss:w0rd/secret';

const message: MailMessage = {
  to: ['Asha Rao <asha@example.test>', 'ravi@example.test'],
  cc: 'accounts@example.test',
  subject: 'Invoice INV-0042 — ₹1,180.00',
  text: 'Please find invoice INV-0042 attached.\nTotal: ₹1,180.00',
  html: '<p>Please find invoice <b>INV-0042</b> attached.</p>',
  attachments: [{ filename: 'INV-0042.csv', content: 'item,amount\nConsulting,1180.00\n', contentType: 'text/csv' }],
  tag: 'sales.invoice-sent',
};

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((o) => o.value.map((a) => a.address));

function expectMessage(parsed: ParsedMail): void {
  expect(addresses(parsed.from)).toEqual(['books@kontor.test']);
  expect(addresses(parsed.to)).toEqual(['asha@example.test', 'ravi@example.test']);
  expect(addresses(parsed.cc)).toEqual(['accounts@example.test']);
  expect(parsed.subject).toBe(message.subject);
  expect(parsed.text?.trim()).toBe(message.text);
  expect(parsed.html).toBe(message.html);
  expect(parsed.headers.get('x-kontor-tag')).toBe('sales.invoice-sent');
  expect(parsed.attachments).toHaveLength(1);
  expect(parsed.attachments[0]).toMatchObject({ filename: 'INV-0042.csv', contentType: 'text/csv' });
  expect(parsed.attachments[0]!.content.toString()).toBe('item,amount\nConsulting,1180.00\n');
}

describe('SMTP mail port', () => {
  interface Received {
    from: string;
    to: string[];
    user: string | undefined;
    parsed: ParsedMail;
  }
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'kontor' && auth.password === PASSWORD) callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              user: session.user as string | undefined,
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const urlWith = (password: string) => `smtp://kontor:${encodeURIComponent(password)}@127.0.0.1:${port}`;

  it('delivers the full message to a real SMTP server, authenticated', async () => {
    const mail = createMailPort({ smtpUrl: urlWith(PASSWORD), mailFrom: FROM, dataDir: '/nonexistent' });
    expect(mail).toBeInstanceOf(SmtpMailPort);
    expect(mail.kind).toBe('smtp');
    try {
      const sent = await mail.send(message);
      expect(received).toHaveLength(1);
      const [got] = received;
      expect(got!.user).toBe('kontor');
      expect(got!.from).toBe('books@kontor.test');
      expect(got!.to.sort()).toEqual(['accounts@example.test', 'asha@example.test', 'ravi@example.test']);
      expectMessage(got!.parsed);
      expect(got!.parsed.messageId).toBe(sent.messageId);
      expect(sent.id).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await mail.close();
    }
  });

  it('fails with an error that does not carry the credentials', async () => {
    const wrong = 'wrong-Pa55word!';
    const mail = createMailPort({ smtpUrl: urlWith(wrong), mailFrom: FROM, dataDir: '/nonexistent' });
    const before = received.length;
    try {
      const error = await mail.send(message).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MailDeliveryError);
      const everything = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
      expect(everything).toMatch(/SMTP send failed/);
      expect(everything).not.toContain(wrong);
      expect(everything).not.toContain(encodeURIComponent(wrong));
      expect((error as MailDeliveryError).responseCode).toBe(535);
      expect(received.length).toBe(before);
    } finally {
      await mail.close();
    }
  });

  it('refuses a malformed SMTP_URL without echoing it', () => {
    expect(() => createMailPort({ smtpUrl: 'http://kontor:hunter2@mail.example.test', mailFrom: FROM, dataDir: '/tmp' })).toThrow(
      /must start with smtp:\/\/ or smtps:\/\//,
    );
    expect(() => createMailPort({ smtpUrl: 'smtp://kontor:hunter2@[mail', mailFrom: FROM, dataDir: '/tmp' })).toThrow(/not a valid URL/);
    for (const url of ['http://kontor:hunter2@mail.example.test', 'smtp://kontor:hunter2@[mail']) {
      try {
        createMailPort({ smtpUrl: url, mailFrom: FROM, dataDir: '/tmp' });
      } catch (error) {
        expect(String(error)).not.toContain('hunter2');
      }
    }
  });

  it('describes the server without its credentials for logs', () => {
    expect(describeSmtpUrl('smtps://kontor:hunter2@mail.example.test:465')).toBe('smtps://mail.example.test:465');
  });
});

describe('file mail port', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-mail-'));
  });
  afterAll(async () => fs.rm(dataDir, { recursive: true, force: true }));
  afterEach(() => resetClock());

  it('is used when no SMTP URL is set', () => {
    expect(createMailPort({ mailFrom: FROM, dataDir })).toBeInstanceOf(FileMailPort);
    expect(createMailPort({ smtpUrl: '', mailFrom: FROM, dataDir }).kind).toBe('file');
  });

  it('writes each message as a complete .eml file named by time and id', async () => {
    const mail = createMailPort({ mailFrom: FROM, dataDir });
    setClock(fixedClock('2026-03-04T05:06:07.089Z'));
    const sent = await mail.send(message);

    const dir = path.join(dataDir, 'mail');
    const file = path.join(dir, `20260304T050607.089Z-${sent.id}.eml`);
    expect(await fs.readdir(dir)).toEqual([path.basename(file)]);
    const raw = await fs.readFile(file);
    expect(raw.toString('latin1')).toMatch(/^(?:[^\n]*\r\n)+\r\n/); // CRLF header block, as RFC 5322 wants
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    const parsed = await simpleParser(raw);
    expectMessage(parsed);
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.date?.toISOString()).toBe('2026-03-04T05:06:07.000Z');
  });

  it('names later messages so they sort after earlier ones, leaving no temporary files', async () => {
    const mail = new FileMailPort({ mailFrom: FROM, dataDir });
    const clock = fixedClock('2026-03-04T06:00:00.000Z');
    setClock(clock);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await mail.send({ to: 'x@example.test', subject: `n${i}`, text: 'x' })).id);
      clock.advance(1);
    }
    await Promise.all(Array.from({ length: 5 }, (_, i) => mail.send({ to: 'y@example.test', subject: `p${i}`, text: 'y' })));
    const files = await fs.readdir(path.join(dataDir, 'mail'));
    expect(files.filter((f) => !f.endsWith('.eml'))).toEqual([]);
    expect(files).toHaveLength(1 + 3 + 5);
    const sequence = files.sort().filter((f) => ids.some((id) => f.endsWith(`-${id}.eml`)));
    expect(sequence.map((f) => ids.findIndex((id) => f.endsWith(`-${id}.eml`)))).toEqual([0, 1, 2]);
  });
});
