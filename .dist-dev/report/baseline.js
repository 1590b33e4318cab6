export function fingerprint(finding, report) {
    const event = report.events.find((e) => e.id === finding.event);
    const values = finding.values.map((v) => v.display).sort();
    return JSON.stringify([finding.slot, finding.status, event?.documents ?? [], values]);
}
/** A baseline accepting every contradict and update finding of the report. */
export function buildBaseline(report) {
    return {
        claimcheckBaseline: 1,
        accepted: report.findings
            .filter((f) => f.status === 'contradict' || f.status === 'update')
            .map((f) => ({ fingerprint: fingerprint(f, report), status: f.status, slot: f.slot, message: f.message })),
    };
}
/** Throws a one-line message when the data is not a baseline. */
export function parseBaseline(data) {
    const b = data;
    if (!b || b.claimcheckBaseline !== 1 || !Array.isArray(b.accepted) || b.accepted.some((a) => typeof a?.fingerprint !== 'string')) {
        throw new Error('not a claimcheck baseline file (expected {"claimcheckBaseline": 1, "accepted": [...]})');
    }
    return b;
}
/** Ids of the report's findings that the baseline accepts. */
export function acceptedFindings(report, baseline) {
    const known = new Set(baseline.accepted.map((a) => a.fingerprint));
    return new Set(report.findings.filter((f) => known.has(fingerprint(f, report))).map((f) => f.id));
}
//# sourceMappingURL=baseline.js.map