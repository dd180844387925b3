import type { RateLimiter } from '../../../platform/ratelimit/index.js';
import type { PublicLinks } from './links.js';
import type { Reminders } from './reminders.js';
import type { RecurringInvoices } from './service.js';
import type { Statements } from './statement.js';

/** Recurring invoices, payment reminders, public invoice links and customer statement PDFs. */
export interface RecurringService {
  schedules: RecurringInvoices;
  reminders: Reminders;
  links: PublicLinks;
  statements: Statements;
  /** Counts hits on the public invoice pages (the platform's limiter, shared with identity). */
  limiter(): RateLimiter;
}

