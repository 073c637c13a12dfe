import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootStore } from './store/boot';
import { App } from './ui/App';

void bootStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
