import { z } from 'zod';
import { isoDate } from '../../platform/http/index.js';
import { MAX_PADDING, NUMBERED_DOCUMENTS } from './domain/format.js';

/** Unknown types are a 404 (NUMBERING.SERIES_NOT_FOUND), not a validation error. */
export const typeParams = z.object({ documentType: z.string().min(1).max(40) });

export const seriesResponse = z.object({
  documentType: z.enum(NUMBERED_DOCUMENTS),
  /** Template, e.g. `INV/{FY}/{SEQ:4}`. */
  format: z.string(),
  /** The format before its `{SEQ}` token, e.g. `INV/{FY}/`. */
  prefix: z.string(),
  padding: z.number().int(),
  resetYearly: z.boolean(),
  version: z.number().int(),
  fiscalYear: z.string(),
  nextNumber: z.number().int(),
  drawn: z.number().int(),
  preview: z.string().nullable(),
  updatedAt: z.string(),
});

export const seriesList = z.object({ items: z.array(seriesResponse) });

export const seriesQuery = z.object({ date: isoDate.optional() });

export const previewResponse = z.object({
  documentType: z.enum(NUMBERED_DOCUMENTS),
  date: z.string(),
  fiscalYear: z.string(),
  nextNumber: z.number().int(),
  /** Null when the series is full (the next number would pass 16 characters). */
  number: z.string().nullable(),
});

export const updateBody = z
  .strictObject({
    /** A whole template: literal letters, digits, "-" and "/", year tokens and one {SEQ:n}. */
    format: z.string().trim().min(1).max(64).optional(),
    /** Or just the part before the sequence (year tokens allowed): the format becomes `<prefix>{SEQ:<padding>}`. */
    prefix: z.string().trim().max(60).optional(),
    padding: z.number().int().min(1).max(MAX_PADDING).optional(),
    resetYearly: z.boolean().optional(),
    /** The next sequence value: only upward once numbers were drawn in that fiscal year; any value before. */
    nextNumber: z.number().int().min(1).max(999_999_999_999).optional(),
    /** A date in the fiscal year whose next number `nextNumber` sets (default today). */
    date: isoDate.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'send at least one field to change' });
export type UpdateBody = z.infer<typeof updateBody>;
