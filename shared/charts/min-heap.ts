/** A binary min-heap of items by a numeric priority (what fewer-spans.ts merges next). */
export class MinHeap<T> {
  readonly #items: { readonly priority: number; readonly item: T }[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(priority: number, item: T): void {
    this.#items.push({ priority, item });
    this.#up(this.#items.length - 1);
  }

  /** The item of least priority, removed; undefined when empty. */
  pop(): T | undefined {
    const top = this.#items[0];
    const last = this.#items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.#items.length > 0) {
      this.#items[0] = last;
      this.#down(0);
    }
    return top.item;
  }

  #up(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.#priority(parent) <= this.#priority(index)) return;
      this.#swap(parent, index);
      index = parent;
    }
  }

  #down(index: number): void {
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let least = index;
      if (left < this.size && this.#priority(left) < this.#priority(least)) least = left;
      if (right < this.size && this.#priority(right) < this.#priority(least)) least = right;
      if (least === index) return;
      this.#swap(least, index);
      index = least;
    }
  }

  #priority(index: number): number {
    return this.#items[index]!.priority;
  }

  #swap(a: number, b: number): void {
    const item = this.#items[a]!;
    this.#items[a] = this.#items[b]!;
    this.#items[b] = item;
  }
}
