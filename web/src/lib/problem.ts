/** RFC 9457 problem documents as the Kontor API sends them (application/problem+json). */
export interface FieldIssue {
  path: string;
  message: string;
  code?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldIssue[];
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && ('code' in value || 'title' in value || 'status' in value);
}

/**
 * Field errors keyed by form field: `body.email` → `email`, `body.lines[2].amount` →
 * `lines[2].amount`. Issues on the body as a whole (path `body`) are left to the form message.
 */
export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of problem?.errors ?? []) {
    const field = issue.path.replace(/^(body|query|params)\.?/, '');
    if (field && out[field] === undefined) out[field] = issue.message;
  }
  return out;
}

/** One line for the top of a form: the problem's detail, else its title. */
export function problemMessage(problem: Problem | undefined, fallback = 'Something went wrong. Try again.'): string {
  if (!problem) return fallback;
  return problem.detail ?? problem.title ?? fallback;
}
