export { fold, wordsOf } from './fold';
export { MAX_QUERY_CHARS, MAX_QUERY_WORDS, parseQuery, type ParsedQuery } from './query';
export { relevance, ticketContext, type TicketContext } from './relevance';
export {
  buildSearchIndex,
  searchIndexFor,
  searchPhrases,
  type MatchTier,
  type SearchEntry,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  type SearchOutcome,
} from './engine';
