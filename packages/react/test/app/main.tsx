// A React app as a portal team would write it: the widgets as components, a handler for the finder's
// event, and a property that the app changes. Built twice by the tests, against React 18 and React 19.
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { configure, LbBudgetMeter, LbCourseFinder, LbMyRequests } from '@leerbudget/react';

const apiBase = new URL(location.href).searchParams.get('api') ?? 'http://localhost:8787';
configure({ apiBase, getToken: () => 'demo-sanne' });

function App() {
  const [chosen, setChosen] = useState<string[]>([]);
  const [lang, setLang] = useState('nl');
  return (
    <main>
      <p id="react-version">{version}</p>
      <button id="english" type="button" onClick={() => setLang('en')}>
        English
      </button>
      <output id="chosen">{chosen.join(' | ')}</output>
      <LbBudgetMeter lang={lang} />
      <LbCourseFinder
        lang={lang}
        onLbCourseSelect={(event) =>
          setChosen((list) => [...list, event.detail.course?.title ?? event.detail.courseId])
        }
      />
      <LbMyRequests lang={lang} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
