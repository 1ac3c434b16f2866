import type { InsertFailure } from '../lib/insert/failures';
import type { MessageKey, Translate } from './i18n';

const KEYS: Record<InsertFailure, MessageKey> = {
  empty: 'insertWhy_empty',
  detached: 'insertWhy_detached',
  rejected: 'insertWhy_rejected',
  duplicated: 'insertWhy_duplicated',
  garbled: 'insertWhy_garbled',
  changed: 'insertWhy_changed',
  error: 'insertWhy_error',
};

/**
 * Why an insertion failed, in the page's language. A failure without `why` (from a content script older
 * than the extension's pages) keeps its English reason.
 */
export function insertFailureText(t: Translate, failure: { why?: InsertFailure; reason: string; detail?: string }): string {
  return failure.why ? t(KEYS[failure.why], failure.detail ?? '') : failure.reason;
}
