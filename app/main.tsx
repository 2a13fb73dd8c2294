import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>学生医保参保助手</h1>);
