/** About 1 MB of text a write: few enough writes to be quick, small enough never to build one huge string. */
export const CHUNK_SIZE = 1 << 20;

/**
 * Gathers small pieces of output and hands them on joined, about `size` characters at a time. A report
 * of a quarter of a million claims is written as it is built, never held whole: one string of 100 MB
 * takes seconds to build, copy and encode, and as long again for the garbage collector.
 */
export class ChunkWriter {
  private parts: string[] = [];
  private length = 0;

  constructor(
    private readonly write: (chunk: string) => void,
    private readonly size = CHUNK_SIZE,
  ) {}

  push(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
    if (this.length >= this.size) this.flush();
  }

  /** Writes what is gathered; call it once at the end. */
  flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.length = 0;
    this.write(chunk);
  }
}
