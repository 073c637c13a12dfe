// The scenario validator lives in ./validate (split by what it checks); this path is kept for importers.
export * from './validate';
