/** About 1 MB a write: few enough writes to be quick, small enough never to hold a whole report. */
export const CHUNK_SIZE = 1 << 20;

/**
 * Encodes small pieces of output as UTF-8 straight into buffers of about `size` bytes and hands each on
 * once full. A report of a quarter of a million claims is written as it is built, never held whole: one
 * string of 100 MB takes seconds to build, copy and encode, and as long again for the garbage collector.
 */
export class ChunkWriter {
  private buffer: Buffer;
  private used = 0;

  constructor(
    private readonly write: (chunk: Uint8Array) => void,
    private readonly size = CHUNK_SIZE,
  ) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  push(piece: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    if (this.used + piece.length * 3 > this.size) {
      this.flush();
      if (piece.length * 3 > this.size) {
        if (piece.length > 0) this.write(Buffer.from(piece, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(piece, this.used, 'utf8');
  }

  /** Writes what is gathered; call it once at the end. */
  flush(): void {
    if (this.used === 0) return;
    const chunk = this.buffer.subarray(0, this.used);
    // A new buffer for what follows: the one handed on may still be queued for writing.
    this.buffer = Buffer.allocUnsafe(this.size);
    this.used = 0;
    this.write(chunk);
  }
}

/** Collects what a writer hands on as one string: for tests and small outputs. */
export function collect(run: (write: (chunk: Uint8Array) => void) => void): string {
  const chunks: Uint8Array[] = [];
  run((c) => chunks.push(c));
  return Buffer.concat(chunks).toString('utf8');
}
