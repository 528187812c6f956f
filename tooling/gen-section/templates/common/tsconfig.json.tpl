{ "extends": "@nianbao/tsconfig/react.json", "include": ["src"] }
