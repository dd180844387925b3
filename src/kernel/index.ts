export * from './errors.js';
export * from './ids.js';
export * from './clock.js';
export * from './canonical-json.js';
export * from './actor.js';
export * from './dates.js';
export * from './amount-in-words.js';
