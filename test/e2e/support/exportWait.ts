/**
 * How long a test waits for an export to finish (the PDF is laid out and drawn on a worker).
 * The sample memo takes 1–3 s alone; on a loaded 2-core CI machine it has taken over 10 s, the
 * default expect timeout, so waits on an export's result use this instead.
 */
export const EXPORT_WAIT = { timeout: 45_000 };
