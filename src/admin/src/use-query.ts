import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api.ts';
import { errorText } from './util.ts';

/**
 * Loads `path` with `params` whenever they change; returns the answer, the loading flag, a Chinese
 * problem text (a 401 is left to the session guard) and `load` to fetch again after a change.
 */
export function useQuery<T>(path: string, params: object): { data: T | null; loading: boolean; problem: string | null; load: () => Promise<void> } {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await api.get<T>(path, { ...params }));
      setProblem(null);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) setProblem(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [path, params]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, loading, problem, load };
}
