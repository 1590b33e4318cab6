import { extractDocument } from './extract/extract-document.js';
import { isCommonWord } from './extract/mentions/lexicon.js';
import { isCountryName, isPlaceName, isTownName } from './extract/mentions/places.js';
import { tableShare } from './group/similarity.js';
import { cityReadings, countryName, regionIn } from './normalize/gazetteer.js';
import { nlp } from './util/nlp.js';
import { releasePlaceRecords } from './util/place-data.js';

/**
 * Loads, once a process, every table a run reads whatever its articles: compromise, its
 * lexicon, the gazetteers and place-name sets, the word-frequency table. For the start-up
 * snapshot (bin/snapshot.js), which keeps them in the heap it saves, so that a run starts with
 * them built. Lookups only, of no article: no memo of any name is filled, and a run after this
 * reads exactly what it would have read without it.
 */
export function preloadTables(): void {
  nlp();
  isCommonWord('the');
  isPlaceName('');
  isTownName('');
  isCountryName('');
  countryName('US');
  regionIn('', 'US');
  cityReadings({ name: '', type: 'city', country: '', region: null });
  tableShare('the');
  // Every index of the place records is built: the rows themselves are read no more.
  releasePlaceRecords();
}

/**
 * Runs every extractor once, on extract-document.ts's own warm-up sentence (no article's): for
 * the start-up snapshot, which then holds their compiled functions and regular expressions.
 * What it leaves is that warm-up done and memos of that one sentence, which change how often
 * a text is read, never what is read from it.
 */
export function warmUpExtractors(): void {
  extractDocument({ id: '', text: '', clean: '', bodyStart: 0, title: null, source: null, url: null, published: null, warnings: [], hash: '' });
}
