const SPORT_HEADLINE = /^(SOCCER|FOOTBALL|RUGBY|CRICKET|TENNIS|GOLF|BASKETBALL|BASEBALL|ICE HOCKEY|HOCKEY|NHL|NFL|NBA|NCAA|MLB|ATHLETICS|BOXING|CYCLING|SKIING|ALPINE SKIING|MOTOR RACING|FORMULA ONE|SQUASH|BADMINTON|VOLLEYBALL|HANDBALL|SWIMMING|HORSE RACING)\b/i;
const SPORT_WORDS = new Set(`goal goals scored striker midfielder defender goalkeeper coach match matches league season innings wickets
  wicket batsman bowler playoff playoffs standings points win won beat draw drew quarter-final semifinal
  semi-final final champions championship tournament halftime half-time penalty touchdown quarterback
  pitcher inning rebounds overtime seeded seed round`.split(/\s+/));
export function factsOf(sentences, vocabulary) {
    const headline = sentences[0]?.map((t) => t.text).join(' ') ?? '';
    let hits = 0;
    for (const sentence of sentences)
        for (const t of sentence)
            if (SPORT_WORDS.has(t.lower))
                hits++;
    return { vocabulary, sports: SPORT_HEADLINE.test(headline) || hits >= 6 };
}
//# sourceMappingURL=facts.js.map