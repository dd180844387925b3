/** What a batch gives back for each of its items, in order. */
export type Settled<O> = { ok: true; value: O } | { ok: false; error: unknown };

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

interface Lane<I, O> {
  queue: Waiting<I, O>[];
  inFlight: number;
  /** Size of the batch started last: a busy key's callers come back in a crowd. */
  lastBatch: number;
  gathering: boolean;
}

export interface GroupCommitOptions {
  /** Most items written in one batch. */
  maxBatch: number;
  /** Batches of one key being written at once (each prepares while another holds the locks). */
  maxInFlight: number;
  /**
   * After a batch of several items, how long the next batch may wait for more callers before it
   * is written with few. A lone caller on a quiet key never waits.
   */
  gatherMs: number;
}

/**
 * Group commit: items submitted under one key while that key's batches are being written are
 * gathered and written together as the next batch, so concurrent callers share one transaction
 * (one commit, one turn at whatever the key serialises on) instead of queueing for it one by one.
 */
export class GroupCommit<I, O> {
  private readonly lanes = new Map<string, Lane<I, O>>();

  constructor(
    private readonly writeBatch: (key: string, items: I[]) => Promise<Settled<O>[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) {
        lane = { queue: [], inFlight: 0, lastBatch: 0, gathering: false };
        this.lanes.set(key, lane);
      }
      lane.queue.push({ item, resolve, reject });
      this.pump(key, lane);
    });
  }

  private pump(key: string, lane: Lane<I, O>): void {
    const { maxBatch, maxInFlight, gatherMs } = this.options;
    while (!lane.gathering && lane.inFlight < maxInFlight && lane.queue.length > 0) {
      if (lane.lastBatch > 1 && lane.queue.length * 2 < Math.min(lane.lastBatch, maxBatch)) {
        lane.gathering = true;
        setTimeout(() => {
          lane.gathering = false;
          this.start(key, lane);
          this.pump(key, lane);
        }, gatherMs);
        return;
      }
      this.start(key, lane);
    }
  }

  private start(key: string, lane: Lane<I, O>): void {
    if (lane.queue.length === 0 || lane.inFlight >= this.options.maxInFlight) return;
    const batch = lane.queue.splice(0, this.options.maxBatch);
    lane.lastBatch = batch.length;
    lane.inFlight += 1;
    void this.write(key, batch).finally(() => {
      lane.inFlight -= 1;
      if (lane.queue.length > 0) this.pump(key, lane);
      // A busy lane is kept so its next callers gather company; an idle one is forgotten.
      else if (lane.inFlight === 0 && lane.lastBatch <= 1) this.lanes.delete(key);
    });
  }

  private async write(key: string, batch: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await this.writeBatch(
        key,
        batch.map((w) => w.item),
      );
      batch.forEach((w, i) => {
        const r = results[i];
        if (!r) w.reject(new Error('group commit: the batch returned no result for an item'));
        else if (r.ok) w.resolve(r.value);
        else w.reject(r.error);
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
