import { describe, expect, it } from 'vitest';
import { childEnv } from '../bin/snapshot.js';

// The run started from the snapshot gets node's extra CA bundle only when it may connect over TLS:
// node reads that file at every start, and no other run connects anywhere.
describe('the environment of the run started from the snapshot', () => {
  const env = { PATH: '/usr/bin', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', TERM: 'xterm' };

  it.each([
    [['articles', '--format', 'json']],
    [['--version']],
    [['extract', 'articles']],
  ])('leaves out NODE_EXTRA_CA_CERTS for %j', (args) => {
    expect(childEnv(args, env)).toEqual({ PATH: '/usr/bin', TERM: 'xterm' });
  });

  it.each([
    [['articles', '--redis', 'rediss://queue.example:6380']],
    [['articles', '--redis=rediss://queue.example:6380']],
  ])('keeps it for a queue run, %j', (args) => {
    expect(childEnv(args, env)).toBe(env);
  });

  it('is the same environment when there is no CA bundle to leave out', () => {
    const plain = { PATH: '/usr/bin' };
    expect(childEnv(['articles'], plain)).toBe(plain);
  });
});
