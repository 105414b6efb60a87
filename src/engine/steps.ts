/**
 * Work that pauses: a generator yields between small units (a chunk of paragraphs, a stage), so the
 * editor can give the thread back between them; `drain` runs one through where nothing waits.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps through and returns their result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many paragraphs a document-wide stage reads between two pauses. */
export const PARAGRAPHS_PER_STEP = 150;
