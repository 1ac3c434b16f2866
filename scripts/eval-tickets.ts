/**
 * Scoring helpdesk-style tickets ({id, lang, subject, text, complaint, anger, categories}) through assess(), as a
 * ticket with its subject: complaint precision/recall/F1 per language, category micro-F1 (a category counts when
 * it is in the ticket's labelled list) and the anger Spearman correlation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assess } from '../lib/detect/index';
import type { Assessment } from '../lib/detect/types';
import { metrics, type Rec } from './eval-lib';

export interface Ticket extends Rec {
  subject: string;
  categories: string[];
}

export const readTickets = (path: string): Ticket[] =>
  readFileSync(resolve(process.cwd(), path), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Ticket);

export const assessTicketRecord = (t: Ticket): Assessment =>
  assess({
    site: 'eval',
    ticketId: t.id,
    subject: t.subject,
    requester: { name: '' },
    messages: [{ author: 'customer', text: t.text }],
    url: 'https://example.invalid/',
  });

export interface TicketScores {
  n: number;
  complaint: ReturnType<typeof metrics>;
  byLang: Record<string, ReturnType<typeof metrics>>;
  categories: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
}

export function scoreTickets(tickets: readonly Ticket[], predict: (t: Ticket) => Assessment = assessTicketRecord): TicketScores {
  const preds = tickets.map(predict);
  const asPred = (a: Assessment) => ({ complaint: a.complaint, anger: a.anger, score: a.score });
  const byLang: Record<string, ReturnType<typeof metrics>> = {};
  for (const lang of ['vi', 'en']) {
    const idx = tickets.map((t, i) => (t.lang === lang ? i : -1)).filter((i) => i >= 0);
    if (idx.length) byLang[lang] = metrics(idx.map((i) => tickets[i]!), idx.map((i) => asPred(preds[i]!)));
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  tickets.forEach((t, i) => {
    const got = new Set(preds[i]!.categories.map((c) => c.category as string));
    for (const c of got) if (t.categories.includes(c)) tp++;
    else fp++;
    for (const c of t.categories) if (!got.has(c)) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    n: tickets.length,
    complaint: metrics([...tickets], preds.map(asPred)),
    byLang,
    categories: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn },
  };
}
