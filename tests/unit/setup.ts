import { seedPropertyTests } from './property';

// Reproducible property tests: every fc.assert in the unit suite draws from one fixed seed.
seedPropertyTests();
