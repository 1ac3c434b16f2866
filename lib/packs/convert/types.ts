import type { Category } from '../../detect/types';
import type { LocatedError } from '../issues';
import type { Step } from '../schema';

/** The formats a team's existing replies come in. */
export const SOURCE_FORMATS = ['pack', 'csv', 'zendesk', 'freshdesk', 'helpscout', 'gorgias'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** One reply read from another tool's file, before it becomes a phrase. */
export interface SourceReply {
  /** Where a person finds it in the file: "row 4", "macros[2]". Problems about it start with this. */
  where: string;
  title: string;
  /** Plain text; vendor placeholders already mapped (unknown ones kept as `[name]`). */
  text: string;
  id?: string;
  /** The file's own step; 'none' when it says the reply belongs to no step; absent: to be guessed. */
  step?: Step | 'none';
  categories?: Category[];
  tags?: string[];
  shortcut?: string;
  lang?: 'vi' | 'en';
  tone?: 'formal' | 'warm' | 'neutral';
  minAnger?: number;
  maxAnger?: number;
  /** Placeholders of this reply that have no CalmReply variable. */
  unknownPlaceholders: string[];
}

/** What a file held: the replies, what could not be read, and what was left out on purpose. */
export interface SourceRead {
  replies: SourceReply[];
  problems: LocatedError[];
  /** Items that are no reply at all (a macro that only sets a status, an empty row), by where they are. */
  skipped: { where: string; why: 'empty' | 'noReplyText' }[];
}
