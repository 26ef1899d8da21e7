// Property tests run with a fixed seed so CI is repeatable; FC_SEED=<n> explores other inputs.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20251122) });
