import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Components run in jsdom; screens run in a real Chromium (e2e/).
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
