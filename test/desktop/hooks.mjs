// Module hooks for drive-main.ts: `electron` resolves to the stand-in (test/desktop/electron-stand-in.ts),
// wherever it is imported from. Registered by register.mjs; runs in Node's loader thread.
let standIn;
export function initialize(data) {
  standIn = data.standIn;
}
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true };
  return next(specifier, context);
}
