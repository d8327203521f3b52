// An in-memory IndexedDB for the store's tests; each test file gets a fresh one.
import 'fake-indexeddb/auto';
