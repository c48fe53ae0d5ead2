import { Budget } from '@leerbudget/contract';
import { parseResource } from '../validation.js';
import { personalResource, type ResourceContext } from './personal-resource.js';

/** The read every widget's page starts with, so it stays in the SDK core: the employee's budget. */
export function personalReads(context: ResourceContext) {
  const budget = personalResource(context, {
    name: 'budget',
    resource: 'Budget',
    path: 'v1/me/budget',
    parse: (body) => parseResource('Budget', Budget, body),
  });
  return { budget };
}
