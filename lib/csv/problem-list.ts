import { toProblem, type Problem, type ProblemCode, type ProblemParams } from '../datasets/problems';

/**
 * Problems as an answer lists them: the first `limit` in full, the rest only counted, so that a
 * file with a million bad cells costs a count rather than a million messages.
 */
export class ProblemList {
  readonly listed: Problem[] = [];
  /** Every problem added, listed or not. */
  total = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  add(line: number, column: string | null, code: ProblemCode, params?: ProblemParams) {
    this.total += 1;
    if (this.listed.length < this.limit) this.listed.push(toProblem(line, column, code, params));
  }

  addAll(problems: readonly Problem[]) {
    for (const problem of problems) {
      this.total += 1;
      if (this.listed.length < this.limit) this.listed.push(problem);
    }
  }
}
