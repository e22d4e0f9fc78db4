import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LibraryGate } from './app/LibraryGate';
import { startLibrary } from './app/startup';
import { connectShell, ShellProvider } from './shell';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ShellProvider shell={connectShell()}>
      <LibraryGate onOpen={startLibrary}>
        <App />
      </LibraryGate>
    </ShellProvider>
  </StrictMode>,
);
