// Preloaded by the full-scale hostile-input run (node --import): reports the peak resident
// memory (KB) and CPU time (s) of the claimcheck process on stderr when it exits. CPU time,
// unlike wall time, does not grow when other work shares the machine.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`rss-probe: ${usage.maxRSS} ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2)}\n`);
});
