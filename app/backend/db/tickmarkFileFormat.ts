/** `PRAGMA application_id` of every Tickmark workspace: "Tick" in ASCII. */
export const TICKMARK_APPLICATION_ID = 0x5469636b;

/** The 16 bytes every SQLite 3 database file starts with. */
export const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Size of the SQLite database header at the start of page 1. */
export const SQLITE_HEADER_SIZE = 100;
