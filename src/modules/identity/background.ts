import type { FastifyBaseLogger } from 'fastify';

/**
 * Work a request starts but does not wait for: mail, and the records of a failed sign-in. Doing
 * it after the answer keeps response times the same whether or not an account exists. Failures
 * are logged, never thrown; `idle()` waits for everything started so far (tests, shutdown).
 */
export class BackgroundWork {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: FastifyBaseLogger) {}

  run(name: string, work: () => Promise<unknown>): void {
    const running: Promise<void> = Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => this.log.error({ err: error, work: name }, 'background work failed'),
      );
    this.pending.add(running);
    void running.finally(() => this.pending.delete(running));
  }

  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
