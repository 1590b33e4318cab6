/**
 * Three made-up articles about one made-up incident (no real event, person or street), which
 * the start-up snapshot's build runs the whole command line over (src/preload.ts): between
 * them they hold what the pipeline reads (counts of dead and hurt that disagree, named victims
 * with ages, a suspect charged, a police statement, a quote, dates, a street and a county, a
 * place in a dateline), one file of each kind a folder holds (text, Markdown, HTML), so that
 * every stage's code is compiled before the snapshot is taken.
 */
export const SAMPLE_ARTICLES: readonly { name: string; text: string }[] = [
  {
    name: 'a-courier.md',
    text: `---
title: "Three killed, two hurt in shooting at Dunmore Falls cookout"
source: Valley Courier
published: 2021-06-14
---
DUNMORE FALLS, Ohio — Three people were killed and two others were wounded when a gunman opened fire at a backyard cookout on Larchmere Lane late Saturday, police said.

The Dunmore Falls Police Department said officers arrived shortly after 11 p.m. and found five people with gunshot wounds. Orla Penhallow, 34, and her brother, Caspian Penhallow, 29, were pronounced dead at the scene. A third victim died Sunday at Ashgrove General Hospital.

"This was a senseless act of violence," Police Chief Renata Vantongeren said at a news conference on Sunday. "We believe the shooter knew at least one of the victims."

Police arrested Dorian Quillfeather, 41, on Monday. He was charged with three counts of murder and two counts of attempted murder and is being held without bond in the Ashgrove County jail.
`,
  },
  {
    name: 'b-wire.txt',
    text: `Four dead after shooting at Ohio party

DUNMORE FALLS, Ohio (Wire) - Four people died and one person was injured after a shooting at a family gathering in Dunmore Falls on Saturday night, according to the Ashgrove County Sheriff's Office.

Authorities identified two of the victims as Orla Penhallow, 35, and Caspian Penhallow, 29. The injured man was taken to a hospital in critical condition.

A 41-year-old man, Dorian Quillfeather, was taken into custody on Sunday and charged with four counts of murder, sheriff's deputies said. Investigators recovered a handgun near the house.

It was the deadliest shooting in the county since 2019, officials said.
`,
  },
  {
    name: 'c-news.html',
    text: `<!doctype html>
<html><head><title>Victims of Larchmere Lane shooting remembered</title>
<meta property="og:site_name" content="Ashgrove News">
<meta property="article:published_time" content="2021-06-16T09:00:00Z"></head>
<body><article><h1>Victims of Larchmere Lane shooting remembered</h1>
<p>Dozens of people gathered Tuesday in Dunmore Falls to remember the three people killed in Saturday's shooting on Larchmere Lane.</p>
<p>Family members said Orla Penhallow, 34, was a nurse and her brother Caspian, 29, coached youth soccer. The third victim, Ines Galbreath, 52, died at the hospital on Sunday, police said.</p>
<p>Two other people were wounded. One of them remained in serious condition on Tuesday.</p>
<p>Dorian Quillfeather, 41, is charged with three counts of murder. His arraignment is set for June 22, according to court records.</p>
</article></body></html>
`,
  },
];
