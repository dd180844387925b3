import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, resetClock, setClock } from '../../src/kernel/index.js';
import type { SentMail } from '../../src/platform/mail/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import type { SignedUp } from '../support/factories.js';

interface Summary {
  id: string;
  to: string[];
  subject: string;
  tag: string | null;
  date: string;
}

let t: TestApp;
let user: SignedUp;
const sent: SentMail[] = [];

beforeAll(async () => {
  t = await createTestApp();
  user = await t.signUp({ timezone: 'UTC' });
  const clock = fixedClock('2026-05-01T09:00:00.000Z');
  setClock(clock);
  try {
    sent.push(await t.mail.send({ to: 'asha@example.test', subject: 'Verify your email', text: 'Code 123456', tag: 'identity.verify-email' }));
    clock.advance(1000);
    sent.push(
      await t.mail.send({
        to: ['ravi@example.test', 'Asha <ASHA@example.test>'],
        subject: 'Invoice INV-7',
        text: 'Your invoice',
        html: '<p>Your <b>invoice</b></p>',
        attachments: [{ filename: 'INV-7.pdf', content: Buffer.from('%PDF-1.7 fake'), contentType: 'application/pdf' }],
        tag: 'sales.invoice-sent',
      }),
    );
    clock.advance(1000);
    sent.push(await t.mail.send({ to: 'ravi@example.test', subject: 'Reminder', text: 'Please pay' }));
  } finally {
    resetClock();
  }
});
afterAll(async () => t?.close());

const get = (url: string, headers: Record<string, string> = user.headers) => t.app.inject({ method: 'GET', url, headers });

describe('development mailbox', () => {
  it('lists what the file port wrote, newest first', async () => {
    const response = await get('/api/v1/dev/mail');
    expect(response.statusCode).toBe(200);
    const { items, nextCursor } = response.json() as { items: Summary[]; nextCursor: string | null };
    expect(nextCursor).toBeNull();
    expect(items).toEqual([
      { id: sent[2]!.id, to: ['ravi@example.test'], subject: 'Reminder', tag: null, date: '2026-05-01T09:00:02.000Z' },
      { id: sent[1]!.id, to: ['ravi@example.test', 'asha@example.test'], subject: 'Invoice INV-7', tag: 'sales.invoice-sent', date: '2026-05-01T09:00:01.000Z' },
      { id: sent[0]!.id, to: ['asha@example.test'], subject: 'Verify your email', tag: 'identity.verify-email', date: '2026-05-01T09:00:00.000Z' },
    ]);
  });

  it('pages and filters by tag and recipient', async () => {
    const first = (await get('/api/v1/dev/mail?limit=2')).json() as { items: Summary[]; nextCursor: string };
    expect(first.items.map((m) => m.id)).toEqual([sent[2]!.id, sent[1]!.id]);
    const second = (await get(`/api/v1/dev/mail?limit=2&cursor=${first.nextCursor}`)).json() as { items: Summary[]; nextCursor: string | null };
    expect(second).toEqual({ items: [expect.objectContaining({ id: sent[0]!.id })], nextCursor: null });

    const tagged = (await get('/api/v1/dev/mail?tag=identity.verify-email')).json() as { items: Summary[] };
    expect(tagged.items.map((m) => m.id)).toEqual([sent[0]!.id]);
    const toAsha = (await get('/api/v1/dev/mail?to=Asha@Example.test')).json() as { items: Summary[] };
    expect(toAsha.items.map((m) => m.id)).toEqual([sent[1]!.id, sent[0]!.id]);
  });

  it('shows one message parsed, with its text, html and attachments', async () => {
    const response = await get(`/api/v1/dev/mail/${sent[1]!.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: sent[1]!.id,
      messageId: sent[1]!.messageId,
      from: ['no-reply@kontor.local'],
      to: ['ravi@example.test', 'asha@example.test'],
      cc: [],
      subject: 'Invoice INV-7',
      tag: 'sales.invoice-sent',
      date: '2026-05-01T09:00:01.000Z',
      text: expect.stringContaining('Your invoice'),
      html: '<p>Your <b>invoice</b></p>',
      attachments: [{ filename: 'INV-7.pdf', contentType: 'application/pdf', size: 13 }],
    });
  });

  it('returns the raw message with ?raw=1', async () => {
    const response = await get(`/api/v1/dev/mail/${sent[0]!.id}?raw=1`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^message\/rfc822/);
    const parsed = await simpleParser(response.rawPayload);
    expect(parsed.subject).toBe('Verify your email');
    expect(parsed.text?.trim()).toBe('Code 123456');
    expect(parsed.messageId).toBe(sent[0]!.messageId);
  });

  it('answers 404 for an unknown message and 400 for a malformed id', async () => {
    const missing = await get('/api/v1/dev/mail/01900000-0000-7000-8000-000000000001');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'MAIL.NOT_FOUND' });
    expect((await get('/api/v1/dev/mail/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(400);
  });

  it('is for signed-in users only', async () => {
    expect((await get('/api/v1/dev/mail', {})).statusCode).toBe(401);
    expect((await get(`/api/v1/dev/mail/${sent[0]!.id}`, {})).statusCode).toBe(401);
  });
});

describe('where the development mailbox is not served', () => {
  it.each([
    ['in production', { env: 'production' as const }],
    ['when mail goes out over SMTP', { smtpUrl: 'smtp://127.0.0.1:9' }],
  ])('%s', async (_when, config) => {
    const other = await createTestApp({ config, testDb: t.testDb });
    try {
      const response = await other.app.inject({ method: 'GET', url: '/api/v1/dev/mail', headers: user.headers });
      expect(response.statusCode).toBe(404);
      const spec = (await other.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
      expect(Object.keys(spec.paths).filter((p) => p.startsWith('/api/v1/dev/'))).toEqual([]);
      expect(Object.keys(spec.paths)).toContain('/api/v1/audit-logs');
    } finally {
      await other.close();
    }
  });
});
