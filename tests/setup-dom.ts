// Testing Library matchers for component tests that run in jsdom.
import '@testing-library/jest-dom/vitest'
