import type { VariableName } from '../schema';

export type Vendor = 'zendesk' | 'freshdesk' | 'helpscout' | 'gorgias' | 'csv';

/**
 * Each vendor's placeholders that mean one of CalmReply's variables, by the vendor's own name for them
 * (from each vendor's public placeholder reference). Matched without case.
 */
const KNOWN: Record<string, VariableName> = {
  // Zendesk (Liquid)
  'ticket.requester.name': 'customer.name',
  'ticket.requester.first_name': 'customer.firstName',
  'ticket.requester.firstname': 'customer.firstName',
  'ticket.id': 'ticket.id',
  'current_user.name': 'agent.name',
  'current_user.first_name': 'agent.name',
  'ticket.assignee.name': 'agent.name',
  'ticket.assignee.first_name': 'agent.name',
  'ticket.account': 'company.name',
  'account.name': 'company.name',
  // Freshdesk
  'ticket.agent.name': 'agent.name',
  'ticket.agent.firstname': 'agent.name',
  'helpdesk_name': 'company.name',
  'ticket.portal_name': 'company.name',
  // Gorgias
  'ticket.customer.name': 'customer.name',
  'ticket.customer.firstname': 'customer.firstName',
  'ticket.customer.first_name': 'customer.firstName',
  'current_user.firstname': 'agent.name',
  // Help Scout ({%…%})
  'customer.fullname': 'customer.name',
  'customer.firstname': 'customer.firstName',
  'user.fullname': 'agent.name',
  'user.firstname': 'agent.name',
  'conversation.number': 'ticket.id',
  'mailbox.name': 'company.name',
  // CalmReply's own, so a CSV written by hand or exported from CalmReply keeps them
  'customer.name': 'customer.name',
  'honorific': 'honorific',
  'agent.name': 'agent.name',
  'company.name': 'company.name',
};

export interface MappedText {
  text: string;
  /** Placeholders with no CalmReply variable, as they were written (`ticket.due_date`), each once. */
  unknown: string[];
}

/** `{{ name | filter }}` (Liquid, Handlebars-like) and Help Scout's `{%name,fallback=x%}`. */
const CURLY = /\{\{\s*([^{}|]+?)\s*(?:\|([^{}]*))?\}\}/g;
const HELPSCOUT = /\{%\s*([A-Za-z_][\w.]*)\s*(?:,\s*fallback\s*=\s*([^%]*?))?\s*%\}/g;
/** Liquid control tags (`{% if … %}`) are logic, not text: they are unknown placeholders too. */
const LIQUID_TAG = /\{%-?\s*((?:if|elsif|else|endif|unless|endunless|for|endfor|case|when|endcase|assign|capture|endcapture)\b[^%]*?)\s*-?%\}/g;

/**
 * Turns a vendor's placeholders into CalmReply's `{{variable}}` (a Liquid `default: "x"` or Help Scout
 * `fallback=x` becomes `{{variable|x}}`). One with no CalmReply variable is kept as visible text the lead
 * can fix — `[ticket.due_date]` — and listed; nothing is dropped.
 */
export function mapPlaceholders(text: string): MappedText {
  const unknown = new Set<string>();
  const visible = (name: string) => {
    unknown.add(name);
    return `[${name}]`;
  };
  const variable = (raw: string, fallback: string | undefined) => {
    const name = raw.trim();
    // CalmReply's own fill-ins ({{cursor}}, {{input:…}}, {{choice:…}}) are the schema's to check, not ours.
    if (/^(cursor$|input:|choice:)/.test(name)) return fallback === undefined ? `{{${name}}}` : `{{${name}|${fallback}}}`;
    const known = KNOWN[name.toLowerCase()];
    if (!known) return visible(name);
    const value = fallback?.trim();
    return value ? `{{${known}|${value}}}` : `{{${known}}}`;
  };
  const out = text
    .replace(LIQUID_TAG, (_m, tag: string) => visible(`% ${tag.trim()} %`))
    .replace(HELPSCOUT, (_m, name: string, fallback?: string) => variable(name, fallback))
    .replace(CURLY, (_m, name: string, filters?: string) => variable(name, liquidDefault(filters)));
  return { text: out, unknown: [...unknown] };
}

/** Liquid's standard filters: after a `|` they transform the value; anything else is CalmReply's own fallback. */
const LIQUID_FILTERS = /^\s*(?:abs|append|capitalize|ceil|date|default|divided_by|downcase|escape|escape_once|first|floor|join|last|lstrip|map|minus|modulo|newline_to_br|plus|prepend|remove|remove_first|replace|replace_first|round|rstrip|size|slice|sort|split|strip|strip_html|strip_newlines|times|truncate|truncatewords|uniq|upcase|url_encode)\b/;

/** The value of a Liquid `default: "x"` filter, when there is one; other filters change nothing we keep. */
function liquidDefault(filters: string | undefined): string | undefined {
  if (!filters) return undefined;
  if (!LIQUID_FILTERS.test(filters)) return filters;
  const match = /default\s*:\s*(?:"([^"]*)"|'([^']*)')/.exec(filters);
  return match ? (match[1] ?? match[2]) : undefined;
}
