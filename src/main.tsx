import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootStore } from './store/simStore';
import { App } from './ui/App';

bootStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
