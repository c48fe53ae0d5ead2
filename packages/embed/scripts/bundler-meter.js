// What a bundler user writes to show only the meter; the size check builds it as their bundler would.
import '@leerbudget/elements/define/budget-meter';
export { configure } from '@leerbudget/elements';
