import { App as AntApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import zhCNModule from 'antd/locale/zh_CN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app.tsx';
import { AuthProvider } from './auth.tsx';
import { theme } from './theme.ts';
import './styles.css';

dayjs.locale('zh-cn');

// antd's locale files are CommonJS with `exports.default`: TypeScript (NodeNext) types the default import as
// the whole module, while the bundler may hand over either; take whichever holds the locale.
type Locale = NonNullable<ConfigProviderProps['locale']>;
const zhCN = ((zhCNModule as unknown as { default?: Locale }).default ?? zhCNModule) as Locale;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <BrowserRouter basename="/admin">
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
