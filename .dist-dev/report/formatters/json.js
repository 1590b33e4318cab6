export const jsonFormatter = {
    name: 'json',
    description: 'the JSON report (schema version 1), for jq and other tools',
    format: (report) => `${JSON.stringify(report, null, 2)}\n`,
};
//# sourceMappingURL=json.js.map