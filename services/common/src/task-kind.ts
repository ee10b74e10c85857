/** The two kinds of task; generation and evaluation workers share one runtime and differ only here. */
import { TaskKind } from "./proto";

export type TaskKindName = "gen" | "eval";

export function kindToProto(kind: TaskKindName): TaskKind {
  return kind === "gen" ? TaskKind.TASK_KIND_GEN : TaskKind.TASK_KIND_EVAL;
}
