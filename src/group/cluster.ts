/** A similarity between documents i < j; pairs left out count as 0. */
export interface Pair {
  i: number;
  j: number;
  sim: number;
}

interface Entry {
  avg: number;
  a: number;
  b: number;
  stampA: number;
  stampB: number;
}

// Highest average first; ties by the lower cluster numbers, so the order never depends on the heap.
const before = (x: Entry, y: Entry): boolean => x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b)));

class Heap {
  private items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    for (let k = h.length - 1; k > 0; ) {
      const p = (k - 1) >> 1;
      if (!before(h[k]!, h[p]!)) break;
      [h[k], h[p]] = [h[p]!, h[k]!];
      k = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let k = 0; ; ) {
        const [l, r] = [2 * k + 1, 2 * k + 2];
        let m = k;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === k) break;
        [h[k], h[m]] = [h[m]!, h[k]!];
        k = m;
      }
    }
    return top;
  }
}

/**
 * Average-link agglomerative clustering over a sparse similarity: merge the two clusters with the
 * highest average similarity while it reaches the threshold. Each cluster pair keeps its running
 * sum, so a merge costs the merged cluster's neighbours, not all pairs (issue 10: 64 s → under a
 * second at 2,400 documents). `canMerge(a, b)` may refuse a merge (the clusters share nothing a
 * report could stand on); `merged(kept, gone)` is told of every merge. A cluster is named by its
 * lowest document. Clusters come back as sorted document lists, by their first document.
 * `weights` counts what each item stands for (identical copies of one text are one item):
 * averages are then over the copies, as if each were an item, without their pairs.
 */
export function averageLink(
  n: number,
  pairs: Iterable<Pair>,
  threshold: number,
  canMerge: (a: number, b: number) => boolean = () => true,
  merged: (kept: number, gone: number) => void = () => {},
  weights: number[] = [],
): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const weight = Array.from({ length: n }, (_, i) => weights[i] ?? 1);
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const stamp = new Array<number>(n).fill(0);
  const heap = new Heap();
  const average = (a: number, b: number) => sums[a]!.get(b)! / (weight[a]! * weight[b]!);
  const offer = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const avg = average(a, b);
    if (avg >= threshold) heap.push({ avg, a, b, stampA: stamp[a]!, stampB: stamp[b]! });
  };
  for (const { i, j, sim } of pairs) {
    if (i === j || sim <= 0) continue;
    const s = sim * weight[i]! * weight[j]!;
    sums[i]!.set(j, (sums[i]!.get(j) ?? 0) + s);
    sums[j]!.set(i, (sums[j]!.get(i) ?? 0) + s);
  }
  for (let i = 0; i < n; i++) for (const j of sums[i]!.keys()) if (i < j) offer(i, j);

  while (heap.size) {
    const { a, b, stampA, stampB } = heap.pop()!;
    if (!members[a] || !members[b] || stamp[a] !== stampA || stamp[b] !== stampB) continue; // outdated by a merge
    if (!canMerge(a, b)) continue; // offered again if either side grows
    // b goes into a (a < b, so the merged cluster keeps its lowest document's number).
    members[a] = mergeSorted(members[a]!, members[b]!);
    members[b] = null;
    weight[a]! += weight[b]!;
    stamp[a]!++;
    sums[a]!.delete(b);
    for (const [x, s] of sums[b]!) {
      if (x === a) continue;
      sums[a]!.set(x, (sums[a]!.get(x) ?? 0) + s);
      sums[x]!.delete(b);
      sums[x]!.set(a, sums[a]!.get(x)!);
    }
    sums[b] = new Map();
    merged(a, b);
    for (const x of sums[a]!.keys()) offer(a, x);
  }
  return members.filter((m): m is number[] => m !== null);
}

function mergeSorted(x: number[], y: number[]): number[] {
  const out: number[] = [];
  let [i, j] = [0, 0];
  while (i < x.length || j < y.length) out.push(j >= y.length || (i < x.length && x[i]! < y[j]!) ? x[i++]! : y[j++]!);
  return out;
}
