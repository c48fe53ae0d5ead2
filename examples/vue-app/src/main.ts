import { createApp } from 'vue';
import { configure } from '@leerbudget/elements';
import '@leerbudget/elements/define/budget-meter';
import '@leerbudget/elements/define/course-finder';
import App from './App.vue';

// In a real portal the token comes from its sign-in; the demo signs in as Sanne.
const apiBase = new URL(location.href).searchParams.get('api') ?? 'http://localhost:8787';
configure({ apiBase, getToken: () => 'demo-sanne' });

createApp(App).mount('#app');
