{
  "name": "@nianbao/section-__ID__",
  "version": "1.0.0",
  "private": true,
  "type": "module",
  "description": "__TITLE_ZH__",
  "exports": {
    ".": "./src/index.ts",
    "./form": "./src/form.tsx",
    "./fixtures": "./src/fixtures.ts"
  },
  "scripts": {
    "typecheck": "tsc -p tsconfig.json",
    "lint": "eslint .",
    "test": "vitest run"
  },
  "dependencies": {
    "@nianbao/sdk": "workspace:*"
  },
  "peerDependencies": {
    "@mantine/core": "catalog:",
    "react": "catalog:"
  },
  "devDependencies": {
    "@mantine/core": "catalog:",
    "@mantine/form": "catalog:",
    "@mantine/hooks": "catalog:",
    "@nianbao/eslint-config": "workspace:*",
    "@nianbao/tsconfig": "workspace:*",
    "@nianbao/vitest-config": "workspace:*",
    "@testing-library/react": "catalog:",
    "@types/node": "catalog:",
    "@types/react": "catalog:",
    "eslint": "catalog:",
    "jsdom": "catalog:",
    "react": "catalog:",
    "react-dom": "catalog:",
    "tsx": "catalog:",
    "typescript": "catalog:",
    "vitest": "catalog:"
  }
}
