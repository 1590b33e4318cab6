import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp-dir.js';

// A setup file runs before every test file, so each file removes the scratch folders it made.
afterAll(() => {
  removeTempDirs();
});
