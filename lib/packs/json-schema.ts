import { z } from 'zod';
import { PackSchema } from './schema';

/**
 * The published JSON Schema of a pack file (public/phrase-pack.schema.json), generated from the zod
 * schema so the two can't drift: `npm run schema` writes it and a test fails when the file is stale.
 * It describes what may be written in a file (the input side: defaults may be left out).
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PackSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'CalmReply phrase pack',
    description:
      'Phrases for the five complaint-handling steps, with plan notes per complaint category. Variables in text: ' +
      '{{customer.name}}, {{customer.firstName}}, {{honorific}}, {{agent.name}}, {{ticket.id}}, {{company.name}}, ' +
      'each with an optional fallback: {{customer.firstName|there}}.',
    ...rest,
  };
}

export function formatJsonSchema(): string {
  return JSON.stringify(packJsonSchema(), null, 2) + '\n';
}
