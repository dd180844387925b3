import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.js';

export const devMailListQuery = pageQuery.extend({
  tag: z.string().min(1).max(200).optional(),
  to: z.string().min(1).max(254).optional(),
});

export const devMailParams = z.object({ id: z.uuid() });

export const devMailReadQuery = z.object({
  raw: z.enum(['1', 'true', '0', 'false']).optional().describe('1 returns the message as message/rfc822'),
});

export const devMailSummary = z.object({
  id: z.uuid(),
  to: z.array(z.string()),
  subject: z.string(),
  tag: z.string().nullable(),
  date: z.string(),
});

export const devMailPage = pageOf(devMailSummary);

export const devMailDetail = devMailSummary.extend({
  messageId: z.string().nullable(),
  from: z.array(z.string()),
  cc: z.array(z.string()),
  text: z.string(),
  html: z.string().nullable(),
  attachments: z.array(z.object({ filename: z.string().nullable(), contentType: z.string(), size: z.number().int() })),
});
