/**
 * Why an insertion failed, as a word the UI says in its own language (messages.json `insertWhy_*`).
 * Kept apart from the insertion code so the message schemas can list it without pulling DOM code along.
 * - `rejected`: no strategy changed the editor; `garbled` / `duplicated`: the editor changed it wrongly;
 * - `changed`: the draft changed before a coach replacement; `error`: something threw.
 */
export const INSERT_FAILURES = ['empty', 'detached', 'rejected', 'duplicated', 'garbled', 'changed', 'error'] as const;
export type InsertFailure = (typeof INSERT_FAILURES)[number];
