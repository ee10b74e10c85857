/**
 * Writes a run's report files into its output folder (atomically: temp file, fsync, rename) and
 * into the ff_reports object store, from which the coordinator serves `framefleet report`.
 * report.html links the videos beside it and their poster frames, which the generator workers
 * made and committed with the videos: writing a report does no media work, however many videos.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ObjectStore } from "@nats-io/obj";
import { safeJson } from "../../common/src/safe-text";
import { reportObjectName, renderMarkdown, renderRunHtml, type RunReport } from "../../reports/src";

export interface WrittenReport {
  readonly json: string;
  readonly md: string;
  readonly html: string;
}

export async function writeReport(report: RunReport, generation: number, runDir: string, store: ObjectStore): Promise<WrittenReport> {
  // safeJson: the exact values, with C1 controls escaped too, so report.json is safe to cat.
  const json = `${safeJson(report, 2)}\n`;
  const md = renderMarkdown(report);
  await mkdir(runDir, { recursive: true });
  const html = renderRunHtml(report);
  const files = { json: join(runDir, "report.json"), md: join(runDir, "report.md"), html: join(runDir, "report.html") };
  await writeFileAtomic(files.json, json);
  await writeFileAtomic(files.md, md);
  await writeFileAtomic(files.html, html);
  const enc = new TextEncoder();
  // The json blob last: readers (framefleet demo, finalReport in tests) take its presence to mean
  // that every file of this report is in place.
  await store.putBlob({ name: reportObjectName(report.run.run_id, generation, "md") }, enc.encode(md));
  await store.putBlob({ name: reportObjectName(report.run.run_id, generation, "html") }, enc.encode(html));
  await store.putBlob({ name: reportObjectName(report.run.run_id, generation, "json") }, enc.encode(json));
  return files;
}

/** Readers never see half a file: temp file beside it, fsync, rename. Creates the folder. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fh = await open(tmp, "w");
    try {
      await fh.writeFile(content);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}
