import { formatMessage } from './messages.js';
export const SCHEMA_VERSION = 1;
export function buildReport(result, version) {
    const summary = {
        documents: result.documents.length,
        events: result.grouping.events.length,
        claims: result.claims.length,
        agree: 0, compatible: 0, contradict: 0, single: 0, update: 0,
    };
    for (const f of result.findings)
        summary[f.status]++;
    return {
        schemaVersion: SCHEMA_VERSION,
        generator: { name: 'claimcheck', version },
        documents: result.documents.map((d) => ({
            id: d.id, title: d.title, source: d.source, url: d.url, published: d.published,
            event: result.grouping.documentEvent[d.id] ?? null, chars: d.chars, warnings: d.warnings,
        })),
        events: result.grouping.events.map((e) => ({ ...e, sources: result.eventSources[e.id] ?? e.documents.length })),
        claims: result.claims,
        findings: result.findings.map((f) => ({
            id: f.id, event: f.event, kind: f.kind, slot: f.slot, status: f.status,
            values: f.values.map((v) => ({ value: v.value, display: v.display, claims: v.claims, documents: v.documents, sources: v.sources, attributions: v.attributions, hedged: v.hedged })),
            latest: f.latest,
            message: formatMessage(f),
        })),
        summary,
    };
}
//# sourceMappingURL=build-report.js.map