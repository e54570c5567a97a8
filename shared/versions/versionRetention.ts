/**
 * How many kept versions a memo keeps (the one rule; the backend applies it on every keep):
 * every `export` version is kept forever (it is what went out); of the `manual` and `restore`
 * (kept automatically before a restore) versions, the newest KEEP_OTHER_VERSIONS per memo are
 * kept and older ones are removed when a new one is kept.
 */
export const KEEP_OTHER_VERSIONS = 50;
