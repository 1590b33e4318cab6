// Preloaded by the full-scale hostile-input run (node --import): reports the peak resident
// memory of the claimcheck process on stderr when it exits.
process.on('exit', () => {
  process.stderr.write(`rss-probe: ${process.resourceUsage().maxRSS}\n`);
});
