import { describe, expect, it } from 'vitest';
import { childEnv, MALLOC_HUGE_PAGES } from '../bin/snapshot.js';

// The run started from the snapshot gets node's extra CA bundle only when it may connect over TLS:
// node reads that file at every start, and no other run connects anywhere. And glibc's malloc is
// asked for huge pages, unless GLIBC_TUNABLES says otherwise: the blob node reads and copies is
// touched a page at a time.
describe('the environment of the run started from the snapshot', () => {
  const env = { PATH: '/usr/bin', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', TERM: 'xterm' };

  it.each([
    [['articles', '--format', 'json']],
    [['--version']],
    [['extract', 'articles']],
  ])('leaves out NODE_EXTRA_CA_CERTS for %j', (args) => {
    expect(childEnv(args, env)).toEqual({ PATH: '/usr/bin', TERM: 'xterm', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
  });

  it.each([
    [['articles', '--redis', 'rediss://queue.example:6380']],
    [['articles', '--redis=rediss://queue.example:6380']],
  ])('keeps it for a queue run, %j', (args) => {
    expect(childEnv(args, env)).toEqual({ ...env, GLIBC_TUNABLES: MALLOC_HUGE_PAGES });
  });

  it('asks for huge pages when there is no CA bundle to leave out', () => {
    expect(childEnv(['articles'], { PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', GLIBC_TUNABLES: MALLOC_HUGE_PAGES });
  });

  it.each([['glibc.malloc.hugetlb=0'], ['glibc.malloc.arena_max=2'], ['']])('keeps GLIBC_TUNABLES=%j as it is', (tunables) => {
    const set = { PATH: '/usr/bin', GLIBC_TUNABLES: tunables };
    expect(childEnv(['articles'], set)).toBe(set);
    expect(childEnv(['articles'], { ...set, NODE_EXTRA_CA_CERTS: '/etc/ca.pem' })).toEqual(set);
  });

  it('does not change the environment it is given', () => {
    const before = { ...env };
    childEnv(['articles'], env);
    expect(env).toEqual(before);
  });
});
