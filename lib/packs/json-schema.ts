import { z } from 'zod';
import { KNOWN_VARIABLES, PackSchema } from './schema';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const option = '[^{}|]*[^\\s{}|][^{}|]*';

/**
 * What `{{ }}` may hold in phrase text, as a pattern editors check while typing: the variables, and the
 * fill-ins of lib/packs/fill-ins. The pack check itself is the zod schema; this mirrors it for editors.
 */
export const PHRASE_TEXT_PATTERN =
  '^(?:[^{]|\\{(?!\\{)' +
  `|\\{\\{\\s*(?:${KNOWN_VARIABLES.map(escape).join('|')})\\s*(?:\\|[^}]*)?\\}\\}` +
  '|\\{\\{\\s*cursor\\s*\\}\\}' +
  `|\\{\\{\\s*input\\s*:${option}(?:\\|[^{}]*)?\\}\\}` +
  `|\\{\\{\\s*choice\\s*:${option}(?:\\|${option})+\\}\\}` +
  ')*$';

const TEXT_DESCRIPTION =
  'The phrase. Variables: {{customer.name}}, {{customer.firstName}}, {{honorific}}, {{agent.name}}, {{ticket.id}}, ' +
  '{{company.name}}, each with an optional fallback ({{customer.firstName|there}}). Fill-ins the agent completes when ' +
  'inserting: {{input:Order number}} (with an optional fallback for an empty answer: {{input:Order number|your order}}), ' +
  '{{choice:a refund|a replacement}}, and {{cursor}} (once) where the caret goes after inserting.';

/**
 * The published JSON Schema of a pack file (public/phrase-pack.schema.json), generated from the zod
 * schema so the two can't drift: `npm run schema` writes it and a test fails when the file is stale.
 * It describes what may be written in a file (the input side: defaults may be left out).
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PackSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  const text = ((rest.properties as Record<string, any>).phrases.items.properties as Record<string, Record<string, unknown>>).text!; // eslint-disable-line @typescript-eslint/no-explicit-any
  Object.assign(text, { description: TEXT_DESCRIPTION, pattern: PHRASE_TEXT_PATTERN });
  return {
    $schema,
    title: 'CalmReply phrase pack',
    description:
      'Phrases for the five complaint-handling steps, with plan notes per complaint category. Variables in text: ' +
      '{{customer.name}}, {{customer.firstName}}, {{honorific}}, {{agent.name}}, {{ticket.id}}, {{company.name}}, ' +
      'each with an optional fallback: {{customer.firstName|there}}. Fill-ins: {{input:Label}}, {{choice:a|b}}, {{cursor}}.',
    ...rest,
  };
}

export function formatJsonSchema(): string {
  return JSON.stringify(packJsonSchema(), null, 2) + '\n';
}
