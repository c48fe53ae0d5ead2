import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AbortError,
  HttpError,
  NetworkError,
  TimeoutError,
  ValidationError,
  isAbortError,
  isHttpError,
  isLeerbudgetError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
} from './errors.js';

test('every class is a LeerbudgetError with its own name', () => {
  const errors = [
    new HttpError(503, 'x'),
    new NetworkError('x'),
    new TimeoutError('x'),
    new AbortError('x'),
    new ValidationError('x', [{ path: ['a'], message: 'x' }]),
  ];
  assert.deepEqual(
    errors.map((error) => error.name),
    ['HttpError', 'NetworkError', 'TimeoutError', 'AbortError', 'ValidationError'],
  );
  for (const error of errors) assert.ok(isLeerbudgetError(error));
});

test('guards also match plain objects by name (errors from another bundle or realm)', () => {
  assert.ok(isHttpError({ name: 'HttpError', status: 500, message: '' }));
  assert.ok(isNetworkError({ name: 'NetworkError' }));
  assert.ok(isTimeoutError({ name: 'TimeoutError' }));
  assert.ok(isAbortError(new DOMException('x', 'AbortError')));
  assert.ok(isValidationError({ name: 'ValidationError' }));
  assert.equal(isHttpError(new TypeError('x')), false);
  assert.equal(isLeerbudgetError(null), false);
});

test('ValidationError exposes the path of the first bad field and it joined with dots', () => {
  const error = new ValidationError('m', [{ path: ['pots', 0, 'available'], message: 'Invalid input' }]);
  assert.deepEqual(error.path, ['pots', 0, 'available']);
  assert.equal(error.field, 'pots.0.available');
  assert.equal(isHttpError(error), false);
});
