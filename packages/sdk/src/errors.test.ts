import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AbortError,
  ConfigurationError,
  HttpError,
  LeerbudgetError,
  NetworkError,
  StorageTimeoutError,
  TimeoutError,
  ValidationError,
  isAbortError,
  isConfigurationError,
  isHttpError,
  isLeerbudgetError,
  isNetworkError,
  isStorageTimeoutError,
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

test('storage timeouts and configuration errors belong to the family too, and match by name', () => {
  for (const error of [new StorageTimeoutError('x'), new ConfigurationError('x')]) {
    assert.ok(error instanceof LeerbudgetError);
    assert.ok(isLeerbudgetError({ name: error.name }));
  }
  assert.ok(isStorageTimeoutError({ name: 'StorageTimeoutError' }));
  assert.ok(isConfigurationError({ name: 'ConfigurationError' }));
  assert.equal(isConfigurationError(new StorageTimeoutError('x')), false);
});

test('ValidationError exposes the path of the first bad field and it joined with dots', () => {
  const error = new ValidationError('m', [{ path: ['pots', 0, 'available'], message: 'Invalid input' }]);
  assert.deepEqual(error.path, ['pots', 0, 'available']);
  assert.equal(error.field, 'pots.0.available');
  assert.equal(isHttpError(error), false);
});
