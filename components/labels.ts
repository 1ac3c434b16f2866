import type { WarningKind } from '../lib/coach/types';
import type { Category } from '../lib/detect/types';
import type { MessageKey } from './i18n';

export const categoryKey = (category: Category) => `cat_${category.replace(/-/g, '_')}` as MessageKey;
export const angerKey = (anger: number) => `anger${anger}` as MessageKey;
export const stepKey = (step: number) => `step${step}` as MessageKey;
export const stepHintKey = (step: number) => `step${step}Hint` as MessageKey;

/** The side panel's short name for each kind of coach warning; a Record so a new kind can't go unlabelled. */
const WARNING_KIND_KEYS: Record<WarningKind, MessageKey> = {
  blame: 'coachKind_blame',
  deflect: 'coachKind_deflect',
  argue: 'coachKind_argue',
  absolute: 'coachKind_absolute',
  'no-check-back': 'coachKind_no_check_back',
  'no-thanks': 'coachKind_no_thanks',
  'vi-opening': 'coachKind_vi_opening',
  honorific: 'coachKind_honorific',
  language: 'coachKind_language',
};
export const warningKindKey = (kind: WarningKind) => WARNING_KIND_KEYS[kind];
