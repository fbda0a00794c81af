import { App, type ButtonProps } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useNavigate, type NavigateOptions, type To } from 'react-router-dom';

interface NavGuardValue {
  /** The page's warning while it holds unsaved changes; null when there is nothing to lose. */
  setGuard(message: string | null): void;
  /** Asks “leave and lose the changes?” when a guard is set; resolves true when leaving is fine. */
  confirmLeave(): Promise<boolean>;
}

const NavGuardContext = createContext<NavGuardValue>({ setGuard: () => undefined, confirmLeave: async () => true });

/**
 * 未保存提醒: a page with unsaved changes registers a guard; the side menu, the user menu, 退出登录 and the
 * page's own links ask before leaving it. (The app uses BrowserRouter, where react-router's blocker is not
 * available; navigation within the app goes through useGuardedNavigate instead.)
 */
export function NavGuardProvider({ children }: { children: ReactNode }) {
  const guard = useRef<string | null>(null);
  const { modal } = App.useApp();

  const setGuard = useCallback((message: string | null) => {
    guard.current = message;
  }, []);

  const confirmLeave = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        if (!guard.current) {
          resolve(true);
          return;
        }
        modal.confirm({
          title: '有未保存的修改',
          content: guard.current,
          okText: '放弃修改并离开',
          cancelText: '留在本页',
          okButtonProps: { danger: true, 'data-testid': 'leave-confirm' } as ButtonProps,
          onOk: () => {
            guard.current = null;
            resolve(true);
          },
          onCancel: () => resolve(false),
        });
      }),
    [modal],
  );

  const value = useMemo(() => ({ setGuard, confirmLeave }), [setGuard, confirmLeave]);
  return <NavGuardContext.Provider value={value}>{children}</NavGuardContext.Provider>;
}

export function useNavGuard(): NavGuardValue {
  return useContext(NavGuardContext);
}

/** navigate(), after asking when the current page has unsaved changes. */
export function useGuardedNavigate(): (to: To, options?: NavigateOptions) => Promise<void> {
  const navigate = useNavigate();
  const { confirmLeave } = useNavGuard();
  return useCallback(
    async (to: To, options?: NavigateOptions) => {
      if (await confirmLeave()) navigate(to, options);
    },
    [navigate, confirmLeave],
  );
}

/** Registers the page's unsaved changes: in-app navigation asks first, closing or reloading the tab too. */
export function useLeaveGuard(dirty: boolean, message = '您修改的内容尚未保存，离开后修改将丢失。确定离开吗？'): void {
  const { setGuard } = useNavGuard();
  useEffect(() => {
    setGuard(dirty ? message : null);
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show their own text only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      setGuard(null);
    };
  }, [dirty, message, setGuard]);
}
