import { useMemo } from 'react';
import type { SayProblem } from '../lib/packs/issues';
import { sayProblem, type ProblemCode } from '../lib/packs/problems';
import { useT, type MessageKey, type Translate } from './i18n';

/** The messages.json key of a problem's wording. */
export const problemKey = (code: ProblemCode) => `problem_${code}` as MessageKey;

/** Words problems from lib/packs in the page's language; a code the messages lack keeps its English. */
export function problemSayer(t: Translate): SayProblem {
  return (p) =>
    sayProblem(p, (code, args) => {
      const key = problemKey(code);
      const words = t(key, ...args);
      return words && words !== key ? words : undefined;
    });
}

export function useSayProblem(): SayProblem {
  const t = useT();
  return useMemo(() => problemSayer(t), [t]);
}
