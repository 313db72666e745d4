import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { validateCsv } from '@/lib/csv/validate-csv';
import { DATASET_IDS, getDefinition } from '@/lib/datasets/registry';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

// Every dataset has a fixture, in the canonical form, so tests can point DATA_DIR at the folder.
test.each(DATASET_IDS)('tests/fixtures holds a valid %s', (id) => {
  const definition = getDefinition(id);
  const { rows, errors, warnings } = validateCsv(readFileSync(path.join(FIXTURES, definition.file), 'utf8'), definition);
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
  expect(rows.length).toBeGreaterThanOrEqual(2);
});
