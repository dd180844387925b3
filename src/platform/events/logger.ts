/** The slice of a pino logger the event machinery writes to. */
export interface EventLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const noop = () => undefined;
export const silentLogger: EventLogger = { debug: noop, info: noop, warn: noop, error: noop };
