// leerbudget-teams-tab.js, loaded by teams.html (the Teams app's personal tab) after the loader: the
// token comes from Teams single sign-on, the language from the Teams client.
import { app, authentication } from '@microsoft/teams-js';
import { mountFramePage } from './frame-page.js';

async function startTeamsTab(): Promise<void> {
  await app.initialize();
  const { app: client } = await app.getContext();
  if (!new URL(location.href).searchParams.has('lang') && client.locale) {
    document.documentElement.lang = client.locale;
    window.Leerbudget?.configure?.({ lang: client.locale });
  }
  mountFramePage(() => () => authentication.getAuthToken());
}

startTeamsTab().catch((error: unknown) => console.error('Leerbudget Teams tab:', error));
