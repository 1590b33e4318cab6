/**
 * Every rule's matches in a text, in text order. Where two overlap, the rule listed first
 * wins, so rules are listed most specific first; `accept` can turn a match down before it
 * takes its words (a count that is an age leaves them to other rules).
 */
export function ruleMatches(text, rules, accept = () => true) {
    const kept = [];
    for (const rule of rules) {
        rule.pattern.lastIndex = 0;
        let m;
        while ((m = rule.pattern.exec(text))) {
            const start = m.index;
            const end = start + m[0].length;
            if (kept.some((k) => start < k.m.index + k.m[0].length && k.m.index < end))
                continue;
            if (accept({ rule, m }))
                kept.push({ rule, m });
        }
    }
    return kept.sort((a, b) => a.m.index - b.m.index);
}
//# sourceMappingURL=rule-matches.js.map