import { installLexicon, lexiconParts, type LexiconParts } from './mentions/lexicon.js';
import { installPlaces, placeParts, type PlaceParts } from './mentions/places.js';

/**
 * The lookup tables extraction builds on first use (compromise's lexicon, the place names), as
 * plain data: strings and typed arrays, which a worker thread receives as they are (a copy of
 * memory) where building them takes it about a second of CPU (reading the lexicon and the
 * gazetteer, sorting and hashing some hundred thousand names) before its first document.
 */
export interface ExtractTables { lexicon: LexiconParts; places: PlaceParts }

/** This thread's tables (built now if they were not yet: the start-up snapshot holds them built). */
export function exportExtractTables(): ExtractTables {
  return { lexicon: lexiconParts(), places: placeParts() };
}

/** Takes another thread's tables (exportExtractTables) as this thread's: what they answer is the same. */
export function installExtractTables(tables: ExtractTables): void {
  installLexicon(tables.lexicon);
  installPlaces(tables.places);
}
