import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { SIGNED_OUT, useAuth } from './auth.tsx';
import { AppLayout } from './layout.tsx';
import { canSee, MENU } from './menu.ts';
import { AuditPage } from './pages/audit.tsx';
import { CalendarPage } from './pages/calendar.tsx';
import { CampaignsPage } from './pages/campaigns.tsx';
import { EditionsPage } from './pages/editions.tsx';
import { ErrorReportsPage } from './pages/error-reports.tsx';
import { NotificationsPage } from './pages/notifications.tsx';
import { ReviewPage } from './pages/review.tsx';
import { SubmissionPage } from './pages/submission.tsx';
import { CatalogPage } from './pages/catalog/index.tsx';
import { ChangePasswordPage } from './pages/change-password.tsx';
import { ForbiddenPage, NotFoundPage } from './pages/errors.tsx';
import { HomePage } from './pages/home.tsx';
import { LoginPage } from './pages/login.tsx';
import { PowerListPage } from './pages/power-list.tsx';
import { ProfilePage } from './pages/profile.tsx';
import { TotpEnrollPage } from './pages/totp-enroll.tsx';
import { UnitsPage } from './pages/units.tsx';
import { UsersPage } from './pages/users.tsx';

/** Pages by menu key; a module adds its page here and its entry in menu.ts. */
const PAGES: Record<string, () => ReactNode> = {
  home: () => <HomePage />,
  catalog: () => <CatalogPage />,
  'power-list': () => <PowerListPage />,
  submission: () => <SubmissionPage />,
  review: () => <ReviewPage />,
  campaigns: () => <CampaignsPage />,
  editions: () => <EditionsPage />,
  calendar: () => <CalendarPage />,
  notifications: () => <NotificationsPage />,
  'error-reports': () => <ErrorReportsPage />,
  units: () => <UnitsPage />,
  users: () => <UsersPage />,
  audit: () => <AuditPage />,
  profile: () => <ProfilePage />,
};

function Loading() {
  return (
    <div className="qd-full-center">
      <Spin size="large" description="正在加载…" />
    </div>
  );
}

/** Everything behind the login: a pending second factor or password change comes first, alone. */
function SessionGate() {
  const { status, me, notice } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  // After an expiry or a deep link, come back here once signed in; after 退出登录, start afresh.
  if (!me) return <Navigate to="/login" replace state={notice === SIGNED_OUT ? null : { from: location.pathname + location.search }} />;
  if (me.mfaState === 'enroll_required') return <TotpEnrollPage />;
  if (me.mustChangePassword) return <ChangePasswordPage />;
  return (
    <AppLayout>
      <Routes>
        {MENU.map((entry) => {
          const page = PAGES[entry.key];
          if (!page) return null;
          const element = canSee(entry, me.user.roles) ? page() : <ForbiddenPage />;
          return <Route key={entry.key} path={entry.path === '/' ? '/' : `${entry.path}/*`} element={element} />;
        })}
        <Route path="/forbidden" element={<ForbiddenPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppLayout>
  );
}

function LoginRoute() {
  const { status, me } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (me) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }
  return <LoginPage />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginRoute />} />
      <Route path="*" element={<SessionGate />} />
    </Routes>
  );
}
