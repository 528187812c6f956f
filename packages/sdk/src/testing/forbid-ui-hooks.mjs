// Module resolution hooks used by the conformance suite: importing a plugin's main entry must not load
// React, React DOM or Mantine (the server imports every plugin and must stay free of UI code).
const UI = /^(react|react-dom|scheduler|@mantine\/[^/]+)(\/|$)/;

export async function resolve(specifier, context, nextResolve) {
  if (UI.test(specifier)) {
    throw new Error(`UI module "${specifier}" was imported from ${context.parentURL}`);
  }
  return nextResolve(specifier, context);
}
