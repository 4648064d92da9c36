import type { Config } from 'tailwindcss';

// Tailwind v4 reads this file through `@config` in app/globals.css. The palette keeps every
// text/background pair used in the UI at or above WCAG 2.2 AA contrast (4.5:1).
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: '#a4161a', dark: '#7a1013', light: '#fdecec' },
        ink: { DEFAULT: '#1b1b1b', muted: '#4a4a4a' },
        focus: '#ffbf47',
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'Arial', 'sans-serif'],
      },
    },
  },
} satisfies Config;
