import type { Category } from '../lib/detect/types';
import type { MessageKey } from './i18n';

export const categoryKey = (category: Category) => `cat_${category.replace(/-/g, '_')}` as MessageKey;
export const angerKey = (anger: number) => `anger${anger}` as MessageKey;
export const stepKey = (step: number) => `step${step}` as MessageKey;
export const stepHintKey = (step: number) => `step${step}Hint` as MessageKey;
