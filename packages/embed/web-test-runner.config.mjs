// The one web-test-runner config, shared with every package (see packages/test-kit).
export { default } from '@leerbudget/test-kit/wtr-config';
