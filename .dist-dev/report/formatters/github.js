// GitHub Actions workflow commands: one annotation per finding, placed on the evidence line.
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const LEVEL = { contradict: 'error', update: 'warning', compatible: 'notice' };
export const githubFormatter = {
    name: 'github',
    description: 'GitHub Actions annotations (::error file=…,line=…::…), for CI',
    format(report, options) {
        const claims = new Map(report.claims.map((c) => [c.id, c]));
        const lines = [];
        for (const finding of report.findings) {
            if (finding.status !== 'contradict' && finding.status !== 'update' && finding.status !== 'compatible')
                continue;
            const level = options.accepted.has(finding.id) ? 'notice' : LEVEL[finding.status];
            const claim = claims.get(finding.values[0]?.claims[0] ?? '');
            const where = claim ? `file=${escapeProperty(options.paths[claim.document] ?? claim.document)},line=${claim.span.line},col=${claim.span.column},` : '';
            lines.push(`::${level} ${where}title=${escapeProperty(`claimcheck ${finding.status} ${finding.slot}`)}::${escapeData(finding.message)}`);
        }
        for (const doc of report.documents) {
            for (const warning of doc.warnings)
                lines.push(`::warning file=${escapeProperty(options.paths[doc.id] ?? doc.id)},title=claimcheck::${escapeData(warning)}`);
        }
        return lines.length ? `${lines.join('\n')}\n` : '';
    },
};
//# sourceMappingURL=github.js.map