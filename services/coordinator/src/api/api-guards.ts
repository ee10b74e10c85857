/**
 * What every Control API call goes through before and after its handler (control-api.ts):
 * the request's ids are checked against their rules, and a failure for want of NATS is answered
 * as such.
 */
import { FleetErrorCode } from "../../../common/src/errors";
import type { ControlHandlers } from "../../../common/src/grpc/control";
import { IdRule, checkId } from "../../../common/src/ids";
import type { NatsLink } from "./nats-link";

const runId = (id: string): string => checkId(IdRule.RUN, id, FleetErrorCode.INVALID_INPUT);

/**
 * `h` refusing (INVALID_ARGUMENT, naming the rule) a run id or node name that does not follow
 * its rule, before it becomes a KV key, a KV filter or a NATS subject, where `*` and `>` are
 * wildcards (`status '*'` answered with NATS's own `invalid key: *`). Checked first, so a bad
 * id is named as such even while NATS is down.
 */
export function checkingIds(h: ControlHandlers): ControlHandlers {
  return {
    async submitRun(req) {
      if (req.resumeRunId) runId(req.resumeRunId);
      return h.submitRun(req);
    },
    async getRun(req) {
      runId(req.runId);
      return h.getRun(req);
    },
    async *watchRun(req, signal) {
      runId(req.runId);
      yield* h.watchRun(req, signal);
    },
    listRuns: (req) => h.listRuns(req),
    listNodes: (req) => h.listNodes(req),
    async drainNode(req) {
      // An empty name is "node: required", said by the handler.
      if (req.node) checkId(IdRule.NODE, req.node, FleetErrorCode.INVALID_INPUT);
      return h.drainNode(req);
    },
    async cancelRun(req) {
      runId(req.runId);
      return h.cancelRun(req);
    },
    async getReport(req) {
      runId(req.runId);
      return h.getReport(req);
    },
  };
}

/**
 * `h` with every failure passed through {@link NatsLink.explain}: NATS failures answer UNAVAILABLE
 * naming NATS. While the connection is lost a call answers so at once, rather than after the
 * timeouts of the NATS requests it would make, or with a view from memory that NATS can no
 * longer update. The status stream (WatchRun) is not cut: the fleet rides out a NATS restart,
 * and so does a `submit --wait` following a long run.
 */
export function explainingNats(h: ControlHandlers, nats: NatsLink): ControlHandlers {
  const guard =
    <Req, Res>(fn: (req: Req) => Promise<Res>) =>
    async (req: Req): Promise<Res> => {
      if (nats.isDown()) throw nats.unreachable();
      try {
        return await fn(req);
      } catch (err) {
        throw nats.explain(err);
      }
    };
  return {
    submitRun: guard((req) => h.submitRun(req)),
    getRun: guard((req) => h.getRun(req)),
    listRuns: guard((req) => h.listRuns(req)),
    listNodes: guard((req) => h.listNodes(req)),
    drainNode: guard((req) => h.drainNode(req)),
    cancelRun: guard((req) => h.cancelRun(req)),
    getReport: guard((req) => h.getReport(req)),
    async *watchRun(req, signal) {
      try {
        yield* h.watchRun(req, signal);
      } catch (err) {
        throw nats.explain(err);
      }
    },
  };
}
