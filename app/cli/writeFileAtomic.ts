// The one atomic write lives in the backend (the desktop app's export uses it too).
export { writeFileAtomic } from '../backend/files/writeFileAtomic';
