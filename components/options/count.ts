import type { Translate } from '../i18n';

/** "1 phrase" / "12 phrases" (Vietnamese has one form: "1 câu", "12 câu"). */
export const phraseCount = (t: Translate, n: number) => (n === 1 ? t('optPhraseCountOne') : t('optPhraseCount', String(n)));
