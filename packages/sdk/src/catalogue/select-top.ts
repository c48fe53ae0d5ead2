/**
 * The `k` best of `docs[0 .. count)` in order: lowest `keys[doc]` first, ties by lower doc id.
 * A bounded max-heap keeps this O(count · log k) so a page of 20 out of 100k needs no full sort.
 */
export function selectTop(docs: Uint32Array, count: number, k: number, keys: Float64Array): number[] {
  const worseThan = (a: number, b: number) => keys[a]! > keys[b]! || (keys[a] === keys[b] && a > b);
  const heap: number[] = [];
  if (k <= 0) return heap;
  for (let i = 0; i < count; i++) {
    const doc = docs[i]!;
    if (heap.length < k) {
      heap.push(doc);
      siftUp(heap, heap.length - 1, worseThan);
    } else if (worseThan(heap[0]!, doc)) {
      heap[0] = doc;
      siftDown(heap, worseThan);
    }
  }
  return heap.sort((a, b) => (worseThan(a, b) ? 1 : -1));
}

type Worse = (a: number, b: number) => boolean;

function siftUp(heap: number[], at: number, worseThan: Worse): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worseThan(heap[at]!, heap[parent]!)) return;
    [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
    at = parent;
  }
}

function siftDown(heap: number[], worseThan: Worse): void {
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let worst = at;
    if (left < heap.length && worseThan(heap[left]!, heap[worst]!)) worst = left;
    if (right < heap.length && worseThan(heap[right]!, heap[worst]!)) worst = right;
    if (worst === at) return;
    [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
    at = worst;
  }
}
