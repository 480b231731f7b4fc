/** Storage errors the user reads: a refused write, and a full storage (quota). */

/** A write refused on purpose (read-only store, missing item): the message is for the user. */
export class StoreError extends Error {}

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: "QuotaExceededError" / "storage quota". */
export const isQuotaError = (e: unknown) => /quota/i.test(String((e as Error)?.message ?? e)) || (e as Error)?.name === 'QuotaExceededError';
export const FULL_MESSAGE = 'Storage is full: nothing was changed and nothing was lost. Delete old teardowns or backups on the comparison page (export a backup first if you want to keep them), then try again.';

/** Runs a storage write; a quota error becomes a StoreError with FULL_MESSAGE. */
export async function guarded<T>(f: () => Promise<T>): Promise<T> {
  try { return await f(); } catch (e) {
    if (isQuotaError(e)) throw new StoreError(FULL_MESSAGE);
    throw e;
  }
}

