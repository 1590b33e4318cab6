// The library API: `import { check } from 'claimcheck'`.
import type { Report } from './report/build-report.js';
import { runCheck, type CheckOptions } from './run/check.js';

export type { CheckOptions } from './run/check.js';
export type { Report, ReportDocument, ReportEvent, ReportFinding, ReportFindingValue } from './report/build-report.js';
export type { Settings } from './settings/settings.js';
export type {
  AgentValue, AliasValue, CasualtyType, CasualtyValue, Claim, ClaimKind, ClaimValue, DateValue, FindingStatus,
  Granularity, OrganizationValue, PersonValue, PlaceValue, QuantityValue, QuoteValue, RoleValue, Span, Summary,
} from './types.js';
export { InputError } from './ingest/find-files.js';
export { SettingsError } from './settings/settings.js';
export { VERSION } from './run/check.js';

/**
 * Checks articles as the command line does and returns the report `--format json` prints
 * (accepted findings carry `accepted: true`). `paths` are files, folders or globs, relative to
 * `options.cwd`; settings are found as the command line finds them. Rejects with InputError or
 * SettingsError, one line each, on bad input or settings.
 */
export async function check(paths: string | string[], options: CheckOptions = {}): Promise<Report> {
  const run = await runCheck(typeof paths === 'string' ? [paths] : paths, options);
  return run.report;
}
