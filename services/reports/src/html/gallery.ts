/**
 * The run page's galleries: per metric (a VBench dimension, SA, PSNR …) the items with the
 * highest and the lowest scores, as poster thumbnails linking to their videos. Which end is
 * better depends on the metric, so the page says highest and lowest, not best and worst.
 * Each metric sits in a closed <details> (the first one open): lazy images in a closed one are
 * never fetched, so a run with 24 metrics loads ten thumbnails, not 240.
 */
import type { MetricExtremes, MetricValue } from "../extremes";
import type { ReportItem } from "../types";
import { escapeHtml, relativeHref, truncate } from "./escape";
import { posterHref } from "./grid-data";

/** Thumbnails at each end of each metric. */
export const GALLERY_N = 5;
/** Prompts are cut to this many characters under a thumbnail. */
const PROMPT_CHARS = 90;

export interface GalleryOptions {
  /** False when the page is not in the run folder: no links or images, only the text. */
  inRunFolder?: boolean;
}

export function gallerySection(items: readonly ReportItem[], extremes: readonly MetricExtremes[], opts: GalleryOptions = {}): string {
  if (extremes.length === 0) return "";
  const blocks = extremes.map((e, i) => {
    const ends = [
      `<div class="end"><h3>highest ${e.highest.length}</h3><div class="thumbs">${e.highest.map((v) => thumb(items, v, opts)).join("")}</div></div>`,
      e.lowest.length ? `<div class="end"><h3>lowest ${e.lowest.length}</h3><div class="thumbs">${e.lowest.map((v) => thumb(items, v, opts)).join("")}</div></div>` : "",
    ];
    const title = `${e.metric}: highest and lowest of ${e.n} done`;
    return `<details class="gallery" data-metric="${escapeHtml(e.metric)}"${i === 0 ? " open" : ""}><summary>${escapeHtml(title)}</summary>${ends.join("")}</details>`;
  });
  return `<section id="galleries"><h2>Highest and lowest per metric</h2>${blocks.join("\n")}</section>`;
}

function thumb(items: readonly ReportItem[], v: MetricValue, opts: GalleryOptions): string {
  const it = items[v.index] as ReportItem;
  const inFolder = opts.inRunFolder !== false;
  const href = inFolder && it.output_path ? relativeHref(it.output_path) : null;
  const poster = inFolder ? posterHref(it) : null;
  const picture = poster ? `<img loading="lazy" decoding="async" alt="" src="${escapeHtml(poster)}">` : `<span class="noposter">${href ? "no poster" : "no video here"}</span>`;
  const media = href ? `<a href="${escapeHtml(href)}">${picture}</a>` : picture;
  // VBench keys are folder/prompt: the prompt follows anyway, so only the folder is repeated.
  const key = it.prompt !== "" && it.item_key.endsWith(it.prompt) ? it.item_key.slice(0, -it.prompt.length) : it.item_key;
  const caption = [
    `<b>${escapeHtml(String(Number(v.value.toFixed(4))))}</b> ${escapeHtml(key)} #${it.sample_index}`,
    `<span class="prompt">${escapeHtml(truncate(it.prompt, PROMPT_CHARS))}</span>`,
  ].join("<br>");
  return `<figure class="thumb" data-task="${escapeHtml(it.task_id)}" data-value="${escapeHtml(JSON.stringify(v.value))}">${media}<figcaption>${caption}</figcaption></figure>`;
}
