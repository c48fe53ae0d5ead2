// leerbudget-frame-page.js, loaded by frame.html after the loader: the token comes from the host page.
import { mountFramePage } from './frame-page.js';

mountFramePage();
