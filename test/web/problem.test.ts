import { describe, expect, it } from 'vitest';
import { fieldErrors, problemMessage } from '../../web/src/lib/problem.js';

describe('problem+json → form errors (web)', () => {
  it('maps body paths to field names, first message wins', () => {
    const problem = {
      code: 'REQUEST.VALIDATION_FAILED',
      detail: 'The request does not match the schema',
      errors: [
        { path: 'body.email', message: 'Invalid email address' },
        { path: 'body.email', message: 'second' },
        { path: 'body.password', message: 'must be at least 12 characters' },
        { path: 'body.lines[2].amount', message: 'is invalid' },
        { path: 'query.limit', message: 'too big' },
        { path: 'body', message: 'Send at least one field to change' },
      ],
    };
    expect(fieldErrors(problem)).toEqual({
      email: 'Invalid email address',
      password: 'must be at least 12 characters',
      'lines[2].amount': 'is invalid',
      limit: 'too big',
    });
    expect(problemMessage(problem)).toBe('The request does not match the schema');
  });

  it('falls back when there is nothing to show', () => {
    expect(fieldErrors(undefined)).toEqual({});
    expect(problemMessage(undefined)).toMatch(/went wrong/);
    expect(problemMessage({ title: 'Conflict' })).toBe('Conflict');
  });
});
