/**
 * Follows a durable consumer for as long as a service runs: messages are handed to `handle` one at
 * a time, in order (the handler acks or naks). A consume that fails (NATS restarted, the consumer
 * leader moved, heartbeats missed) is opened again after a second, so a service rides out NATS
 * trouble instead of stopping.
 */
import type { ConsumerMessages, JetStreamClient, JsMsg } from "@nats-io/jetstream";
import { sleep } from "../abort";
import { errorFields, type Logger } from "../log";

export interface FollowerOptions {
  readonly stream: string;
  readonly consumer: string;
  /** Messages buffered ahead of the handler. */
  readonly maxMessages: number;
  readonly log: Logger;
}

export class DurableFollower {
  private msgs: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private stopped = false;
  private open = false;

  constructor(
    private readonly js: JetStreamClient,
    private readonly opts: FollowerOptions,
    private readonly handle: (m: JsMsg) => Promise<void>,
  ) {}

  /** True once the consumer is open (and while it is). */
  get following(): boolean {
    return this.open && !this.stopped;
  }

  start(): void {
    this.loop ??= this.follow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.msgs?.close().catch(() => undefined);
    await this.loop;
  }

  private async follow(): Promise<void> {
    while (!this.stopped) {
      try {
        const c = await this.js.consumers.get(this.opts.stream, this.opts.consumer);
        this.msgs = await c.consume({ max_messages: this.opts.maxMessages });
        this.open = true;
        for await (const m of this.msgs) {
          // One at a time: the handlers rely on the order and on having no concurrent writer.
          await this.handle(m);
          if (this.stopped) break;
        }
      } catch (err) {
        if (this.stopped) break;
        this.open = false;
        this.opts.log.warn(`consumer ${this.opts.consumer} failed; opening it again`, errorFields(err));
        await sleep(1000);
      }
    }
  }
}
