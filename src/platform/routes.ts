import type { KontorConfig } from './config.js';
import type { Database } from './db/index.js';
import { registerAuditRoutes } from './audit/routes.js';
import type { EventBus } from './events/bus.js';
import { registerEventAdminRoutes } from './events/routes.js';
import type { KontorApp } from './http/types.js';
import { registerMailDevRoutes } from './mail/routes.js';
import type { MailPort } from './mail/port.js';
import type { Metrics } from './observability/metrics.js';

export interface PlatformRouteDeps {
  db: Database;
  bus: EventBus;
  mail: MailPort;
  config: KontorConfig;
  metrics: Metrics;
}

/** Routes the platform itself serves: event dead letters, the audit trail, the dev mailbox. */
export async function platformRoutes(app: KontorApp, deps: PlatformRouteDeps): Promise<void> {
  registerEventAdminRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerMailDevRoutes(app, deps);
}
