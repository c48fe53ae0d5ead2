// leerbudget-frame.js: the host page's side of the frame protocol (`<lb-frame>` and `window.LeerbudgetFrame`).
import { installFrameHelper } from './lb-frame.js';

installFrameHelper();
