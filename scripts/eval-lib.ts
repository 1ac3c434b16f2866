/**
 * Shared by scripts/eval.ts and scripts/fit-detect.ts: reading records, the id-hash split, metrics, baselines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { assess } from '../lib/detect/index';

export interface Rec {
  id: string;
  lang: string;
  text: string;
  complaint: boolean;
  anger: number | null;
  source?: string;
  /** helpdesk tickets: their subject and ranked categories */
  subject?: string;
  categories?: string[];
}

export function readRecords(path: string): Rec[] {
  return readFileSync(resolve(process.cwd(), path), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Rec);
}

/** FNV-1a hash of a record's id: folds, halves and the held-back slice are fixed by it. */
export function fnv(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic half (0 or 1) of a record by its id. */
export const half = (id: string): 0 | 1 => (fnv(id) % 2) as 0 | 1;

/** The fixed fifth of the project's own helpdesk tickets that no fit and no tuning reads (kept for the end). */
export const heldBack = (id: string) => fnv(`held-back:${id}`) % 5 === 0;

function ranks(v: number[]): number[] {
  const idx = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(v.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[idx[k]![1]] = avg;
    i = j + 1;
  }
  return r;
}

export function spearman(a: number[], b: number[]): number | null {
  if (a.length < 3) return null;
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const ma = ra.reduce((s, x) => s + x, 0) / n;
  const mb = rb.reduce((s, x) => s + x, 0) / n;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const x = ra[i]! - ma;
    const y = rb[i]! - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da && db ? num / Math.sqrt(da * db) : null;
}

export interface Metrics {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  spearman: number | null;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Pred {
  complaint: boolean;
  /** anger level or intensity for the Spearman correlation */
  anger: number;
  score: number;
}

export function metrics(recs: Rec[], preds: Pred[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const ha: number[] = [];
  const pa: number[] = [];
  recs.forEach((r, i) => {
    const p = preds[i]!;
    if (p.complaint && r.complaint) tp++;
    else if (p.complaint) fp++;
    else if (r.complaint) fn++;
    else tn++;
    if (r.anger !== null && r.anger !== undefined) {
      ha.push(r.anger);
      pa.push(p.anger);
    }
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: recs.length, precision, recall, f1, spearman: spearman(ha, pa), tp, fp, fn, tn };
}

const require = createRequire(import.meta.url);

type Method = (text: string) => Pred;

export function baselines(): Record<'vader' | 'afinn', Method> {
  const vader = require('vader-sentiment') as {
    SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } };
  };
  const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
  const afinn = new Sentiment();
  return {
    vader: (t) => {
      const c = vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
      return { complaint: c <= -0.05, anger: -c, score: (1 - c) / 2 };
    },
    afinn: (t) => {
      const s = afinn.analyze(t).score;
      return { complaint: s < 0, anger: -s, score: s < 0 ? 1 : 0 };
    },
  };
}

export const ours: Method = (t) => {
  const a = assess(t);
  return { complaint: a.complaint, anger: a.anger, score: a.score };
};

export const r3 = (x: number) => Math.round(x * 1000) / 1000;
