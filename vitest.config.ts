import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['renderer/src/**/*.test.ts', 'electron/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
})
