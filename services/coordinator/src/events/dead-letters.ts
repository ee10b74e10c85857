/**
 * Dead letters. When a task reaches `max_deliver` deliveries without an outcome (its workers kept
 * dying or hanging on it), JetStream leaves it in the work queue, never delivers it again, and
 * only raises a MAX_DELIVERIES advisory. The FF_ADVISORIES stream captures those advisories
 * durably; this handler turns each into a failed result (with every error the fleet recorded for
 * the task), so the item fails and the run still completes, and then removes the message.
 *
 * Handling is idempotent: the result's message id is the one the task's workers would use, and a
 * task message already removed means the advisory was handled. `reconcile()` re-reads every
 * captured advisory, so one whose handling was interrupted is finished later.
 */
import type { JetStreamClient, JetStreamManager } from "@nats-io/jetstream";
import { AckPolicy, DeliverPolicy, JetStreamApiError } from "@nats-io/jetstream";
import type { KV } from "@nats-io/kv";
import type { Counter } from "prom-client";
import { DurableFollower } from "../../../common/src/nats/follower";
import { decode, encode } from "../../../common/src/codec";
import { FleetErrorCode } from "../../../common/src/errors";
import { resultMsgId } from "../../../common/src/ids";
import { errorFields, type Logger } from "../../../common/src/log";
import { ensureConsumer } from "../../../common/src/nats/topology";
import { decodeAttempts, errorHistory, failedResult } from "../../../common/src/outcome";
import { pb, taskKindName, type Task } from "../../../common/src/proto";
import { EventType, STREAM_ADVISORIES, STREAM_TASKS, eventSubject } from "../../../common/src/subjects";

const CONSUMER = "coordinator_dead_letters";
/** JetStream "no message found". */
const NO_MESSAGE = 10037;

interface MaxDeliveriesAdvisory {
  readonly stream: string;
  readonly consumer: string;
  readonly stream_seq: number;
  readonly deliveries: number;
}

export interface DeadLetterDeps {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly attempts: KV;
  readonly log: Logger;
  readonly deadLetters: Counter<"kind" | "backend">;
}

export class DeadLetters {
  private readonly advisories: DurableFollower;

  constructor(private readonly deps: DeadLetterDeps) {
    this.advisories = new DurableFollower(deps.js, { stream: STREAM_ADVISORIES, consumer: CONSUMER, maxMessages: 64, log: deps.log }, async (m) => {
      try {
        await this.handle(m.json<MaxDeliveriesAdvisory>());
        m.ack();
      } catch (err) {
        this.deps.log.warn("could not handle a dead letter; it will be redelivered", errorFields(err));
        m.nak(5000);
      }
    });
  }

  async start(): Promise<void> {
    await ensureConsumer(this.deps.jsm, STREAM_ADVISORIES, {
      durable_name: CONSUMER,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
    });
    this.advisories.start();
  }

  stop(): Promise<void> {
    return this.advisories.stop();
  }

  /** Handles every captured advisory again; returns how many dead tasks it found still queued. */
  async reconcile(): Promise<number> {
    const info = await this.deps.jsm.streams.info(STREAM_ADVISORIES);
    let found = 0;
    for (let seq = info.state.first_seq; seq > 0 && seq <= info.state.last_seq; seq++) {
      const sm = await this.deps.jsm.streams.getMessage(STREAM_ADVISORIES, { seq }).catch(() => null);
      if (sm && (await this.handle(sm.json<MaxDeliveriesAdvisory>()))) found++;
    }
    return found;
  }

  /** True when the advisory named a task still in the queue (now failed and removed). */
  private async handle(adv: MaxDeliveriesAdvisory): Promise<boolean> {
    if (adv.stream !== STREAM_TASKS) return false;
    const { jsm, js, log } = this.deps;
    const stored = await jsm.streams.getMessage(STREAM_TASKS, { seq: adv.stream_seq }).catch((err: unknown) => {
      if (err instanceof JetStreamApiError && err.code === NO_MESSAGE) return null;
      throw err;
    });
    if (!stored) return false; // already handled
    const task: Task = decode(pb.Task, stored.data, "dead task");
    const errors = errorHistory(decodeAttempts(task.taskId, await this.deps.attempts.get(task.taskId)));
    errors.push(
      pb.TaskError.create({
        code: FleetErrorCode.RETRIES_EXHAUSTED,
        message: `delivered ${adv.deliveries} times without an outcome (max_deliver; its workers died or hung on it): dead-lettered`,
        atMs: Date.now(),
      }),
    );
    const result = failedResult(task, errors);
    await js.publish(eventSubject(task.runId, EventType.RESULT), encode(pb.TaskResult, result), { msgID: resultMsgId(task.taskId, adv.stream_seq) });
    await jsm.streams.deleteMessage(STREAM_TASKS, adv.stream_seq).catch((err: unknown) => {
      if (!(err instanceof JetStreamApiError && err.code === NO_MESSAGE)) throw err;
    });
    this.deps.deadLetters.inc({ kind: taskKindName(task.kind), backend: task.backend });
    log.warn("task dead-lettered", { run: task.runId, task: task.taskId, deliveries: adv.deliveries, errors: errors.length });
    return true;
  }
}
