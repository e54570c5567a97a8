import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../../shared/api/desktopApi';
import { useApi } from '../../api/ApiContext';

/** Runs the application menu's commands (desktop app) with the page's own handlers. */
export function useAppCommands(handlers: Partial<Record<AppCommand, () => void>>): void {
  const api = useApi();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => api.on('app:command', ({ command }) => latest.current[command]?.()), [api]);
}
