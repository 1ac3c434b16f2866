import { isFillInName, readFillIn } from '../../lib/packs/fill-ins';
import { KNOWN_VARIABLES, VARIABLE_PATTERN } from '../../lib/packs/schema';

const known = (name: string, rest: string | undefined) =>
  isFillInName(name) ? 'mark' in (readFillIn(name, rest) ?? {}) : (KNOWN_VARIABLES as readonly string[]).includes(name);

/** A phrase's raw text with its `{{variables}}` and fill-ins marked as tokens. Text only: nothing becomes markup. */
export function TemplateText({ text }: { text: string }) {
  const parts: { text: string; variable?: { known: boolean } }[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(VARIABLE_PATTERN.source, 'g'))) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index) });
    parts.push({ text: match[0], variable: { known: known(match[1] ?? '', match[2]) } });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return (
    <>
      {parts.map((part, i) =>
        part.variable ? (
          <span key={i} className={part.variable.known ? 'var-token' : 'var-token unknown'}>
            {part.text}
          </span>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
